//! `make validate`: checks the archive (its manifest and every issue file) or a single dataset
//! file against every rule, and lists each problem.

use std::process::ExitCode;

use standards_radar::build::archive_files::read_on_disk;
use standards_radar::build::validate::validate;
use standards_radar::build::validate_archive::validate_archive;
use standards_radar::logic::archive::Root;

fn main() -> ExitCode {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "public/data/archive.json".into());
    let on_disk = match read_on_disk(&path) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let (problems, articles, events, issues) = match &on_disk.root {
        Root::Single(data) => (
            validate(data),
            data.articles.len(),
            data.articles.iter().map(|a| a.events.len()).sum(),
            1,
        ),
        Root::Archive(manifest) => {
            let read = on_disk.issues.iter().filter_map(|(_, r)| r.as_ref().ok());
            let (articles, events) = read.fold((0, 0), |(a, e), d| {
                let events: usize = d.articles.iter().map(|a| a.events.len()).sum();
                (a + d.articles.len(), e + events)
            });
            let problems = validate_archive(manifest, &on_disk.issues);
            (problems, articles, events, manifest.issues.len())
        }
    };
    for p in &problems {
        eprintln!("{path}: {p}");
    }
    if problems.is_empty() {
        println!("{path}: valid — {issues} issue(s), {articles} articles, {events} events");
        ExitCode::SUCCESS
    } else {
        eprintln!("{path}: {} problem(s)", problems.len());
        ExitCode::FAILURE
    }
}
