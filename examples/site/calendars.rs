//! The calendars a calendar app subscribes to, beside the feeds: every event of the archive
//! (`ARCHIVE_CALENDAR_PATH`), and the events of each tag, organisation, document and event kind,
//! at the paths `logic::paths::calendar_path` gives, where the app's Subscribe links point.
//!
//! A tag's, organisation's or document's calendar holds the events of the articles that carry
//! the tag or name the organisation or document; a kind's, the events of that kind. An event
//! is the same `VEVENT` in every calendar that holds it: its newest version (an id a later
//! issue lists again is that issue's), with its revision from `build::revisions`, so its UID,
//! `SEQUENCE` and `LAST-MODIFIED` agree wherever a reader subscribed to it.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use standards_radar::logic::calendar::{occurrences, Occurrence};
use standards_radar::logic::ics::{subscription, Revision};
use standards_radar::logic::paths::{calendar_path, ARCHIVE_CALENDAR_PATH};
use standards_radar::logic::registry::FacetKind;
use standards_radar::model::{Article, ArticleIx, Dataset, Document, EventIx, EventKind};
use time::macros::date;

use crate::files::write;

/// The articles of each tag, organisation (both by `value_key`) and document (by id), as the
/// feeds group them.
pub struct Groups<'g, 'a> {
    pub tags: &'g [(String, String)],
    pub orgs: &'g [(String, String)],
    pub records: &'g [&'a Document],
    pub by_tag: &'g HashMap<String, Vec<&'a Article>>,
    pub by_org: &'g HashMap<String, Vec<&'a Article>>,
    pub by_doc: &'g HashMap<String, Vec<&'a Article>>,
}

/// Writes every calendar into `dist`; how many.
pub fn write_calendars(
    dist: &Path,
    site: &str,
    data: &Dataset,
    revisions: &HashMap<String, Revision>,
    groups: &Groups,
) -> Result<usize, String> {
    let events = current(data, revisions);
    let mut count = 0;
    let mut emit = |path: &str, name: &str, chosen: Vec<(Occurrence, Revision)>| {
        count += 1;
        write(dist, path, &subscription(data, name, &chosen, site))
    };
    emit(ARCHIVE_CALENDAR_PATH, "Standards Radar", events.clone())?;
    let named = |articles: Option<&Vec<&Article>>| -> Vec<(Occurrence, Revision)> {
        let ids: HashSet<&str> = articles
            .into_iter()
            .flatten()
            .flat_map(|a| a.events.iter().map(|e| e.id.as_str()))
            .collect();
        events
            .iter()
            .filter(|(o, _)| o.event(data).is_some_and(|e| ids.contains(e.id.as_str())))
            .copied()
            .collect()
    };
    for (tag, key) in groups.tags {
        if let Some(path) = calendar_path(FacetKind::Tag, tag) {
            let name = format!("Standards Radar: {tag}");
            emit(&path, &name, named(groups.by_tag.get(key)))?;
        }
    }
    for (org, key) in groups.orgs {
        if let Some(path) = calendar_path(FacetKind::Org, org) {
            let name = format!("Standards Radar: {org}");
            emit(&path, &name, named(groups.by_org.get(key)))?;
        }
    }
    for doc in groups.records {
        if let Some(path) = calendar_path(FacetKind::Doc, &doc.id) {
            let name = format!("Standards Radar: {}", doc.title);
            emit(&path, &name, named(groups.by_doc.get(&doc.id)))?;
        }
    }
    for kind in EventKind::ALL {
        if let Some(path) = calendar_path(FacetKind::Kind, kind.as_str()) {
            let name = format!("Standards Radar: {}", kind.label());
            let of_kind = events.iter().filter(|(o, _)| o.kind == kind).copied();
            emit(&path, &name, of_kind.collect())?;
        }
    }
    Ok(count)
}

/// Every event once, chronologically, as its newest version with its revision: the first
/// listing of its id in the dataset's order (the newest issue's articles first).
fn current(data: &Dataset, revisions: &HashMap<String, Revision>) -> Vec<(Occurrence, Revision)> {
    let mut first: HashMap<&str, (ArticleIx, EventIx)> = HashMap::new();
    for (ix, article) in data.indexed() {
        for (e, event) in article.events.iter().enumerate() {
            first.entry(event.id.as_str()).or_insert((ix, EventIx(e)));
        }
    }
    let all: Vec<ArticleIx> = data.indexed().map(|(ix, _)| ix).collect();
    occurrences(data, &all, &[])
        .into_iter()
        .filter_map(|o| {
            let id = o.event(data)?.id.as_str();
            if first.get(id) != Some(&(o.article, o.event)) {
                return None;
            }
            // Every event read from the files has a revision; this one never fails to be written.
            let revision = revisions.get(id).copied().unwrap_or(Revision {
                sequence: 0,
                modified: date!(1970 - 01 - 01),
            });
            Some((o, revision))
        })
        .collect()
}
