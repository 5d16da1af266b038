//! What the build writes beside the app so that it reaches readers outside the open tab: Atom
//! feeds (the newest 50 articles, one per tag and one per issue), one static page per article
//! (its text, readable without JavaScript, with link-preview tags), `sitemap.xml`,
//! `robots.txt`, and the index page's own preview tags and a `<noscript>` list of the
//! articles. And the facts of the build (`standards_radar::build::facts`): each issue file
//! moved to its content-hashed name, and `build-facts.json` with the service worker's
//! precache list, which `scripts/service-worker.mjs`, the benchmark and the tests read.
//!
//!     site DIST SITE_URL      SITE_URL: where DIST is hosted, ending in `/`
//!     site --data DIST        only the facts: for a copy of a build given other data (the
//!                             benchmark's synthetic archives)
//!
//! Every link into the app is a view of the app's own (`logic::paths::view_link`), and every
//! file name comes from `logic::paths`, as the app names them.

mod dataset;
mod files;
mod templates;

use std::path::Path;
use std::process::ExitCode;

use standards_radar::build::archive_files::read_on_disk;
use standards_radar::build::facts::{publish_issues, write_facts, BuildFacts, FACTS_FILE};
use standards_radar::logic::archive::{read_root, Manifest, Root, ROOT_URL};
use standards_radar::logic::export::entry_date;
use standards_radar::logic::links::safe_http_url;
use standards_radar::logic::paths::{
    facet_view, issue_feed_path, page_path, tag_feed_path, view_link, FEED_PATH,
};
use standards_radar::logic::registry::FacetKind;
use standards_radar::logic::text::value_key;
use standards_radar::logic::view::ViewState;
use standards_radar::model::Article;

use dataset::{clean, newest_first, tags};
use files::{fill_index, write};
use templates::{
    entry, feed_time, page, render, shown_date, Feed, IndexHead, IndexNoscript, Sitemap,
};

/// Entries in each feed: the newest, as a feed reader wants.
const FEED_SIZE: usize = 50;

const INDEX_DESCRIPTION: &str = "Read and track the SESEC China Standardization and Technical \
Regulation newsletter: who did what in Chinese standards and regulation, when comment periods \
close and when rules take effect.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dist, result) = match args.as_slice() {
        [flag, dist] if flag == "--data" => (dist, data_only(Path::new(dist))),
        [dist, site_url] => (dist, build(Path::new(dist), site_url)),
        _ => {
            eprintln!("usage: site DIST SITE_URL | site --data DIST");
            return ExitCode::FAILURE;
        }
    };
    match result {
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

/// The issue files under their hashed names, and the facts of the build.
fn publish(dist: &Path, manifest: Option<&Manifest>) -> Result<BuildFacts, String> {
    if let Some(manifest) = manifest {
        publish_issues(dist, manifest)?;
    }
    write_facts(dist, manifest)
}

fn data_only(dist: &Path) -> Result<String, String> {
    let path = dist.join(ROOT_URL);
    let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let root = read_root(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let manifest = match &root {
        Root::Archive(manifest) => Some(manifest),
        Root::Single(_) => None,
    };
    let facts = publish(dist, manifest)?;
    Ok(summary_of(&facts))
}

fn summary_of(facts: &BuildFacts) -> String {
    format!(
        "{} issue files under their hashed names, {FACTS_FILE} ({} URLs to precache)",
        facts.issues.len(),
        facts.precache.len()
    )
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
    // The app's own address: the view with nothing chosen.
    let home = view_link(&site, &ViewState::default());
    let on_disk = read_on_disk(&dist.join(ROOT_URL).to_string_lossy())?;
    let manifest = match &on_disk.root {
        Root::Archive(manifest) => Some(manifest.clone()),
        Root::Single(_) => None,
    };
    let mut data = on_disk.into_dataset()?;
    // Only once every issue is read and checked are the files moved to their served names.
    let facts = publish(dist, manifest.as_ref())?;
    clean(&mut data);
    let newest = newest_first(&data);

    let feed = |title: String, path: &str, view: &ViewState, articles: &[&Article]| {
        render(&Feed {
            self_url: format!("{site}{path}"),
            view_url: view_link(&site, view),
            title,
            subtitle: &data.publication.title,
            publisher: &data.publication.publisher,
            updated: feed_time(articles.iter().filter_map(|a| entry_date(a)).max()),
            entries: articles.iter().map(|a| entry(&site, a)).collect(),
        })
    };
    let mut written = 0;
    let main: Vec<&Article> = newest.iter().copied().take(FEED_SIZE).collect();
    let main_feed = feed(
        "Standards Radar".into(),
        FEED_PATH,
        &ViewState::default(),
        &main,
    )?;
    write(dist, FEED_PATH, &main_feed)?;
    written += 1;
    for (tag, key) in tags(&data) {
        let Some(path) = tag_feed_path(&tag) else {
            continue;
        };
        // Every spelling of the tag, as the app's filter takes them.
        let tagged: Vec<&Article> = newest
            .iter()
            .copied()
            .filter(|a| a.tags.iter().any(|t| value_key(t) == key))
            .take(FEED_SIZE)
            .collect();
        let view = facet_view(FacetKind::Tag, &tag);
        let title = format!("Standards Radar: {tag}");
        write(dist, &path, &feed(title, &path, &view, &tagged)?)?;
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
        let view = facet_view(FacetKind::Issue, &issue.id);
        let title = format!("Standards Radar: the {} issue", issue.title);
        write(dist, &path, &feed(title, &path, &view, &of_issue)?)?;
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
        let page = page(&site, &home, &publication, &data.organisations, article);
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
            app_url: &home,
            pages,
        })?,
    )?;
    write(
        dist,
        "robots.txt",
        &format!("User-agent: *\nAllow: /\n\nSitemap: {site}sitemap.xml\n"),
    )?;

    let head = render(&IndexHead {
        // The newest issue file downloads alongside the wasm, as the manifest does: the very
        // URL the app will ask for, from the facts the service worker precaches.
        newest_issue_url: facts.issues.first().map(|issue| issue.url.as_str()),
        description: INDEX_DESCRIPTION,
        app_url: &home,
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
        "{written} feeds, {} article pages, sitemap.xml, robots.txt, index preview tags for {site}; {}",
        data.articles.len(),
        summary_of(&facts)
    ))
}
