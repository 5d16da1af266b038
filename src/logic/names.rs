//! Who: the full name, Chinese name and kind of each organisation the articles name. The organisations
//! themselves (their ids, their order, which article names which) are the Org facet's
//! vocabulary (`logic::vocabulary`); this adds what the dataset's `organisations` table says
//! of each, by the same `ValueId`, so there is one vocabulary of organisations, not two.

use crate::logic::registry::Source;
use crate::logic::vocabulary::{FacetIndex, ValueId};
use crate::model::{ArticleIx, OrgKind};

/// What the dataset says of one organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgInfo {
    /// The short name readers use, and the `org` URL value: `MIIT`.
    pub id: String,
    /// "Ministry of Industry and Information Technology"; the id again when the dataset does
    /// not list the organisation.
    pub name: String,
    /// Its official Chinese name, "工业和信息化部"; empty when the dataset has none.
    pub zh: String,
    pub kind: OrgKind,
}

#[derive(Debug, Default)]
pub struct Names {
    /// Per value of the Org facet's vocabulary, in its order.
    orgs: Vec<OrgInfo>,
}

impl Names {
    /// `orgs`: the Org facet of the same dataset.
    pub fn new(source: &Source, orgs: &FacetIndex) -> Names {
        Names {
            orgs: orgs
                .vocabulary()
                .iter()
                .map(|(_, value)| {
                    let listed = source.organisation(value.name());
                    OrgInfo {
                        id: value.name().to_string(),
                        name: listed.map_or_else(|| value.name().to_string(), |o| o.name.clone()),
                        zh: listed.map(|o| o.name_zh.clone()).unwrap_or_default(),
                        kind: listed.map_or(OrgKind::Other, |o| o.kind),
                    }
                })
                .collect(),
        }
    }

    pub fn org(&self, id: ValueId) -> Option<&OrgInfo> {
        self.orgs.get(id.at())
    }

    /// The organisations an article names, each once, in the article's order.
    pub fn orgs_of<'a>(
        &'a self,
        facet: &'a FacetIndex,
        ix: ArticleIx,
    ) -> impl Iterator<Item = &'a OrgInfo> {
        facet.values_of(ix).iter().filter_map(|id| self.org(*id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::fixtures::{article, dataset};
    use crate::logic::registry::FacetKind;
    use crate::model::{Article, Organisation};

    #[test]
    fn each_organisation_of_the_facet_with_its_full_name_and_kind() {
        let mut data = dataset(vec![
            Article {
                orgs: vec!["MIIT".into(), "CAC".into(), "MIIT".into()],
                ..article("a", &[], "")
            },
            Article {
                orgs: vec!["MIIT".into()],
                ..article("b", &[], "")
            },
        ]);
        data.organisations = vec![Organisation {
            id: "MIIT".into(),
            name: "Ministry of Industry and Information Technology".into(),
            name_zh: "工业和信息化部".into(),
            kind: OrgKind::Ministry,
        }];
        let source = Source::new(&data);
        let facet = FacetIndex::new(FacetKind::Org, &source);
        let names = Names::new(&source, &facet);
        let of = |ix: usize| -> Vec<(&str, &str, OrgKind)> {
            names
                .orgs_of(&facet, ArticleIx(ix))
                .map(|o| (o.id.as_str(), o.name.as_str(), o.kind))
                .collect()
        };
        // An organisation the dataset does not list keeps its id as its name.
        assert_eq!(
            of(0),
            vec![
                (
                    "MIIT",
                    "Ministry of Industry and Information Technology",
                    OrgKind::Ministry
                ),
                ("CAC", "CAC", OrgKind::Other)
            ]
        );
        let miit = facet.vocabulary().find("miit").and_then(|id| names.org(id));
        assert_eq!(miit.map(|o| o.kind), Some(OrgKind::Ministry));
        assert_eq!(miit.map(|o| o.zh.as_str()), Some("工业和信息化部"));
        let cac = facet.vocabulary().find("CAC").and_then(|id| names.org(id));
        assert_eq!(
            cac.map(|o| o.zh.as_str()),
            Some(""),
            "none where none is listed"
        );
    }
}
