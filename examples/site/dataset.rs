//! The dataset as the site build prints it: its texts made printable, its tags as the app
//! counts them, its articles in the app's order.

use standards_radar::logic::catalog::Catalog;
use standards_radar::logic::export::printable;
use standards_radar::logic::text::value_key;
use standards_radar::model::{Article, Block, Dataset};

/// Each tag once, in its first spelling, with its key: one per `value_key`, as the app's tag
/// cloud counts them (a tag with no letters or digits has no key, and no feed).
pub fn tags(data: &Dataset) -> Vec<(String, String)> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for tag in data.articles.iter().flat_map(|a| &a.tags) {
        let key = value_key(tag);
        if !key.is_empty() && seen.insert(key.clone()) {
            out.push((tag.clone(), key));
        }
    }
    out
}

/// The app's own newest-first order (the catalog's: undated last, equal dates in the
/// newsletter's order), so feeds, the index list and the app agree.
pub fn newest_first(data: &Dataset) -> Vec<&Article> {
    Catalog::new(data)
        .newest_first()
        .iter()
        .filter_map(|ix| data.get(*ix))
        .collect()
}

/// Every text the feeds and pages print, without what XML cannot carry (a control character
/// would make a feed unreadable to every feed reader).
pub fn clean(data: &mut Dataset) {
    let fix = |text: &mut String| *text = printable(text);
    let publication = &mut data.publication;
    for text in [
        &mut publication.title,
        &mut publication.issue,
        &mut publication.publisher,
    ] {
        fix(text);
    }
    for org in &mut data.organisations {
        fix(&mut org.id);
        fix(&mut org.name);
    }
    for article in &mut data.articles {
        for text in [
            &mut article.title,
            &mut article.summary,
            &mut article.section,
        ] {
            fix(text);
        }
        article.tags.iter_mut().for_each(fix);
        article.orgs.iter_mut().for_each(fix);
        article.links.iter_mut().for_each(|l| fix(&mut l.label));
        for block in &mut article.body {
            match block {
                Block::Paragraph { text } | Block::Heading { text } => fix(text),
                Block::List { items, .. } => items.iter_mut().for_each(fix),
                Block::Table { columns, rows } => {
                    columns.iter_mut().for_each(fix);
                    rows.iter_mut().flatten().for_each(fix);
                }
            }
        }
    }
}
