//! The corrections skeleton: every article and event of a draft by its draft id, with each
//! field a person may set and its draft value, in the corrections file's own shape. A person
//! copies what is wrong into the corrections and edits it there; nobody has to read the
//! issue file to find an id to correct.

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde::Serialize as DeriveSerialize;

use crate::model::{Article, Event, EventKind};

#[derive(DeriveSerialize)]
pub struct Skeleton<'a> {
    /// How to use it, in the file itself.
    #[serde(rename = "//")]
    about: &'static str,
    first_section: Option<&'a str>,
    replace: [(); 0],
    articles: Ordered<ArticleFields<'a>>,
}

#[derive(DeriveSerialize)]
struct ArticleFields<'a> {
    id: &'a str,
    title: &'a str,
    section: &'a str,
    date: &'a str,
    tags: &'a [String],
    summary: &'a str,
    links: Ordered<&'a str>,
    events: Ordered<EventFields<'a>>,
}

#[derive(DeriveSerialize)]
struct EventFields<'a> {
    id: &'a str,
    title: &'a str,
    kind: EventKind,
    start: &'a str,
    end: Option<&'a str>,
    location: Option<&'a str>,
}

/// A map in the order of the issue, not of its keys.
struct Ordered<T>(Vec<(String, T)>);

impl<T: Serialize> Serialize for Ordered<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in &self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

const ABOUT: &str = "The draft's articles and events by draft id, with their draft values. Copy what is wrong into the issue's corrections file (this shape, under \"articles\"), keep only the fields you change (and an id to keep), and import again. The importer rewrites this file on every import.";

/// The skeleton of `articles`, an import made without corrections (so every key is a draft id).
pub fn skeleton(articles: &[Article]) -> Skeleton<'_> {
    Skeleton {
        about: ABOUT,
        // Empty when the archive has no section to open the issue with: for a person to set.
        first_section: articles
            .first()
            .map(|a| a.section.as_str())
            .filter(|s| !s.is_empty()),
        replace: [],
        articles: Ordered(
            articles
                .iter()
                .map(|a| {
                    let fields = ArticleFields {
                        id: &a.id,
                        title: &a.title,
                        section: &a.section,
                        date: &a.date,
                        tags: &a.tags,
                        summary: &a.summary,
                        links: Ordered(
                            a.links
                                .iter()
                                .map(|l| (l.url.clone(), l.label.as_str()))
                                .collect(),
                        ),
                        events: Ordered(a.events.iter().map(event).collect()),
                    };
                    (a.id.clone(), fields)
                })
                .collect(),
        ),
    }
}

fn event(e: &Event) -> (String, EventFields<'_>) {
    let fields = EventFields {
        id: &e.id,
        title: &e.title,
        kind: e.kind,
        start: &e.start,
        end: e.end.as_deref(),
        location: e.location.as_deref(),
    };
    (e.id.clone(), fields)
}

/// The skeleton as a file: pretty JSON, one field a line, ending with a newline.
pub fn to_bytes(articles: &[Article]) -> Result<Vec<u8>, String> {
    let mut bytes = serde_json::to_vec_pretty(&skeleton(articles)).map_err(|e| e.to_string())?;
    bytes.push(b'\n');
    Ok(bytes)
}
