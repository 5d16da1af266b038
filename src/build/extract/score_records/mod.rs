//! The document records of the data (`Dataset::documents`) scored against a person's reading
//! of the newsletter (`tests/documents-expected.json`): what `make extract-check` prints after
//! the extraction's scores, and whether it meets its gates.
//!
//! Each record of the reading is paired with one record of the data at most, by title: one of
//! the data record's printed forms (`Extractor::doc_forms`) is the reading's title or one of its
//! `aka`, in `normal_form`. Where the reading tells editions of one title apart, an `edition`
//! that names a revision pairs only with a revision ("… (revised)"), and one that names years
//! only with a record whose title (else whose steps) falls in one of them, or says no year.
//!
//! Then, over the pairs: the type, the number and the short name (over pairs where either side
//! has one), the issuer (its printed forms, `Extractor::org_forms`, against the reading's issuer
//! or a co-issuer; over pairs where either side has one), and the steps (stage, date, until) and
//! relations (relation, paired target) as precision and recall. A record left without a
//! partner counts its steps and relations as missed (the reading's) or false (the data's).

use serde::Deserialize;

mod pairs;

use super::score::{Share, Tally};
use super::{normal_form, Extractor};
use crate::model::Document;
use pairs::{pairs, target};

/// The reading: one record per document.
#[derive(Debug, Deserialize)]
pub struct RecordReading {
    pub documents: Vec<ReadRecord>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct ReadRecord {
    pub title: String,
    /// Which edition, where the reading lists two of one title.
    pub edition: Option<String>,
    /// Other titles the text prints for it.
    pub aka: Vec<String>,
    pub short: String,
    pub number: String,
    #[serde(rename = "type")]
    pub kind: String,
    /// The issuer's short form or name, as the reading writes organisations.
    pub issuer: String,
    pub co_issuers: Vec<String>,
    pub steps: Vec<ReadStep>,
    pub relations: Vec<ReadRelation>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct ReadStep {
    pub stage: String,
    pub date: String,
    pub until: String,
    pub article: String,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct ReadRelation {
    pub relation: String,
    /// The other document's title, and its edition where the reading has two.
    pub document: String,
    pub edition: Option<String>,
}

impl ReadRecord {
    /// What to call it in the report.
    pub fn label(&self) -> String {
        match &self.edition {
            Some(edition) => format!("{} (edition: {edition})", self.title),
            None => self.title.clone(),
        }
    }

    pub(super) fn forms(&self) -> Vec<String> {
        std::iter::once(&self.title)
            .chain(&self.aka)
            .map(|f| normal_form(f))
            .collect()
    }
}

/// One field compared over the pairs: the right ones, and a line for each wrong one.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Accuracy {
    pub right: usize,
    pub wrong: Vec<String>,
}

impl Accuracy {
    pub fn share(&self) -> Share {
        Share {
            hits: self.right,
            of: self.right + self.wrong.len(),
        }
    }

    /// Compares `expected` with `got` (in `normal_form`) where either says something.
    fn compare(&mut self, label: &str, expected: &str, got: &str) {
        if expected.is_empty() && got.is_empty() {
            return;
        }
        if normal_form(expected) == normal_form(got) {
            self.right += 1;
        } else {
            self.wrong
                .push(format!("{label}: expected {expected:?}, got {got:?}"));
        }
    }
}

/// How the data's records scored.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct RecordScore {
    /// Paired records; the reading's left without a partner are missed, the data's false.
    pub records: Tally,
    pub kind: Accuracy,
    pub number: Accuracy,
    pub short: Accuracy,
    pub issuer: Accuracy,
    pub steps: Tally,
    pub relations: Tally,
}

/// The least share each measure must reach, by its name in the report.
pub const GATES: &[(&str, f64)] = &[
    ("records recall", 0.95),
    ("records precision", 0.95),
    ("type", 0.90),
    ("number", 0.90),
    ("short name", 0.60),
    ("issuer", 0.80),
    ("steps recall", 0.80),
    ("steps precision", 0.85),
    ("relations recall", 0.60),
    ("relations precision", 0.80),
];

impl RecordScore {
    /// Every measure, by name.
    pub fn measures(&self) -> Vec<(&'static str, Share)> {
        vec![
            ("records recall", self.records.recall()),
            ("records precision", self.records.precision()),
            ("type", self.kind.share()),
            ("number", self.number.share()),
            ("short name", self.short.share()),
            ("issuer", self.issuer.share()),
            ("steps recall", self.steps.recall()),
            ("steps precision", self.steps.precision()),
            ("relations recall", self.relations.recall()),
            ("relations precision", self.relations.precision()),
        ]
    }

