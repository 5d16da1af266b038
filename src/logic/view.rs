//! What a reader sees, as a value (`ViewState`), and the one closed set of ways to change it
//! (`Change`, applied by `ViewState::apply`). Components never build a `ViewState` by hand:
//! they link to `apply(change)` or navigate to it, so the app's rules (what closes the article,
//! what survives "Clear all", how a history entry is written) live here, once, and are tested.

use time::{Date, Month};

use crate::logic::dates::Fuzzy;
use crate::logic::registry::FacetKind;
use crate::logic::text::value_key;
use crate::logic::url::{Notice, Param};
use crate::model::{Dataset, EventKind};

pub use crate::logic::view_options::{Horizon, MatchMode, Sort, View};

/// Everything a reader can see, as the URL says it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewState {
    /// Each facet's selected values as written in the URL (matched to the dataset's spelling
    /// by `text::value_key`): tags, sections, organisations, issues, event kinds...
    pub selected: Selections,
    /// How selected values of a facet whose descriptor lets the reader choose (the tags)
    /// combine.
    pub match_mode: MatchMode,
    /// The search box, verbatim (a trailing space while typing is kept).
    pub q: String,
    pub from: Option<Date>,
    pub to: Option<Date>,
    /// `None` means the default: relevance while searching, newest otherwise.
    pub sort: Option<Sort>,
    pub view: View,
    /// The calendar's month; `None` lets the calendar choose.
    pub month: Option<(i32, Month)>,
    /// Which events the agenda lists: all, those not ended, or those closing soon.
    pub horizon: Horizon,
    /// The article shown in full.
    pub article: Option<String>,
    /// Items a shared watch list offers to follow (`follow=`, `following::Target::encode`):
    /// shown with a question, added only when the reader says so.
    pub offer: Vec<String>,
}

/// Per facet, its selected values in the URL's order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Selections([Vec<String>; FacetKind::COUNT]);

impl Selections {
    pub fn values(&self, facet: FacetKind) -> &[String] {
        // In bounds: `index` is the kind's position in `FacetKind::ALL`, the array's length.
        #[allow(clippy::indexing_slicing)]
        &self.0[facet.index()]
    }

    pub(crate) fn values_mut(&mut self, facet: FacetKind) -> &mut Vec<String> {
        // In bounds, as in `values`.
        #[allow(clippy::indexing_slicing)]
        &mut self.0[facet.index()]
    }

    /// Whether no facet has a value selected.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(Vec::is_empty)
    }
}

/// Every way a reader can change the view. Each is applied by `ViewState::apply`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// A facet's value selected, or removed if it was (in any spelling).
    Toggle(FacetKind, String),
    /// Exactly these values of a facet selected (none: no filter), as "Show what's new" does.
    Select(FacetKind, Vec<String>),
    SetMatch(MatchMode),
    /// The date range's start; `None` removes it.
    SetFrom(Option<Date>),
    SetTo(Option<Date>),
    /// The search box's text, verbatim.
    SetQuery(String),
    /// `None`: the default order.
    SetSort(Option<Sort>),
    SetView(View),
    SetMonth(i32, Month),
    ToggleUpcoming,
    OpenArticle(String),
    CloseArticle,
    /// One value's own screen, every other filter gone: a document's record and the articles
    /// that name it (`?doc=<id>`), an organisation's (`?org=MIIT`).
    Show(FacetKind, String),
    /// Which events the agenda lists.
    SetHorizon(Horizon),
    /// Every filter removed; the view, its month and the agenda's horizon stay.
    Clear,
    /// The value a notice is about, removed from the link.
    DropNotice(Notice),
    /// A shared list's offer answered: the view as it was, without it.
    DismissOffer,
}

/// How a change enters the browser's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum History {
    /// A new entry: Back returns to the view before.
    Push,
    /// The current entry rewritten: a search typed keystroke by keystroke is one entry.
    Replace,
}

