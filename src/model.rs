//! The dataset as the app reads it: schema version 1, the shape of a single file and of each
//! issue file of the archive (`logic::archive` reads the archive's manifest).
//!
//! Reading is tolerant (unknown fields are ignored, missing optional fields default) so that
//! an older app keeps working on a slightly richer dataset; the strict checks live in
//! `build::validate`, which the build runs against the shipped file.

use serde::{Deserialize, Serialize};
use thiserror::Error;

mod documents;
pub use documents::{DocIx, DocKind, DocRelation, DocStep, Document, Relation, Stage};

/// The schema of a dataset file: a single file, or one issue of an archive
/// (`logic::archive` reads the archive's manifest, schema 2).
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    pub schema_version: u32,
    #[serde(default)]
    pub publication: Publication,
    pub articles: Vec<Article>,
    /// The organisations the articles name (`Article::orgs`), with their full names and kinds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organisations: Vec<Organisation>,
    /// The documents the articles name (`Article::docs`), as records.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<Document>,
    /// The archive's issues, newest first (`logic::archive::assemble`); empty for a single
    /// file. Written in exports, never read from a file: the manifest says what the issues are.
    #[serde(skip_deserializing, skip_serializing_if = "Vec::is_empty")]
    pub issues: Vec<Issue>,
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
    /// The organisations the article names, by `Organisation::id` (read from the text at build
    /// time: `examples/extract.rs`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub orgs: Vec<String>,
    /// The documents the article names, by `Document::id` (read from the text at build time).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub docs: Vec<String>,
    /// The id of the archive issue it appeared in: set when the archive is assembled, never
    /// read from a file (an issue file is one issue; an export names it for its readers).
    #[serde(skip_deserializing, skip_serializing_if = "String::is_empty")]
    pub issue: String,
}

/// One issue of the newsletter, as the archive's manifest lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Issue {
    /// Its id in links: `2021-06-07`.
    pub id: String,
    /// "June–July 2021".
    pub title: String,
    /// `YYYY-MM`.
    pub published: String,
}

/// An organisation the newsletter names: a ministry, a standards body, an association.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organisation {
    /// Its short name, as readers use it: `MIIT`, `SAC`, `CEN-CENELEC`.
    pub id: String,
    /// Its full name: "Ministry of Industry and Information Technology".
    pub name: String,
    /// Its official Chinese name, where the table is certain of it: "工业和信息化部".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name_zh: String,
    pub kind: OrgKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OrgKind {
    /// A Chinese ministry or government agency.
    Ministry,
    StandardsBody,
    Association,
    /// An international or European body.
    International,
    #[serde(other)]
    Other,
}

impl OrgKind {
    pub const ALL: [OrgKind; 5] = [
        OrgKind::Ministry,
        OrgKind::StandardsBody,
        OrgKind::Association,
        OrgKind::International,
        OrgKind::Other,
    ];

    /// Its name in files and links, as serde writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            OrgKind::Ministry => "ministry",
            OrgKind::StandardsBody => "standards-body",
            OrgKind::Association => "association",
            OrgKind::International => "international",
            OrgKind::Other => "other",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            OrgKind::Ministry => "Chinese ministry or agency",
            OrgKind::StandardsBody => "Standards body",
            OrgKind::Association => "Industry association",
            OrgKind::International => "International or European body",
            OrgKind::Other => "Organisation",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", try_from = "BlockFields")]
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

/// A block as written, every field optional: read in one pass, where serde reads an internally
/// tagged enum by first buffering each object into a generic tree (more code in the wasm).
#[derive(Deserialize)]
struct BlockFields {
    #[serde(rename = "type")]
    kind: String,
    text: Option<String>,
    #[serde(default)]
    ordered: bool,
    items: Option<Vec<String>>,
    columns: Option<Vec<String>>,
    rows: Option<Vec<Vec<String>>>,
}

impl TryFrom<BlockFields> for Block {
    type Error = String;

