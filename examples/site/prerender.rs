//! The app's first screen for a fresh load of its bare address, written into `index.html` so
//! that a reader on a slow link reads the newest issue's cards before the WebAssembly arrives,
//! and a reader without JavaScript reads them at all. It shows what the app draws with its first
//! library (the newest issue, `logic::archive::assemble`), from the app's own logic: the same
//! selection, facet counts, links and wording (`logic::wording`). The markup is the components'
//! in `templates/index-app.html`; `tests/browser/prerender.spec.ts` holds the two equal.
//!
//! Also the head script that decides before the first paint whether the address is a deep link
//! (`?tag=…`, `?article=…`): then the prerendered cards are never shown.

use askama::Template;

use crate::files::WasmPreload;
use standards_radar::logic::archive::{assemble, progress_text, Manifest};
use standards_radar::logic::dates::Fuzzy;
use standards_radar::logic::facets::most_used;
use standards_radar::logic::filter::select;
use standards_radar::logic::library::Library;
use standards_radar::logic::paths::{
    page_path, view_href, webcal, ARCHIVE_CALENDAR_PATH, FEED_PATH,
};
use standards_radar::logic::registry::{FacetKind, Place};
use standards_radar::logic::url::Param;
use standards_radar::logic::view::{Change, Sort, View, ViewState};
use standards_radar::logic::wording::{
    calendar_holds, cloud_toggle, edition, more_cards, result_count, value_with_count,
    ARCHIVE_CALENDAR_NAME, CARDS_PER_PAGE, CLOUD_SIZE, STORAGE_NOTE,
};
use standards_radar::model::Dataset;

