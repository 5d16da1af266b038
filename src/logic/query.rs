//! The URL query string is the view: `parse` reads it, `ViewState::to_query` writes it.
//!
//! Both are pure and total: any string parses (what cannot be used becomes a `Notice`), and
//! `parse(&state.to_query())` gives back `state` for every state `parse` can produce.

use std::fmt;

use time::{Date, Month};

use crate::logic::dates::Fuzzy;
use crate::logic::tags::tag_key;
use crate::model::EventKind;

/// How selected tags combine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MatchMode {
    /// An article must carry every selected tag.
    #[default]
    All,
    /// One selected tag is enough.
    Any,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    Newest,
    Oldest,
    Relevance,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Newest, Sort::Oldest, Sort::Relevance];

    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Newest => "newest",
            Sort::Oldest => "oldest",
            Sort::Relevance => "relevance",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Sort::Newest => "Newest first",
            Sort::Oldest => "Oldest first",
            Sort::Relevance => "Best match",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Cards,
    Calendar,
    Agenda,
}

impl View {
    pub fn as_str(self) -> &'static str {
        match self {
            View::Cards => "cards",
            View::Calendar => "calendar",
            View::Agenda => "agenda",
        }
    }
}

/// Everything a reader can see, as the URL says it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewState {
    /// Selected tags as written in the URL; matched to the dataset's spelling by `tag_key`.
    pub tags: Vec<String>,
    pub match_mode: MatchMode,
    /// The search box, verbatim (a trailing space while typing is kept).
    pub q: String,
    pub sections: Vec<String>,
    pub from: Option<Date>,
    pub to: Option<Date>,
    /// `None` means the default: relevance while searching, newest otherwise.
    pub sort: Option<Sort>,
    pub view: View,
    /// The calendar's month; `None` lets the calendar choose.
    pub month: Option<(i32, Month)>,
    pub kinds: Vec<EventKind>,
    /// The agenda lists only events that have not ended.
    pub upcoming: bool,
    /// The article shown in full.
    pub article: Option<String>,
}

/// A part of the URL that could not be used. The view works without it; the reader is told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub param: &'static str,
    pub value: String,
    pub problem: Problem,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    NotADate,
    UnknownValue,
    TooLong,
    TooMany,
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let value: String = self.value.chars().take(40).collect();
        let ellipsis = if self.value.chars().count() > 40 {
            "…"
        } else {
            ""
        };
        match self.problem {
            Problem::NotADate => write!(f, "“{value}{ellipsis}” is not a date ({})", self.param),
            Problem::UnknownValue => {
                write!(f, "Unknown {} “{value}{ellipsis}” was ignored", self.param)
            }
            Problem::TooLong => {
                write!(f, "The {} in the link was too long and was cut", self.param)
            }
            Problem::TooMany => write!(
                f,
                "Too many {} values in the link; extra ones ignored",
                self.param
            ),
        }
    }
}

/// Limits that keep a hostile link from costing the reader anything.
pub const MAX_QUERY_CHARS: usize = 200;
pub const MAX_REPEATED: usize = 50;
const MAX_VALUE_CHARS: usize = 200;

