//! The URL query string is the view: `parse` reads it, `ViewState::to_query` writes it.
//!
//! Both are pure and total: any string parses (what cannot be used becomes a `Notice`), and
//! `parse(&state.to_query())` gives back `state` for every state `parse` or `apply` produces.

use std::fmt;

use crate::logic::dates::{iso_day, iso_month, Fuzzy};
use crate::logic::registry::FacetKind;
use crate::logic::view::{
    add_distinct, article_id, bounded_query, Horizon, MatchMode, Refused, Sort, View, ViewState,
    MAX_REPEATED, MAX_VALUE_CHARS,
};

/// A parameter of the URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Param {
    /// A facet's values: `tag`, `section`, `org`... (the registry's keys).
    Facet(FacetKind),
    Match,
    Search,
    From,
    To,
    Sort,
    View,
    Month,
    Upcoming,
    Article,
    /// An item of a shared watch list.
    Follow,
}

impl Param {
    /// Every parameter the app reads.
    pub fn all() -> Vec<Param> {
        FacetKind::ALL
            .into_iter()
            .map(Param::Facet)
            .chain([
                Param::Match,
                Param::Search,
                Param::From,
                Param::To,
                Param::Sort,
                Param::View,
                Param::Month,
                Param::Upcoming,
                Param::Article,
                Param::Follow,
            ])
            .collect()
    }

    /// The parameter named `key` in the query string, if the app reads one by that name.
    pub fn from_key(key: &str) -> Option<Param> {
        Param::all().into_iter().find(|p| p.key() == key)
    }

    /// Its name in the query string.
    pub fn key(self) -> &'static str {
        match self {
            Param::Facet(facet) => facet.descriptor().key,
            Param::Match => "match",
            Param::Search => "q",
            Param::From => "from",
            Param::To => "to",
            Param::Sort => "sort",
            Param::View => "view",
            Param::Month => "month",
            Param::Upcoming => "upcoming",
            Param::Article => "article",
            Param::Follow => "follow",
        }
    }

    /// Its name in a sentence for the reader.
    pub fn label(self) -> &'static str {
        match self {
            Param::Facet(facet) => facet.descriptor().noun,
            Param::Search => "search",
            Param::Follow => "item to follow",
            other => other.key(),
        }
    }
}

/// A part of the URL that could not be used. The view works without it; the reader is told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub param: Param,
    pub value: String,
    pub problem: Problem,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    NotADate,
    UnknownValue,
    TooLong,
    TooMany,
    /// Too long to keep even cut: left out.
    LeftOut,
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let value: String = self.value.chars().take(40).collect();
        let ellipsis = if self.value.chars().count() > 40 {
            "…"
        } else {
            ""
        };
        let param = self.param.label();
        match self.problem {
            Problem::NotADate => write!(f, "“{value}{ellipsis}” is not a date ({param})"),
            Problem::UnknownValue => write!(f, "Unknown {param} “{value}{ellipsis}” was ignored"),
            Problem::TooLong => write!(f, "The {param} in the link was too long and was cut"),
            Problem::LeftOut => write!(f, "An {param} in the link was too long and was left out"),
            Problem::TooMany => {
                write!(f, "Too many {param} values in the link; extra ones ignored")
            }
        }
    }
}

