use leptos::prelude::*;

use crate::explorer::Explorer;
use crate::logic::filter::TagFacet;

/// Every tag with what it would leave; a cloud, or a plain list sorted by count.
#[component]
pub fn TagCloud() -> impl IntoView {
    let explorer = Explorer::get();
    let as_list = RwSignal::new(false);
    let facets = Memo::new(move |_| {
        let mut facets = explorer.facets.get();
        if as_list.get() {
            facets.sort_by_key(|f| std::cmp::Reverse(f.count));
        }
        facets
    });
    view! {
        <section class="tag-cloud" aria-labelledby="tag-cloud-title">
            <div class="tag-cloud__header">
                <h2 id="tag-cloud-title" class="tag-cloud__title">"Tags"</h2>
                <button
                    type="button"
                    class="tag-cloud__toggle"
                    on:click=move |_| as_list.update(|l| *l = !*l)
                >
                    {move || if as_list.get() { "Show as cloud" } else { "Show as list" }}
                </button>
            </div>
            <ul class="tag-cloud__tags" class:tag-cloud__tags--list=as_list>
                <For
                    each=move || facets.get()
                    key=|f: &TagFacet| (f.name.clone(), f.count, f.selected)
                    let:facet
                >
                    <li><TagToggle facet/></li>
                </For>
            </ul>
        </section>
    }
}

#[component]
fn TagToggle(facet: TagFacet) -> impl IntoView {
    let explorer = Explorer::get();
    let name = facet.name.clone();
    let toggle = move |_| {
        let next = explorer.state.with_untracked(|s| s.toggle_tag(&name));
        explorer.go(&next, false);
    };
    let noun = if facet.count == 1 {
        "article"
    } else {
        "articles"
    };
    view! {
        <button
            type="button"
            class=format!("tag-cloud__tag tag-cloud__tag--w{}", facet.weight)
            aria-pressed=if facet.selected { "true" } else { "false" }
            disabled=facet.count == 0 && !facet.selected
            aria-label=format!("{}, {} {noun}", facet.name, facet.count)
            on:click=toggle
        >
            {facet.name.clone()}
            <span class="tag-cloud__count" aria-hidden="true">{facet.count}</span>
        </button>
    }
}
