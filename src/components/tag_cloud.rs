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
                // Keyed by name alone: a filter change updates counts in place instead of
                // rebuilding every button.
                <For each=move || facets.with(|f| f.iter().map(|f| f.name.clone()).collect::<Vec<_>>()) key=|name| name.clone() let:name>
                    <li><TagToggle name facets/></li>
                </For>
            </ul>
        </section>
    }
}

#[component]
fn TagToggle(name: String, facets: Memo<Vec<TagFacet>>) -> impl IntoView {
    let explorer = Explorer::get();
    let key = name.clone();
    let facet = Memo::new(move |_| facets.with(|all| all.iter().find(|f| f.name == key).cloned()));
    let count = move || facet.with(|f| f.as_ref().map_or(0, |f| f.count));
    let selected = move || facet.with(|f| f.as_ref().is_some_and(|f| f.selected));
    let weight = move || facet.with(|f| f.as_ref().map_or(0, |f| f.weight));
    let target = name.clone();
    let toggle = move |_| {
        let next = explorer.state.with_untracked(|s| s.toggle_tag(&target));
        explorer.go(&next, false);
    };
    let label_name = name.clone();
    let label = move || {
        let n = count();
        format!(
            "{label_name}, {n} {}",
            if n == 1 { "article" } else { "articles" }
        )
    };
    view! {
        <button
            type="button"
            class=move || format!("tag-cloud__tag tag-cloud__tag--w{}", weight())
            aria-pressed=move || if selected() { "true" } else { "false" }
            disabled=move || count() == 0 && !selected()
            aria-label=label
            on:click=toggle
        >
            {name}
            <span class="tag-cloud__count" aria-hidden="true">{count}</span>
        </button>
    }
}
