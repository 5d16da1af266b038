//! Which articles a view shows, in which order, and what each facet's values would leave.

use std::cmp::Reverse;

use crate::logic::catalog::Catalog;
use crate::logic::dates::Fuzzy;
use crate::logic::documents::number_terms;
use crate::logic::facets::{counts, FacetCounts};
use crate::logic::order::{sort_by, sort_by_cached_key};
use crate::logic::registry::{Combine, FacetKind};
use crate::logic::text::terms;
use crate::logic::url::{Notice, Param, Problem};
use crate::logic::view::{MatchMode, Sort, ViewState};
use crate::logic::vocabulary::ValueId;
use crate::model::{ArticleIx, Dataset};

/// What a view asks of an article, resolved against the catalog once: per facet, the selected
/// values the vocabulary knows (unknown ones are reported by `unknown_values` and ignored here,
/// so the rest of the view still works), and the search scores.
#[derive(Clone)]
pub(crate) struct Criteria<'a> {
    selected: [Vec<ValueId>; FacetKind::COUNT],
    /// A facet left out: what its own counts are computed against when its values add.
    ignoring: Option<FacetKind>,
    /// Per article, its search score; `None` when there is no search.
    search: Option<Vec<u32>>,
    catalog: &'a Catalog,
    pub(crate) state: &'a ViewState,
}

impl<'a> Criteria<'a> {
    pub(crate) fn new(data: &Dataset, catalog: &'a Catalog, state: &'a ViewState) -> Criteria<'a> {
        Criteria {
            selected: FacetKind::ALL.map(|facet| {
                let vocabulary = catalog.facet(facet).vocabulary();
                let mut ids: Vec<ValueId> = Vec::new();
                for id in state
                    .selected
                    .values(facet)
                    .iter()
                    .filter_map(|v| vocabulary.find(v))
                {
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
                ids
            }),
            ignoring: None,
            search: {
                // A standard's number in any spelling is one word of the index, for the documents
                // an article names; the words as typed still find it in the article's own text
                // (an article printing "GB/T 12999" with no record of it).
                let typed = terms(&state.q);
                let numbers = number_terms(&typed);
                (!typed.is_empty()).then(|| {
                    let mut scores = catalog.search(data, &typed);
                    if numbers != typed {
                        let by_number = catalog.search(data, &numbers);
                        for (score, other) in scores.iter_mut().zip(by_number) {
                            *score = (*score).max(other);
                        }
                    }
                    scores
                })
            },
            catalog,
            state,
        }
    }

    /// The selected values of `facet` the dataset knows.
    pub(crate) fn selected(&self, facet: FacetKind) -> &[ValueId] {
        // In bounds: `index` is the kind's position in `FacetKind::ALL`, the array's length.
        #[allow(clippy::indexing_slicing)]
        &self.selected[facet.index()]
    }

    /// How `facet`'s selected values combine in this view.
    pub(crate) fn combine(&self, facet: FacetKind) -> MatchMode {
        match facet.descriptor().combine {
            Combine::All => MatchMode::All,
            Combine::Any => MatchMode::Any,
            Combine::Chosen => self.state.match_mode,
        }
    }

    /// The same criteria without `facet`'s selection: what its values would add when they
    /// combine with "any".
    pub(crate) fn ignoring(&self, facet: FacetKind) -> Criteria<'a> {
        Criteria {
            ignoring: Some(facet),
            ..self.clone()
        }
    }

    /// The search score when the article passes every filter (0 when there is no search).
    pub(crate) fn admit(&self, index: ArticleIx) -> Option<u32> {
        for facet in FacetKind::ALL {
            let selected = self.selected(facet);
            if selected.is_empty() || self.ignoring == Some(facet) {
                continue;
            }
            let has = self.catalog.facet(facet).values_of(index);
            let pass = match self.combine(facet) {
                MatchMode::All => selected.iter().all(|v| has.contains(v)),
                MatchMode::Any => selected.iter().any(|v| has.contains(v)),
            };
            if !pass {
                return None;
            }
        }
        if self.state.from.is_some() || self.state.to.is_some() {
            let date = self.catalog.date(index)?;
            if self.state.from.is_some_and(|from| date.last_day() < from)
                || self.state.to.is_some_and(|to| date.first_day() > to)
            {
                return None;
            }
        }
        match &self.search {
            None => Some(0),
            Some(scores) => scores.get(index.0).copied().filter(|s| *s > 0),
        }
    }
}

