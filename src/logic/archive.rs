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
    /// The file's URL relative to the page. The hash rides along as a query so an issue file
    /// can be cached as immutable and a corrected file is still fetched anew.
    pub fn url(&self) -> String {
        let short: String = self.sha256.chars().take(16).collect();
        format!("data/{}?v={short}", self.file)
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

#[derive(Deserialize)]
struct VersionProbe {
    schema_version: u32,
}

/// Reads the root file: a manifest, or a schema-1 dataset.
pub fn read_root(bytes: &[u8]) -> Result<Root, DatasetError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match serde_json::from_slice::<VersionProbe>(bytes) {
        Ok(probe) if probe.schema_version > ARCHIVE_SCHEMA => Err(DatasetError::TooNew {
            found: probe.schema_version,
            supported: ARCHIVE_SCHEMA,
        }),
        Ok(probe) if probe.schema_version == ARCHIVE_SCHEMA => {
            serde_json::from_slice::<Manifest>(bytes)
                .map(Root::Archive)
                .map_err(|e| DatasetError::Malformed(e.to_string()))
        }
        _ => Dataset::from_json(bytes).map(Root::Single),
    }
}

impl Manifest {
    /// Positions into `issues`, newest first: by month published, then by id, both descending.
    pub fn newest_first(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.issues.len()).collect();
        order.sort_by(|&a, &b| {
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
pub fn read_issue(entry: &IssueEntry, sha256_hex: &str, bytes: &[u8]) -> Result<Dataset, IssueFailure> {
    if !sha256_hex.eq_ignore_ascii_case(entry.sha256.trim()) {
        return Err(IssueFailure::WrongHash);
    }
    Dataset::from_json(bytes).map_err(|e| IssueFailure::Data(e.to_string()))
}

/// The one dataset of the issues that are in, newest issue first. Each article names its
/// issue; an article whose id a newer issue already uses is left out (ids are links forever,
/// so the validator refuses that before it ships) and reported like any unreadable article.
pub fn assemble(manifest: &Manifest, loaded: &[(usize, Dataset)]) -> Dataset {
    let mut articles = Vec::new();
    let mut issues = Vec::new();
    let mut organisations = Vec::new();
    let mut skipped = Vec::new();
    let mut ids: rustc_hash::FxHashSet<String> = Default::default();
    let newest_first = manifest.newest_first();
    let mut ranked: Vec<&(usize, Dataset)> = loaded.iter().collect();
    ranked.sort_by_key(|(index, _)| newest_first.iter().position(|n| n == index));
    for (index, data) in ranked {
        let Some(entry) = manifest.issues.get(*index) else {
            continue;
        };
        issues.push(entry.issue());
        skipped.extend(data.skipped.iter().cloned());
        for (at, article) in data.articles.iter().enumerate() {
            if !ids.insert(article.id.clone()) {
                skipped.push(Skipped {
                    index: at,
                    id: Some(article.id.clone()),
                    reason: format!("its id is used by an article of a newer issue than {}", entry.id),
                });
                continue;
            }
            let mut article = article.clone();
            article.issue = entry.id.clone();
            articles.push(article);
        }
        for org in &data.organisations {
            if !organisations.iter().any(|o: &crate::model::Organisation| o.id == org.id) {
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
        issues,
        skipped,
    }
}
