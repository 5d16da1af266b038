//! What the build writes beside the app so that it reaches readers outside the open tab: Atom
//! feeds (the newest 50 articles, one per tag, issue, document and organisation), one static
//! page per article (its text, readable without JavaScript, with link-preview tags) and per
//! document (its record: steps, relations, the articles naming it), the calendars a calendar
//! app subscribes to (the archive's, each tag's, organisation's, document's and event kind's:
//! `calendars.rs`), `sitemap.xml`,
//! `robots.txt`, and the index page's own preview tags and its first screen, prerendered
//! (`prerender.rs`). And the facts of the build (`standards_radar::build::facts`): each issue file
//! moved to its content-hashed name, and `build-facts.json` with the service worker's
//! precache list, which `scripts/service-worker.mjs`, the benchmark and the tests read.
//!
//!     site DIST SITE_URL      SITE_URL: where DIST is hosted, ending in `/`
//!     site --data DIST        only the facts: for a copy of a build given other data (the
//!                             benchmark's synthetic archives)
//!
//! Every link into the app is a view of the app's own (`logic::paths::view_link`), and every
//! file name comes from `logic::paths`, as the app names them.

mod calendars;
mod dataset;
mod documents;
mod files;
mod prerender;
mod templates;

use std::collections::HashMap;
use std::path::Path;
use std::process::ExitCode;

use standards_radar::build::archive_files::read_on_disk;
use standards_radar::build::facts::{publish_issues, write_facts, BuildFacts, FACTS_FILE};
use standards_radar::build::revisions::of_files;
use standards_radar::logic::archive::{read_root, Manifest, Root, ROOT_URL};
use standards_radar::logic::export::entry_date;
use standards_radar::logic::links::safe_http_url;
use standards_radar::logic::paths::{
    document_feed_path, document_page_path, facet_view, issue_feed_path, org_feed_path, page_path,
    tag_feed_path, view_link, FEED_PATH,
};
use standards_radar::logic::registry::FacetKind;
use standards_radar::logic::text::value_key;
use standards_radar::logic::view::ViewState;
use standards_radar::model::Article;

use calendars::{write_calendars, Groups};
use dataset::{clean, documents, grouped, newest_first, org_name, orgs, tags};
use documents::{doc_link, last_named, Context};
use files::{fill_index, write};
use prerender::{first_library, first_screen, head_script, squeeze};
use templates::{entry, feed_time, page, render, Feed, IndexHead, Sitemap};

/// Entries in each feed at most.
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

