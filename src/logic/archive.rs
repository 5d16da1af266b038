//! The archive (schema 2): a manifest that lists the newsletter's issues, one file per issue,
//! and the one dataset the app reads once they are in.
//!
//! An issue file has the shape of a schema-1 dataset, so a single schema-1 file still opens:
//! `read_root` tells the two apart by their `schema_version`.

use serde::{Deserialize, Serialize};

use crate::model::{Dataset, DatasetError, Issue, Publication, Skipped};

/// The newest schema this app reads: 1 is a single dataset, 2 an archive manifest.
pub const ARCHIVE_SCHEMA: u32 = 2;

/// Where the app finds the archive, relative to the page so a sub-path host works.
pub const ROOT_URL: &str = "data/archive.json";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub schema_version: u32,
    /// The archive's name: the newsletter's title.
    pub title: String,
    pub publisher: String,
    /// Every issue, in any order: the app orders them newest first (`newest_first`).
    pub issues: Vec<IssueEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssueEntry {
    /// Its id in links (`issue=2021-06-07`): the months it covers.
    pub id: String,
    /// "June–July 2021".
    pub title: String,
    /// `YYYY-MM`, the month it came out.
    pub published: String,
    /// Relative to the manifest: `issues/2021-06-07.json`.
    pub file: String,
    /// How many articles the file holds.
    pub articles: usize,
    /// Lower-case hex SHA-256 of the file's bytes.
    pub sha256: String,
}

impl IssueEntry {
    /// The file's URL relative to the page: its name with the first 16 hex digits of its
    /// SHA-256 before the extension, `data/issues/2021-06-07.0123456789abcdef.json`, as Trunk
    /// names the wasm. The build writes each issue file under this name (`build::facts`), so a
    /// file never changes under its URL and may be cached for a year, and a corrected file is
    /// a new URL even to a cache that leaves the query out of its key.
    pub fn url(&self) -> String {
        let version = self.version();
        match self.file.strip_suffix(".json") {
            Some(stem) => format!("data/{stem}.{version}.json"),
            None => format!("data/{}.{version}", self.file),
        }
    }

    /// The hash part of the name: only hex digits, in lower case, so a hostile manifest can
    /// put nothing but a hash into a URL path.
    fn version(&self) -> String {
        self.sha256
            .trim()
            .chars()
            .take(16)
            .filter(char::is_ascii_hexdigit)
            .map(|c| c.to_ascii_lowercase())
            .collect()
    }

    pub fn issue(&self) -> Issue {
        Issue {
            id: self.id.clone(),
            title: self.title.clone(),
            published: self.published.clone(),
        }
    }
}

/// What the root file turned out to be.
#[derive(Debug, Clone, PartialEq)]
pub enum Root {
    /// A schema-1 dataset: everything is already here.
    Single(Dataset),
    Archive(Manifest),
}

/// Reads the root file: a manifest, or a schema-1 dataset. A dataset is read in its one pass
/// (a version probe first would scan a large file twice); only what it reports as schema 2 is
/// read again, as the small manifest it is.
pub fn read_root(bytes: &[u8]) -> Result<Root, DatasetError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match Dataset::from_json(bytes) {
        Ok(data) => Ok(Root::Single(data)),
        Err(DatasetError::TooNew {
            found: ARCHIVE_SCHEMA,
            ..
        }) => serde_json::from_slice::<Manifest>(bytes)
            .map(Root::Archive)
            .map_err(|e| DatasetError::Malformed(e.to_string())),
        Err(DatasetError::TooNew { found, .. }) => Err(DatasetError::TooNew {
            found,
            supported: ARCHIVE_SCHEMA,
        }),
        Err(other) => Err(other),
    }
}

impl Manifest {
    /// Positions into `issues`, newest first: by month published, then by id, both descending.
    pub fn newest_first(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.issues.len()).collect();
        // The app's one sort routine (`logic::order`), not another copy of std's in the wasm.
        crate::logic::order::sort_by(&mut order, |&a, &b| {
            let key = |i: usize| self.issues.get(i).map(|e| (&e.published, &e.id));
            key(b).cmp(&key(a))
        });
        order
    }
}

/// Why an issue file could not be used; the other issues still show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IssueFailure {
    Network(String),
    Http(u16),
    /// The bytes are not the ones the manifest lists: a stale cache or a half-copied file.
    WrongHash,
    Data(String),
}

