use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::browser::app_url;
use crate::explorer::Explorer;
use crate::logic::paths::page_path;

/// Copies the address of the current view, and says whether it worked. For an open article, the
/// address of its static page: a chat or an e-mail previews it with its title and summary, and
/// the page leads into the app.
#[component]
pub fn CopyLink() -> impl IntoView {
    let explorer = Explorer::get();
    let status = RwSignal::new(String::new());
    let copy = move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        // A click handler: the view at the moment of the click.
        let article = explorer.state.with_untracked(|s| s.article.clone());
        let known = article.filter(|id| explorer.with_library(|l| l.data().article(id).is_some()));
        let url = match known {
            Some(id) => format!("{}{}", app_url(), page_path(&id)),
            None => window.location().href().unwrap_or_default(),
        };
        let promise = window.navigator().clipboard().write_text(&url);
        leptos::task::spawn_local(async move {
            let message = match JsFuture::from(promise).await {
                Ok(_) => "Link copied".to_string(),
                Err(_) => format!("Copy this link: {url}"),
            };
            status.set(message);
        });
    };
    view! {
        <div class="copy-link">
            <button type="button" class="button button--secondary" on:click=copy>"Copy link"</button>
            <span class="copy-link__status" role="status">{move || status.get()}</span>
        </div>
    }
}
