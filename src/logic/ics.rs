//! iCalendar (RFC 5545) export: one event, or every event of a view, as a `.ics` file to
//! download (`calendar`), and the calendars a calendar app subscribes to, which the site build
//! writes (`subscription`). Both carry the same reminders (`logic::alarms`).

use time::{Date, Duration, PrimitiveDateTime, Time};

use crate::logic::alarms::{alarms, duration, Span};
use crate::logic::calendar::Occurrence;
use crate::logic::dates::{iso_day_basic, parse_time, Fuzzy};
use crate::logic::view::{Change, ViewState};
use crate::logic::zones::to_utc;
use crate::model::Dataset;

pub const PRODID: &str = "-//Standards Radar//SESEC newsletter events//EN";

/// How often a subscriber polls a subscribed calendar: the archive grows by an issue every two
/// months, so once a day is plenty (RFC 7986 `REFRESH-INTERVAL`, and Outlook's `X-PUBLISHED-TTL`).
pub const REFRESH: &str = "P1D";

/// An event's revision in a subscribed calendar: how many times it changed (`SEQUENCE`) and
/// the day of its last change (`LAST-MODIFIED`), derived from the archive by
/// `build::revisions`, so a build needs no memory of the one before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Revision {
    pub sequence: u32,
    pub modified: Date,
}

/// How an event is stamped: with the moment of a download, or with its revision.
#[derive(Clone, Copy)]
enum Stamp {
    Now(PrimitiveDateTime),
    Revised(Revision),
}

