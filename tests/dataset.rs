//! The shipped archive passes every validator rule (`make validate` prints the details), and
//! the archive on disk is checked the way the tools rely on: hashes, counts, unique ids.

// A test stops at the line that failed: helpers may unwrap like the tests themselves.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing)]

use std::path::PathBuf;

use standards_radar::build::archive_files::{
    add_issue, read_dataset, read_on_disk, Existing, IssueName,
};
use standards_radar::build::validate_archive::validate_archive;
use standards_radar::logic::archive::Root;

const SHIPPED: &str = "public/data/archive.json";

fn problems_of(path: &str) -> Vec<String> {
    let on_disk = read_on_disk(path).expect("the manifest reads");
    let Root::Archive(manifest) = &on_disk.root else {
        panic!("{path} is not an archive manifest");
    };
    validate_archive(manifest, &on_disk.issues)
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn the_shipped_archive_is_valid() {
    let problems = problems_of(SHIPPED);
    assert!(
        problems.is_empty(),
        "archive problems:\n{}",
        problems.join("\n")
    );
}

/// A scratch copy of the shipped archive.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("radar-archive-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("issues")).unwrap();
    std::fs::copy(SHIPPED, dir.join("archive.json")).unwrap();
    for entry in std::fs::read_dir("public/data/issues").unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join("issues").join(entry.file_name())).unwrap();
    }
    dir
}

#[test]
fn a_changed_issue_file_is_caught_by_its_hash() {
    let dir = scratch("hash");
    let file = dir.join("issues/2021-06-07.json");
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replacen("Qingdao", "Qingtao", 1);
    std::fs::write(&file, text).unwrap();
    let manifest = dir.join("archive.json").display().to_string();
    let problems = problems_of(&manifest);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains("not the one the archive lists"),
        "{}",
        problems[0]
    );
    assert!(
        read_dataset(&manifest).is_err(),
        "the tools refuse a file that does not match"
    );
}

#[test]
fn an_issue_is_added_once_and_its_article_ids_must_be_new() {
    let dir = scratch("add");
    let manifest = dir.join("archive.json").display().to_string();
    let mut data = read_dataset(SHIPPED).unwrap();
    let name = |id: &str| IssueName {
        id: id.into(),
        title: "August–September 2021".into(),
        published: "2021-10".into(),
    };
    // The same articles again: their ids are taken.
    let clash = add_issue(&manifest, &name("2021-08-09"), &data, Existing::Refuse).unwrap_err();
    assert!(
        clash.contains("already used by issue 2021-06-07"),
        "{clash}"
    );
    // An id the archive has: refused unless replacing.
    let taken = add_issue(&manifest, &name("2021-06-07"), &data, Existing::Refuse).unwrap_err();
    assert!(taken.contains("already in"), "{taken}");
    for article in &mut data.articles {
        article.id = format!("next-{}", article.id);
        article.issue.clear();
        for event in &mut article.events {
            event.id = format!("next-{}", event.id);
        }
    }
    // The records' steps name the articles that tell them.
    for step in data.documents.iter_mut().flat_map(|d| &mut d.steps) {
        step.article = format!("next-{}", step.article);
    }
    data.issues.clear();
    data.schema_version = 1;
    let entry = add_issue(&manifest, &name("2021-08-09"), &data, Existing::Refuse).unwrap();
    assert_eq!(entry.file, "issues/2021-08-09.json");
    assert_eq!(entry.articles, 26);
    let problems = problems_of(&manifest);
    assert!(problems.is_empty(), "{problems:?}");
    let both = read_dataset(&manifest).unwrap();
    assert_eq!(both.articles.len(), 52);
    // Newest issue first; each article names its own.
    assert_eq!(both.issues[0].id, "2021-08-09");
    assert_eq!(both.articles[0].issue, "2021-08-09");
    assert_eq!(both.articles[51].issue, "2021-06-07");
}