#[derive(Template)]
#[template(path = "index-app.html")]
pub struct FirstScreen {
    title: String,
    edition: String,
    publisher: String,
    progress: String,
    clouds: Vec<Cloud>,
    checklists: Vec<Checklist>,
    sorts: Vec<(&'static str, &'static str, bool)>,
    storage_note: &'static str,
    tabs: Vec<(String, &'static str, bool)>,
    result_count: String,
    feed_href: String,
    calendar_holds: String,
    webcal: String,
    calendar_address: String,
    cards: Vec<Card>,
    more: Option<String>,
    /// Opens the filters on a wide screen, as the app does, before they are drawn.
    open_on_wide_screens: &'static str,
}

/// The app's `is_wide_screen`: the filters beside the articles, open.
const OPEN_ON_WIDE_SCREENS: &str =
    "if(innerWidth>=960)document.currentScript.previousElementSibling.open=true";

struct Cloud {
    key: &'static str,
    heading: &'static str,
    /// `(href, shown name, accessible name, weight, count)`.
    values: Vec<(String, String, String, u8, usize)>,
    /// The toggle to every value, when there are more than the cloud shows.
    more: Option<String>,
}

struct Checklist {
    key: &'static str,
    heading: &'static str,
    /// `(href, name, count)`.
    values: Vec<(String, String, usize)>,
}

struct Card {
    id: String,
    href: String,
    page: String,
    title: String,
    section: String,
    date: String,
    shown_date: Option<String>,
    issue: Option<String>,
    summary: String,
    /// `(href, title, tag)`.
    tags: Vec<(String, String, String)>,
}

/// What the app has when it first draws cards: the newest issue alone, as it loads it first;
/// every other issue of the manifest is listed, still loading. A single file is itself.
/// `newest`: the newest issue, with its place in the manifest.
pub fn first_library(
    manifest: Option<&Manifest>,
    newest: Option<(usize, Dataset)>,
    whole: &Dataset,
) -> Library {
    match (manifest, newest) {
        (Some(manifest), Some(newest)) => Library::new(assemble(manifest, &[newest])),
        _ => Library::new(whole.clone()),
    }
}

/// The first screen of the bare address. `site`: where the build is hosted (the calendar's
/// address, which the app makes from where it runs).
pub fn first_screen(library: &Library, issues_in_archive: usize, site: &str) -> FirstScreen {
    let state = ViewState::default();
    let data = library.data();
    let selection = select(data, library.catalog(), &state);
    let link = |change: Change| view_href(&state.apply(&change));
    let place = |place: Place| {
        FacetKind::ALL
            .into_iter()
            .filter(move |f| f.descriptor().place == place)
    };
    let clouds = place(Place::Cloud)
        .filter(|&facet| !selection.facets.of(facet).is_empty())
        .map(|facet| {
            let all = selection.facets.of(facet);
            let d = facet.descriptor();
            let values = most_used(all, CLOUD_SIZE)
                .into_iter()
                .filter_map(|at| all.get(at.0))
                .map(|f| {
                    let href = link(Change::Toggle(facet, f.name.clone()));
                    (
                        href,
                        f.label.clone(),
                        value_with_count(&f.label, f.count),
                        f.weight,
                        f.count,
                    )
                })
                .collect();
            let more = (all.len() > CLOUD_SIZE).then(|| cloud_toggle(false, all.len(), d.plural));
            Cloud {
                key: d.key,
                heading: d.heading,
                values,
                more,
            }
        })
        .collect();
    let checklists = place(Place::Checklist)
        .filter(|&facet| !selection.facets.of(facet).is_empty())
        .map(|facet| {
            let d = facet.descriptor();
            let values = selection
                .facets
                .of(facet)
                .iter()
                .map(|f| {
                    (
                        link(Change::Toggle(facet, f.name.clone())),
                        f.label.clone(),
                        f.count,
                    )
                })
                .collect();
            Checklist {
                key: d.key,
                heading: d.heading,
                values,
            }
        })
        .collect();
    let cards: Vec<Card> = selection
        .results
        .iter()
        .take(CARDS_PER_PAGE)
        .filter_map(|&ix| {
            let article = library.article(ix)?;
            let tags = library
                .tags_of(ix)
                .into_iter()
                .map(|tag| {
                    let href = link(Change::Toggle(FacetKind::Tag, tag.clone()));
                    (href, format!("Show only articles tagged {tag}"), tag)
                })
                .collect();
            Some(Card {
                id: article.id.clone(),
                href: link(Change::OpenArticle(article.id.clone())),
                page: page_path(&article.id),
                title: article.title.clone(),
                section: article.section.clone(),
                date: article.date.clone(),
                shown_date: Fuzzy::parse(&article.date).map(|d| d.to_string()),
                issue: library
                    .issue_title(&article.issue)
                    .map(|t| format!("{t} issue")),
                summary: article.summary.clone(),
                tags,
            })
        })
        .collect();
    let shown = selection.results.len();
    let address = format!("{site}{ARCHIVE_CALENDAR_PATH}");
    FirstScreen {
        title: data.publication.title.clone(),
        edition: edition(data),
        publisher: data.publication.publisher.clone(),
        progress: if issues_in_archive > 1 {
            progress_text(1, issues_in_archive)
        } else {
            String::new()
        },
        clouds,
        checklists,
        sorts: Sort::ALL
            .into_iter()
            .map(|sort| (sort.as_str(), sort.label(), sort == state.effective_sort()))
            .collect(),
        storage_note: STORAGE_NOTE,
        tabs: View::TABS
            .into_iter()
            .map(|(view, label)| (link(Change::SetView(view)), label, view == state.view))
            .collect(),
        result_count: result_count(shown, data.articles.len()),
        feed_href: format!("./{FEED_PATH}"),
        calendar_holds: calendar_holds(ARCHIVE_CALENDAR_NAME),
        webcal: webcal(&address),
        calendar_address: address,
        more: (shown > cards.len()).then(|| more_cards(shown - cards.len())),
        cards,
        open_on_wide_screens: OPEN_ON_WIDE_SCREENS,
    }
}

/// The head script: marks the page as run with JavaScript (`html.js`), and as a deep link
/// (`html.deep-link`) when its query names anything the app reads, before the body is drawn;
/// and preloads what the app fetches first, the data (`data`) and the WebAssembly. A deep link
/// shows no first screen to wait for: it preloads them at once. The bare address preloads the
/// data once the whole first screen is drawn (the frame after the page is parsed, when the
/// loader fetches the wasm too, `files::fill_index`),
/// so that nothing shares the link with what the first screen waits for.
/// An inline script, allowed by its hash in the CSP (`scripts/headers.mjs`), as the loader is.
pub fn head_script(wasm: Option<&WasmPreload>, data: &[String]) -> String {
    // Build-time strings in a script: JSON strings are JavaScript strings.
    let text = |s: &str| serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into());
    let list = |items: Vec<String>| items.join(",");
    let keys = list(Param::all().into_iter().map(|p| text(p.key())).collect());
    let data = list(data.iter().map(|url| text(url)).collect());
    let wasm = wasm.map_or(String::new(), |w| {
        format!(
            "p({},\"application/wasm\",{});",
            text(&w.href),
            text(&w.integrity)
        )
    });
    format!(
        "(function(){{var r=document.documentElement,k=[{keys}],d=false;r.classList.add(\"js\");\
function p(h,t,i){{var l=document.createElement(\"link\");l.rel=\"preload\";l.as=\"fetch\";\
l.type=t;l.crossOrigin=\"anonymous\";l.href=h;if(i)l.integrity=i;document.head.appendChild(l)}}\
function f(){{[{data}].forEach(function(h){{p(h,\"application/json\")}})}}\
new URLSearchParams(location.search).forEach(function(v,n){{if(k.indexOf(n)>=0)d=true}});\
if(d){{r.classList.add(\"deep-link\");{wasm}f()}}else addEventListener(\"DOMContentLoaded\",function(){{\
requestAnimationFrame(function(){{setTimeout(f,0)}})}})}})()"
    )
}

/// Whitespace between tags that holds a line break is the template's layout, not text: the app's
/// markup has none, and between inline elements it would take room.
pub fn squeeze(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('>') {
        let (head, tail) = rest.split_at(open + 1);
        out.push_str(head);
        let gap = tail.len() - tail.trim_start().len();
        let (space, after) = tail.split_at(gap);
        if !(after.starts_with('<') && space.contains('\n')) {
            out.push_str(space);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}
