//! The strict checks of an archive (schema 2): its manifest, and every issue file it lists, each
//! checked like a single dataset (`logic::validate`) and all of them together for what must be
//! unique across the archive: article ids are links, forever.

use std::collections::HashMap;

use crate::logic::archive::{Manifest, ARCHIVE_SCHEMA};
use crate::logic::dates::Fuzzy;
use crate::logic::validate::{is_slug, validate, Problem};
use crate::model::Dataset;

/// Every problem of the archive; `issues` holds each listed file as read, or why it could not be
/// (missing, wrong hash, not JSON), by its position in `manifest.issues`.
pub fn validate_archive(
    manifest: &Manifest,
    issues: &[(usize, Result<Dataset, String>)],
) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut push = |article: &str, field: String, message: String| {
        out.push(Problem {
            article: article.to_string(),
            field,
            message,
        })
    };
    if manifest.schema_version != ARCHIVE_SCHEMA {
        let message = format!("must be {ARCHIVE_SCHEMA}, is {}", manifest.schema_version);
        push("archive", "schema_version".into(), message);
    }
    for (field, value) in [
        ("title", &manifest.title),
        ("publisher", &manifest.publisher),
    ] {
        if value.trim().is_empty() {
            push("archive", field.into(), "is empty".into());
        }
    }
    if manifest.issues.is_empty() {
        push("archive", "issues".into(), "there are no issues".into());
    }
    let mut issue_ids: HashMap<&str, usize> = HashMap::new();
    for (i, entry) in manifest.issues.iter().enumerate() {
        let field = |name: &str| format!("issues[{i}].{name}");
        if !is_slug(&entry.id) {
            push(
                "archive",
                field("id"),
                format!("{:?} is not a lower-case slug", entry.id),
            );
        }
        if issue_ids.insert(entry.id.as_str(), i).is_some() {
            push(
                "archive",
                field("id"),
                format!("{:?} is listed twice", entry.id),
            );
        }
        if entry.title.trim().is_empty() {
            push("archive", field("title"), "is empty".into());
        }
        if !matches!(Fuzzy::parse(&entry.published), Some(Fuzzy::Month { .. })) {
            let message = format!("{:?} is not a month (YYYY-MM)", entry.published);
            push("archive", field("published"), message);
        }
        if entry.file != format!("issues/{}.json", entry.id) {
            let message = format!("{:?} should be issues/{}.json", entry.file, entry.id);
            push("archive", field("file"), message);
        }
        if entry.sha256.len() != 64 || !entry.sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
            push("archive", field("sha256"), "is not a SHA-256 in hex".into());
        }
    }
    let mut article_ids: HashMap<&str, &str> = HashMap::new();
    let mut event_ids: HashMap<&str, &str> = HashMap::new();
    for (index, read) in issues {
        let Some(entry) = manifest.issues.get(*index) else {
            continue;
        };
        let data = match read {
            Ok(data) => data,
            Err(e) => {
                push(&entry.id, "file".into(), e.clone());
                continue;
            }
        };
        if data.articles.len() != entry.articles {
            let message = format!(
                "the manifest says {} articles, the file holds {}",
                entry.articles,
                data.articles.len()
            );
            push(&entry.id, "articles".into(), message);
        }
        for problem in validate(data) {
            let article = format!("{} / {}", entry.id, problem.article);
            push(&article, problem.field, problem.message);
        }
        for article in &data.articles {
            if let Some(other) = article_ids.insert(&article.id, &entry.id) {
                let message = format!("article id also used in issue {other}");
                push(&entry.id, format!("{} / id", article.id), message);
            }
            for event in &article.events {
                if let Some(other) = event_ids.insert(&event.id, &entry.id) {
                    let message = format!("event id {:?} also used in issue {other}", event.id);
                    push(&entry.id, format!("{} / events", article.id), message);
                }
            }
        }
    }
    out
}
