use leptos::prelude::*;

use crate::explorer::Explorer;

/// "12 of 26 articles", announced to screen readers as it changes.
#[component]
pub fn ResultCount() -> impl IntoView {
    let explorer = Explorer::get();
    let text = move || {
        crate::logic::wording::result_count(explorer.results.with(Vec::len), explorer.total())
    };
    view! { <p class="result-count" role="status" aria-live="polite">{text}</p> }
}
