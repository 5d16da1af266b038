use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Copies the address of the current view, and says whether it worked.
#[component]
pub fn CopyLink() -> impl IntoView {
    let status = RwSignal::new(String::new());
    let copy = move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Ok(url) = window.location().href() else {
            return;
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
