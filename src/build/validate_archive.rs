//! The strict checks of an archive (schema 2): its manifest, and every issue file it lists, each
//! checked like a single dataset (`build::validate`) and all of them together for what must be
//! unique across the archive: article ids are links, forever; and one tag has one spelling in
//! every issue, as it must within one (the Tags facet and the tag feeds show one name per tag).

use std::collections::{HashMap, HashSet};

use crate::build::issue_id::{check_month, Months};
use crate::build::validate::{validate, Problem, Problems};
use crate::logic::archive::{Manifest, ARCHIVE_SCHEMA};
use crate::logic::text::value_key;
use crate::model::Dataset;

/// Every problem of the archive; `issues` holds each listed file as read, or why it could not be
/// (missing, wrong hash, not JSON), by its position in `manifest.issues`.
pub fn validate_archive(
    manifest: &Manifest,
    issues: &[(usize, Result<Dataset, String>)],
) -> Vec<Problem> {
    let mut out = Problems::default();
    if manifest.schema_version != ARCHIVE_SCHEMA {
        let message = format!("must be {ARCHIVE_SCHEMA}, is {}", manifest.schema_version);
        out.push("archive", "schema_version", message);
    }
    for (field, value) in [
        ("title", &manifest.title),
        ("publisher", &manifest.publisher),
    ] {
        if value.trim().is_empty() {
            out.push("archive", field, "is empty".into());
        }
    }
    if manifest.issues.is_empty() {
        out.push("archive", "issues", "there are no issues".into());
    }
    let mut issue_ids: HashMap<&str, usize> = HashMap::new();
    for (i, entry) in manifest.issues.iter().enumerate() {
        let field = |name: &str| format!("issues[{i}].{name}");
        // An id names the issue's file and, when it starts with a year, the months it covers,
        // which the month it came out must not precede (the app orders issues by that month).
        let months = Months::of_id(&entry.id).unwrap_or_else(|e| {
            out.push("archive", field("id"), e);
            None
        });
        if issue_ids.insert(entry.id.as_str(), i).is_some() {
            out.push(
                "archive",
                field("id"),
                format!("{:?} is listed twice", entry.id),
            );
        }
        if entry.title.trim().is_empty() {
            out.push("archive", field("title"), "is empty".into());
        }
        let published = match months {
            Some(months) => months.check_published(&entry.published),
            None => check_month(&entry.published),
        };
        if let Err(message) = published {
            out.push("archive", field("published"), message);
        }
        if entry.file != format!("issues/{}.json", entry.id) {
            let message = format!("{:?} should be issues/{}.json", entry.file, entry.id);
            out.push("archive", field("file"), message);
        }
        if entry.sha256.len() != 64 || !entry.sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
            out.push("archive", field("sha256"), "is not a SHA-256 in hex".into());
        }
    }
    let mut article_ids: HashMap<&str, &str> = HashMap::new();
    let mut event_ids: HashMap<&str, &str> = HashMap::new();
    let mut spellings = Spellings::default();
    for (index, read) in issues {
        let Some(entry) = manifest.issues.get(*index) else {
            continue;
        };
        let data = match read {
            Ok(data) => data,
            Err(e) => {
                out.push(&entry.id, "file", e.clone());
                continue;
            }
        };
        if data.articles.len() != entry.articles {
            let message = format!(
                "the manifest says {} articles, the file holds {}",
                entry.articles,
                data.articles.len()
            );
            out.push(&entry.id, "articles", message);
        }
        for problem in validate(data) {
            let article = format!("{} / {}", entry.id, problem.article);
            out.push(&article, problem.field, problem.message);
        }
        for article in &data.articles {
            if let Some(other) = article_ids.insert(&article.id, &entry.id) {
                let message = format!("article id also used in issue {other}");
                out.push(&entry.id, format!("{} / id", article.id), message);
            }
            for event in &article.events {
                if let Some(other) = event_ids.insert(&event.id, &entry.id) {
                    let message = format!("event id {:?} also used in issue {other}", event.id);
                    out.push(&entry.id, format!("{} / events", article.id), message);
                }
            }
            for (i, tag) in article.tags.iter().enumerate() {
                if let Some(message) = spellings.check(tag, &entry.id) {
                    out.push(&entry.id, format!("{} / tags[{i}]", article.id), message);
                }
            }
        }
    }
    out.into_vec()
}

/// The first spelling of each tag in the archive and the issue it came from, by `value_key`.
#[derive(Default)]
struct Spellings<'a> {
    first: HashMap<String, (&'a str, &'a str)>,
    /// Each other spelling is reported once per issue, not once per article that repeats it.
    reported: HashSet<(&'a str, &'a str)>,
}

