//! `make import TEXT=… ISSUE=…`: a newsletter issue's text (as `pdftotext` makes it from the
//! PDF) to an issue file of the archive, with its manifest entry; `make import PDF=… ISSUE=…`
//! runs `pdftotext` itself (`--pdf`); `make import-check` scores the importer on the committed
//! issue.
//!
//!     import (--text TEXT | --pdf PDF) --issue ID [--title T] [--published YYYY-MM] [--archive M] [--replace]
//!            [--corrections FILE | --no-corrections] [--accept-missing] [--accept-contents]
//!            [--skeleton FILE]
//!         the draft issue, with the organisations and documents it names, added to the archive
//!         (corrections default to dataset/corrections/ID.json when that file exists), and its
//!         corrections skeleton (every article and event by draft id, with the fields a person
//!         may set and their draft values) written to FILE, by default
//!         dataset/corrections/ID.skeleton.json; an
//!         article the issue announces (its Takeaways) that the importer did not find stops it,
//!         nothing written, unless --accept-missing says the person has looked; in the earlier
//!         layouts, an entry of the contents list not found in the text, or an article the text
//!         prints (the Takeaways name it) that the list does not name, stops it too, unless
//!         --accept-contents; tags proposed for articles printed without hashtags are printed,
//!         marked proposed, never written
//!     import --check (--text TEXT | --pdf PDF) --issue ID [--archive M]
//!         without corrections: what the importer gets right of the committed issue (each share
//!         must reach 95 %), then field by field against tests/import-truth/ID.json on the text
//!         and on each layout variant in tests/import-variants/ (95 % on the text, 90 % on a
//!         variant; a share with nothing in it fails), every miss listed; with them: the
//!         committed issue file, byte for byte
//!     import --register DATASET.json --issue ID --title T --published YYYY-MM [--archive M] [--replace]
//!         lists a finished issue file in the manifest

#[path = "import/check.rs"]
mod check;

use std::path::Path;
use std::process::{Command, ExitCode};

use standards_radar::build::archive_files::{add_issue, read_dataset, Existing, IssueName};
use standards_radar::build::extract::Tables;
use standards_radar::build::import::corrections::Corrections;
use standards_radar::build::import::issue::{import_issue, months_of, Source};
use standards_radar::build::import::layout::ContentsCheck;
use standards_radar::build::import::skeleton;
use standards_radar::build::import::STALE_CORRECTIONS;
use standards_radar::build::issue_id::{check_issue, Months};
use standards_radar::model::Dataset;

const ARCHIVE: &str = "public/data/archive.json";
const TABLES: &str = "dataset/names.json";
/// How the importer's text is made from the PDF (Debian's poppler-utils). Not `-layout`: the
/// seed issue's text, which the layout code was written for, is in reading order (a narrow
/// column's lines one after another, "On 16 July 2021, Dr. Betty Xu," then "director of the
/// Seconded European", never two columns side by side padded with spaces, as `-layout` prints
/// them), and its titles and paragraphs start at the line's first character. `-nopgbrk`: it has
/// no form feed (pdftotext ends each page with one by default; there a page number such as "1."
/// stands on a line of its own). `-enc UTF-8`: its quotes and dashes are UTF-8 (’ “ ” –).
const PDFTOTEXT_OPTIONS: [&str; 3] = ["-enc", "UTF-8", "-nopgbrk"];

#[derive(Default)]
struct Options {
    text: Option<String>,
    pdf: Option<String>,
    register: Option<String>,
    issue: Option<String>,
    title: Option<String>,
    published: Option<String>,
    corrections: Option<String>,
    no_corrections: bool,
    archive: Option<String>,
    replace: bool,
    check: bool,
    accept_missing: bool,
    accept_contents: bool,
    skeleton: Option<String>,
}

