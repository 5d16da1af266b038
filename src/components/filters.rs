use leptos::ev;
use leptos::prelude::*;

use crate::explorer::Explorer;
use crate::logic::dates::Fuzzy;
use crate::logic::query::{MatchMode, Sort, ViewState};

/// Section, date range, how tags combine, and sort order.
#[component]
pub fn Filters() -> impl IntoView {
    let explorer = Explorer::get();
    let sections = explorer.catalog.with_value(|c| c.sections.clone());
    let update = move |change: &dyn Fn(&mut ViewState)| {
        let mut next = explorer.state.get_untracked().without_article();
        change(&mut next);
        explorer.go(&next, false);
    };
    let date_input = move |which: &'static str| {
        move |event: ev::Event| {
            let value = event_target_value(&event);
            let day = match Fuzzy::parse(&value) {
                Some(Fuzzy::Day(d)) => Some(d),
                _ => None,
            };
            update(&|s: &mut ViewState| {
                if which == "from" {
                    s.from = day;
                } else {
                    s.to = day;
                }
            });
        }
    };
    let iso = |d: Option<time::Date>| {
        d.map(|d| format!("{:04}-{:02}-{:02}", d.year(), d.month() as u8, d.day()))
            .unwrap_or_default()
    };
    view! {
        <div class="filters">
            <fieldset class="filters__group">
                <legend>"Sections"</legend>
                {sections
                    .into_iter()
                    .map(|section| {
                        let name = section.clone();
                        let checked = move || explorer.state.with(|s| s.sections.contains(&name));
                        let toggle = section.clone();
                        view! {
                            <label class="filters__option">
                                <input
                                    type="checkbox"
                                    prop:checked=checked
                                    on:change=move |_| {
                                        update(&|s: &mut ViewState| {
                                            if s.sections.contains(&toggle) {
                                                s.sections.retain(|x| *x != toggle);
                                            } else {
                                                s.sections.push(toggle.clone());
                                            }
                                        })
                                    }
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
                    <input type="date" prop:value=move || explorer.state.with(|s| iso(s.from)) on:change=date_input("from")/>
                </label>
                <label class="filters__field">
                    "To"
                    <input type="date" prop:value=move || explorer.state.with(|s| iso(s.to)) on:change=date_input("to")/>
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
                                    on:change=move |_| update(&|s: &mut ViewState| s.match_mode = mode)
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
                    let sort = Sort::ALL.into_iter().find(|s| s.as_str() == value);
                    update(&|s: &mut ViewState| s.sort = sort);
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
