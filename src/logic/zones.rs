//! Local time to UTC for the time zones this newsletter's events use.
//!
//! A full tz database would multiply the WebAssembly's size; the newsletter's events happen in
//! Europe and China, whose rules since 1996 are simple: China keeps UTC+8 all year, and the EU
//! moves clocks forward at 01:00 UTC on the last Sunday of March and back on the last Sunday of
//! October. A zone not listed here is reported as unknown, and callers fall back to the date.

use time::{Date, Duration, Month, PrimitiveDateTime, Time, Weekday};

const EU_CENTRAL: &[&str] = &[
    "Europe/Amsterdam",
    "Europe/Berlin",
    "Europe/Bratislava",
    "Europe/Brussels",
    "Europe/Budapest",
    "Europe/Copenhagen",
    "Europe/Ljubljana",
    "Europe/Luxembourg",
    "Europe/Madrid",
    "Europe/Malta",
    "Europe/Oslo",
    "Europe/Paris",
    "Europe/Prague",
    "Europe/Rome",
    "Europe/Stockholm",
    "Europe/Vienna",
    "Europe/Warsaw",
    "Europe/Zagreb",
    "Europe/Zurich",
];
const EU_WESTERN: &[&str] = &["Europe/Dublin", "Europe/Lisbon", "Europe/London"];
const EU_EASTERN: &[&str] = &[
    "Europe/Athens",
    "Europe/Bucharest",
    "Europe/Helsinki",
    "Europe/Riga",
    "Europe/Sofia",
    "Europe/Tallinn",
    "Europe/Vilnius",
];
const CHINA: &[&str] = &[
    "Asia/Shanghai",
    "Asia/Chongqing",
    "Asia/Harbin",
    "Asia/Hong_Kong",
    "Asia/Macau",
    "Asia/Taipei",
    "PRC",
];

/// The UTC instant of a local wall-clock time in `zone`, if the zone is one this app knows.
pub fn to_utc(zone: &str, date: Date, hour: u8, minute: u8) -> Option<PrimitiveDateTime> {
    let local = PrimitiveDateTime::new(date, Time::from_hms(hour, minute, 0).ok()?);
    let standard_minutes: i64 = if matches!(zone, "UTC" | "Etc/UTC" | "GMT") {
        return Some(local);
    } else if CHINA.contains(&zone) {
        return Some(local - Duration::hours(8));
    } else if EU_CENTRAL.contains(&zone) {
        60
    } else if EU_WESTERN.contains(&zone) {
        0
    } else if EU_EASTERN.contains(&zone) {
        120
    } else {
        return None;
    };
    let as_standard = local - Duration::minutes(standard_minutes);
    let summer = as_standard - Duration::hours(1);
    Some(if eu_summer_time(summer) {
        summer
    } else {
        as_standard
    })
}

/// Whether EU summer time is in force at this UTC instant.
fn eu_summer_time(utc: PrimitiveDateTime) -> bool {
    let year = utc.year();
    let (Some(start), Some(end)) = (
        last_sunday(year, Month::March),
        last_sunday(year, Month::October),
    ) else {
        return false;
    };
    let one_am = Time::from_hms(1, 0, 0).unwrap_or(Time::MIDNIGHT);
    PrimitiveDateTime::new(start, one_am) <= utc && utc < PrimitiveDateTime::new(end, one_am)
}

fn last_sunday(year: i32, month: Month) -> Option<Date> {
    let last =
        Date::from_calendar_date(year, month, time::util::days_in_month(month, year)).ok()?;
    let back = (i64::from(last.weekday().number_days_from_monday()) + 1) % 7;
    let sunday = last - Duration::days(back);
    debug_assert_eq!(sunday.weekday(), Weekday::Sunday);
    Some(sunday)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn brussels_in_summer_and_winter() {
        assert_eq!(
            to_utc("Europe/Brussels", date!(2021 - 09 - 16), 10, 0),
            Some(datetime!(2021-09-16 08:00))
        );
        assert_eq!(
            to_utc("Europe/Brussels", date!(2021 - 12 - 16), 10, 0),
            Some(datetime!(2021-12-16 09:00))
        );
    }

    #[test]
    fn the_switch_days() {
        // 2021: summer time from 28 March, back on 31 October.
        assert_eq!(
            to_utc("Europe/Paris", date!(2021 - 03 - 27), 12, 0),
            Some(datetime!(2021-03-27 11:00))
        );
        assert_eq!(
            to_utc("Europe/Paris", date!(2021 - 03 - 28), 12, 0),
            Some(datetime!(2021-03-28 10:00))
        );
        assert_eq!(
            to_utc("Europe/Paris", date!(2021 - 10 - 30), 12, 0),
            Some(datetime!(2021-10-30 10:00))
        );
        assert_eq!(
            to_utc("Europe/Paris", date!(2021 - 10 - 31), 12, 0),
            Some(datetime!(2021-10-31 11:00))
        );
        assert_eq!(
            to_utc("Europe/London", date!(2021 - 07 - 01), 9, 30),
            Some(datetime!(2021-07-01 08:30))
        );
        assert_eq!(
            to_utc("Europe/Helsinki", date!(2021 - 01 - 01), 9, 0),
            Some(datetime!(2021-01-01 07:00))
        );
    }

    #[test]
    fn china_has_no_summer_time() {
        assert_eq!(
            to_utc("Asia/Shanghai", date!(2021 - 07 - 27), 9, 0),
            Some(datetime!(2021-07-27 01:00))
        );
        assert_eq!(
            to_utc("Asia/Shanghai", date!(2021 - 01 - 01), 3, 0),
            Some(datetime!(2020-12-31 19:00))
        );
    }

    #[test]
    fn unknown_zones_are_reported() {
        assert_eq!(
            to_utc("America/New_York", date!(2021 - 07 - 01), 9, 0),
            None
        );
        assert_eq!(
            to_utc("UTC", date!(2021 - 07 - 01), 9, 0),
            Some(datetime!(2021-07-01 09:00))
        );
        assert_eq!(
            to_utc("Europe/Brussels", date!(2021 - 07 - 01), 24, 0),
            None
        );
    }
}
