//! The import report checks itself against an earlier issue's contents list, by running the
//! command a person runs (`make import`): an entry of the list not found in the text, or an
//! article the text prints that the list does not name, stops the import, named, until the
//! person passes --accept-contents; the tags proposed for articles printed without hashtags
//! are printed, marked proposed, and not written.

// A test stops at the line that failed: helpers may unwrap like the tests themselves.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing)]

mod importer;
mod scratch;
use importer::{run, Run};
use scratch::copy_shipped_archive;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const VARIANTS: &str = "tests/import-variants";

/// A scratch folder holding a copy of the shipped archive, and the text `text` as a file.
struct Scratch {
    dir: PathBuf,
    text: String,
}

fn scratch(name: &str, text: &str) -> Scratch {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("import-contents-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    copy_shipped_archive(&dir.join("archive"));
    let path = dir.join("newsletter.txt");
    std::fs::write(&path, text).unwrap();
    Scratch {
        text: path.display().to_string(),
        dir,
    }
}

impl Scratch {
    /// The import of the text as issue 2020-06-07 into the copy, with `extra` flags.
    fn import(&self, extra: &[&str]) -> Run {
        let archive = self.dir.join("archive/archive.json").display().to_string();
        let skeleton = self.dir.join("skeleton.json").display().to_string();
        let mut args = vec![
            "--text",
            &self.text,
            "--issue",
            "2020-06-07",
            "--archive",
            &archive,
            "--skeleton",
            &skeleton,
            "--no-corrections",
        ];
        args.extend(extra);
        run(&args)
    }

    fn archive(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut out = BTreeMap::new();
        for sub in ["archive", "archive/issues"] {
            for entry in std::fs::read_dir(self.dir.join(sub)).unwrap() {
                let path = entry.unwrap().path();
                if path.is_file() {
                    out.insert(path.clone(), std::fs::read(&path).unwrap());
                }
            }
        }
        out
    }
}

fn variant(name: &str) -> String {
    std::fs::read_to_string(Path::new(VARIANTS).join(name)).unwrap()
}

/// `text` with its first line starting with `line` replaced by `with` (or removed).
fn edited(text: &str, line: &str, with: Option<&str>) -> String {
    let at = text.lines().position(|l| l.starts_with(line)).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    match with {
        Some(w) => lines[at] = w,
        None => {
            lines.remove(at);
        }
    }
    lines.join("\n") + "\n"
}

#[test]
fn a_variant_as_generated_imports_without_a_word_on_its_contents() {
    for name in ["layout-2019.txt", "index-2020.txt"] {
        let s = scratch(&name.replace('.', "-"), &variant(name));
        let out = s.import(&[]);
        assert!(out.ok, "{name}: {}", out.stderr);
        assert!(!out.stderr.contains("contents list"), "{}", out.stderr);
    }
}

#[test]
fn an_entry_removed_from_the_contents_list_stops_the_import_and_is_named() {
    // The Index lists the Cybersecurity Review article as "11 <title> P18".
    let text = edited(
        &variant("index-2020.txt"),
        "11 China Revises Its Measures for Cybersecurity Review",
        None,
    );
    let s = scratch("removed", &text);
    let before = s.archive();
    let out = s.import(&[]);
    assert!(!out.ok, "{}", out.stdout);
    assert!(
        out.stderr.contains(
            "printed in the text but not in the contents list: “China Revises Its Measures for Cybersecurity Review”"
        ),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--accept-contents"), "{}", out.stderr);
    assert_eq!(s.archive(), before, "nothing is written");
    let accepted = s.import(&["--accept-contents", "--accept-missing"]);
    assert!(accepted.ok, "{}", accepted.stderr);
    assert_ne!(
        s.archive(),
        before,
        "the person said so: the issue is written"
    );
}

#[test]
fn an_entry_whose_title_changed_stops_the_import_and_is_named() {
    // An article the Takeaways do not announce: only the contents list names it.
    let from = "SAC Approves 17 ISO Mirror Technical Organisations in China ....";
    let text = variant("layout-2019.txt");
    let line = text.lines().find(|l| l.starts_with(from)).unwrap();
    let changed = line.replace("17 ISO Mirror", "18 ISO Mirror");
    let s = scratch("changed", &edited(&text, from, Some(&changed)));
    let before = s.archive();
    let out = s.import(&[]);
    assert!(!out.ok, "{}", out.stdout);
    assert!(
        out.stderr.contains(
            "in the contents list but not found in the text: “SAC Approves 18 ISO Mirror Technical Organisations in China”"
        ),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--accept-contents"), "{}", out.stderr);
    assert!(!out.stderr.contains("--accept-missing"), "{}", out.stderr);
    assert_eq!(s.archive(), before, "nothing is written");
    assert!(s.import(&["--accept-contents"]).ok);
}

#[test]
fn tags_are_proposed_for_articles_printed_without_hashtags_and_not_written() {
    let s = scratch("proposed", &variant("index-2020.txt"));
    let out = s.import(&[]);
    assert!(out.ok, "{}", out.stderr);
    let line = out
        .stdout
        .lines()
        .find(|l| l.starts_with("proposed tags for sac-approves-17-iso-mirror-technical"))
        .unwrap_or_else(|| panic!("no proposed tags for the SAC article:\n{}", out.stdout));
    assert!(
        line.contains("ISO") && line.contains("not written"),
        "{line}"
    );
    let issue = s.dir.join("archive/issues/2020-06-07.json");
    let data: serde_json::Value = serde_json::from_slice(&std::fs::read(&issue).unwrap()).unwrap();
    let sac = data["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"].as_str().unwrap().starts_with("SAC Approves 17"))
        .unwrap();
    assert!(
        sac["tags"].as_array().is_none_or(|t| t.is_empty()),
        "proposed tags are not the article's: {sac}"
    );
}
