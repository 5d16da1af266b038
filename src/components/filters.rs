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
