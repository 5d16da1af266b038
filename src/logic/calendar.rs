//! Events on a calendar: which fall on which day of a month grid, and which month to open.
//!
//! Only civil dates: the grid is the same whatever the reader's time zone.

use time::{Date, Duration, Month, Weekday};

use crate::logic::dates::{span, Fuzzy};
use crate::logic::order::sort_by_cached_key;
use crate::model::{Article, ArticleIx, Dataset, Event, EventIx, EventKind};

/// One event of one article, with its dates parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    pub article: ArticleIx,
    pub event: EventIx,
    pub kind: EventKind,
    pub start: Fuzzy,
    /// Inclusive; equal to `start` for a one-day event.
    pub end: Fuzzy,
}

impl Occurrence {
    pub fn first_day(&self) -> Date {
        self.start.first_day()
    }

    pub fn last_day(&self) -> Date {
        self.end.last_day().max(self.start.first_day())
    }

    /// Known only to the month: shown in a "sometime this month" row, not on a day.
    pub fn is_month_only(&self) -> bool {
        self.start.is_month_only()
    }

    pub fn covers(&self, day: Date) -> bool {
        self.first_day() <= day && day <= self.last_day()
    }

    pub fn overlaps_month(&self, year: i32, month: Month) -> bool {
        let first = Fuzzy::Month { year, month };
        self.first_day() <= first.last_day() && first.first_day() <= self.last_day()
    }

    pub fn event<'a>(&self, data: &'a Dataset) -> Option<&'a Event> {
        self.with_article(data).map(|(_, event)| event)
    }

    /// The event and the article it belongs to.
    pub fn with_article<'a>(&self, data: &'a Dataset) -> Option<(&'a Article, &'a Event)> {
        let article = data.get(self.article)?;
        Some((article, article.events.get(self.event.0)?))
    }
}

/// The events of `articles` (indices into the dataset), of the given kinds (all when empty),
/// in chronological order. Events with unreadable dates are left out.
pub fn occurrences(data: &Dataset, articles: &[ArticleIx], kinds: &[EventKind]) -> Vec<Occurrence> {
    let mut out: Vec<Occurrence> = articles
        .iter()
        .filter_map(|&a| data.get(a).map(|article| (a, article)))
        .flat_map(|(a, article)| {
            article
                .events
                .iter()
                .enumerate()
                .filter_map(move |(e, event)| {
                    let start = Fuzzy::parse(&event.start)?;
                    let end = event
                        .end
                        .as_deref()
                        .and_then(Fuzzy::parse)
                        .filter(|end| end.last_day() >= start.first_day())
                        .unwrap_or(start);
                    Some(Occurrence {
                        article: a,
                        event: EventIx(e),
                        kind: event.kind,
                        start,
                        end,
                    })
                })
        })
        .filter(|o| kinds.is_empty() || kinds.contains(&o.kind))
        .collect();
    // Ties in article and event order, as the newsletter lists them.
    // Keys computed once per event, not once per comparison.
    sort_by_cached_key(&mut out, |o| (o.start, o.last_day(), o.article, o.event));
    out
}

/// The weeks (Monday first) that show `month`, each seven days, with the days of the
/// neighbouring months that complete the first and last week.
pub fn month_grid(year: i32, month: Month) -> Vec<[Date; 7]> {
    let first = Fuzzy::Month { year, month }.first_day();
    let last = Fuzzy::Month { year, month }.last_day();
    let back = i64::from(first.weekday().number_days_from_monday());
    let mut monday = first - Duration::days(back);
    let mut weeks = Vec::new();
    while monday <= last {
        let week: [Date; 7] = std::array::from_fn(|i| monday + Duration::days(i as i64));
        weeks.push(week);
        monday += Duration::days(7);
    }
    weeks
}

/// The month a calendar opens on: that of the next event from `today`, or of the latest one
/// when every event is past; today's month when there are none.
pub fn default_month(events: &[Occurrence], today: Date) -> (i32, Month) {
    let pick = events
        .iter()
        .filter(|o| o.last_day() >= today)
        .min_by_key(|o| o.first_day().max(today))
        .map(|o| o.first_day().max(today))
        .or_else(|| events.iter().map(Occurrence::first_day).max());
    let day = pick.unwrap_or(today);
    (day.year(), day.month())
}

/// The month before or after.
pub fn shift_month(year: i32, month: Month, by: i32) -> (i32, Month) {
    let index = year * 12 + i32::from(month as u8) - 1 + by;
    let month = Month::try_from((index.rem_euclid(12) + 1) as u8).unwrap_or(Month::January);
    (index.div_euclid(12), month)
}

/// "Thursday 16 September 2021": a day cell's accessible name.
pub fn long_date(day: Date) -> String {
    format!("{} {}", weekday_name(day.weekday()), Fuzzy::Day(day))
}

pub fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => "Monday",
        Weekday::Tuesday => "Tuesday",
        Weekday::Wednesday => "Wednesday",
        Weekday::Thursday => "Thursday",
        Weekday::Friday => "Friday",
        Weekday::Saturday => "Saturday",
        Weekday::Sunday => "Sunday",
    }
}