impl std::fmt::Display for IssueFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            IssueFailure::Network(e) => write!(f, "it could not be downloaded ({e})"),
            IssueFailure::Http(status) => write!(f, "the server answered {status}"),
            IssueFailure::WrongHash => write!(f, "the file is not the one the archive lists"),
            IssueFailure::Data(e) => write!(f, "{e}"),
        }
    }
}

/// Checks an issue file's bytes against its entry and reads it.
pub fn read_issue(
    entry: &IssueEntry,
    sha256_hex: &str,
    bytes: &[u8],
) -> Result<Dataset, IssueFailure> {
    if !sha256_hex.eq_ignore_ascii_case(entry.sha256.trim()) {
        return Err(IssueFailure::WrongHash);
    }
    Dataset::from_json(bytes).map_err(|e| IssueFailure::Data(e.to_string()))
}

/// The one dataset of the issues that are in (`loaded`: positions in the manifest and their
/// files), newest issue first. Each article names its
/// issue; an article whose id a newer issue already uses is left out (ids are links forever,
/// so the validator refuses that before it ships) and reported like any unreadable article.
pub fn assemble(manifest: &Manifest, loaded: &[(usize, Dataset)]) -> Dataset {
    let mut articles = Vec::new();
    let newest_first = manifest.newest_first();
    // Every issue the manifest lists, those still loading or failed too: a link to one of
    // them is not "unknown", and its facet shows what is in (nothing yet).
    let issues = newest_first
        .iter()
        .filter_map(|&i| manifest.issues.get(i).map(IssueEntry::issue))
        .collect();
    // Each issue's rank, by its position in the manifest: one lookup per issue, not a search.
    let mut rank = vec![usize::MAX; manifest.issues.len()];
    for (r, &i) in newest_first.iter().enumerate() {
        if let Some(slot) = rank.get_mut(i) {
            *slot = r;
        }
    }
    let mut organisations = Vec::new();
    let mut documents = Vec::new();
    let mut skipped = Vec::new();
    let mut ids: rustc_hash::FxHashSet<String> = Default::default();
    let mut ranked: Vec<&(usize, Dataset)> = loaded.iter().collect();
    crate::logic::order::sort_by_cached_key(&mut ranked, |(index, _)| {
        rank.get(*index).copied().unwrap_or(usize::MAX)
    });
    for (index, data) in ranked {
        let Some(entry) = manifest.issues.get(*index) else {
            continue;
        };
        skipped.extend(data.skipped.iter().cloned());
        for (at, article) in data.articles.iter().enumerate() {
            if !ids.insert(article.id.clone()) {
                skipped.push(Skipped {
                    index: at,
                    id: Some(article.id.clone()),
                    reason: format!(
                        "its id is used by an article of a newer issue than {}",
                        entry.id
                    ),
                });
                continue;
            }
            let mut article = article.clone();
            article.issue = entry.id.clone();
            articles.push(article);
        }
        documents.extend(&data.documents);
        for org in &data.organisations {
            if !organisations
                .iter()
                .any(|o: &crate::model::Organisation| o.id == org.id)
            {
                organisations.push(org.clone());
            }
        }
    }
    Dataset {
        schema_version: ARCHIVE_SCHEMA,
        publication: Publication {
            title: manifest.title.clone(),
            issue: String::new(),
            publisher: manifest.publisher.clone(),
            source: String::new(),
        },
        articles,
        organisations,
        documents: crate::logic::documents::merge(documents),
        issues,
        skipped,
    }
}

/// The issues newer than `seen`, the newest issue a reader had seen on this device, newest
/// first. Nothing is new on a first visit (`None`), nor when `seen` is no longer listed: "new"
/// must mean "arrived since you last looked", never "everything".
pub fn issues_since(manifest: &Manifest, seen: Option<&str>) -> Vec<String> {
    let Some(seen) = seen else {
        return Vec::new();
    };
    let ids: Vec<&str> = manifest
        .newest_first()
        .into_iter()
        .filter_map(|i| manifest.issues.get(i).map(|e| e.id.as_str()))
        .collect();
    match ids.iter().position(|id| *id == seen) {
        Some(at) => ids.iter().take(at).map(|id| id.to_string()).collect(),
        None => Vec::new(),
    }
}

