//! The importer: a newsletter issue's text, as `pdftotext` makes it from the PDF, to a draft
//! issue file in the app's own model, general for this newsletter's layout (`layout`), with a
//! person's corrections applied last (`corrections`). Build time only.

pub mod blocks;
pub mod contents;
pub mod corrections;
pub mod events;
pub mod glued;
pub mod issue;
pub mod layout;
pub mod ligatures;
pub mod month_names;
pub mod propose;
pub mod repair;
pub mod running;
pub mod score;
pub mod sentences;
pub mod variants;
pub mod variants_damage;
pub mod words;

use crate::build::import::corrections::Corrections;
use crate::build::import::events::{Finder, Year};
use crate::build::import::layout::{takeaway_for, Line, RawArticle};
use crate::build::import::sentences::summary;
use crate::logic::text::slug;
use crate::logic::text::value_key;
use crate::model::{Article, Block, Event, Link};

/// A summary is at most this long, unless its first sentence alone is longer.
const SUMMARY_CHARS: usize = 400;
/// An event's draft title: its sentence, cut at a word before this many characters.
const EVENT_TITLE_CHARS: usize = 160;

/// What the archive already calls things: a hashtag or a section spelled another way is
/// folded into the existing spelling.
#[derive(Debug, Default, Clone)]
pub struct Vocabulary {
    pub tags: Vec<String>,
    pub sections: Vec<String>,
    /// The section the archive's issues open with: the PDF prints the first section's header
    /// on its cover, not in the text.
    pub opening_section: Option<String>,
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
    let finder = Finder::new().map_err(|e| Unrecognised(vec![e.to_string()]))?;
    let mut articles: Vec<Article> = Vec::new();
    for raw in &layout.articles {
        let section = raw
            .section
            .clone()
            .or_else(|| corrections.first_section.clone())
            .or_else(|| vocabulary.opening_section.clone());
        let draft_id = slug(&fix_text(&raw.title, corrections));
        let fix = corrections.articles.get(&draft_id);
        let headings = fix.map(|f| f.headings.as_slice()).unwrap_or_default();
        let breaks = fix.map(|f| f.breaks.as_slice()).unwrap_or_default();
        let body = blocks::blocks(&raw.body, headings, breaks);
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
            title: fix_text(&raw.title, corrections),
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
            fix_block(block, corrections);
        }
        let opening = takeaway_for(&layout, &raw.title)
            .map(|s| fix_text(s, corrections))
            .or_else(|| {
                article.body.iter().find_map(|b| match b {
                    Block::Paragraph { text } => Some(text.clone()),
                    _ => None,
                })
            })
            .unwrap_or_default();
        article.summary = summary(&opening, SUMMARY_CHARS);
        article.events = events_of(&finder, &article, year);
        // The article's date: the first its text gives.
        article.date = texts(&article.body)
            .find_map(|t| finder.first_date(t, year))
            .unwrap_or_default();
        articles.push(article);
    }
    // A footnote printed again under a later article stays with the first that printed it.
    let mut seen: Vec<String> = Vec::new();
    for article in &mut articles {
        article.links.retain(|l| {
            let new = !seen.contains(&l.url);
            seen.push(l.url.clone());
            new
        });
        for link in &mut article.links {
            link.label = draft_label(&link.url);
        }
    }
    for article in &mut articles {
        // Links first, as the body's words depend on there being one to point at.
        point_at_links(article);
        if let Some(fix) = corrections.articles.get(&article.id) {
            fix.apply(article);
        }
    }
    Ok(articles)
}

/// Nothing of the layout found: say what was looked for, and where.
fn check_layout(lines: &[Line], layout: &layout::Layout) -> Result<(), Unrecognised> {
    if !layout.articles.is_empty() {
        return Ok(());
    }
    let mut problems = vec![
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

/// The generic repairs of PDF text, then the issue's own typo fixes.
pub fn fix_text(text: &str, corrections: &Corrections) -> String {
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
    for (wrong, right) in &corrections.replace {
        out = out.replace(wrong, right);
    }
    out
}

fn fix_block(block: &mut Block, corrections: &Corrections) {
    match block {
        Block::Paragraph { text } | Block::Heading { text } => *text = fix_text(text, corrections),
        Block::List { items, .. } => items.iter_mut().for_each(|i| *i = fix_text(i, corrections)),
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

fn events_of(finder: &Finder, article: &Article, year: Year) -> Vec<Event> {
    let mut events: Vec<Event> = Vec::new();
    for text in texts(&article.body) {
        for m in finder.mentions(text, &article.title, year) {
            if events
                .iter()
                .any(|e| e.kind == m.kind && e.start == m.start && e.end == m.end)
            {
                continue;
            }
            let mut id = format!("{}-{}-{}", article.id, m.kind.as_str(), m.start);
            if events.iter().any(|e| e.id == id) {
                id = format!("{id}-{}", events.len());
            }
            events.push(Event {
                id,
                title: clip(&m.sentence, EVENT_TITLE_CHARS),
                kind: m.kind,
                start: m.start,
                end: m.end,
                time: m.time,
                end_time: m.end_time,
                timezone: m.timezone,
                location: None,
            });
        }
    }
    events
}

/// The running text of a body: paragraphs and list items, in order.
fn texts(body: &[Block]) -> impl Iterator<Item = &str> {
    body.iter().flat_map(|b| match b {
        Block::Paragraph { text } => vec![text.as_str()],
        Block::List { items, .. } => items.iter().map(String::as_str).collect(),
        _ => vec![],
    })
}

/// What a link is, until a person names it: "Source (miit.gov.cn)", "Document (sesec.eu, PDF)".
fn draft_label(url: &str) -> String {
    let host = crate::logic::links::safe_http_url(url)
        .map(|u| crate::logic::links::display_host(&u))
        .unwrap_or_default();
    if url
        .split('?')
        .next()
        .is_some_and(|path| path.to_lowercase().ends_with(".pdf"))
    {
        format!("Document ({host}, PDF)")
    } else {
        format!("Source ({host})")
    }
}

fn clip(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_string();
    }
    let cut: String = text.chars().take(limit).collect();
    let cut = cut
        .rsplit_once(' ')
        .map_or(cut.as_str(), |(head, _)| head)
        .trim_end_matches([',', ';', ':']);
    format!("{cut}…")
}

/// "Click here" and "available at:" pointed at a footnote the PDF printed; in the app the
/// links are listed below the article.
fn point_at_links(article: &mut Article) {
    if article.links.is_empty() {
        return;
    }
    for block in &mut article.body {
        if let Block::Paragraph { text } = block {
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
            *text = t;
        }
    }
}