/// "16 September 2021, 10:00–11:00 (Europe/Brussels)", "27–28 July 2021", "November 2021".
pub fn describe_when(event: &Event) -> String {
    let start = Fuzzy::parse(&event.start);
    let end = event.end.as_deref().and_then(Fuzzy::parse);
    let mut out = match (start, end) {
        (Some(start), Some(end)) if end.last_day() >= start.first_day() => span(start, end),
        (Some(start), _) => start.to_string(),
        (None, _) => event.start.clone(),
    };
    if let (Some(time), Some(zone)) = (&event.time, &event.timezone) {
        let until = event
            .end_time
            .as_deref()
            .map(|t| format!("–{t}"))
            .unwrap_or_default();
        out.push_str(&format!(", {time}{until} ({zone})"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::fixtures::{self, event};
    use crate::model::Article;
    use time::macros::date;

    fn dataset() -> Dataset {
        let article = |id: &str, events: Vec<Event>| Article {
            events,
            ..fixtures::article(id, &[], "")
        };
        fixtures::dataset(vec![
            article(
                "a",
                vec![
                    event(
                        "forum",
                        EventKind::Meeting,
                        "2021-07-27",
                        Some("2021-07-28"),
                    ),
                    event("plenary", EventKind::Meeting, "2021-11", None),
                ],
            ),
            article(
                "b",
                vec![
                    event("webinar", EventKind::Webinar, "2021-09-16", None),
                    event(
                        "comments",
                        EventKind::Consultation,
                        "2021-06-29",
                        Some("2021-07-15"),
                    ),
                    event("broken", EventKind::Deadline, "2021-02-30", None),
                ],
            ),
        ])
    }

    #[test]
    fn occurrences_are_chronological_and_filtered_by_kind() {
        let data = dataset();
        let all = occurrences(&data, &[ArticleIx(0), ArticleIx(1)], &[]);
        let ids: Vec<&str> = all
            .iter()
            .map(|o| o.event(&data).unwrap().id.as_str())
            .collect();
        assert_eq!(ids, vec!["comments", "forum", "webinar", "plenary"]);
        let meetings = occurrences(&data, &[ArticleIx(0), ArticleIx(1)], &[EventKind::Meeting]);
        assert_eq!(meetings.len(), 2);
        assert!(occurrences(&data, &[ArticleIx(1)], &[EventKind::Meeting]).is_empty());
    }

    #[test]
    fn a_multi_day_event_covers_each_day_also_across_months() {
        let data = dataset();
        let comments = occurrences(&data, &[ArticleIx(1)], &[EventKind::Consultation]).remove(0);
        assert!(comments.covers(date!(2021 - 06 - 30)));
        assert!(comments.covers(date!(2021 - 07 - 15)));
        assert!(!comments.covers(date!(2021 - 07 - 16)));
        assert!(comments.overlaps_month(2021, Month::June));
        assert!(comments.overlaps_month(2021, Month::July));
        assert!(!comments.overlaps_month(2021, Month::August));
    }

    #[test]
    fn the_grid_starts_on_monday_and_covers_the_month() {
        let weeks = month_grid(2021, Month::September);
        assert_eq!(weeks.len(), 5);
        assert_eq!(weeks[0][0], date!(2021 - 08 - 30));
        assert_eq!(weeks[0][2], date!(2021 - 09 - 01));
        assert_eq!(weeks[4][6], date!(2021 - 10 - 03));
        // February 2021 starts on a Monday and fills exactly four weeks.
        let feb = month_grid(2021, Month::February);
        assert_eq!(feb.len(), 4);
        assert_eq!(feb[0][0], date!(2021 - 02 - 01));
        // A month that needs six rows.
        assert_eq!(month_grid(2021, Month::August).len(), 6);
    }

    #[test]
    fn the_calendar_opens_on_the_next_event_or_the_latest() {
        let data = dataset();
        let all = occurrences(&data, &[ArticleIx(0), ArticleIx(1)], &[]);
        assert_eq!(
            default_month(&all, date!(2021 - 08 - 01)),
            (2021, Month::September)
        );
        assert_eq!(
            default_month(&all, date!(2021 - 07 - 10)),
            (2021, Month::July),
            "an open period counts"
        );
        assert_eq!(
            default_month(&all, date!(2026 - 11 - 25)),
            (2021, Month::November)
        );
        assert_eq!(
            default_month(&[], date!(2026 - 11 - 25)),
            (2026, Month::November)
        );
    }

    #[test]
    fn months_shift_across_years() {
        assert_eq!(
            shift_month(2021, Month::December, 1),
            (2022, Month::January)
        );
        assert_eq!(
            shift_month(2021, Month::January, -1),
            (2020, Month::December)
        );
        assert_eq!(shift_month(2021, Month::June, 0), (2021, Month::June));
    }

    #[test]
    fn an_event_says_when_it_is() {
        let mut webinar = event("w", EventKind::Webinar, "2021-09-16", None);
        webinar.time = Some("10:00".into());
        webinar.end_time = Some("11:00".into());
        webinar.timezone = Some("Europe/Brussels".into());
        assert_eq!(
            describe_when(&webinar),
            "16 September 2021, 10:00–11:00 (Europe/Brussels)"
        );
        let forum = event("f", EventKind::Meeting, "2021-07-27", Some("2021-07-28"));
        assert_eq!(describe_when(&forum), "27–28 July 2021");
        assert_eq!(
            describe_when(&event("p", EventKind::Meeting, "2021-11", None)),
            "November 2021"
        );
        assert_eq!(
            describe_when(&event("x", EventKind::Meeting, "soon", None)),
            "soon"
        );
    }

    #[test]
    fn day_names_are_written_out() {
        assert_eq!(
            long_date(date!(2021 - 09 - 16)),
            "Thursday 16 September 2021"
        );
    }
}