    /// Every miss and false positive, under a heading each.
    pub fn lists(&self) -> Vec<(&'static str, &[String])> {
        vec![
            ("record missed", &self.records.missed),
            ("record not in the reading", &self.records.false_positives),
            ("type wrong", &self.kind.wrong),
            ("number wrong", &self.number.wrong),
            ("short name wrong", &self.short.wrong),
            ("issuer wrong", &self.issuer.wrong),
            ("step missed", &self.steps.missed),
            ("step false", &self.steps.false_positives),
            ("relation missed", &self.relations.missed),
            ("relation false", &self.relations.false_positives),
        ]
    }
}

/// `91.4% (53/58)`, or nothing for an empty share: an empty share is no score.
pub fn percent(share: Share) -> Option<String> {
    share
        .ratio()
        .map(|r| format!("{:.1}% ({}/{})", r * 100.0, share.hits, share.of))
}

/// One line per measure, and why it fails if it does: below its gate, no gate, or nothing to
/// measure.
pub fn verdict(score: &RecordScore, gates: &[(&str, f64)]) -> (Vec<String>, Vec<String>) {
    let mut lines = Vec::new();
    let mut failures = Vec::new();
    for (measure, share) in score.measures() {
        let gate = gates.iter().find(|(name, _)| *name == measure).map(|g| g.1);
        match (percent(share), share.ratio(), gate) {
            (Some(shown), Some(ratio), Some(gate)) => {
                lines.push(format!(
                    "document records, {measure}: {shown}; target {:.0}%",
                    gate * 100.0
                ));
                if ratio < gate {
                    failures.push(format!(
                        "document records, {measure} {shown} is below its target of {:.0}%",
                        gate * 100.0
                    ));
                }
            }
            (Some(shown), _, None) => {
                lines.push(format!("document records, {measure}: {shown}; no target"));
                failures.push(format!("document records, {measure} has no target"));
            }
            _ => {
                let why = format!(
                    "document records, {measure}: nothing to measure ({}/{}), no score",
                    share.hits, share.of
                );
                lines.push(why.clone());
                failures.push(why);
            }
        }
    }
    (lines, failures)
}

/// The data's records `docs` against the reading.
pub fn score(extractor: &Extractor, reading: &[ReadRecord], docs: &[Document]) -> RecordScore {
    let pair = pairs(extractor, reading, docs);
    let partner = |j: usize| pair.get(j).copied().flatten().and_then(|i| docs.get(i));
    let mut out = RecordScore::default();
    for (j, read) in reading.iter().enumerate() {
        let label = read.label();
        let Some(doc) = partner(j) else {
            out.records.missed.push(label.clone());
            out.steps.missed.extend(read.steps.iter().map(|s| {
                let key = step_key(&s.stage, &s.date, &s.until);
                format!("{label}: {key} ({})", s.article)
            }));
            out.relations.missed.extend(
                read.relations
                    .iter()
                    .map(|r| format!("{label}: {} {}", r.relation, r.document)),
            );
            continue;
        };
        out.records.right += 1;
        out.kind.compare(&label, &read.kind, doc.kind.as_str());
        out.number.compare(&label, &read.number, &doc.number);
        out.short.compare(&label, &read.short, &doc.short);
        compare_issuer(extractor, &mut out.issuer, &label, read, doc);
        compare_steps(&mut out.steps, &label, read, doc);
        // A relation is right when its target is the partner of the reading's target.
        let target_of =
            |r: &ReadRelation| target(reading, r).and_then(&partner).map(|d| d.id.as_str());
        let expected: Vec<(String, Option<&str>, String)> = read
            .relations
            .iter()
            .map(|r| (r.relation.clone(), target_of(r), r.document.clone()))
            .collect();
        compare_relations(&mut out.relations, &label, &expected, doc, docs);
    }
    for (i, doc) in docs.iter().enumerate() {
        if pair.contains(&Some(i)) {
            continue;
        }
        let label = format!("{} ({})", doc.title, doc.id);
        out.records.false_positives.push(label.clone());
        out.steps.false_positives.extend(doc.steps.iter().map(|s| {
            let key = step_key(s.stage.as_str(), &s.date, &s.until);
            format!("{label}: {key} ({})", s.article)
        }));
        out.relations.false_positives.extend(
            doc.relations
                .iter()
                .map(|r| format!("{label}: {} {}", r.relation.as_str(), r.document)),
        );
    }
    out
}

fn compare_issuer(
    extractor: &Extractor,
    out: &mut Accuracy,
    label: &str,
    read: &ReadRecord,
    doc: &Document,
) {
    if read.issuer.is_empty() && doc.issuer.is_empty() {
        return;
    }
    let forms = extractor.org_forms(&doc.issuer);
    let right = !doc.issuer.is_empty()
        && std::iter::once(&read.issuer)
            .chain(&read.co_issuers)
            .any(|name| forms.contains(&normal_form(name)));
    if right {
        out.right += 1;
    } else {
        let also = match read.co_issuers.as_slice() {
            [] => String::new(),
            co => format!(" (or {})", co.join(", ")),
        };
        out.wrong.push(format!(
            "{label}: expected {:?}{also}, got {:?}",
            read.issuer, doc.issuer
        ));
    }
}

fn step_key(stage: &str, date: &str, until: &str) -> String {
    if until.is_empty() {
        format!("{stage} {date}")
    } else {
        format!("{stage} {date} until {until}")
    }
}

/// Steps as (stage, date, until), each found once at most.
fn compare_steps(out: &mut Tally, label: &str, read: &ReadRecord, doc: &Document) {
    let mut left: Vec<(String, &str)> = doc
        .steps
        .iter()
        .map(|s| {
            let key = step_key(s.stage.as_str(), &s.date, &s.until);
            (key, s.article.as_str())
        })
        .collect();
    for step in &read.steps {
        let key = step_key(&step.stage, &step.date, &step.until);
        match left.iter().position(|(k, _)| *k == key) {
            Some(at) => {
                left.remove(at);
                out.right += 1;
            }
            None => out
                .missed
                .push(format!("{label}: {key} ({})", step.article)),
        }
    }
    for (key, article) in left {
        out.false_positives
            .push(format!("{label}: {key} ({article})"));
    }
}

/// Relations as (relation, target record), each found once at most: `expected` is the
/// reading's, with its target's partner id (none when the target has no partner) and title.
fn compare_relations(
    out: &mut Tally,
    label: &str,
    expected: &[(String, Option<&str>, String)],
    doc: &Document,
    docs: &[Document],
) {
    let mut left: Vec<(&str, &str)> = doc
        .relations
        .iter()
        .map(|r| (r.relation.as_str(), r.document.as_str()))
        .collect();
    for (relation, target, title) in expected {
        let found = left
            .iter()
            .position(|(r, d)| r == relation && Some(*d) == *target);
        match found {
            Some(at) => {
                left.remove(at);
                out.right += 1;
            }
            None => out.missed.push(format!("{label}: {relation} {title}")),
        }
    }
    for (relation, id) in left {
        let title = docs
            .iter()
            .find(|d| d.id == id)
            .map_or(id, |d| d.title.as_str());
        out.false_positives
            .push(format!("{label}: {relation} {title} ({id})"));
    }
}

#[cfg(test)]
mod tests;
