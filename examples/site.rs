//! What the build writes beside the app so that it reaches readers outside the open tab: Atom
//! feeds (the newest 50 articles, and one per tag), one static page per article (its text,
//! readable without JavaScript, with link-preview tags), `sitemap.xml`, `robots.txt`, and the
//! index page's own preview tags and a `<noscript>` list of the articles.
//!
//!     site DIST SITE_URL      SITE_URL: where DIST is hosted, ending in `/`
//!
//! Every value goes through an Askama template, which escapes it: a hostile title stays text.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use askama::Template;
use standards_radar::logic::archive::Root;
use standards_radar::logic::catalog::Catalog;
use standards_radar::logic::dates::Fuzzy;
use standards_radar::logic::export::{
    deep_link, entry_date, issue_feed_path, page_path, printable, slug, tag_feed_path, FEED_PATH,
};
use standards_radar::logic::links::safe_http_url;
use standards_radar::model::{Article, Block, Dataset, Organisation};

/// Entries in the main feed: the newest, as a feed reader wants.
const FEED_SIZE: usize = 50;

#[derive(Template)]
#[template(path = "feed.xml")]
struct Feed<'a> {
    self_url: String,
    view_url: String,
    title: String,
    subtitle: &'a str,
    publisher: &'a str,
    updated: String,
    entries: Vec<Entry<'a>>,
}

struct Entry<'a> {
    id: String,
    title: &'a str,
    link: String,
    updated: String,
    summary: &'a str,
    tags: &'a [String],
}

#[derive(Template)]
#[template(path = "article.html")]
struct Page<'a> {
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
    tags: &'a [String],
}

#[derive(Template)]
#[template(path = "sitemap.xml")]
struct Sitemap<'a> {
    app_url: &'a str,
    pages: Vec<(String, Option<String>)>,
}

#[derive(Template)]
#[template(path = "index-head.html")]
struct IndexHead<'a> {
    newest_issue_url: Option<String>,
    description: &'a str,
    app_url: &'a str,
    feed_url: String,
}

#[derive(Template)]
#[template(path = "index-noscript.html")]
struct IndexNoscript<'a> {
    title: &'a str,
    publication: String,
    articles: Vec<(String, &'a str, Option<String>)>,
}

const INDEX_DESCRIPTION: &str = "Read and track the SESEC China Standardization and Technical \
Regulation newsletter: who did what in Chinese standards and regulation, when comment periods \
close and when rules take effect.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dist, site_url] = args.as_slice() else {
        eprintln!("usage: site DIST SITE_URL");
        return ExitCode::FAILURE;
    };
    match build(Path::new(dist), site_url) {
        Ok(summary) => {
            println!("{dist}: {summary}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{dist}: {e}");
            ExitCode::FAILURE
        }
    }
}

