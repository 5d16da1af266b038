use leptos::prelude::*;

use crate::following_store::Following;
use crate::logic::following::Target;

/// Follows `target` on this device, or stops: a toggle button ("Follow ICV", pressed while
/// followed). It changes the device's list, never the view.
#[component]
pub fn FollowButton(target: Target, #[prop(into)] name: String) -> impl IntoView {
    let following = Following::get();
    let watched = target.clone();
    let on = Memo::new(move |_| following.with(|list| list.follows(&watched)));
    view! {
        <button
            type="button"
            class="follow"
            class:follow--on=move || on.get()
            aria-pressed=move || on.get().to_string()
            aria-label=format!("Follow {name}")
            on:click=move |_| following.toggle(target.clone())
        >
            <span class="follow__mark" aria-hidden="true">{move || if on.get() { "★" } else { "☆" }}</span>
            <span aria-hidden="true">{move || if on.get() { " Following" } else { " Follow" }}</span>
        </button>
    }
}