    fn try_from(fields: BlockFields) -> Result<Block, String> {
        let missing = |field: &str| format!("a {} block needs `{field}`", fields.kind);
        Ok(match fields.kind.as_str() {
            "paragraph" => Block::Paragraph {
                text: fields.text.ok_or_else(|| missing("text"))?,
            },
            "heading" => Block::Heading {
                text: fields.text.ok_or_else(|| missing("text"))?,
            },
            "list" => Block::List {
                ordered: fields.ordered,
                items: fields.items.ok_or_else(|| missing("items"))?,
            },
            "table" => Block::Table {
                columns: fields.columns.ok_or_else(|| missing("columns"))?,
                rows: fields.rows.ok_or_else(|| missing("rows"))?,
            },
            other => return Err(format!("unknown block type `{other}`")),
        })
    }
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
    /// A call for members, experts or proposals, open until a closing day.
    Call,
    /// Something established, founded or launched (a centre, a project, a working group), or a
    /// law passed.
    Milestone,
    /// A kind this app does not know yet: shown generically, rejected by the validator.
    #[serde(other)]
    Unknown,
}

impl EventKind {
    pub const ALL: [EventKind; 9] = [
        EventKind::Meeting,
        EventKind::Webinar,
        EventKind::Training,
        EventKind::Publication,
        EventKind::Consultation,
        EventKind::Deadline,
        EventKind::Effective,
        EventKind::Call,
        EventKind::Milestone,
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
            EventKind::Call => "call",
            EventKind::Milestone => "milestone",
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
            EventKind::Call => "Call for participation",
            EventKind::Milestone => "Milestone",
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
    /// Read on its own: a broken list costs the organisations' full names, not the file.
    #[serde(borrow, default)]
    organisations: Option<&'a serde_json::value::RawValue>,
    /// Read on its own too: a broken list costs the document records.
    #[serde(borrow, default)]
    documents: Option<&'a serde_json::value::RawValue>,
}

#[derive(Deserialize)]
struct IdProbe {
    id: String,
}

/// The articles read so far, less those without an id or with one already taken.
#[derive(Default)]
struct Admission {
    articles: Vec<Article>,
    skipped: Vec<Skipped>,
    ids: rustc_hash::FxHashSet<String>,
}

impl Admission {
    fn admit(&mut self, index: usize, article: Article) {
        let reason = if article.id.trim().is_empty() {
            "it has no id"
        } else if !self.ids.insert(article.id.clone()) {
            "its id is used by an earlier article"
        } else {
            self.articles.push(article);
            return;
        };
        self.reject(index, Some(article.id), reason.into());
    }

    fn reject(&mut self, index: usize, id: Option<String>, reason: String) {
        self.skipped.push(Skipped { index, id, reason });
    }

    fn into_dataset(
        self,
        schema_version: u32,
        publication: Publication,
        organisations: Vec<Organisation>,
        documents: Vec<Document>,
    ) -> Dataset {
        Dataset {
            schema_version,
            publication,
            articles: self.articles,
            organisations,
            documents,
            issues: Vec::new(),
            skipped: self.skipped,
        }
    }
}

impl Dataset {
    pub fn from_json(bytes: &[u8]) -> Result<Dataset, DatasetError> {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let too_new = |found: u32| DatasetError::TooNew {
            found,
            supported: SCHEMA_VERSION,
        };
        // The common case, a file with nothing wrong, in one pass; only a file with a broken
        // article pays for the second, article by article.
        if let Ok(whole) = serde_json::from_slice::<Dataset>(bytes) {
            if whole.schema_version > SCHEMA_VERSION {
                return Err(too_new(whole.schema_version));
            }
            let mut admission = Admission::default();
            for (index, article) in whole.articles.into_iter().enumerate() {
                admission.admit(index, article);
            }
            return Ok(admission.into_dataset(
                whole.schema_version,
                whole.publication,
                whole.organisations,
                whole.documents,
            ));
        }
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
        let mut admission = Admission::default();
        for (index, value) in raw.articles.into_iter().enumerate() {
            // Bytes, as above, not `from_str`: one copy of every deserializer in the wasm,
            // not two (22 KB).
            match serde_json::from_slice::<Article>(value.get().as_bytes()) {
                Ok(article) => admission.admit(index, article),
                Err(e) => admission.reject(
                    index,
                    serde_json::from_slice::<IdProbe>(value.get().as_bytes())
                        .ok()
                        .map(|p| p.id),
                    e.to_string(),
                ),
            }
        }
        let organisations = raw
            .organisations
            .and_then(|list| serde_json::from_slice(list.get().as_bytes()).ok())
            .unwrap_or_default();
        let documents = raw
            .documents
            .and_then(|list| serde_json::from_slice(list.get().as_bytes()).ok())
            .unwrap_or_default();
        Ok(admission.into_dataset(
            raw.schema_version,
            raw.publication,
            organisations,
            documents,
        ))
    }

    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// The article at `ix`, if `ix` is of this dataset.
    pub fn get(&self, ix: ArticleIx) -> Option<&Article> {
        self.articles.get(ix.0)
    }

