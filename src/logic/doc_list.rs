//! The documents view: the records of the documents the matching articles name, narrowed by
//! the document facets and the search, newest step first.

use std::cmp::Reverse;

use crate::logic::dates::Fuzzy;
use crate::logic::documents::{latest, number_terms, DocNumber};
use crate::logic::library::Library;
use crate::logic::order::sort_by_cached_key;
use crate::logic::registry::FacetKind;
use crate::logic::text::{fold, terms, value_key};
use crate::logic::view::ViewState;
use crate::model::{ArticleIx, DocIx, Document};

/// What the documents view lists.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DocumentList {
    pub documents: Vec<DocIx>,
    /// Whether the search named these documents themselves (their title, short name or
    /// number), rather than only the articles that name them.
    pub by_query: bool,
}

/// The documents `results` (the view's matching articles) name, as `state` narrows them.
pub fn list(library: &Library, results: &[ArticleIx], state: &ViewState) -> DocumentList {
    let data = library.data();
    let mut seen = vec![false; data.documents.len()];
    let mut named: Vec<DocIx> = Vec::new();
    for article in results.iter().filter_map(|&ix| data.get(ix)) {
        for DocIx(i) in article
            .docs
            .iter()
            .filter_map(|id| library.catalog().document(id))
        {
            if let Some(slot) = seen.get_mut(i).filter(|s| !**s) {
                *slot = true;
                named.push(DocIx(i));
            }
        }
    }
    let chosen = |facet: FacetKind| -> Vec<String> {
        state
            .selected
            .values(facet)
            .iter()
            .map(|v| value_key(v))
            .collect()
    };
    let (types, statuses) = (chosen(FacetKind::DocType), chosen(FacetKind::DocStatus));
    named.retain(|&DocIx(i)| {
        let Some(doc) = data.documents.get(i) else {
            return false;
        };
        let stage = latest(doc).map(|s| value_key(s.stage.as_str()));
        (types.is_empty() || types.contains(&value_key(doc.kind.as_str())))
            && (statuses.is_empty() || stage.is_some_and(|s| statuses.contains(&s)))
    });
    let words = number_terms(&terms(&state.q));
    let by_query = !words.is_empty()
        && named
            .iter()
            .any(|&DocIx(i)| data.documents.get(i).is_some_and(|d| names(d, &words)));
    if by_query {
        named.retain(|&DocIx(i)| data.documents.get(i).is_some_and(|d| names(d, &words)));
    }
    // Latest step first; a document with no dated step after every dated one.
    sort_by_cached_key(&mut named, |&DocIx(i)| {
        let doc = data.documents.get(i);
        let date = doc.and_then(latest).and_then(|s| Fuzzy::parse(&s.date));
        (date.is_none(), Reverse(date), doc.map(|d| fold(&d.title)))
    });
    DocumentList {
        documents: named,
        by_query,
    }
}

