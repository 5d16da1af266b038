use leptos::prelude::*;

use crate::explorer::Explorer;
use crate::logic::calendar::Occurrence;
use crate::logic::status::{status, Tense};

/// "comment period open, closes in 3 days", "in force since 1 September 2021", relative to the
/// reader's today.
#[component]
pub fn EventStatus(occurrence: Occurrence) -> impl IntoView {
    let (tense, text) = status(&occurrence, Explorer::get().today);
    let modifier = match tense {
        Tense::Upcoming => "upcoming",
        Tense::Ongoing => "ongoing",
        Tense::Past => "past",
    };
    view! { <span class=format!("event-status event-status--{modifier}")>{text}</span> }
}
