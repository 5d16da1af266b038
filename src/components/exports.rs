use leptos::prelude::*;

use crate::browser::{app_url, download};
use crate::explorer::Explorer;
use crate::logic::export::{csv, file_name, json};
use crate::logic::paths::{tag_feed_path, FEED_PATH};
use crate::logic::registry::FacetKind;
use crate::model::Article;

/// The selection as files (CSV for a spreadsheet, JSON in the dataset's shape) and as a feed:
/// the feed of the one selected tag, or the newest articles.
#[component]
pub fn Exports() -> impl IntoView {
    let explorer = Explorer::get();
    let feed = move || {
        let path = explorer
            .state
            .with(|s| match s.selected.values(FacetKind::Tag) {
                [one] => tag_feed_path(one).unwrap_or_else(|| FEED_PATH.into()),
                _ => FEED_PATH.into(),
            });
        // Relative to the page's base, as every in-app link is.
        format!("./{path}")
    };
    let feed_label = move || {
        explorer
            .state
            .with(|s| match s.selected.values(FacetKind::Tag) {
                [one] if tag_feed_path(one).is_some() => format!("Subscribe to {one}"),
                _ => "Subscribe".to_string(),
            })
    };
    // A click handler: the selection at the moment of the click.
    let save = move |extension: &'static str| {
        let name = explorer.state.with_untracked(|s| file_name(s, extension));
        let (content, mime) = explorer.results.with_untracked(|results| {
            explorer.with_library(|l| {
                let chosen: Vec<&Article> =
                    results.iter().filter_map(|ix| l.article(*ix)).collect();
                match extension {
                    "csv" => (csv(&chosen, &app_url()), "text/csv;charset=utf-8"),
                    _ => (json(l.data(), &chosen), "application/json"),
                }
            })
        });
        let _ = download(&name, mime, &content);
    };
    view! {
        <div class="exports">
            <a class="exports__feed" href=feed type="application/atom+xml">{feed_label}</a>
            <button type="button" class="button button--secondary" on:click=move |_| save("csv")>"Download CSV"</button>
            <button type="button" class="button button--secondary" on:click=move |_| save("json")>"Download JSON"</button>
        </div>
    }
}
