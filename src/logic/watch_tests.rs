use super::*;
use crate::logic::fixtures::{article, dataset, event};
use crate::logic::following::WatchList;
use time::macros::date;

fn library() -> Library {
    let mut old = article("old", &["ICV"], "An old article.");
    old.issue = "2021-04-05".into();
    old.events = vec![
        event(
            "comments",
            EventKind::Consultation,
            "2021-06-01",
            Some("2021-07-15"),
        ),
        event("meeting", EventKind::Meeting, "2021-07-02", None),
    ];
    let mut new = article("new", &["ICV", "5G"], "A new article.");
    new.issue = "2021-06-07".into();
    new.events = vec![event("in-force", EventKind::Effective, "2021-09-01", None)];
    let mut other = article("other", &["5G"], "Another.");
    other.issue = "2021-06-07".into();
    other.events = vec![event("deadline", EventKind::Deadline, "2021-07-05", None)];
    Library::new(dataset(vec![old, new, other]))
}

fn item(target: Target) -> Item {
    Item { target, name: None }
}

#[test]
fn an_item_counts_its_articles_the_new_ones_and_its_next_date() {
    let lib = library();
    let icv = item(Target::Value(FacetKind::Tag, "icv".into()));
    let s = summarise(
        &lib,
        &icv,
        &["2021-06-07".to_string()],
        date!(2021 - 07 - 03),
    );
    assert_eq!((s.articles, s.new), (2, 1));
    assert_eq!(s.name, "icv");
    assert_eq!(s.what, "Tag");
    // The meeting on 2 July is not a date to act on; the consultation closes on 15 July.
    let next = s.next().expect("a next date");
    assert_eq!(
        (next.title.as_str(), next.day),
        ("comments", date!(2021 - 07 - 15))
    );
    assert!(next.status.contains("closes"), "{}", next.status);
    assert_eq!(s.feed.as_deref(), Some("feeds/tags/icv.xml"));
    assert_eq!(s.calendar.as_deref(), Some("calendars/tags/icv.ics"));
    assert!(!s.unknown);
    // After the close, the entry into force is next.
    let later = summarise(&lib, &icv, &[], date!(2021 - 07 - 16));
    assert_eq!(later.next().map(|n| n.day), Some(date!(2021 - 09 - 01)));
    assert_eq!(later.new, 0);
    let done = summarise(&lib, &icv, &[], date!(2021 - 09 - 02));
    assert_eq!(done.next(), None);
}

#[test]
fn a_value_the_archive_no_longer_has_is_flagged() {
    let lib = library();
    let gone = summarise(
        &lib,
        &item(Target::Value(FacetKind::Tag, "Blockchain".into())),
        &[],
        date!(2021 - 07 - 01),
    );
    assert!(gone.unknown);
    assert_eq!(gone.articles, 0);
    // No feed or calendar: the build writes none for it.
    assert_eq!((gone.feed, gone.calendar), (None, None));
}

#[test]
fn closing_soon_lists_each_date_once_soonest_first_within_the_window() {
    let lib = library();
    let mut list = WatchList::default();
    list.toggle(Target::Value(FacetKind::Tag, "ICV".into()));
    list.toggle(Target::Value(FacetKind::Tag, "5G".into()));
    let today = date!(2021 - 07 - 01);
    let summaries: Vec<Summary> = list
        .items()
        .iter()
        .map(|i| summarise(&lib, i, &[], today))
        .collect();
    let soon = closing_soon(&summaries, today, 30);
    let titles: Vec<(&str, &str)> = soon
        .iter()
        .map(|(u, n)| (u.title.as_str(), n.as_str()))
        .collect();
    assert_eq!(titles, [("deadline", "5G"), ("comments", "ICV")]);
    let verbs: Vec<&str> = soon
        .iter()
        .map(|(u, _)| act_verb(u.occurrence.kind))
        .collect();
    assert_eq!(verbs, ["Due", "Closes"]);
    let week = closing_soon(&summaries, today, 7);
    assert_eq!(week.len(), 1);
}

#[test]
fn the_opml_lists_the_feeds_with_hostile_names_escaped() {
    let lib = library();
    let mut hostile = item(Target::Value(FacetKind::Tag, "ICV".into()));
    hostile.name = Some("<b>\"Cars\" & 'roads'\u{1}</b>".into());
    let saved = item(Target::View {
        name: "mine".into(),
        query: "q=x".into(),
    });
    let summaries: Vec<Summary> = [hostile, saved]
        .iter()
        .map(|i| summarise(&lib, i, &[], date!(2021 - 07 - 01)))
        .collect();
    let opml = opml(&summaries, "https://example.org/radar/");
    assert!(
        opml.contains("text=\"&lt;b&gt;&quot;Cars&quot; &amp; &apos;roads&apos;&lt;/b&gt; (Tag)\""),
        "{opml}"
    );
    assert!(
        opml.contains("xmlUrl=\"https://example.org/radar/feeds/tags/icv.xml\""),
        "{opml}"
    );
    assert!(
        opml.contains("htmlUrl=\"https://example.org/radar/?tag=ICV\""),
        "{opml}"
    );
    // A saved view has no feed of its own.
    assert_eq!(opml.matches("<outline").count(), 1);
}

#[test]
fn an_item_of_one_event_kind_counts_only_its_dates() {
    let lib = library();
    let consultations = item(Target::Value(FacetKind::Kind, "consultation".into()));
    let s = summarise(&lib, &consultations, &[], date!(2021 - 07 - 01));
    assert_eq!(s.articles, 1);
    assert_eq!(s.next().map(|n| n.title.as_str()), Some("comments"));
    // The article's entry into force is not a consultation: after the close, nothing is next.
    let after = summarise(&lib, &consultations, &[], date!(2021 - 07 - 16));
    assert_eq!(after.next(), None);
}
