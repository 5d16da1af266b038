//! Periods drawn as periods: a multi-day event is one bar across the days of each week row of
//! the month grid it crosses, as calendar apps draw them, instead of a chip in every day cell
//! (which hid where a period starts and closes, and turned a busy month into a wall of chips).
//!
//! Pure layout: which columns each bar covers, the lane (row within the week) it takes so no
//! two bars overlap, and whether it continues from or into the neighbouring week. The calendar
//! component only places what this returns, with `grid-column: start / span n`.

use time::Date;

use crate::logic::calendar::Occurrence;
use crate::logic::dates::{span, Fuzzy};
use crate::logic::order::sort_by_cached_key;
use crate::model::EventKind;

/// One period's piece within one week row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bar {
    pub occurrence: Occurrence,
    /// The first day it covers in this week: 0 is Monday.
    pub column: u8,
    /// How many days of this week it covers, 1 to 7.
    pub span: u8,
    /// Its row among the week's bars, 0 at the top.
    pub lane: usize,
    /// It began before this week's Monday: the bar carries on from the row above.
    pub from_before: bool,
    /// It ends after this week's Sunday: the bar carries on in the row below.
    pub into_after: bool,
}

/// The bars of one week row and how many lanes they need (the space the day cells keep free).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WeekBars {
    pub bars: Vec<Bar>,
    pub lanes: usize,
}

/// Drawn as a bar: known to the day and longer than one day. One-day events stay chips in their
/// day cell; month-only events stay in "Sometime this month", as they have no days to span.
pub fn is_period(o: &Occurrence) -> bool {
    !o.is_month_only() && o.first_day() < o.last_day()
}

/// For each week of `weeks` (the month grid, Monday first), the bars of the periods among
/// `occurrences` that cross it. Lanes are given greedily, earliest start first and on a tie
/// the longest first, each bar taking the top lane free over all its days: taking them in
/// order of start keeps the number of lanes the least possible for any set of periods.
pub fn week_bars(weeks: &[[Date; 7]], occurrences: &[Occurrence]) -> Vec<WeekBars> {
    weeks
        .iter()
        .map(|week| one_week(week, occurrences))
        .collect()
}

fn one_week(week: &[Date; 7], occurrences: &[Occurrence]) -> WeekBars {
    let [monday, .., sunday] = *week;
    let mut bars: Vec<Bar> = occurrences
        .iter()
        .filter(|o| is_period(o) && o.first_day() <= sunday && monday <= o.last_day())
        .map(|&o| {
            let from = o.first_day().max(monday);
            let to = o.last_day().min(sunday);
            Bar {
                occurrence: o,
                column: days_between(monday, from),
                span: days_between(from, to) + 1,
                lane: 0,
                from_before: o.first_day() < monday,
                into_after: o.last_day() > sunday,
            }
        })
        .collect();
    // Stable: equal bars keep the order of `occurrences` (chronological, then as listed).
    sort_by_cached_key(&mut bars, |b| (b.column, std::cmp::Reverse(b.span)));
    // Per lane, the first column after the last bar placed in it.
    let mut lane_ends: Vec<u8> = Vec::new();
    for bar in &mut bars {
        let free = lane_ends
            .iter_mut()
            .enumerate()
            .find(|(_, end)| **end <= bar.column);
        bar.lane = match free {
            Some((lane, end)) => {
                *end = bar.column + bar.span;
                lane
            }
            None => {
                lane_ends.push(bar.column + bar.span);
                lane_ends.len() - 1
            }
        };
    }
    WeekBars {
        lanes: lane_ends.len(),
        bars,
    }
}

/// Days from `a` to `b` within one week (0 to 6).
fn days_between(a: Date, b: Date) -> u8 {
    u8::try_from((b - a).whole_days().clamp(0, 6)).unwrap_or(0)
}

/// A bar's accessible name, one per period and week row: "Notice on …, 28 June – 2 July 2021,
/// comments close 2 July". The close is named because it is the date a reader acts on.
pub fn bar_label(title: &str, o: &Occurrence) -> String {
    format!(
        "{title}, {}, {} {}",
        span(o.start, o.end),
        close_phrase(o.kind),
        close_day(o.end)
    )
}

