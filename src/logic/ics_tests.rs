//! The iCalendar writer's tests (`ics.rs`), kept beside it so each file stays readable.

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

/// The `VALARM` blocks of one event, each as its lines.
fn alarm_blocks(lines: &[String]) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut current: Option<Vec<String>> = None;
    for line in lines {
        match line.as_str() {
            "BEGIN:VALARM" => current = Some(Vec::new()),
            "END:VALARM" => out.extend(current.take()),
            _ => {
                if let Some(block) = current.as_mut() {
                    block.push(line.clone());
                }
            }
        }
    }
    out
}

fn closing() -> Dataset {
    let deadline = Event {
        title: "Comments, due; now".into(),
        ..fixtures::event("due", EventKind::Deadline, "2021-08-05", None)
    };
    let period = fixtures::event(
        "period",
        EventKind::Consultation,
        "2021-07-10",
        Some("2021-07-25"),
    );
    let force = fixtures::event("force", EventKind::Effective, "2021-09-01", None);
    let meeting = fixtures::event("meets", EventKind::Meeting, "2021-09-02", None);
    fixtures::dataset(vec![Article {
        events: vec![deadline, period, force, meeting],
        ..fixtures::article("a", &[], "")
    }])
}

#[test]
fn the_download_carries_the_reminders() {
    let data = closing();
    let events = occurrences(&data, &[ArticleIx(0)], &[]);
    let ics = calendar(&data, &events, datetime!(2026-11-25 19:00:05), "https://x/");
    let due = alarm_blocks(&event_lines(&ics, "due"));
    assert_eq!(
        due,
        [
            vec![
                "ACTION:DISPLAY".to_string(),
                "TRIGGER;RELATED=START:-P6DT15H".into(),
                "DESCRIPTION:Deadline in 7 days: Comments\\, due\\; now".into(),
            ],
            vec![
                "ACTION:DISPLAY".to_string(),
                "TRIGGER;RELATED=START:PT9H".into(),
                "DESCRIPTION:Deadline today: Comments\\, due\\; now".into(),
            ],
        ]
    );
    let period = alarm_blocks(&event_lines(&ics, "period"));
    assert_eq!(period.len(), 2);
    assert_eq!(
        period[1][1], "TRIGGER;RELATED=START:P15DT9H",
        "the 25th, 09:00"
    );
    assert_eq!(alarm_blocks(&event_lines(&ics, "force")).len(), 1);
    assert!(alarm_blocks(&event_lines(&ics, "meets")).is_empty());
    // An alarm is inside its event: every VALARM opens and closes before END:VEVENT.
    assert_eq!(ics.matches("BEGIN:VALARM").count(), 5);
    assert_eq!(ics.matches("END:VALARM").count(), 5);
}

#[test]
fn a_subscribed_calendar_is_named_refreshed_daily_and_stamped_by_revision() {
    use time::macros::date;
    let data = closing();
    let events: Vec<(Occurrence, Revision)> = occurrences(&data, &[ArticleIx(0)], &[])
        .into_iter()
        .map(|o| {
            let sequence = if o.kind == EventKind::Deadline { 2 } else { 0 };
            let modified = date!(2021 - 10 - 01);
            (o, Revision { sequence, modified })
        })
        .collect();
    let ics = subscription(&data, "Standards Radar: MIIT, SAC\n", &events, "https://x/");
    let lines = unfolded(&ics);
    for line in [
        "X-WR-CALNAME:Standards Radar: MIIT\\, SAC\\n",
        "NAME:Standards Radar: MIIT\\, SAC\\n",
        "REFRESH-INTERVAL;VALUE=DURATION:P1D",
        "X-PUBLISHED-TTL:P1D",
    ] {
        assert!(lines.contains(&line.to_string()), "{line}");
    }
    assert!(
        !ics.contains("METHOD:"),
        "DTSTAMP is the revision only without METHOD"
    );
    let due = event_lines(&ics, "due");
    for line in [
        "DTSTAMP:20211001T000000Z",
        "LAST-MODIFIED:20211001T000000Z",
        "SEQUENCE:2",
    ] {
        assert!(due.contains(&line.to_string()), "{line}: {due:?}");
    }
    assert!(event_lines(&ics, "force").contains(&"SEQUENCE:0".to_string()));
    assert_eq!(
        alarm_blocks(&due).len(),
        2,
        "the same reminders as a download"
    );
    // Nothing of the moment of the build: the same input, the same bytes.
    assert_eq!(
        ics,
        subscription(&data, "Standards Radar: MIIT, SAC\n", &events, "https://x/")
    );
}

#[test]
fn control_characters_are_left_out_of_text() {
    assert_eq!(escape("a\u{7}b\tc\r\nd\u{1b}"), "ab\tc\\nd");
}
