//! What one sentence says about the documents it names, read from where the names stand among
//! its words (`Extractor::spots`):
//!
//! - who issued what: "MIIT and SAC published the Guidelines" (the first body before the verb,
//!   the document after it, and the documents listed with it), "the DSL was passed by the
//!   NPCSC" and "the Guiding Opinions (issued by the State Council)" (the document before the
//!   verb, the body after "by"), "MIIT Notice on …" (a body printed right before a title);
//! - what it reports on: the documents the first issuing verb acts on, else its first document
//!   and those listed with it; a document named as "the revision of X" is X's revision;
//! - what that document implements ("to implement X and Y", "to fulfil the requirements of X",
//!   "to implement the above documents") and replaces ("will replace the 2018 Rules");
//! - the short name it gives ("X (hereinafter referred to as the “Plan”)", "X (DSL)").

use regex::Regex;

use crate::build::extract::{Spot, Spots, REVISED};
use crate::model::Relation;

/// The newsletter's verbs of issuing a document.
const ISSUING: &str = r"\b(released|issued|published|adopted|passed|approved|promulgated|announced|unveiled|called for|calls for)\b";
/// A document's relation to the documents after these words.
const RELATIONS: &[(Relation, &str)] = &[
    (
        Relation::Implements,
        r"\b(to implement|implements|implementing|fulfil(?:l|s)? the requirements of)\b",
    ),
    (Relation::Replaces, r"\b(replaces|replace|replacing)\b"),
];
/// Words that refer to the documents of the text before: "to implement the above documents".
const ABOVE: &[&str] = &[
    "the above documents",
    "the above-mentioned documents",
    "the documents above",
];
/// What may stand between two documents listed together, besides quotes and parentheses.
const LISTING: &[&str] = &["and", "the", "as", "well", "or"];

/// The patterns, compiled once.
pub struct Reader {
    issuing: Regex,
    relations: Vec<(Relation, Regex)>,
    hereinafter: Regex,
    abbreviation: Regex,
}

/// An issuing verb: where it stands, the documents it acts on, the body that acts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Act {
    pub at: usize,
    pub objects: Vec<String>,
    pub issuer: Option<String>,
}

/// Whom a relation points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Named(String),
    /// The documents of the text before ("the above documents").
    Above,
}

/// What one sentence says. Document names are canonical (`Found::docs`), a revision's with
/// `REVISED`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Said {
    pub acts: Vec<Act>,
    pub subject: Vec<String>,
    pub relations: Vec<(Relation, Target)>,
    /// (document, short name).
    pub shorts: Vec<(String, String)>,
    /// (document, issuer) from a body printed right before a title.
    pub attributed: Vec<(String, String)>,
    /// Each document with the parenthesis printed right after its name: (name, from, to).
    parentheses: Vec<(String, usize, usize)>,
}

