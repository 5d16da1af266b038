//! The strict checks of an issue file's document records (`Dataset::documents`), run by
//! `validate`: every document an article names is a record; ids are unique slugs; a number
//! reads as a standard's number (or is an EU act's title) and agrees with the type; steps are
//! dated as the model says, with a comment period only on drafts and never ending before it
//! starts, each told by an article that names the document; issuers are organisations of the
//! file and relations point at records.

use std::collections::HashSet;

use regex::Regex;

use crate::build::validate::{is_slug, Problem, Problems};
use crate::logic::dates::Fuzzy;
use crate::logic::documents::DocNumber;
use crate::model::{Dataset, DocKind, Document, Stage};

/// EU acts as the records write them: `Regulation (EU) 2019/1020`, `Directive 2011/65/EU`.
const EU_ACT: &str = r"^(?:(Regulation|Directive|Decision) \((?:EU|EC|EEC)\) (?:No )?\d{2,4}/\d{1,4}|(Directive) \d{4}/\d{1,4}/(?:EU|EC|EEC))$";

/// Every problem of the file's document records.
pub fn check(data: &Dataset) -> Vec<Problem> {
    let mut out = Problems::default();
    let records: HashSet<&str> = data.documents.iter().map(|d| d.id.as_str()).collect();
    for article in &data.articles {
        for (i, id) in article.docs.iter().enumerate() {
            if !records.contains(id.as_str()) {
                let message = format!("{id:?} is not a record of the file's documents");
                out.push(&article.id, format!("docs[{i}]"), message);
            }
        }
    }
    let organisations: HashSet<&str> = data.organisations.iter().map(|o| o.id.as_str()).collect();
    let mut seen = HashSet::new();
    for (i, doc) in data.documents.iter().enumerate() {
        let at = |field: &str| format!("documents[{i}]{field}");
        if !is_slug(&doc.id) {
            let message = format!("{:?} must be non-empty and only a-z, 0-9 and '-'", doc.id);
            out.push("dataset", at(".id"), message);
        } else if !seen.insert(doc.id.as_str()) {
            out.push(
                "dataset",
                at(".id"),
                format!("{:?} is listed twice", doc.id),
            );
        }
        if doc.title.trim().is_empty() {
            out.push(
                "dataset",
                at(".title"),
                format!("{:?} has no title", doc.id),
            );
        }
        if let Some(message) = number_problem(doc) {
            out.push("dataset", at(".number"), message);
        }
        if !doc.issuer.is_empty() && !organisations.contains(doc.issuer.as_str()) {
            let message = format!("{:?} is not an organisation of the file", doc.issuer);
            out.push("dataset", at(".issuer"), message);
        }
        for (n, step) in doc.steps.iter().enumerate() {
            let at = |field: &str| at(&format!(".steps[{n}].{field}"));
            let date = Fuzzy::parse(&step.date);
            if date.is_none() {
                let message = format!("{:?} is not YYYY-MM-DD or YYYY-MM", step.date);
                out.push("dataset", at("date"), message);
            }
            if !step.until.is_empty() {
                match (step.stage, date, Fuzzy::parse(&step.until)) {
                    (stage, ..) if stage != Stage::Draft => out.push(
                        "dataset",
                        at("until"),
                        format!(
                            "only a draft has a comment period, this step is {}",
                            stage.as_str()
                        ),
                    ),
                    (_, _, None) => out.push(
                        "dataset",
                        at("until"),
                        format!("{:?} is not YYYY-MM-DD or YYYY-MM", step.until),
                    ),
                    (_, Some(from), Some(until)) if until.last_day() < from.first_day() => out
                        .push(
                            "dataset",
                            at("until"),
                            format!("{} is before the step's date {}", step.until, step.date),
                        ),
                    _ => {}
                }
            }
            let names = data
                .articles
                .iter()
                .find(|a| a.id == step.article)
                .map(|a| a.docs.contains(&doc.id));
            match names {
                None => out.push(
                    "dataset",
                    at("article"),
                    format!("{:?} is not an article of the file", step.article),
                ),
                Some(false) => out.push(
                    "dataset",
                    at("article"),
                    format!("{:?} does not name {:?}", step.article, doc.id),
                ),
                Some(true) => {}
            }
        }
        for (n, relation) in doc.relations.iter().enumerate() {
            if !records.contains(relation.document.as_str()) || relation.document == doc.id {
                let message = format!(
                    "{:?} is not another record of the file's documents",
                    relation.document
                );
                out.push("dataset", at(&format!(".relations[{n}].document")), message);
            }
        }
    }
    out.into_vec()
}

/// What is wrong with a record's number, by name: no standard's number and no EU act, or a
/// type the number's prefix contradicts.
fn number_problem(doc: &Document) -> Option<String> {
    if doc.number.is_empty() {
        return None;
    }
    if let Some(kind) = eu_act_kind(&doc.number) {
        return (kind != doc.kind).then(|| {
            format!(
                "{:?} is an EU act of type {}, the record says {}",
                doc.number,
                kind.as_str(),
                doc.kind.as_str()
            )
        });
    }
    match DocNumber::parse(&doc.number) {
        Err(e) => Some(e.to_string()),
        Ok(number) if number.kind() != doc.kind => Some(format!(
            "{:?} has prefix {} (type {}), the record says {}",
            doc.number,
            number.prefix,
            number.kind().as_str(),
            doc.kind.as_str()
        )),
        Ok(_) => None,
    }
}

/// The type of an EU act's title: `Regulation (EU) 2019/1020` is a regulation.
fn eu_act_kind(number: &str) -> Option<DocKind> {
    let pattern = Regex::new(EU_ACT).ok()?;
    let caps = pattern.captures(number)?;
    match caps.get(1).or_else(|| caps.get(2))?.as_str() {
        "Regulation" => Some(DocKind::EuRegulation),
        "Directive" => Some(DocKind::EuDirective),
        _ => Some(DocKind::EuDecision),
    }
}

#[cfg(test)]
#[path = "validate_documents_tests.rs"]
mod tests;
