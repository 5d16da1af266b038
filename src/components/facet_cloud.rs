use leptos::prelude::*;

use crate::explorer::Explorer;
use crate::following_store::Following;
use crate::logic::facets::{most_used, Facet, FacetAt};
use crate::logic::following::{Target, FOLLOWABLE};
use crate::logic::order::sort_by_cached_key;
use crate::logic::registry::FacetKind;
use crate::logic::view::Change;
use crate::logic::wording::{cloud_toggle, value_with_count, CLOUD_SIZE};

/// Any facet's values with what each would leave (the most used of a large archive, or all on
/// request); a cloud, or a plain list sorted by count. Nothing while the facet has no values
/// (organisations in a dataset that names none).
#[component]
pub fn FacetCloud(facet: FacetKind) -> impl IntoView {
    let explorer = Explorer::get();
    let facets = explorer.facet(facet);
    let has_values = Memo::new(move |_| facets.with(|f| !f.is_empty()));
    move || has_values.get().then(|| view! { <Cloud facet facets/> })
}

#[component]
fn Cloud(facet: FacetKind, facets: Memo<Vec<Facet>>) -> impl IntoView {
    let descriptor = facet.descriptor();
    let as_list = RwSignal::new(false);
    let show_all = RwSignal::new(false);
    let total = move || facets.with(Vec::len);
    let (title_id, list_id) = (
        format!("{}-cloud-title", descriptor.key),
        format!("{}-cloud-items", descriptor.key),
    );
    let labelled_by = title_id.clone();
    // Facets come in the vocabulary's order, so an entry finds its own by position; the views
    // only choose and reorder the positions. Each position comes with its value: a new library
    // (more issues in) may put another value there, and that entry is then drawn anew.
    let order = Memo::new(move |_| {
        facets.with(|all| {
            let mut ids: Vec<FacetAt> = if show_all.get() {
                (0..all.len()).map(FacetAt).collect()
            } else {
                most_used(all, CLOUD_SIZE)
            };
            if as_list.get() {
                // Ties stay in name order: ids are given in it.
                sort_by_cached_key(&mut ids, |&id| {
                    std::cmp::Reverse(all.get(id.0).map_or(0, |f| f.count))
                });
            }
            ids.into_iter()
                .filter_map(|id| Some((id, all.get(id.0)?.name.clone())))
                .collect::<Vec<(FacetAt, String)>>()
        })
    });
    view! {
        <section class="tag-cloud" aria-labelledby=labelled_by>
            <div class="tag-cloud__header">
                <h2 id=title_id class="tag-cloud__title">{descriptor.heading}</h2>
                <button
                    type="button"
                    class="tag-cloud__toggle"
                    on:click=move |_| as_list.update(|l| *l = !*l)
                >
                    {move || if as_list.get() { "Show as cloud" } else { "Show as list" }}
                </button>
            </div>
            <ul id=list_id.clone() class="tag-cloud__tags" class:tag-cloud__tags--list=as_list>
                // Keyed by position and value: a filter change updates counts in place instead
                // of rebuilding every entry.
                <For each=move || order.get() key=|entry| entry.clone() let:entry>
                    <li><FacetToggle id=entry.0 facets facet/></li>
                </For>
            </ul>
            <Show when=move || { total() > CLOUD_SIZE }>
                <button
                    type="button"
                    class="tag-cloud__toggle tag-cloud__more"
                    aria-controls=list_id.clone()
                    aria-expanded=move || if show_all.get() { "true" } else { "false" }
                    on:click=move |_| show_all.update(|all| *all = !*all)
                >
                    {move || cloud_toggle(show_all.get(), total(), descriptor.plural)}
                </button>
            </Show>
        </section>
    }
}

#[component]
fn FacetToggle(id: FacetAt, facets: Memo<Vec<Facet>>, facet: FacetKind) -> impl IntoView {
    let explorer = Explorer::get();
    // Untracked: the entry is keyed by its position and value, so while it lives the position
    // names this value (another value there is another entry); only its count and selection
    // change, and those are read through `state` below.
    let (name, shown) = facets.with_untracked(|all| {
        all.get(id.0)
            .map(|f| (f.name.clone(), f.label.clone()))
            .unwrap_or_default()
    });
    let state = Memo::new(move |_| {
        facets.with(|all| all.get(id.0).map(|f| (f.count, f.selected, f.weight)))
    });
    let count = move || state.get().map_or(0, |(count, _, _)| count);
    let selected = move || state.get().is_some_and(|(_, selected, _)| selected);
    let weight = move || state.get().map_or(0, |(_, _, weight)| weight);
    // A mark on what this device follows (the toggle itself is beside the value's chip once
    // chosen): the mark is the device's, so it is hidden from the accessible name, which a
    // link shared to another device must keep.
    let following = Following::get();
    let target = FOLLOWABLE
        .contains(&facet)
        .then(|| Target::Value(facet, name.clone()));
    let followed = Memo::new(move |_| {
        target
            .as_ref()
            .is_some_and(|t| following.with(|list| list.follows(t)))
    });
    let link = explorer.link(Change::Toggle(facet, name));
    let label_name = shown.clone();
    let label = move || value_with_count(&label_name, count());
    // A value that would leave nothing stays listed but out of reach: no pointer, no tab stop.
    let unreachable = move || count() == 0 && !selected();
    view! {
        <a
            class=move || format!("tag-cloud__tag tag-cloud__tag--w{}", weight())
            href=link
            data-control=""
            aria-current=move || selected().then_some("true")
            aria-disabled=move || unreachable().then_some("true")
            tabindex=move || unreachable().then_some("-1")
            aria-label=label
        >
            {move || followed.get().then(|| view! { <span class="follow-mark" aria-hidden="true">"★ "</span> })}
            {shown}
            <span class="tag-cloud__count" aria-hidden="true">{count}</span>
        </a>
    }
}
