//! Who and which documents: the organisations and documents a dataset's articles name, as
//! vocabularies with typed ids, built once with the catalog.

use crate::logic::order::sort_by_cached_key;
use crate::logic::text::fold;
use crate::logic::text::value_key;
use crate::model::{ArticleIx, Dataset, OrgKind};

/// An organisation: its position in `Names::orgs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct OrgId(pub usize);

/// A document: its position in `Names::docs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DocId(pub usize);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgInfo {
    /// The short name readers use, and the `org` URL value: `MIIT`.
    pub id: String,
    /// "Ministry of Industry and Information Technology"; the id again when the dataset does
    /// not list the organisation.
    pub name: String,
    pub kind: OrgKind,
    /// How many articles name it.
    pub total: usize,
}

#[derive(Debug, Default)]
pub struct Names {
    /// Every organisation the articles name, by id in name order.
    pub orgs: Vec<OrgInfo>,
    /// Every document the articles cite, in name order.
    pub docs: Vec<String>,
    /// Per article, its organisations and documents, each once.
    by_article: Vec<(Vec<OrgId>, Vec<DocId>)>,
}

impl Names {
    pub fn new(data: &Dataset) -> Names {
        let mut orgs: Vec<OrgInfo> = Vec::new();
        let mut docs: Vec<String> = Vec::new();
        for article in &data.articles {
            for (n, org) in article.orgs.iter().enumerate() {
                // An article that names an organisation twice counts once.
                if article.orgs.iter().take(n).any(|earlier| earlier == org) {
                    continue;
                }
                match orgs.iter_mut().find(|o| o.id == *org) {
                    Some(info) => info.total += 1,
                    None => {
                        let listed = data.organisations.iter().find(|o| o.id == *org);
                        orgs.push(OrgInfo {
                            id: org.clone(),
                            name: listed.map_or_else(|| org.clone(), |o| o.name.clone()),
                            kind: listed.map_or(OrgKind::Other, |o| o.kind),
                            total: 1,
                        });
                    }
                }
            }
            for doc in &article.docs {
                if !docs.contains(doc) {
                    docs.push(doc.clone());
                }
            }
        }
        sort_by_cached_key(&mut orgs, |o| fold(&o.id));
        sort_by_cached_key(&mut docs, |d| fold(d));
        let by_article = data
            .articles
            .iter()
            .map(|a| {
                let mut org_ids: Vec<OrgId> = Vec::new();
                for id in a
                    .orgs
                    .iter()
                    .filter_map(|o| orgs.iter().position(|i| i.id == *o))
                {
                    if !org_ids.contains(&OrgId(id)) {
                        org_ids.push(OrgId(id));
                    }
                }
                let mut doc_ids: Vec<DocId> = Vec::new();
                for id in a
                    .docs
                    .iter()
                    .filter_map(|d| docs.iter().position(|i| i == d))
                {
                    if !doc_ids.contains(&DocId(id)) {
                        doc_ids.push(DocId(id));
                    }
                }
                (org_ids, doc_ids)
            })
            .collect();
        Names {
            orgs,
            docs,
            by_article,
        }
    }

    /// The organisation a URL value names, in any case or spacing.
    pub fn org(&self, spelling: &str) -> Option<OrgId> {
        let key = value_key(spelling);
        self.orgs
            .iter()
            .position(|o| value_key(&o.id) == key)
            .map(OrgId)
    }

    pub fn org_info(&self, id: OrgId) -> Option<&OrgInfo> {
        self.orgs.get(id.0)
    }

    /// The document a URL value names, in any case or spacing.
    pub fn doc(&self, spelling: &str) -> Option<DocId> {
        let key = value_key(spelling);
        self.docs
            .iter()
            .position(|d| value_key(d) == key)
            .map(DocId)
    }

    pub fn orgs_of(&self, ix: ArticleIx) -> &[OrgId] {
        self.by_article.get(ix.0).map_or(&[], |(orgs, _)| orgs)
    }

    pub fn docs_of(&self, ix: ArticleIx) -> &[DocId] {
        self.by_article.get(ix.0).map_or(&[], |(_, docs)| docs)
    }

    /// The full names of an article's organisations, for search: "industry and information
    /// technology" finds the MIIT articles.
    pub fn full_names_of(&self, ix: ArticleIx) -> impl Iterator<Item = &str> {
        self.orgs_of(ix)
            .iter()
            .filter_map(|id| self.orgs.get(id.0))
            .map(|o| o.name.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::fixtures::{article, dataset};
    use crate::model::{Article, Organisation};

    fn data() -> Dataset {
        let mut data = dataset(vec![
            Article {
                orgs: vec!["MIIT".into(), "CAC".into(), "MIIT".into()],
                docs: vec!["GB 21670".into()],
                ..article("a", &[], "")
            },
            Article {
                orgs: vec!["MIIT".into()],
                docs: vec!["Data Security Law".into(), "GB 21670".into()],
                ..article("b", &[], "")
            },
        ]);
        data.organisations = vec![Organisation {
            id: "MIIT".into(),
            name: "Ministry of Industry and Information Technology".into(),
            kind: OrgKind::Ministry,
        }];
        data
    }

    #[test]
    fn organisations_and_documents_as_vocabularies() {
        let names = Names::new(&data());
        let orgs: Vec<(&str, &str, usize)> = names
            .orgs
            .iter()
            .map(|o| (o.id.as_str(), o.name.as_str(), o.total))
            .collect();
        // An organisation the dataset does not list keeps its id as its name.
        assert_eq!(
            orgs,
            vec![
                ("CAC", "CAC", 1),
                ("MIIT", "Ministry of Industry and Information Technology", 2)
            ]
        );
        assert_eq!(names.docs, vec!["Data Security Law", "GB 21670"]);
        assert_eq!(names.orgs_of(ArticleIx(0)), &[OrgId(1), OrgId(0)]);
        assert_eq!(names.docs_of(ArticleIx(1)), &[DocId(0), DocId(1)]);
        assert_eq!(names.org("miit"), Some(OrgId(1)));
        assert_eq!(names.doc("gb21670"), Some(DocId(1)));
        assert_eq!(names.org("NOPE"), None);
        assert_eq!(
            names.full_names_of(ArticleIx(1)).collect::<Vec<_>>(),
            vec!["Ministry of Industry and Information Technology"]
        );
    }
}
