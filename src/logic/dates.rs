//! Calendar dates as the newsletter gives them: a day, or only a month.
//!
//! These are civil dates, never instants: nothing here knows about time zones, so the same
//! dataset shows the same days whatever the reader's clock says.

use std::cmp::Ordering;
use std::fmt;

use time::{Date, Month};

/// A date at the precision the source gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Fuzzy {
    Day(Date),
    Month { year: i32, month: Month },
}

impl Fuzzy {
    /// Parses `YYYY-MM-DD` or `YYYY-MM`; rejects impossible days such as `2021-02-30`.
    pub fn parse(s: &str) -> Option<Fuzzy> {
        let mut parts = s.split('-');
        let year = parse_fixed(parts.next()?, 4)?;
        let month = Month::try_from(u8::try_from(parse_fixed(parts.next()?, 2)?).ok()?).ok()?;
        match parts.next() {
            None => Some(Fuzzy::Month { year, month }),
            Some(day) => {
                if parts.next().is_some() {
                    return None;
                }
                let day = u8::try_from(parse_fixed(day, 2)?).ok()?;
                Date::from_calendar_date(year, month, day)
                    .ok()
                    .map(Fuzzy::Day)
            }
        }
    }

    /// First day covered.
    pub fn first_day(self) -> Date {
        match self {
            Fuzzy::Day(d) => d,
            Fuzzy::Month { year, month } => first_of_month(year, month),
        }
    }

    /// Last day covered.
    pub fn last_day(self) -> Date {
        match self {
            Fuzzy::Day(d) => d,
            Fuzzy::Month { year, month } => {
                let first = first_of_month(year, month);
                first
                    .replace_day(time::util::days_in_month(month, year))
                    .unwrap_or(first)
            }
        }
    }

    pub fn is_month_only(self) -> bool {
        matches!(self, Fuzzy::Month { .. })
    }
}

/// The month an English name gives ("June"), spelled as `Month` displays it (and so the app).
pub fn month_named(name: &str) -> Option<Month> {
    months().find(|m| m.to_string() == name)
}

/// January to December.
pub fn months() -> impl Iterator<Item = Month> {
    (1..=12u8).filter_map(|n| Month::try_from(n).ok())
}

impl fmt::Display for Fuzzy {
    /// As a reader writes it: `16 September 2021`, or `September 2021`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fuzzy::Day(d) => write!(f, "{} {} {}", d.day(), d.month(), d.year()),
            Fuzzy::Month { year, month } => write!(f, "{month} {year}"),
        }
    }
}

impl PartialOrd for Fuzzy {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Fuzzy {
    /// Chronological by first day; a whole month sorts after a day on its first.
    fn cmp(&self, other: &Self) -> Ordering {
        // Two days, by far the most common pair when sorting, compare without building dates.
        if let (Fuzzy::Day(a), Fuzzy::Day(b)) = (self, other) {
            return a.cmp(b);
        }
        self.first_day()
            .cmp(&other.first_day())
            .then(self.is_month_only().cmp(&other.is_month_only()))
    }
}

/// A span as a reader writes it, naming what the ends share once: "6–8 July 2021",
/// "29 June – 15 July 2021", "30 December 2021 – 2 January 2022", "May–June 2021"; a span of
/// one day or month is that day or month.
pub fn span(start: Fuzzy, end: Fuzzy) -> String {
    match (start, end) {
        _ if start == end => start.to_string(),
        (Fuzzy::Day(a), Fuzzy::Day(b)) if a.year() == b.year() && a.month() == b.month() => {
            format!("{}–{end}", a.day())
        }
        (Fuzzy::Day(a), Fuzzy::Day(b)) if a.year() == b.year() => {
            format!("{} {} – {end}", a.day(), a.month())
        }
        (
            Fuzzy::Month { year, month },
            Fuzzy::Month {
                year: end_year,
                month: end_month,
            },
        ) if year == end_year => format!("{month}–{end_month} {year}"),
        _ => format!("{start} – {end}"),
    }
}

/// `2021-09-16`: the form of URLs, data files and `<input type="date">`.
pub fn iso_day(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month() as u8, d.day())
}