impl ViewState {
    /// The view after `change`. Only opening an article keeps one open: every other change is
    /// about the list, the calendar or the agenda, so it shows them.
    pub fn apply(&self, change: &Change) -> ViewState {
        // An offer is answered (or set aside) by whatever the reader does next.
        let mut next = ViewState {
            article: None,
            offer: Vec::new(),
            ..self.clone()
        };
        match change {
            Change::Toggle(facet, value) => toggle_value(next.selected.values_mut(*facet), value),
            Change::Select(facet, values) => {
                let list = next.selected.values_mut(*facet);
                list.clear();
                for value in values {
                    // Refusals (a blank, a repeat, past the limits) are what `parse` drops too.
                    let _ = add_distinct(list, value);
                }
            }
            Change::SetMatch(mode) => next.match_mode = *mode,
            Change::SetFrom(day) => next.from = day.filter(|d| writable_year(d.year())),
            Change::SetTo(day) => next.to = day.filter(|d| writable_year(d.year())),
            Change::SetQuery(q) => {
                next.q = bounded_query(q).0;
                // "Best match" means nothing without a search: clearing it restores the default.
                if q.trim().is_empty() && next.sort == Some(Sort::Relevance) {
                    next.sort = None;
                }
            }
            Change::SetSort(sort) => next.sort = *sort,
            Change::SetView(view) => next.view = *view,
            Change::SetMonth(year, month) if writable_year(*year) => {
                next.month = Some((*year, *month))
            }
            Change::SetMonth(..) => {}
            Change::ToggleUpcoming => {
                next.horizon = match self.horizon {
                    Horizon::Everything => Horizon::Upcoming,
                    _ => Horizon::Everything,
                }
            }
            Change::SetHorizon(horizon) => {
                next.horizon = match horizon {
                    Horizon::ClosingWithin(days) if !Horizon::WINDOWS.contains(days) => {
                        self.horizon
                    }
                    other => *other,
                }
            }
            Change::OpenArticle(id) => next.article = article_id(id),
            Change::CloseArticle | Change::DismissOffer => {}
            Change::Show(facet, value) => {
                next = ViewState::default();
                let _ = add_distinct(next.selected.values_mut(*facet), value);
            }
            Change::Clear => {
                next = ViewState {
                    view: self.view,
                    month: self.month,
                    horizon: self.horizon,
                    ..ViewState::default()
                }
            }
            Change::DropNotice(notice) => {
                next.article = self.article.clone();
                match notice.param {
                    Param::Facet(facet) => next
                        .selected
                        .values_mut(facet)
                        .retain(|v| *v != notice.value),
                    Param::Article => next.article = None,
                    Param::Follow => {
                        next.offer = self.offer.clone();
                        next.offer.retain(|v| *v != notice.value);
                    }
                    // `parse` already dropped the others: writing the state back removes them.
                    _ => {}
                }
            }
        }
        next
    }

    /// Whether the view after `change` replaces the current history entry: only while the
    /// reader keeps typing the same search (the first and the last keystroke make entries).
    pub fn history(&self, change: &Change) -> History {
        match change {
            Change::SetQuery(q) if !self.q.is_empty() && !q.is_empty() => History::Replace,
            _ => History::Push,
        }
    }

    /// The sort in effect.
    pub fn effective_sort(&self) -> Sort {
        match self.sort {
            Some(Sort::Relevance) if self.q.trim().is_empty() => Sort::Newest,
            Some(sort) => sort,
            None if self.q.trim().is_empty() => Sort::Newest,
            None => Sort::Relevance,
        }
    }

    /// Whether `value` of `facet` is selected, in any spelling.
    pub fn has(&self, facet: FacetKind, value: &str) -> bool {
        has_value(self.selected.values(facet), value)
    }

    /// The selected event kinds the app knows, for the calendar and the agenda.
    pub fn event_kinds(&self) -> Vec<EventKind> {
        EventKind::ALL
            .into_iter()
            .filter(|k| self.has(FacetKind::Kind, k.as_str()))
            .collect()
    }

