use leptos::prelude::*;

use crate::explorer::Explorer;
use crate::logic::view::{Change, View};

/// Cards, calendar, agenda or documents: the same filters, four ways to read them.
#[component]
pub fn ViewSwitch() -> impl IntoView {
    let explorer = Explorer::get();
    let tab = move |view: View, label: &'static str| {
        let link = explorer.link(Change::SetView(view));
        let current = move || {
            explorer
                .state
                .with(|s| s.view == view && s.article.is_none())
        };
        view! {
            <li>
                <a
                    class="view-switch__link"
                    class:view-switch__link--current=current
                    href=link
                    aria-current=move || current().then_some("page")
                >
                    {label}
                </a>
            </li>
        }
    };
    view! {
        <nav class="view-switch" aria-label="View">
            <ul class="view-switch__list">
                {View::TABS.into_iter().map(|(view, label)| tab(view, label)).collect_view()}
            </ul>
        </nav>
    }
}
