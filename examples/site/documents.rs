//! One static page per document record (`documents/<id>.html`): what it is, who issued it,
//! its dated steps each with the article that reports it, the documents it stands in relation
//! to (both ways), the articles that name it, its feed and its view in the app. Printed by an
//! Askama template, as the article pages are: every text of the data is escaped.

use std::collections::HashMap;

use askama::Template;
use standards_radar::logic::dates::Fuzzy;
use standards_radar::logic::documents::standing;
use standards_radar::logic::export::{entry_date, printable};
use standards_radar::logic::paths::{
    document_feed_path, document_page_path, facet_view, page_path, view_link,
};
use standards_radar::logic::registry::FacetKind;
use standards_radar::logic::text::value_key;
use standards_radar::model::{Article, Dataset, Document};
use time::Date;

use crate::dataset::org_name;

#[derive(Template)]
#[template(path = "document.html")]
pub struct DocPage<'a> {
    title: &'a str,
    description: String,
    page_url: String,
    feed_url: String,
    app_url: &'a str,
    app_link: String,
    publication: &'a str,
    short: &'a str,
    number: &'a str,
    kind: &'static str,
    issuer: Option<Issuer>,
    standing: String,
    today: String,
    today_attr: String,
    steps: Vec<Step<'a>>,
    relations: Vec<(&'static str, DocLink)>,
    articles: Vec<ArticleLink<'a>>,
}

struct Issuer {
    /// "Ministry of Industry and Information Technology (MIIT)", or the id alone.
    name: String,
    /// Its view in the app, when an article names it (else the view would be empty).
    app_link: Option<String>,
}

struct Step<'a> {
    stage: &'static str,
    date_attr: &'a str,
    date: String,
    /// A draft's comment period's last day: (attribute, shown).
    until: Option<(&'a str, String)>,
    /// The article that reports it, when the data has it.
    article: Option<ArticleLink<'a>>,
}

struct ArticleLink<'a> {
    href: String,
    title: &'a str,
    date_attr: &'a str,
    date: Option<String>,
}

/// A document as another page names it: a link to its page when it has a record, else its id
/// as text (an article may name a document the issue file does not describe).
pub struct DocLink {
    pub href: Option<String>,
    pub text: String,
}

/// What every document page shares.
pub struct Context<'a> {
    pub site: &'a str,
    /// The app's own address.
    pub home: &'a str,
    pub publication: &'a str,
    /// Where each document stands is said as of the day of the build, and the page says so.
    pub today: Date,
    pub data: &'a Dataset,
    /// Each document record once (`dataset::documents`).
    pub records: &'a [&'a Document],
    /// Every article by its id (a step names the article that reports it).
    pub by_id: &'a HashMap<&'a str, &'a Article>,
    /// The articles naming each document, by its id, newest first.
    pub naming: &'a HashMap<String, Vec<&'a Article>>,
    /// The `value_key` of every organisation an article names: those have a view in the app.
    pub named_orgs: &'a HashMap<String, Vec<&'a Article>>,
}

/// A link from a page one folder down (`articles/`, `documents/`) to another page of the
/// build: relative, so the build works wherever it is hosted.
fn up(path: &str) -> String {
    format!("../{path}")
}

/// The document `id` as a link from an article's or a document's page.
pub fn doc_link(data: &Dataset, id: &str) -> DocLink {
    // The first record of the id, as `dataset::documents` keeps it.
    match data.documents.iter().find(|d| d.id == id) {
        Some(doc) => DocLink {
            href: Some(up(&document_page_path(&doc.id))),
            text: doc.title.clone(),
        },
        None => DocLink {
            href: None,
            text: printable(id),
        },
    }
}

fn article_link(article: &Article) -> ArticleLink<'_> {
    ArticleLink {
        href: up(&page_path(&article.id)),
        title: &article.title,
        date_attr: &article.date,
        date: Fuzzy::parse(&article.date).map(|d| d.to_string()),
    }
}

fn shown(date: &str) -> String {
    Fuzzy::parse(date).map_or_else(|| date.to_string(), |d| d.to_string())
}

pub fn page<'a>(cx: &Context<'a>, doc: &'a Document) -> DocPage<'a> {
    let data = cx.data;
    let issuer = (!doc.issuer.is_empty()).then(|| Issuer {
        name: org_name(data, &doc.issuer),
        app_link: cx
            .named_orgs
            .contains_key(&value_key(&doc.issuer))
            .then(|| view_link(cx.site, &facet_view(FacetKind::Org, &doc.issuer))),
    });
    let steps = doc
        .steps
        .iter()
        .map(|step| Step {
            stage: step.stage.label(),
            date_attr: &step.date,
            date: shown(&step.date),
            until: (!step.until.is_empty()).then(|| (step.until.as_str(), shown(&step.until))),
            article: cx.by_id.get(step.article.as_str()).map(|a| article_link(a)),
        })
        .collect();
    // Its own relations, then each other document's relation to it, read from this side.
    let mut relations: Vec<(&'static str, DocLink)> = doc
        .relations
        .iter()
        .map(|r| (r.relation.label(), doc_link(data, &r.document)))
        .collect();
    for other in cx.records {
        for r in other.relations.iter().filter(|r| r.document == doc.id) {
            relations.push((r.relation.inverse_label(), doc_link(data, &other.id)));
        }
    }
    let articles: Vec<ArticleLink<'a>> = cx
        .naming
        .get(&doc.id)
        .into_iter()
        .flatten()
        .map(|a| article_link(a))
        .collect();
    let kind = doc.kind.label();
    let standing = standing(doc, cx.today);
    let mut description = kind.to_string();
    if !doc.number.is_empty() && doc.number != doc.title {
        description += &format!(" {}", doc.number);
    }
    description += &format!(". {standing}.");
    DocPage {
        title: &doc.title,
        description,
        page_url: format!("{}{}", cx.site, document_page_path(&doc.id)),
        feed_url: format!("{}{}", cx.site, document_feed_path(&doc.id)),
        app_url: cx.home,
        app_link: view_link(cx.site, &facet_view(FacetKind::Doc, &doc.id)),
        publication: cx.publication,
        short: &doc.short,
        number: &doc.number,
        kind,
        issuer,
        standing,
        today: Fuzzy::Day(cx.today).to_string(),
        today_attr: cx.today.to_string(),
        steps,
        relations,
        articles,
    }
}

/// The newest article's day among those naming a document: its page's `lastmod`.
pub fn last_named(naming: &HashMap<String, Vec<&Article>>, id: &str) -> Option<String> {
    naming.get(id)?.iter().filter_map(|a| entry_date(a)).max()
}
