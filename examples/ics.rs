//! Writes every event of a dataset as one iCalendar file, for the independent parser check
//! (`make test-ics`): `cargo run --example ics -- public/data/archive.json out.ics [APP_URL]`,
//! where APP_URL (default `http://127.0.0.1:8080/`) is where the app is hosted, for each
//! event's link to its article.

use std::process::ExitCode;

use standards_radar::logic::calendar::occurrences;
use standards_radar::logic::ics::calendar;
use standards_radar::model::ArticleIx;
use time::{OffsetDateTime, PrimitiveDateTime};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(input), Some(output)) = (args.next(), args.next()) else {
        eprintln!("usage: ics DATASET.json OUT.ics [APP_URL]");
        return ExitCode::FAILURE;
    };
    let app_url = args
        .next()
        .unwrap_or_else(|| "http://127.0.0.1:8080/".to_string());
    let data = match standards_radar::build::archive_files::read_dataset(&input) {
        Ok(data) => data,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let all: Vec<ArticleIx> = data.indexed().map(|(ix, _)| ix).collect();
    let events = occurrences(&data, &all, &[]);
    let now = OffsetDateTime::now_utc();
    let now = PrimitiveDateTime::new(now.date(), now.time());
    if let Err(e) = std::fs::write(&output, calendar(&data, &events, now, &app_url)) {
        eprintln!("{output}: {e}");
        return ExitCode::FAILURE;
    }
    println!("{output}: {} events", events.len());
    ExitCode::SUCCESS
}
