//! `make validate`: checks a dataset file against every rule and lists each problem.

use std::process::ExitCode;

use standards_radar::logic::validate::validate;
use standards_radar::model::Dataset;

fn main() -> ExitCode {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "public/data/articles.json".into());
    let data = match Dataset::read_file(&path) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let problems = validate(&data);
    for p in &problems {
        eprintln!("{path}: {p}");
    }
    let events: usize = data.articles.iter().map(|a| a.events.len()).sum();
    if problems.is_empty() {
        println!(
            "{path}: valid — {} articles, {events} events",
            data.articles.len()
        );
        ExitCode::SUCCESS
    } else {
        eprintln!("{path}: {} problem(s)", problems.len());
        ExitCode::FAILURE
    }
}