/// Reads a query string (with or without the leading `?`). Never fails: unusable values are
/// dropped and reported.
pub fn parse(query: &str) -> (ViewState, Vec<Notice>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut state = ViewState::default();
    let mut notices = Vec::new();
    let mut note = |param: Param, value: &str, problem: Problem| {
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
        // Only what `Param::all` lists is read (the page's head script tells a deep link by
        // the same list); anything else is someone else's (tracking, a newer version).
        let Some(param) = Param::from_key(&key) else {
            continue;
        };
        match param {
            Param::Facet(facet) => {
                let values = state.selected.values_mut(facet);
                push(values, param, &value, &mut note);
            }
            Param::Search => {
                let (q, cut) = bounded_query(&value);
                if cut {
                    note(param, "", Problem::TooLong);
                }
                state.q = q;
            }
            Param::Match => match value.as_ref() {
                "all" => state.match_mode = MatchMode::All,
                "any" => state.match_mode = MatchMode::Any,
                other => note(param, other, Problem::UnknownValue),
            },
            Param::From | Param::To => match Fuzzy::parse(value.trim()) {
                Some(Fuzzy::Day(d)) if param == Param::From => state.from = Some(d),
                Some(Fuzzy::Day(d)) => state.to = Some(d),
                _ if value.is_empty() => {}
                _ => note(param, &value, Problem::NotADate),
            },
            Param::Sort => match Sort::ALL.iter().find(|s| s.as_str() == value) {
                Some(s) => state.sort = Some(*s),
                None => note(param, &value, Problem::UnknownValue),
            },
            Param::View => match View::ALL.iter().find(|v| v.as_str() == value) {
                Some(v) => state.view = *v,
                None => note(param, &value, Problem::UnknownValue),
            },
            Param::Month => match Fuzzy::parse(value.trim()) {
                Some(Fuzzy::Month { year, month }) => state.month = Some((year, month)),
                _ if value.is_empty() => {}
                _ => note(param, &value, Problem::NotADate),
            },
            Param::Upcoming => match Horizon::parse(&value) {
                Some(horizon) => state.horizon = horizon,
                None => note(param, &value, Problem::UnknownValue),
            },
            Param::Article => {
                if let Some(id) = article_id(&value) {
                    state.article = Some(id);
                }
            }
            Param::Follow => offer_item(&mut state.offer, &value, &mut note),
        }
    }
    (state, notices)
}

/// Adds a value of a repeatable parameter, noting why it could not be.
fn push(
    list: &mut Vec<String>,
    param: Param,
    value: &str,
    note: &mut impl FnMut(Param, &str, Problem),
) {
    match add_distinct(list, value) {
        Ok(()) | Err(Refused::Empty | Refused::Present) => {}
        Err(Refused::TooLong) => note(param, value.trim(), Problem::TooLong),
        Err(Refused::TooMany) => note(param, "", Problem::TooMany),
    }
}

/// An offered item's longest text form: a saved view carries its name and its own query
/// (URL-encoded, so a Chinese character is 9), far past a facet value's limit.
pub const MAX_OFFER_CHARS: usize = 2000;

/// Adds an item of a shared list (`follow=`): kept verbatim (two views differ by a letter of
/// their search, which facet spellings would fold together), each once, within the limits.
fn offer_item(list: &mut Vec<String>, value: &str, note: &mut impl FnMut(Param, &str, Problem)) {
    let value = value.trim();
    if value.is_empty() || list.iter().any(|v| v == value) {
        return;
    }
    if value.chars().count() > MAX_OFFER_CHARS {
        note(Param::Follow, "", Problem::LeftOut);
    } else if list.len() >= MAX_REPEATED {
        note(Param::Follow, "", Problem::TooMany);
    } else {
        list.push(value.to_string());
    }
}

impl ViewState {
    /// The query string for this view, without `?`: only what differs from the default, in a
    /// fixed order, so that one view has one URL.
    pub fn to_query(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        let mut put = |param: Param, value: &str| {
            out.append_pair(param.key(), value);
        };
        for facet in FacetKind::ALL {
            for value in self.selected.values(facet) {
                put(Param::Facet(facet), value);
            }
        }
        if self.match_mode == MatchMode::Any {
            put(Param::Match, "any");
        }
        if !self.q.is_empty() {
            put(Param::Search, &self.q);
        }
        if let Some(d) = self.from {
            put(Param::From, &iso_day(d));
        }
        if let Some(d) = self.to {
            put(Param::To, &iso_day(d));
        }
        if let Some(sort) = self.sort {
            put(Param::Sort, sort.as_str());
        }
        if self.view != View::Cards {
            put(Param::View, self.view.as_str());
        }
        if let Some((year, month)) = self.month {
            put(Param::Month, &iso_month(year, month));
        }
        if let Some(horizon) = self.horizon.as_param() {
            put(Param::Upcoming, &horizon);
        }
        if let Some(article) = &self.article {
            put(Param::Article, article);
        }
        for item in &self.offer {
            put(Param::Follow, item);
        }
        out.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::view::{Change, MAX_QUERY_CHARS, MAX_REPEATED};
    use proptest::prelude::*;
    use time::macros::date;
    use time::{Date, Month};

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
        assert_eq!(s.selected.values(FacetKind::Tag), ["5G", "ICV"]);
        assert_eq!(s.match_mode, MatchMode::Any);
        assert_eq!(s.q, "data security");
        assert_eq!(s.selected.values(FacetKind::Section), ["Cybersecurity"]);
        assert_eq!(s.from, Some(date!(2021 - 06 - 01)));
        assert_eq!(s.to, Some(date!(2021 - 07 - 31)));
        assert_eq!(s.sort, Some(Sort::Oldest));
        assert_eq!(s.view, View::Calendar);
        assert_eq!(s.month, Some((2021, Month::September)));
        assert_eq!(s.selected.values(FacetKind::Kind), ["webinar"]);
        assert_eq!(s.horizon, Horizon::Upcoming);
        assert_eq!(s.article.as_deref(), Some("x-1"));
    }

