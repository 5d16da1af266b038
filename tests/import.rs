//! The importer end to end: the seed issue imports as a valid draft beside the shipped archive,
//! and what is not this newsletter's text is refused with the reason and the line, writing
//! nothing.

// A test stops at the line that failed: helpers may unwrap like the tests themselves.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing)]

mod draft;
mod scratch;
use draft::draft_into;
use scratch::copy_shipped_archive;

use std::path::PathBuf;

use standards_radar::build::archive_files::{add_issue, read_on_disk, Existing, IssueName};
use standards_radar::build::import::corrections::Corrections;
use standards_radar::build::import::events::{Finder, Year};
use standards_radar::build::issue_id::Months;
use standards_radar::build::validate_archive::validate_archive;
use standards_radar::logic::archive::Root;
use standards_radar::model::EventKind;

const SEED: &str = "../shared/seed/000_2f23be253f1a08a5.txt";

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("radar-import-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_shipped_archive(&dir);
    dir
}

fn import(bytes: &[u8], archive: &str) -> Result<standards_radar::model::Dataset, String> {
    draft_into(bytes, archive).map(|d| d.data)
}

#[test]
fn the_seed_imports_as_a_valid_draft_beside_the_shipped_issue() {
    let seed = std::fs::read(SEED)
        .expect("the seed text: lay the project's shared/ folder beside this repository");
    let dir = scratch("seed");
    let manifest = dir.join("archive.json").display().to_string();
    let data = import(&seed, &manifest).unwrap();
    assert_eq!(data.articles.len(), 26);
    let name = IssueName {
        id: "test-issue".into(),
        title: "Test".into(),
        published: "2021-08".into(),
    };
    add_issue(&manifest, &name, &data, Existing::Refuse).unwrap();
    let on_disk = read_on_disk(&manifest).unwrap();
    let Root::Archive(m) = &on_disk.root else {
        panic!("not an archive")
    };
    let problems: Vec<String> = validate_archive(m, &on_disk.issues)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The same issue again: refused, and nothing changes on disk.
    let before = std::fs::read(&manifest).unwrap();
    let again = add_issue(&manifest, &name, &data, Existing::Refuse).unwrap_err();
    assert!(again.contains("already in"), "{again}");
    assert_eq!(std::fs::read(&manifest).unwrap(), before);
}

#[test]
fn what_is_not_this_newsletter_is_refused_with_its_lines() {
    let dir = scratch("bad");
    let manifest = dir.join("archive.json").display().to_string();
    let cases: [(&[u8], &str); 5] = [
        (b"", "the file is empty"),
        (b"  \n\n", "the file is empty"),
        (b"%PDF-1.7\n\x00\x01binary", "line 2: a NUL byte"),
        (b"ok\n\xff\xfe not utf-8", "line 2: not UTF-8 text"),
        (
            b"Release notes\nVersion 2 adds a thing.\n#not-a-title-above\n",
            "line 3: hashtags with no title above them",
        ),
    ];
    for (bytes, expected) in cases {
        let error = import(bytes, &manifest).unwrap_err();
        assert!(error.contains(expected), "{expected:?} not in {error:?}");
    }
    let readme = import(&std::fs::read("README.md").unwrap(), &manifest).unwrap_err();
    assert!(readme.contains("no article found"), "{readme}");
    assert!(readme.contains("no line \"Takeaways\""), "{readme}");
    // Nothing was written beside the archive.
    let files: Vec<_> = std::fs::read_dir(dir.join("issues")).unwrap().collect();
    assert_eq!(files.len(), 1);
}

#[test]
fn a_year_end_issue_dates_what_it_prints_without_a_year_in_the_nearer_year() {
    use EventKind::*;
    let one = |kind, start: &str, end: Option<&str>| {
        vec![(kind, start.to_string(), end.map(String::from))]
    };
    let finder = Finder::new().unwrap();
    let year_end = Year::Of(Months::of_id("2021-12-01").unwrap().unwrap());
    let found = |text: &str| -> Vec<(EventKind, String, Option<String>)> {
        finder
            .mentions(text, "", year_end)
            .into_iter()
            .map(|m| (m.kind, m.start, m.end))
            .collect()
    };
    assert_eq!(
        found("From 20 December to 10 January, MIIT called for public comments on the Notice."),
        one(Consultation, "2021-12-20", Some("2022-01-10"))
    );
    assert_eq!(
        found("On 5 January, the forum was held."),
        one(Meeting, "2022-01-05", None)
    );
    assert_eq!(
        found("The Measures take effect on 1 March."),
        one(Effective, "2022-03-01", None)
    );
    assert_eq!(
        found("On 30 November, the forum was held."),
        one(Meeting, "2021-11-30", None)
    );
    // A year the text prints is kept.
    assert_eq!(
        found("On 5 January 2021, the forum was held."),
        one(Meeting, "2021-01-05", None)
    );
}

#[test]
fn the_seed_corrections_are_the_ids_it_keeps_and_at_most_40_edits() {
    let path = "dataset/corrections/2021-06-07.json";
    let corrections: Corrections =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let size = corrections.size();
    // The judgement calls a person makes; a rule's job is no edit (issue 24's target).
    assert!(size.edits <= 40, "{path}: {size:?}");
    assert!(size.kept_ids > 0, "{path}: no id kept: {size:?}");
    println!("{path}: {size:?}");
}
