use leptos::prelude::*;

use crate::explorer::{href, Explorer};

/// The filters in force, each removable, and "Clear all".
#[component]
pub fn ActiveFilters() -> impl IntoView {
    let explorer = Explorer::get();
    let filters = Memo::new(move |_| explorer.state.with(|s| s.filters()));
    let clear = move || explorer.state.with(|s| href(&s.cleared()));
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
                                view! {
                                    <li>
                                        <a class="chip" href=href(&filter.without) aria-label=format!("Remove filter {label}")>
                                            {filter.label}
                                            <span class="chip__x" aria-hidden="true">"×"</span>
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
                <a class="chips__clear" href=clear>"Clear all"</a>
            </div>
        </Show>
    }
}
