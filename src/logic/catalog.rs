//! What is worth computing once per dataset, not once per keystroke, owned in one place: every
//! facet's vocabulary and each article's values (`vocabulary`), the organisations' details
//! (`names`), the document records by id (`documents::Records`), parsed dates and the date
//! orders, and the search engine (`search`).

use crate::logic::dates::Fuzzy;
use crate::logic::documents::Records;
use crate::logic::names::{Names, OrgInfo};
use crate::logic::order::{sort_by, sort_by_cached_key};
use crate::logic::registry::{FacetKind, Source};
use crate::logic::search::{Named, SearchIndex};
use crate::logic::vocabulary::{FacetIndex, Facets};
use crate::model::{ArticleIx, Dataset, DocIx};

#[derive(Debug)]
pub struct Catalog {
    /// Per article, its date as parsed.
    dates: Vec<Option<Fuzzy>>,
    facets: Facets,
    names: Names,
    documents: Records,
    /// Article indices newest first and oldest first (undated last in both; equal dates in
    /// the newsletter's order): dates never change, so a filter keeps these orders, never sorts.
    newest_first: Vec<ArticleIx>,
    oldest_first: Vec<ArticleIx>,
    search: SearchIndex,
}

impl Catalog {
    pub fn new(data: &Dataset) -> Catalog {
        let dates: Vec<Option<Fuzzy>> = data
            .articles
            .iter()
            .map(|a| Fuzzy::parse(&a.date))
            .collect();
        let date = |i: &ArticleIx| dates.get(i.0).copied().flatten();
        let mut newest_first: Vec<ArticleIx> = (0..dates.len()).map(ArticleIx).collect();
        sort_by(&mut newest_first, |a, b| date(b).cmp(&date(a)));
        let mut oldest_first = newest_first.clone();
        sort_by_cached_key(&mut oldest_first, |i| (date(i).is_none(), date(i)));
        let source = Source::new(data);
        let facets = Facets::new(&source);
        let names = Names::new(&source, facets.get(FacetKind::Org));
        Catalog {
            names,
            documents: source.into_documents(),
            facets,
            dates,
            newest_first,
            oldest_first,
            search: SearchIndex::default(),
        }
    }

    /// How many articles it describes.
    pub fn len(&self) -> usize {
        self.dates.len()
    }

    pub fn is_empty(&self) -> bool {
        self.dates.is_empty()
    }

    /// A facet's vocabulary and each article's values in it.
    pub fn facet(&self, kind: FacetKind) -> &FacetIndex {
        self.facets.get(kind)
    }

    /// The organisations an article names, with their full names and kinds.
    pub fn orgs_of(&self, ix: ArticleIx) -> impl Iterator<Item = &OrgInfo> {
        self.names.orgs_of(self.facet(FacetKind::Org), ix)
    }

    /// The organisation a URL or a reader names by its id, in any spelling.
    pub fn org(&self, spelling: &str) -> Option<&OrgInfo> {
        let id = self.facet(FacetKind::Org).vocabulary().find(spelling)?;
        self.names.org(id)
    }

    /// The record of the document a URL or a link names by its id, in any spelling.
    pub fn document(&self, spelling: &str) -> Option<DocIx> {
        self.documents.find(spelling)
    }

    pub fn date(&self, ix: ArticleIx) -> Option<Fuzzy> {
        self.dates.get(ix.0).copied().flatten()
    }

    pub fn newest_first(&self) -> &[ArticleIx] {
        &self.newest_first
    }

    pub fn oldest_first(&self) -> &[ArticleIx] {
        &self.oldest_first
    }

    /// Adds up to `articles` more articles of `data` to the search index; true once it is
    /// complete.
    pub fn prepare_search(&self, data: &Dataset, articles: usize) -> bool {
        self.search.prepare(data, self.named(), articles)
    }

    /// Per article of `data` (the dataset this catalog was made from), its search score for
    /// `terms` (folded query words); 0 when one of them is missing.
    pub fn search(&self, data: &Dataset, terms: &[String]) -> Vec<u32> {
        self.search.search(data, self.named(), terms)
    }

    /// What the search index reads beside an article's own text.
    fn named(&self) -> Named<'_> {
        Named {
            names: &self.names,
            orgs: self.facet(FacetKind::Org),
            documents: &self.documents,
        }
    }

    /// An article's distinct values of one facet, as the dataset spells them, in the
    /// article's order.
    pub fn names_of(&self, kind: FacetKind, ix: ArticleIx) -> Vec<&str> {
        let facet = self.facet(kind);
        facet
            .values_of(ix)
            .iter()
            .filter_map(|id| facet.vocabulary().get(*id))
            .map(|v| v.name())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::fixtures::{article, dataset};

    #[test]
    fn spellings_of_one_tag_on_one_article_are_one_tag() {
        let data = dataset(vec![
            article("a", &["5G", "5g", " 5-G ", "ICV"], ""),
            article("b", &["5G"], ""),
        ]);
        let catalog = Catalog::new(&data);
        let totals: Vec<(&str, usize)> = catalog
            .facet(FacetKind::Tag)
            .vocabulary()
            .iter()
            .map(|(_, t)| (t.name(), t.total()))
            .collect();
        assert_eq!(totals, vec![("5G", 2), ("ICV", 1)]);
        assert_eq!(
            catalog.names_of(FacetKind::Tag, ArticleIx(0)),
            vec!["5G", "ICV"]
        );
        assert_eq!(
            catalog.names_of(FacetKind::Tag, ArticleIx(9)),
            Vec::<&str>::new()
        );
        let spelling = |kind: FacetKind, typed: &str| {
            let vocabulary = catalog.facet(kind).vocabulary();
            vocabulary
                .find(typed)
                .and_then(|id| vocabulary.get(id))
                .map(|v| v.name().to_string())
        };
        assert_eq!(spelling(FacetKind::Tag, "5 g").as_deref(), Some("5G"));
        assert_eq!(spelling(FacetKind::Tag, "nope"), None);
        assert_eq!(
            spelling(FacetKind::Section, "standardization").as_deref(),
            Some("Standardization")
        );
    }

    #[test]
    fn dates_order_newest_and_oldest_with_undated_last() {
        let mut data = dataset(vec![
            article("mid", &[], ""),
            article("undated", &[], ""),
            article("new", &[], ""),
        ]);
        data.articles[1].date = String::new();
        data.articles[2].date = "2021-08".into();
        let catalog = Catalog::new(&data);
        let ids = |order: &[ArticleIx]| -> Vec<usize> { order.iter().map(|i| i.0).collect() };
        assert_eq!(ids(catalog.newest_first()), vec![2, 0, 1]);
        assert_eq!(ids(catalog.oldest_first()), vec![0, 2, 1]);
    }
}
