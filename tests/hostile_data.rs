//! Every hostile dataset in `tests/corpus/` gives what its manifest says: a clear error, or the
//! readable part of the data with the rest counted as skipped. Never a panic. The same manifest
//! drives the browser test that checks what a reader sees.

// A test stops at the line that failed: helpers may unwrap like the tests themselves.
#![allow(clippy::expect_used, clippy::unwrap_used)]
use serde::Deserialize;
use standards_radar::logic::calendar::occurrences;
use standards_radar::logic::catalog::Catalog;
use standards_radar::logic::ics::calendar;
use standards_radar::logic::links::safe_http_url;
use standards_radar::logic::registry::FacetKind;
use standards_radar::model::{ArticleIx, Dataset, DatasetError};

#[derive(Deserialize)]
struct Manifest {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    file: String,
    expect: String,
    message: Option<String>,
    articles: Option<usize>,
    #[serde(default)]
    skipped: usize,
    #[serde(rename = "safeLinks")]
    safe_links: Option<usize>,
    /// Events read, over all articles: each reaches the calendar export.
    events: Option<usize>,
    /// Articles per tag: spellings of one tag on one article count once.
    #[serde(default, rename = "tagCounts")]
    tag_counts: std::collections::BTreeMap<String, usize>,
}

fn load(name: &str) -> Vec<u8> {
    std::fs::read(format!("tests/corpus/{name}")).expect("corpus file exists")
}

#[test]
fn every_case_of_the_corpus_behaves_as_the_manifest_says() {
    let manifest: Manifest = serde_json::from_slice(&load("manifest.json")).unwrap();
    assert!(manifest.cases.len() >= 20, "at least 20 hostile datasets");
    for case in manifest.cases {
        let result = Dataset::from_json(&load(&case.file));
        match case.expect.as_str() {
            "error" => {
                let err = result.expect_err(&case.file);
                let message = case.message.as_deref().unwrap_or_default();
                assert!(err.to_string().contains(message), "{}: {err}", case.file);
            }
            "ok" => {
                let data = result.unwrap_or_else(|e| panic!("{}: {e}", case.file));
                if let Some(n) = case.articles {
                    assert_eq!(data.articles.len(), n, "{}", case.file);
                }
                assert_eq!(
                    data.skipped.len(),
                    case.skipped,
                    "{}: {:?}",
                    case.file,
                    data.skipped
                );
                // Whatever was read can be prepared for display without panicking.
                let catalog = Catalog::new(&data);
                assert_eq!(catalog.len(), data.articles.len());
                if !case.tag_counts.is_empty() {
                    let counts: std::collections::BTreeMap<String, usize> = catalog
                        .facet(FacetKind::Tag)
                        .vocabulary()
                        .iter()
                        .map(|(_, t)| (t.name().to_string(), t.total()))
                        .collect();
                    assert_eq!(counts, case.tag_counts, "{}", case.file);
                }
                if let Some(n) = case.events {
                    let events: usize = data.articles.iter().map(|a| a.events.len()).sum();
                    assert_eq!(events, n, "{}", case.file);
                }
                if let Some(n) = case.safe_links {
                    let safe = data
                        .articles
                        .iter()
                        .flat_map(|a| &a.links)
                        .filter(|l| safe_http_url(&l.url).is_some())
                        .count();
                    assert_eq!(safe, n, "{}: only http(s) links survive", case.file);
                }
            }
            other => panic!("unknown expectation {other}"),
        }
    }
}

/// Every event of every readable corpus file, exported as iCalendar: whatever its text holds
/// (line breaks, `BEGIN:VEVENT`, a made-up property), each unfolded line is one of the writer's
/// own. `make test-ics` reads the same export back with Python's icalendar.
#[test]
fn hostile_event_text_stays_inside_its_ics_property() {
    const LINES: [&str; 6] = [
        "BEGIN:VCALENDAR",
        "END:VCALENDAR",
        "BEGIN:VEVENT",
        "END:VEVENT",
        "BEGIN:VALARM",
        "END:VALARM",
    ];
    const NAMES: [&str; 17] = [
        "VERSION",
        "PRODID",
        "CALSCALE",
        "METHOD",
        "X-WR-CALNAME",
        "UID",
        "DTSTAMP",
        "DTSTART",
        "DTEND",
        "SUMMARY",
        "DESCRIPTION",
        "LOCATION",
        "CATEGORIES",
        "URL",
        "TRANSP",
        // The reminders (logic::alarms): their DESCRIPTION carries the event's title.
        "ACTION",
        "TRIGGER",
    ];
    let manifest: Manifest = serde_json::from_slice(&load("manifest.json")).unwrap();
    let mut exported = 0;
    for case in manifest.cases.iter().filter(|c| c.expect == "ok") {
        let data = Dataset::from_json(&load(&case.file)).unwrap();
        let all: Vec<ArticleIx> = data.indexed().map(|(ix, _)| ix).collect();
        let events = occurrences(&data, &all, &[]);
        let now = time::macros::datetime!(2021-07-01 12:00);
        let ics = calendar(&data, &events, now, "https://example.org/radar/");
        assert!(ics.ends_with("END:VCALENDAR\r\n"), "{}", case.file);
        let unfolded = ics.replace("\r\n ", "");
        let lines: Vec<&str> = unfolded.trim_end_matches("\r\n").split("\r\n").collect();
        for line in &lines {
            let name = line.split([':', ';']).next().unwrap_or_default();
            assert!(
                LINES.contains(line) || (line.contains(':') && NAMES.contains(&name)),
                "{}: a line the writer did not write: {line:?}",
                case.file
            );
        }
        let begins = lines.iter().filter(|l| **l == "BEGIN:VEVENT").count();
        assert_eq!(begins, events.len(), "{}", case.file);
        exported += events.len();
    }
    assert!(exported >= 8, "the corpus has hostile events ({exported})");
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let depth = 100_000;
    let json = format!(
        "{{\"schema_version\":1,\"articles\":{}{}}}",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let outer = Dataset::from_json(json.as_bytes());
    assert!(
        matches!(outer, Err(DatasetError::Malformed(_)))
            || outer.is_ok_and(|d| d.articles.is_empty() && d.skipped.len() == 1)
    );
    let in_article = format!(
        "{{\"schema_version\":1,\"articles\":[{{\"id\":\"a\",\"title\":{}1{}}}]}}",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let data = Dataset::from_json(in_article.as_bytes());
    assert!(
        matches!(data, Err(DatasetError::Malformed(_)))
            || data.is_ok_and(|d| d.articles.is_empty())
    );
}

#[test]
fn a_fifty_megabyte_file_loads() {
    let text = "Standardization news from China. ".repeat(50 * 1024 * 1024 / 34);
    let json = serde_json::json!({
        "schema_version": 1,
        "publication": {"title": "Big", "issue": "1", "publisher": "P", "source": "S"},
        "articles": [{"id": "big", "title": "Big", "body": [{"type": "paragraph", "text": text}]}]
    })
    .to_string();
    assert!(json.len() > 50_000_000);
    let data = Dataset::from_json(json.as_bytes()).unwrap();
    assert_eq!(data.articles.len(), 1);
    assert_eq!(Catalog::new(&data).len(), 1);
}