    #[test]
    fn bad_values_become_notices_and_the_rest_still_works() {
        let (s, notices) = parse(
            "tag=5G&from=2021-02-30&sort=random&view=map&month=2021-13&match=some&utm_source=x",
        );
        assert_eq!(s.selected.values(FacetKind::Tag), ["5G"]);
        assert_eq!(s.from, None);
        assert_eq!(s.sort, None);
        assert_eq!(s.view, View::Cards);
        let params: Vec<Param> = notices.iter().map(|n| n.param).collect();
        assert_eq!(
            params,
            vec![
                Param::From,
                Param::Sort,
                Param::View,
                Param::Month,
                Param::Match
            ]
        );
        assert_eq!(notices[0].to_string(), "“2021-02-30” is not a date (from)");
        assert_eq!(notices[1].to_string(), "Unknown sort “random” was ignored");
        let unknown_kind = Notice {
            param: Param::Facet(FacetKind::Kind),
            value: "party".into(),
            problem: Problem::UnknownValue,
        };
        assert_eq!(
            unknown_kind.to_string(),
            "Unknown event kind “party” was ignored"
        );
    }

    #[test]
    fn tags_are_deduplicated_by_spelling_and_normalised() {
        let (s, _) =
            parse("tag=Data+Security&tag=data-security&tag=%20&tag=Caf%C3%A9&tag=Cafe%CC%81");
        assert_eq!(s.selected.values(FacetKind::Tag), ["Data Security", "Café"]);
    }

    #[test]
    fn escapes_round_trip() {
        let (s, _) = parse("tag=C%2B%2B&q=a%26b%3Dc");
        assert_eq!(s.selected.values(FacetKind::Tag), ["C++"]);
        assert_eq!(s.q, "a&b=c");
        assert_eq!(s.to_query(), "tag=C%2B%2B&q=a%26b%3Dc");
    }

    #[test]
    fn malformed_escapes_do_not_break_anything() {
        let (s, _) = parse("tag=%E0%A4%A&q=%zz%&tag=%FF");
        assert_eq!(s.selected.values(FacetKind::Tag).len(), 2);
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
        assert_eq!(s.selected.values(FacetKind::Tag).len(), MAX_REPEATED);
        assert_eq!(notices.len(), 1);
        let (s, notices) = parse(&format!("tag={}&tag=ok", "y".repeat(201)));
        assert_eq!(s.selected.values(FacetKind::Tag), ["ok"]);
        assert_eq!(notices[0].problem, Problem::TooLong);
    }

    /// Text a reader might type or a link might carry: the characters URLs treat specially,
    /// letters with combining marks, right-to-left overrides, and lengths up to past the limit.
    fn arb_text() -> impl Strategy<Value = String> {
        let piece =
            proptest::string::string_regex("[a-zA-Z0-9 &=+%#?/éü中\u{202e}\u{301}\u{0327}-]{0,12}")
                .unwrap();
        prop_oneof![
            6 => piece,
            1 => (proptest::char::range('a', 'e'), 195usize..206)
                .prop_map(|(c, n)| std::iter::repeat_n(c, n).collect()),
        ]
    }

    fn arb_date() -> impl Strategy<Value = Date> {
        // Every day of every month, leap days and the ends of the writable range included.
        (0i32..=9999, 1u8..=12, 1u8..=31).prop_filter_map("a real day", |(y, m, d)| {
            Date::from_calendar_date(y, Month::try_from(m).ok()?, d).ok()
        })
    }

    fn arb_facet() -> impl Strategy<Value = FacetKind> {
        proptest::sample::select(FacetKind::ALL.to_vec())
    }

