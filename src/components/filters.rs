use leptos::ev;
use leptos::prelude::*;

use crate::explorer::Explorer;
use crate::logic::dates::{iso_day, Fuzzy};
use crate::logic::view::{Change, MatchMode, Sort};

/// Section, date range, how tags combine, and sort order.
#[component]
pub fn Filters() -> impl IntoView {
    let explorer = Explorer::get();
    let sections = explorer.with_library(|l| l.catalog().sections.clone());
    let issues: Vec<String> =
        explorer.with_library(|l| l.data().issues.iter().map(|i| i.title.clone()).collect());
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
            {(!issues.is_empty()).then(|| view! { <IssueFilter titles=issues/> })}
            <fieldset class="filters__group">
                <legend>"Sections"</legend>
                {sections
                    .into_iter()
                    .map(|section| {
                        let name = section.clone();
                        let checked = move || explorer.state.with(|s| s.has_section(&name));
                        let toggle = Change::ToggleSection(section.clone());
                        view! {
                            <label class="filters__option">
                                <input
                                    type="checkbox"
                                    prop:checked=checked
                                    on:change=move |_| explorer.go(toggle.clone())
                                />
                                {section}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
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

/// The archive's issues, newest first, each with how many articles it would add.
#[component]
fn IssueFilter(titles: Vec<String>) -> impl IntoView {
    let explorer = Explorer::get();
    view! {
        <fieldset class="filters__group filters__group--issues">
            <legend>"Issues"</legend>
            {titles
                .into_iter()
                .enumerate()
                .map(|(at, title)| {
                    // The facets come in the order of the titles: the dataset's issues.
                    let facet = move || explorer.issues.with(|f| f.get(at).map(|f| (f.name.clone(), f.count, f.selected)));
                    let count = move || facet().map_or(0, |(_, count, _)| count);
                    let checked = move || facet().is_some_and(|(_, _, selected)| selected);
                    let toggle = move |_| {
                        if let Some((id, ..)) = facet() {
                            explorer.go(Change::ToggleIssue(id));
                        }
                    };
                    view! {
                        <label class="filters__option">
                            <input type="checkbox" prop:checked=checked on:change=toggle/>
                            {title}
                            " "
                            <span class="filters__count">{move || format!("({})", count())}</span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}
