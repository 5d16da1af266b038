//! `make extract-check`: who and which documents each article names (`logic::extract`, which the
//! importer runs), scored against a person's reading of every article.
//!
//!     extract --score EXPECTED.json DATA.json  precision and recall against a hand-checked list
//!
//! The tables are `dataset/names.json`.

use std::collections::BTreeMap;
use std::process::ExitCode;

use serde::Deserialize;
use standards_radar::logic::extract::{Extractor, Tables};

const TABLES: &str = "dataset/names.json";
/// The extraction must find at least this share of what a person found, and be right as often.
const TARGET: f64 = 0.95;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["--score", expected, data] => score(expected, data),
        _ => Err("usage: extract --score EXPECTED.json DATA.json".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn tables() -> Result<Tables, String> {
    let bytes = std::fs::read(TABLES).map_err(|e| format!("{TABLES}: {e}"))?;
    serde_json::from_slice(&bytes).map_err(|e| format!("{TABLES}: {e}"))
}

/// A person's reading of each article: the organisations it names, the standard numbers it cites.
#[derive(Deserialize)]
struct Expected {
    articles: BTreeMap<String, ExpectedArticle>,
}

#[derive(Deserialize)]
struct ExpectedArticle {
    #[serde(default)]
    orgs: Vec<String>,
    #[serde(default)]
    standards: Vec<String>,
}

fn score(expected: &str, data: &str) -> Result<(), String> {
    let bytes = std::fs::read(expected).map_err(|e| format!("{expected}: {e}"))?;
    let expected: Expected =
        serde_json::from_slice(&bytes).map_err(|e| format!("{expected}: {e}"))?;
    let tables = tables()?;
    let extractor = Extractor::new(&tables).map_err(|e| format!("{TABLES}: {e}"))?;
    let data = standards_radar::logic::archive_files::read_dataset(data)?;
    let mut tallies = [Tally::new("organisations"), Tally::new("standard numbers")];
    for article in &data.articles {
        let Some(person) = expected.articles.get(&article.id) else {
            return Err(format!("{}: no hand-checked entry", article.id));
        };
        let found = extractor.find_in(article);
        let standards: Vec<String> = found.docs.into_iter().filter(|d| is_standard(d)).collect();
        let [orgs, numbers] = &mut tallies;
        orgs.add(&article.id, &found.orgs, &person.orgs);
        numbers.add(&article.id, &standards, &person.standards);
    }
    let mut missed_target = false;
    for tally in &tallies {
        missed_target |= tally.report();
    }
    if missed_target {
        return Err(format!(
            "extraction below the {:.0} % target",
            TARGET * 100.0
        ));
    }
    Ok(())
}

fn is_standard(doc: &str) -> bool {
    [
        "GB", "YD/T", "ISO", "IEC", "JT/T", "QC/T", "SJ/T", "GA/T", "JR/T",
    ]
    .iter()
    .any(|prefix| doc.starts_with(prefix))
}

struct Tally {
    what: &'static str,
    right: usize,
    wrong: Vec<String>,
    missed: Vec<String>,
}

impl Tally {
    fn new(what: &'static str) -> Tally {
        Tally {
            what,
            right: 0,
            wrong: Vec::new(),
            missed: Vec::new(),
        }
    }

    fn add(&mut self, id: &str, found: &[String], expected: &[String]) {
        for f in found {
            if expected.contains(f) {
                self.right += 1;
            } else {
                self.wrong.push(format!("{id}: {f}"));
            }
        }
        for e in expected.iter().filter(|e| !found.contains(e)) {
            self.missed.push(format!("{id}: {e}"));
        }
    }

    /// Prints the scores; true when one is under the target.
    fn report(&self) -> bool {
        let ratio = |right: usize, of: usize| {
            if of == 0 {
                1.0
            } else {
                right as f64 / of as f64
            }
        };
        let precision = ratio(self.right, self.right + self.wrong.len());
        let recall = ratio(self.right, self.right + self.missed.len());
        println!(
            "extraction, {}: precision {:.1} % ({} of {} found are right), recall {:.1} % ({} of {} named are found)",
            self.what,
            precision * 100.0,
            self.right,
            self.right + self.wrong.len(),
            recall * 100.0,
            self.right,
            self.right + self.missed.len()
        );
        for w in &self.wrong {
            println!("  false positive: {w}");
        }
        for m in &self.missed {
            println!("  missed: {m}");
        }
        precision < TARGET || recall < TARGET
    }
}
