//! The importer without corrections against the hand-checked expectation (`truth`), field by
//! field, each a share with every miss named: what `make import-check` prints for the seed and
//! for each of its layout variants.

use crate::build::import::blocks::{is_detail, numbered};
use crate::build::import::pointer_wording;
use crate::build::import::score::Share;
use crate::build::import::truth::{
    headings, lcs_matched, list_items, paragraphs, text_key, title_key, Truth, TruthArticle,
    TruthEvent,
};
use crate::build::import::truth_check::JUDGED_SECTIONS;
use crate::model::{Article, Event, EventKind};

/// One measure: its name, its share, and what it missed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: &'static str,
    pub share: Share,
    /// Hits only by one of the importer's conventions (`truth_check::CONVENTIONS`).
    pub by_convention: usize,
    pub misses: Vec<Miss>,
}

/// One thing the draft did not get right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Miss {
    /// The article's title as the truth has it.
    pub article: String,
    pub expected: String,
    pub got: String,
}

/// How a text is scored: what it prints of what the truth records.
pub struct Scoring<'a> {
    /// The section the text prints for the truth's section (the earlier layouts' names).
    pub section: &'a dyn Fn(&str) -> String,
    /// The text prints hashtags: the truth's tags are read from them. A text without any (the
    /// earlier layouts) has no tags to score: the field is left out, not scored empty.
    pub hashtags: bool,
}

/// The fields, in the order printed.
pub const FIELDS: [&str; 16] = [
    "articles found (recall)",
    "articles found (precision)",
    "title exact",
    "section",
    "date",
    "tags (articles printing hashtags)",
    "summary (articles the Takeaways summarise)",
    "paragraphs (in order)",
    "headings (in order)",
    "list items (in order)",
    "links (URL)",
    "events (recall, kind and start)",
    "events (precision, kind and start)",
    "event end",
    "event time",
    "event zone",
];

#[derive(Debug, Default)]
struct Fields(Vec<Field>);

impl Fields {
    fn add(&mut self, name: &'static str, hit: bool, miss: impl FnOnce() -> Miss) {
        self.add_by(name, hit, false, miss);
    }

    /// `strict`: equal as compared; `convention`: equal after the importer's convention.
    fn add_by(
        &mut self,
        name: &'static str,
        strict: bool,
        convention: bool,
        miss: impl FnOnce() -> Miss,
    ) {
        let hit = strict || convention;
        let field = match self.0.iter_mut().position(|f| f.name == name) {
            Some(at) => self.0.get_mut(at),
            None => {
                self.0.push(Field {
                    name,
                    share: Share::default(),
                    by_convention: 0,
                    misses: Vec::new(),
                });
                self.0.last_mut()
            }
        };
        if let Some(field) = field {
            field.share.of += 1;
            field.share.hits += usize::from(hit);
            field.by_convention += usize::from(!strict && convention);
            if !hit {
                field.misses.push(miss());
            }
        }
    }
}

fn miss(article: &str, expected: impl Into<String>, got: impl Into<String>) -> Miss {
    Miss {
        article: article.to_string(),
        expected: expected.into(),
        got: got.into(),
    }
}

/// The draft's fields against the truth's, every field that applies, in `FIELDS`' order.
pub fn score(draft: &[Article], truth: &Truth, how: &Scoring) -> Vec<Field> {
    let mut f = Fields::default();
    let mut paired = vec![false; draft.len()];
    for t in &truth.articles {
        let key = title_key(&t.title);
        let found = draft
            .iter()
            .enumerate()
            .find(|(i, d)| !paired.get(*i).copied().unwrap_or(true) && title_key(&d.title) == key);
        f.add(FIELDS[0], found.is_some(), || {
            miss(&t.title, "found", "no draft article of this title")
        });
        if let Some((i, d)) = found {
            if let Some(p) = paired.get_mut(i) {
                *p = true;
            }
            article(&mut f, d, t, how);
        }
    }
    for (d, p) in draft.iter().zip(&paired) {
        f.add(FIELDS[1], *p, || {
            miss(&d.title, "no draft article", "an article the truth has not")
        });
    }
    let mut fields = f.0;
    fields.sort_by_key(|field| FIELDS.iter().position(|n| *n == field.name));
    fields
}