/// Whether every word of a search is in the record's title, short name or number.
fn names(doc: &Document, words: &[String]) -> bool {
    let key = DocNumber::parse(&doc.number)
        .map(|n| n.key())
        .unwrap_or_default();
    let text = fold(&format!("{} {} {} {key}", doc.title, doc.short, doc.number));
    words.iter().all(|w| text.contains(w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::fixtures;
    use crate::logic::url::parse;
    use crate::model::{Dataset, DocKind, DocStep, Stage};

    fn doc(id: &str, number: &str, kind: DocKind, stage: Stage, date: &str) -> Document {
        Document {
            id: id.into(),
            title: id.replace('-', " "),
            short: String::new(),
            number: number.into(),
            kind,
            issuer: String::new(),
            steps: vec![DocStep {
                stage,
                date: date.into(),
                until: String::new(),
                article: "a".into(),
            }],
            relations: vec![],
        }
    }

    fn data() -> Dataset {
        let mut a = fixtures::article("a", &[], "");
        a.docs = vec!["gb-21670".into(), "data-security-law".into()];
        let mut b = fixtures::article("b", &[], "");
        b.docs = vec!["data-security-law".into(), "old-plan".into()];
        let mut data = fixtures::dataset(vec![a, b]);
        data.documents = vec![
            doc(
                "gb-21670",
                "GB 21670",
                DocKind::Mandatory,
                Stage::Published,
                "2020-01",
            ),
            doc(
                "data-security-law",
                "",
                DocKind::Law,
                Stage::InForce,
                "2021-09-01",
            ),
            doc("old-plan", "", DocKind::Plan, Stage::Published, "2016-05"),
        ];
        data
    }

    fn titles(data: &Dataset, results: &[usize], query: &str) -> Vec<String> {
        let results: Vec<ArticleIx> = results.iter().map(|&i| ArticleIx(i)).collect();
        let state = parse(query).0;
        let library = Library::new(data.clone());
        list(&library, &results, &state)
            .documents
            .iter()
            .filter_map(|&DocIx(i)| Some(data.documents.get(i)?.id.clone()))
            .collect()
    }

    #[test]
    fn the_matching_articles_documents_latest_step_first_each_once() {
        let data = data();
        assert_eq!(
            titles(&data, &[0, 1], ""),
            ["data-security-law", "gb-21670", "old-plan"]
        );
        assert_eq!(titles(&data, &[1], ""), ["data-security-law", "old-plan"]);
        assert!(titles(&data, &[], "").is_empty());
    }

    #[test]
    fn type_and_status_narrow_the_documents_not_only_the_articles() {
        let data = data();
        assert_eq!(titles(&data, &[0, 1], "doctype=gb"), ["gb-21670"]);
        assert_eq!(
            titles(&data, &[0, 1], "docstatus=published"),
            ["gb-21670", "old-plan"]
        );
        assert_eq!(
            titles(&data, &[0, 1], "doctype=law&docstatus=published"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_number_in_any_spelling_and_a_short_name_find_the_articles_naming_it() {
        let mut data = data();
        if let Some(law) = data.documents.get_mut(1) {
            law.short = "DSL".into();
        }
        let catalog = crate::logic::catalog::Catalog::new(&data);
        let found = |query: &str| {
            let ids: Vec<String> = crate::logic::filter::filter(&data, &catalog, &parse(query).0)
                .into_iter()
                .filter_map(|ix| Some(data.get(ix)?.id.clone()))
                .collect();
            ids
        };
        // Neither article's text prints the number or the short name.
        for query in ["q=GB21670", "q=gb+21670", "q=GB+21670-2003"] {
            assert_eq!(found(query), ["a"], "{query}");
        }
        assert!(
            found("q=GB%2FT+21670").is_empty(),
            "GB/T 21670 is another standard"
        );
        let mut both = found("q=DSL");
        both.sort();
        assert_eq!(both, ["a", "b"]);
        // The facets read the records: a mandatory standard, a law in force.
        assert_eq!(found("doctype=gb"), ["a"]);
        assert_eq!(found("docstatus=in-force").len(), 2);
    }

    #[test]
    fn a_document_chip_names_the_document_by_its_title() {
        let data = data();
        let chips: Vec<String> = parse("doc=gb-21670")
            .0
            .filters(Some(&data))
            .into_iter()
            .map(|f| f.label)
            .collect();
        assert_eq!(chips, ["Document: gb 21670"]);
    }

    #[test]
    fn a_search_for_a_number_lists_that_document() {
        let data = data();
        let library = Library::new(data.clone());
        for query in ["q=GB21670", "q=gb+21670", "q=GB%2FT+21670"] {
            let state = parse(query).0;
            let found = list(&library, &[ArticleIx(0)], &state);
            let expected = if query.contains("%2F") {
                vec![]
            } else {
                vec![DocIx(0)]
            };
            if expected.is_empty() {
                assert!(!found.by_query, "{query}: GB/T is another standard");
            } else {
                assert!(found.by_query, "{query}");
                assert_eq!(found.documents, expected, "{query}");
            }
        }
    }
}
