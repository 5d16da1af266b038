//! The importer: a newsletter issue's text, as `pdftotext` makes it from the PDF, to a draft
//! issue file in the app's own model, general for this newsletter's layout (`layout`), with a
//! person's corrections applied last (`corrections`). Build time only.

pub mod blocks;
pub mod contents;
pub mod corrections;
pub mod drafts;
pub mod events;
pub mod fixes;
pub mod glued;
pub mod ids;
pub mod issue;
pub mod labels;
pub mod layout;
pub mod ligatures;
pub mod month_names;
pub mod names;
pub mod propose;
pub mod repair;
pub mod running;
pub mod score;
pub mod sentences;
pub mod skeleton;
pub mod titles;
pub mod truth;
pub mod truth_check;
pub mod truth_score;
pub mod variants;
pub mod variants_damage;
pub mod words;
pub mod year;

use crate::build::import::corrections::Corrections;
use crate::build::import::drafts::{events_of, texts, ID_CHARS};
use crate::build::import::events::{Finder, Year};
use crate::build::import::fixes::Fixes;
use crate::build::import::ids::{short_id, unique};
use crate::build::import::layout::{takeaway_for, Line, RawArticle};
use crate::build::import::names::abbreviations;
use crate::build::import::sentences::summary;
use crate::build::import::titles::Titles;
use crate::logic::text::value_key;
use crate::model::{Article, Block, Event, Link};

/// The first line of the refusal of a text in which the layout is not found.
const NOT_THIS_LAYOUT: &str = "could not be read as this newsletter:";

/// The first line of the refusal of corrections written for another draft.
pub const STALE_CORRECTIONS: &str = "the corrections name what the draft does not have (written \
     for an earlier draft? the corrections skeleton, rewritten now, lists the draft's ids): \
     update or remove them";

/// A summary is at most this long, unless its first sentence alone is longer.
pub const SUMMARY_CHARS: usize = 400;

/// What the archive already calls things: a hashtag or a section spelled another way is
/// folded into the existing spelling.
#[derive(Debug, Default, Clone)]
pub struct Vocabulary {
    pub tags: Vec<String>,
    pub sections: Vec<String>,
    /// The section the archive's issues open with: the PDF prints the first section's header
    /// on its cover, not in the text.
    pub opening_section: Option<String>,
    /// The article and event ids the archive's other issues use: ids are unique across the
    /// archive, so a draft's id is never one of these.
    pub ids: Vec<String>,
}

/// Why a text could not be imported: each problem with the line it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unrecognised(pub Vec<String>);

impl std::fmt::Display for Unrecognised {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.join("\n"))
    }
}

/// Reads the bytes of a text file, refusing what is not text.
pub fn text_of(bytes: &[u8]) -> Result<&str, Unrecognised> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Unrecognised(vec!["the file is empty".into()]));
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        let line = bytes.iter().take(at).filter(|&&b| b == b'\n').count() + 1;
        return Err(Unrecognised(vec![format!(
            "line {line}: a NUL byte: this is a binary file, not text"
        )]));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes
            .iter()
            .take(e.valid_up_to())
            .filter(|&&b| b == b'\n')
            .count()
            + 1;
        Unrecognised(vec![format!(
            "line {line}: not UTF-8 text (is it the PDF itself? run pdftotext first)"
        )])
    })
}

/// The draft articles of an issue's text. `year` stands in for dates printed without one.
pub fn draft(
    text: &str,
    vocabulary: &Vocabulary,
    corrections: &Corrections,
    year: Year,
) -> Result<Vec<Article>, Unrecognised> {
    let lines = layout::lines_of(text);
    let layout = layout::read(&lines);
    check_layout(&lines, &layout)?;
    let error = |e: regex::Error| Unrecognised(vec![NOT_THIS_LAYOUT.into(), e.to_string()]);
    let finder = Finder::new().map_err(error)?;
    let titles = Titles::new().map_err(error)?;
    let fixes = Fixes::new(text).map_err(error)?;
    let fix = |t: &str| fix_text(t, &fixes, corrections);
    let mut taken = vocabulary.ids.clone();
    let mut articles: Vec<Article> = Vec::new();
    let mut contexts: Vec<(String, String)> = Vec::new();
    for raw in &layout.articles {
        let section = raw
            .section
            .clone()
            .or_else(|| corrections.first_section.clone())
            .or_else(|| vocabulary.opening_section.clone());
        let title = fix(&raw.title);
        let draft_id = unique(short_id(&title, ID_CHARS), &taken);
        taken.push(draft_id.clone());
        let correction = corrections.articles.get(&draft_id);
        let headings = correction
            .map(|f| f.headings.as_slice())
            .unwrap_or_default();
        let breaks = correction.map(|f| f.breaks.as_slice()).unwrap_or_default();
        let body = blocks::blocks(&raw.body, headings, breaks);
        contexts.extend(body.contexts.iter().map(|(u, c)| (u.clone(), fix(c))));
        if let Some(previous) = articles.last_mut() {
            previous
                .links
                .extend(body.leading_links.iter().map(|url| Link {
                    url: url.clone(),
                    label: String::new(),
                }));
        }
        let mut article = Article {
            id: draft_id.clone(),
            title,
            section: fold_into(&section.clone().unwrap_or_default(), &vocabulary.sections),
            date: String::new(),
            tags: tags_of(raw, &vocabulary.tags),
            summary: String::new(),
            body: body.blocks,
            links: body
                .links
                .into_iter()
                .map(|url| Link {
                    url,
                    label: String::new(),
                })
                .collect(),
            events: Vec::new(),
            orgs: Vec::new(),
            docs: Vec::new(),
            issue: String::new(),
        };
        for block in &mut article.body {
            fix_block(block, &fix);
        }
        let opening = takeaway_for(&layout, &raw.title)
            .map(fix)
            .or_else(|| {
                article.body.iter().find_map(|b| match b {
                    Block::Paragraph { text } => Some(text.clone()),
                    _ => None,
                })
            })
            .unwrap_or_default();
        article.summary = summary(&opening, SUMMARY_CHARS);
        // The article's date: the first its text gives.
        article.date = texts(&article.body)
            .find_map(|t| finder.first_date(t, year))
            .unwrap_or_default();
        articles.push(article);
    }
    // A footnote printed again under a later article stays with the first that printed it.
    let mut seen: Vec<String> = Vec::new();
    let mut reported: Vec<Event> = Vec::new();
    for article in &mut articles {
        article.links.retain(|l| {
            let new = !seen.contains(&l.url);
            seen.push(l.url.clone());
            new
        });
        let known = abbreviations(texts(&article.body));
        for link in &mut article.links {
            let context = contexts.iter().find(|(u, _)| *u == link.url);
            link.label = labels::label(&link.url, context.map(|(_, c)| c.as_str()), &known);
        }
        // Events after links: a webinar's registration link names where it is held.
        article.events = events_of(&finder, &titles, article, year, &reported, &mut taken);
        reported.extend(article.events.iter().cloned());
    }
    let mut stale: Vec<String> = corrections
        .articles
        .keys()
        .filter(|id| !articles.iter().any(|a| &a.id == *id))
        .map(|id| format!("article \"{id}\": no article has this draft id"))
        .collect();
    for article in &mut articles {
        // Links first, as the body's words depend on there being one to point at.
        point_at_links(article);
        if let Some(fix) = corrections.articles.get(&article.id) {
            stale.extend(
                fix.unmatched(article)
                    .into_iter()
                    .map(|what| format!("article \"{}\": {what}: not in its draft", article.id)),
            );
            fix.apply(article);
        }
    }
    if !stale.is_empty() {
        stale.insert(0, STALE_CORRECTIONS.into());
        return Err(Unrecognised(stale));
    }
    Ok(articles)
}

