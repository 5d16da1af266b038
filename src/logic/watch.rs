//! What the Following screen says of each followed item, read from the library: its name, how
//! many articles it has and how many arrived since this device's last visit, the next date to
//! act on, its feed and calendar; what of all of them closes soon; and the OPML list of their
//! feeds that a feed reader imports at once.

use time::Date;

use crate::logic::calendar::{occurrences, Occurrence};
use crate::logic::export::printable;
use crate::logic::filter::{select, unknown_values};
use crate::logic::following::{Item, Target};
use crate::logic::library::Library;
use crate::logic::paths::{calendar_path, feed_path, view_link};
use crate::logic::registry::FacetKind;
use crate::logic::status::status;
use crate::logic::view::ViewState;
use crate::model::EventKind;

/// One followed item, as the Following screen shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub target: Target,
    /// The reader's name for it, else its own.
    pub name: String,
    /// What it is: "Tag", "Organisation", "Saved view".
    pub what: &'static str,
    /// The view that shows it.
    pub view: ViewState,
    pub articles: usize,
    /// Of those, in issues new since this device's last visit.
    pub new: usize,
    /// Its deadlines and effective dates on or after today, soonest first.
    pub upcoming: Vec<Upcoming>,
    /// Its Atom feed and its calendar, relative to the app, when the build writes them.
    pub feed: Option<String>,
    pub calendar: Option<String>,
    /// Nothing in the archive has it (renamed or removed since it was followed).
    pub unknown: bool,
}

impl Summary {
    /// The next deadline or effective date on or after today.
    pub fn next(&self) -> Option<&Upcoming> {
        self.upcoming.first()
    }
}

/// A date to act on: a comment period's or call's close, a deadline, an entry into force.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upcoming {
    pub occurrence: Occurrence,
    pub title: String,
    /// Where it stands today ("comment period open, closes in 3 days").
    pub status: String,
    pub day: Date,
}

/// The day a reader acts on for an event, if it is one to act on: the close of a period or a
/// deadline, the day a rule takes effect.
pub fn act_day(o: &Occurrence) -> Option<Date> {
    match o.kind {
        EventKind::Consultation | EventKind::Call | EventKind::Deadline => Some(o.last_day()),
        EventKind::Effective => Some(o.first_day()),
        _ => None,
    }
}

/// What happens on an event's act day, for the reader: "Closes", "Due", "Takes effect".
pub fn act_verb(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Deadline => "Due",
        EventKind::Effective => "Takes effect",
        _ => "Closes",
    }
}

/// The own name of what `target` follows, as a chip names it.
pub fn own_name(library: &Library, target: &Target) -> String {
    match target {
        Target::Value(facet, value) => facet.descriptor().display.name(Some(library.data()), value),
        Target::View { name, .. } => name.clone(),
    }
}

/// What kind of thing it follows, for the reader.
pub fn what(target: &Target) -> &'static str {
    match target {
        Target::Value(FacetKind::Org, _) => "Organisation",
        Target::Value(facet, _) => facet.descriptor().label,
        Target::View { .. } => "Saved view",
    }
}

/// The summary of `item` in `library`, with `new_issues` the issues new since the last visit.
pub fn summarise(library: &Library, item: &Item, new_issues: &[String], today: Date) -> Summary {
    let data = library.data();
    let view = item.target.state();
    // A filter ignores a value it does not know: the item would count the whole archive.
    let unknown = !unknown_values(data, library.catalog(), &view).is_empty();
    let results = if unknown {
        Vec::new()
    } else {
        select(data, library.catalog(), &view).results
    };
    let new = results
        .iter()
        .filter_map(|&ix| data.get(ix))
        .filter(|a| new_issues.contains(&a.issue))
        .count();
    let mut upcoming: Vec<Upcoming> = occurrences(data, &results, &view.event_kinds())
        .into_iter()
        .filter_map(|occurrence| {
            let day = act_day(&occurrence).filter(|day| *day >= today)?;
            let (_, event) = occurrence.with_article(data)?;
            Some(Upcoming {
                title: event.title.clone(),
                status: status(&occurrence, today).1,
                occurrence,
                day,
            })
        })
        .collect();
    upcoming.sort_by_key(|u| (u.day, u.occurrence.article, u.occurrence.event));
    // The build writes files only for values the archive has.
    let (feed, calendar) = match &item.target {
        Target::Value(facet, value) if !unknown => {
            (feed_path(*facet, value), calendar_path(*facet, value))
        }
        _ => (None, None),
    };
    Summary {
        name: item
            .name
            .clone()
            .unwrap_or_else(|| own_name(library, &item.target)),
        what: what(&item.target),
        articles: results.len(),
        new,
        upcoming,
        feed,
        calendar,
        unknown,
        view,
        target: item.target.clone(),
    }
}

/// The dates to act on of every followed item (`summarise`d) within `days` of today, soonest
/// first, each once (two items may share an event), with the name of the first item that has it.
pub fn closing_soon(summaries: &[Summary], today: Date, days: i64) -> Vec<(Upcoming, String)> {
    let mut found: Vec<(Upcoming, String)> = Vec::new();
    for summary in summaries {
        for upcoming in &summary.upcoming {
            let within = (upcoming.day - today).whole_days() <= days;
            if within
                && !found
                    .iter()
                    .any(|(u, _)| u.occurrence == upcoming.occurrence)
            {
                found.push((upcoming.clone(), summary.name.clone()));
            }
        }
    }
    found.sort_by_key(|(u, _)| (u.day, u.occurrence.article, u.occurrence.event));
    found
}

/// An OPML 2.0 subscription list of the feeds of `summaries` (those that have one), each with
/// its page in the app, under `app_url` (absolute, ending in `/`).
pub fn opml(summaries: &[Summary], app_url: &str) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n    \
         <title>Standards Radar: what I follow</title>\n  </head>\n  <body>\n",
    );
    for summary in summaries {
        let Some(feed) = &summary.feed else {
            continue;
        };
        let text = escape_xml(&format!("{} ({})", summary.name, summary.what));
        out.push_str(&format!(
            "    <outline type=\"rss\" text=\"{text}\" title=\"{text}\" xmlUrl=\"{}\" htmlUrl=\"{}\"/>\n",
            escape_xml(&format!("{app_url}{feed}")),
            escape_xml(&view_link(app_url, &summary.view)),
        ));
    }
    out.push_str("  </body>\n</opml>\n");
    out
}

/// Text for an XML attribute: what XML can carry (`export::printable`, as the feeds), with
/// the five markup characters escaped.
fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in printable(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
#[path = "watch_tests.rs"]
mod tests;
