//! The strict checks a dataset must pass before it ships.
//!
//! The app reads tolerantly; this is where sloppiness is caught, at build time, with a message
//! that names the article and the field so that whoever edits the JSON can find the spot.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use crate::logic::dates::{parse_time, Fuzzy};
use crate::logic::links::safe_http_url;
use crate::logic::text::value_key;
use crate::model::{Article, Dataset, EventKind, SCHEMA_VERSION};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The article id, or `dataset` for problems of the file as a whole.
    pub article: String,
    /// A path into the article, e.g. `events[2].end`.
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} / {}: {}", self.article, self.field, self.message)
    }
}

/// Every problem in the dataset; empty means it may ship.
pub fn validate(data: &Dataset) -> Vec<Problem> {
    let mut out = Problems::default();
    if data.schema_version != SCHEMA_VERSION {
        out.push(
            "dataset",
            "schema_version",
            format!("must be {SCHEMA_VERSION}, is {}", data.schema_version),
        );
    }
    let publication = &data.publication;
    for (field, value) in [
        ("publication.title", &publication.title),
        ("publication.issue", &publication.issue),
        ("publication.publisher", &publication.publisher),
    ] {
        if value.trim().is_empty() {
            out.push("dataset", field, "is empty".into());
        }
    }
    if data.articles.is_empty() {
        out.push("dataset", "articles", "there are no articles".into());
    }
    for skipped in &data.skipped {
        let article = skipped.id.as_deref().unwrap_or("dataset");
        out.push(
            article,
            format!("articles[{}]", skipped.index),
            format!("cannot be read: {}", skipped.reason),
        );
    }

    let mut article_ids = HashSet::new();
    let mut event_ids = HashSet::new();
    for article in &data.articles {
        if !article_ids.insert(article.id.as_str()) {
            out.push(&article.id, "id", "duplicate article id".into());
        }
        check_article(article, &mut event_ids, &mut out);
    }
    check_tag_spellings(data, &mut out);
    check_names(data, &mut out);
    out.0.extend(crate::build::validate_documents::check(data));
    out.0
}

/// Every organisation an article names is listed, once, with a full name and a known kind;
/// every document is named once, in one form.
fn check_names(data: &Dataset, out: &mut Problems) {
    let mut listed = HashSet::new();
    for (i, org) in data.organisations.iter().enumerate() {
        let field = format!("organisations[{i}]");
        if !listed.insert(org.id.as_str()) {
            out.push(
                "dataset",
                field.clone(),
                format!("{:?} is listed twice", org.id),
            );
        }
        if org.id.trim().is_empty() || org.name.trim().is_empty() {
            out.push("dataset", field.clone(), "needs an id and a name".into());
        }
        if org
            .name_zh
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c.is_ascii())
        {
            out.push(
                "dataset",
                format!("{field}.name_zh"),
                format!("{:?} is not a Chinese name", org.name_zh),
            );
        }
        if org.kind == crate::model::OrgKind::Other {
            out.push(
                "dataset",
                field,
                format!("{:?} has an unknown kind", org.id),
            );
        }
    }
    for article in &data.articles {
        for org in article.orgs.iter().filter(|o| !listed.contains(o.as_str())) {
            let message = format!("{org:?} is not in the dataset's organisations");
            out.push(&article.id, "orgs", message);
        }
        for doc in article
            .docs
            .iter()
            .filter(|d| d.trim().is_empty() || d.trim() != *d)
        {
            let message = format!("{doc:?} is empty or has stray whitespace");
            out.push(&article.id, "docs", message);
        }
        for (field, values) in [("orgs", &article.orgs), ("docs", &article.docs)] {
            let mut seen = HashSet::new();
            for value in values.iter().filter(|v| !seen.insert(v.as_str())) {
                out.push(&article.id, field, format!("{value:?} is listed twice"));
            }
        }
    }
}

/// The problems found so far: each validator (dataset, documents, archive) adds to one.
#[derive(Default)]
pub(crate) struct Problems(Vec<Problem>);

impl Problems {
    pub(crate) fn into_vec(self) -> Vec<Problem> {
        self.0
    }

    pub(crate) fn push(&mut self, article: &str, field: impl Into<String>, message: String) {
        self.0.push(Problem {
            article: article.to_string(),
            field: field.into(),
            message,
        });
    }
}

