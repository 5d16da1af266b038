//! The strict checks of an archive (schema 2): its manifest, and every issue file it lists, each
//! checked like a single dataset (`logic::validate`) and all of them together for what must be
//! unique across the archive: article ids are links, forever.

use std::collections::HashMap;

use crate::logic::archive::{Manifest, ARCHIVE_SCHEMA};
use crate::logic::issue_id::{check_month, Months};
use crate::logic::validate::{validate, Problem};
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
        // An id names the issue's file and, when it starts with a year, the months it covers,
        // which the month it came out must not precede (the app orders issues by that month).
        let months = Months::of_id(&entry.id).unwrap_or_else(|e| {
            push("archive", field("id"), e);
            None
        });
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
        let published = match months {
            Some(months) => months.check_published(&entry.published),
            None => check_month(&entry.published),
        };
        if let Err(message) = published {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::archive::IssueEntry;

    fn entry(id: &str, published: &str) -> IssueEntry {
        IssueEntry {
            id: id.into(),
            title: "T".into(),
            published: published.into(),
            file: format!("issues/{id}.json"),
            articles: 0,
            sha256: "ab".repeat(32),
        }
    }

    fn problems(issues: Vec<IssueEntry>) -> Vec<String> {
        let manifest = Manifest {
            schema_version: ARCHIVE_SCHEMA,
            title: "A".into(),
            publisher: "P".into(),
            issues,
        };
        validate_archive(&manifest, &[])
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn issue_ids_and_months_are_checked_as_the_importer_makes_them() {
        let good = problems(vec![
            entry("2021-10-11", "2021-12"),
            entry("2021-12-01", "2022-02"),
            entry("synthetic-3", "2021-04"),
        ]);
        assert!(good.is_empty(), "{good:?}");
        let bad = problems(vec![
            entry("2021-12-01", "2021-02"),
            entry("2021-06-08", "2021-09"),
            entry("2021-13-01", "2022-02"),
            entry("Issue 7", "2021-04"),
            entry("synthetic-4", "April"),
        ]);
        let expected = [
            "issues[0].published",
            "before the end of December 2021–January 2022",
            "issues[1].id",
            "June is followed by July, not August",
            "issues[2].id",
            "13 is not a month",
            "issues[3].id",
            "not a lower-case slug",
            "issues[4].published",
            "\"April\" is not a month",
        ];
        let all = bad.join("\n");
        for part in expected {
            assert!(all.contains(part), "{part:?} not in\n{all}");
        }
    }
}