fn article(f: &mut Fields, d: &Article, t: &TruthArticle, how: &Scoring) {
    let title = t.title.as_str();
    // Exact but for whitespace, quotes and dashes (`text_key`).
    f.add(FIELDS[2], text_key(&d.title) == text_key(&t.title), || {
        miss(title, &t.title, &d.title)
    });
    // A section the truth's writer chose where the text prints none is no reading to score.
    if !JUDGED_SECTIONS
        .iter()
        .any(|(judged, _)| *judged == t.section)
    {
        let section = (how.section)(&t.section);
        let folded = d.section.to_lowercase() == section.to_lowercase();
        f.add_by(FIELDS[3], d.section == section, folded, || {
            miss(title, section.clone(), &d.section)
        });
    }
    f.add(FIELDS[4], d.date == t.date, || {
        miss(title, &t.date, &d.date)
    });
    // Tags are the hashtags printed: an article printing none has no tags to read (those the
    // importer proposes are the archive's, for a person to choose), and a layout printing
    // none has none at all.
    if how.hashtags && !t.tags.is_empty() {
        let lower = |tags: &[String]| tags.iter().map(|t| t.to_lowercase()).collect::<Vec<_>>();
        f.add_by(
            FIELDS[5],
            d.tags == t.tags,
            lower(&d.tags) == lower(&t.tags),
            || miss(title, t.tags.join(", "), d.tags.join(", ")),
        );
    }
    // The Takeaways summarise a selection of the articles; for the others the truth records
    // an empty summary while the importer, by design (a card needs one), makes it of the
    // opening paragraph: that is no reading of the text to score, so they are left out.
    if !t.summary.is_empty() {
        let (got, want) = (text_key(&d.summary), text_key(&t.summary));
        // The Takeaways' opening sentences: the truth's starts with the draft's, at a
        // sentence's end.
        let cut = !got.is_empty()
            && got.ends_with(['.', '!', '?'])
            && want.starts_with(&got)
            && want
                .get(got.len()..)
                .is_some_and(|rest| rest.starts_with(' '));
        f.add_by(FIELDS[6], got == want, cut, || {
            miss(title, &t.summary, &d.summary)
        });
    }
    let plain = |t: &str| t.to_string();
    let listed_items = list_items(d);
    in_order(
        f,
        FIELDS[7],
        title,
        &t.paragraphs,
        &paragraphs(d),
        &pointer_wording,
        &|p: &str| paragraph_listed(p, &listed_items),
    );
    in_order(
        f,
        FIELDS[8],
        title,
        &t.headings,
        &headings(d),
        &heading_style,
        &|h: &str| heading_listed(h, &listed_items),
    );
    let items: Vec<String> = t.lists.iter().flatten().cloned().collect();
    in_order(f, FIELDS[9], title, &items, &listed_items, &plain, &|_| {
        false
    });
    for link in &t.links {
        let hit = d.links.iter().any(|l| l.url == link.url);
        f.add(FIELDS[10], hit, || {
            miss(title, &link.url, "not among the article's links")
        });
    }
    events(f, d, t);
}

/// Each expected text, found in the draft's in the same order (`lcs_matched`); failing that,
/// found once the importer's `convention` is applied to it.
fn in_order(
    f: &mut Fields,
    name: &'static str,
    title: &str,
    expected: &[String],
    got: &[String],
    convention: &dyn Fn(&str) -> String,
    listed: &dyn Fn(&str) -> bool,
) {
    let styled: Vec<String> = expected.iter().map(|e| convention(e)).collect();
    let strict = lcs_matched(expected, got);
    let styled_hits = lcs_matched(&styled, got);
    for ((e, hit), by) in expected.iter().zip(strict).zip(styled_hits) {
        let by = by || listed(e);
        f.add_by(name, hit, by, || miss(title, e, closest(e, got)));
    }
}

/// A paragraph the importer lists by design: a "Label: value" line (`blocks::is_detail`) as a
/// list item, or a numbered name's explanation joined to it ("Name: explanation").
fn paragraph_listed(paragraph: &str, items: &[String]) -> bool {
    let key = text_key(paragraph);
    items
        .iter()
        .map(|i| text_key(i))
        .any(|item| (is_detail(paragraph) && item == key) || item.ends_with(&format!(": {key}")))
}

/// A numbered heading the importer joins to its explanation as a list item ("Name: …").
fn heading_listed(heading: &str, items: &[String]) -> bool {
    let key = text_key(&heading_style(heading));
    numbered(heading.trim()).is_some()
        && items
            .iter()
            .any(|i| text_key(i).starts_with(&format!("{key}: ")))
}

/// A heading as the importer writes it: without its number and colon.
fn heading_style(text: &str) -> String {
    let t = text.trim();
    let t = numbered(t).unwrap_or(t);
    t.strip_suffix(':').unwrap_or(t).trim().to_string()
}