fn build(dist: &Path, site_url: &str) -> Result<String, String> {
    let Some(site) = safe_http_url(site_url).map(|u| u.to_string()) else {
        return Err(format!("SITE_URL {site_url:?} is not an http(s) URL"));
    };
    let site = if site.ends_with('/') {
        site
    } else {
        format!("{site}/")
    };
    let data_path = dist.join("data/archive.json");
    let data_path = data_path.to_string_lossy();
    let on_disk = standards_radar::build::archive_files::read_on_disk(&data_path)?;
    // The newest issue file downloads alongside the wasm, as the manifest does.
    let newest_issue_url = match &on_disk.root {
        Root::Archive(manifest) => manifest
            .newest_first()
            .first()
            .and_then(|&i| manifest.issues.get(i))
            .map(|e| e.url()),
        Root::Single(_) => None,
    };
    let mut data = on_disk.into_dataset()?;
    clean(&mut data);
    let newest = newest_first(&data);

    let feed = |title: String, path: String, view: String, articles: &[&Article]| {
        render(&Feed {
            self_url: format!("{site}{path}"),
            view_url: view,
            title,
            subtitle: &data.publication.title,
            publisher: &data.publication.publisher,
            updated: articles
                .iter()
                .filter_map(|a| entry_date(a))
                .max()
                .map_or_else(
                    || "2000-01-01T00:00:00Z".into(),
                    |d| format!("{d}T00:00:00Z"),
                ),
            entries: articles.iter().map(|a| entry(&site, a)).collect(),
        })
    };
    let mut written = 0;
    let main: Vec<&Article> = newest.iter().copied().take(FEED_SIZE).collect();
    let main_feed = feed(
        "Standards Radar".into(),
        FEED_PATH.into(),
        site.clone(),
        &main,
    )?;
    write(dist, FEED_PATH, &main_feed)?;
    written += 1;
    for tag in tags(&data) {
        let Some(path) = tag_feed_path(&tag) else {
            continue;
        };
        let tagged: Vec<&Article> = newest
            .iter()
            .copied()
            .filter(|a| a.tags.iter().any(|t| slug(t) == slug(&tag)))
            .take(FEED_SIZE)
            .collect();
        let view = format!(
            "{site}?{}",
            form_urlencoded::Serializer::new(String::new())
                .append_pair("tag", &tag)
                .finish()
        );
        write(
            dist,
            &path,
            &feed(
                format!("Standards Radar: {tag}"),
                path.clone(),
                view,
                &tagged,
            )?,
        )?;
        written += 1;
    }

    for issue in &data.issues {
        let Some(path) = issue_feed_path(&issue.id) else {
            continue;
        };
        let of_issue: Vec<&Article> = newest
            .iter()
            .copied()
            .filter(|a| a.issue == issue.id)
            .take(FEED_SIZE)
            .collect();
        let view = format!(
            "{site}?{}",
            form_urlencoded::Serializer::new(String::new())
                .append_pair("issue", &issue.id)
                .finish()
        );
        let title = format!("Standards Radar: the {} issue", issue.title);
        write(dist, &path, &feed(title, path.clone(), view, &of_issue)?)?;
        written += 1;
    }

    for article in &data.articles {
        // An archive article names its own issue; a single file has one.
        let issue = data
            .issues
            .iter()
            .find(|i| i.id == article.issue)
            .map_or(data.publication.issue.as_str(), |i| i.title.as_str());
        let publication = format!("{issue} · {}", data.publication.publisher);
        let page = page(&site, &publication, &data.organisations, article);
        write(dist, &page_path(&article.id), &render(&page)?)?;
    }

    let pages = data
        .articles
        .iter()
        .map(|a| (format!("{site}{}", page_path(&a.id)), entry_date(a)))
        .collect();
    write(
        dist,
        "sitemap.xml",
        &render(&Sitemap {
            app_url: &site,
            pages,
        })?,
    )?;
    write(
        dist,
        "robots.txt",
        &format!("User-agent: *\nAllow: /\n\nSitemap: {site}sitemap.xml\n"),
    )?;

    let head = render(&IndexHead {
        newest_issue_url,
        description: INDEX_DESCRIPTION,
        app_url: &site,
        feed_url: format!("{site}{FEED_PATH}"),
    })?;
    let noscript = render(&IndexNoscript {
        title: &data.publication.title,
        publication: match data.issues.len() {
            0 => format!(
                "{} · {}",
                data.publication.issue, data.publication.publisher
            ),
            1 => format!("1 issue · {}", data.publication.publisher),
            n => format!("{n} issues · {}", data.publication.publisher),
        },
        articles: newest
            .iter()
            .map(|a| (page_path(&a.id), a.title.as_str(), shown_date(a)))
            .collect(),
    })?;
    fill_index(dist, &head, &noscript)?;
    Ok(format!(
        "{written} feeds, {} article pages, sitemap.xml, robots.txt, index preview tags for {site}",
        data.articles.len()
    ))
}

fn entry<'a>(site: &str, article: &'a Article) -> Entry<'a> {
    Entry {
        id: format!("{site}{}", page_path(&article.id)),
        title: &article.title,
        link: deep_link(site, &article.id),
        updated: entry_date(article).map_or_else(
            || "2000-01-01T00:00:00Z".into(),
            |d| format!("{d}T00:00:00Z"),
        ),
        summary: &article.summary,
        tags: &article.tags,
    }
}

fn page<'a>(
    site: &'a str,
    publication: &str,
    organisations: &'a [Organisation],
    article: &'a Article,
) -> Page<'a> {
    Page {
        title: &article.title,
        description: description(article),
        page_url: format!("{site}{}", page_path(&article.id)),
        feed_url: format!("{site}{FEED_PATH}"),
        app_url: site,
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

/// Each tag once, in its first spelling.
fn tags(data: &Dataset) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for tag in data.articles.iter().flat_map(|a| &a.tags) {
        if !slug(tag).is_empty() && !out.iter().any(|t| slug(t) == slug(tag)) {
            out.push(tag.clone());
        }
    }
    out
}

/// The app's own newest-first order (the catalog's: undated last, equal dates in the
/// newsletter's order), so feeds, the index list and the app agree.
fn newest_first(data: &Dataset) -> Vec<&Article> {
    Catalog::new(data)
        .newest_first()
        .iter()
        .filter_map(|ix| data.get(*ix))
        .collect()
}

/// Every text the feeds and pages print, without what XML cannot carry (a control character
/// would make a feed unreadable to every feed reader).
fn clean(data: &mut Dataset) {
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

fn render(template: &impl Template) -> Result<String, String> {
    template.render().map_err(|e| e.to_string())
}

fn write(dist: &Path, path: &str, content: &str) -> Result<(), String> {
    let target: PathBuf = dist.join(path);
    if let Some(folder) = target.parent() {
        std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    std::fs::write(&target, content).map_err(|e| format!("{}: {e}", target.display()))
}

/// Puts the preview tags at the end of `index.html`'s head and the article list at the end of
/// its `<noscript>` (Trunk's minified page keeps neither comments nor optional tags, so the
/// closing tags are the marks).
fn fill_index(dist: &Path, head: &str, noscript: &str) -> Result<(), String> {
    let path = dist.join("index.html");
    let html = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    for mark in ["</head>", "</noscript>"] {
        if html.matches(mark).count() != 1 {
            return Err(format!("{} must hold {mark} once", path.display()));
        }
    }
    let html = html
        .replace("</head>", &format!("{}</head>", head.trim_end()))
        .replace(
            "</noscript>",
            &format!("{}</noscript>", noscript.trim_end()),
        );
    std::fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))
}