    /// Every filter, in the order they appear in the URL, each with the change that removes
    /// it: the "current filters" chips. Each value is named as its facet names it: a fixed
    /// label ("Event: Webinar"), a name from `data` when there is one ("Document: Data
    /// Security Law" for `doc=data-security-law`), else as the URL spells it.
    pub fn filters(&self, data: Option<&Dataset>) -> Vec<ActiveFilter> {
        let mut out = Vec::new();
        let mut add = |label: String, remove: Change| out.push(ActiveFilter { label, remove });
        for facet in FacetKind::ALL {
            let descriptor = facet.descriptor();
            for value in self.selected.values(facet) {
                let shown = descriptor.display.name(data, value);
                add(
                    format!("{}: {shown}", descriptor.label),
                    Change::Toggle(facet, value.clone()),
                );
            }
        }
        if !self.q.trim().is_empty() {
            add(
                format!("Search: {}", self.q.trim()),
                Change::SetQuery(String::new()),
            );
        }
        if let Some(from) = self.from {
            add(format!("From {}", Fuzzy::Day(from)), Change::SetFrom(None));
        }
        if let Some(to) = self.to {
            add(format!("Until {}", Fuzzy::Day(to)), Change::SetTo(None));
        }
        out
    }
}

/// Limits that keep a hostile link from costing the reader anything; a change respects them
/// too, so that what a click shows is what its link reloads to.
pub const MAX_QUERY_CHARS: usize = 200;
pub const MAX_REPEATED: usize = 50;
pub const MAX_VALUE_CHARS: usize = 200;

/// Why a value was not added to a repeatable parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Refused {
    Empty,
    Present,
    TooLong,
    TooMany,
}

/// Adds `raw`, trimmed, unless it is empty, too long, one too many, or the same value as one
/// there already (spellings that differ in case, accents, spacing or punctuation are one).
pub(crate) fn add_distinct(list: &mut Vec<String>, raw: &str) -> Result<(), Refused> {
    let value = raw.trim();
    if value.is_empty() {
        return Err(Refused::Empty);
    }
    if value.chars().count() > MAX_VALUE_CHARS {
        return Err(Refused::TooLong);
    }
    let key = value_key(value);
    if list
        .iter()
        .any(|v| v == value || (!key.is_empty() && value_key(v) == key))
    {
        return Err(Refused::Present);
    }
    if list.len() >= MAX_REPEATED {
        return Err(Refused::TooMany);
    }
    list.push(value.to_string());
    Ok(())
}

/// Whether `list` holds `value` in any spelling.
fn has_value(list: &[String], value: &str) -> bool {
    let key = value_key(value);
    list.iter().any(|v| value_key(v) == key)
}

/// Removes `raw` (any spelling of it) if present, else adds it.
fn toggle_value(list: &mut Vec<String>, raw: &str) {
    let key = value_key(raw.trim());
    let before = list.len();
    list.retain(|v| v != raw.trim() && (key.is_empty() || value_key(v) != key));
    if list.len() == before {
        let _ = add_distinct(list, raw);
    }
}

/// The search as kept: at most `MAX_QUERY_CHARS` characters; true when it was cut.
pub(crate) fn bounded_query(q: &str) -> (String, bool) {
    if q.chars().count() > MAX_QUERY_CHARS {
        (q.chars().take(MAX_QUERY_CHARS).collect(), true)
    } else {
        (q.to_string(), false)
    }
}

/// An article id as kept: trimmed, at most `MAX_VALUE_CHARS` characters, never empty.
pub(crate) fn article_id(raw: &str) -> Option<String> {
    let id: String = raw.trim().chars().take(MAX_VALUE_CHARS).collect();
    let id = id.trim_end();
    (!id.is_empty()).then(|| id.to_string())
}

/// Years a URL can carry (`YYYY`).
pub(crate) fn writable_year(year: i32) -> bool {
    (0..=9999).contains(&year)
}

