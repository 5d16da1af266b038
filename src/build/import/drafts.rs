//! An article's proposed events, each with a short title and id of its own words, and the
//! running text they are read from.

use crate::build::import::events::{Finder, Year};
use crate::build::import::ids::{short_id, unique};
use crate::build::import::names::{abbreviations, names};
use crate::build::import::titles::{Context, Titles};
use crate::model::{Article, Block, Event};

/// Ids are typed and read in addresses and calendar files: at most this long.
pub const ID_CHARS: usize = 40;

/// The events `article`'s text gives, their ids unique among `taken` (which they join).
pub fn events_of(
    finder: &Finder,
    titles: &Titles,
    article: &Article,
    year: Year,
    taken: &mut Vec<String>,
) -> Vec<Event> {
    let abbreviations = abbreviations(texts(&article.body));
    let document = first_document(article);
    let urls: Vec<String> = article.links.iter().map(|l| l.url.clone()).collect();
    let cx = Context {
        article_title: &article.title,
        abbreviations: &abbreviations,
        article_document: document.as_deref(),
        urls: &urls,
    };
    let mut events: Vec<Event> = Vec::new();
    for text in texts(&article.body) {
        for m in finder.mentions(text, &article.title, year) {
            if events
                .iter()
                .any(|e| e.kind == m.kind && e.start == m.start && e.end == m.end)
            {
                continue;
            }
            let title = titles.title(&m, &cx);
            let id = unique(short_id(&title, ID_CHARS), taken);
            taken.push(id.clone());
            events.push(Event {
                id,
                title,
                kind: m.kind,
                location: titles.location(&m, &urls),
                start: m.start,
                end: m.end,
                time: m.time,
                end_time: m.end_time,
                timezone: m.timezone,
            });
        }
    }
    events
}

/// The first document the article's text names: what it is about, most often.
fn first_document(article: &Article) -> Option<String> {
    texts(&article.body)
        .flat_map(names)
        .find(|n| n.is_document())
        .map(|n| n.text)
}

/// The running text of a body: paragraphs and list items, in order.
pub fn texts(body: &[Block]) -> impl Iterator<Item = &str> {
    body.iter().flat_map(|b| match b {
        Block::Paragraph { text } => vec![text.as_str()],
        Block::List { items, .. } => items.iter().map(String::as_str).collect(),
        _ => vec![],
    })
}
