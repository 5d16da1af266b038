//! Reminders (`VALARM`) of an event, for every calendar the app and the build write: the
//! one-off download (`ics::calendar`) and the subscribed calendars (`ics::subscription`).
//!
//! The rule, by what a reader does with the event:
//! - A close the reader acts by (a comment `Deadline`, a `Consultation`'s end, a `Call`'s
//!   closing day) carries two: at 09:00 seven days before the close day, and at 09:00 on it.
//!   The close day of a period is its *last* day (a comment period 10–25 July closes on the
//!   25th; comments are still due that day), of a month-only date the month's last day.
//! - An entry into force (`Effective`) carries one: at 09:00 on its first day.
//! - The others (meetings, webinars, publications…) carry none: calendar apps add their own
//!   default reminder to a timed event, and nothing is due on a publication.
//!
//! Every trigger is relative to `DTSTART` (`RELATED=START`, the default every client supports;
//! `RELATED=END` is not honoured everywhere), so a period's close day is reached by adding the
//! period's length. For an all-day event `DTSTART` is the floating midnight of its first day,
//! so `PT9H` is 09:00 wherever the reader is. A timed event (a deadline at 17:00 Brussels) has
//! an exact moment instead: its close is `DTEND` when the data gives an end time, else
//! `DTSTART`, and the reminders come seven days and three hours before it.

use time::{Date, Duration};

use crate::model::EventKind;

/// Where an event sits, as its `VEVENT` says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    /// All day (or all month): from its first to its last day, both inclusive.
    AllDay { first: Date, last: Date },
    /// At a moment: the close is this long after `DTSTART` (zero when the close is the start).
    Timed { close_after_start: Duration },
}

/// One reminder: when, after `DTSTART` (negative: before), and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alarm {
    pub after_start: Duration,
    pub description: String,
}

/// The reminders of an event of `kind` titled `title` (see the module's rule).
pub fn alarms(kind: EventKind, span: Span, title: &str) -> Vec<Alarm> {
    let morning = Duration::hours(9);
    // Relative to DTSTART: a week before the close, and the close day's reminder (09:00 of
    // the last day; three hours before an exact moment); and the first day's.
    let (week_before, on_the_day, first_day) = match span {
        Span::AllDay { first, last } => {
            let close = (last - first) + morning;
            (close - Duration::days(7), close, morning)
        }
        Span::Timed { close_after_start } => (
            close_after_start - Duration::days(7),
            close_after_start - Duration::hours(3),
            Duration::ZERO,
        ),
    };
    let alarm = |after_start, lead: &str| Alarm {
        after_start,
        description: format!("{lead}: {title}"),
    };
    let closes = |soon: &str, today: &str| vec![alarm(week_before, soon), alarm(on_the_day, today)];
    match kind {
        EventKind::Deadline => closes("Deadline in 7 days", "Deadline today"),
        EventKind::Consultation => closes("Comments close in 7 days", "Comments close today"),
        EventKind::Call => closes("Call closes in 7 days", "Call closes today"),
        // The first day, not the last: a rule is in force from the day it takes effect.
        EventKind::Effective => vec![alarm(first_day, "Takes effect today")],
        EventKind::Meeting
        | EventKind::Webinar
        | EventKind::Training
        | EventKind::Publication
        | EventKind::Milestone
        | EventKind::Unknown => Vec::new(),
    }
}