fn check_article<'a>(article: &'a Article, event_ids: &mut HashSet<&'a str>, out: &mut Problems) {
    let id = article.id.as_str();
    if !is_slug(id) {
        out.push(
            id,
            "id",
            "must be non-empty and only a-z, 0-9 and '-'".into(),
        );
    }
    for (field, value) in [
        ("title", &article.title),
        ("section", &article.section),
        ("summary", &article.summary),
    ] {
        if value.trim().is_empty() {
            out.push(id, field, "is empty".into());
        } else if value.trim() != value || value.contains("  ") || value.contains('\n') {
            out.push(id, field, "has stray whitespace".into());
        }
    }
    if Fuzzy::parse(&article.date).is_none() {
        out.push(
            id,
            "date",
            format!("{:?} is not YYYY-MM-DD or YYYY-MM", article.date),
        );
    }

    let mut seen_tags = HashSet::new();
    for (i, tag) in article.tags.iter().enumerate() {
        let field = format!("tags[{i}]");
        if tag.trim().is_empty() {
            out.push(id, field, "empty tag".into());
        } else if tag.trim() != tag || tag.starts_with('#') || tag.contains("  ") {
            out.push(
                id,
                field,
                format!("{tag:?} is not normalised (no '#', no stray spaces)"),
            );
        } else if !seen_tags.insert(value_key(tag)) {
            out.push(id, field, format!("{tag:?} is listed twice"));
        }
    }

    check_body(article, out);

    let mut seen_urls = HashSet::new();
    for (i, link) in article.links.iter().enumerate() {
        let field = format!("links[{i}].url");
        match safe_http_url(&link.url) {
            None => out.push(id, field, format!("{:?} is not an http(s) URL", link.url)),
            Some(url) => {
                if !seen_urls.insert(url.to_string()) {
                    out.push(id, field, format!("{} is listed twice", link.url));
                }
            }
        }
        if link.label.trim().is_empty() {
            out.push(id, format!("links[{i}].label"), "is empty".into());
        }
    }

    for (i, event) in article.events.iter().enumerate() {
        let at = |name: &str| format!("events[{i}].{name}");
        if !is_slug(&event.id) {
            out.push(
                id,
                at("id"),
                "must be non-empty and only a-z, 0-9 and '-'".into(),
            );
        } else if !event_ids.insert(event.id.as_str()) {
            out.push(id, at("id"), format!("duplicate event id {:?}", event.id));
        }
        if event.title.trim().is_empty() {
            out.push(id, at("title"), "is empty".into());
        }
        if event.kind == EventKind::Unknown {
            out.push(id, at("kind"), "unknown event kind".into());
        }
        let start = Fuzzy::parse(&event.start);
        if start.is_none() {
            out.push(id, at("start"), format!("{:?} is not a date", event.start));
        }
        if let Some(end) = &event.end {
            match (start, Fuzzy::parse(end)) {
                (_, None) => out.push(id, at("end"), format!("{end:?} is not a date")),
                (Some(s), Some(e)) if e.last_day() < s.first_day() => out.push(
                    id,
                    at("end"),
                    format!("{end} is before start {}", event.start),
                ),
                _ => {}
            }
        }
        check_clock(event, &at, id, out);
    }
}

fn check_clock(
    event: &crate::model::Event,
    at: &dyn Fn(&str) -> String,
    id: &str,
    out: &mut Problems,
) {
    let time = event.time.as_deref().map(|t| (t, parse_time(t)));
    let end_time = event.end_time.as_deref().map(|t| (t, parse_time(t)));
    for (name, value) in [("time", time), ("end_time", end_time)] {
        if let Some((raw, None)) = value {
            out.push(id, at(name), format!("{raw:?} is not HH:MM"));
        }
    }
    if time.is_some() {
        match event.timezone.as_deref() {
            None => out.push(id, at("timezone"), "a time needs a time zone".into()),
            Some(tz) if !is_iana_zone_name(tz) => out.push(
                id,
                at("timezone"),
                format!("{tz:?} is not an IANA zone name"),
            ),
            Some(_) => {}
        }
        if Fuzzy::parse(&event.start).is_some_and(Fuzzy::is_month_only) {
            out.push(
                id,
                at("time"),
                "a time needs a day, not only a month".into(),
            );
        }
    } else if end_time.is_some() {
        out.push(id, at("end_time"), "an end time needs a start time".into());
    }
    if let (Some((_, Some(t0))), Some((_, Some(t1))), None) = (time, end_time, &event.end) {
        if t1 <= t0 {
            out.push(id, at("end_time"), "ends before it starts".into());
        }
    }
}

