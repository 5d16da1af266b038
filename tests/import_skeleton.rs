//! The corrections skeleton `make import` writes beside the draft: every article and event by
//! its draft id, with the fields a person may set and their draft values, in the corrections
//! file's own shape, so a person starts from it instead of reading the issue file.

// A test stops at the line that failed: helpers may unwrap like the tests themselves.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing)]

mod importer;
mod scratch;
use importer::{run, Run};
use scratch::copy_shipped_archive;

use std::path::{Path, PathBuf};

use standards_radar::build::import::corrections::Corrections;
use standards_radar::model::Dataset;

const SEED: &str = "../shared/seed/000_2f23be253f1a08a5.txt";

/// A copy of the shipped archive in a folder of its own.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("import-skeleton-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    copy_shipped_archive(&dir);
    dir
}

#[test]
fn an_import_writes_a_skeleton_of_every_article_and_event_by_draft_id() {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join(SEED);
    assert!(
        seed.exists(),
        "the seed text {SEED}: lay the project's shared/ folder beside this repository"
    );
    let seed = seed.display().to_string();
    let dir = scratch("seed");
    let archive = dir.join("archive.json").display().to_string();
    let skeleton = dir.join("2021-06-07.skeleton.json").display().to_string();
    // The seed as the issue it is (its events are in its months), over the copy's curated file
    // and without its corrections: the bare draft.
    let args = [
        "--text",
        &seed,
        "--issue",
        "2021-06-07",
        "--archive",
        &archive,
        "--replace",
        "--no-corrections",
        "--skeleton",
        &skeleton,
    ];
    let Run { ok, stdout, stderr } = run(&args);
    assert!(ok, "{stderr}");
    assert!(
        stdout.contains(&skeleton),
        "the command names the skeleton: {stdout}"
    );

    let bytes = std::fs::read(&skeleton).unwrap();
    let issue_path = dir.join("issues/2021-06-07.json");
    let issue = Dataset::from_json(&std::fs::read(&issue_path).unwrap()).unwrap();
    let value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    let articles = value["articles"].as_object().unwrap();
    // No corrections for this issue: its ids are the draft ids the skeleton lists, all of them.
    assert_eq!(articles.len(), issue.articles.len());
    let events: usize = issue.articles.iter().map(|a| a.events.len()).sum();
    assert!(events >= 30, "the seed's events are drafted: {events}");
    for article in &issue.articles {
        let entry = &articles[&article.id];
        assert_eq!(entry["id"], article.id.as_str());
        assert_eq!(entry["title"], article.title.as_str());
        assert_eq!(entry["section"], article.section.as_str());
        assert_eq!(entry["tags"].as_array().unwrap().len(), article.tags.len());
        assert_eq!(
            entry["links"].as_object().unwrap().len(),
            article.links.len()
        );
        let events = entry["events"].as_object().unwrap();
        assert_eq!(events.len(), article.events.len(), "{}", article.id);
        for event in &article.events {
            let fields = &events[&event.id];
            assert_eq!(fields["title"], event.title.as_str());
            assert_eq!(fields["start"], event.start.as_str());
            assert!(
                fields.get("location").is_some(),
                "every field a person may set"
            );
        }
    }
    // It is a corrections file as it stands: given as the issue's corrections, it changes nothing.
    let parsed: Corrections = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(parsed.articles.len(), issue.articles.len());
    let again = dir.join("again.skeleton.json").display().to_string();
    let Run { ok, stderr, .. } = run(&[
        &args[..6],
        &[
            "--replace",
            "--corrections",
            &skeleton,
            "--skeleton",
            &again,
        ],
    ]
    .concat());
    assert!(ok, "{stderr}");
    assert_eq!(
        Dataset::from_json(&std::fs::read(&issue_path).unwrap()).unwrap(),
        issue,
        "the skeleton's draft values are the draft's"
    );
    assert_eq!(
        std::fs::read(&again).unwrap(),
        bytes,
        "the skeleton is of the draft without corrections"
    );
}
