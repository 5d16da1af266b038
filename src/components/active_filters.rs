use leptos::prelude::*;

use crate::components::follow_button::FollowButton;
use crate::explorer::Explorer;
use crate::logic::following::{Target, FOLLOWABLE};
use crate::logic::view::Change;

/// The filters in force, each removable, and "Clear all".
#[component]
pub fn ActiveFilters() -> impl IntoView {
    let explorer = Explorer::get();
    let filters = Memo::new(move |_| {
        explorer.with_library(|l| explorer.state.with(|s| s.filters(Some(l.data()))))
    });
    let clear = explorer.link(Change::Clear);
    view! {
        <Show when=move || filters.with(|f| !f.is_empty())>
            <div class="chips" aria-label="Current filters" role="group">
                <ul class="chips__list">
                    {move || {
                        filters
                            .get()
                            .into_iter()
                            .map(|filter| {
                                let label = filter.label.clone();
                                // A value of a followable facet can be followed from its chip.
                                let follow = match &filter.remove {
                                    Change::Toggle(facet, value) if FOLLOWABLE.contains(facet) => {
                                        Some(Target::Value(*facet, value.clone()))
                                    }
                                    _ => None,
                                };
                                let follow_name = label.clone();
                                view! {
                                    <li>
                                        <a class="chip" href=explorer.link(filter.remove) aria-label=format!("Remove filter {label}")>
                                            {filter.label}
                                            <span class="chip__x" aria-hidden="true">"×"</span>
                                        </a>
                                        {follow.map(|target| view! { <FollowButton target name=follow_name/> })}
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
                <a class="chips__clear" href=clear.clone()>"Clear all"</a>
            </div>
        </Show>
    }
}