impl Reader {
    pub fn new() -> Result<Reader, regex::Error> {
        Ok(Reader {
            issuing: Regex::new(ISSUING)?,
            relations: RELATIONS
                .iter()
                .map(|(relation, pattern)| Ok((*relation, Regex::new(pattern)?)))
                .collect::<Result<_, regex::Error>>()?,
            hereinafter: Regex::new(
                r#"^\s*"?\s*\(hereinafter(?: referred to as)?(?: the)?\s*"([^"]{1,40})"\s*\)"#,
            )?,
            abbreviation: Regex::new(r#"^\s*"?\s*\(([A-Z]{2,6})\)"#)?,
        })
    }

    pub fn read(&self, spots: &Spots) -> Said {
        let text = spots.text.as_str();
        // Verbs and phrases are looked for where no name is printed.
        let bare = spots.rest.to_ascii_lowercase();
        let docs = &spots.docs;
        let name = |i: usize| docs.get(i).map(|d| named(text, d)).unwrap_or_default();
        let listed = |i: usize| -> Vec<String> {
            let mut out = vec![name(i)];
            let mut at = i;
            while let (Some(a), Some(b)) = (docs.get(at), docs.get(at + 1)) {
                if !is_listing(text.get(a.end..b.start).unwrap_or_default()) {
                    break;
                }
                out.push(name(at + 1));
                at += 1;
            }
            out
        };
        // "The X and the Y were issued": the documents listed with the last one, in order.
        let listed_before = |i: usize| -> Vec<String> {
            let mut first = i;
            while let (Some(a), Some(b)) = (
                first.checked_sub(1).and_then(|p| docs.get(p)),
                docs.get(first),
            ) {
                if !is_listing(text.get(a.end..b.start).unwrap_or_default()) {
                    break;
                }
                first -= 1;
            }
            (first..=i).map(name).collect()
        };
        let mut said = Said::default();
        let verbs: Vec<(usize, usize)> = self
            .issuing
            .find_iter(&bare)
            .map(|m| (m.start(), m.end()))
            .collect();
        let mut after_last = 0;
        for &(start, end) in &verbs {
            let before = bare.get(..start).unwrap_or_default();
            let after = bare.get(end..).unwrap_or_default().trim_start();
            let by = after.starts_with("by ");
            let passive = by
                || before
                    .split_whitespace()
                    .rev()
                    .take(2)
                    .any(|w| matches!(w, "was" | "were" | "is" | "are" | "been" | "be"));
            let act = if passive {
                // The document right before the verb; the body right after "by".
                let object = docs.iter().rposition(|d| d.end <= start);
                let issuer = by
                    .then(|| {
                        spots
                            .orgs
                            .iter()
                            .find(|o| o.start >= end && is_filler(bare.get(end..o.start)))
                    })
                    .flatten();
                Act {
                    at: start,
                    objects: object.map(listed_before).unwrap_or_default(),
                    issuer: issuer.map(|o| o.name.clone()),
                }
            } else {
                let next_verb = verbs
                    .iter()
                    .map(|v| v.0)
                    .find(|&v| v > start)
                    .unwrap_or(text.len());
                let object = docs
                    .iter()
                    .position(|d| d.start >= end && d.start < next_verb);
                let issuer = spots
                    .orgs
                    .iter()
                    .find(|o| o.start >= after_last && o.end <= start);
                Act {
                    at: start,
                    objects: object.map(listed).unwrap_or_default(),
                    issuer: issuer.map(|o| o.name.clone()),
                }
            };
            after_last = end;
            said.acts.push(act);
        }
        let mut targets: Vec<String> = Vec::new();
        for (relation, pattern) in &self.relations {
            for m in pattern.find_iter(&bare) {
                let after = bare.get(m.end()..).unwrap_or_default().trim_start();
                if ABOVE.iter().any(|a| after.starts_with(a)) {
                    said.relations.push((*relation, Target::Above));
                    continue;
                }
                let next_verb = verbs
                    .iter()
                    .map(|v| v.0)
                    .find(|&v| v > m.end())
                    .unwrap_or(text.len());
                let Some(first) = docs
                    .iter()
                    .position(|d| d.start >= m.end() && d.start < next_verb)
                else {
                    continue;
                };
                for target in listed(first) {
                    targets.push(target.clone());
                    said.relations.push((*relation, Target::Named(target)));
                }
            }
        }
        // The subject: what the first verb acts on, else the first document and those listed
        // with it; never what it implements or replaces.
        said.subject = said
            .acts
            .iter()
            .map(|a| &a.objects)
            .find(|objects| !objects.is_empty() && objects.iter().all(|o| !targets.contains(o)))
            .cloned()
            .or_else(|| {
                (0..docs.len())
                    .find(|&i| !targets.contains(&name(i)))
                    .map(listed)
            })
            .unwrap_or_default();
        for (i, doc) in docs.iter().enumerate() {
            let after = text.get(doc.end..).unwrap_or_default();
            let short = self
                .hereinafter
                .captures(after)
                .or_else(|| self.abbreviation.captures(after))
                .and_then(|c| c.get(1));
            if let Some(short) = short {
                said.shorts.push((name(i), short.as_str().to_string()));
            }
            let opened = after.trim_start_matches([' ', '"', '\'']);
            if opened.starts_with('(') {
                let from = doc.end + (after.len() - opened.len());
                let to = opened.find(')').map_or(text.len(), |at| from + at);
                // Of the document as printed: "the revision of the Measures (effective since
                // 1 June 2020)" says when the Measures took effect.
                said.parentheses.push((doc.name.clone(), from, to));
            }
            let body = spots.orgs.iter().find(|o| {
                o.end <= doc.start
                    && text
                        .get(o.end..doc.start)
                        .is_some_and(|between| matches!(between.trim(), "" | "'s"))
            });
            if let Some(body) = body {
                said.attributed.push((name(i), body.name.clone()));
            }
        }
        said
    }
}

impl Said {
    /// The document a date printed at `at` is the date of: the one whose parenthesis holds it
    /// ("the Measures (effective since 1 June 2020)"), else what the nearest verb acts on,
    /// else the subject.
    pub fn dated(&self, at: usize) -> Vec<String> {
        if let Some((name, ..)) = self
            .parentheses
            .iter()
            .find(|(_, from, to)| (*from..*to).contains(&at))
        {
            return vec![name.clone()];
        }
        self.acts
            .iter()
            .filter(|a| !a.objects.is_empty())
            .min_by_key(|a| a.at.abs_diff(at))
            .map_or_else(|| self.subject.clone(), |a| a.objects.clone())
    }
}

/// A document's name as the sentence means it: "the revision of X" is X's revision.
fn named(text: &str, doc: &Spot) -> String {
    let before = text
        .get(..doc.start)
        .unwrap_or_default()
        .trim_end_matches([' ', '"', '\''])
        .to_ascii_lowercase();
    let revision = ["revision of the", "revision of"]
        .iter()
        .any(|w| before.ends_with(w));
    if revision && !doc.name.ends_with(REVISED) {
        format!("{}{REVISED}", doc.name)
    } else {
        doc.name.clone()
    }
}

/// Whether the words between two documents only list them: "X and the Y", "X, Y",
/// "“X” (issued by …), and the “Y”".
fn is_listing(between: &str) -> bool {
    let mut plain = String::new();
    let mut depth = 0usize;
    for c in between.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            '"' | '\'' => {}
            c if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let words: Vec<String> = plain
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let joined = plain.contains(',') || words.iter().any(|w| w == "and" || w == "or");
    joined && words.iter().all(|w| LISTING.contains(&w.as_str()))
}

/// Whether only "the" or "jointly" stand between "by" and a body.
fn is_filler(between: Option<&str>) -> bool {
    between.is_some_and(|b| {
        b.split_whitespace()
            .all(|w| matches!(w, "by" | "the" | "jointly"))
    })
}

#[cfg(test)]
#[path = "sentence_tests.rs"]
pub(super) mod tests;
