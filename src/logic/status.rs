//! Where an event stands relative to today: what a reader tracking deadlines wants first.

use time::Date;

use crate::logic::calendar::Occurrence;
use crate::logic::dates::{span, Fuzzy};
use crate::model::EventKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Upcoming,
    Ongoing,
    Past,
}

/// The status of `event` on `today`, as a phrase ("comment period open, closes in 3 days").
pub fn status(event: &Occurrence, today: Date) -> (Tense, String) {
    let first = event.first_day();
    let last = event.last_day();
    let tense = if today < first {
        Tense::Upcoming
    } else if today > last {
        Tense::Past
    } else {
        Tense::Ongoing
    };
    let until_start = days_phrase((first - today).whole_days());
    let until_end = days_phrase((last - today).whole_days());
    let start = event.start;
    let end = event.end;
    let text = match (event.kind, tense) {
        (EventKind::Consultation, Tense::Upcoming) => format!("comment period opens {until_start}"),
        (EventKind::Consultation, Tense::Ongoing) if end.is_month_only() => {
            "comment period open this month".to_string()
        }
        (EventKind::Consultation, Tense::Ongoing) => {
            format!("comment period open, closes {until_end}")
        }
        (EventKind::Consultation, Tense::Past) => format!("comment period closed {}", on(end)),
        (EventKind::Call, Tense::Upcoming) => format!("call opens {until_start}"),
        (EventKind::Call, Tense::Ongoing) if end.is_month_only() => {
            "call open this month".to_string()
        }
        (EventKind::Call, Tense::Ongoing) => format!("call open, closes {until_end}"),
        (EventKind::Call, Tense::Past) => format!("call closed {}", on(end)),
        (EventKind::Deadline, Tense::Upcoming) => format!("due {until_start}"),
        (EventKind::Deadline, Tense::Ongoing) if start.is_month_only() => {
            "due this month".to_string()
        }
        (EventKind::Deadline, Tense::Ongoing) => "due today".to_string(),
        (EventKind::Deadline, Tense::Past) => format!("deadline passed {}", on(end)),
        (EventKind::Effective, Tense::Upcoming) => format!("takes effect {until_start}"),
        (EventKind::Effective, _) => format!("in force since {start}"),
        (EventKind::Publication, Tense::Upcoming) => format!("expected {until_start}"),
        (EventKind::Publication, _) => format!("published {}", on(start)),
        (EventKind::Milestone, Tense::Upcoming) => format!("expected {until_start}"),
        (EventKind::Milestone, _) => format!("since {start}"),
        (_, Tense::Upcoming) => format!("starts {until_start}"),
        (_, Tense::Ongoing) if first == last => "today".to_string(),
        (_, Tense::Ongoing) => format!("under way, ends {until_end}"),
        (_, Tense::Past) if start == end => format!("took place {}", on(start)),
        (_, Tense::Past) => format!("took place {}", span(start, end)),
    };
    (tense, text)
}

/// "today", "tomorrow", "in 12 days".
fn days_phrase(days: i64) -> String {
    match days {
        0 => "today".to_string(),
        1 => "tomorrow".to_string(),
        n => format!("in {n} days"),
    }
}