    /// Where the article with this id stands.
    pub fn position(&self, id: &str) -> Option<ArticleIx> {
        self.articles.iter().position(|a| a.id == id).map(ArticleIx)
    }

    /// The articles with their positions.
    pub fn indexed(&self) -> impl Iterator<Item = (ArticleIx, &Article)> {
        self.articles
            .iter()
            .enumerate()
            .map(|(i, a)| (ArticleIx(i), a))
    }
}

/// The position of an article in `Dataset::articles`: meaningful only for the dataset it was
/// taken from, which is why the app keeps a dataset and everything derived from it together
/// (`logic::library::Library`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ArticleIx(pub usize);

/// The position of an event in its article's `events`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EventIx(pub usize);

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

    fn skipped_of(json: &str) -> Vec<(usize, Option<String>, String)> {
        Dataset::from_json(json.as_bytes())
            .unwrap()
            .skipped
            .into_iter()
            .map(|s| (s.index, s.id, s.reason))
            .collect()
    }

    /// A clean file is read in one pass and a file with a broken article article by article:
    /// both must skip the same articles for the same reasons.
    #[test]
    fn one_pass_and_article_by_article_reading_skip_alike() {
        let articles = r#"{"id": "a", "title": "A"}, {"id": " ", "title": "Blank"},
                          {"id": "a", "title": "Again"}"#;
        let clean = format!(r#"{{"schema_version": 1, "articles": [{articles}]}}"#);
        let broken = format!(
            r#"{{"schema_version": 1, "articles": [{articles}, {{"id": "b", "title": 7}}]}}"#
        );
        let expected = vec![
            (1, Some(" ".to_string()), "it has no id".to_string()),
            (
                2,
                Some("a".to_string()),
                "its id is used by an earlier article".to_string(),
            ),
        ];
        assert_eq!(skipped_of(&clean), expected);
        let with_broken = skipped_of(&broken);
        assert_eq!(with_broken[..2], expected[..]);
        assert_eq!(with_broken[2].0, 3);
        assert_eq!(with_broken[2].1.as_deref(), Some("b"));
    }

    #[test]
    fn a_block_of_unknown_type_or_without_its_text_skips_its_article() {
        let json = r#"{"schema_version": 1, "articles": [
            {"id": "a", "title": "A", "body": [{"type": "video", "src": "x"}]},
            {"id": "b", "title": "B", "body": [{"type": "heading"}]},
            {"id": "c", "title": "C", "body": [{"text": "no type"}]},
            {"id": "d", "title": "D", "body": [{"type": "table", "columns": ["x"], "rows": [["1"]]},
                                                {"type": "list", "items": ["y"], "ordered": true}]}
        ]}"#;
        let data = Dataset::from_json(json.as_bytes()).unwrap();
        let reasons: Vec<&str> = data.skipped.iter().map(|s| s.reason.as_str()).collect();
        assert_eq!(reasons.len(), 3, "{reasons:?}");
        assert!(
            reasons[0].contains("unknown block type `video`"),
            "{}",
            reasons[0]
        );
        assert!(
            reasons[1].contains("a heading block needs `text`"),
            "{}",
            reasons[1]
        );
        assert!(
            reasons[2].contains("missing field `type`"),
            "{}",
            reasons[2]
        );
        assert_eq!(data.articles.len(), 1);
        assert_eq!(data.articles[0].body.len(), 2);
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
        for kind in OrgKind::ALL {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
        }
    }
}
