use leptos::prelude::*;

use crate::explorer::{href, Explorer};
use crate::logic::query::{View, ViewState};

/// Cards, calendar or agenda: the same filters, three ways to read them.
#[component]
pub fn ViewSwitch() -> impl IntoView {
    let explorer = Explorer::get();
    let tab = move |view: View, label: &'static str| {
        let link = move || {
            explorer.state.with(|s| {
                href(&ViewState {
                    view,
                    ..s.without_article()
                })
            })
        };
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
                {tab(View::Cards, "Articles")}
                {tab(View::Calendar, "Calendar")}
                {tab(View::Agenda, "Agenda")}
            </ul>
        </nav>
    }
}
