use leptos::prelude::*;

use crate::components::add_to_calendar::{AddToCalendar, ExportEvents};
use crate::components::calendar_view::KindLegend;
use crate::components::event_status::EventStatus;
use crate::explorer::Explorer;
use crate::logic::calendar::{describe_when, Occurrence};
use crate::logic::dates::Fuzzy;
use crate::logic::view::{Change, Horizon};

/// Every event of the matching articles in date order, grouped by month.
#[component]
pub fn AgendaView() -> impl IntoView {
    let explorer = Explorer::get();
    let today = explorer.today;
    let horizon = Memo::new(move |_| explorer.state.with(|s| s.horizon));
    let upcoming_only = Memo::new(move |_| horizon.get() != Horizon::Everything);
    let shown = Memo::new(move |_| {
        let horizon = horizon.get();
        explorer.events.with(|events| {
            events
                .iter()
                .filter(|o| horizon.admits(o.last_day(), today))
                .copied()
                .collect::<Vec<Occurrence>>()
        })
    });
    let months = Memo::new(move |_| {
        let mut groups: Vec<(String, Vec<Occurrence>)> = Vec::new();
        for o in shown.get() {
            let label = Fuzzy::Month {
                year: o.first_day().year(),
                month: o.first_day().month(),
            }
            .to_string();
            match groups.last_mut() {
                Some((last, items)) if *last == label => items.push(o),
                _ => groups.push((label, vec![o])),
            }
        }
        groups
    });
    let toggle = move |_| explorer.go(Change::ToggleUpcoming);
    view! {
        <section class="agenda" aria-label="Agenda">
            <div class="agenda__tools">
                <label class="agenda__upcoming">
                    <input type="checkbox" prop:checked=upcoming_only on:change=toggle/>
                    "Upcoming only"
                </label>
                <ClosingSoon horizon/>
                <ExportEvents events=shown/>
            </div>
            <KindLegend/>
            <Show
                when=move || months.with(|m| !m.is_empty())
                fallback=move || view! {
                    <p class="agenda__empty">
                        {move || match horizon.get() {
                            Horizon::Upcoming => "No upcoming events: every event of these articles is past. Untick “Upcoming only” to see them.".to_string(),
                            Horizon::ClosingWithin(days) => format!("Nothing of these articles closes within {days} days."),
                            Horizon::Everything => "No events for these filters.".to_string(),
                        }}
                    </p>
                }
            >
                {move || {
                    // Positions name other events in a new library (more issues in): drawn
                    // anew with it.
                    explorer.library.track();
                    months
                        .get()
                        .into_iter()
                        .map(|(label, items)| view! {
                            <section class="agenda__month">
                                <h2 class="agenda__month-title">{label}</h2>
                                <ol class="agenda__list">
                                    {items.into_iter().map(|o| view! { <AgendaItem occurrence=o/> }).collect_view()}
                                </ol>
                            </section>
                        })
                        .collect_view()
                }}
            </Show>
        </section>
    }
}

/// "Closing soon": links to the events that end within a week or a month, each a toggle.
#[component]
fn ClosingSoon(horizon: Memo<Horizon>) -> impl IntoView {
    let explorer = Explorer::get();
    view! {
        <nav class="agenda__soon" aria-label="Closing soon">
            "Closing within "
            {Horizon::WINDOWS
                .into_iter()
                .enumerate()
                .map(|(at, days)| {
                    let window = Horizon::ClosingWithin(days);
                    let current = move || horizon.get() == window;
                    // Chosen again, the window gives way to every event.
                    let link = explorer.link_to(move || {
                        Change::SetHorizon(if current() { Horizon::Everything } else { window })
                    });
                    view! {
                        {(at > 0).then_some(" or ")}
                        <a class="agenda__window" href=link data-control="" aria-current=move || current().then_some("true")>
                            {format!("{days} days")}
                        </a>
                    }
                })
                .collect_view()}
        </nav>
    }
}

#[component]
fn AgendaItem(occurrence: Occurrence) -> impl IntoView {
    let explorer = Explorer::get();
    let Some((event, article_title, article_id)) = explorer.with_library(|l| {
        l.occurrence(&occurrence)
            .map(|(article, event)| (event.clone(), article.title.clone(), article.id.clone()))
    }) else {
        return ().into_any();
    };
    let link = explorer.link(Change::OpenArticle(article_id));
    let when = describe_when(&event);
    view! {
        <li class=format!("agenda__item kind--{}", occurrence.kind.as_str())>
            <p class="agenda__when">
                <span class="agenda__kind">{occurrence.kind.label()}</span>
                " "
                <time datetime=event.start.clone()>{when}</time>
            </p>
            <p class="agenda__title">{event.title.clone()}</p>
            <p class="agenda__meta">
                <EventStatus occurrence/>
                " · "
                <a href=link>{article_title}</a>
            </p>
            {event.location.clone().map(|l| view! { <p class="agenda__where">{l}</p> })}
            <AddToCalendar occurrence title=event.title/>
        </li>
    }
    .into_any()
}
