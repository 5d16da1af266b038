use leptos::prelude::*;

use crate::explorer::Explorer;
use crate::logic::facets::{most_used, Facet, FacetAt};
use crate::logic::order::sort_by_cached_key;
use crate::logic::view::Change;

/// Tags a large archive's cloud shows until the reader asks for all: as many as can be
/// scanned at a glance (and a tenth of the DOM of a 300-tag cloud on every filter change).
const CLOUD_SIZE: usize = 40;

/// What a cloud is of: the tags, or the organisations.
#[derive(Clone, Copy)]
pub struct CloudOf {
    /// The heading, and the region's name: "Tags".
    pub title: &'static str,
    /// "tags" in "Show all 300 tags".
    pub plural: &'static str,
    /// The prefix of the cloud's element ids.
    pub key: &'static str,
    pub toggle: fn(String) -> Change,
}

pub const TAGS: CloudOf = CloudOf {
    title: "Tags",
    plural: "tags",
    key: "tag-cloud",
    toggle: Change::ToggleTag,
};

pub const ORGANISATIONS: CloudOf = CloudOf {
    title: "Organisations",
    plural: "organisations",
    key: "org-cloud",
    toggle: Change::ToggleOrg,
};

/// Facets with what each would leave (the most used of a large archive, or all on request);
/// a cloud, or a plain list sorted by count.
#[component]
pub fn TagCloud(of: CloudOf, facets: Memo<Vec<Facet>>) -> impl IntoView {
    let as_list = RwSignal::new(false);
    let show_all = RwSignal::new(false);
    let total = move || facets.with(Vec::len);
    let (title_id, list_id) = (format!("{}-title", of.key), format!("{}-items", of.key));
    let labelled_by = title_id.clone();
    // Facets come in name order, so a button finds its own by position; the views only choose
    // and reorder the positions.
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
            ids
        })
    });
    view! {
        <section class="tag-cloud" aria-labelledby=labelled_by>
            <div class="tag-cloud__header">
                <h2 id=title_id class="tag-cloud__title">{of.title}</h2>
                <button
                    type="button"
                    class="tag-cloud__toggle"
                    on:click=move |_| as_list.update(|l| *l = !*l)
                >
                    {move || if as_list.get() { "Show as cloud" } else { "Show as list" }}
                </button>
            </div>
            <ul id=list_id.clone() class="tag-cloud__tags" class:tag-cloud__tags--list=as_list>
                // Keyed by position alone: a filter change updates counts in place instead of
                // rebuilding every button.
                <For each=move || order.get() key=|id| *id let:id>
                    <li><TagToggle id facets toggle=of.toggle/></li>
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
                    {move || {
                        if show_all.get() {
                            format!("Show the {CLOUD_SIZE} most used {}", of.plural)
                        } else {
                            format!("Show all {} {}", total(), of.plural)
                        }
                    }}
                </button>
            </Show>
        </section>
    }
}

#[component]
fn TagToggle(id: FacetAt, facets: Memo<Vec<Facet>>, toggle: fn(String) -> Change) -> impl IntoView {
    let explorer = Explorer::get();
    // Untracked: a position names the same tag or organisation for the life of the dataset;
    // only its count and selection change, and those are read through `facet` below.
    let name =
        facets.with_untracked(|all| all.get(id.0).map(|f| f.name.clone()).unwrap_or_default());
    let facet = Memo::new(move |_| {
        facets.with(|all| all.get(id.0).map(|f| (f.count, f.selected, f.weight)))
    });
    let count = move || facet.get().map_or(0, |(count, _, _)| count);
    let selected = move || facet.get().is_some_and(|(_, selected, _)| selected);
    let weight = move || facet.get().map_or(0, |(_, _, weight)| weight);
    let target = name.clone();
    let toggle = move |_| explorer.go(toggle(target.clone()));
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
