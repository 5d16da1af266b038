//! The importer as a person runs it (`make import`): the command itself, not the library. On bad
//! input it exits non-zero, names the problem and writes nothing; a newsletter's text adds one
//! issue file and one manifest entry.

// A test stops at the line that failed: helpers may unwrap like the tests themselves.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing)]

mod importer;
mod scratch;
use importer::{importer, Run};
use scratch::copy_shipped_archive;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use standards_radar::build::archive_files::{read_manifest, read_on_disk, sha256_hex};
use standards_radar::build::validate_archive::validate_archive;
use standards_radar::logic::archive::Root;

mod pdf;
use pdf::small_newsletter;

const SEED: &str = "../shared/seed/000_2f23be253f1a08a5.txt";

fn run(args: &[&str]) -> Run {
    // An import writes its corrections skeleton here, not into the repository's corrections.
    let issue = args
        .iter()
        .skip_while(|a| **a != "--issue")
        .nth(1)
        .unwrap_or(&"none");
    let skeleton =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("import-cli-{issue}.skeleton.json"));
    let skeleton = skeleton.display().to_string();
    let mut args = args.to_vec();
    if args.contains(&"--archive") && !args.contains(&"--skeleton") {
        args.extend(["--skeleton", &skeleton]);
    }
    importer::run(&args)
}

/// A copy of the shipped archive (its manifest and issue files) in a folder of its own.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("import-cli-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    copy_shipped_archive(&dir);
    dir
}

/// Every file under `dir`, by its path inside it, with its bytes.
fn files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else {
                let bytes = std::fs::read(&path).unwrap();
                out.insert(path.strip_prefix(dir).unwrap().to_path_buf(), bytes);
            }
        }
    }
    out
}

fn seed() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(SEED);
    assert!(
        path.exists(),
        "the seed text {SEED}: lay the project's shared/ folder beside this repository"
    );
    path.display().to_string()
}

