//! The importer's draft of a text, as a test reads it: no corrections, into the shipped archive.

use standards_radar::build::extract::Tables;
use standards_radar::build::import::corrections::Corrections;
use standards_radar::build::import::issue::{import_issue, Draft, Source};

/// The draft of `bytes` (a newsletter's text) as a new issue of the shipped archive, with the
/// shipped organisation tables and no corrections: what the importer alone makes of it.
// Every test crate that declares `mod draft` compiles all of it; tests/import.rs calls only
// `draft_into`.
#[allow(dead_code)]
pub fn draft_without_corrections(bytes: &[u8]) -> Draft {
    draft_into(bytes, "public/data/archive.json").unwrap()
}

/// The same as a new issue of the archive whose manifest is `archive`, or why it is refused.
pub fn draft_into(bytes: &[u8], archive: &str) -> Result<Draft, String> {
    let tables: Tables =
        serde_json::from_slice(&std::fs::read("dataset/names.json").unwrap()).unwrap();
    let source = Source {
        name: "test.txt".into(),
        bytes,
    };
    import_issue(
        &source,
        "test-issue",
        Some(archive),
        &Corrections::default(),
        &tables,
    )
}
