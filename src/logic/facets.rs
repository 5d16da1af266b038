//! Every facet's values in a view: how many articles each would leave (or add), whether it is
//! selected, how big to draw it, and which a large archive's cloud shows first. One loop
//! counts every facet the registry lists.

use std::cmp::Reverse;

use crate::logic::catalog::Catalog;
use crate::logic::filter::{admissions, Criteria};
use crate::logic::order::{sort_by, sort_by_cached_key};
use crate::logic::registry::FacetKind;
use crate::logic::tags::weight;
use crate::logic::view::MatchMode;
use crate::model::ArticleIx;

/// A position in a list of facets: how a cloud's entries find their own facet as the counts
/// change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FacetAt(pub usize);

/// A value of a facet in its cloud or list: how many articles the view would show with it,
/// and how big to draw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facet {
    /// The value as the URL carries it.
    pub name: String,
    /// Its name for the reader.
    pub label: String,
    pub count: usize,
    pub selected: bool,
    /// 0 for a value that would leave nothing, else 1 (rare) to 5 (common), log-scaled.
    pub weight: u8,
}

/// Every facet's values, in each vocabulary's order, with their counts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FacetCounts(Vec<Vec<Facet>>);

impl FacetCounts {
    pub fn of(&self, facet: FacetKind) -> &[Facet] {
        self.0.get(facet.index()).map_or(&[], Vec::as_slice)
    }
}

/// `shown`: what the view shows, from `admissions`.
pub(crate) fn counts(catalog: &Catalog, criteria: &Criteria, shown: &[Option<u32>]) -> FacetCounts {
    FacetCounts(
        FacetKind::ALL
            .into_iter()
            .map(|facet| {
                let adds = criteria.combine(facet) == MatchMode::Any
                    && !criteria.selected(facet).is_empty();
                let without_it;
                let counted = if adds {
                    without_it = admissions(catalog, &criteria.ignoring(facet));
                    &without_it
                } else {
                    shown
                };
                count_values(catalog, criteria, facet, counted)
            })
            .collect(),
    )
}

fn count_values(
    catalog: &Catalog,
    criteria: &Criteria,
    facet: FacetKind,
    counted: &[Option<u32>],
) -> Vec<Facet> {
    let index = catalog.facet(facet);
    let vocabulary = index.vocabulary();
    let mut counts = vec![0usize; vocabulary.len()];
    for (i, _) in counted.iter().enumerate().filter(|(_, s)| s.is_some()) {
        for id in index.values_of(ArticleIx(i)) {
            if let Some(count) = counts.get_mut(id.at()) {
                *count += 1;
            }
        }
    }
    let max = counts.iter().copied().max().unwrap_or(0);
    let selected = criteria.selected(facet);
    vocabulary
        .iter()
        .zip(counts)
        .map(|((id, value), count)| Facet {
            name: value.name().to_string(),
            label: value.label().to_string(),
            count,
            selected: selected.contains(&id),
            weight: weight(count, max),
        })
        .collect()
}

/// The positions of the `limit` facets with the most articles in the current view (ties: the
/// first in order), and of every selected one, in order: what a cloud of a large archive
/// shows before the reader asks for every value.
pub fn most_used(facets: &[Facet], limit: usize) -> Vec<FacetAt> {
    let mut by_count: Vec<FacetAt> = (0..facets.len()).map(FacetAt).collect();
    sort_by_cached_key(&mut by_count, |&id| {
        Reverse(facets.get(id.0).map_or(0, |f| f.count))
    });
    let mut shown: Vec<FacetAt> = by_count
        .into_iter()
        .enumerate()
        .filter(|&(rank, id)| rank < limit || facets.get(id.0).is_some_and(|f| f.selected))
        .map(|(_, id)| id)
        .collect();
    sort_by(&mut shown, FacetAt::cmp);
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issues_combine_with_or_and_count_what_the_other_filters_leave() {
        use crate::logic::filter::select;
        use crate::logic::fixtures::{article, dataset};
        use crate::model::Issue;
        let mut data = dataset(vec![
            article("a1", &["5G"], ""),
            article("a2", &["ICV"], ""),
            article("b1", &["5G"], ""),
        ]);
        for (article, issue) in data.articles.iter_mut().zip(["a", "a", "b"]) {
            article.issue = issue.into();
        }
        data.issues = ["b", "a", "c"]
            .iter()
            .map(|id| Issue {
                id: (*id).into(),
                title: format!("Issue {id}"),
                published: String::new(),
            })
            .collect();
        let catalog = Catalog::new(&data);
        let counts = |query: &str| -> Vec<(String, usize, bool)> {
            let state = crate::logic::url::parse(query).0;
            select(&data, &catalog, &state)
                .facets
                .of(FacetKind::Issue)
                .iter()
                .cloned()
                .map(|f| (f.name, f.count, f.selected))
                .collect()
        };
        assert_eq!(
            counts(""),
            vec![
                ("b".into(), 1, false),
                ("a".into(), 2, false),
                ("c".into(), 0, false)
            ],
            "every issue, in the dataset's order (newest first), one still loading too"
        );
        // Choosing one leaves the others' counts: what adding them would add.
        assert_eq!(
            counts("issue=A&tag=5G"),
            vec![
                ("b".into(), 1, false),
                ("a".into(), 1, true),
                ("c".into(), 0, false)
            ]
        );
        let state = crate::logic::url::parse("issue=a&issue=b&tag=5G").0;
        assert_eq!(select(&data, &catalog, &state).results.len(), 2);
    }

    fn ids_of(tags: Vec<FacetAt>) -> Vec<usize> {
        tags.into_iter().map(|t| t.0).collect()
    }

    #[test]
    fn most_used_keeps_the_busiest_tags_and_every_selected_one_in_name_order() {
        let facet = |name: &str, count: usize, selected: bool| Facet {
            name: name.into(),
            label: name.into(),
            count,
            selected,
            weight: 0,
        };
        let facets = vec![
            facet("a", 1, false),
            facet("b", 9, false),
            facet("c", 0, true),
            facet("d", 5, false),
            facet("e", 5, false),
            facet("f", 7, false),
        ];
        assert_eq!(
            ids_of(most_used(&facets, 3)),
            vec![1, 2, 3, 5],
            "b, f, d (d before e), and c"
        );
        assert_eq!(ids_of(most_used(&facets, 0)), vec![2]);
        assert_eq!(ids_of(most_used(&facets, 10)), vec![0, 1, 2, 3, 4, 5]);
        assert!(most_used(&[], 3).is_empty());
    }
}