/// An RFC 5545 duration (§3.3.6): `PT9H`, `-P6DT15H`, `P15DT9H`, `PT0S`; whole minutes.
pub fn duration(d: Duration) -> String {
    let minutes = d.whole_minutes();
    if minutes == 0 {
        return "PT0S".to_string();
    }
    let sign = if minutes < 0 { "-" } else { "" };
    let minutes = minutes.unsigned_abs();
    let (days, hours, minutes) = (minutes / 1440, minutes / 60 % 24, minutes % 60);
    let mut out = format!("{sign}P");
    if days > 0 {
        out.push_str(&format!("{days}D"));
    }
    if hours > 0 || minutes > 0 {
        out.push('T');
        if hours > 0 {
            out.push_str(&format!("{hours}H"));
        }
        if minutes > 0 {
            out.push_str(&format!("{minutes}M"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn triggers(kind: EventKind, span: Span) -> Vec<String> {
        alarms(kind, span, "t")
            .iter()
            .map(|a| duration(a.after_start))
            .collect()
    }

    fn day(d: Date) -> Span {
        Span::AllDay { first: d, last: d }
    }

    #[test]
    fn a_deadline_reminds_a_week_before_and_on_the_morning_of_the_day() {
        assert_eq!(
            triggers(EventKind::Deadline, day(date!(2021 - 08 - 05))),
            ["-P6DT15H", "PT9H"]
        );
        let texts: Vec<String> = alarms(EventKind::Deadline, day(date!(2021 - 08 - 05)), "X")
            .into_iter()
            .map(|a| a.description)
            .collect();
        assert_eq!(texts, ["Deadline in 7 days: X", "Deadline today: X"]);
    }

    #[test]
    fn a_period_is_acted_on_by_its_last_day() {
        // 10–25 July: the 25th at 09:00 is 15 days and 9 hours after the 10th's midnight.
        let period = Span::AllDay {
            first: date!(2021 - 07 - 10),
            last: date!(2021 - 07 - 25),
        };
        assert_eq!(
            triggers(EventKind::Consultation, period),
            ["P8DT9H", "P15DT9H"]
        );
        assert_eq!(triggers(EventKind::Call, period), ["P8DT9H", "P15DT9H"]);
        // A short period: a week before its close is before it opens, and still a reminder.
        let short = Span::AllDay {
            first: date!(2021 - 07 - 12),
            last: date!(2021 - 07 - 16),
        };
        assert_eq!(
            triggers(EventKind::Consultation, short),
            ["-P2DT15H", "P4DT9H"]
        );
    }

    #[test]
    fn an_entry_into_force_reminds_on_its_first_day() {
        assert_eq!(
            triggers(EventKind::Effective, day(date!(2021 - 09 - 01))),
            ["PT9H"]
        );
        let month = Span::AllDay {
            first: date!(2021 - 07 - 01),
            last: date!(2021 - 07 - 31),
        };
        assert_eq!(triggers(EventKind::Effective, month), ["PT9H"]);
        // A month-only deadline closes on the month's last day.
        assert_eq!(triggers(EventKind::Deadline, month), ["P23DT9H", "P30DT9H"]);
    }

    #[test]
    fn timed_events_are_reminded_before_their_moment() {
        let at_start = Span::Timed {
            close_after_start: Duration::ZERO,
        };
        assert_eq!(triggers(EventKind::Deadline, at_start), ["-P7D", "-PT3H"]);
        assert_eq!(triggers(EventKind::Effective, at_start), ["PT0S"]);
        let ends_later = Span::Timed {
            close_after_start: Duration::days(2) + Duration::minutes(90),
        };
        assert_eq!(
            triggers(EventKind::Consultation, ends_later),
            ["-P4DT22H30M", "P1DT22H30M"]
        );
    }

    #[test]
    fn nothing_is_due_on_the_other_kinds() {
        for kind in [
            EventKind::Meeting,
            EventKind::Webinar,
            EventKind::Training,
            EventKind::Publication,
            EventKind::Milestone,
            EventKind::Unknown,
        ] {
            assert!(triggers(kind, day(date!(2021 - 09 - 01))).is_empty());
        }
    }

    #[test]
    fn durations_are_written_as_rfc_5545_wants() {
        assert_eq!(duration(Duration::ZERO), "PT0S");
        assert_eq!(duration(Duration::days(-7)), "-P7D");
        assert_eq!(duration(Duration::hours(-3)), "-PT3H");
        assert_eq!(duration(Duration::minutes(30)), "PT30M");
        assert_eq!(
            duration(Duration::days(1) + Duration::hours(2) + Duration::minutes(3)),
            "P1DT2H3M"
        );
    }
}
