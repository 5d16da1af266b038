//! The dataset and everything derived from it, owned together: built once from one dataset,
//! so an index taken from one can never be looked up in another's catalog.

use crate::logic::calendar::Occurrence;
use crate::logic::catalog::Catalog;
use crate::logic::registry::FacetKind;
use crate::model::{Article, ArticleIx, Dataset, DocIx, Document, Event};

#[derive(Debug)]
pub struct Library {
    data: Dataset,
    catalog: Catalog,
}

impl Library {
    pub fn new(data: Dataset) -> Library {
        let catalog = Catalog::new(&data);
        Library { data, catalog }
    }

    pub fn data(&self) -> &Dataset {
        &self.data
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    pub fn article(&self, ix: ArticleIx) -> Option<&Article> {
        self.data.get(ix)
    }

    /// An event of the calendar or the agenda, with the article it links to.
    pub fn occurrence(&self, o: &Occurrence) -> Option<(&Article, &Event)> {
        o.with_article(&self.data)
    }

    /// An article's tags, one per tag however many spellings it carries.
    pub fn tags_of(&self, ix: ArticleIx) -> Vec<String> {
        self.catalog
            .names_of(FacetKind::Tag, ix)
            .into_iter()
            .map(str::to_string)
            .collect()
    }

    /// The title of an archive issue ("June–July 2021"), by its id.
    pub fn issue_title(&self, id: &str) -> Option<&str> {
        self.data
            .issues
            .iter()
            .find(|i| i.id == id)
            .map(|i| i.title.as_str())
    }

    /// The record of a document, by its id in any spelling (as a link writes it).
    pub fn document(&self, spelling: &str) -> Option<&Document> {
        self.document_at(self.catalog.document(spelling)?)
    }

    pub fn document_at(&self, ix: DocIx) -> Option<&Document> {
        self.data.documents.get(ix.0)
    }

    /// The documents whose relations point at `id`, with the relation: "revised by".
    pub fn related_to<'a>(
        &'a self,
        id: &'a str,
    ) -> impl Iterator<Item = (&'a Document, crate::model::Relation)> + 'a {
        self.data.documents.iter().flat_map(move |d| {
            d.relations
                .iter()
                .filter(move |r| r.document == id)
                .map(move |r| (d, r.relation))
        })
    }

    /// Adds up to `articles` more articles to the search index; true once it is complete.
    pub fn prepare_search(&self, articles: usize) -> bool {
        self.catalog.prepare_search(&self.data, articles)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::calendar::occurrences;
    use crate::logic::fixtures::{self, dataset, event};
    use crate::model::{EventIx, EventKind};

    #[test]
    fn an_occurrence_names_its_event_and_article() {
        let library = Library::new(dataset(vec![crate::model::Article {
            events: vec![event(
                "e1",
                EventKind::Meeting,
                "2021-07-06",
                Some("2021-07-08"),
            )],
            ..fixtures::article("a", &["5G", "5g"], "")
        }]));
        let all = occurrences(library.data(), &[ArticleIx(0)], &[]);
        let (article, event) = library.occurrence(&all[0]).unwrap();
        assert_eq!((article.id.as_str(), event.id.as_str()), ("a", "e1"));
        let elsewhere = Occurrence {
            event: EventIx(7),
            ..all[0]
        };
        assert!(library.occurrence(&elsewhere).is_none());
        assert_eq!(library.tags_of(ArticleIx(0)), vec!["5G"]);
    }
}
