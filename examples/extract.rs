//! `make extract-check`: who and which documents each article names (`build::extract`, which the
//! importer runs), scored against a person's reading of every article.
//!
//!     extract --score READING.json DATA.json --records RECORDS.json
//!
//! Prints recall and precision for organisations and for documents over all articles, every
//! miss and every false positive, and the borderline entries apart; then the data's document
//! records (`Dataset::documents`) against a person's records (RECORDS.json): records paired,
//! type, number, short name, issuer, steps and relations, each as "x% (n/d)", with every miss
//! and false positive. Fails when a score is below its target or has nothing to measure, and
//! when the data's articles are not what the extractor finds in them now (the issue file is
//! stale: `make dataset`). The tables are `dataset/names.json`; the scoring is
//! `build::extract::score` and `build::extract::score_records`.

use std::process::ExitCode;

use standards_radar::build::documents::id_of;
use standards_radar::build::extract::score::{
    verdict, Extracted, Reading, Tally, DOCUMENTS, ORGANISATIONS,
};
use standards_radar::build::extract::score_records::{self, RecordReading};
use standards_radar::build::extract::{Extractor, Tables};

const TABLES: &str = "dataset/names.json";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["--score", reading, data, "--records", records] => score(reading, data, records),
        _ => Err("usage: extract --score READING.json DATA.json --records RECORDS.json".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn read<T: serde::de::DeserializeOwned>(path: &str) -> Result<T, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    serde_json::from_slice(&bytes).map_err(|e| format!("{path}: {e}"))
}

fn score(reading: &str, data: &str, records: &str) -> Result<(), String> {
    let reading: Reading = read(reading)?;
    let records: RecordReading = read(records)?;
    let tables: Tables = read(TABLES)?;
    let extractor = Extractor::new(&tables).map_err(|e| format!("{TABLES}: {e}"))?;
    let data = standards_radar::build::archive_files::read_dataset(data)?;
    let mut orgs = Tally::default();
    let mut docs = Tally::default();
    let mut stale = Vec::new();
    for article in &data.articles {
        let Some(read) = reading.articles.get(&article.id) else {
            return Err(format!("{}: not in the reading", article.id));
        };
        let found = extractor.find_in(article);
        // Articles name documents by their records' ids.
        let doc_ids: Vec<String> = found.docs.iter().map(|name| id_of(name)).collect();
        if found.orgs != article.orgs || doc_ids != article.docs {
            stale.push(article.id.as_str());
        }
        let as_extracted = |label: &String, forms: Vec<String>| Extracted {
            label: label.clone(),
            forms,
        };
        let found_orgs: Vec<Extracted> = found
            .orgs
            .iter()
            .map(|id| as_extracted(id, extractor.org_forms(id)))
            .collect();
        let found_docs: Vec<Extracted> = found
            .docs
            .iter()
            .map(|name| as_extracted(name, extractor.doc_forms(name)))
            .collect();
        orgs.add(&article.id, &found_orgs, &read.orgs, &read.companies);
        docs.add(&article.id, &found_docs, &read.documents, &[]);
    }
    if let Some(id) = reading
        .articles
        .keys()
        .find(|id| !data.articles.iter().any(|a| &a.id == *id))
    {
        return Err(format!("{id}: in the reading, not in the data"));
    }
    let mut failures = Vec::new();
    for (what, tally, targets) in [
        ("organisations", &orgs, ORGANISATIONS),
        ("documents", &docs, DOCUMENTS),
    ] {
        let (lines, failed) = verdict(what, tally, targets);
        for line in lines {
            println!("{line}");
        }
        for (title, list) in [
            ("missed", &tally.missed),
            ("false positive", &tally.false_positives),
            ("borderline, found (not counted)", &tally.borderline_found),
            (
                "borderline, not found (not counted)",
                &tally.borderline_not_found,
            ),
        ] {
            for item in list {
                println!("  {title}: {item}");
            }
        }
        failures.extend(failed);
    }
    let scored = score_records::score(&extractor, &records.documents, &data.documents);
    let (lines, failed) = score_records::verdict(&scored, score_records::GATES);
    for line in lines {
        println!("{line}");
    }
    for (title, list) in scored.lists() {
        for item in list {
            println!("  {title}: {item}");
        }
    }
    failures.extend(failed);
    if !stale.is_empty() {
        failures.push(format!(
            "{} article(s) of the data differ from what the extractor finds now ({}): make dataset",
            stale.len(),
            stale.join(", ")
        ));
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "extraction check failed:\n  {}",
            failures.join("\n  ")
        ))
    }
}
