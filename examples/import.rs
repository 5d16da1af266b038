//! Adds an issue to the archive (`public/data/archive.json` and `public/data/issues/`).
//!
//!     import --register DATASET.json --issue ID --title TITLE --published YYYY-MM [--archive M] [--replace]
//!         lists a finished issue file in the manifest, with its article count and SHA-256

use std::process::ExitCode;

use standards_radar::logic::archive_files::{add_issue, read_dataset, Existing, IssueName};

const ARCHIVE: &str = "public/data/archive.json";

struct Options {
    register: Option<String>,
    issue: Option<String>,
    title: Option<String>,
    published: Option<String>,
    archive: String,
    existing: Existing,
}

fn options(args: &[String]) -> Result<Options, String> {
    let mut out = Options {
        register: None,
        issue: None,
        title: None,
        published: None,
        archive: ARCHIVE.into(),
        existing: Existing::Refuse,
    };
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        let mut value = || args.next().cloned().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--register" => out.register = Some(value()?),
            "--issue" => out.issue = Some(value()?),
            "--title" => out.title = Some(value()?),
            "--published" => out.published = Some(value()?),
            "--archive" => out.archive = value()?,
            "--replace" => out.existing = Existing::Replace,
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(out)
}

fn run(args: &[String]) -> Result<(), String> {
    let o = options(args)?;
    let need = |v: Option<String>, what: &str| v.ok_or(format!("--{what} is required"));
    let data = read_dataset(&need(o.register, "register")?)?;
    let name = IssueName {
        id: need(o.issue, "issue")?,
        title: need(o.title, "title")?,
        published: need(o.published, "published")?,
    };
    let entry = add_issue(&o.archive, &name, &data, o.existing)?;
    println!(
        "{}: issue {} ({}), {} articles, sha256 {}",
        o.archive, entry.id, entry.title, entry.articles, entry.sha256
    );
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("import: {e}");
            ExitCode::FAILURE
        }
    }
}
