//! The pages and feeds the site build writes, as Askama templates (in `templates/`), which
//! escape every value they print: a hostile title stays text.

use askama::Template;
use standards_radar::logic::dates::Fuzzy;
use standards_radar::logic::export::entry_date;
use standards_radar::logic::links::safe_http_url;
use standards_radar::logic::paths::{deep_link, page_path, FEED_PATH};
use standards_radar::model::{Article, Block, Organisation};

use crate::documents::DocLink;

#[derive(Template)]
#[template(path = "feed.xml")]
pub struct Feed<'a> {
    pub self_url: String,
    pub view_url: String,
    pub title: String,
    pub subtitle: &'a str,
    pub publisher: &'a str,
    pub updated: String,
    pub entries: Vec<Entry<'a>>,
}

pub struct Entry<'a> {
    id: String,
    title: &'a str,
    link: String,
    updated: String,
    summary: &'a str,
    tags: &'a [String],
}

#[derive(Template)]
#[template(path = "article.html")]
pub struct Page<'a> {
    title: &'a str,
    description: String,
    page_url: String,
    feed_url: String,
    app_url: &'a str,
    app_link: String,
    publication: String,
    section: &'a str,
    date: Option<String>,
    date_attr: &'a str,
    shown_date: Option<String>,
    summary: &'a str,
    blocks: &'a [Block],
    links: Vec<(String, &'a str)>,
    /// The organisations it names: the short name, and the full one when the data has another.
    names: Vec<(&'a str, Option<&'a str>)>,
    /// The documents it names, each linking to its page (`documents::doc_link`).
    documents: Vec<DocLink>,
    tags: &'a [String],
}

#[derive(Template)]
#[template(path = "sitemap.xml")]
pub struct Sitemap<'a> {
    pub app_url: &'a str,
    pub pages: Vec<(String, Option<String>)>,
}

#[derive(Template)]
#[template(path = "index-head.html")]
pub struct IndexHead<'a> {
    pub description: &'a str,
    pub app_url: &'a str,
    pub feed_url: String,
}

/// A feed's time for a day (`entry_date`): its start, or 2000-01-01 when there is none.
pub fn feed_time(day: Option<String>) -> String {
    day.map_or_else(
        || "2000-01-01T00:00:00Z".into(),
        |d| format!("{d}T00:00:00Z"),
    )
}

/// `article` as a feed entry: its page is its id, its link opens it in the app at `site`.
pub fn entry<'a>(site: &str, article: &'a Article) -> Entry<'a> {
    Entry {
        id: format!("{site}{}", page_path(&article.id)),
        title: &article.title,
        link: deep_link(site, &article.id),
        updated: feed_time(entry_date(article)),
        summary: &article.summary,
        tags: &article.tags,
    }
}

/// The static page of `article`, for the app at `site` (`home`: the app's own address).
pub fn page<'a>(
    site: &str,
    home: &'a str,
    publication: &str,
    organisations: &'a [Organisation],
    documents: Vec<DocLink>,
    article: &'a Article,
) -> Page<'a> {
    Page {
        title: &article.title,
        description: description(article),
        page_url: format!("{site}{}", page_path(&article.id)),
        feed_url: format!("{site}{FEED_PATH}"),
        app_url: home,
        app_link: deep_link(site, &article.id),
        publication: publication.to_string(),
        section: &article.section,
        date: entry_date(article),
        date_attr: &article.date,
        shown_date: shown_date(article),
        summary: &article.summary,
        blocks: &article.body,
        // Only web links become links, as in the app.
        links: article
            .links
            .iter()
            .filter_map(|l| safe_http_url(&l.url).map(|u| (u.to_string(), l.label.as_str())))
            .collect(),
        // As the app's article view lists them.
        names: article
            .orgs
            .iter()
            .map(|id| {
                let name = organisations
                    .iter()
                    .find(|o| &o.id == id)
                    .map(|o| o.name.as_str())
                    .filter(|name| !name.trim().is_empty() && name != id);
                (id.as_str(), name)
            })
            .collect(),
        documents,
        tags: &article.tags,
    }
}

/// The page's meta description: the summary, or the start of the text, at most 300 characters.
fn description(article: &Article) -> String {
    let text = if article.summary.trim().is_empty() {
        article
            .body
            .iter()
            .flat_map(|b| b.texts())
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        article.summary.clone()
    };
    let mut out: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if out.chars().count() > 300 {
        out = out.chars().take(299).collect::<String>() + "…";
    }
    out
}

fn shown_date(article: &Article) -> Option<String> {
    Fuzzy::parse(&article.date).map(|d| d.to_string())
}

pub fn render(template: &impl Template) -> Result<String, String> {
    template.render().map_err(|e| e.to_string())
}