impl<'a> Spellings<'a> {
    /// Why `tag` in `issue` is a second spelling, when it is. Spellings within one issue are
    /// `validate`'s to report, so they are not reported twice.
    fn check(&mut self, tag: &'a str, issue: &'a str) -> Option<String> {
        let key = value_key(tag);
        // A tag with no letter or digit has no identity to share (`validate` rejects it).
        if key.is_empty() {
            return None;
        }
        let (first, first_issue) = *self.first.entry(key).or_insert((tag, issue));
        if first == tag || first_issue == issue || !self.reported.insert((issue, tag)) {
            return None;
        }
        Some(format!(
            "tag {tag:?} in issue {issue} is spelled {first:?} in issue {first_issue}: \
             one tag, one spelling across the archive"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::archive_files::sha256_hex;
    use crate::logic::archive::{read_issue, IssueEntry};

    /// An issue file that passes every rule of `validate`: one article per (id, tags), each
    /// with one event named after it.
    fn issue_file(articles: &[(&str, &[&str])]) -> Vec<u8> {
        let articles: Vec<serde_json::Value> = articles
            .iter()
            .map(|(id, tags)| {
                serde_json::json!({
                    "id": id, "title": "A title", "section": "Standardization",
                    "date": "2021-07-05", "tags": tags, "summary": "A summary.",
                    "body": [{"type": "paragraph", "text": "Some text."}],
                    "links": [{"url": "https://example.org/a", "label": "Source"}],
                    "events": [{"id": format!("{id}-e"), "title": "Event", "kind": "meeting",
                                "start": "2021-07-05"}]
                })
            })
            .collect();
        serde_json::to_vec(&serde_json::json!({
            "schema_version": 1,
            "publication": {"title": "Newsletter", "issue": "June", "publisher": "SESEC",
                            "source": "seed"},
            "articles": articles
        }))
        .unwrap()
    }

    /// A manifest of `issues` (id, file bytes) and each file read as the tools read it: its
    /// hash checked against the entry.
    type Read = Vec<(usize, Result<Dataset, String>)>;
    fn archive(issues: &[(&str, Vec<u8>)]) -> (Manifest, Read) {
        let entries: Vec<IssueEntry> = issues
            .iter()
            .map(|(id, bytes)| IssueEntry {
                id: id.to_string(),
                title: format!("Issue {id}"),
                published: "2021-07".into(),
                file: format!("issues/{id}.json"),
                articles: Dataset::from_json(bytes).unwrap().articles.len(),
                sha256: sha256_hex(bytes),
            })
            .collect();
        let read = issues
            .iter()
            .zip(&entries)
            .enumerate()
            .map(|(i, ((_, bytes), entry))| {
                let data = read_issue(entry, &sha256_hex(bytes), bytes);
                (i, data.map_err(|e| e.to_string()))
            })
            .collect();
        let manifest = Manifest {
            schema_version: ARCHIVE_SCHEMA,
            title: "Newsletter".into(),
            publisher: "SESEC".into(),
            issues: entries,
        };
        (manifest, read)
    }

    fn two_issues() -> (Manifest, Read) {
        archive(&[
            ("issue-a", issue_file(&[("a", &["5G"]), ("b", &["ICV"])])),
            ("issue-b", issue_file(&[("c", &["5G"])])),
        ])
    }

    fn problems(manifest: &Manifest, read: &Read) -> Vec<String> {
        validate_archive(manifest, read)
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    /// `edit` makes exactly one problem, and it reads `expected`.
    fn assert_one(edit: impl FnOnce(&mut Manifest, &mut Read), expected: &str) {
        let (mut manifest, mut read) = two_issues();
        edit(&mut manifest, &mut read);
        let found = problems(&manifest, &read);
        assert!(
            found.len() == 1 && found.iter().all(|p| p.contains(expected)),
            "expected one problem containing {expected:?}, got {found:#?}"
        );
    }

    #[test]
    fn a_clean_archive_passes() {
        let (manifest, read) = two_issues();
        assert_eq!(problems(&manifest, &read), Vec::<String>::new());
    }

    #[test]
    fn the_manifest_must_count_each_issues_articles() {
        assert_one(
            |m, _| m.issues[1].articles = 2,
            "issue-b / articles: the manifest says 2 articles, the file holds 1",
        );
    }

    #[test]
    fn an_issue_comes_out_in_a_month() {
        for bad in ["2021-13", "2021-07-05", "July 2021", ""] {
            assert_one(
                |m, _| m.issues[0].published = bad.into(),
                &format!("archive / issues[0].published: {bad:?} is not a month (YYYY-MM)"),
            );
        }
    }

    #[test]
    fn an_issue_file_is_named_after_its_issue() {
        assert_one(
            |m, _| m.issues[1].file = "issues/issue-a.json".into(),
            "issues[1].file: \"issues/issue-a.json\" should be issues/issue-b.json",
        );
        assert_one(
            |m, _| m.issues[1].file = "issue-b.json".into(),
            "should be issues/issue-b.json",
        );
    }

    #[test]
    fn an_issue_is_listed_once() {
        let file = issue_file(&[("a", &["5G"])]);
        let (manifest, read) = archive(&[("issue-a", file.clone()), ("issue-a", file)]);
        let found = problems(&manifest, &read);
        assert!(
            found
                .iter()
                .any(|p| p == "archive / issues[1].id: \"issue-a\" is listed twice"),
            "{found:#?}"
        );
    }

    #[test]
    fn article_and_event_ids_are_unique_across_issues() {
        let (manifest, read) = archive(&[
            ("issue-a", issue_file(&[("a", &["5G"])])),
            ("issue-b", issue_file(&[("a", &["5G"])])),
        ]);
        let found = problems(&manifest, &read);
        assert_eq!(
            found,
            vec![
                "issue-b / a / id: article id also used in issue issue-a",
                "issue-b / a / events: event id \"a-e\" also used in issue issue-a",
            ]
        );
        // An event id alone reused: its article ids differ.
        let mut other =
            serde_json::from_slice::<serde_json::Value>(&issue_file(&[("b", &[])])).unwrap();
        other["articles"][0]["events"][0]["id"] = "a-e".into();
        let (manifest, read) = archive(&[
            ("issue-a", issue_file(&[("a", &["5G"])])),
            ("issue-b", serde_json::to_vec(&other).unwrap()),
        ]);
        assert_eq!(
            problems(&manifest, &read),
            vec!["issue-b / b / events: event id \"a-e\" also used in issue issue-a"]
        );
    }

    #[test]
    fn a_file_that_is_not_the_listed_one_is_caught() {
        // The bytes changed after the manifest listed them: the tools read it as a stale copy.
        assert_one(
            |m, read| {
                let changed = issue_file(&[("c", &["5G", "ICV"])]);
                let entry = &m.issues[1];
                let again = read_issue(entry, &sha256_hex(&changed), &changed);
                read[1] = (1, again.map_err(|e| e.to_string()));
            },
            "issue-b / file: the file is not the one the archive lists",
        );
        assert_one(
            |m, _| m.issues[0].sha256.truncate(63),
            "issues[0].sha256: is not a SHA-256 in hex",
        );
    }

    #[test]
    fn one_tag_has_one_spelling_across_the_archive() {
        let (manifest, read) = archive(&[
            ("issue-a", issue_file(&[("a", &["Data security"])])),
            (
                "issue-b",
                issue_file(&[("b", &["data-security"]), ("c", &["data-security"])]),
            ),
        ]);
        // Once for the issue, naming both spellings and both issues.
        assert_eq!(
            problems(&manifest, &read),
            vec![
                "issue-b / b / tags[0]: tag \"data-security\" in issue issue-b is spelled \
                 \"Data security\" in issue issue-a: one tag, one spelling across the archive"
            ]
        );
        // The same spelling in every issue is one tag, as are tags of no letter at all.
        let (manifest, read) = archive(&[
            ("issue-a", issue_file(&[("a", &["Data security", "🚗"])])),
            ("issue-b", issue_file(&[("b", &["Data security", "🚲"])])),
        ]);
        assert_eq!(problems(&manifest, &read), Vec::<String>::new());
    }

    fn listed(id: &str, published: &str) -> IssueEntry {
        IssueEntry {
            id: id.into(),
            title: "T".into(),
            published: published.into(),
            file: format!("issues/{id}.json"),
            articles: 0,
            sha256: "ab".repeat(32),
        }
    }

    fn manifest_problems(issues: Vec<IssueEntry>) -> Vec<String> {
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
        let good = manifest_problems(vec![
            listed("2021-10-11", "2021-12"),
            listed("2021-12-01", "2022-02"),
            listed("synthetic-3", "2021-04"),
        ]);
        assert!(good.is_empty(), "{good:?}");
        let bad = manifest_problems(vec![
            listed("2021-12-01", "2021-02"),
            listed("2021-06-08", "2021-09"),
            listed("2021-13-01", "2022-02"),
            listed("Issue 7", "2021-04"),
            listed("synthetic-4", "April"),
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
