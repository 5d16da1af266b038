//! The dataset as the app reads it: schema version 1 of `public/data/articles.json`.
//!
//! Reading is tolerant (unknown fields are ignored, missing optional fields default) so that
//! an older app keeps working on a slightly richer dataset; the strict checks live in
//! `logic::validate`, which the build runs against the shipped file.

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The newest schema this app understands.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    pub schema_version: u32,
    #[serde(default)]
    pub publication: Publication,
    pub articles: Vec<Article>,
    /// Articles that could not be read and were left out, so the rest still shows.
    #[serde(skip)]
    pub skipped: Vec<Skipped>,
}

/// An article left out of the dataset, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// Its position in the file's `articles` (from 0).
    pub index: usize,
    /// Its id, when one could be read.
    pub id: Option<String>,
    pub reason: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Publication {
    pub title: String,
    pub issue: String,
    pub publisher: String,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub section: String,
    /// `YYYY-MM-DD`, or `YYYY-MM` when the source names only the month.
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub body: Vec<Block>,
    #[serde(default)]
    pub links: Vec<Link>,
    #[serde(default)]
    pub events: Vec<Event>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    Paragraph {
        text: String,
    },
    Heading {
        text: String,
    },
    List {
        #[serde(default)]
        ordered: bool,
        items: Vec<String>,
    },
    Table {
        columns: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

impl Block {
    /// Every piece of reader-visible text in the block, in reading order.
    pub fn texts(&self) -> Vec<&str> {
        match self {
            Block::Paragraph { text } | Block::Heading { text } => vec![text.as_str()],
            Block::List { items, .. } => items.iter().map(String::as_str).collect(),
            Block::Table { columns, rows } => columns
                .iter()
                .chain(rows.iter().flatten())
                .map(String::as_str)
                .collect(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link {
    pub url: String,
    #[serde(default)]
    pub label: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Meeting,
    Webinar,
    Training,
    Publication,
    Consultation,
    Deadline,
    Effective,
    /// A kind this app does not know yet: shown generically, rejected by the validator.
    #[serde(other)]
    Unknown,
}

impl EventKind {
    pub const ALL: [EventKind; 7] = [
        EventKind::Meeting,
        EventKind::Webinar,
        EventKind::Training,
        EventKind::Publication,
        EventKind::Consultation,
        EventKind::Deadline,
        EventKind::Effective,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Meeting => "meeting",
            EventKind::Webinar => "webinar",
            EventKind::Training => "training",
            EventKind::Publication => "publication",
            EventKind::Consultation => "consultation",
            EventKind::Deadline => "deadline",
            EventKind::Effective => "effective",
            EventKind::Unknown => "unknown",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            EventKind::Meeting => "Meeting",
            EventKind::Webinar => "Webinar",
            EventKind::Training => "Training",
            EventKind::Publication => "Publication",
            EventKind::Consultation => "Public consultation",
            EventKind::Deadline => "Deadline",
            EventKind::Effective => "Takes effect",
            EventKind::Unknown => "Event",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    pub title: String,
    pub kind: EventKind,
    /// `YYYY-MM-DD` or `YYYY-MM`.
    pub start: String,
    /// Inclusive last day, when the event spans several days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// `HH:MM`, local to `timezone`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    /// IANA zone name; required whenever `time` is set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
}

#[derive(Debug, Clone, Error, PartialEq)]
pub enum DatasetError {
    #[error("the data file is not valid JSON for this app: {0}")]
    Malformed(String),
    #[error(
        "the dataset is newer than this app (schema version {found}, this app reads up to \
         {supported}); reload the page to get the latest app"
    )]
    TooNew { found: u32, supported: u32 },
}

/// Only the version, read first, so a newer file is reported as newer rather than as broken.
#[derive(Deserialize)]
struct VersionProbe {
    schema_version: u32,
}

/// The file with each article still unparsed, so one broken article costs only itself.
#[derive(Deserialize)]
struct RawDataset<'a> {
    schema_version: u32,
    #[serde(default)]
    publication: Publication,
    #[serde(borrow)]
    articles: Vec<&'a serde_json::value::RawValue>,
}

#[derive(Deserialize)]
struct IdProbe {
    id: String,
}

impl Dataset {
    pub fn from_json(bytes: &[u8]) -> Result<Dataset, DatasetError> {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let too_new = |found: u32| DatasetError::TooNew {
            found,
            supported: SCHEMA_VERSION,
        };
        let raw: RawDataset = match serde_json::from_slice(bytes) {
            Ok(raw) => raw,
            // A newer schema may be unreadable as a whole: report it as newer, not as broken.
            Err(e) => {
                return Err(match serde_json::from_slice::<VersionProbe>(bytes) {
                    Ok(probe) if probe.schema_version > SCHEMA_VERSION => {
                        too_new(probe.schema_version)
                    }
                    _ => DatasetError::Malformed(e.to_string()),
                })
            }
        };
        if raw.schema_version > SCHEMA_VERSION {
            return Err(too_new(raw.schema_version));
        }
        let mut articles: Vec<Article> = Vec::with_capacity(raw.articles.len());
        let mut skipped = Vec::new();
        let mut ids = std::collections::HashSet::new();
        for (index, value) in raw.articles.into_iter().enumerate() {
            let skip = |reason: String| Skipped {
                index,
                id: serde_json::from_str::<IdProbe>(value.get())
                    .ok()
                    .map(|p| p.id),
                reason,
            };
            match serde_json::from_str::<Article>(value.get()) {
                Ok(article) if article.id.trim().is_empty() => {
                    skipped.push(skip("it has no id".into()))
                }
                Ok(article) if !ids.insert(article.id.clone()) => {
                    skipped.push(skip("its id is used by an earlier article".into()))
                }
                Ok(article) => articles.push(article),
                Err(e) => skipped.push(skip(e.to_string())),
            }
        }
        Ok(Dataset {
            schema_version: raw.schema_version,
            publication: raw.publication,
            articles,
            skipped,
        })
    }

    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"{
        "schema_version": 1,
        "publication": {"title": "T", "issue": "I", "publisher": "P", "source": "S"},
        "articles": [{"id": "a", "title": "A", "future_field": 3,
                      "body": [{"type": "list", "items": ["x"]}],
                      "events": [{"id": "e", "title": "E", "kind": "webinar", "start": "2021-09-16",
                                  "time": "10:00", "timezone": "Europe/Brussels"}]}]
    }"#;

    #[test]
    fn reads_a_minimal_dataset_and_ignores_unknown_fields() {
        let data = Dataset::from_json(MINIMAL.as_bytes()).unwrap();
        let article = data.article("a").unwrap();
        assert_eq!(article.section, "");
        assert_eq!(
            article.body,
            vec![Block::List {
                ordered: false,
                items: vec!["x".into()]
            }]
        );
        assert_eq!(article.events[0].kind, EventKind::Webinar);
        assert_eq!(
            article.events[0].timezone.as_deref(),
            Some("Europe/Brussels")
        );
    }

    #[test]
    fn a_byte_order_mark_is_not_an_error() {
        let with_bom = [b"\xEF\xBB\xBF".as_slice(), MINIMAL.as_bytes()].concat();
        assert!(Dataset::from_json(&with_bom).is_ok());
    }

    #[test]
    fn a_newer_schema_with_a_new_shape_is_still_reported_as_newer() {
        let newer = r#"{"schema_version": 2, "articles": {"by_id": {}}}"#;
        assert_eq!(
            Dataset::from_json(newer.as_bytes()).unwrap_err(),
            DatasetError::TooNew {
                found: 2,
                supported: 1
            }
        );
    }

    #[test]
    fn a_newer_schema_is_reported_as_newer_not_as_broken() {
        let newer = MINIMAL.replace("\"schema_version\": 1", "\"schema_version\": 2");
        let err = Dataset::from_json(newer.as_bytes()).unwrap_err();
        assert_eq!(
            err,
            DatasetError::TooNew {
                found: 2,
                supported: 1
            }
        );
        assert!(err.to_string().contains("newer than this app"));
    }

    #[test]
    fn garbage_is_malformed() {
        for bad in [
            "",
            "null",
            "[]",
            "<!doctype html><html></html>",
            "{\"schema_version\": 1",
        ] {
            assert!(
                matches!(
                    Dataset::from_json(bad.as_bytes()),
                    Err(DatasetError::Malformed(_))
                ),
                "{bad:?} should be malformed"
            );
        }
    }

    #[test]
    fn block_texts_cover_every_cell() {
        let table = Block::Table {
            columns: vec!["No.".into(), "TC".into()],
            rows: vec![vec!["1".into(), "ISO/TC20".into()]],
        };
        assert_eq!(table.texts(), vec!["No.", "TC", "1", "ISO/TC20"]);
    }

    #[test]
    fn event_kinds_round_trip_through_their_names() {
        for kind in EventKind::ALL {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
        }
    }
}
