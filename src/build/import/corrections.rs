//! A person's corrections of one issue's import: what the text cannot say. Reviewed like code,
//! applied by the importer; never a list of the articles or of their text.

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

impl ArticleFix {
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
