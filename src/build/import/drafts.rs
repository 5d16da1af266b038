//! An article's proposed events, each with a short title and id of its own words, and the
//! running text they are read from.

use crate::build::import::events::{Finder, Mention, Year};
use crate::build::import::ids::{short_id, unique};
use crate::build::import::names::{abbreviations, names};
use crate::build::import::titles::{Context, Titles};
use crate::model::{Article, Block, Event, EventKind};

/// Ids are typed and read in addresses and calendar files: at most this long.
pub const ID_CHARS: usize = 40;

/// The events `article`'s text gives that no earlier article `reported`, their ids unique among
/// `taken` (which they join).
pub fn events_of(
    finder: &Finder,
    titles: &Titles,
    article: &Article,
    year: Year,
    reported: &[Event],
    taken: &mut Vec<String>,
) -> Vec<Event> {
    let abbreviations = abbreviations(texts(&article.body));
    let document = first_document(article);
    let urls: Vec<String> = article.links.iter().map(|l| l.url.clone()).collect();
    let cx = Context {
        article_title: &article.title,
        abbreviations: &abbreviations,
        article_document: document.as_deref(),
        urls: &urls,
    };
    let mut events: Vec<Event> = Vec::new();
    for text in texts(&article.body) {
        for m in finder.mentions(text, &article.title, year) {
            // A calendar holds what happens: a plan's goals and the history an article recalls
            // are not events (the history is kept as the documents' steps).
            if m.goal || year.before_issue(last_day(&m)) {
                continue;
            }
            let title = titles.title(&m, &cx);
            // Said twice (the summary repeats the opening): once. Two calls for comment opening
            // the same month on two documents stay two.
            if events.iter().any(|e| {
                e.kind == m.kind && e.start == m.start && e.end == m.end && e.title == title
            }) {
                continue;
            }
            // Recalled by a later article ("the DSL … is going to be implemented from September
            // 2021"), as dated as before or less: one entry in the calendar, the first.
            if reported.iter().any(|e| {
                e.kind == m.kind && e.title == title && e.start.starts_with(m.start.as_str())
            }) {
                continue;
            }
            let id = unique(short_id(&title, ID_CHARS), taken);
            taken.push(id.clone());
            events.push(Event {
                id,
                title,
                kind: m.kind,
                location: titles.location(&m, &urls),
                start: m.start,
                end: m.end,
                time: m.time,
                end_time: m.end_time,
                timezone: m.timezone,
            });
        }
    }
    events
}

/// The day an event is over by: a period's end; a release or an entry into force happens on its
/// first date ("the regulations issued in May and June 2021" began before June).
fn last_day(m: &Mention) -> &str {
    match (m.kind, &m.end) {
        (EventKind::Publication | EventKind::Effective | EventKind::Milestone, _) => &m.start,
        (_, Some(end)) => end,
        (_, None) => &m.start,
    }
}

/// The first document the article's text names: what it is about, most often.
fn first_document(article: &Article) -> Option<String> {
    texts(&article.body)
        .flat_map(names)
        .find(|n| n.is_document())
        .map(|n| n.text)
}

/// The running text of a body: paragraphs and list items, in order.
pub fn texts(body: &[Block]) -> impl Iterator<Item = &str> {
    body.iter().flat_map(|b| match b {
        Block::Paragraph { text } => vec![text.as_str()],
        Block::List { items, .. } => items.iter().map(String::as_str).collect(),
        _ => vec![],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::issue_id::Months;
    use crate::logic::fixtures::{article, event};

    /// The events a June–July 2021 issue drafts from `paragraph`, after those of `earlier`.
    fn drafted(earlier: &[Event], paragraph: &str) -> Vec<(EventKind, String, String)> {
        let (finder, titles) = (Finder::new().unwrap(), Titles::new().unwrap());
        let year = Year::Of(Months::new(2021, time::Month::June));
        let a = article("a", &[], paragraph);
        events_of(&finder, &titles, &a, year, earlier, &mut Vec::new())
            .into_iter()
            .map(|e| (e.kind, e.start, e.title))
            .collect()
    }

    #[test]
    fn history_and_goals_are_not_events() {
        let found = drafted(
            &[],
            "On 10 July 2021, CAC announced the revision of the Measures for Cybersecurity Review \
             (effective since 1 June 2020). The Data Security Law was first opened for comments in \
             June 2020. By the end of 2023, the rate should exceed 40 percent.",
        );
        let starts: Vec<&str> = found.iter().map(|(_, s, _)| s.as_str()).collect();
        assert_eq!(starts, ["2021-07-10"]);
    }

    #[test]
    fn a_release_begun_before_the_issue_is_history_but_a_period_into_it_is_not() {
        let found = drafted(
            &[],
            "Between May and June 2021, MIIT and CAC issued a series of documents. From 25 May to \
             5 June 2021, MIIT called for public comments on the Guidelines for Data.",
        );
        let kinds: Vec<EventKind> = found.iter().map(|(k, _, _)| *k).collect();
        assert_eq!(kinds, [EventKind::Consultation]);
    }

    #[test]
    fn an_event_an_earlier_article_reported_as_precisely_is_not_drafted_again() {
        let first = drafted(
            &[],
            "The Data Security Law will be effective as of 1 September 2021.",
        );
        let reported: Vec<Event> = first
            .iter()
            .map(|(kind, start, title)| Event {
                title: title.clone(),
                ..event("dsl-effective", *kind, start, None)
            })
            .collect();
        let again = "The Data Security Law is going to be implemented from September 2021.";
        assert_eq!(drafted(&[], again).len(), 1, "alone, it is an event");
        assert_eq!(drafted(&reported, again), vec![]);
    }

    #[test]
    fn two_calls_for_comment_opening_the_same_month_on_two_documents_stay_two() {
        let found = drafted(
            &[],
            "In July 2021, MIIT called for public comments on the Guidelines for the Construction \
             of the National Smart Manufacturing Standard System. In July 2021, MIIT also called \
             for public comments on the Guidelines for the Standardization of Industrial Internet.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
    }
}
