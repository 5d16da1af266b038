use leptos::prelude::*;

use crate::components::article_card::ArticleCard;
use crate::explorer::Explorer;
use crate::logic::view::Change;
use crate::logic::wording::{more_cards, CARDS_PER_PAGE};

#[component]
pub fn CardList() -> impl IntoView {
    let explorer = Explorer::get();
    let shown = RwSignal::new(CARDS_PER_PAGE);
    // A new result set starts again from the first page.
    Effect::new(move |_| {
        explorer.results.track();
        shown.set(CARDS_PER_PAGE);
    });
    let visible = Memo::new(move |_| {
        explorer
            .results
            .with(|r| r.iter().copied().take(shown.get()).collect::<Vec<_>>())
    });
    // Each card keyed by its article's id: a position may name another article in a new
    // library (an issue newer than those shown arrived late), an id never does, and a card
    // shows only what its article says, which no new library changes.
    let keyed = Memo::new(move |_| {
        explorer.with_library(|l| {
            visible.with(|v| {
                v.iter()
                    .filter_map(|i| Some((l.article(*i)?.id.clone(), *i)))
                    .collect::<Vec<_>>()
            })
        })
    });
    let remaining = move || explorer.results.with(Vec::len).saturating_sub(shown.get());
    // The first cards on screen, for the benchmark: after the frame that paints them.
    Effect::new(move |_| {
        request_animation_frame(|| crate::browser::mark("radar:cards-painted"));
    });
    view! {
        <Show when=move || explorer.results.with(|r| !r.is_empty()) fallback=NoResults>
            <ol class="cards">
                <For each=move || keyed.get() key=|entry| entry.0.clone() let:entry>
                    <li><ArticleCard index=entry.1/></li>
                </For>
            </ol>
            <Show when=move || { remaining() > 0 }>
                <button type="button" class="button button--secondary cards__more" on:click=move |_| shown.update(|n| *n += CARDS_PER_PAGE)>
                    {move || more_cards(remaining())}
                </button>
            </Show>
        </Show>
    }
}

/// Nothing matches: say so, and offer the way back.
#[component]
fn NoResults() -> impl IntoView {
    let explorer = Explorer::get();
    let last = Memo::new(move |_| {
        explorer.with_library(|l| explorer.state.with(|s| s.filters(Some(l.data())).pop()))
    });
    let clear = explorer.link(Change::Clear);
    view! {
        <div class="no-results">
            <h2 class="no-results__title">"No articles match these filters"</h2>
            {move || {
                last.get()
                    .map(|filter| {
                        view! {
                            <p>
                                <a class="button" href=explorer.link(filter.remove)>
                                    {format!("Remove the last filter ({})", filter.label)}
                                </a>
                            </p>
                        }
                    })
            }}
            <p><a href=clear>"Clear all filters"</a></p>
        </div>
    }
}