/// Reads a query string (with or without the leading `?`). Never fails: unusable values are
/// dropped and reported.
pub fn parse(query: &str) -> (ViewState, Vec<Notice>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut state = ViewState::default();
    let mut notices = Vec::new();
    let mut note = |param: &'static str, value: &str, problem: Problem| {
        if !notices
            .iter()
            .any(|n: &Notice| n.param == param && n.problem == problem && n.value == value)
        {
            notices.push(Notice {
                param,
                value: value.chars().take(MAX_VALUE_CHARS).collect(),
                problem,
            });
        }
    };

    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        match key.as_ref() {
            "tag" => push_distinct(&mut state.tags, &value, "tag", &mut note),
            "section" => push_distinct(&mut state.sections, &value, "section", &mut note),
            "q" => {
                if value.chars().count() > MAX_QUERY_CHARS {
                    note("search", "", Problem::TooLong);
                    state.q = value.chars().take(MAX_QUERY_CHARS).collect();
                } else {
                    state.q = value.into_owned();
                }
            }
            "match" => match value.as_ref() {
                "all" => state.match_mode = MatchMode::All,
                "any" => state.match_mode = MatchMode::Any,
                other => note("match", other, Problem::UnknownValue),
            },
            "from" | "to" => {
                let day = match Fuzzy::parse(value.trim()) {
                    Some(Fuzzy::Day(d)) => Some(d),
                    _ => None,
                };
                let param = if key == "from" { "from" } else { "to" };
                match day {
                    Some(d) if param == "from" => state.from = Some(d),
                    Some(d) => state.to = Some(d),
                    None if value.is_empty() => {}
                    None => note(param, &value, Problem::NotADate),
                }
            }
            "sort" => match Sort::ALL.iter().find(|s| s.as_str() == value) {
                Some(s) => state.sort = Some(*s),
                None => note("sort", &value, Problem::UnknownValue),
            },
            "view" => match value.as_ref() {
                "cards" => state.view = View::Cards,
                "calendar" => state.view = View::Calendar,
                "agenda" => state.view = View::Agenda,
                other => note("view", other, Problem::UnknownValue),
            },
            "month" => match Fuzzy::parse(value.trim()) {
                Some(Fuzzy::Month { year, month }) => state.month = Some((year, month)),
                _ => note("month", &value, Problem::NotADate),
            },
            "kind" => match EventKind::ALL.iter().find(|k| k.as_str() == value) {
                Some(k) if !state.kinds.contains(k) => state.kinds.push(*k),
                Some(_) => {}
                None => note("event kind", &value, Problem::UnknownValue),
            },
            "upcoming" => match value.as_ref() {
                "1" | "true" | "yes" => state.upcoming = true,
                "0" | "false" | "no" | "" => state.upcoming = false,
                other => note("upcoming", other, Problem::UnknownValue),
            },
            "article" => {
                let id: String = value.trim().chars().take(MAX_VALUE_CHARS).collect();
                let id = id.trim_end();
                if !id.is_empty() {
                    state.article = Some(id.to_string());
                }
            }
            // Unknown parameters are someone else's (tracking, a newer version): ignored.
            _ => {}
        }
    }
    (state, notices)
}

