//! iCalendar (RFC 5545) export: one event, or every event of a view, as a `.ics` file.

use time::{Duration, PrimitiveDateTime};

use crate::logic::calendar::Occurrence;
use crate::logic::dates::{iso_day_basic, parse_time, Fuzzy};
use crate::logic::view::{Change, ViewState};
use crate::logic::zones::to_utc;
use crate::model::Dataset;

pub const PRODID: &str = "-//Standards Radar//SESEC newsletter events//EN";

/// A calendar of `events`, stamped `now` (UTC). Lines end in CRLF and are folded at 75 octets.
/// `app_url` is the app's absolute address (the page's base, ending in `/`): each event's
/// `URL` is its article's deep link there, so a calendar client opens the article.
pub fn calendar(
    data: &Dataset,
    events: &[Occurrence],
    now: PrimitiveDateTime,
    app_url: &str,
) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        &format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Standards Radar",
    ] {
        push_line(&mut out, line);
    }
    for occurrence in events {
        write_event(&mut out, data, occurrence, now, app_url);
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

fn write_event(
    out: &mut String,
    data: &Dataset,
    o: &Occurrence,
    now: PrimitiveDateTime,
    app_url: &str,
) {
    let Some((article, event)) = o.with_article(data) else {
        return;
    };
    push_line(out, "BEGIN:VEVENT");
    // UID is TEXT like the rest: an id is the data's, and a line break in it must not end the
    // line (the reader admits any id; only the validator insists on slugs).
    push_line(out, &format!("UID:{}@standards-radar", escape(&event.id)));
    push_line(out, &format!("DTSTAMP:{}", utc_stamp(now)));
    let timed = match (&event.time, &event.timezone, o.start) {
        (Some(time), Some(zone), Fuzzy::Day(day)) => parse_time(time).and_then(|(h, m)| {
            let start = to_utc(zone, day, h, m)?;
            let end = event
                .end_time
                .as_deref()
                .and_then(parse_time)
                .and_then(|(h, m)| to_utc(zone, o.last_day(), h, m))
                .filter(|end| *end > start)
                .unwrap_or(start + Duration::hours(1));
            Some((start, end))
        }),
        _ => None,
    };
    match timed {
        Some((start, end)) => {
            push_line(out, &format!("DTSTART:{}", utc_stamp(start)));
            push_line(out, &format!("DTEND:{}", utc_stamp(end)));
        }
        None => {
            // All day (or all month): DTEND is the day after the last, as RFC 5545 wants.
            push_line(
                out,
                &format!("DTSTART;VALUE=DATE:{}", iso_day_basic(o.first_day())),
            );
            let after = o.last_day().next_day().unwrap_or(o.last_day());
            push_line(out, &format!("DTEND;VALUE=DATE:{}", iso_day_basic(after)));
        }
    }
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

/// TEXT escaping (RFC 5545 §3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
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
mod tests {
    use super::*;
    use crate::logic::calendar::occurrences;
    use crate::logic::fixtures;
    use crate::model::{Article, ArticleIx, Event, EventKind};
    use time::macros::datetime;

    fn dataset() -> Dataset {
        let event = |id: &str, kind, start: &str, end: Option<&str>| Event {
            title: format!("{id}: a title; with, commas\\ and more"),
            ..fixtures::event(id, kind, start, end)
        };
        let mut webinar = event("webinar", EventKind::Webinar, "2021-09-16", None);
        webinar.time = Some("10:00".into());
        webinar.end_time = Some("11:00".into());
        webinar.timezone = Some("Europe/Brussels".into());
        webinar.location = Some("Online (Webex)".into());
        let mut elsewhere = event("elsewhere", EventKind::Meeting, "2021-09-17", None);
        elsewhere.time = Some("09:00".into());
        elsewhere.timezone = Some("America/New_York".into());
        fixtures::dataset(vec![Article {
                id: "a".into(),
                title: "Ünïcödé title – “quoted”".into(),
                section: "S".into(),
                date: "2021-07-01".into(),
                tags: vec![],
                summary: "A summary that is long enough to need folding, with non-ASCII characters: 中国标准化研究院 and more text after them.".into(),
                body: vec![],
                links: vec![],
                events: vec![
                    event("forum", EventKind::Meeting, "2021-07-27", Some("2021-07-28")),
                    event("plenary", EventKind::Meeting, "2021-11", None),
                    webinar,
                    elsewhere,
                ],
                orgs: vec![],
                docs: vec![],
                issue: String::new(),
            }])
    }

    fn ics() -> String {
        let data = dataset();
        let events = occurrences(&data, &[ArticleIx(0)], &[]);
        calendar(
            &data,
            &events,
            datetime!(2026-11-25 19:00:05),
            "https://example.org/radar/",
        )
    }

    fn unfolded(ics: &str) -> Vec<String> {
        ics.replace("\r\n ", "")
            .split("\r\n")
            .map(str::to_string)
            .collect()
    }

    fn event_lines(ics: &str, uid: &str) -> Vec<String> {
        let lines = unfolded(ics);
        let start = lines
            .iter()
            .position(|l| l == &format!("UID:{uid}@standards-radar"))
            .unwrap();
        lines[start..]
            .iter()
            .take_while(|l| *l != "END:VEVENT")
            .cloned()
            .collect()
    }

    #[test]
    fn has_the_calendar_header_and_one_block_per_event() {
        let ics = ics();
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 4);
        assert_eq!(ics.matches("DTSTAMP:20261125T190005Z").count(), 4);
    }

    #[test]
    fn all_day_events_end_the_day_after() {
        let forum = event_lines(&ics(), "forum");
        assert!(forum.contains(&"DTSTART;VALUE=DATE:20210727".to_string()));
        assert!(forum.contains(&"DTEND;VALUE=DATE:20210729".to_string()));
        let plenary = event_lines(&ics(), "plenary");
        assert!(
            plenary.contains(&"DTSTART;VALUE=DATE:20211101".to_string()),
            "{plenary:?}"
        );
        assert!(
            plenary.contains(&"DTEND;VALUE=DATE:20211201".to_string()),
            "a month-only event spans the month"
        );
    }

    #[test]
    fn timed_events_are_in_utc() {
        let webinar = event_lines(&ics(), "webinar");
        assert!(
            webinar.contains(&"DTSTART:20210916T080000Z".to_string()),
            "{webinar:?}"
        );
        assert!(webinar.contains(&"DTEND:20210916T090000Z".to_string()));
        assert!(webinar.contains(&"LOCATION:Online (Webex)".to_string()));
        // A zone this app cannot convert: the day, with the time in the description.
        let elsewhere = event_lines(&ics(), "elsewhere");
        assert!(elsewhere.contains(&"DTSTART;VALUE=DATE:20210917".to_string()));
        assert!(elsewhere
            .iter()
            .any(|l| l.starts_with("DESCRIPTION:09:00 (America/New_York)")));
    }

    #[test]
    fn text_is_escaped() {
        let forum = event_lines(&ics(), "forum");
        assert!(
            forum.contains(&"SUMMARY:forum: a title\\; with\\, commas\\\\ and more".to_string()),
            "{forum:?}"
        );
        assert!(forum
            .iter()
            .any(|l| l.starts_with("DESCRIPTION:Ünïcödé title – “quoted”\\n\\nA summary")));
    }

    #[test]
    fn lines_are_folded_at_75_octets_without_splitting_characters() {
        let ics = ics();
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        assert!(ics.contains("\r\n "), "long lines were folded");
        assert!(
            !ics.replace("\r\n", "").contains('\n'),
            "only CRLF line ends"
        );
        // Folding happened between characters: every line is valid UTF-8 on its own.
        for line in ics.as_bytes().split(|b| *b == b'\n') {
            assert!(std::str::from_utf8(line).is_ok());
        }
    }

    #[test]
    fn every_event_links_to_its_article() {
        let forum = event_lines(&ics(), "forum");
        assert!(
            forum.contains(&"URL:https://example.org/radar/?article=a".to_string()),
            "{forum:?}"
        );
    }

    #[test]
    fn a_fold_never_cuts_a_character_where_a_byte_cut_would() {
        // "SUMMARY:" is 8 octets, then 3- and 4-octet characters: octet 75 falls inside one.
        let text = format!("SUMMARY:{}", "中".repeat(30) + &"🙂".repeat(20));
        assert!(!text.is_char_boundary(75), "the premise: a byte cut splits");
        let mut out = String::new();
        push_line(&mut out, &text);
        let lines: Vec<&str> = out.trim_end_matches("\r\n").split("\r\n").collect();
        assert!(lines.len() > 2);
        for line in &lines {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        // Each line is whole characters, and unfolding gives back the text.
        assert_eq!(out.replace("\r\n ", "").trim_end(), text);
        assert!(lines.iter().skip(1).all(|l| l.starts_with(' ')));
    }

    #[test]
    fn file_names() {
        assert_eq!(file_name(Some("sesec-webinar-29")), "sesec-webinar-29.ics");
        assert_eq!(file_name(None), "standards-radar-events.ics");
    }
}
