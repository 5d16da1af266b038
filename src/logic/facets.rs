//! The facets of a view: per tag and per organisation, how many articles selecting it would
//! leave, how big to draw it, and which a large archive's cloud shows first.

use std::cmp::Reverse;

use crate::logic::catalog::{Catalog, Entry, IssueIx, TagId};
use crate::logic::filter::{admissions, Criteria};
use crate::logic::names::OrgId;
use crate::logic::order::{sort_by, sort_by_cached_key};
use crate::logic::tags::weight;
use crate::logic::view::{MatchMode, ViewState};
use crate::model::{ArticleIx, Dataset};

/// A position in a list of facets (the tags, or the organisations): how a cloud's buttons find
/// their own facet as the counts change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FacetAt(pub usize);

/// A tag or an organisation in its cloud: how many articles the view would show with it, and
/// how big to draw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facet {
    pub name: String,
    pub count: usize,
    pub selected: bool,
    /// 0 for a tag that would leave nothing, else 1 (rare) to 5 (common), log-scaled.
    pub weight: u8,
}

/// Every tag of the dataset, in tag-id order, with its count under the current filters. With
/// "all", a count is what selecting the tag would leave; with "any", how many of the
/// otherwise-filtered articles carry it.
pub fn tag_facets(data: &Dataset, catalog: &Catalog, state: &ViewState) -> Vec<Facet> {
    let criteria = Criteria::new(data, catalog, state);
    facets(
        data,
        catalog,
        &criteria,
        &admissions(data, catalog, &criteria),
    )
}

/// Per archive issue, newest first, the articles it holds among those every other filter
/// leaves: issues combine with "or", so selecting one never zeroes the others.
pub(crate) fn issue_facets(
    data: &Dataset,
    catalog: &Catalog,
    criteria: &Criteria,
    shown: &[Option<u32>],
) -> Vec<Facet> {
    if data.issues.is_empty() {
        return Vec::new();
    }
    let every_issue;
    let counted = if criteria.issue_ids.is_empty() {
        shown
    } else {
        every_issue = admissions(data, catalog, &criteria.for_every_issue());
        &every_issue
    };
    let mut counts = vec![0usize; data.issues.len()];
    for (entry, shown) in catalog.entries.iter().zip(counted) {
        if let (Some(issue), Some(_)) = (entry.issue, shown) {
            if let Some(count) = counts.get_mut(issue.0) {
                *count += 1;
            }
        }
    }
    data.issues
        .iter()
        .zip(counts)
        .enumerate()
        .map(|(at, (issue, count))| Facet {
            name: issue.id.clone(),
            count,
            selected: criteria.issue_ids.contains(&IssueIx(at)),
            weight: u8::from(count > 0),
        })
        .collect()
}

/// `shown`: what the view shows, from `admissions`.
pub(crate) fn facets(
    data: &Dataset,
    catalog: &Catalog,
    criteria: &Criteria,
    shown: &[Option<u32>],
) -> Vec<Facet> {
    // With "all", a tag counts the shown articles that carry it (what selecting it would
    // leave); with "any", the articles the other filters leave, whatever their tags.
    let counted = |i: usize, entry: &Entry| match criteria.state.match_mode {
        MatchMode::All => shown.get(i).is_some_and(Option::is_some),
        MatchMode::Any => criteria.admit(data, ArticleIx(i), entry, false).is_some(),
    };
    let counts = count_ids(
        catalog.tags.len(),
        catalog.entries.iter().enumerate(),
        |(i, entry)| counted(*i, entry).then_some(entry.tag_ids.iter().map(|id| id.0)),
    );
    to_facets(catalog.tags.iter().map(|t| &t.name), counts, |id| {
        criteria.tag_ids.contains(&TagId(id))
    })
}

/// The organisation facets: how many shown articles name each.
pub(crate) fn org_facets(
    catalog: &Catalog,
    criteria: &Criteria,
    shown: &[Option<u32>],
) -> Vec<Facet> {
    let names = &catalog.names;
    let counts = count_ids(names.orgs.len(), 0..catalog.entries.len(), |&i| {
        shown
            .get(i)
            .is_some_and(Option::is_some)
            .then(|| names.orgs_of(ArticleIx(i)).iter().map(|id| id.0))
    });
    to_facets(names.orgs.iter().map(|o| &o.id), counts, |id| {
        criteria.org_ids.contains(&OrgId(id))
    })
}

/// Facets from a vocabulary's names and their counts, weighted against the largest count.
fn to_facets<'a>(
    names: impl Iterator<Item = &'a String>,
    counts: Vec<usize>,
    selected: impl Fn(usize) -> bool,
) -> Vec<Facet> {
    let max = counts.iter().copied().max().unwrap_or(0);
    names
        .zip(counts)
        .enumerate()
        .map(|(id, (name, count))| Facet {
            name: name.clone(),
            count,
            selected: selected(id),
            weight: weight(count, max),
        })
        .collect()
}

/// Per id of a vocabulary of `len`, how many of `items` carry it: `ids` gives an item's ids,
/// or `None` for an item that does not count.
fn count_ids<T, I: Iterator<Item = usize>>(
    len: usize,
    items: impl Iterator<Item = T>,
    ids: impl Fn(&T) -> Option<I>,
) -> Vec<usize> {
    let mut counts = vec![0usize; len];
    for item in items {
        for id in ids(&item).into_iter().flatten() {
            if let Some(count) = counts.get_mut(id) {
                *count += 1;
            }
        }
    }
    counts
}

/// The ids of the `limit` facets with the most articles in the current view (ties: the first in
/// name order), and of every selected tag, in name order: what a cloud of a large archive
/// shows before the reader asks for every tag.
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
                .issues
                .into_iter()
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
