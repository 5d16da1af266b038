use leptos::ev;
use leptos::prelude::*;

use crate::explorer::Explorer;
use crate::logic::dates::{iso_day, Fuzzy};
use crate::logic::registry::{FacetKind, Place};
use crate::logic::view::{Change, MatchMode, Sort};

/// Section, date range, how tags combine, and sort order.
#[component]
pub fn Filters() -> impl IntoView {
    let explorer = Explorer::get();
    // An empty or partial date input clears its end of the range.
    let date_input = move |change: fn(Option<time::Date>) -> Change| {
        move |event: ev::Event| {
            let day = match Fuzzy::parse(&event_target_value(&event)) {
                Some(Fuzzy::Day(d)) => Some(d),
                _ => None,
            };
            explorer.go(change(day));
        }
    };
    let iso = |d: Option<time::Date>| d.map(iso_day).unwrap_or_default();
    view! {
        <div class="filters">
            {FacetKind::ALL
                .into_iter()
                .filter(|facet| facet.descriptor().place == Place::Checklist)
                .map(|facet| view! { <FacetChecklist facet/> })
                .collect_view()}
            <fieldset class="filters__group">
                <legend>"Date"</legend>
                <label class="filters__field">
                    "From"
                    <input type="date" prop:value=move || explorer.state.with(|s| iso(s.from)) on:change=date_input(Change::SetFrom)/>
                </label>
                <label class="filters__field">
                    "To"
                    <input type="date" prop:value=move || explorer.state.with(|s| iso(s.to)) on:change=date_input(Change::SetTo)/>
                </label>
            </fieldset>
            <fieldset class="filters__group">
                <legend>"Selected tags must"</legend>
                {[(MatchMode::All, "all match"), (MatchMode::Any, "any match")]
                    .into_iter()
                    .map(|(mode, label)| {
                        view! {
                            <label class="filters__option">
                                <input
                                    type="radio"
                                    name="match"
                                    prop:checked=move || explorer.state.with(|s| s.match_mode == mode)
                                    on:change=move |_| explorer.go(Change::SetMatch(mode))
                                />
                                {label}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <label class="filters__field">
                "Sort"
                <select on:change=move |event| {
                    let value = event_target_value(&event);
                    explorer.go(Change::SetSort(Sort::ALL.into_iter().find(|s| s.as_str() == value)));
                }>
                    {Sort::ALL
                        .into_iter()
                        .map(|sort| {
                            view! {
                                <option
                                    value=sort.as_str()
                                    prop:selected=move || explorer.state.with(|s| s.effective_sort() == sort)
                                >
                                    {sort.label()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
        </div>
    }
}

/// Any facet's values as a list of links that toggle them (marked `aria-current` when
/// selected), each with how many articles it would leave (or add, for
/// a facet whose values combine with "any"); nothing when the dataset has none (the issues of
/// a single file).
#[component]
pub fn FacetChecklist(facet: FacetKind) -> impl IntoView {
    let explorer = Explorer::get();
    let facets = explorer.facet(facet);
    let descriptor = facet.descriptor();
    // The values and their names: they change only with the library (more issues in), not
    // with the view, so the list is drawn anew only then; counts and selection follow below.
    let values = Memo::new(move |_| {
        facets.with(|all| {
            all.iter()
                .map(|f| (f.name.clone(), f.label.clone()))
                .collect::<Vec<_>>()
        })
    });
    let heading_id = format!("{}-choices", descriptor.key);
    let labelled_by = heading_id.clone();
    view! {
        <Show when=move || values.with(|v| !v.is_empty())>
            <section class=format!("filters__group filters__group--{}", descriptor.key) aria-labelledby=labelled_by.clone()>
                <h3 class="filters__legend" id=heading_id.clone()>{descriptor.heading}</h3>
                <ul class="filters__choices">
                    {move || {
                        values
                            .get()
                            .into_iter()
                            .enumerate()
                            .map(|(at, (name, label))| {
                                let value = move || facets.with(|f| f.get(at).map(|f| (f.count, f.selected)));
                                let count = move || value().map_or(0, |(count, _)| count);
                                let checked = move || value().is_some_and(|(_, selected)| selected);
                                let link = explorer.link(Change::Toggle(facet, name));
                                view! {
                                    <li>
                                        <a class="filters__option filters__choice" href=link data-control="" aria-current=move || checked().then_some("true")>
                                            <span class="filters__box" aria-hidden="true"></span>
                                            {label}
                                            " "
                                            <span class="filters__count">{move || format!("({})", count())}</span>
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </section>
        </Show>
    }
}