/// "3 of 12 issues loaded".
pub fn progress_text(loaded: usize, total: usize) -> String {
    let noun = if total == 1 { "issue" } else { "issues" };
    format!("{loaded} of {total} {noun} loaded")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::fixtures::{article, dataset};

    fn entry(id: &str, published: &str) -> IssueEntry {
        IssueEntry {
            id: id.into(),
            title: format!("Issue {id}"),
            published: published.into(),
            file: format!("issues/{id}.json"),
            articles: 1,
            sha256: "ab".repeat(32),
        }
    }

    fn manifest() -> Manifest {
        Manifest {
            schema_version: ARCHIVE_SCHEMA,
            title: "Archive".into(),
            publisher: "P".into(),
            // Not in date order: the app orders them itself.
            issues: vec![
                entry("b", "2021-10"),
                entry("a", "2021-08"),
                entry("c", "2021-12"),
            ],
        }
    }

    #[test]
    fn issues_are_ordered_newest_first_whatever_the_manifest_order() {
        assert_eq!(manifest().newest_first(), vec![2, 0, 1]);
    }

    #[test]
    fn the_root_is_a_manifest_or_a_single_file_or_too_new() {
        let m = serde_json::to_vec(&manifest()).unwrap();
        assert!(matches!(read_root(&m), Ok(Root::Archive(_))));
        let single = br#"{"schema_version": 1, "articles": [{"id": "x", "title": "X"}]}"#;
        assert!(matches!(read_root(single), Ok(Root::Single(d)) if d.articles.len() == 1));
        let newer = br#"{"schema_version": 3, "issues": {}}"#;
        assert_eq!(
            read_root(newer),
            Err(DatasetError::TooNew {
                found: 3,
                supported: 2
            })
        );
        let broken = br#"{"schema_version": 2, "issues": 7}"#;
        assert!(matches!(read_root(broken), Err(DatasetError::Malformed(_))));
    }

    #[test]
    fn an_issue_file_must_have_the_listed_hash() {
        let e = entry("a", "2021-08");
        let bytes = br#"{"schema_version": 1, "articles": []}"#;
        assert_eq!(
            read_issue(&e, &"00".repeat(32), bytes),
            Err(IssueFailure::WrongHash)
        );
        assert!(
            read_issue(&e, &"AB".repeat(32), bytes).is_ok(),
            "hex in any case"
        );
        assert!(matches!(
            read_issue(&e, &"ab".repeat(32), b"<html>"),
            Err(IssueFailure::Data(_))
        ));
    }

    #[test]
    fn assembling_puts_the_newest_issue_first_and_skips_a_reused_id() {
        let m = manifest();
        let a = dataset(vec![article("old", &[], ""), article("shared", &[], "")]);
        let c = dataset(vec![article("new", &[], ""), article("shared", &[], "")]);
        // Arrival order must not matter.
        let data = assemble(&m, &[(1, a), (2, c)]);
        let ids: Vec<(&str, &str)> = data
            .articles
            .iter()
            .map(|x| (x.id.as_str(), x.issue.as_str()))
            .collect();
        assert_eq!(ids, vec![("new", "c"), ("shared", "c"), ("old", "a")]);
        assert_eq!(data.skipped.len(), 1);
        assert_eq!(data.skipped[0].id.as_deref(), Some("shared"));
        // Every listed issue, the one still missing ("b") too, newest first.
        let issues: Vec<&str> = data.issues.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(issues, vec!["c", "b", "a"]);
        assert_eq!(data.publication.title, "Archive");
    }

    #[test]
    fn what_is_new_is_what_came_after_the_newest_issue_seen() {
        let m = manifest();
        assert_eq!(issues_since(&m, Some("a")), vec!["c", "b"]);
        assert_eq!(issues_since(&m, Some("c")), Vec::<String>::new());
        assert_eq!(issues_since(&m, None), Vec::<String>::new(), "first visit");
        assert_eq!(issues_since(&m, Some("gone")), Vec::<String>::new());
    }

    #[test]
    fn an_issue_file_is_named_by_its_hash() {
        assert_eq!(
            entry("a", "2021-08").url(),
            "data/issues/a.abababababababab.json"
        );
        // A corrected file is a new path, not the same path with another query.
        let corrected = IssueEntry {
            sha256: format!("cd{}", "ab".repeat(31)),
            ..entry("a", "2021-08")
        };
        assert_eq!(corrected.url(), "data/issues/a.cdababababababab.json");
        assert!(!corrected.url().contains('?'));
        // Only hex reaches the path, in lower case; a name without `.json` keeps its own.
        let hostile = IssueEntry {
            file: "issues/b".into(),
            sha256: "AB/../?x=1#CDEF0123456789".into(),
            ..entry("b", "2021-08")
        };
        assert_eq!(hostile.url(), "data/issues/b.ab1cdef0");
        assert_eq!(progress_text(3, 12), "3 of 12 issues loaded");
        assert_eq!(progress_text(1, 1), "1 of 1 issue loaded");
    }
}