/// A calendar of `events` to download, stamped `now` (UTC). Lines end in CRLF and are folded
/// at 75 octets. `app_url` is the app's absolute address (the page's base, ending in `/`): each
/// event's `URL` is its article's deep link there, so a calendar client opens the article.
pub fn calendar(
    data: &Dataset,
    events: &[Occurrence],
    now: PrimitiveDateTime,
    app_url: &str,
) -> String {
    let mut out = begin(&["METHOD:PUBLISH", "X-WR-CALNAME:Standards Radar"]);
    for occurrence in events {
        write_event(&mut out, data, occurrence, Stamp::Now(now), app_url);
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// A calendar a calendar app subscribes to, named `name` (`X-WR-CALNAME` and RFC 7986's
/// `NAME`), polled once a day, each event with its `SEQUENCE` and `LAST-MODIFIED`.
///
/// It has no `METHOD`: RFC 5545 §3.8.7.2 then makes `DTSTAMP` "the date and time that the
/// information associated with the calendar component was last revised", which is
/// `LAST-MODIFIED` itself. So an unchanged event is written byte for byte as before, and two
/// builds of one archive are identical, where the moment of the build would change every
/// event of every calendar each time.
pub fn subscription(
    data: &Dataset,
    name: &str,
    events: &[(Occurrence, Revision)],
    app_url: &str,
) -> String {
    let mut out = begin(&[
        &format!("X-WR-CALNAME:{}", escape(name)),
        &format!("NAME:{}", escape(name)),
        &format!("REFRESH-INTERVAL;VALUE=DURATION:{REFRESH}"),
        &format!("X-PUBLISHED-TTL:{REFRESH}"),
    ]);
    for (occurrence, revision) in events {
        write_event(
            &mut out,
            data,
            occurrence,
            Stamp::Revised(*revision),
            app_url,
        );
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// The calendar's first lines, every calendar's own, then `properties`.
fn begin(properties: &[&str]) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        &format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN",
    ] {
        push_line(&mut out, line);
    }
    for line in properties {
        push_line(&mut out, line);
    }
    out
}

fn write_event(out: &mut String, data: &Dataset, o: &Occurrence, stamp: Stamp, app_url: &str) {
    let Some((article, event)) = o.with_article(data) else {
        return;
    };
    push_line(out, "BEGIN:VEVENT");
    // UID is TEXT like the rest: an id is the data's, and a line break in it must not end the
    // line (the reader admits any id; only the validator insists on slugs).
    push_line(out, &format!("UID:{}@standards-radar", escape(&event.id)));
    match stamp {
        Stamp::Now(now) => push_line(out, &format!("DTSTAMP:{}", utc_stamp(now))),
        Stamp::Revised(revision) => {
            let at = utc_stamp(PrimitiveDateTime::new(revision.modified, Time::MIDNIGHT));
            push_line(out, &format!("DTSTAMP:{at}"));
            push_line(out, &format!("LAST-MODIFIED:{at}"));
            push_line(out, &format!("SEQUENCE:{}", revision.sequence));
        }
    }
    // (start, end, the close: DTEND when the data gives an end time, else the start).
    let timed = match (&event.time, &event.timezone, o.start) {
        (Some(time), Some(zone), Fuzzy::Day(day)) => parse_time(time).and_then(|(h, m)| {
            let start = to_utc(zone, day, h, m)?;
            let given_end = event
                .end_time
                .as_deref()
                .and_then(parse_time)
                .and_then(|(h, m)| to_utc(zone, o.last_day(), h, m))
                .filter(|end| *end > start);
            let close = given_end.unwrap_or(start);
            Some((
                start,
                given_end.unwrap_or(start + Duration::hours(1)),
                close,
            ))
        }),
        _ => None,
    };
    let span = match timed {
        Some((start, end, close)) => {
            push_line(out, &format!("DTSTART:{}", utc_stamp(start)));
            push_line(out, &format!("DTEND:{}", utc_stamp(end)));
            Span::Timed {
                close_after_start: close - start,
            }
        }
        None => {
            // All day (or all month): DTEND is the day after the last, as RFC 5545 wants.
            push_line(
                out,
                &format!("DTSTART;VALUE=DATE:{}", iso_day_basic(o.first_day())),
            );
            let after = o.last_day().next_day().unwrap_or(o.last_day());
            push_line(out, &format!("DTEND;VALUE=DATE:{}", iso_day_basic(after)));
            Span::AllDay {
                first: o.first_day(),
                last: o.last_day(),
            }
        }
    };
    push_line(out, &format!("SUMMARY:{}", escape(&event.title)));
    let mut description = format!("{}\n\n{}", article.title, article.summary);
    if timed.is_none() {
        if let (Some(time), Some(zone)) = (&event.time, &event.timezone) {
            description = format!("{time} ({zone})\n\n{description}");
        }
    }
    push_line(out, &format!("DESCRIPTION:{}", escape(&description)));
    if let Some(location) = &event.location {
        push_line(out, &format!("LOCATION:{}", escape(location)));
    }
    push_line(out, &format!("CATEGORIES:{}", escape(event.kind.label())));
    // A URI value, not TEXT: not escaped; the query string is already percent-encoded.
    let deep_link = ViewState::default().apply(&Change::OpenArticle(article.id.clone()));
    push_line(out, &format!("URL:{app_url}?{}", deep_link.to_query()));
    push_line(out, "TRANSP:TRANSPARENT");
    for alarm in alarms(event.kind, span, &event.title) {
        push_line(out, "BEGIN:VALARM");
        push_line(out, "ACTION:DISPLAY");
        push_line(
            out,
            &format!("TRIGGER;RELATED=START:{}", duration(alarm.after_start)),
        );
        push_line(out, &format!("DESCRIPTION:{}", escape(&alarm.description)));
        push_line(out, "END:VALARM");
    }
    push_line(out, "END:VEVENT");
}

/// A file name for the download: `event-id.ics`, or `standards-radar-events.ics`.
pub fn file_name(single_event_id: Option<&str>) -> String {
    match single_event_id {
        Some(id) => format!("{id}.ics"),
        None => "standards-radar-events.ics".to_string(),
    }
}

fn utc_stamp(t: PrimitiveDateTime) -> String {
    format!(
        "{}T{:02}{:02}{:02}Z",
        iso_day_basic(t.date()),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// TEXT escaping (RFC 5545 §3.3.11). A control character other than a tab or a line break
/// has no place in TEXT (its `TSAFE-CHAR` excludes them) and is left out.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded so no line exceeds 75 octets and no UTF-8 character is
/// split (RFC 5545 §3.1), with CRLF endings.
fn push_line(out: &mut String, line: &str) {
    let mut budget = 75;
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > budget {
            out.push_str("\r\n ");
            // The leading space of a continuation line counts towards its 75 octets.
            budget = 74;
            used = 0;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
#[path = "ics_tests.rs"]
mod tests;