/// What one view shows: its articles in display order, and every facet's counts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Selection {
    pub results: Vec<ArticleIx>,
    pub facets: FacetCounts,
}

/// The list and the facets of a view, from one set of criteria: the search runs once.
pub fn select(data: &Dataset, catalog: &Catalog, state: &ViewState) -> Selection {
    let criteria = Criteria::new(data, catalog, state);
    let shown = admissions(catalog, &criteria);
    Selection {
        results: ordered(catalog, &criteria, &shown),
        facets: counts(catalog, &criteria, &shown),
    }
}

/// Indices into `data.articles` of what the view shows, in display order.
pub fn filter(data: &Dataset, catalog: &Catalog, state: &ViewState) -> Vec<ArticleIx> {
    let criteria = Criteria::new(data, catalog, state);
    ordered(catalog, &criteria, &admissions(catalog, &criteria))
}

/// Per article, its search score if the view shows it: every filter tested once per article,
/// for the list and the counts alike.
pub(crate) fn admissions(catalog: &Catalog, criteria: &Criteria) -> Vec<Option<u32>> {
    (0..catalog.len())
        .map(|i| criteria.admit(ArticleIx(i)))
        .collect()
}

fn ordered(catalog: &Catalog, criteria: &Criteria, shown: &[Option<u32>]) -> Vec<ArticleIx> {
    let in_date_order = |order: &[ArticleIx]| -> Vec<ArticleIx> {
        order
            .iter()
            .copied()
            .filter(|&i| shown.get(i.0).is_some_and(Option::is_some))
            .collect()
    };
    match criteria.state.effective_sort() {
        Sort::Newest => in_date_order(catalog.newest_first()),
        Sort::Oldest => in_date_order(catalog.oldest_first()),
        Sort::Relevance => {
            let mut hits: Vec<(usize, u32, Option<Fuzzy>)> = shown
                .iter()
                .enumerate()
                .filter_map(|(i, score)| Some((i, (*score)?, catalog.date(ArticleIx(i)))))
                .collect();
            // Stable, and hits come in index order: equal scores and dates keep the newsletter's.
            sort_by(&mut hits, |&(_, score_a, a), &(_, score_b, b)| {
                score_b.cmp(&score_a).then_with(|| b.cmp(&a))
            });
            hits.into_iter().map(|(i, ..)| ArticleIx(i)).collect()
        }
    }
}

/// Values in the URL the dataset does not have: shown as removable notices.
pub fn unknown_values(data: &Dataset, catalog: &Catalog, state: &ViewState) -> Vec<Notice> {
    let mut notices = Vec::new();
    let mut unknown = |param: Param, value: &String| {
        notices.push(Notice {
            param,
            value: value.clone(),
            problem: Problem::UnknownValue,
        })
    };
    for facet in FacetKind::ALL {
        let vocabulary = catalog.facet(facet).vocabulary();
        for value in state.selected.values(facet) {
            if vocabulary.find(value).is_none() {
                unknown(Param::Facet(facet), value);
            }
        }
    }
    if let Some(id) = state
        .article
        .as_ref()
        .filter(|id| data.article(id).is_none())
    {
        unknown(Param::Article, id);
    }
    notices
}