/// What the last day of a period is, in words: "comments close" ("2 July").
fn close_phrase(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Consultation => "comments close",
        EventKind::Call => "call closes",
        EventKind::Deadline => "due",
        _ => "ends",
    }
}

/// The close drawn at the end of the bar ("closes 2 Jul"), for the periods whose last day is a
/// deadline; a meeting's bar just ends.
pub fn close_mark(o: &Occurrence) -> Option<String> {
    let verb = match o.kind {
        EventKind::Consultation | EventKind::Call => "closes",
        EventKind::Deadline => "due",
        _ => return None,
    };
    Some(match o.end {
        Fuzzy::Day(d) => format!("{verb} {} {}", d.day(), short_month(d)),
        Fuzzy::Month { .. } => format!("{verb} in {}", o.end),
    })
}

/// "2 July" (the year is in the span before it), or "in July 2021" for a month-only close.
fn close_day(end: Fuzzy) -> String {
    match end {
        Fuzzy::Day(d) => format!("{} {}", d.day(), d.month()),
        Fuzzy::Month { .. } => format!("in {end}"),
    }
}

/// "Jul": the month's first three letters, as a bar's end has room for.
fn short_month(d: Date) -> String {
    d.month().to_string().chars().take(3).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::calendar::month_grid;
    use crate::model::{ArticleIx, EventIx};
    use time::Month;

    fn occ(n: usize, kind: EventKind, start: &str, end: &str) -> Occurrence {
        let start = Fuzzy::parse(start).unwrap();
        Occurrence {
            article: ArticleIx(n),
            event: EventIx(0),
            kind,
            start,
            end: Fuzzy::parse(end).unwrap(),
        }
    }

    fn july() -> Vec<[Date; 7]> {
        month_grid(2021, Month::July)
    }

    /// A bar as (article, column, span, lane, from_before, into_after).
    type Placed = (usize, u8, u8, usize, bool, bool);

    /// Per week row, its bars.
    fn layout(occurrences: &[Occurrence]) -> Vec<Vec<Placed>> {
        week_bars(&july(), occurrences)
            .into_iter()
            .map(|w| {
                w.bars
                    .iter()
                    .map(|b| {
                        let o = b.occurrence;
                        (
                            o.article.0,
                            b.column,
                            b.span,
                            b.lane,
                            b.from_before,
                            b.into_after,
                        )
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_period_crossing_weeks_and_the_month_start_is_one_bar_per_week_row() {
        // The July 2021 grid starts on Monday 28 June; the notice runs 22 June – 2 July.
        let notice = occ(0, EventKind::Consultation, "2021-06-22", "2021-07-02");
        let rows = layout(&[notice]);
        assert_eq!(rows.len(), 5);
        assert_eq!(rows[0], vec![(0, 0, 5, 0, true, false)]);
        assert!(rows[1..].iter().all(Vec::is_empty));
        // 10–25 July: Saturday and Sunday, a whole week, then Monday to Sunday 25.
        let review = occ(1, EventKind::Consultation, "2021-07-10", "2021-07-25");
        let rows = layout(&[review]);
        assert_eq!(rows[1], vec![(1, 5, 2, 0, false, true)]);
        assert_eq!(rows[2], vec![(1, 0, 7, 0, true, true)]);
        assert_eq!(rows[3], vec![(1, 0, 7, 0, true, false)]);
        assert!(rows[4].is_empty());
    }

    #[test]
    fn a_period_running_past_the_grid_continues_into_the_next_month() {
        // 30 July – 3 August: the grid's last row is 26 July – 1 August.
        let rows = layout(&[occ(0, EventKind::Meeting, "2021-07-30", "2021-08-03")]);
        assert_eq!(rows[4], vec![(0, 4, 3, 0, false, true)]);
    }

    #[test]
    fn a_period_wholly_outside_the_grid_has_no_bar() {
        let rows = layout(&[
            occ(0, EventKind::Call, "2021-06-01", "2021-06-27"),
            occ(1, EventKind::Call, "2021-08-02", "2021-08-20"),
        ]);
        assert!(rows.iter().all(Vec::is_empty));
        assert!(week_bars(&july(), &[]).iter().all(|w| w.lanes == 0));
    }

    #[test]
    fn overlapping_periods_take_two_lanes_and_a_later_one_reuses_a_free_lane() {
        let rows = layout(&[
            occ(0, EventKind::Consultation, "2021-07-12", "2021-07-14"),
            occ(1, EventKind::Consultation, "2021-07-13", "2021-07-16"),
            occ(2, EventKind::Meeting, "2021-07-15", "2021-07-17"),
        ]);
        assert_eq!(
            rows[2],
            vec![
                (0, 0, 3, 0, false, false),
                (1, 1, 4, 1, false, false),
                (2, 3, 3, 0, false, false),
            ]
        );
        assert_eq!(week_bars(&july(), &[]).len(), 5);
        let lanes: Vec<usize> = week_bars(
            &july(),
            &[
                occ(0, EventKind::Consultation, "2021-07-12", "2021-07-14"),
                occ(1, EventKind::Consultation, "2021-07-13", "2021-07-16"),
            ],
        )
        .iter()
        .map(|w| w.lanes)
        .collect();
        assert_eq!(lanes, vec![0, 0, 2, 0, 0]);
        // Taken by start, three periods where each overlaps only its neighbour need two lanes
        // (by length first, the two four-day ones would push Monday–Wednesday into a third).
        let packed = week_bars(
            &july(),
            &[
                occ(0, EventKind::Meeting, "2021-07-12", "2021-07-14"),
                occ(1, EventKind::Meeting, "2021-07-15", "2021-07-18"),
                occ(2, EventKind::Meeting, "2021-07-13", "2021-07-16"),
            ],
        );
        assert_eq!(packed[2].lanes, 2);
    }

    #[test]
    fn on_the_same_day_the_longest_takes_the_top_lane() {
        let rows = layout(&[
            occ(0, EventKind::Meeting, "2021-07-06", "2021-07-07"),
            occ(1, EventKind::Consultation, "2021-07-06", "2021-07-20"),
        ]);
        assert_eq!(
            rows[1],
            vec![(1, 1, 6, 0, false, true), (0, 1, 2, 1, false, false)]
        );
    }

    #[test]
    fn one_day_and_month_only_events_are_not_bars() {
        let single = occ(0, EventKind::Webinar, "2021-07-16", "2021-07-16");
        let month = occ(1, EventKind::Consultation, "2021-07", "2021-07");
        let months = occ(2, EventKind::Publication, "2021-06", "2021-07");
        for o in [single, month, months] {
            assert!(!is_period(&o), "{o:?}");
        }
        assert!(layout(&[single, month, months]).iter().all(Vec::is_empty));
        // A period known to the day that closes sometime in a month is still drawn.
        let open_ended = occ(3, EventKind::Call, "2021-07-28", "2021-08");
        assert!(is_period(&open_ended));
        assert_eq!(layout(&[open_ended])[4], vec![(3, 2, 5, 0, false, true)]);
    }

    #[test]
    fn a_bar_names_its_period_and_its_close() {
        let notice = occ(0, EventKind::Consultation, "2021-06-22", "2021-07-02");
        assert_eq!(
            bar_label("Notice on Enhancing", &notice),
            "Notice on Enhancing, 22 June – 2 July 2021, comments close 2 July"
        );
        assert_eq!(close_mark(&notice).as_deref(), Some("closes 2 Jul"));
        let forum = occ(1, EventKind::Meeting, "2021-07-27", "2021-07-28");
        assert_eq!(
            bar_label("Qingdao Forum", &forum),
            "Qingdao Forum, 27–28 July 2021, ends 28 July"
        );
        assert_eq!(close_mark(&forum), None);
        let call = occ(2, EventKind::Call, "2021-07-28", "2021-08");
        assert_eq!(
            bar_label("Call", &call),
            "Call, 28 July 2021 – August 2021, call closes in August 2021"
        );
        assert_eq!(close_mark(&call).as_deref(), Some("closes in August 2021"));
    }
}
