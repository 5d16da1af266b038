//! The importer as a person runs it (`make import`): the command itself, not the library. On bad
//! input it exits non-zero, names the problem and writes nothing; a newsletter's text adds one
//! issue file and one manifest entry.

// A test stops at the line that failed: helpers may unwrap like the tests themselves.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use standards_radar::build::archive_files::{read_manifest, read_on_disk, sha256_hex};
use standards_radar::build::validate_archive::validate_archive;
use standards_radar::logic::archive::Root;

const SEED: &str = "../shared/seed/000_2f23be253f1a08a5.txt";

/// The example's binary, built once for these tests. `cargo test --test import_cli` alone does
/// not build examples, and a binary an earlier build left behind would test old code, so cargo
/// builds it here and names the file it built.
fn importer() -> &'static Path {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let out = Command::new(cargo)
            .args(["build", "--locked", "--quiet", "--example", "import"])
            .arg("--message-format=json")
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "building the import example failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == "import")
            .find_map(|m| m["executable"].as_str().map(PathBuf::from))
            .expect("cargo named no executable for the import example")
    })
}

struct Run {
    ok: bool,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str]) -> Run {
    // The repository root, where the command finds dataset/names.json and the corrections.
    let out = Command::new(importer())
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    Run {
        ok: out.status.success(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// A copy of the shipped archive (its manifest and issue files) in a folder of its own.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("import-cli-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("issues")).unwrap();
    std::fs::copy("public/data/archive.json", dir.join("archive.json")).unwrap();
    for entry in std::fs::read_dir("public/data/issues").unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join("issues").join(entry.file_name())).unwrap();
    }
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

/// A PDF of these pages, written by hand: each page's lines in Helvetica (a standard Type1 font,
/// which every reader has), top to bottom; an empty line is a paragraph break (a gap pdftotext
/// prints as a blank line). The quotes and dashes the newsletter uses go by WinAnsiEncoding.
fn pdf_of(pages: &[&[&str]]) -> Vec<u8> {
    let encode = |line: &str| -> Vec<u8> {
        let mut out = Vec::new();
        for c in line.chars() {
            let byte = match c {
                '’' => 0x92,
                '“' => 0x93,
                '”' => 0x94,
                '–' => 0x96,
                '(' | ')' | '\\' => {
                    out.push(b'\\');
                    c as u8
                }
                c if c.is_ascii() && !c.is_ascii_control() => c as u8,
                c => panic!("{c:?} is not in this test's WinAnsiEncoding"),
            };
            out.push(byte);
        }
        out
    };
    // 1 the catalog, 2 the page tree, 3 the font, then each page and its content stream.
    let page_ids: Vec<usize> = (0..pages.len()).map(|i| 4 + 2 * i).collect();
    let kids: Vec<String> = page_ids.iter().map(|id| format!("{id} 0 R")).collect();
    let mut objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        format!(
            "<< /Type /Pages /Kids [{}] /Count {} >>",
            kids.join(" "),
            pages.len()
        )
        .into_bytes(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
            .to_vec(),
    ];
    for (page, id) in pages.iter().zip(&page_ids) {
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] \
                 /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
                id + 1
            )
            .into_bytes(),
        );
        let mut content = b"BT\n/F1 9 Tf\n".to_vec();
        let mut y = 760;
        for line in page.iter() {
            if line.is_empty() {
                y -= 20;
                continue;
            }
            content.extend(format!("1 0 0 1 30 {y} Tm\n(").as_bytes());
            content.extend(encode(line));
            content.extend(b") Tj\n");
            y -= 11;
        }
        assert!(y > 30, "a page of the test PDF runs off the paper");
        content.extend(b"ET\n");
        let mut stream = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
        stream.extend(content);
        stream.extend(b"\nendstream");
        objects.push(stream);
    }
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend(format!("{} 0 obj\n", i + 1).as_bytes());
        pdf.extend(object);
        pdf.extend(b"\nendobj\n");
    }
    let xref = pdf.len();
    // Each entry exactly 20 bytes, as the format wants.
    pdf.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for offset in offsets {
        pdf.extend(format!("{offset:010} 00000 n \n").as_bytes());
    }
    pdf.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}

/// A small newsletter in the seed issue's layout, its text taken from the seed: the Takeaways
/// (each article's title, then its summary) on the cover, then three articles, each a title
/// above its hashtags, one with a title on two lines.
fn small_newsletter() -> Vec<u8> {
    let cover: &[&str] = &[
        "China Introduces the Data Security Law, to Be Implemented in September",
        "On 10 June 2021, the Data Security Law (DSL) was passed by the National People’s Congress Standing Committee. It will be",
        "effective as of 1 September 2021, leaving a very short window for companies to take the necessary measures to adapt to the",
        "new data security regime, indicating the country’s intention to improve the regulations on data security.",
        "",
        "China Plans to Deepen 5G Application",
        "On 5 July 2021, the Ministry of Industry and Information Technology (MIIT) published the Action Plan for 5G Application",
        "alongside another 9 ministries including the Cyberspace Administration of China, the National Development and Reform",
        "Commission, and the Ministry of Commerce and Ministry of Housing and Urban-Rural Development.",
        "",
        "Takeaways",
    ];
    let law: &[&str] = &[
        "China Introduces the Data Security Law, to Be Implemented in",
        "September 2021",
        "#Data security",
        "",
        "On 10 June 2021, the Data Security Law (DSL) was passed by the National People’s Congress Standing Committee.",
        "It will be effective as of 1 September 2021, leaving a very short window for companies to take the necessary",
        "measures to adapt to the new data security regime. The enactment of the DSL only took a little more than one",
        "year, with two rounds of reviews by China’s top legislative body and public comments in June 2020 and April 2021,",
        "indicating the country’s intention to improve the regulations on data security.",
        "",
        "Most part of the content of the final version of the DSL is consistent with the previous second draft. Still, there",
        "are some changes which may have a significant impact on the operations of enterprises, both in China and",
        "globally.",
    ];
    let networks: &[&str] = &[
        "China Plans to Deepen 5G Application",
        "#5G",
        "",
        "On 5 July 2021, the Ministry of Industry and Information Technology (MIIT) published the Action Plan",
        "for 5G Application alongside another 9 ministries including the Cyberspace Administration of China, the National",
        "Development and Reform Commission, and the Ministry of Commerce and Ministry of Housing and Urban-Rural",
        "Development.",
        "",
        "China Speeding up Large-scale Application of IPv6",
        "#IPv6 #",
        "",
        "On 27 July 2021, the Cyberspace Administration of China (CAC) released the Notice on Accelerating",
        "the Large-scale Deployment and Application of Internet Protocol Version 6 (IPv6). The biggest problem with IPv4",
        "is the lack of network address resources, which seriously restricts the application and development of the Internet.",
    ];
    pdf_of(&[cover, law, networks])
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