/// The articles of one group (`dataset::grouped`): none when no article has the key.
fn of<'a, 'g>(groups: &'g HashMap<String, Vec<&'a Article>>, key: &str) -> &'g [&'a Article] {
    groups.get(key).map_or(&[], Vec::as_slice)
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
    // From every issue file as it is, before they are assembled into one dataset.
    let revisions = of_files(&on_disk);
    // The newest issue, which the app loads first and draws its first cards from.
    let newest_issue = manifest.as_ref().and_then(|m| {
        let at = m.newest_first().first().copied()?;
        let (_, read) = on_disk.issues.iter().find(|(i, _)| *i == at)?;
        Some((at, read.as_ref().ok()?.clone()))
    });
    let mut data = on_disk.into_dataset()?;
    // Only once every issue is read and checked are the files moved to their served names.
    let facts = publish(dist, manifest.as_ref())?;
    clean(&mut data);
    let first = first_library(
        manifest.as_ref(),
        newest_issue.map(|(at, mut issue)| {
            clean(&mut issue);
            (at, issue)
        }),
        &data,
    );
    let newest = newest_first(&data);

    // Each feed's articles, newest first, in one pass over the articles per kind of feed: tags
    // and organisations by the app's identity of a value (every spelling its filter takes),
    // issues and documents by their ids.
    let by_tag = grouped(&newest, |a| a.tags.iter().map(|t| value_key(t)).collect());
    let by_issue = grouped(&newest, |a| vec![a.issue.clone()]);
    let by_doc = grouped(&newest, |a| a.docs.clone());
    let by_org = grouped(&newest, |a| a.orgs.iter().map(|o| value_key(o)).collect());
    let records = documents(&data);

    // Every feed of whatever kind: its file, title, view in the app and articles.
    let mut feeds = vec![(
        FEED_PATH.to_string(),
        "Standards Radar".to_string(),
        ViewState::default(),
        newest.as_slice(),
    )];
    for (tag, key) in tags(&data) {
        if let Some(path) = tag_feed_path(&tag) {
            let view = facet_view(FacetKind::Tag, &tag);
            feeds.push((
                path,
                format!("Standards Radar: {tag}"),
                view,
                of(&by_tag, &key),
            ));
        }
    }
    for issue in &data.issues {
        if let Some(path) = issue_feed_path(&issue.id) {
            let title = format!("Standards Radar: the {} issue", issue.title);
            let view = facet_view(FacetKind::Issue, &issue.id);
            feeds.push((path, title, view, of(&by_issue, &issue.id)));
        }
    }
    for doc in &records {
        let title = format!("Standards Radar: {}", doc.title);
        let view = facet_view(FacetKind::Doc, &doc.id);
        let path = document_feed_path(&doc.id);
        feeds.push((path, title, view, of(&by_doc, &doc.id)));
    }
    for (org, key) in orgs(&data) {
        if let Some(path) = org_feed_path(&org) {
            let title = format!("Standards Radar: {}", org_name(&data, &org));
            let view = facet_view(FacetKind::Org, &org);
            feeds.push((path, title, view, of(&by_org, &key)));
        }
    }
    for (path, title, view, articles) in &feeds {
        // The newest, as a feed reader wants.
        let articles: Vec<&Article> = articles.iter().copied().take(FEED_SIZE).collect();
        let xml = render(&Feed {
            self_url: format!("{site}{path}"),
            view_url: view_link(&site, view),
            title: title.clone(),
            subtitle: &data.publication.title,
            publisher: &data.publication.publisher,
            updated: feed_time(articles.iter().filter_map(|a| entry_date(a)).max()),
            entries: articles.iter().map(|a| entry(&site, a)).collect(),
        })?;
        write(dist, path, &xml)?;
    }

    let tag_list = tags(&data);
    let org_list = orgs(&data);
    let groups = Groups {
        tags: &tag_list,
        orgs: &org_list,
        records: &records,
        by_tag: &by_tag,
        by_org: &by_org,
        by_doc: &by_doc,
    };
    let calendars = write_calendars(dist, &site, &data, &revisions, &groups)?;

    for article in &data.articles {
        // An archive article names its own issue; a single file has one.
        let issue = data
            .issues
            .iter()
            .find(|i| i.id == article.issue)
            .map_or(data.publication.issue.as_str(), |i| i.title.as_str());
        let publication = format!("{issue} · {}", data.publication.publisher);
        let docs = article.docs.iter().map(|d| doc_link(&data, d)).collect();
        let page = page(
            &site,
            &home,
            &publication,
            &data.organisations,
            docs,
            article,
        );
        write(dist, &page_path(&article.id), &render(&page)?)?;
    }

    let by_id: HashMap<&str, &Article> = data.articles.iter().map(|a| (a.id.as_str(), a)).collect();
    let cx = Context {
        site: &site,
        home: &home,
        publication: &data.publication.title,
        today: time::OffsetDateTime::now_utc().date(),
        data: &data,
        records: &records,
        by_id: &by_id,
        naming: &by_doc,
        named_orgs: &by_org,
    };
    for doc in &records {
        let page = documents::page(&cx, doc);
        write(dist, &document_page_path(&doc.id), &render(&page)?)?;
    }

    let pages = data
        .articles
        .iter()
        .map(|a| (format!("{site}{}", page_path(&a.id)), entry_date(a)))
        .chain(records.iter().map(|d| {
            let url = format!("{site}{}", document_page_path(&d.id));
            (url, last_named(&by_doc, &d.id))
        }))
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
        description: INDEX_DESCRIPTION,
        app_url: &home,
        feed_url: format!("{site}{FEED_PATH}"),
    })?;
    let issues_in_archive = manifest.as_ref().map_or(0, |m| m.issues.len());
    let body = squeeze(&render(&first_screen(&first, issues_in_archive, &site))?);
    // The data the app asks for first, preloaded by the head script: the manifest and the newest
    // issue file, under the very URL the app will ask for (from the facts the service worker
    // precaches).
    let first_data: Vec<String> = std::iter::once(ROOT_URL.to_string())
        .chain(facts.issues.first().map(|issue| issue.url.clone()))
        .collect();
    fill_index(dist, &head, |wasm| head_script(wasm, &first_data), &body)?;
    Ok(format!(
        "{} feeds, {calendars} calendars, {} article pages, {} document pages, sitemap.xml, robots.txt, index preview tags and first screen for {site}; {}",
        feeds.len(),
        data.articles.len(),
        records.len(),
        summary_of(&facts)
    ))
}