/// Articles sharing the most tags with article `of` (then the same section, then the nearest
/// date), best first.
pub fn related(catalog: &Catalog, of: ArticleIx, limit: usize) -> Vec<ArticleIx> {
    if of.0 >= catalog.len() {
        return Vec::new();
    }
    let (tags, sections) = (
        catalog.facet(FacetKind::Tag),
        catalog.facet(FacetKind::Section),
    );
    let (own_tags, own_section) = (tags.values_of(of), sections.values_of(of));
    let own_date = catalog.date(of);
    let distance = |i: ArticleIx| match (own_date, catalog.date(i)) {
        (Some(a), Some(b)) => (a.first_day() - b.first_day()).whole_days().unsigned_abs(),
        _ => u64::MAX,
    };
    let mut scored: Vec<(usize, usize, bool, u64)> = (0..catalog.len())
        .filter(|&i| i != of.0)
        .map(|i| {
            let ix = ArticleIx(i);
            let shared = tags
                .values_of(ix)
                .iter()
                .filter(|k| own_tags.contains(k))
                .count();
            let same_section = !own_section.is_empty() && sections.values_of(ix) == own_section;
            (i, shared, same_section, distance(ix))
        })
        .filter(|&(_, shared, same_section, _)| shared > 0 || same_section)
        .collect();
    sort_by_cached_key(&mut scored, |&(_, shared, same_section, days)| {
        (Reverse(shared), Reverse(same_section), days)
    });
    scored
        .into_iter()
        .take(limit)
        .map(|(i, ..)| ArticleIx(i))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::fixtures;
    use crate::logic::text::value_key;
    use crate::logic::url::parse;
    use crate::model::{Article, EventKind};

    fn article(id: &str, section: &str, date: &str, tags: &[&str], text: &str) -> Article {
        Article {
            section: section.into(),
            date: date.into(),
            ..fixtures::article(id, tags, text)
        }
    }

    fn fixture() -> Dataset {
        let mut webinar = article(
            "webinar",
            "Annex",
            "2021-09-16",
            &["Webinar"],
            "China Standards 2035",
        );
        webinar
            .events
            .push(fixtures::event("w", EventKind::Webinar, "2021-09-16", None));
        fixtures::dataset(vec![
            article(
                "dsl",
                "Laws and Regulations",
                "2021-06-10",
                &["Data Security"],
                "data law",
            ),
            article(
                "iov",
                "Information Security",
                "2021-06-22",
                &["MIIT", "Data Security"],
                "vehicles",
            ),
            article("5g", "5G", "2021-07-05", &["5G"], "5G application plan"),
            article(
                "energy",
                "5G",
                "2021-06-11",
                &["5G", "Energy"],
                "5G in energy, data",
            ),
            article(
                "im",
                "Intelligent Manufacturing",
                "2021-07",
                &["Intelligent Manufacturing"],
                "guidelines",
            ),
            webinar,
        ])
    }

    /// Three articles: MIIT and CAC; MIIT citing GB 21670; none.
    fn named() -> Dataset {
        let mut data = fixtures::dataset(vec![
            Article {
                orgs: vec!["MIIT".into(), "CAC".into()],
                ..fixtures::article("a", &["5G"], "text")
            },
            Article {
                orgs: vec!["MIIT".into()],
                docs: vec!["GB 21670".into()],
                ..fixtures::article("b", &["5G"], "text")
            },
            fixtures::article("c", &["5G"], "text"),
        ]);
        data.organisations = vec![crate::model::Organisation {
            id: "MIIT".into(),
            name: "Ministry of Industry and Information Technology".into(),
            name_zh: String::new(),
            kind: crate::model::OrgKind::Ministry,
        }];
        data
    }

    /// The facet the README adds as its example: one descriptor, and it filters, counts and
    /// reports unknown values like every other.
    #[test]
    fn kinds_of_organisation_combine_with_any_and_count_what_they_add() {
        let mut data = named();
        data.organisations.push(crate::model::Organisation {
            id: "CAC".into(),
            name: "Cyberspace Administration of China".into(),
            name_zh: String::new(),
            kind: crate::model::OrgKind::StandardsBody,
        });
        assert_eq!(ids(&data, "orgtype=ministry"), vec!["a", "b"]);
        assert_eq!(ids(&data, "orgtype=standards-body"), vec!["a"]);
        assert_eq!(
            ids(&data, "orgtype=standards-body&orgtype=Ministry"),
            vec!["a", "b"]
        );
        let catalog = Catalog::new(&data);
        let (state, _) = parse("orgtype=standards-body&orgtype=party");
        let counts: Vec<(String, String, usize, bool)> = select(&data, &catalog, &state)
            .facets
            .of(FacetKind::OrgType)
            .iter()
            .filter(|f| f.count > 0 || f.selected)
            .map(|f| (f.name.clone(), f.label.clone(), f.count, f.selected))
            .collect();
        assert_eq!(
            counts,
            vec![
                (
                    "ministry".into(),
                    "Chinese ministry or agency".into(),
                    2,
                    false
                ),
                ("standards-body".into(), "Standards body".into(), 1, true),
            ],
            "choosing one leaves the other's count: what adding it would add"
        );
        assert_eq!(
            unknown(&data, &catalog, &state),
            vec!["Unknown organisation type “party” was ignored"]
        );
    }

    #[test]
    fn organisations_and_documents_filter_count_and_search() {
        let data = named();
        assert_eq!(ids(&data, "org=miit"), vec!["a", "b"]);
        assert_eq!(ids(&data, "org=MIIT&org=CAC"), vec!["a"]);
        assert_eq!(ids(&data, "doc=GB+21670"), vec!["b"]);
        // The full name finds the articles that name the organisation.
        assert_eq!(
            ids(&data, "q=industry+and+information+technology"),
            vec!["a", "b"]
        );
        let catalog = Catalog::new(&data);
        let counts = |q: &str| -> Vec<(String, usize, bool)> {
            select(&data, &catalog, &parse(q).0)
                .facets
                .of(FacetKind::Org)
                .iter()
                .cloned()
                .map(|f| (f.name, f.count, f.selected))
                .collect()
        };
        assert_eq!(
            counts(""),
            vec![("CAC".into(), 1, false), ("MIIT".into(), 2, false)]
        );
        assert_eq!(
            counts("org=MIIT&doc=GB%2021670"),
            vec![("CAC".into(), 0, false), ("MIIT".into(), 1, true)]
        );
        let (state, _) = parse("org=NOPE&doc=GB+1");
        assert_eq!(
            unknown(&data, &catalog, &state),
            vec![
                "Unknown organisation “NOPE” was ignored",
                "Unknown document “GB 1” was ignored"
            ]
        );
    }

    /// The notices of the values `state` names that `data` does not have, as the reader reads them.
    fn unknown(data: &Dataset, catalog: &Catalog, state: &ViewState) -> Vec<String> {
        unknown_values(data, catalog, state)
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    fn ids(data: &Dataset, query: &str) -> Vec<String> {
        let catalog = Catalog::new(data);
        let (state, _) = parse(query);
        filter(data, &catalog, &state)
            .into_iter()
            .map(|i| data.articles[i.0].id.clone())
            .collect()
    }

    #[test]
    fn no_filter_shows_everything_newest_first() {
        let data = fixture();
        assert_eq!(
            ids(&data, ""),
            vec!["webinar", "5g", "im", "iov", "energy", "dsl"]
        );
        assert_eq!(
            ids(&data, "sort=oldest"),
            vec!["dsl", "energy", "iov", "im", "5g", "webinar"]
        );
    }

    #[test]
    fn undated_articles_come_last_and_equal_dates_keep_the_newsletters_order() {
        let dated = |id: &str, date: &str| Article {
            date: date.into(),
            ..fixtures::article(id, &[], "")
        };
        let data = fixtures::dataset(vec![
            dated("undated", ""),
            dated("july-a", "2021-07-01"),
            dated("june", "2021-06-30"),
            dated("july-b", "2021-07-01"),
            dated("month", "2021-07"),
        ]);
        assert_eq!(
            ids(&data, ""),
            vec!["month", "july-a", "july-b", "june", "undated"],
            "a whole month counts as after its first day"
        );
        assert_eq!(
            ids(&data, "sort=oldest"),
            vec!["june", "july-a", "july-b", "month", "undated"]
        );
    }

    #[test]
    fn tags_combine_with_all_or_any_and_ignore_case() {
        let data = fixture();
        assert_eq!(ids(&data, "tag=data+security&tag=miit"), vec!["iov"]);
        assert_eq!(
            ids(&data, "tag=MIIT&tag=5g&match=any"),
            vec!["5g", "iov", "energy"]
        );
        assert_eq!(
            ids(&data, "tag=5G&tag=nonexistent"),
            vec!["5g", "energy"],
            "unknown tags are ignored"
        );
    }

    #[test]
    fn sections_dates_and_event_kinds_narrow() {
        let data = fixture();
        assert_eq!(ids(&data, "section=5G"), vec!["5g", "energy"]);
        assert_eq!(
            ids(&data, "from=2021-06-15&to=2021-07-04"),
            vec!["im", "iov"],
            "a month-only date overlaps by month"
        );
        assert_eq!(ids(&data, "from=2021-07-31"), vec!["webinar", "im"]);
        assert_eq!(ids(&data, "kind=webinar"), vec!["webinar"]);
    }

    #[test]
    fn search_ranks_title_and_tag_hits_first_and_defaults_to_relevance() {
        let data = fixture();
        assert_eq!(ids(&data, "q=data"), vec!["dsl", "iov", "energy"]);
        assert_eq!(
            ids(&data, "q=data&sort=oldest"),
            vec!["dsl", "energy", "iov"]
        );
        assert_eq!(ids(&data, "q=nothing+matches"), Vec::<String>::new());
    }

    #[test]
    fn facet_counts_follow_the_filters() {
        let data = fixture();
        let catalog = Catalog::new(&data);
        let facets = |q: &str| -> Vec<(String, usize, bool)> {
            let (state, _) = parse(q);
            select(&data, &catalog, &state)
                .facets
                .of(FacetKind::Tag)
                .iter()
                .map(|f| (f.name.clone(), f.count, f.selected))
                .collect()
        };
        let all = facets("");
        assert!(all.contains(&("5G".into(), 2, false)));
        assert!(all.contains(&("Data Security".into(), 2, false)));
        let narrowed = facets("tag=5G");
        assert!(narrowed.contains(&("5G".into(), 2, true)));
        assert!(narrowed.contains(&("Energy".into(), 1, false)));
        assert!(
            narrowed.contains(&("MIIT".into(), 0, false)),
            "zero-count tags stay listed"
        );
        let any = facets("tag=5G&match=any");
        assert!(
            any.contains(&("MIIT".into(), 1, false)),
            "with any, other tags count what they add"
        );
    }

    /// The cloud counts what the list shows: read from the articles themselves, not from the
    /// counting code.
    #[test]
    fn one_selection_gives_the_same_list_and_cloud() {
        let data = fixture();
        let catalog = Catalog::new(&data);
        for query in [
            "",
            "tag=5G",
            "q=data",
            "tag=5G&match=any&q=5g",
            "section=5G&kind=webinar",
        ] {
            let (state, _) = parse(query);
            let selection = select(&data, &catalog, &state);
            assert_eq!(
                selection.results,
                filter(&data, &catalog, &state),
                "{query}"
            );
            let shown: Vec<&Article> = selection
                .results
                .iter()
                .map(|i| &data.articles[i.0])
                .collect();
            let carrying = |has: &dyn Fn(&Article) -> bool| shown.iter().filter(|a| has(a)).count();
            // With "all", a tag counts the listed articles that carry it.
            if state.match_mode == MatchMode::All {
                for tag in selection.facets.of(FacetKind::Tag) {
                    let key = value_key(&tag.name);
                    let listed = carrying(&|a| a.tags.iter().any(|t| value_key(t) == key));
                    assert_eq!(tag.count, listed, "{query}: {}", tag.name);
                }
            }
            // No section chosen: a section counts the listed articles of that section.
            if state.selected.values(FacetKind::Section).is_empty() {
                for section in selection.facets.of(FacetKind::Section) {
                    let listed = carrying(&|a| a.section == section.name);
                    assert_eq!(section.count, listed, "{query}: {}", section.name);
                }
            }
        }
    }

    #[test]
    fn facet_weights_scale_with_the_count() {
        let data = fixture();
        let catalog = Catalog::new(&data);
        let selection = select(&data, &catalog, &ViewState::default());
        let facets = selection.facets.of(FacetKind::Tag);
        let weight = |name: &str| facets.iter().find(|f| f.name == name).unwrap().weight;
        assert_eq!(weight("5G"), 5);
        assert!(weight("Energy") < weight("5G"));
        assert!(weight("Energy") >= 1);
    }

    #[test]
    fn unknown_values_are_reported_and_removable() {
        let data = fixture();
        let catalog = Catalog::new(&data);
        let (state, _) = parse("tag=5G&tag=Nope&section=Mars&article=missing");
        assert_eq!(
            unknown(&data, &catalog, &state),
            vec![
                "Unknown tag “Nope” was ignored",
                "Unknown section “Mars” was ignored",
                "Unknown article “missing” was ignored"
            ]
        );
    }

    #[test]
    fn related_articles_share_tags_first() {
        let data = fixture();
        let catalog = Catalog::new(&data);
        let related: Vec<&str> = related(&catalog, ArticleIx(2), 3)
            .into_iter()
            .map(|i| data.articles[i.0].id.as_str())
            .collect();
        assert_eq!(related, vec!["energy"]);
        let related: Vec<&str> = related_ids(&data, &catalog, ArticleIx(0));
        assert_eq!(related, vec!["iov"]);
    }

    fn related_ids<'a>(data: &'a Dataset, catalog: &Catalog, of: ArticleIx) -> Vec<&'a str> {
        related(catalog, of, 5)
            .into_iter()
            .map(|i| data.articles[i.0].id.as_str())
            .collect()
    }
}
