use leptos::prelude::*;

use crate::explorer::Explorer;

/// "12 of 26 articles", announced to screen readers as it changes.
#[component]
pub fn ResultCount() -> impl IntoView {
    let explorer = Explorer::get();
    let text = move || {
        let total = explorer.total();
        let shown = explorer.results.with(Vec::len);
        let noun = if total == 1 { "article" } else { "articles" };
        if shown == total {
            format!("All {total} {noun}")
        } else {
            format!("{shown} of {total} {noun}")
        }
    };
    view! { <p class="result-count" role="status" aria-live="polite">{text}</p> }
}