/// `2021-09`.
pub fn iso_month(year: i32, month: Month) -> String {
    format!("{year:04}-{:02}", month as u8)
}

/// `20210916`: iCalendar's basic form.
pub fn iso_day_basic(d: Date) -> String {
    iso_day(d).replace('-', "")
}

fn first_of_month(year: i32, month: Month) -> Date {
    Date::from_calendar_date(year, month, 1).unwrap_or(Date::MIN)
}

/// Exactly `width` ASCII digits.
fn parse_fixed(s: &str, width: usize) -> Option<i32> {
    if s.len() == width && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

/// Parses `HH:MM` (24-hour clock).
pub fn parse_time(s: &str) -> Option<(u8, u8)> {
    let (h, m) = s.split_once(':')?;
    let h = u8::try_from(parse_fixed(h, 2)?).ok()?;
    let m = u8::try_from(parse_fixed(m, 2)?).ok()?;
    (h < 24 && m < 60).then_some((h, m))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn parses_days_and_months() {
        assert_eq!(
            Fuzzy::parse("2021-09-16"),
            Some(Fuzzy::Day(date!(2021 - 09 - 16)))
        );
        assert_eq!(
            Fuzzy::parse("2021-11"),
            Some(Fuzzy::Month {
                year: 2021,
                month: Month::November
            })
        );
    }

    #[test]
    fn rejects_impossible_and_sloppy_dates() {
        for bad in [
            "",
            "2021",
            "2021-13",
            "2021-00",
            "2021-02-29",
            "2021-02-30",
            "2021-9-16",
            "21-09-16",
            "2021-09-16-01",
            "2021/09/16",
            "2021-09-1x",
            "+021-09-16",
        ] {
            assert_eq!(Fuzzy::parse(bad), None, "{bad:?}");
        }
        assert!(Fuzzy::parse("2020-02-29").is_some(), "leap day");
    }

    #[test]
    fn a_month_spans_its_days() {
        let feb = Fuzzy::parse("2024-02").unwrap();
        assert_eq!(feb.first_day(), date!(2024 - 02 - 01));
        assert_eq!(feb.last_day(), date!(2024 - 02 - 29));
    }

    #[test]
    fn orders_chronologically_with_months_after_their_first_day() {
        let mut dates: Vec<Fuzzy> = ["2021-11", "2021-07-05", "2021-11-01", "2021-06-30"]
            .iter()
            .filter_map(|s| Fuzzy::parse(s))
            .collect();
        dates.sort();
        let shown: Vec<String> = dates.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "30 June 2021",
                "5 July 2021",
                "1 November 2021",
                "November 2021"
            ]
        );
    }

    #[test]
    fn a_span_names_what_its_ends_share_once() {
        let span_of = |a: &str, b: &str| span(Fuzzy::parse(a).unwrap(), Fuzzy::parse(b).unwrap());
        assert_eq!(span_of("2021-07-06", "2021-07-08"), "6–8 July 2021");
        assert_eq!(
            span_of("2021-06-29", "2021-07-15"),
            "29 June – 15 July 2021"
        );
        assert_eq!(
            span_of("2021-12-30", "2022-01-02"),
            "30 December 2021 – 2 January 2022"
        );
        assert_eq!(span_of("2021-05", "2021-06"), "May–June 2021");
        assert_eq!(
            span_of("2021-12", "2022-01"),
            "December 2021 – January 2022"
        );
        assert_eq!(span_of("2021-07-06", "2021-07-06"), "6 July 2021");
        assert_eq!(
            span_of("2021-07-06", "2021-08"),
            "6 July 2021 – August 2021"
        );
    }

    #[test]
    fn times_are_24_hour() {
        assert_eq!(parse_time("10:00"), Some((10, 0)));
        assert_eq!(parse_time("23:59"), Some((23, 59)));
        for bad in ["24:00", "10:60", "9:00", "10", "10:00:00", ""] {
            assert_eq!(parse_time(bad), None, "{bad:?}");
        }
    }
}