fn options(args: &[String]) -> Result<Options, String> {
    let mut o = Options::default();
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        let mut value = || args.next().cloned().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--text" => o.text = Some(value()?),
            "--pdf" => o.pdf = Some(value()?),
            "--register" => o.register = Some(value()?),
            "--issue" => o.issue = Some(value()?),
            "--title" => o.title = Some(value()?),
            "--published" => o.published = Some(value()?),
            "--corrections" => o.corrections = Some(value()?),
            "--no-corrections" => o.no_corrections = true,
            "--archive" => o.archive = Some(value()?),
            "--replace" => o.replace = true,
            "--check" => o.check = true,
            "--accept-missing" => o.accept_missing = true,
            "--accept-contents" => o.accept_contents = true,
            "--skeleton" => o.skeleton = Some(value()?),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(o)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match options(&args).and_then(|o| run(&o)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("import: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(o: &Options) -> Result<(), String> {
    let issue = o.issue.clone().ok_or("--issue is required")?;
    // What the person typed is checked before any text is read: a wrong id or month is told at
    // once, not after the import (add_issue checks them again before it writes).
    Months::of_id(&issue)?;
    if let Some(published) = &o.published {
        check_issue(&issue, published).map_err(|e| format!("--published: {e}"))?;
    }
    if o.title.as_ref().is_some_and(|t| t.trim().is_empty()) {
        return Err("--title is empty".into());
    }
    let archive = o.archive.clone().unwrap_or_else(|| ARCHIVE.into());
    // An issue id the archive has is refused by `add_issue`, before anything is written.
    let existing = if o.replace {
        Existing::Replace
    } else {
        Existing::Refuse
    };
    if let Some(dataset) = &o.register {
        let name = IssueName {
            id: issue,
            title: o.title.clone().ok_or("--title is required")?,
            published: o.published.clone().ok_or("--published is required")?,
        };
        let entry = add_issue(&archive, &name, &read_dataset(dataset)?, existing)?;
        println!(
            "{archive}: issue {} ({}), {} articles",
            entry.id, entry.title, entry.articles
        );
        return Ok(());
    }
    let text = match (&o.text, &o.pdf) {
        (Some(path), None) => Text {
            bytes: std::fs::read(path).map_err(|e| format!("{path}: {e}"))?,
            path: path.clone(),
        },
        (None, Some(path)) => Text {
            bytes: pdftotext(path)?,
            path: path.clone(),
        },
        (Some(_), Some(_)) => return Err("give --text or --pdf, not both".into()),
        (None, None) => {
            return Err(
                "--text is required (the newsletter as text), or --pdf (the newsletter's PDF)"
                    .into(),
            )
        }
    };
    if o.check {
        return check::check(&text, &issue, &archive);
    }
    let corrections = if o.no_corrections {
        Corrections::default()
    } else {
        corrections(o.corrections.clone(), &issue)?
    };
    // The skeleton is of the draft without corrections: its keys are the ids corrections use.
    let skeleton_path = o
        .skeleton
        .clone()
        .unwrap_or_else(|| format!("dataset/corrections/{issue}.skeleton.json"));
    let imported = import(&text, &issue, &archive, &corrections, true);
    if let Err(e) = &imported {
        // Corrections written for an earlier draft: this draft's skeleton says its ids.
        if e.contains(STALE_CORRECTIONS) {
            let bare = import(&text, &issue, &archive, &Corrections::default(), false)?;
            std::fs::write(&skeleton_path, skeleton::to_bytes(&bare.data.articles)?)
                .map_err(|e| format!("{skeleton_path}: {e}"))?;
            eprintln!("{skeleton_path}: the corrections skeleton of this draft");
        }
    }
    let Imported {
        data,
        not_found,
        contents,
        proposed_tags,
    } = imported?;
    let skeleton = if !o.no_corrections {
        let bare = import(&text, &issue, &archive, &Corrections::default(), false)?;
        skeleton::to_bytes(&bare.data.articles)?
    } else {
        skeleton::to_bytes(&data.articles)?
    };
    // The issue announces its articles: one not found is an article lost, never a quiet import.
    for title in &not_found {
        eprintln!("announced but not found: “{title}”");
    }
    let mut refused = Vec::new();
    if !not_found.is_empty() && !o.accept_missing {
        refused.push(format!(
            "{} article(s) the issue announces in its Takeaways were not found (listed above). Check the text; if they are truly not in it, run again with --accept-missing",
            not_found.len()
        ));
    }
    // The earlier layouts' contents list names every article: the articles found are those.
    if let Some(check) = contents.filter(|c| !c.is_empty()) {
        for title in &check.not_found {
            eprintln!("in the contents list but not found in the text: “{title}”");
        }
        for title in &check.not_listed {
            eprintln!("printed in the text but not in the contents list: “{title}”");
        }
        if !o.accept_contents {
            refused.push(format!(
                "the contents list and the articles found differ ({} listed but not found, {} printed but not listed; above). Check the text; if the list is wrong, run again with --accept-contents",
                check.not_found.len(),
                check.not_listed.len()
            ));
        }
    }
    if !refused.is_empty() {
        return Err(format!("nothing written: {}", refused.join("; ")));
    }
    // Tags for the articles printed without hashtags: proposed, never written.
    for (id, tags) in proposed_tags.iter().filter(|(_, t)| !t.is_empty()) {
        println!(
            "proposed tags for {id} (printed without hashtags; not written, set them in the corrections): {}",
            tags.join(", ")
        );
    }
    let months = months_of(&issue, &data.articles)?;
    let name = IssueName {
        title: o
            .title
            .clone()
            .or_else(|| months.map(Months::title))
            .unwrap_or_else(|| issue.clone()),
        published: o
            .published
            .clone()
            .or_else(|| months.map(Months::published))
            .ok_or("the month the issue came out is neither in its id nor in its articles' dates: give it with --published YYYY-MM")?,
        id: issue,
    };
    let entry = add_issue(&archive, &name, &data, existing)?;
    let events: usize = data.articles.iter().map(|a| a.events.len()).sum();
    println!(
        "{archive}: issue {} ({}, published {}): {} articles, {events} events; review it with make validate",
        entry.id, entry.title, entry.published, entry.articles
    );
    std::fs::write(&skeleton_path, skeleton).map_err(|e| format!("{skeleton_path}: {e}"))?;
    println!("{skeleton_path}: the corrections skeleton, every article and event by draft id: copy what is wrong into dataset/corrections/{}.json", entry.id);
    Ok(())
}

/// The corrections file: the one named, or the issue's own when there is one.
fn corrections(path: Option<String>, issue: &str) -> Result<Corrections, String> {
    let path = path.unwrap_or_else(|| format!("dataset/corrections/{issue}.json"));
    if !Path::new(&path).exists() {
        return Ok(Corrections::default());
    }
    let bytes = std::fs::read(&path).map_err(|e| format!("{path}: {e}"))?;
    serde_json::from_slice(&bytes).map_err(|e| format!("{path}: {e}"))
}

/// The newsletter's text, and the file it came from (the text file, or the PDF).
struct Text {
    path: String,
    bytes: Vec<u8>,
}

/// The text of the PDF at `path`, as the importer expects it (`PDFTOTEXT_OPTIONS`). Nothing is
/// written: pdftotext prints the text to its standard output.
fn pdftotext(path: &str) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("{path}: {e}"))?;
    if !meta.is_file() {
        return Err(format!("{path}: not a file"));
    }
    let out = Command::new("pdftotext")
        .args(PDFTOTEXT_OPTIONS)
        .arg(path)
        .arg("-")
        .output()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => "pdftotext is not installed: install Debian's poppler-utils (sudo apt-get install poppler-utils, or make setup-build)".to_string(),
            _ => format!("pdftotext: {e}"),
        })?;
    if !out.status.success() {
        let said = String::from_utf8_lossy(&out.stderr);
        return Err(format!(
            "{path}: pdftotext could not read it as a PDF ({}): {}",
            out.status,
            said.trim()
        ));
    }
    Ok(out.stdout)
}

