use leptos::prelude::*;
use time::Date;

use crate::components::add_to_calendar::ExportEvents;
use crate::components::calendar_bars::WeekPeriods;
use crate::components::event_status::EventStatus;
use crate::explorer::Explorer;
use crate::logic::calendar::{default_month, long_date, month_grid, shift_month, Occurrence};
use crate::logic::dates::Fuzzy;
use crate::logic::registry::FacetKind;
use crate::logic::view::Change;
use crate::logic::week_bars::{is_period, week_bars};
use crate::model::EventKind;

/// A month grid of the events of the matching articles.
#[component]
pub fn CalendarView() -> impl IntoView {
    let explorer = Explorer::get();
    let today = explorer.today;
    let month = Memo::new(move |_| {
        explorer
            .state
            .with(|s| s.month)
            .unwrap_or_else(|| explorer.events.with(|e| default_month(e, today)))
    });
    // The month `delta` months from the one shown, as a change: the Previous and Next links.
    let month_after = move |delta: i32| {
        let (year, m) = month.get();
        let (year, m) = shift_month(year, m, delta);
        Change::SetMonth(year, m)
    };
    let title = move || {
        let (year, m) = month.get();
        Fuzzy::Month { year, month: m }.to_string()
    };
    let in_month = Memo::new(move |_| {
        let (year, m) = month.get();
        explorer.events.with(|events| {
            events
                .iter()
                .filter(|o| o.overlaps_month(year, m))
                .copied()
                .collect::<Vec<Occurrence>>()
        })
    });
    let sometime = move || {
        explorer.library.track();
        in_month.with(|events| {
            events
                .iter()
                .filter(|o| o.is_month_only())
                .copied()
                .collect::<Vec<_>>()
        })
    };
    // The grid follows both the month and the events in it: a filter that keeps the month
    // redraws the cells. Per week: its Monday, each day with its one-day events (a period is
    // drawn once per week as a bar instead, `logic::week_bars`), and the week's bars.
    let weeks = move || {
        // Positions name other events in a new library (more issues in): drawn anew with it.
        explorer.library.track();
        let (year, m) = month.get();
        in_month.with(|events| {
            let grid = month_grid(year, m);
            let bars = week_bars(&grid, events);
            grid.into_iter()
                .zip(bars)
                .map(|(week, bars)| {
                    let [monday, ..] = week;
                    let days = week.map(|day| {
                        let on_day: Vec<Occurrence> = events
                            .iter()
                            .filter(|o| !o.is_month_only() && !is_period(o) && o.covers(day))
                            .copied()
                            .collect();
                        (day, day.month() != m, on_day)
                    });
                    (monday, days, bars)
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="calendar" aria-label="Calendar">
            <div class="calendar__header">
                <h2 class="calendar__title" aria-live="polite">{title}</h2>
                <nav class="calendar__nav" aria-label="Months">
                    <a class="button button--secondary" href=explorer.link_to(move || month_after(-1)) data-control="">
                        "‹ Previous month"
                    </a>
                    <a class="button button--secondary" href=explorer.link(Change::SetMonth(today.year(), today.month())) data-control="">
                        "Today"
                    </a>
                    <a class="button button--secondary" href=explorer.link_to(move || month_after(1)) data-control="">
                        "Next month ›"
                    </a>
                </nav>
            </div>
            <div class="calendar__tools">
                <KindLegend/>
                <ExportEvents events=explorer.events/>
            </div>
            <Show when=move || !sometime().is_empty()>
                <div class="calendar__sometime">
                    <h3 class="calendar__sometime-title">"Sometime this month"</h3>
                    <ul class="calendar__events">
                        {move || sometime().into_iter().map(|o| view! { <li><EventChip occurrence=o/></li> }).collect_view()}
                    </ul>
                </div>
            </Show>
            <table class="calendar__grid">
                <thead>
                    <tr>
                        {["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
                            .into_iter()
                            .zip(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
                            .map(|(short, long)| view! { <th scope="col" abbr=long>{short}</th> })
                            .collect_view()}
                    </tr>
                </thead>
                {move || {
                    weeks()
                        .into_iter()
                        .map(|(monday, days, periods)| {
                            // The day cells keep this many lanes free under their number, for the bars.
                            let lanes = periods.lanes.to_string();
                            view! {
                                <tbody class="calendar__week" style=("--calendar-lanes", lanes)>
                                    {(!periods.bars.is_empty()).then(|| view! { <WeekPeriods monday bars=periods.bars/> })}
                                    <tr class="calendar__days">
                                        {days
                                            .into_iter()
                                            .map(|(day, outside, on_day)| view! { <DayCell day outside today=day == today on_day/> })
                                            .collect_view()}
                                    </tr>
                                </tbody>
                            }
                        })
                        .collect_view()
                }}
            </table>
        </section>
    }
}

#[component]
fn DayCell(day: Date, outside: bool, today: bool, on_day: Vec<Occurrence>) -> impl IntoView {
    let empty = on_day.is_empty();
    view! {
        <td
            class="calendar__day"
            class:calendar__day--outside=outside
            class:calendar__day--today=today
            class:calendar__day--empty=empty
            aria-label=long_date(day)
            aria-current=today.then_some("date")
        >
            <span class="calendar__day-number" aria-hidden="true">{day.day()}</span>
            <span class="calendar__day-long" aria-hidden="true">{long_date(day)}</span>
            {(!empty).then(|| view! {
                <ul class="calendar__events">
                    {on_day.into_iter().map(|o| view! { <li><EventChip occurrence=o/></li> }).collect_view()}
                </ul>
            })}
        </td>
    }
}

/// An event on the calendar: its kind's colour, its title, its status; opens its article.
#[component]
fn EventChip(occurrence: Occurrence) -> impl IntoView {
    let explorer = Explorer::get();
    let Some((title, article_id)) = explorer.with_library(|l| {
        l.occurrence(&occurrence)
            .map(|(article, event)| (event.title.clone(), article.id.clone()))
    }) else {
        return ().into_any();
    };
    view! {
        <a class=format!("calendar__event kind--{}", occurrence.kind.as_str()) href=explorer.link(Change::OpenArticle(article_id))>
            <span class="calendar__event-kind">{occurrence.kind.label()}</span>
            <span class="calendar__event-title">{title}</span>
            <EventStatus occurrence/>
        </a>
    }
    .into_any()
}

/// The kinds' colours, each a toggle that shows only that kind (repeatable).
#[component]
pub fn KindLegend() -> impl IntoView {
    let explorer = Explorer::get();
    view! {
        <ul class="kind-legend" aria-label="Event kinds">
            {EventKind::ALL
                .into_iter()
                .map(|kind| {
                    let selected = move || explorer.state.with(|s| s.has(FacetKind::Kind, kind.as_str()));
                    let link = explorer.link(Change::Toggle(FacetKind::Kind, kind.as_str().to_string()));
                    view! {
                        <li>
                            <a
                                class=format!("kind-legend__item kind--{}", kind.as_str())
                                href=link
                                data-control=""
                                aria-current=move || selected().then_some("true")
                            >
                                <span class="kind-legend__swatch" aria-hidden="true"></span>
                                {kind.label()}
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
