//! A person's corrections of one issue's import: what the text cannot say. Reviewed like code,
//! applied by the importer; never a list of the issue's articles or of their text.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::build::import::layout::squash;
use crate::model::{Article, Block, Event, EventKind};

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Corrections {
    /// A note to whoever reads the file (the skeleton says how to use it); not read.
    #[serde(rename = "//")]
    pub note: Option<String>,
    /// The section of the articles above the first section header the text prints (the PDF
    /// puts the first one on its cover).
    pub first_section: Option<String>,
    /// Typos and extraction glitches, fixed wherever they occur: `[wrong, right]`.
    pub replace: Vec<(String, String)>,
    /// Per article, by the id the importer drafts for it (`ids::short_id` of its title; the
    /// corrections skeleton lists them).
    pub articles: BTreeMap<String, ArticleFix>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ArticleFix {
    /// The id it keeps: an id, once published, is a link forever.
    pub id: Option<String>,
    pub title: Option<String>,
    pub section: Option<String>,
    pub date: Option<String>,
    /// Its tags, where the hashtags are wrong or missing.
    pub tags: Option<Vec<String>>,
    pub summary: Option<String>,
    /// Lines that are sub-headings, as printed (a numbered one loses its number).
    pub headings: Vec<String>,
    /// Lines that start a new paragraph though the line before ends no sentence, by their
    /// opening words (a list of names, then the text).
    pub breaks: Vec<String>,
    /// Blocks that do not belong to the article, by their opening words.
    pub drop: Vec<String>,
    /// A table the PDF broke apart, given whole.
    pub table: Option<TableFix>,
    /// Blocks added at the end (what the text prints twice, in pieces, once and whole).
    pub append: Vec<Block>,
    /// Labels of the article's links by URL; a URL labelled "" is not the article's.
    pub links: BTreeMap<String, String>,
    /// Proposed events by their draft id: fields replaced, or dropped.
    pub events: BTreeMap<String, EventFix>,
    /// Events the text gives in no form the importer reads.
    pub add_events: Vec<Event>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableFix {
    /// The opening words of the first block the table replaces; every block from it to the
    /// end of the article is the broken table.
    pub from: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EventFix {
    /// Not an event after all.
    pub drop: bool,
    pub id: Option<String>,
    pub title: Option<String>,
    pub kind: Option<EventKind>,
    pub start: Option<String>,
    pub end: Option<String>,
    pub location: Option<String>,
}

/// How much a corrections file asks of a person: the ids it keeps (an id once published is a
/// link forever, so these are no judgement) and its edits, everything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Size {
    pub kept_ids: usize,
    /// One for each replace pair, field set, list entry (a heading, a break, a dropped block,
    /// an appended block), link label, event field (a drop too) and added event; a table is one.
    pub edits: usize,
}

impl Corrections {
    pub fn size(&self) -> Size {
        let mut size = Size {
            kept_ids: 0,
            edits: self.replace.len() + usize::from(self.first_section.is_some()),
        };
        for fix in self.articles.values() {
            size.kept_ids += usize::from(fix.id.is_some());
            let fields = [&fix.title, &fix.section, &fix.date, &fix.summary];
            size.edits += fields.iter().filter(|f| f.is_some()).count()
                + usize::from(fix.tags.is_some())
                + fix.headings.len()
                + fix.breaks.len()
                + fix.drop.len()
                + usize::from(fix.table.is_some())
                + fix.append.len()
                + fix.links.len()
                + fix.add_events.len();
            for event in fix.events.values() {
                size.kept_ids += usize::from(event.id.is_some());
                let fields = [&event.title, &event.start, &event.end, &event.location];
                size.edits += fields.iter().filter(|f| f.is_some()).count()
                    + usize::from(event.kind.is_some())
                    + usize::from(event.drop);
            }
        }
        size
    }
}

impl ArticleFix {
    /// What these corrections name that `draft` does not have: a correction written for an
    /// earlier draft, which would otherwise be skipped without a word.
    pub fn unmatched(&self, draft: &Article) -> Vec<String> {
        let starts = |opening: &str| {
            draft
                .body
                .iter()
                .any(|b| b.texts().first().is_some_and(|t| t.starts_with(opening)))
        };
        let events = self
            .events
            .keys()
            .filter(|id| !draft.events.iter().any(|e| &e.id == *id))
            .map(|id| format!("event \"{id}\""));
        let links = self
            .links
            .keys()
            .filter(|url| !draft.links.iter().any(|l| &l.url == *url))
            .map(|url| format!("link {url}"));
        let drops = self
            .drop
            .iter()
            .filter(|d| !starts(d))
            .map(|d| format!("drop \"{d}\""));
        let table = self
            .table
            .iter()
            .filter(|t| !starts(&t.from))
            .map(|t| format!("table from \"{}\"", t.from));
        // An event added by hand that the importer now drafts itself would be there twice.
        let added = self
            .add_events
            .iter()
            .filter(|a| {
                draft
                    .events
                    .iter()
                    .any(|e| e.kind == a.kind && e.start == a.start)
            })
            .map(|a| {
                format!(
                    "added event \"{}\" (the draft has its kind and start now)",
                    a.id
                )
            });
        events
            .chain(links)
            .chain(drops)
            .chain(table)
            .chain(added)
            .collect()
    }

    /// Applies this article's corrections to its draft, last: every other step is the text's.
    pub fn apply(&self, article: &mut Article) {
        let fix = self;
        let keep = |s: &mut String, v: &Option<String>| {
            if let Some(v) = v {
                s.clone_from(v);
            }
        };
        keep(&mut article.title, &fix.title);
        keep(&mut article.section, &fix.section);
        keep(&mut article.date, &fix.date);
        keep(&mut article.summary, &fix.summary);
        if let Some(tags) = &fix.tags {
            article.tags.clone_from(tags);
        }
        article.body.retain(|b| {
            !b.texts()
                .first()
                .is_some_and(|text| fix.drop.iter().any(|d| text.starts_with(d.as_str())))
        });
        // A heading the PDF printed over several lines: a paragraph that is all heading.
        for block in &mut article.body {
            if let Block::Paragraph { text } = block {
                if fix.headings.iter().any(|h| squash(h) == *text) {
                    *block = Block::Heading {
                        text: std::mem::take(text),
                    };
                }
            }
        }
        if let Some(table) = &fix.table {
            let from = article.body.iter().position(|b| {
                b.texts()
                    .first()
                    .is_some_and(|t| t.starts_with(table.from.as_str()))
            });
            if let Some(from) = from {
                article.body.truncate(from);
                article.body.push(Block::Table {
                    columns: table.columns.clone(),
                    rows: table.rows.clone(),
                });
            }
        }
        article.body.extend(fix.append.iter().cloned());
        article
            .links
            .retain(|l| fix.links.get(&l.url).is_none_or(|label| !label.is_empty()));
        for link in &mut article.links {
            if let Some(label) = fix.links.get(&link.url) {
                link.label.clone_from(label);
            }
        }
        article
            .events
            .retain(|e| !fix.events.get(&e.id).is_some_and(|f| f.drop));
        for event in &mut article.events {
            if let Some(f) = fix.events.get(&event.id) {
                f.apply(event);
            }
        }
        article.events.extend(fix.add_events.iter().cloned());
        keep(&mut article.id, &fix.id);
    }
}

impl EventFix {
    pub fn apply(&self, event: &mut Event) {
        let set = |field: &mut String, value: &Option<String>| {
            if let Some(v) = value {
                *field = v.clone();
            }
        };
        set(&mut event.id, &self.id);
        set(&mut event.title, &self.title);
        set(&mut event.start, &self.start);
        if let Some(kind) = self.kind {
            event.kind = kind;
        }
        if self.end.is_some() {
            event.end = self.end.clone();
        }
        if self.location.is_some() {
            event.location = self.location.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_id_is_no_edit_and_every_other_thing_set_is_one() {
        let corrections: Corrections = serde_json::from_str(
            r#"{"first_section": "Standardization", "replace": [["Anew", "A new"]],
                "articles": {"a": {"id": "kept", "tags": ["IoT", "5G"], "headings": ["One", "Two"],
                  "links": {"https://example.com/": "The Measures"},
                  "events": {"e": {"id": "kept-event"}, "f": {"title": "T", "kind": "meeting"},
                             "g": {"drop": true}},
                  "add_events": [{"id": "n", "title": "N", "kind": "meeting", "start": "2021-07"}]}}}"#,
        )
        .unwrap();
        // first_section, replace, tags, 2 headings, link, title, kind, drop, added event.
        assert_eq!(
            corrections.size(),
            Size {
                kept_ids: 2,
                edits: 10
            }
        );
    }
}
