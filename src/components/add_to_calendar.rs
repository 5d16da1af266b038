use leptos::prelude::*;

use crate::browser::{app_url, download, now_utc};
use crate::explorer::Explorer;
use crate::logic::calendar::Occurrence;
use crate::logic::ics::{calendar, file_name};

const ICS_MIME: &str = "text/calendar;charset=utf-8";

/// Downloads one event as an `.ics` file.
#[component]
pub fn AddToCalendar(occurrence: Occurrence, #[prop(into)] title: String) -> impl IntoView {
    let explorer = Explorer::get();
    let save = move |_| {
        let (ics, name) = explorer.with_library(|library| {
            let data = library.data();
            let id = occurrence.event(data).map(|e| e.id.clone());
            (
                calendar(
                    data,
                    std::slice::from_ref(&occurrence),
                    now_utc(),
                    &app_url(),
                ),
                file_name(id.as_deref()),
            )
        });
        let _ = download(&name, ICS_MIME, &ics);
    };
    view! {
        <button type="button" class="add-to-calendar" on:click=save aria-label=format!("Add to calendar: {title}")>
            "Add to calendar"
        </button>
    }
}

/// Downloads every event the view shows as one `.ics` file.
#[component]
pub fn ExportEvents(#[prop(into)] events: Signal<Vec<Occurrence>>) -> impl IntoView {
    let explorer = Explorer::get();
    let count = move || events.with(Vec::len);
    let save = move |_| {
        // A click handler: the events shown at the moment of the click (the count on the
        // button is tracked above).
        let ics = events.with_untracked(|events| {
            explorer.with_library(|library| calendar(library.data(), events, now_utc(), &app_url()))
        });
        let _ = download(&file_name(None), ICS_MIME, &ics);
    };
    view! {
        <button type="button" class="button button--secondary" on:click=save disabled=move || count() == 0>
            {move || match count() {
                1 => "Export 1 event".to_string(),
                n => format!("Export {n} events"),
            }}
        </button>
    }
}