fn check_body(article: &Article, out: &mut Problems) {
    let id = article.id.as_str();
    if article.body.is_empty() {
        out.push(id, "body", "is empty".into());
    }
    let link_urls: HashSet<&str> = article.links.iter().map(|l| l.url.as_str()).collect();
    let mut urls_in_body: HashSet<String> = HashSet::new();
    for (b, block) in article.body.iter().enumerate() {
        let field = format!("body[{b}]");
        if let crate::model::Block::Table { columns, rows } = block {
            for (r, row) in rows.iter().enumerate() {
                if row.len() != columns.len() {
                    out.push(
                        id,
                        format!("{field}.rows[{r}]"),
                        format!("has {} cells for {} columns", row.len(), columns.len()),
                    );
                }
            }
        }
        let texts = block.texts();
        if texts.is_empty() {
            out.push(id, field.clone(), "has no text".into());
        }
        // A number alone is a page number in running text, but a fine table cell.
        let in_table = matches!(block, crate::model::Block::Table { .. });
        for text in texts {
            if let Some(why) = debris(text, in_table) {
                out.push(id, field.clone(), format!("{why}: {:?}", clip(text)));
            }
            for url in urls_in(text) {
                if link_urls.contains(url) {
                    out.push(id, field.clone(), format!("repeats the link {url}"));
                } else if !urls_in_body.insert(url.to_string()) {
                    out.push(id, field.clone(), format!("repeats the URL {url}"));
                }
            }
        }
    }
}

/// Why `text` looks like something the PDF left behind rather than something the author wrote.
fn debris(text: &str, in_table: bool) -> Option<&'static str> {
    let t = text.trim();
    if t.is_empty() {
        return Some("empty text");
    }
    if !in_table && t.trim_end_matches('.').chars().all(|c| c.is_ascii_digit()) {
        return Some("a bare page number");
    }
    if t != text || text.contains("  ") || text.contains('\n') {
        return Some("stray whitespace or a line break");
    }
    if text
        .chars()
        .any(|c| ('\u{E000}'..='\u{F8FF}').contains(&c) || c.is_control())
    {
        return Some("a private-use glyph or control character");
    }
    if text.contains("%20http") {
        return Some("a mangled URL");
    }
    None
}

fn urls_in(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace()
        .filter(|w| w.starts_with("http://") || w.starts_with("https://"))
        .map(|w| w.trim_end_matches(['.', ',', ';', ')']))
}

fn clip(text: &str) -> String {
    text.chars().take(60).collect()
}

pub(crate) fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// `Area/Location` (or `UTC`): the shape of an IANA name; the full list is not bundled.
fn is_iana_zone_name(tz: &str) -> bool {
    tz == "UTC"
        || tz.split_once('/').is_some_and(|(area, place)| {
            !area.is_empty()
                && !place.is_empty()
                && area.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                && tz
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '_' | '-' | '+'))
        })
}

