use leptos::ev;
use leptos::prelude::*;

use crate::explorer::Explorer;

/// When the network is gone: says so, and how recent the articles on screen are.
#[component]
pub fn OfflineNotice() -> impl IntoView {
    let explorer = Explorer::get();
    let offline = RwSignal::new(is_offline());
    let off = window_event_listener(ev::offline, move |_| offline.set(true));
    let on = window_event_listener(ev::online, move |_| offline.set(false));
    on_cleanup(move || {
        off.remove();
        on.remove();
    });
    // The newest article's date, as more issues arrive.
    let newest = move || {
        explorer.with_library(|l| {
            let catalog = l.catalog();
            catalog
                .newest_first()
                .first()
                .and_then(|ix| catalog.date(*ix))
        })
    };
    move || {
        offline.get().then(|| {
            let newest = newest();
            let as_of = newest.map_or_else(String::new, |d| format!(": the newest article this device holds is of {d}"));
            view! {
                <p class="offline-notice" role="status">{format!("You are offline{as_of}. Filters, search and the calendar still work.")}</p>
            }
        })
    }
}

fn is_offline() -> bool {
    web_sys::window().is_some_and(|w| !w.navigator().on_line())
}
