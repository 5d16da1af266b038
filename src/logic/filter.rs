//! Which articles a view shows, in which order, and what each tag would leave.

use std::cmp::Reverse;

use crate::logic::catalog::{Catalog, Entry, IssueIx, TagId};
use crate::logic::dates::Fuzzy;
use crate::logic::facets::{facets, issue_facets, org_facets, Facet};
use crate::logic::names::{DocId, Names, OrgId};
use crate::logic::order::{sort_by, sort_by_cached_key};
use crate::logic::tags::tag_key;
use crate::logic::text::terms;
use crate::logic::url::{Notice, Param, Problem};
use crate::logic::view::{MatchMode, Sort, ViewState};
use crate::model::{ArticleIx, Dataset};

/// The selected tags and sections the dataset knows, as keys: unknown ones are reported by
/// `unknown_values`, and ignored here so the rest of the view still works.
#[derive(Clone)]
pub(crate) struct Criteria<'a> {
    pub(crate) tag_ids: Vec<TagId>,
    section_keys: Vec<String>,
    pub(crate) org_ids: Vec<OrgId>,
    doc_ids: Vec<DocId>,
    /// The selected issues the dataset lists, in its spelling of their ids.
    pub(crate) issue_ids: Vec<IssueIx>,
    names: &'a Names,
    /// Per article, its search score; `None` when there is no search.
    search: Option<Vec<u32>>,
    pub(crate) state: &'a ViewState,
}

impl<'a> Criteria<'a> {
    pub(crate) fn new(data: &Dataset, catalog: &'a Catalog, state: &'a ViewState) -> Criteria<'a> {
        Criteria {
            tag_ids: state
                .tags
                .iter()
                .filter_map(|t| catalog.tag_index(t))
                .collect(),
            section_keys: state
                .sections
                .iter()
                .filter_map(|s| catalog.section(s).map(tag_key))
                .collect(),
            org_ids: state
                .orgs
                .iter()
                .filter_map(|o| catalog.names.org(o))
                .collect(),
            doc_ids: state
                .docs
                .iter()
                .filter_map(|d| catalog.names.doc(d))
                .collect(),
            issue_ids: state
                .issues
                .iter()
                .filter_map(|i| issue_id(data, i))
                .collect(),
            names: &catalog.names,
            search: {
                let terms = terms(&state.q);
                (!terms.is_empty()).then(|| catalog.search(data, &terms))
            },
            state,
        }
    }

    /// The same criteria with every issue selected: what the issue facets count, as issues
    /// combine with "or".
    pub(crate) fn for_every_issue(&self) -> Criteria<'a> {
        Criteria {
            issue_ids: Vec::new(),
            ..self.clone()
        }
    }

    /// The search score when the article passes every filter (0 when there is no search).
    pub(crate) fn admit(
        &self,
        data: &Dataset,
        index: ArticleIx,
        entry: &Entry,
        with_tags: bool,
    ) -> Option<u32> {
        if with_tags && !self.tag_ids.is_empty() {
            let has = |id: &TagId| entry.tag_ids.contains(id);
            let pass = match self.state.match_mode {
                MatchMode::All => self.tag_ids.iter().all(has),
                MatchMode::Any => self.tag_ids.iter().any(has),
            };
            if !pass {
                return None;
            }
        }
        if !self.section_keys.is_empty() && !self.section_keys.contains(&entry.section_key) {
            return None;
        }
        if !self.issue_ids.is_empty() && !entry.issue.is_some_and(|i| self.issue_ids.contains(&i)) {
            return None;
        }
        if !self.org_ids.is_empty() || !self.doc_ids.is_empty() {
            let (orgs, docs) = (self.names.orgs_of(index), self.names.docs_of(index));
            if !self.org_ids.iter().all(|o| orgs.contains(o))
                || !self.doc_ids.iter().all(|d| docs.contains(d))
            {
                return None;
            }
        }
        if self.state.from.is_some() || self.state.to.is_some() {
            let date = entry.date?;
            if self.state.from.is_some_and(|from| date.last_day() < from)
                || self.state.to.is_some_and(|to| date.first_day() > to)
            {
                return None;
            }
        }
        if !self.state.kinds.is_empty() {
            let events = &data.get(index)?.events;
            if !events.iter().any(|e| self.state.kinds.contains(&e.kind)) {
                return None;
            }
        }
        match &self.search {
            None => Some(0),
            Some(scores) => scores.get(index.0).copied().filter(|s| *s > 0),
        }
    }
}

/// What one view shows: its articles in display order, and its tag cloud.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Selection {
    pub results: Vec<ArticleIx>,
    pub facets: Vec<Facet>,
    /// The organisations, in name order, each with how many shown articles name it (what
    /// selecting it would leave: organisations combine with "and").
    pub orgs: Vec<Facet>,
    /// The archive's issues, newest first, each with how many articles it would add (issues
    /// combine with "or"). Empty for a single file.
    pub issues: Vec<Facet>,
}

/// The list and the tag cloud of a view, from one set of criteria: the search runs once.
pub fn select(data: &Dataset, catalog: &Catalog, state: &ViewState) -> Selection {
    let criteria = Criteria::new(data, catalog, state);
    let shown = admissions(data, catalog, &criteria);
    Selection {
        results: ordered(catalog, &criteria, &shown),
        facets: facets(data, catalog, &criteria, &shown),
        orgs: org_facets(catalog, &criteria, &shown),
        issues: issue_facets(data, catalog, &criteria, &shown),
    }
}

/// Indices into `data.articles` of what the view shows, in display order.
pub fn filter(data: &Dataset, catalog: &Catalog, state: &ViewState) -> Vec<ArticleIx> {
    let criteria = Criteria::new(data, catalog, state);
    ordered(catalog, &criteria, &admissions(data, catalog, &criteria))
}

