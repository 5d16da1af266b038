use leptos::prelude::*;

use crate::browser::app_url;
use crate::explorer::Explorer;
use crate::logic::paths::{calendar_path, webcal, ARCHIVE_CALENDAR_PATH};
use crate::logic::registry::FacetKind;
use crate::logic::wording::ARCHIVE_CALENDAR_NAME;

/// A file the build writes (relative to the app) as the absolute address a calendar app is
/// given to subscribe to, in the app's own scheme (https where it is hosted).
fn address_of(path: &str) -> String {
    format!("{}{path}", app_url())
}

/// The same address with the `webcal:` scheme (`paths::webcal`).
pub fn webcal_url(path: &str) -> String {
    webcal(&address_of(path))
}

/// The calendar of what the view is about: its one document, organisation or tag (in that
/// order), else the whole archive. `(path, what it is of)`.
fn calendar_of_view(explorer: Explorer) -> (String, String) {
    explorer.state.with(|s| {
        for facet in [FacetKind::Doc, FacetKind::Org, FacetKind::Tag] {
            if let [one] = s.selected.values(facet) {
                if let Some(path) = calendar_path(facet, one) {
                    let name = explorer
                        .with_library(|l| facet.descriptor().display.name(Some(l.data()), one));
                    return (path, name);
                }
            }
        }
        (
            ARCHIVE_CALENDAR_PATH.to_string(),
            ARCHIVE_CALENDAR_NAME.to_string(),
        )
    })
}

/// "Subscribe to the calendar": a calendar app keeps it up to date (it polls once a day), with
/// reminders before every deadline. A `webcal:` link, and the `https` address to paste.
#[component]
pub fn SubscribeCalendar() -> impl IntoView {
    let explorer = Explorer::get();
    let chosen = Memo::new(move |_| calendar_of_view(explorer));
    view! {
        <div class="subscribe">
            <p class="subscribe__title">"Calendar subscription"</p>
            <div class="subscribe__body">
                <p class="subscribe__what">{move || chosen.with(|(_, name)| crate::logic::wording::calendar_holds(name))}</p>
                <a class="subscribe__webcal" href=move || chosen.with(|(path, _)| webcal_url(path))>"Subscribe in your calendar app"</a>
                <label class="subscribe__address">
                    "Or add this address to your calendar:"
                    <input type="text" readonly prop:value=move || chosen.with(|(path, _)| address_of(path))/>
                </label>
            </div>
        </div>
    }
}
