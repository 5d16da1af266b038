//! A person's corrections of one issue's import: what the text cannot say. Reviewed like code,
//! applied by the importer; never a list of the articles or of their text.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::model::{Block, Event, EventKind};

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Corrections {
    /// The section of the articles above the first section header the text prints (the PDF
    /// puts the first one on its cover).
    pub first_section: Option<String>,
    /// Typos and extraction glitches, fixed wherever they occur: `[wrong, right]`.
    pub replace: Vec<(String, String)>,
    /// Per article, by the id the importer drafts for it (the slug of its title).
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