/// A filter in force, and the change that removes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActiveFilter {
    pub label: String,
    pub remove: Change,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::url::{parse, Problem};

    fn state(query: &str) -> ViewState {
        parse(query).0
    }

    fn after(query: &str, change: Change) -> String {
        state(query).apply(&change).to_query()
    }

    #[test]
    fn toggling_a_tag_adds_or_removes_it_and_closes_the_article() {
        assert_eq!(
            after(
                "tag=5G&article=a",
                Change::Toggle(FacetKind::Tag, "ICV".into())
            ),
            "tag=5G&tag=ICV"
        );
        assert_eq!(
            after(
                "tag=5G&tag=ICV",
                Change::Toggle(FacetKind::Tag, "5g".into())
            ),
            "tag=ICV"
        );
    }

    #[test]
    fn only_opening_an_article_keeps_one_open() {
        let open = "tag=5G&view=calendar&month=2021-09&article=a";
        assert_eq!(
            after(open, Change::OpenArticle("b".into())),
            "tag=5G&view=calendar&month=2021-09&article=b"
        );
        for change in [
            Change::CloseArticle,
            Change::SetView(View::Calendar),
            Change::SetMonth(2021, Month::September),
            Change::SetSort(None),
        ] {
            assert_eq!(
                after(open, change.clone()),
                "tag=5G&view=calendar&month=2021-09",
                "{change:?}"
            );
        }
    }

    #[test]
    fn filters_keep_the_calendars_month() {
        assert_eq!(
            after(
                "view=calendar&month=2021-09",
                Change::Toggle(FacetKind::Kind, "meeting".into())
            ),
            "kind=meeting&view=calendar&month=2021-09"
        );
        assert_eq!(
            after(
                "kind=meeting&view=calendar&month=2021-09",
                Change::Toggle(FacetKind::Kind, "meeting".into())
            ),
            "view=calendar&month=2021-09"
        );
    }

    /// Links shared before the registry keep their meaning: every parameter is read in any
    /// order; only the order a link is written in is the registry's.
    #[test]
    fn links_written_before_the_registry_keep_working() {
        let old = "tag=5G&match=any&q=plan&section=S&org=MIIT&doc=GB+1&issue=2021-06-07\
                   &from=2021-01-01&sort=oldest&view=agenda&month=2021-07&kind=deadline&upcoming=1";
        let (s, notices) = parse(old);
        assert_eq!(notices, vec![]);
        for (facet, value) in [
            (FacetKind::Tag, "5G"),
            (FacetKind::Section, "S"),
            (FacetKind::Org, "MIIT"),
            (FacetKind::Doc, "GB 1"),
            (FacetKind::Issue, "2021-06-07"),
            (FacetKind::Kind, "deadline"),
        ] {
            assert_eq!(s.selected.values(facet), [value], "{facet:?}");
        }
        assert_eq!(
            s.to_query(),
            "tag=5G&section=S&org=MIIT&doc=GB+1&issue=2021-06-07&kind=deadline&match=any&q=plan\
             &from=2021-01-01&sort=oldest&view=agenda&month=2021-07&upcoming=1"
        );
        assert_eq!(s.event_kinds(), vec![EventKind::Deadline]);
    }

    #[test]
    fn clearing_the_search_drops_best_match_but_keeps_another_sort() {
        assert_eq!(
            after("q=plan&sort=relevance", Change::SetQuery(String::new())),
            ""
        );
        assert_eq!(
            after("q=plan&sort=oldest", Change::SetQuery(" ".into())),
            "q=+&sort=oldest"
        );
    }

    #[test]
    fn typing_a_search_makes_one_history_entry() {
        let typing = Change::SetQuery("pla".into());
        assert_eq!(state("").history(&typing), History::Push);
        assert_eq!(state("q=pl").history(&typing), History::Replace);
        assert_eq!(
            state("q=pl").history(&Change::SetQuery(String::new())),
            History::Push
        );
        assert_eq!(
            state("q=pl").history(&Change::ToggleUpcoming),
            History::Push
        );
    }

    #[test]
    fn closing_soon_lists_what_ends_within_the_window() {
        use time::macros::date;
        let today = date!(2021 - 07 - 20);
        let soon = Horizon::ClosingWithin(7);
        assert!(soon.admits(today, today), "ends today");
        assert!(soon.admits(date!(2021 - 07 - 27), today), "ends in 7 days");
        assert!(!soon.admits(date!(2021 - 07 - 28), today), "ends in 8 days");
        assert!(
            !soon.admits(date!(2021 - 07 - 19), today),
            "ended yesterday"
        );
        assert!(Horizon::ClosingWithin(30).admits(date!(2021 - 08 - 19), today));
        assert!(Horizon::Upcoming.admits(date!(2022 - 01 - 01), today));
        assert!(Horizon::Everything.admits(date!(2020 - 01 - 01), today));
        assert_eq!(
            after("view=agenda", Change::SetHorizon(soon)),
            "view=agenda&upcoming=7"
        );
        assert_eq!(
            after("view=agenda&upcoming=30", Change::ToggleUpcoming),
            "view=agenda"
        );
        assert_eq!(
            after("upcoming=7", Change::SetHorizon(Horizon::ClosingWithin(9))),
            "upcoming=7",
            "only the offered windows: a link can carry no other"
        );
        assert_eq!(state("upcoming=9").horizon, Horizon::Everything);
    }

    #[test]
    fn clear_keeps_the_view_its_month_and_upcoming() {
        assert_eq!(
            after(
                "tag=5G&q=x&section=S&from=2021-01-01&kind=webinar&view=agenda&month=2021-07&upcoming=1&sort=oldest",
                Change::Clear
            ),
            "view=agenda&month=2021-07&upcoming=1"
        );
    }

    #[test]
    fn removing_a_notice_removes_only_its_value() {
        let (s, notices) = parse("tag=5G&tag=Nope&sort=random&article=x");
        let unknown_tag = Notice {
            param: Param::Facet(FacetKind::Tag),
            value: "Nope".into(),
            problem: Problem::UnknownValue,
        };
        assert_eq!(
            s.apply(&Change::DropNotice(unknown_tag)).to_query(),
            "tag=5G&article=x"
        );
        let bad_sort = notices.into_iter().next().unwrap();
        assert_eq!(
            s.apply(&Change::DropNotice(bad_sort)).to_query(),
            "tag=5G&tag=Nope&article=x"
        );
    }

    #[test]
    fn sort_defaults_to_relevance_only_while_searching() {
        let mut s = ViewState::default();
        assert_eq!(s.effective_sort(), Sort::Newest);
        s.q = "data".into();
        assert_eq!(s.effective_sort(), Sort::Relevance);
        s.sort = Some(Sort::Oldest);
        assert_eq!(s.effective_sort(), Sort::Oldest);
        s.q = " ".into();
        s.sort = Some(Sort::Relevance);
        assert_eq!(s.effective_sort(), Sort::Newest);
    }

    #[test]
    fn each_filter_chip_removes_only_itself() {
        let s = state("tag=5G&q=plan&section=5G&from=2021-06-01&kind=webinar&view=agenda");
        let chips: Vec<(String, String)> = s
            .filters(None)
            .into_iter()
            .map(|f| (f.label, s.apply(&f.remove).to_query()))
            .collect();
        // Facets first, in the registry's order, then the search and the dates: the URL's order.
        let expected = [
            (
                "Tag: 5G",
                "section=5G&kind=webinar&q=plan&from=2021-06-01&view=agenda",
            ),
            (
                "Section: 5G",
                "tag=5G&kind=webinar&q=plan&from=2021-06-01&view=agenda",
            ),
            (
                "Event: Webinar",
                "tag=5G&section=5G&q=plan&from=2021-06-01&view=agenda",
            ),
            (
                "Search: plan",
                "tag=5G&section=5G&kind=webinar&from=2021-06-01&view=agenda",
            ),
            (
                "From 1 June 2021",
                "tag=5G&section=5G&kind=webinar&q=plan&view=agenda",
            ),
        ];
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(l, q)| (l.to_string(), q.to_string()))
            .collect();
        assert_eq!(chips, expected);
        assert_eq!(s.apply(&Change::Clear).to_query(), "view=agenda");
    }
}
