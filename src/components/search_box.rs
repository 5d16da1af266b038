use leptos::ev;
use leptos::html;
use leptos::prelude::*;

use crate::explorer::Explorer;
use crate::logic::view::Change;

/// Search as you type; `/` anywhere focuses it.
#[component]
pub fn SearchBox() -> impl IntoView {
    let explorer = Explorer::get();
    let input = NodeRef::<html::Input>::new();
    let handle = window_event_listener(ev::keydown, move |event| {
        if event.key() != "/" || event.ctrl_key() || event.meta_key() || event.alt_key() {
            return;
        }
        let typing = event
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if !typing {
            if let Some(input) = input.get() {
                event.prevent_default();
                let _ = input.focus();
            }
        }
    });
    on_cleanup(move || handle.remove());

    let on_input =
        move |event: ev::Event| explorer.go(Change::SetQuery(event_target_value(&event)));
    view! {
        <div class="search" role="search">
            <label class="search__label" for="search-input">"Search"</label>
            <input
                id="search-input"
                class="search__input"
                type="search"
                node_ref=input
                placeholder="Ministry, law, standard…"
                autocomplete="off"
                aria-describedby="search-hint"
                prop:value=move || explorer.state.with(|s| s.q.clone())
                on:input=on_input
            />
            <p id="search-hint" class="search__hint">"Press " <kbd>"/"</kbd> " to search"</p>
        </div>
    }
}
