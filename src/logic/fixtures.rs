//! Small datasets for the logic tests, built in one place.

use crate::model::{Article, Block, Dataset, Event, EventKind, Publication};

/// A one-day (or `end`-long) event with nothing optional set.
pub fn event(id: &str, kind: EventKind, start: &str, end: Option<&str>) -> Event {
    Event {
        id: id.into(),
        title: id.into(),
        kind,
        start: start.into(),
        end: end.map(Into::into),
        time: None,
        end_time: None,
        timezone: None,
        location: None,
    }
}

/// An article of section "Standardization", dated 1 July 2021, with one paragraph.
pub fn article(id: &str, tags: &[&str], text: &str) -> Article {
    Article {
        id: id.into(),
        title: format!("Title {id}"),
        section: "Standardization".into(),
        date: "2021-07-01".into(),
        tags: tags.iter().map(|t| t.to_string()).collect(),
        summary: String::new(),
        body: vec![Block::Paragraph { text: text.into() }],
        links: vec![],
        events: vec![],
        orgs: vec![],
        docs: vec![],
        issue: String::new(),
    }
}

pub fn dataset(articles: Vec<Article>) -> Dataset {
    Dataset {
        schema_version: 1,
        publication: Publication::default(),
        articles,
        organisations: vec![],
        documents: vec![],
        issues: vec![],
        skipped: vec![],
    }
}