/// Tags that differ only in case, spacing or punctuation must be one tag.
fn check_tag_spellings(data: &Dataset, out: &mut Problems) {
    let mut spellings: BTreeMap<String, (String, String)> = BTreeMap::new();
    for article in &data.articles {
        for (i, tag) in article.tags.iter().enumerate() {
            let key = value_key(tag);
            match spellings.get(&key) {
                Some((first, where_)) if first != tag => out.push(
                    &article.id,
                    format!("tags[{i}]"),
                    format!("{tag:?} is spelled {first:?} in {where_}"),
                ),
                Some(_) => {}
                None => {
                    spellings.insert(key, (tag.clone(), article.id.clone()));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, Event, Link, Publication};

    fn event(id: &str, start: &str) -> Event {
        Event {
            id: id.into(),
            title: "Event".into(),
            kind: EventKind::Meeting,
            start: start.into(),
            end: None,
            time: None,
            end_time: None,
            timezone: None,
            location: None,
        }
    }

    fn article(id: &str) -> Article {
        Article {
            id: id.into(),
            title: "A title".into(),
            section: "Standardization".into(),
            date: "2021-07-05".into(),
            tags: vec!["5G".into()],
            summary: "A summary.".into(),
            body: vec![Block::Paragraph {
                text: "Some text.".into(),
            }],
            links: vec![Link {
                url: "https://example.org/a".into(),
                label: "Source".into(),
            }],
            events: vec![event(&format!("{id}-e"), "2021-07-05")],
            orgs: vec![],
            docs: vec![],
            issue: String::new(),
        }
    }

    fn dataset(articles: Vec<Article>) -> Dataset {
        Dataset {
            schema_version: 1,
            publication: Publication {
                title: "Newsletter".into(),
                issue: "June-July 2021".into(),
                publisher: "SESEC".into(),
                source: "seed".into(),
            },
            organisations: vec![],
            documents: vec![],
            issues: vec![],
            articles,
            skipped: vec![],
        }
    }

    /// Validates one article after `edit`, and returns `article / field: message` lines.
    fn problems_after(edit: impl FnOnce(&mut Article)) -> Vec<String> {
        let mut a = article("a");
        edit(&mut a);
        validate(&dataset(vec![a]))
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    fn assert_flags(problems: &[String], expected: &str) {
        assert!(
            problems.iter().any(|p| p.contains(expected)),
            "expected a problem containing {expected:?}, got {problems:#?}"
        );
    }

    #[test]
    fn a_clean_article_passes() {
        assert_eq!(problems_after(|_| {}), Vec::<String>::new());
    }

    #[test]
    fn duplicate_ids_fire() {
        let problems = validate(&dataset(vec![article("a"), {
            let mut b = article("a");
            b.events[0].id = "other".into();
            b
        }]));
        assert!(problems
            .iter()
            .any(|p| p.article == "a" && p.field == "id" && p.message.contains("duplicate")));
        let problems = problems_after(|a| a.events.push(event("a-e", "2021-07-06")));
        assert_flags(&problems, "a / events[1].id: duplicate event id");
    }

    #[test]
    fn organisations_and_documents_are_checked() {
        let problems = problems_after(|a| {
            a.orgs = vec!["MIIT".into(), "MIIT".into()];
            a.docs = vec!["GB 21670".into(), " GB 1".into(), "GB 21670".into()];
        });
        assert_flags(
            &problems,
            "a / orgs: \"MIIT\" is not in the dataset's organisations",
        );
        assert_flags(&problems, "a / orgs: \"MIIT\" is listed twice");
        assert_flags(
            &problems,
            "a / docs: \" GB 1\" is empty or has stray whitespace",
        );
        assert_flags(&problems, "a / docs: \"GB 21670\" is listed twice");
        let mut data = dataset(vec![Article {
            orgs: vec!["MIIT".into()],
            ..article("a")
        }]);
        data.organisations = vec![crate::model::Organisation {
            id: "MIIT".into(),
            name: "Ministry of Industry and Information Technology".into(),
            name_zh: "工业和信息化部".into(),
            kind: crate::model::OrgKind::Ministry,
        }];
        assert!(validate(&data).is_empty(), "{:?}", validate(&data));
        data.organisations[0].name_zh = "工业和信息化部 MIIT".into();
        let problems: Vec<String> = validate(&data).iter().map(ToString::to_string).collect();
        assert_flags(
            &problems,
            "dataset / organisations[0].name_zh: \"工业和信息化部 MIIT\" is not a Chinese name",
        );
    }

    #[test]
    fn bad_ids_fire() {
        assert_flags(&problems_after(|a| a.id = "Bad Id".into()), "Bad Id / id");
    }

    #[test]
    fn bad_and_impossible_dates_fire() {
        assert_flags(
            &problems_after(|a| a.date = "2021-02-30".into()),
            "a / date",
        );
        assert_flags(&problems_after(|a| a.date = "July 2021".into()), "a / date");
        assert_flags(
            &problems_after(|a| a.events[0].start = "2021-13".into()),
            "a / events[0].start",
        );
    }

    #[test]
    fn end_before_start_fires() {
        let problems = problems_after(|a| a.events[0].end = Some("2021-07-04".into()));
        assert_flags(&problems, "a / events[0].end: 2021-07-04 is before start");
        assert!(problems_after(|a| a.events[0].end = Some("2021-07-06".into())).is_empty());
    }

    #[test]
    fn a_time_without_a_zone_fires() {
        let problems = problems_after(|a| a.events[0].time = Some("10:00".into()));
        assert_flags(
            &problems,
            "a / events[0].timezone: a time needs a time zone",
        );
        let problems = problems_after(|a| {
            a.events[0].time = Some("10:00".into());
            a.events[0].timezone = Some("Brussels time".into());
        });
        assert_flags(&problems, "events[0].timezone");
        let problems = problems_after(|a| {
            a.events[0].time = Some("10:00".into());
            a.events[0].end_time = Some("09:00".into());
            a.events[0].timezone = Some("Europe/Brussels".into());
        });
        assert_flags(&problems, "events[0].end_time: ends before it starts");
        assert_flags(
            &problems_after(|a| a.events[0].time = Some("25:00".into())),
            "events[0].time",
        );
    }

    #[test]
    fn unknown_event_kinds_fire() {
        let mut a = article("a");
        a.events[0].kind = EventKind::Unknown;
        let problems = validate(&dataset(vec![a]));
        assert!(problems.iter().any(|p| p.field == "events[0].kind"));
        // And the same when the kind comes from JSON.
        let json = serde_json::to_string(&dataset(vec![article("a")]))
            .unwrap()
            .replace("\"meeting\"", "\"party\"");
        let parsed = Dataset::from_json(json.as_bytes()).unwrap();
        assert!(validate(&parsed)
            .iter()
            .any(|p| p.field == "events[0].kind"));
    }

    #[test]
    fn non_web_links_fire() {
        for bad in [
            "javascript:alert(1)",
            "data:text/html,hi",
            "ftp://x.org/a",
            "www.x.org",
        ] {
            let problems = problems_after(|a| a.links[0].url = bad.into());
            assert_flags(&problems, "a / links[0].url");
        }
        let problems = problems_after(|a| a.links.push(a.links[0].clone()));
        assert_flags(
            &problems,
            "links[1].url: https://example.org/a is listed twice",
        );
    }

    #[test]
    fn empty_and_unnormalised_tags_fire() {
        assert_flags(
            &problems_after(|a| a.tags.push(String::new())),
            "a / tags[1]: empty tag",
        );
        assert_flags(
            &problems_after(|a| a.tags.push(" ".into())),
            "tags[1]: empty tag",
        );
        assert_flags(&problems_after(|a| a.tags.push("#ETSI".into())), "tags[1]");
        assert_flags(&problems_after(|a| a.tags.push(" ETSI".into())), "tags[1]");
        assert_flags(
            &problems_after(|a| a.tags.push("5g".into())),
            "listed twice",
        );
    }

    #[test]
    fn near_duplicate_tag_spellings_across_articles_fire() {
        let mut b = article("b");
        b.events[0].id = "b-e".into();
        b.tags = vec!["Data security".into()];
        let mut c = article("c");
        c.events[0].id = "c-e".into();
        c.tags = vec!["Data Security".into()];
        let problems = validate(&dataset(vec![b, c]));
        assert!(
            problems.iter().any(|p| p.article == "c"
                && p.field == "tags[0]"
                && p.message.contains("spelled \"Data security\" in b")),
            "{problems:#?}"
        );
    }

    #[test]
    fn page_numbers_and_repeated_urls_in_the_body_fire() {
        let paragraph = |t: &str| Block::Paragraph { text: t.into() };
        assert_flags(
            &problems_after(|a| a.body.push(paragraph("14."))),
            "a / body[1]: a bare page number",
        );
        assert_flags(
            &problems_after(|a| {
                a.body
                    .push(paragraph("See https://example.org/a for more."))
            }),
            "a / body[1]: repeats the link https://example.org/a",
        );
        assert_flags(
            &problems_after(|a| {
                a.body.push(paragraph("https://x.org/y"));
                a.body.push(paragraph("https://x.org/y"));
            }),
            "a / body[2]: repeats the URL https://x.org/y",
        );
        assert_flags(
            &problems_after(|a| a.body.push(paragraph("broken\nline"))),
            "stray whitespace",
        );
        assert_flags(
            &problems_after(|a| a.body.push(paragraph("\u{F0B7} bullet glyph"))),
            "private-use glyph",
        );
    }

    #[test]
    fn ragged_tables_fire() {
        let problems = problems_after(|a| {
            a.body.push(Block::Table {
                columns: vec!["No.".into(), "TC".into()],
                rows: vec![vec!["1".into()]],
            })
        });
        assert_flags(&problems, "a / body[1].rows[0]: has 1 cells for 2 columns");
    }

    #[test]
    fn empty_required_fields_fire() {
        assert_flags(
            &problems_after(|a| a.title = String::new()),
            "a / title: is empty",
        );
        assert_flags(
            &problems_after(|a| a.summary = " x".into()),
            "a / summary: has stray",
        );
        assert_flags(&problems_after(|a| a.body.clear()), "a / body: is empty");
    }
}