/// "on 25 July 2021" or "in November 2021".
fn on(date: Fuzzy) -> String {
    match date {
        Fuzzy::Day(_) => format!("on {date}"),
        Fuzzy::Month { .. } => format!("in {date}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ArticleIx, EventIx};
    use time::macros::date;

    fn occurrence(kind: EventKind, start: &str, end: Option<&str>) -> Occurrence {
        let start = Fuzzy::parse(start).unwrap();
        Occurrence {
            article: ArticleIx(0),
            event: EventIx(0),
            kind,
            start,
            end: end.and_then(Fuzzy::parse).unwrap_or(start),
        }
    }

    fn said(kind: EventKind, start: &str, end: Option<&str>, today: Date) -> String {
        status(&occurrence(kind, start, end), today).1
    }

    #[test]
    fn comment_periods() {
        let k = EventKind::Consultation;
        let (s, e) = ("2021-07-10", Some("2021-07-25"));
        assert_eq!(
            said(k, s, e, date!(2021 - 07 - 01)),
            "comment period opens in 9 days"
        );
        assert_eq!(
            said(k, s, e, date!(2021 - 07 - 22)),
            "comment period open, closes in 3 days"
        );
        assert_eq!(
            said(k, s, e, date!(2021 - 07 - 24)),
            "comment period open, closes tomorrow"
        );
        assert_eq!(
            said(k, s, e, date!(2021 - 07 - 25)),
            "comment period open, closes today"
        );
        assert_eq!(
            said(k, s, e, date!(2021 - 07 - 26)),
            "comment period closed on 25 July 2021"
        );
        assert_eq!(
            said(k, "2021-07", None, date!(2021 - 07 - 05)),
            "comment period open this month"
        );
        assert_eq!(
            said(k, "2021-07", None, date!(2021 - 09 - 05)),
            "comment period closed in July 2021"
        );
    }

    #[test]
    fn rules_taking_effect() {
        let k = EventKind::Effective;
        assert_eq!(
            said(k, "2021-09-01", None, date!(2021 - 08 - 30)),
            "takes effect in 2 days"
        );
        assert_eq!(
            said(k, "2021-09-01", None, date!(2021 - 09 - 01)),
            "in force since 1 September 2021"
        );
        assert_eq!(
            said(k, "2021-09-01", None, date!(2026 - 11 - 25)),
            "in force since 1 September 2021"
        );
    }

    #[test]
    fn meetings_and_webinars() {
        let k = EventKind::Webinar;
        assert_eq!(
            said(k, "2021-09-16", None, date!(2021 - 09 - 06)),
            "starts in 10 days"
        );
        assert_eq!(said(k, "2021-09-16", None, date!(2021 - 09 - 16)), "today");
        assert_eq!(
            said(k, "2021-09-16", None, date!(2021 - 09 - 17)),
            "took place on 16 September 2021"
        );
        let m = EventKind::Meeting;
        assert_eq!(
            said(m, "2021-07-27", Some("2021-07-28"), date!(2021 - 07 - 27)),
            "under way, ends tomorrow"
        );
        // A past span names the span, not its first day.
        assert_eq!(
            said(m, "2021-07-06", Some("2021-07-08"), date!(2026 - 11 - 25)),
            "took place 6–8 July 2021"
        );
        assert_eq!(
            said(m, "2021-11", None, date!(2026 - 11 - 25)),
            "took place in November 2021"
        );
        assert_eq!(
            said(m, "2021-11", None, date!(2021 - 10 - 15)),
            "starts in 17 days"
        );
    }

    #[test]
    fn deadlines_and_publications() {
        assert_eq!(
            said(
                EventKind::Deadline,
                "2021-08-05",
                None,
                date!(2021 - 08 - 05)
            ),
            "due today"
        );
        assert_eq!(
            said(
                EventKind::Deadline,
                "2021-08-05",
                None,
                date!(2021 - 08 - 06)
            ),
            "deadline passed on 5 August 2021"
        );
        assert_eq!(
            said(EventKind::Deadline, "2023-12", None, date!(2023 - 12 - 10)),
            "due this month"
        );
        assert_eq!(
            said(
                EventKind::Publication,
                "2021-06-17",
                None,
                date!(2021 - 07 - 01)
            ),
            "published on 17 June 2021"
        );
        assert_eq!(
            said(
                EventKind::Publication,
                "2022-01-10",
                None,
                date!(2022 - 01 - 01)
            ),
            "expected in 9 days"
        );
    }

    #[test]
    fn tense_follows_the_dates() {
        let webinar = occurrence(EventKind::Webinar, "2021-09-16", None);
        assert_eq!(status(&webinar, date!(2021 - 09 - 15)).0, Tense::Upcoming);
        assert_eq!(status(&webinar, date!(2021 - 09 - 16)).0, Tense::Ongoing);
        assert_eq!(status(&webinar, date!(2021 - 09 - 17)).0, Tense::Past);
    }
}