/// The draft issue of `text`, folded into the archive's vocabulary (that of its other issues),
/// with the organisations and documents each article names; and the titles of the articles it
/// announces that were not found.
/// What `import` makes of a text.
struct Imported {
    data: Dataset,
    /// Articles the Takeaways announce that were not found.
    not_found: Vec<String>,
    /// The contents list against the articles found (the earlier layouts).
    contents: Option<ContentsCheck>,
    /// (article id, tags) proposed for the articles printed without hashtags.
    proposed_tags: Vec<(String, Vec<String>)>,
}

fn import(
    text: &Text,
    issue: &str,
    archive: &str,
    corrections: &Corrections,
    review: bool,
) -> Result<Imported, String> {
    let text_path = &text.path;
    let bytes = &text.bytes;
    let tables: Tables = std::fs::read(TABLES)
        .map_err(|e| e.to_string())
        .and_then(|b| serde_json::from_slice(&b).map_err(|e| e.to_string()))
        .map_err(|e| format!("{TABLES}: {e}"))?;
    let source = Source {
        name: Path::new(text_path)
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
        bytes,
    };
    let draft = import_issue(
        &source,
        issue,
        Some(archive).filter(|a| Path::new(a).exists()),
        corrections,
        &tables,
    )
    .map_err(|e| format!("{text_path}: {e}"))?;
    for (article, abbreviation) in draft.unknown_abbreviations.iter().filter(|_| review) {
        eprintln!("review: {article}: unknown abbreviation ({abbreviation}): add it to {TABLES}, as an organisation or not");
    }
    Ok(Imported {
        data: draft.data,
        not_found: draft.not_found,
        contents: draft.contents,
        proposed_tags: draft.proposed_tags,
    })
}
