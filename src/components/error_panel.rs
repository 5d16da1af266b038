use leptos::prelude::*;

use crate::data::LoadError;

/// What went wrong while loading, in words a reader can act on, and a way to try again.
#[component]
pub fn ErrorPanel(error: LoadError, on_retry: impl Fn() + 'static) -> impl IntoView {
    view! {
        <section class="error-panel" role="alert" aria-labelledby="error-panel-title">
            <h2 id="error-panel-title" class="error-panel__title">"The articles could not be loaded"</h2>
            <p class="error-panel__message">{error.to_string()}</p>
            // Shown when the panel stands above the prerendered cards (`takeover::keep_with_problem`).
            <p class="error-panel__message error-panel__kept" hidden>
                "Below, the newest issue as this page first showed it. Search, filters and the calendar need the rest of the archive."
            </p>
            <button type="button" class="button error-panel__retry" on:click=move |_| on_retry()>
                "Retry"
            </button>
        </section>
    }
}
