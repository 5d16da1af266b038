//! The facts of one build: where each issue file is served (its content-hashed name, by the
//! archive's own rule, `IssueEntry::url`) and every URL the service worker precaches. The site
//! build moves the issue files to those names and writes the facts into `build-facts.json`;
//! `scripts/service-worker.mjs`, the benchmark and the tests read that file, so none of them
//! keeps a rule of its own that could fall out of step with the app's.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::build::archive_files::sha256_hex;
use crate::logic::archive::{Manifest, ROOT_URL};

/// The file the facts are written to, at the top of the build.
pub const FACTS_FILE: &str = "build-facts.json";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BuildFacts {
    /// Every URL the service worker precaches, relative to the app: the app's own files
    /// (`is_shell_file`) in name order, the archive's manifest, then each issue file, newest
    /// first.
    pub precache: Vec<String>,
    /// The archive's issues, newest first: the first is the one the page preloads.
    pub issues: Vec<IssueFact>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssueFact {
    pub id: String,
    /// As the manifest lists it, relative to the manifest: `issues/2021-06-07.json`.
    pub file: String,
    /// Where the build put it and the app fetches it, relative to the app.
    pub url: String,
}

/// Whether a file at the top of the build is one the app needs to start: the page, the glue,
/// wasm and CSS Trunk hashed, the icon, the web manifest and the worker's registration. Not
/// the worker itself (the browser checks it anew), nor `page.css` (the stylesheet of the
/// article pages, which are not precached), nor what the build writes for others (the
/// sitemap, `robots.txt`, `_headers`, these facts) or what only installing asks for (the PNG
/// icons).
pub fn is_shell_file(name: &str) -> bool {
    const SHELL: [&str; 6] = [".html", ".js", ".wasm", ".css", ".svg", ".webmanifest"];
    name != "sw.js" && name != "page.css" && SHELL.iter().any(|ext| name.ends_with(ext))
}

/// The facts of a build whose top-level files are `names`, with the archive `manifest` (`None`
/// when the data is a single schema-1 file: no issue files).
pub fn facts(names: impl IntoIterator<Item = String>, manifest: Option<&Manifest>) -> BuildFacts {
    let mut precache: Vec<String> = names.into_iter().filter(|n| is_shell_file(n)).collect();
    precache.sort();
    precache.push(ROOT_URL.to_string());
    let issues: Vec<IssueFact> = manifest.map_or_else(Vec::new, |manifest| {
        manifest
            .newest_first()
            .iter()
            .filter_map(|&i| manifest.issues.get(i))
            .map(|entry| IssueFact {
                id: entry.id.clone(),
                file: entry.file.clone(),
                url: entry.url(),
            })
            .collect()
    });
    precache.extend(issues.iter().map(|issue| issue.url.clone()));
    BuildFacts { precache, issues }
}

/// Moves each issue file of the build in `dist` from the name the manifest lists to its
/// content-hashed name, once its bytes are checked against the manifest's SHA-256; returns
/// how many. The plain copy does not stay: `_headers` marks all of `data/issues/` immutable
/// for a year, and a name whose bytes change with a correction must not be served that way;
/// with no plain copy, a request for one fails at once instead of working by accident.
pub fn publish_issues(dist: &Path, manifest: &Manifest) -> Result<usize, String> {
    let data = dist.join("data");
    for entry in &manifest.issues {
        let from = data.join(inside(&entry.file)?);
        let to = dist.join(inside(&entry.url())?);
        let bytes = std::fs::read(&from).map_err(|e| format!("{}: {e}", from.display()))?;
        if !sha256_hex(&bytes).eq_ignore_ascii_case(entry.sha256.trim()) {
            return Err(format!(
                "{}: its SHA-256 is not the one the manifest lists",
                from.display()
            ));
        }
        std::fs::rename(&from, &to).map_err(|e| format!("{}: {e}", to.display()))?;
    }
    Ok(manifest.issues.len())
}

/// Writes the facts of the build in `dist`, its top-level files as they are now, into
/// `FACTS_FILE` there.
pub fn write_facts(dist: &Path, manifest: Option<&Manifest>) -> Result<BuildFacts, String> {
    let listing = std::fs::read_dir(dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    let mut names = Vec::new();
    for item in listing {
        let item = item.map_err(|e| format!("{}: {e}", dist.display()))?;
        if item.file_type().is_ok_and(|t| t.is_file()) {
            if let Some(name) = item.file_name().to_str() {
                names.push(name.to_string());
            }
        }
    }
    let facts = facts(names, manifest);
    let mut json = serde_json::to_string_pretty(&facts).map_err(|e| e.to_string())?;
    json.push('\n');
    let path = dist.join(FACTS_FILE);
    std::fs::write(&path, json).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(facts)
}

/// `path` as a path inside the build: relative, every step a name (no `.`, `..` or `\`), so a
/// manifest cannot make the build read or write outside it.
fn inside(path: &str) -> Result<PathBuf, String> {
    let plain = !path.contains('\\')
        && path
            .split('/')
            .all(|step| !step.is_empty() && step != "." && step != "..");
    if plain {
        Ok(PathBuf::from(path))
    } else {
        Err(format!("{path:?} is not a path inside the build"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::archive::{IssueEntry, ARCHIVE_SCHEMA};

    fn entry(id: &str, published: &str, bytes: &[u8]) -> IssueEntry {
        IssueEntry {
            id: id.into(),
            title: format!("Issue {id}"),
            published: published.into(),
            file: format!("issues/{id}.json"),
            articles: 0,
            sha256: sha256_hex(bytes),
        }
    }

    fn manifest(issues: Vec<IssueEntry>) -> Manifest {
        Manifest {
            schema_version: ARCHIVE_SCHEMA,
            title: "Archive".into(),
            publisher: "P".into(),
            issues,
        }
    }

    /// A folder of its own under the system's temporary folder, empty.
    fn folder(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("radar-facts-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("data/issues")).unwrap();
        dir
    }

    #[test]
    fn the_precache_list_is_the_app_the_manifest_and_each_issue_under_its_hashed_name() {
        let old = entry("2021-06-07", "2021-08", b"old");
        let new = entry("2021-08-09", "2021-10", b"new");
        let names = [
            "sw.js",
            "index.html",
            "standards-radar-1a2b_bg.wasm",
            "standards-radar-1a2b.js",
            "main-3c4d.css",
            "page.css",
            "favicon.svg",
            "icon-192.png",
            "manifest.webmanifest",
            "register-sw.js",
            "robots.txt",
            "sitemap.xml",
            "feed.xml",
            "_headers",
            FACTS_FILE,
        ];
        let archive = manifest(vec![old.clone(), new.clone()]);
        let facts = facts(names.iter().map(|n| n.to_string()), Some(&archive));
        assert_eq!(
            facts.precache,
            vec![
                "favicon.svg".to_string(),
                "index.html".into(),
                "main-3c4d.css".into(),
                "manifest.webmanifest".into(),
                "register-sw.js".into(),
                "standards-radar-1a2b.js".into(),
                "standards-radar-1a2b_bg.wasm".into(),
                "data/archive.json".into(),
                new.url(),
                old.url(),
            ]
        );
        assert_eq!(
            facts.issues.first().map(|i| i.url.as_str()),
            Some(format!("data/issues/2021-08-09.{}.json", &new.sha256[..16]).as_str()),
            "newest first, under the archive's own name for it"
        );
        assert!(facts.precache.iter().all(|url| !url.contains('?')));
        let single = super::facts(["index.html".to_string()], None);
        assert_eq!(single.precache, vec!["index.html", "data/archive.json"]);
        assert!(single.issues.is_empty());
    }

    #[test]
    fn publishing_moves_each_checked_issue_file_to_its_hashed_name() {
        let dist = folder("publish");
        std::fs::write(dist.join("data/issues/a.json"), b"issue a").unwrap();
        let a = entry("a", "2021-08", b"issue a");
        assert_eq!(publish_issues(&dist, &manifest(vec![a.clone()])), Ok(1));
        assert_eq!(std::fs::read(dist.join(a.url())).unwrap(), b"issue a");
        assert!(!dist.join("data/issues/a.json").exists(), "no plain copy");
        let written = write_facts(&dist, Some(&manifest(vec![a.clone()]))).unwrap();
        let read: BuildFacts =
            serde_json::from_slice(&std::fs::read(dist.join(FACTS_FILE)).unwrap()).unwrap();
        assert_eq!(read, written);
        assert_eq!(
            read.precache,
            vec!["data/archive.json".to_string(), a.url()]
        );
        let _ = std::fs::remove_dir_all(&dist);
    }

    #[test]
    fn a_file_that_is_not_the_listed_one_or_outside_the_build_is_refused() {
        let dist = folder("refuse");
        std::fs::write(dist.join("data/issues/a.json"), b"corrected later").unwrap();
        let stale = entry("a", "2021-08", b"issue a");
        let refused = publish_issues(&dist, &manifest(vec![stale]));
        assert!(refused.is_err_and(|e| e.contains("SHA-256")));
        assert!(dist.join("data/issues/a.json").exists(), "left as it was");
        let outside = IssueEntry {
            file: "../../etc/passwd".into(),
            ..entry("b", "2021-08", b"x")
        };
        let refused = publish_issues(&dist, &manifest(vec![outside]));
        assert!(refused.is_err_and(|e| e.contains("not a path inside")));
        let _ = std::fs::remove_dir_all(&dist);
    }
}
