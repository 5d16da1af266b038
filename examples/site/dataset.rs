//! The dataset as the site build prints it: its texts made printable, its tags as the app
//! counts them, its articles in the app's order.

use standards_radar::logic::catalog::Catalog;
use standards_radar::logic::export::printable;
use standards_radar::logic::text::value_key;
use std::collections::{HashMap, HashSet};

use standards_radar::model::{Article, Block, Dataset, Document};

/// Each tag once, in its first spelling, with its key: one per `value_key`, as the app's tag
/// cloud counts them (a tag with no letters or digits has no key, and no feed).
pub fn tags(data: &Dataset) -> Vec<(String, String)> {
    distinct(data.articles.iter().flat_map(|a| &a.tags))
}

/// Each organisation the articles name once, as `tags` does: the app's `?org=` compares by
/// `value_key` as `?tag=` does.
pub fn orgs(data: &Dataset) -> Vec<(String, String)> {
    distinct(data.articles.iter().flat_map(|a| &a.orgs))
}

fn distinct<'a>(values: impl Iterator<Item = &'a String>) -> Vec<(String, String)> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for value in values {
        let key = value_key(value);
        if !key.is_empty() && seen.insert(key.clone()) {
            out.push((value.clone(), key));
        }
    }
    out
}

/// The articles under each key `keys` gives them, in `newest`'s order and each once per key:
/// every feed's articles in one pass over the articles, however many tags, issues, documents
/// and organisations there are.
pub fn grouped<'a>(
    newest: &[&'a Article],
    keys: impl Fn(&Article) -> Vec<String>,
) -> HashMap<String, Vec<&'a Article>> {
    let mut out: HashMap<String, Vec<&'a Article>> = HashMap::new();
    for &article in newest {
        for key in keys(article) {
            let list = out.entry(key).or_default();
            // Two spellings of one key on one article: the article once.
            if !list.last().is_some_and(|last| std::ptr::eq(*last, article)) {
                list.push(article);
            }
        }
    }
    out
}

/// Each document record once, the first of its id (as `logic::documents::merge` keeps the
/// first): a single file may list an id twice, and one id is one page.
pub fn documents(data: &Dataset) -> Vec<&Document> {
    let mut seen = HashSet::new();
    data.documents
        .iter()
        .filter(|d| seen.insert(d.id.as_str()))
        .collect()
}

/// An organisation as pages and feeds name it: "Ministry of … (MIIT)" when the data has a
/// full name for the id, else the id alone.
pub fn org_name(data: &Dataset, id: &str) -> String {
    data.organisations
        .iter()
        .find(|o| o.id == id)
        .map(|o| o.name.as_str())
        .filter(|name| !name.trim().is_empty() && *name != id)
        .map_or_else(|| id.to_string(), |name| format!("{name} ({id})"))
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
    // Ids stay as they are (they name files through a slug and links through the query's
    // encoding, never text); an issuer is an organisation's id, cleaned as those are.
    for doc in &mut data.documents {
        for text in [
            &mut doc.title,
            &mut doc.short,
            &mut doc.number,
            &mut doc.issuer,
        ] {
            fix(text);
        }
        for step in &mut doc.steps {
            fix(&mut step.date);
            fix(&mut step.until);
        }
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