#[test]
fn bad_input_exits_non_zero_names_the_problem_and_writes_nothing() {
    let dir = scratch("bad");
    let archive = dir.join("archive.json").display().to_string();
    let texts = dir.join("texts");
    std::fs::create_dir_all(&texts).unwrap();
    let text = |name: &str, bytes: &[u8]| {
        let path = texts.join(name);
        std::fs::write(&path, bytes).unwrap();
        path.display().to_string()
    };
    let empty = text("empty.txt", b"  \n\n");
    let binary = text("newsletter.pdf", b"%PDF-1.7\n\x00\x01binary");
    let readme = text("readme.txt", &std::fs::read("README.md").unwrap());
    let missing = texts.join("missing.txt").display().to_string();
    let folder = texts.display().to_string();
    // Corrections written for an earlier draft: an event and an article the draft does not have.
    let stale = text(
        "stale.json",
        br#"{"articles": {
            "china-introduces-data-security-law": {"events": {"call-comments-data-security-law-2": {"id": "dsl-2"}},
              "add_events": [{"id": "dsl-in-force", "title": "DSL", "kind": "effective", "start": "2021-09-01"}]},
            "an-article-no-longer-drafted": {"id": "kept"}
        }}"#,
    );
    let seed = seed();
    let before = files(&dir);

    let cases: Vec<(Vec<&str>, &[&str])> = vec![
        (
            vec!["--text", &missing, "--issue", "2021-08-09"],
            &["missing.txt"],
        ),
        (vec!["--text", &folder, "--issue", "2021-08-09"], &["texts"]),
        (
            vec!["--text", &empty, "--issue", "2021-08-09"],
            &["the file is empty"],
        ),
        (
            vec!["--text", &binary, "--issue", "2021-08-09"],
            &["line 2: a NUL byte"],
        ),
        (
            vec!["--text", &readme, "--issue", "2021-08-09"],
            &["no article found", "no line \"Takeaways\""],
        ),
        (vec!["--text", &seed], &["--issue is required"]),
        (
            vec!["--text", &seed, "--issue", "2021-06-08"],
            &["2021-06-08", "not August"],
        ),
        (
            vec!["--text", &seed, "--issue", "2021-13-01"],
            &["2021-13-01", "13 is not a month"],
        ),
        (
            vec!["--text", &seed, "--issue", "2021-12-02"],
            &["2021-12-02", "2021-12-01"],
        ),
        (
            vec!["--text", &seed, "--issue", "2021-6-7"],
            &["2021-6-7", "YYYY-MM-MM"],
        ),
        (
            vec!["--text", &seed, "--issue", "../escape"],
            &["../escape", "slug"],
        ),
        (
            vec!["--text", &seed, "--issue", "2021-06-07"],
            &["issue 2021-06-07 is already in", "--replace"],
        ),
        (
            vec![
                "--text",
                &seed,
                "--issue",
                "2021-08-09",
                "--published",
                "2021-13",
            ],
            &["--published", "2021-13"],
        ),
        (
            vec!["--text", &seed, "--issue", "2021-08-09", "--title", " "],
            &["--title"],
        ),
        (
            vec!["--text", &seed, "--issue", "2021-08-09", "--frobnicate"],
            &["--frobnicate"],
        ),
        // A PDF that is none, or not there: pdftotext's complaint, and nothing imported.
        (
            vec!["--pdf", &binary, "--issue", "2021-08-09"],
            &["newsletter.pdf", "pdftotext could not read it"],
        ),
        (
            vec!["--pdf", &readme, "--issue", "2021-08-09"],
            &["readme.txt", "pdftotext could not read it"],
        ),
        (
            vec!["--pdf", &missing, "--issue", "2021-08-09"],
            &["missing.txt"],
        ),
        (vec!["--pdf", &folder, "--issue", "2021-08-09"], &["texts"]),
        (
            vec!["--pdf", &binary, "--text", &seed, "--issue", "2021-08-09"],
            &["--text or --pdf, not both"],
        ),
        (
            vec!["--issue", "2021-08-09"],
            &["--text is required", "--pdf"],
        ),
        (
            vec![
                "--text",
                &seed,
                "--issue",
                "2021-08-09",
                "--corrections",
                &stale,
            ],
            &[
                "event \"call-comments-data-security-law-2\": not in its draft",
                "article \"an-article-no-longer-drafted\": no article has this draft id",
                "added event \"dsl-in-force\" (the draft has its kind and start now)",
            ],
        ),
    ];
    // Every case is tried, and all that misbehave are reported together.
    let mut wrong = Vec::new();
    for (args, expected) in cases {
        let mut args = args;
        args.extend(["--archive", &archive]);
        let out = run(&args);
        if out.ok {
            wrong.push(format!("{args:?} exited 0:\n{}", out.stdout));
        }
        for part in expected.iter().filter(|p| !out.stderr.contains(*p)) {
            wrong.push(format!(
                "{args:?}: {part:?} not in the message:\n{}",
                out.stderr
            ));
        }
        if files(&dir) != before {
            wrong.push(format!("{args:?} changed the archive's folder"));
            // The next case starts from the archive as it was.
            let _ = std::fs::remove_dir_all(&dir);
            for (path, bytes) in &before {
                std::fs::create_dir_all(dir.join(path).parent().unwrap()).unwrap();
                std::fs::write(dir.join(path), bytes).unwrap();
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n\n"));
}

#[test]
fn a_newsletter_text_adds_one_issue_file_and_one_manifest_entry() {
    let dir = scratch("good");
    let archive = dir.join("archive.json").display().to_string();
    let before = files(&dir);
    let manifest_before = read_manifest(&archive).unwrap();
    // A December–January issue: its months run into the next year.
    let out = run(&[
        "--text",
        &seed(),
        "--issue",
        "2021-12-01",
        "--archive",
        &archive,
    ]);
    assert!(out.ok, "{}", out.stderr);
    assert!(out.stdout.contains("issue 2021-12-01"), "{}", out.stdout);

    let after = files(&dir);
    let added: Vec<&PathBuf> = after.keys().filter(|p| !before.contains_key(*p)).collect();
    assert_eq!(added, vec![&PathBuf::from("issues/2021-12-01.json")]);
    for (path, bytes) in &before {
        if path != Path::new("archive.json") {
            assert!(after.get(path) == Some(bytes), "{} changed", path.display());
        }
    }
    let manifest = read_manifest(&archive).unwrap();
    assert_eq!(manifest.issues.len(), manifest_before.issues.len() + 1);
    let entry = manifest.issues.last().unwrap();
    assert_eq!(entry.id, "2021-12-01");
    assert_eq!(entry.title, "December 2021–January 2022");
    assert_eq!(entry.published, "2022-02");
    assert_eq!(entry.file, "issues/2021-12-01.json");
    assert_eq!(
        entry.sha256,
        sha256_hex(&after[Path::new("issues/2021-12-01.json")])
    );
    assert_eq!(
        manifest.issues[..manifest.issues.len() - 1],
        manifest_before.issues[..],
        "the entries there were are kept"
    );
    // What `make import` checks next: the archive with the new issue is valid.
    let on_disk = read_on_disk(&archive).unwrap();
    let Root::Archive(m) = &on_disk.root else {
        panic!("not an archive")
    };
    let problems: Vec<String> = validate_archive(m, &on_disk.issues)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_write_that_fails_leaves_the_archive_as_it_was() {
    let dir = scratch("unwritable");
    let archive = dir.join("archive.json").display().to_string();
    // The manifest's temporary file cannot be written where a folder stands (whoever runs
    // the tests, root too): the issue file, written first, must not stay behind.
    std::fs::create_dir_all(dir.join("archive.json.tmp")).unwrap();
    let before = files(&dir);
    let out = run(&[
        "--text",
        &seed(),
        "--issue",
        "2021-08-09",
        "--archive",
        &archive,
    ]);
    assert!(!out.ok, "exited 0:\n{}", out.stdout);
    assert!(out.stderr.contains("archive.json"), "{}", out.stderr);
    assert!(files(&dir) == before, "the archive's folder changed");
    assert!(!dir.join("issues/2021-08-09.json.tmp").exists());
}

#[test]
fn a_newsletter_pdf_is_read_with_pdftotext_and_imported() {
    let dir = scratch("pdf");
    let archive = dir.join("archive.json").display().to_string();
    let pdf = Path::new(env!("CARGO_TARGET_TMPDIR")).join("import-cli-newsletter.pdf");
    std::fs::write(&pdf, small_newsletter()).unwrap();
    let before = files(&dir);
    let out = run(&[
        "--pdf",
        &pdf.display().to_string(),
        "--issue",
        "2021-08-09",
        "--archive",
        &archive,
    ]);
    assert!(out.ok, "{}", out.stderr);
    assert!(out.stdout.contains("issue 2021-08-09"), "{}", out.stdout);

    let after = files(&dir);
    let added: Vec<&PathBuf> = after.keys().filter(|p| !before.contains_key(*p)).collect();
    assert_eq!(added, vec![&PathBuf::from("issues/2021-08-09.json")]);
    let entry = read_manifest(&archive).unwrap().issues.pop().unwrap();
    assert_eq!(
        (entry.id.as_str(), entry.title.as_str(), entry.articles),
        ("2021-08-09", "August–September 2021", 3)
    );
    let issue: serde_json::Value =
        serde_json::from_slice(&after[Path::new("issues/2021-08-09.json")]).unwrap();
    let articles = issue["articles"].as_array().unwrap();
    let field = |name: &str| -> Vec<String> {
        articles
            .iter()
            .map(|a| a[name].to_string().trim_matches('"').to_string())
            .collect()
    };
    assert_eq!(
        field("title"),
        [
            "China Introduces the Data Security Law, to Be Implemented in September 2021",
            "China Plans to Deepen 5G Application",
            "China Speeding up Large-scale Application of IPv6",
        ]
    );
    // The hashtags, folded into the archive's spellings, and the quotes as printed.
    assert_eq!(
        field("tags"),
        ["[\"Data Security\"]", "[\"5G\"]", "[\"IPv6\"]"]
    );
    assert!(
        articles[0]["summary"]
            .as_str()
            .unwrap()
            .contains("National People’s Congress"),
        "{}",
        articles[0]["summary"]
    );
}

#[test]
fn without_pdftotext_a_pdf_import_names_the_package_and_writes_nothing() {
    let dir = scratch("no-pdftotext");
    let archive = dir.join("archive.json").display().to_string();
    let pdf = dir.join("newsletter.pdf");
    std::fs::write(&pdf, small_newsletter()).unwrap();
    let before = files(&dir);
    // No folder on the PATH: no pdftotext to run.
    let empty = dir.join("no-tools");
    std::fs::create_dir_all(&empty).unwrap();
    let out = Command::new(importer())
        .args(["--pdf", &pdf.display().to_string(), "--issue", "2021-08-09"])
        .args(["--archive", &archive])
        .env("PATH", &empty)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "exited 0");
    assert!(
        stderr.contains("pdftotext") && stderr.contains("poppler-utils"),
        "{stderr}"
    );
    std::fs::remove_dir(&empty).unwrap();
    assert!(files(&dir) == before, "the archive's folder changed");
}

#[test]
fn an_announced_article_that_is_not_found_stops_the_import_unless_the_person_accepts_it() {
    let dir = scratch("announced");
    let archive = dir.join("archive.json").display().to_string();
    // The seed with its first article's title and hashtags lost, as a broken page would: the
    // Takeaways still announce it.
    let seed = std::fs::read_to_string(seed()).unwrap();
    let lost = " CEN-CENELEC Presented at the 2021 Qingdao Forum on International\nStandardization\n#CEN-CENELEC\n";
    assert!(
        seed.contains(lost),
        "the seed prints the article's title above its hashtags"
    );
    let texts = Path::new(env!("CARGO_TARGET_TMPDIR")).join("import-cli-announced-text");
    std::fs::create_dir_all(&texts).unwrap();
    let broken = texts.join("broken.txt");
    std::fs::write(&broken, seed.replacen(lost, "", 1)).unwrap();
    let broken = broken.display().to_string();
    let before = files(&dir);
    let args = [
        "--text",
        &broken,
        "--issue",
        "2021-08-09",
        "--archive",
        &archive,
    ];

    let out = run(&args);
    assert!(!out.ok, "{}", out.stdout);
    assert!(
        out.stderr.contains("announced but not found: “CEN-CENELEC Presented at the 2021 Qingdao Forum on International Standardization”"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--accept-missing"), "{}", out.stderr);
    assert_eq!(files(&dir), before, "nothing is written");

    let accepted = run(&[&args[..], &["--accept-missing"]].concat());
    assert!(accepted.ok, "{}", accepted.stderr);
    assert_ne!(
        files(&dir),
        before,
        "the person said so: the issue is written"
    );
}