/// Per entry, its search score if the view shows it: every filter tested once per entry, for
/// the list and the counts alike.
pub(crate) fn admissions(
    data: &Dataset,
    catalog: &Catalog,
    criteria: &Criteria,
) -> Vec<Option<u32>> {
    catalog
        .entries
        .iter()
        .enumerate()
        .map(|(i, entry)| criteria.admit(data, ArticleIx(i), entry, true))
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
        Sort::Newest => in_date_order(&catalog.newest_first),
        Sort::Oldest => in_date_order(&catalog.oldest_first),
        Sort::Relevance => {
            let mut hits: Vec<(usize, u32, Option<Fuzzy>)> = catalog
                .entries
                .iter()
                .zip(shown)
                .enumerate()
                .filter_map(|(i, (entry, score))| Some((i, (*score)?, entry.date)))
                .collect();
            // Stable, and hits come in index order: equal scores and dates keep the newsletter's.
            sort_by(&mut hits, |&(_, score_a, a), &(_, score_b, b)| {
                score_b.cmp(&score_a).then_with(|| b.cmp(&a))
            });
            hits.into_iter().map(|(i, ..)| ArticleIx(i)).collect()
        }
    }
}

/// The archive issue a URL value names, in any case.
fn issue_id(data: &Dataset, spelling: &str) -> Option<IssueIx> {
    let key = tag_key(spelling);
    data.issues
        .iter()
        .position(|i| tag_key(&i.id) == key)
        .map(IssueIx)
}

/// Values in the URL the dataset does not have: shown as removable notices.
pub fn unknown_values(data: &Dataset, catalog: &Catalog, state: &ViewState) -> Vec<Notice> {
    let unknown_tags = state
        .tags
        .iter()
        .filter(|t| catalog.tag(t).is_none())
        .map(|t| (Param::Tag, t));
    let unknown_sections = state
        .sections
        .iter()
        .filter(|s| catalog.section(s).is_none())
        .map(|s| (Param::Section, s));
    let unknown_orgs = state
        .orgs
        .iter()
        .filter(|o| catalog.names.org(o).is_none())
        .map(|o| (Param::Org, o));
    let unknown_docs = state
        .docs
        .iter()
        .filter(|d| catalog.names.doc(d).is_none())
        .map(|d| (Param::Doc, d));
    let unknown_issues = state
        .issues
        .iter()
        .filter(|i| issue_id(data, i).is_none())
        .map(|i| (Param::Issue, i));
    let unknown_article = state
        .article
        .iter()
        .filter(|id| data.article(id).is_none())
        .map(|id| (Param::Article, id));
    unknown_tags
        .chain(unknown_sections)
        .chain(unknown_orgs)
        .chain(unknown_docs)
        .chain(unknown_issues)
        .chain(unknown_article)
        .map(|(param, value)| Notice {
            param,
            value: value.clone(),
            problem: Problem::UnknownValue,
        })
        .collect()
}

/// The view without the unknown values `unknown_values` reports.
pub fn without_unknown_values(catalog: &Catalog, data: &Dataset, state: &ViewState) -> ViewState {
    let mut next = state.clone();
    next.tags.retain(|t| catalog.tag(t).is_some());
    next.sections.retain(|s| catalog.section(s).is_some());
    next.orgs.retain(|o| catalog.names.org(o).is_some());
    next.docs.retain(|d| catalog.names.doc(d).is_some());
    if next
        .article
        .as_deref()
        .is_some_and(|id| data.article(id).is_none())
    {
        next.article = None;
    }
    next
}

/// Articles sharing the most tags with article `of` (then the same section, then the nearest
/// date), best first.
pub fn related(catalog: &Catalog, of: ArticleIx, limit: usize) -> Vec<ArticleIx> {
    let Some(this) = catalog.entry(of) else {
        return Vec::new();
    };
    let distance = |e: &Entry| match (this.date, e.date) {
        (Some(a), Some(b)) => (a.first_day() - b.first_day()).whole_days().unsigned_abs(),
        _ => u64::MAX,
    };
    let mut scored: Vec<(usize, usize, bool, u64)> = catalog
        .entries
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != of.0)
        .map(|(i, e)| {
            let shared = e
                .tag_ids
                .iter()
                .filter(|k| this.tag_ids.contains(k))
                .count();
            (i, shared, e.section_key == this.section_key, distance(e))
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
    use crate::logic::facets::tag_facets;
    use crate::logic::fixtures;
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
            kind: crate::model::OrgKind::Ministry,
        }];
        data
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
                .orgs
                .into_iter()
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
        let unknown: Vec<String> = unknown_values(&data, &catalog, &state)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            unknown,
            vec![
                "Unknown organisation “NOPE” was ignored",
                "Unknown document “GB 1” was ignored"
            ]
        );
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
            tag_facets(&data, &catalog, &state)
                .into_iter()
                .map(|f| (f.name, f.count, f.selected))
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
            assert_eq!(
                selection.facets,
                tag_facets(&data, &catalog, &state),
                "{query}"
            );
        }
    }

    #[test]
    fn facet_weights_scale_with_the_count() {
        let data = fixture();
        let catalog = Catalog::new(&data);
        let facets = tag_facets(&data, &catalog, &ViewState::default());
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
        let notices: Vec<String> = unknown_values(&data, &catalog, &state)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            notices,
            vec![
                "Unknown tag “Nope” was ignored",
                "Unknown section “Mars” was ignored",
                "Unknown article “missing” was ignored"
            ]
        );
        assert_eq!(
            without_unknown_values(&catalog, &data, &state).to_query(),
            "tag=5G"
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
