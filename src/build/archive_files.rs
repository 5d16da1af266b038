//! The archive on disk, for the command-line tools (site, ICS, validator, importer): read the
//! manifest and every issue file it lists, checking each file's SHA-256.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::build::issue_id::check_issue;
use crate::logic::archive::{assemble, read_issue, read_root, IssueEntry, Manifest, Root};
use crate::model::Dataset;

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// An issue file's path: beside the manifest, as its entry names it.
pub fn issue_path(manifest_path: &Path, entry: &IssueEntry) -> PathBuf {
    manifest_path
        .parent()
        .unwrap_or_else(|| Path::new("."))
        .join(&entry.file)
}

/// What the root file at `path` holds, and each issue file as read (or why it could not be).
pub struct OnDisk {
    pub root: Root,
    pub issues: Vec<(usize, Result<Dataset, String>)>,
}

/// The root file at `path`, read; the message names the file.
fn read_root_at(path: &str) -> Result<Root, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    read_root(&bytes).map_err(|e| format!("{path}: {e}"))
}

pub fn read_on_disk(path: &str) -> Result<OnDisk, String> {
    let root = read_root_at(path)?;
    let mut issues = Vec::new();
    if let Root::Archive(manifest) = &root {
        for (index, entry) in manifest.issues.iter().enumerate() {
            let file = issue_path(Path::new(path), entry);
            let read = std::fs::read(&file)
                .map_err(|e| e.to_string())
                .and_then(|bytes| {
                    read_issue(entry, &sha256_hex(&bytes), &bytes).map_err(|e| e.to_string())
                })
                .map_err(|e| format!("{}: {e}", file.display()));
            issues.push((index, read));
        }
    }
    Ok(OnDisk { root, issues })
}

impl OnDisk {
    /// The dataset the app would show: a single file as it is, an archive assembled from all
    /// its issues. Any issue that cannot be read is an error here: the tools build what ships.
    pub fn into_dataset(self) -> Result<Dataset, String> {
        match self.root {
            Root::Single(data) => Ok(data),
            Root::Archive(manifest) => {
                let mut loaded = Vec::new();
                for (index, read) in self.issues {
                    loaded.push((index, read?));
                }
                Ok(assemble(&manifest, &loaded))
            }
        }
    }
}

/// The dataset the app would show of the root file at `path` (`OnDisk::into_dataset`).
pub fn read_dataset(path: &str) -> Result<Dataset, String> {
    read_on_disk(path)?.into_dataset()
}

/// The manifest at `path`, for tools that add to it.
pub fn read_manifest(path: &str) -> Result<Manifest, String> {
    match read_root_at(path)? {
        Root::Archive(manifest) => Ok(manifest),
        Root::Single(_) => Err(format!(
            "{path} is a single dataset, not an archive manifest"
        )),
    }
}

/// JSON as the repository keeps it: one-space indent and a final newline, so files diff cleanly.
pub fn to_file_bytes<T: serde::Serialize>(value: &T) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    let mut writer = serde_json::Serializer::with_formatter(
        &mut bytes,
        serde_json::ser::PrettyFormatter::with_indent(b" "),
    );
    value.serialize(&mut writer).map_err(|e| e.to_string())?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// What an issue is called, besides its file.
pub struct IssueName {
    pub id: String,
    pub title: String,
    pub published: String,
}

/// Whether adding an issue may replace one with the same id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    Refuse,
    Replace,
}

/// Writes `data` as the issue file `issues/<id>.json` beside the manifest and lists it there
/// with its article count and hash (the manifest is created when there is none). Nothing is
/// written when the id is no issue id or its month published does not follow its months
/// (`Months`), when the id is taken and `existing` is `Refuse`, or when an article id is
/// already used by another issue.
pub fn add_issue(
    manifest_path: &str,
    name: &IssueName,
    data: &Dataset,
    existing: Existing,
) -> Result<IssueEntry, String> {
    check_issue(&name.id, &name.published)?;
    if name.title.trim().is_empty() {
        return Err(format!("issue {} has no title", name.id));
    }
    let mut manifest = if Path::new(manifest_path).exists() {
        read_manifest(manifest_path)?
    } else {
        Manifest {
            schema_version: crate::logic::archive::ARCHIVE_SCHEMA,
            title: data.publication.title.clone(),
            publisher: data.publication.publisher.clone(),
            issues: Vec::new(),
        }
    };
    if existing == Existing::Refuse && manifest.issues.iter().any(|e| e.id == name.id) {
        return Err(format!(
            "issue {} is already in {manifest_path}: choose another id, or replace it (--replace)",
            name.id
        ));
    }
    for other in manifest.issues.iter().filter(|e| e.id != name.id) {
        let file = issue_path(Path::new(manifest_path), other);
        let taken = std::fs::read(&file)
            .map_err(|e| e.to_string())
            .and_then(|b| Dataset::from_json(&b).map_err(|e| e.to_string()))
            .map_err(|e| format!("{}: {e}", file.display()))?;
        if let Some(clash) = data
            .articles
            .iter()
            .find(|a| taken.article(&a.id).is_some())
        {
            return Err(format!(
                "article id {} is already used by issue {}: ids are links and must be unique across the archive",
                clash.id, other.id
            ));
        }
    }
    // The file names its issue and archive itself, so it still reads as a single dataset.
    let mut data = data.clone();
    data.schema_version = crate::model::SCHEMA_VERSION;
    data.publication.issue = name.title.clone();
    data.publication.title = manifest.title.clone();
    data.publication.publisher = manifest.publisher.clone();
    data.issues.clear();
    for article in &mut data.articles {
        article.issue.clear();
    }
    let bytes = to_file_bytes(&data)?;
    let entry = IssueEntry {
        id: name.id.clone(),
        title: name.title.clone(),
        published: name.published.clone(),
        file: format!("issues/{}.json", name.id),
        articles: data.articles.len(),
        sha256: sha256_hex(&bytes),
    };
    let file = issue_path(Path::new(manifest_path), &entry);
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    manifest.issues.retain(|e| e.id != entry.id);
    manifest.issues.push(entry.clone());
    // Oldest first, as the newsletter came out: a new issue is a new last entry in the diff.
    manifest
        .issues
        .sort_by(|a, b| (&a.published, &a.id).cmp(&(&b.published, &b.id)));
    let manifest_bytes = to_file_bytes(&manifest)?;
    write_both([
        (file.as_path(), bytes.as_slice()),
        (Path::new(manifest_path), manifest_bytes.as_slice()),
    ])?;
    Ok(entry)
}

/// Writes the issue file and the manifest together: each to a temporary file beside it first,
/// renamed into place only when both are written, so a write that fails (a full disk, a
/// folder that cannot be written) leaves the archive as it was. Only the renames come after,
/// and a rename within a folder needs no space.
fn write_both(files: [(&Path, &[u8]); 2]) -> Result<(), String> {
    let temporary = |path: &Path| {
        let mut name = path.as_os_str().to_owned();
        name.push(".tmp");
        PathBuf::from(name)
    };
    for (path, bytes) in files {
        if let Err(e) = std::fs::write(temporary(path), bytes) {
            for (written, _) in files {
                let _ = std::fs::remove_file(temporary(written));
            }
            return Err(format!("{}: {e}", temporary(path).display()));
        }
    }
    for (path, _) in files {
        std::fs::rename(temporary(path), path).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}