/// Nothing of the layout found: say what was looked for, and where.
fn check_layout(lines: &[Line], layout: &layout::Layout) -> Result<(), Unrecognised> {
    if !layout.articles.is_empty() {
        return Ok(());
    }
    let mut problems = vec![
        NOT_THIS_LAYOUT.to_string(),
        "no article found: an article is a title followed by a line of hashtags (#Tag)".to_string(),
    ];
    if !lines.iter().any(|l| l.text.trim() == "Takeaways") {
        problems.push(
            "no line \"Takeaways\": the newsletter's opening summaries were not found".into(),
        );
    }
    for line in lines.iter().filter(|l| layout::is_hashtag_line(l.text)) {
        problems.push(format!(
            "line {}: hashtags with no title above them",
            line.number
        ));
    }
    Err(Unrecognised(problems))
}

/// The generic repairs of PDF text (`fixes`), then the issue's own typo fixes.
pub fn fix_text(text: &str, fixes: &Fixes, corrections: &Corrections) -> String {
    let mut out = layout::squash(text);
    // A word-initial "ln" is a capital I the PDF's font made an l ("lntegration").
    out = out
        .split(' ')
        .map(|w| match w.strip_prefix("ln") {
            Some(rest) if rest.starts_with(|c: char| c.is_lowercase()) => format!("In{rest}"),
            _ => w.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ");
    out = fixes.apply(&out);
    for (wrong, right) in &corrections.replace {
        out = out.replace(wrong, right);
    }
    out
}

fn fix_block(block: &mut Block, fix: &dyn Fn(&str) -> String) {
    match block {
        Block::Paragraph { text } | Block::Heading { text } => *text = fix(text),
        Block::List { items, .. } => items.iter_mut().for_each(|i| *i = fix(i)),
        Block::Table { .. } => {}
    }
}

/// The spelling the archive already uses, or else the newsletter's own convention: hashtags
/// and sections are title case ("Data security" → "Data Security").
fn fold_into(name: &str, known: &[String]) -> String {
    if let Some(existing) = known.iter().find(|k| value_key(k) == value_key(name)) {
        return existing.clone();
    }
    const SMALL: [&str; 9] = ["a", "an", "and", "for", "in", "of", "on", "the", "to"];
    name.split(' ')
        .enumerate()
        .map(|(i, w)| {
            let mut chars = w.chars();
            match chars.next() {
                Some(c) if c.is_lowercase() && (i == 0 || !SMALL.contains(&w)) => {
                    c.to_uppercase().chain(chars).collect()
                }
                _ => w.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn tags_of(raw: &RawArticle, known: &[String]) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in &raw.hashtags {
        let tag = fold_into(tag, known);
        if !tags.iter().any(|t| value_key(t) == value_key(&tag)) {
            tags.push(tag);
        }
    }
    tags
}

/// "Click here" and "available at:" pointed at a footnote the PDF printed; in the app the
/// links are listed below the article.
fn point_at_links(article: &mut Article) {
    if article.links.is_empty() {
        return;
    }
    for block in &mut article.body {
        if let Block::Paragraph { text } = block {
            *text = pointer_wording(text);
        }
    }
}

/// A paragraph's pointers to the PDF's footnotes ("click here", "available at:") worded for
/// the links listed below the article.
pub fn pointer_wording(text: &str) -> String {
    let mut t = text
        .replace("please click here", "please see the link below")
        .replace("click here", "see the link below");
    for (end, with) in [
        (" via following links:", " via the link below."),
        (" at:", " at the link below."),
        (" is available here.", " is available at the link below."),
    ] {
        if let Some(head) = t.strip_suffix(end) {
            t = format!("{head}{with}");
        }
    }
    t
}
