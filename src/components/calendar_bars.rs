use leptos::prelude::*;
use time::Date;

use crate::explorer::Explorer;
use crate::logic::dates::{span, Fuzzy};
use crate::logic::status::{status, Tense};
use crate::logic::view::Change;
use crate::logic::week_bars::{bar_label, close_mark, Bar};

/// A week row's periods: one bar each across the days it covers (`logic::week_bars` lays them
/// out), drawn over the row's day cells. A table row of its own with one cell of seven columns,
/// so a screen reader meets the week's periods once, as one list, and the table stays a valid
/// table (a list straight inside a row would not be).
#[component]
pub fn WeekPeriods(monday: Date, bars: Vec<Bar>) -> impl IntoView {
    view! {
        <tr class="calendar__periods">
            <td class="calendar__periods-cell" colspan="7">
                <ul class="calendar__bars" aria-label=format!("Periods, week of {}", Fuzzy::Day(monday))>
                    {bars.into_iter().map(|bar| view! { <PeriodBar bar/> }).collect_view()}
                </ul>
            </td>
        </tr>
    }
}

/// One period's bar in one week: its kind's colour, its title, its start cap (or a notch when it
/// carries on from the week above), its close marked at its end ("closes 2 Jul", or an arrow when
/// it carries on below). Opens its article, as a day's chip does: a link, never state.
#[component]
fn PeriodBar(bar: Bar) -> impl IntoView {
    let explorer = Explorer::get();
    let o = bar.occurrence;
    let Some((title, article_id)) = explorer.with_library(|l| {
        l.occurrence(&o)
            .map(|(article, event)| (event.title.clone(), article.id.clone()))
    }) else {
        return ().into_any();
    };
    let mut label = bar_label(&title, &o);
    // Where the period stands today, as a chip says it, while it still matters.
    let (tense, now) = status(&o, explorer.today);
    if tense != Tense::Past {
        label.push_str(&format!(" ({now})"));
    }
    // Drawn only where the bar ends (CSS hides it on a piece that carries on below), and on a
    // phone, where a period is listed once, at its first week.
    let close = close_mark(&o);
    // Placed with CSS grid from the layout. Set through the CSSOM (`style:`), which the CSP's
    // `style-src 'self'` allows, unlike a `style` attribute.
    let column = format!("{} / span {}", bar.column + 1, bar.span);
    let lane = (bar.lane + 1).to_string();
    view! {
        <li
            class=format!("calendar__bar kind--{}", o.kind.as_str())
            class:calendar__bar--from-before=bar.from_before
            class:calendar__bar--into-after=bar.into_after
            style:grid-column=column
            style:grid-row=lane
        >
            <a class="calendar__bar-link" href=explorer.link(Change::OpenArticle(article_id)) aria-label=label.clone() title=label>
                <span class="calendar__bar-title">{title}</span>
                // On a phone the bars are a list without columns: the dates say what the span did.
                <span class="calendar__bar-when">{span(o.start, o.end)}</span>
                {close.map(|close| view! { <span class="calendar__bar-close">{close}</span> })}
            </a>
        </li>
    }
    .into_any()
}