/// Adds `raw` (normalised) unless an equal value is there already.
fn push_distinct(
    list: &mut Vec<String>,
    raw: &str,
    param: &'static str,
    note: &mut impl FnMut(&'static str, &str, Problem),
) {
    let value = raw.trim().to_string();
    if value.is_empty() {
        return;
    }
    if value.chars().count() > MAX_VALUE_CHARS {
        note(param, &value, Problem::TooLong);
        return;
    }
    let key = tag_key(&value);
    if list
        .iter()
        .any(|v| *v == value || (!key.is_empty() && tag_key(v) == key))
    {
        return;
    }
    if list.len() >= MAX_REPEATED {
        note(param, "", Problem::TooMany);
        return;
    }
    list.push(value);
}

impl ViewState {
    /// The query string for this view, without `?`: only what differs from the default, in a
    /// fixed order, so that one view has one URL.
    pub fn to_query(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        for tag in &self.tags {
            out.append_pair("tag", tag);
        }
        if self.match_mode == MatchMode::Any {
            out.append_pair("match", "any");
        }
        if !self.q.is_empty() {
            out.append_pair("q", &self.q);
        }
        for section in &self.sections {
            out.append_pair("section", section);
        }
        if let Some(d) = self.from {
            out.append_pair("from", &iso(d));
        }
        if let Some(d) = self.to {
            out.append_pair("to", &iso(d));
        }
        if let Some(sort) = self.sort {
            out.append_pair("sort", sort.as_str());
        }
        if self.view != View::Cards {
            out.append_pair("view", self.view.as_str());
        }
        if let Some((year, month)) = self.month {
            out.append_pair("month", &format!("{year:04}-{:02}", month as u8));
        }
        for kind in &self.kinds {
            out.append_pair("kind", kind.as_str());
        }
        if self.upcoming {
            out.append_pair("upcoming", "1");
        }
        if let Some(article) = &self.article {
            out.append_pair("article", article);
        }
        out.finish()
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

    pub fn has_tag(&self, tag: &str) -> bool {
        let key = tag_key(tag);
        self.tags.iter().any(|t| tag_key(t) == key)
    }

    /// This view with `tag` selected, or deselected if it was.
    pub fn toggle_tag(&self, tag: &str) -> ViewState {
        let mut next = self.without_article();
        if self.has_tag(tag) {
            let key = tag_key(tag);
            next.tags.retain(|t| tag_key(t) != key);
        } else {
            next.tags.push(tag.to_string());
        }
        next
    }

    /// The list this view filters, without an open article.
    pub fn without_article(&self) -> ViewState {
        ViewState {
            article: None,
            ..self.clone()
        }
    }

    pub fn with_article(&self, id: &str) -> ViewState {
        ViewState {
            article: Some(id.to_string()),
            ..self.clone()
        }
    }

    /// Whether any filter narrows the list (the view, sort and article do not count).
    pub fn is_filtered(&self) -> bool {
        !self.tags.is_empty()
            || !self.q.trim().is_empty()
            || !self.sections.is_empty()
            || self.from.is_some()
            || self.to.is_some()
            || !self.kinds.is_empty()
    }

    /// Every filter, in the order they appear in the URL, each with the view it leaves when
    /// removed: the "current filters" chips.
    pub fn filters(&self) -> Vec<ActiveFilter> {
        let mut out = Vec::new();
        for tag in &self.tags {
            out.push(ActiveFilter {
                label: format!("Tag: {tag}"),
                without: self.toggle_tag(tag),
            });
        }
        if !self.q.trim().is_empty() {
            out.push(ActiveFilter {
                label: format!("Search: {}", self.q.trim()),
                without: ViewState {
                    q: String::new(),
                    sort: self.sort.filter(|s| *s != Sort::Relevance),
                    ..self.without_article()
                },
            });
        }
        for section in &self.sections {
            let mut without = self.without_article();
            without.sections.retain(|s| s != section);
            out.push(ActiveFilter {
                label: format!("Section: {section}"),
                without,
            });
        }
        if let Some(from) = self.from {
            out.push(ActiveFilter {
                label: format!("From {}", Fuzzy::Day(from)),
                without: ViewState {
                    from: None,
                    ..self.without_article()
                },
            });
        }
        if let Some(to) = self.to {
            out.push(ActiveFilter {
                label: format!("Until {}", Fuzzy::Day(to)),
                without: ViewState {
                    to: None,
                    ..self.without_article()
                },
            });
        }
        for kind in &self.kinds {
            let mut without = self.without_article();
            without.kinds.retain(|k| k != kind);
            out.push(ActiveFilter {
                label: format!("Event: {}", kind.label()),
                without,
            });
        }
        out
    }

    /// This view with every filter removed (the view itself and its month are kept).
    pub fn cleared(&self) -> ViewState {
        ViewState {
            view: self.view,
            month: self.month,
            upcoming: self.upcoming,
            ..ViewState::default()
        }
    }
}

impl ViewState {
    /// This view without the value a notice is about: what "remove" on the notice leads to.
    /// Values `parse` already dropped disappear by writing the state back out.
    pub fn without_notice(&self, notice: &Notice) -> ViewState {
        let mut next = self.clone();
        match notice.param {
            "tag" => next.tags.retain(|t| *t != notice.value),
            "section" => next.sections.retain(|s| *s != notice.value),
            "article" => next.article = None,
            _ => {}
        }
        next
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActiveFilter {
    pub label: String,
    pub without: ViewState,
}

fn iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month() as u8, d.day())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::macros::date;

    #[test]
    fn the_empty_query_is_the_default_view() {
        assert_eq!(parse(""), (ViewState::default(), vec![]));
        assert_eq!(parse("?"), (ViewState::default(), vec![]));
        assert_eq!(ViewState::default().to_query(), "");
    }

    #[test]
    fn reads_every_parameter() {
        let (s, notices) = parse(
            "?tag=5G&tag=ICV&match=any&q=data+security&section=Cybersecurity&from=2021-06-01\
             &to=2021-07-31&sort=oldest&view=calendar&month=2021-09&kind=webinar&upcoming=1&article=x-1",
        );
        assert_eq!(notices, vec![]);
        assert_eq!(s.tags, vec!["5G", "ICV"]);
        assert_eq!(s.match_mode, MatchMode::Any);
        assert_eq!(s.q, "data security");
        assert_eq!(s.sections, vec!["Cybersecurity"]);
        assert_eq!(s.from, Some(date!(2021 - 06 - 01)));
        assert_eq!(s.to, Some(date!(2021 - 07 - 31)));
        assert_eq!(s.sort, Some(Sort::Oldest));
        assert_eq!(s.view, View::Calendar);
        assert_eq!(s.month, Some((2021, Month::September)));
        assert_eq!(s.kinds, vec![EventKind::Webinar]);
        assert!(s.upcoming);
        assert_eq!(s.article.as_deref(), Some("x-1"));
    }

    #[test]
    fn bad_values_become_notices_and_the_rest_still_works() {
        let (s, notices) = parse("tag=5G&from=2021-02-30&sort=random&view=map&month=2021-13&kind=party&match=some&utm_source=x");
        assert_eq!(s.tags, vec!["5G"]);
        assert_eq!(s.from, None);
        assert_eq!(s.sort, None);
        assert_eq!(s.view, View::Cards);
        let params: Vec<&str> = notices.iter().map(|n| n.param).collect();
        assert_eq!(
            params,
            vec!["from", "sort", "view", "month", "event kind", "match"]
        );
        assert_eq!(notices[0].to_string(), "“2021-02-30” is not a date (from)");
        assert_eq!(notices[1].to_string(), "Unknown sort “random” was ignored");
    }

    #[test]
    fn tags_are_deduplicated_by_spelling_and_normalised() {
        let (s, _) =
            parse("tag=Data+Security&tag=data-security&tag=%20&tag=Caf%C3%A9&tag=Cafe%CC%81");
        assert_eq!(s.tags, vec!["Data Security", "Café"]);
    }

    #[test]
    fn escapes_round_trip() {
        let (s, _) = parse("tag=C%2B%2B&q=a%26b%3Dc");
        assert_eq!(s.tags, vec!["C++"]);
        assert_eq!(s.q, "a&b=c");
        assert_eq!(s.to_query(), "tag=C%2B%2B&q=a%26b%3Dc");
    }

    #[test]
    fn malformed_escapes_do_not_break_anything() {
        let (s, _) = parse("tag=%E0%A4%A&q=%zz%&tag=%FF");
        assert_eq!(s.tags.len(), 2);
        assert_eq!(s.q, "%zz%");
    }

    #[test]
    fn hostile_sizes_are_bounded() {
        let long = "x".repeat(2_000_000);
        let (s, notices) = parse(&format!("q={long}"));
        assert_eq!(s.q.chars().count(), MAX_QUERY_CHARS);
        assert_eq!(notices[0].problem, Problem::TooLong);
        let many: Vec<String> = (0..5000).map(|i| format!("tag=t{i}")).collect();
        let (s, notices) = parse(&many.join("&"));
        assert_eq!(s.tags.len(), MAX_REPEATED);
        assert_eq!(notices.len(), 1);
    }

    #[test]
    fn removing_a_notice_removes_only_its_value() {
        let (s, notices) = parse("tag=5G&tag=Nope&sort=random");
        let unknown_tag = Notice {
            param: "tag",
            value: "Nope".into(),
            problem: Problem::UnknownValue,
        };
        assert_eq!(s.without_notice(&unknown_tag).to_query(), "tag=5G");
        assert_eq!(s.without_notice(&notices[0]).to_query(), "tag=5G&tag=Nope");
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
    fn toggling_a_tag_adds_or_removes_it_and_closes_the_article() {
        let (s, _) = parse("tag=5G&article=a");
        let added = s.toggle_tag("ICV");
        assert_eq!(added.to_query(), "tag=5G&tag=ICV");
        assert_eq!(added.toggle_tag("5g").to_query(), "tag=ICV");
    }

    #[test]
    fn each_filter_chip_removes_only_itself() {
        let (s, _) = parse("tag=5G&q=plan&section=5G&from=2021-06-01&kind=webinar&view=agenda");
        let chips: Vec<(String, String)> = s
            .filters()
            .into_iter()
            .map(|f| (f.label, f.without.to_query()))
            .collect();
        assert_eq!(
            chips,
            vec![
                (
                    "Tag: 5G".into(),
                    "q=plan&section=5G&from=2021-06-01&view=agenda&kind=webinar".into()
                ),
                (
                    "Search: plan".into(),
                    "tag=5G&section=5G&from=2021-06-01&view=agenda&kind=webinar".into()
                ),
                (
                    "Section: 5G".into(),
                    "tag=5G&q=plan&from=2021-06-01&view=agenda&kind=webinar".into()
                ),
                (
                    "From 1 June 2021".into(),
                    "tag=5G&q=plan&section=5G&view=agenda&kind=webinar".into()
                ),
                (
                    "Event: Webinar".into(),
                    "tag=5G&q=plan&section=5G&from=2021-06-01&view=agenda".into()
                ),
            ]
        );
        assert_eq!(s.cleared().to_query(), "view=agenda");
    }

    fn arb_text() -> impl Strategy<Value = String> {
        // Anything a reader might type, including the characters URLs treat specially.
        proptest::string::string_regex("[a-zA-Z0-9 &=+%#?/éü中\u{202e}-]{0,12}").unwrap()
    }

    fn arb_state() -> impl Strategy<Value = ViewState> {
        let date = (2000i32..2040, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| {
            Date::from_calendar_date(y, Month::try_from(m).unwrap(), d).unwrap()
        });
        (
            proptest::collection::vec(arb_text(), 0..4),
            any::<bool>(),
            arb_text(),
            proptest::collection::vec(arb_text(), 0..3),
            proptest::option::of(date.clone()),
            proptest::option::of(date),
            proptest::option::of(proptest::sample::select(Sort::ALL.to_vec())),
            proptest::sample::select(vec![View::Cards, View::Calendar, View::Agenda]),
            proptest::option::of((2000i32..2040, 1u8..=12)),
            proptest::sample::subsequence(EventKind::ALL.to_vec(), 0..3),
            (proptest::option::of("[a-z0-9-]{1,20}"), any::<bool>()),
        )
            .prop_map(
                |(
                    tags,
                    any,
                    q,
                    sections,
                    from,
                    to,
                    sort,
                    view,
                    month,
                    kinds,
                    (article, upcoming),
                )| {
                    // The canonical form parse produces: trimmed, no empty or repeated values.
                    let canonical = |values: Vec<String>| {
                        let mut out: Vec<String> = Vec::new();
                        for v in values {
                            let v = v.trim().to_string();
                            let key = tag_key(&v);
                            if !v.is_empty()
                                && !out
                                    .iter()
                                    .any(|o| *o == v || (!key.is_empty() && tag_key(o) == key))
                            {
                                out.push(v);
                            }
                        }
                        out
                    };
                    ViewState {
                        tags: canonical(tags),
                        match_mode: if any { MatchMode::Any } else { MatchMode::All },
                        q,
                        sections: canonical(sections),
                        from,
                        to,
                        sort,
                        view,
                        month: month.map(|(y, m)| (y, Month::try_from(m).unwrap())),
                        kinds,
                        upcoming,
                        article,
                    }
                },
            )
    }

    proptest! {
        #[test]
        fn every_state_survives_the_round_trip(state in arb_state()) {
            let query = state.to_query();
            let (parsed, notices) = parse(&query);
            prop_assert_eq!(notices, vec![]);
            prop_assert_eq!(parsed, state);
        }

        #[test]
        fn parsing_never_panics_and_is_stable(query in "\\PC{0,200}") {
            let (state, _) = parse(&query);
            let (again, notices) = parse(&state.to_query());
            prop_assert_eq!(notices, vec![]);
            prop_assert_eq!(again, state);
        }
    }
}
