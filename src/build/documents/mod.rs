//! The document records of one issue, read from its articles at import: each document the
//! extraction finds becomes a record with its number, type, issuer, dated steps and relations,
//! and the article names it by id.
//!
//! Steps and issuers come from the sentences that name a document together with a date and
//! a word for what happened ("On 10 June 2021, the DSL was passed by ..."), through the same
//! date finder as the events. What a sentence does not say stays empty: nothing is guessed.

use crate::build::extract::{Extractor, REVISED};
use crate::build::import::events::{Finder, Mention, Year};
use crate::logic::documents::{kind_from_title, DocNumber};
use crate::logic::text::slug;
use crate::model::{Article, DocKind, DocRelation, DocStep, Document, EventKind, Relation, Stage};

/// The id of the document the extraction names `name`: stable while the name is (links,
/// feeds and calendars depend on it), readable, and one per edition.
pub fn id_of(name: &str) -> String {
    slug(name)
}

/// The records of the documents `articles` name, in order of first mention; each article's
/// `docs` become their ids.
pub fn records(
    extractor: &Extractor,
    finder: &Finder,
    year: Year,
    articles: &mut [Article],
) -> Vec<Document> {
    let mut out: Vec<Document> = Vec::new();
    for article in articles.iter_mut() {
        let names = std::mem::take(&mut article.docs);
        for name in &names {
            let id = id_of(name);
            if !out.iter().any(|d| d.id == id) {
                out.push(record(extractor, name));
            }
        }
        for mention in mentions(finder, year, article) {
            let found = extractor.find(&mention.sentence);
            // The sentence's first document is what it reports on ("MIIT released the Plan,
            // which implements the Guidelines").
            let Some(name) = found.docs.first() else {
                continue;
            };
            let Some(stage) = stage_of(&mention) else {
                continue;
            };
            let Some(doc) = out.iter_mut().find(|d| d.id == id_of(name)) else {
                continue;
            };
            let (date, until) = match (stage, &mention.end) {
                (Stage::Draft, Some(end)) => (mention.start.clone(), end.clone()),
                _ => (mention.start.clone(), String::new()),
            };
            let step = DocStep {
                stage,
                date,
                until,
                article: article.id.clone(),
            };
            if !doc.steps.contains(&step) {
                doc.steps.push(step);
            }
            if doc.issuer.is_empty() && stage != Stage::InForce {
                if let Some(issuer) = issuer_in(extractor, &mention.sentence, &found.orgs) {
                    doc.issuer = issuer;
                }
            }
        }
        article.docs = names.iter().map(|n| id_of(n)).collect();
        relate_editions(&mut out, &article.docs);
    }
    for doc in &mut out {
        doc.steps.sort_by(|a, b| a.date.cmp(&b.date));
    }
    out
}

/// A record as the name alone tells it: its number and type, its short name, a revision's
/// relation to what it revises.
fn record(extractor: &Extractor, name: &str) -> Document {
    let number = DocNumber::parse(name).ok();
    let base = name.strip_suffix(REVISED);
    let mut relations = Vec::new();
    if let Some(base) = base {
        relations.push(DocRelation {
            relation: Relation::Revises,
            document: id_of(base),
        });
    }
    let entry = extractor.document_entry(base.unwrap_or(name));
    Document {
        id: id_of(name),
        title: name.to_string(),
        short: entry
            .and_then(|e| e.aliases.iter().find(|a| is_short_name(a)).cloned())
            .unwrap_or_default(),
        number: match &number {
            Some(n) => n.to_string(),
            // An EU act's title is its number.
            None if is_eu_act(name) => name.to_string(),
            None => String::new(),
        },
        kind: number.map_or_else(|| kind_from_title(name), |n| n.kind()),
        issuer: String::new(),
        steps: Vec::new(),
        relations: relations
            .into_iter()
            .chain(entry.into_iter().flat_map(|e| {
                e.replaces.iter().map(|other| DocRelation {
                    relation: Relation::Replaces,
                    document: id_of(other),
                })
            }))
            .collect(),
    }
}

fn is_short_name(alias: &str) -> bool {
    (2..=6).contains(&alias.len()) && alias.chars().all(|c| c.is_ascii_uppercase())
}

fn is_eu_act(name: &str) -> bool {
    matches!(
        kind_from_title(name),
        DocKind::EuRegulation | DocKind::EuDirective | DocKind::EuDecision
    ) && name.contains('/')
}

/// Two editions of one title named in one article: the edition with a year revises the one
/// without ("Guidelines ... (2021 Edition)" and "Guidelines ...").
fn relate_editions(docs: &mut [Document], ids: &[String]) {
    let pairs: Vec<(String, String)> = ids
        .iter()
        .flat_map(|newer| ids.iter().map(move |older| (newer, older)))
        .filter(|(newer, older)| {
            newer != older
                && newer
                    .strip_prefix(older.as_str())
                    .is_some_and(|rest| rest.ends_with("-edition"))
        })
        .map(|(n, o)| (n.clone(), o.clone()))
        .collect();
    for (newer, older) in pairs {
        let relation = DocRelation {
            relation: Relation::Revises,
            document: older,
        };
        if let Some(doc) = docs.iter_mut().find(|d| d.id == newer) {
            if !doc.relations.contains(&relation) {
                doc.relations.push(relation);
            }
        }
    }
}

/// Every dated statement of an article: its summary, paragraphs and list items.
fn mentions(finder: &Finder, year: Year, article: &Article) -> Vec<Mention> {
    let mut texts = vec![article.summary.as_str()];
    for block in &article.body {
        texts.extend(block.texts());
    }
    texts
        .into_iter()
        .flat_map(|text| finder.mentions(text, "", year))
        .collect()
}

/// What a dated statement says happened to a document.
fn stage_of(mention: &Mention) -> Option<Stage> {
    let lower = mention.sentence.to_lowercase();
    let says = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    Some(match mention.kind {
        EventKind::Consultation => Stage::Draft,
        EventKind::Deadline if says(&["comment"]) => Stage::Draft,
        EventKind::Effective => Stage::InForce,
        EventKind::Publication if says(&["draft", "for comment", "public comment"]) => Stage::Draft,
        EventKind::Publication if says(&["implemented from", "implemented as of"]) => {
            Stage::InForce
        }
        EventKind::Publication if says(&["passed", "adopted", "approved"]) => Stage::Adopted,
        // "... released the Measures, which replace those of 1996": the sentence's first
        // document is the new one.
        EventKind::Publication => Stage::Published,
        _ => return None,
    })
}

/// Who a statement says issued the document: the body after "by" ("passed by the NPC
/// Standing Committee"), else the first body the sentence names ("MIIT released ...").
fn issuer_in(extractor: &Extractor, sentence: &str, orgs: &[String]) -> Option<String> {
    const PASSIVE: [&str; 8] = [
        "passed by",
        "adopted by",
        "issued by",
        "released by",
        "approved by",
        "published by",
        "promulgated by",
        "jointly by",
    ];
    let by = PASSIVE
        .iter()
        .find_map(|phrase| sentence.find(phrase))
        .and_then(|at| extractor.find(&sentence[at..]).orgs.into_iter().next());
    by.or_else(|| orgs.first().cloned())
}
