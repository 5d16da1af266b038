//! Each event's revision in the subscribed calendars (`logic::ics::subscription`): its
//! `SEQUENCE` and `LAST-MODIFIED`, worked out from the archive alone, since a static build keeps
//! no memory of the build before it.
//!
//! The rule: the archive holds one version of an event per issue that lists it (by its id). Read
//! the issues in the order they came out (by `published`, then as the manifest lists them), and
//! in each the first listing of an id:
//! - the first version is revision 0, modified on the first day of its issue's month;
//! - a version that differs from the one before in anything its `VEVENT` carries (the event's
//!   fields, its article's id, title and summary) is the next revision, modified on the first
//!   day of the month of the issue that brought it;
//! - a version repeated unchanged changes nothing.
//!
//! So adding an issue changes the revision of exactly the events it restates differently, and
//! `SEQUENCE` only grows as issues are added (a version that goes back to an earlier text is
//! still one more change). Issues are added, never rewritten, when the archive grows; an issue
//! file replaced in place (`make import … --replace`) keeps its month, so a correction made that
//! way changes an event without a new revision: a correction for subscribers is one a later
//! issue states.

use std::collections::{HashMap, HashSet};

use time::macros::date;
use time::Date;

use crate::build::archive_files::OnDisk;
use crate::logic::archive::Root;
use crate::logic::dates::Fuzzy;
use crate::logic::ics::Revision;
use crate::model::Dataset;

/// The day of a file that says nothing of when it came out.
const UNDATED: Date = date!(1970 - 01 - 01);

/// Every event's revision, by its id, from the issues (each with the day it came out).
pub fn revisions(issues: &[(Date, &Dataset)]) -> HashMap<String, Revision> {
    let mut in_order: Vec<&(Date, &Dataset)> = issues.iter().collect();
    // Stable: issues of one month stay in the order given.
    in_order.sort_by_key(|(published, _)| *published);
    let mut kept: HashMap<String, (String, Revision)> = HashMap::new();
    for (published, data) in in_order {
        let mut listed = HashSet::new();
        for article in &data.articles {
            for event in &article.events {
                if !listed.insert(event.id.as_str()) {
                    continue;
                }
                let version =
                    serde_json::to_string(&(event, &article.id, &article.title, &article.summary))
                        .unwrap_or_default();
                let next = match kept.get(&event.id) {
                    None => Revision {
                        sequence: 0,
                        modified: *published,
                    },
                    Some((before, _)) if *before == version => continue,
                    Some((_, revision)) => Revision {
                        sequence: revision.sequence.saturating_add(1),
                        modified: *published,
                    },
                };
                kept.insert(event.id.clone(), (version, next));
            }
        }
    }
    kept.into_iter()
        .map(|(id, (_, revision))| (id, revision))
        .collect()
}

/// The revisions of what is on disk: an archive's issues on the first day of the month each
/// came out; a single file on its newest article's day (it has no month of its own).
pub fn of_files(on_disk: &OnDisk) -> HashMap<String, Revision> {
    match &on_disk.root {
        Root::Single(data) => {
            let newest = data
                .articles
                .iter()
                .filter_map(|a| Fuzzy::parse(&a.date))
                .map(Fuzzy::first_day)
                .max()
                .unwrap_or(UNDATED);
            revisions(&[(newest, data)])
        }
        Root::Archive(manifest) => {
            let issues: Vec<(Date, &Dataset)> = on_disk
                .issues
                .iter()
                .filter_map(|(index, read)| {
                    let data = read.as_ref().ok()?;
                    let published = manifest
                        .issues
                        .get(*index)
                        .and_then(|entry| Fuzzy::parse(&entry.published))
                        .map_or(UNDATED, Fuzzy::first_day);
                    Some((published, data))
                })
                .collect();
            revisions(&issues)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::fixtures::{article, dataset, event};
    use crate::model::{Article, Event, EventKind};

    fn issue(events: Vec<Event>) -> Dataset {
        dataset(vec![Article {
            events,
            ..article("a", &[], "")
        }])
    }

    fn deadline(day: &str) -> Event {
        event("due", EventKind::Deadline, day, None)
    }

    fn at(sequence: u32, modified: Date) -> Option<Revision> {
        Some(Revision { sequence, modified })
    }

    #[test]
    fn a_first_version_is_revision_0_of_its_issues_month() {
        let june = issue(vec![deadline("2021-08-05")]);
        let all = revisions(&[(date!(2021 - 08 - 01), &june)]);
        assert_eq!(all.get("due").copied(), at(0, date!(2021 - 08 - 01)));
    }

    #[test]
    fn only_an_event_a_later_issue_changes_gets_a_new_revision() {
        let june = issue(vec![
            deadline("2021-08-05"),
            event("meets", EventKind::Meeting, "2021-09-01", None),
        ]);
        let august = issue(vec![
            deadline("2021-08-20"),
            event("meets", EventKind::Meeting, "2021-09-01", None),
            event("new", EventKind::Meeting, "2021-10-01", None),
        ]);
        let (aug, oct) = (date!(2021 - 08 - 01), date!(2021 - 10 - 01));
        // Given newest first: the order they came out is what counts.
        let all = revisions(&[(oct, &august), (aug, &june)]);
        assert_eq!(all.get("due").copied(), at(1, oct), "moved to the 20th");
        assert_eq!(all.get("meets").copied(), at(0, aug), "restated unchanged");
        assert_eq!(all.get("new").copied(), at(0, oct));
        // A third issue going back to the first date is one more change, never a step back.
        let december = issue(vec![deadline("2021-08-05")]);
        let dec = date!(2021 - 12 - 01);
        let all = revisions(&[(aug, &june), (oct, &august), (dec, &december)]);
        assert_eq!(all.get("due").copied(), at(2, dec));
    }

    #[test]
    fn what_the_event_shows_of_its_article_is_part_of_it() {
        let june = issue(vec![deadline("2021-08-05")]);
        let mut august = june.clone();
        if let Some(a) = august.articles.first_mut() {
            a.summary = "Extended.".into();
        }
        let oct = date!(2021 - 10 - 01);
        let all = revisions(&[(date!(2021 - 08 - 01), &june), (oct, &august)]);
        assert_eq!(all.get("due").copied(), at(1, oct));
    }

    #[test]
    fn an_id_listed_twice_in_one_issue_counts_once_as_first_listed() {
        let twice = issue(vec![deadline("2021-08-05"), deadline("2021-09-05")]);
        let all = revisions(&[(date!(2021 - 08 - 01), &twice)]);
        assert_eq!(all.get("due").copied(), at(0, date!(2021 - 08 - 01)));
    }
}