/// The draft's text that starts most like `expected`, to show where they part.
fn closest(expected: &str, got: &[String]) -> String {
    let key = text_key(expected);
    let common = |g: &String| {
        key.chars()
            .zip(text_key(g).chars())
            .take_while(|(a, b)| a == b)
            .count()
    };
    got.iter()
        .max_by_key(|g| common(g))
        .filter(|g| common(g) > 0)
        .cloned()
        .unwrap_or_else(|| "(none like it)".into())
}

fn kind_name(kind: EventKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn events(f: &mut Fields, d: &Article, t: &TruthArticle) {
    let title = t.title.as_str();
    let mut taken = vec![false; d.events.len()];
    let free = |taken: &[bool], i: usize| !taken.get(i).copied().unwrap_or(true);
    // Each truth event's draft event: the same kind and start.
    let mut pairs: Vec<Option<usize>> = Vec::new();
    for e in &t.events {
        let found = d.events.iter().enumerate().position(|(i, g)| {
            free(&taken, i) && kind_name(g.kind) == e.kind && g.start == e.start
        });
        if let Some(x) = found.and_then(|i| taken.get_mut(i)) {
            *x = true;
        }
        pairs.push(found);
    }
    // The importer's convention: a call for comments is one consultation, from the day it
    // opens to the day it closes, where the truth has a publication and a deadline.
    let mut by_convention = vec![false; t.events.len()];
    for (n, e) in t.events.iter().enumerate() {
        if e.kind != "publication" || pairs.get(n).is_some_and(Option::is_some) {
            continue;
        }
        // Of the deadlines not paired, one a consultation opening that day closes on.
        let joined = t.events.iter().enumerate().find_map(|(m, x)| {
            let open = x.kind == "deadline" && pairs.get(m).is_some_and(Option::is_none);
            let i = d.events.iter().enumerate().position(|(i, g)| {
                open && free(&taken, i)
                    && g.kind == EventKind::Consultation
                    && g.start == e.start
                    && g.end.as_deref() == Some(x.start.as_str())
            })?;
            Some((i, m))
        });
        if let Some((i, m)) = joined {
            if let Some(x) = taken.get_mut(i) {
                *x = true;
            }
            for k in [n, m] {
                if let Some(b) = by_convention.get_mut(k) {
                    *b = true;
                }
            }
        }
    }
    for ((e, pair), by) in t.events.iter().zip(&pairs).zip(&by_convention) {
        let got = || {
            let same_day: Vec<String> = d
                .events
                .iter()
                .filter(|g| g.start == e.start || kind_name(g.kind) == e.kind)
                .map(|g| format!("{} {}", kind_name(g.kind), g.start))
                .collect();
            format!("not found (the draft has: {})", same_day.join(", "))
        };
        f.add_by(FIELDS[11], pair.is_some(), *by, || {
            miss(title, format!("{} {} ({})", e.kind, e.start, e.what), got())
        });
        if let Some(g) = pair.and_then(|i| d.events.get(i)) {
            details(f, title, e, g);
        }
    }
    for (g, hit) in d.events.iter().zip(&taken) {
        f.add(FIELDS[12], *hit, || {
            miss(
                title,
                "no such event",
                format!("{} {} ({})", kind_name(g.kind), g.start, g.title),
            )
        });
    }
}

fn details(f: &mut Fields, title: &str, e: &TruthEvent, g: &Event) {
    let show = |v: &Option<String>| v.clone().unwrap_or_else(|| "none".into());
    f.add(FIELDS[13], e.end == g.end, || {
        miss(title, show(&e.end), show(&g.end))
    });
    let time = g.time.as_ref().map(|t| match &g.end_time {
        Some(end) => format!("{t}-{end}"),
        None => t.clone(),
    });
    let want = e.time.as_ref().map(|t| t.replace(' ', ""));
    f.add(FIELDS[14], want == time, || {
        miss(title, show(&e.time), show(&time))
    });
    let zone = |z: &Option<String>| z.as_deref().map(zone_key);
    f.add(FIELDS[15], zone(&e.zone) == zone(&g.timezone), || {
        miss(title, show(&e.zone), show(&g.timezone))
    });
}

/// "Brussels time" and "Europe/Brussels" are one zone: the city, in lower case.
fn zone_key(zone: &str) -> String {
    let city = zone.rsplit('/').next().unwrap_or(zone);
    let city = city.trim().trim_end_matches(" time").trim();
    city.replace('_', " ").to_lowercase()
}

#[cfg(test)]
#[path = "truth_score_tests.rs"]
mod tests;