    fn arb_change() -> impl Strategy<Value = Change> {
        let month = (-1i32..=10_001, 1u8..=12)
            .prop_map(|(y, m)| (y, Month::try_from(m).unwrap_or(Month::January)));
        let param = prop_oneof![
            arb_facet().prop_map(Param::Facet),
            Just(Param::Article),
            Just(Param::Sort),
        ];
        let notice = (param, arb_text()).prop_map(|(param, value)| Notice {
            param,
            value,
            problem: Problem::UnknownValue,
        });
        prop_oneof![
            (arb_facet(), arb_text()).prop_map(|(f, v)| Change::Toggle(f, v)),
            (arb_facet(), proptest::collection::vec(arb_text(), 0..4))
                .prop_map(|(f, v)| Change::Select(f, v)),
            any::<bool>().prop_map(|any| Change::SetMatch(if any {
                MatchMode::Any
            } else {
                MatchMode::All
            })),
            proptest::option::of(arb_date()).prop_map(Change::SetFrom),
            proptest::option::of(arb_date()).prop_map(Change::SetTo),
            arb_text().prop_map(Change::SetQuery),
            proptest::option::of(proptest::sample::select(Sort::ALL.to_vec()))
                .prop_map(Change::SetSort),
            proptest::sample::select(View::ALL.to_vec()).prop_map(Change::SetView),
            month.prop_map(|(y, m)| Change::SetMonth(y, m)),
            Just(Change::ToggleUpcoming),
            proptest::sample::select(vec![
                Horizon::Everything,
                Horizon::Upcoming,
                Horizon::ClosingWithin(7),
                Horizon::ClosingWithin(30),
                Horizon::ClosingWithin(9),
            ])
            .prop_map(Change::SetHorizon),
            "[a-zA-Z0-9 ./%&?#é-]{0,24}".prop_map(Change::OpenArticle),
            (arb_facet(), arb_text()).prop_map(|(f, v)| Change::Show(f, v)),
            Just(Change::CloseArticle),
            Just(Change::Clear),
            notice.prop_map(Change::DropNotice),
        ]
    }

    /// A link as readers share them: every parameter the app knows (each facet's key, the
    /// view, dates, months, the search...) with values good and bad, in any order and repeated,
    /// among noise.
    fn arb_link() -> impl Strategy<Value = String> {
        let mut keys: Vec<&'static str> =
            FacetKind::ALL.iter().map(|f| f.descriptor().key).collect();
        keys.extend([
            "match", "q", "from", "to", "sort", "view", "month", "upcoming", "article", "utm",
        ]);
        let value = prop_oneof![
            3 => arb_text(),
            1 => proptest::sample::select(vec![
                "any", "all", "newest", "relevance", "calendar", "agenda", "1", "0", "2021-07",
                "2021-07-01", "2021-02-30", "meeting", "ministry", "2021-06-07", "", "7", "30",
            ])
            .prop_map(str::to_string),
            1 => arb_date().prop_map(|d| d.to_string()),
        ];
        let pair = (proptest::sample::select(keys), value).prop_map(|(key, value)| {
            form_urlencoded::Serializer::new(String::new())
                .append_pair(key, &value)
                .finish()
        });
        prop_oneof![
            4 => proptest::collection::vec(pair, 0..8).prop_map(|pairs| pairs.join("&")),
            1 => "\\PC{0,80}",
        ]
    }

    /// A state reached the way a reader reaches one: from a link, then any number of clicks.
    /// Nothing here restates the rules: `parse` and `apply` make every state.
    fn arb_state() -> impl Strategy<Value = ViewState> {
        (arb_link(), proptest::collection::vec(arb_change(), 0..12)).prop_map(|(link, changes)| {
            changes
                .iter()
                .fold(parse(&link).0, |state, change| state.apply(change))
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn every_change_lands_on_a_url_that_reloads_to_the_same_view(
            state in arb_state(),
            change in arb_change(),
        ) {
            let next = state.apply(&change);
            let (reloaded, notices) = parse(&next.to_query());
            prop_assert_eq!(notices, vec![]);
            prop_assert_eq!(reloaded, next);
        }

        #[test]
        fn only_opening_an_article_leaves_one_open(state in arb_state(), change in arb_change()) {
            let next = state.apply(&change);
            match change {
                Change::OpenArticle(_) => {}
                Change::DropNotice(_) => prop_assert!(next.article.is_none() || next.article == state.article),
                _ => prop_assert_eq!(next.article, None),
            }
        }

        #[test]
        fn parsing_never_panics_and_is_stable(query in arb_link()) {
            let (state, _) = parse(&query);
            let (again, notices) = parse(&state.to_query());
            prop_assert_eq!(notices, vec![]);
            prop_assert_eq!(again, state);
        }
    }
}
