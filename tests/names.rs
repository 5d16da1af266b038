//! The reviewed name table (`dataset/names.json`) as the importer reads it: one spelling names
//! one body, a project is no document, and editions the text tells apart stay apart.

// A test stops at the line that failed.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing)]

use std::collections::BTreeMap;

use standards_radar::build::extract::{normal_form, Extractor, Tables};

fn tables() -> Tables {
    serde_json::from_slice(&std::fs::read("dataset/names.json").unwrap()).unwrap()
}

fn extractor() -> Extractor {
    Extractor::new(&tables()).unwrap()
}

#[test]
fn every_spelling_names_one_organisation_and_one_document() {
    let tables = tables();
    let mut orgs: BTreeMap<String, &str> = BTreeMap::new();
    for o in &tables.organisations {
        for alias in o.aliases.iter().chain(std::iter::once(&o.id)) {
            if let Some(other) = orgs.insert(alias.clone(), &o.id) {
                assert_eq!(other, o.id, "{alias:?} names both {other} and {}", o.id);
            }
        }
    }
    let mut docs: BTreeMap<String, &str> = BTreeMap::new();
    for d in &tables.documents {
        for alias in &d.aliases {
            if let Some(other) = docs.insert(normal_form(alias), &d.name) {
                assert_eq!(
                    other, d.name,
                    "{alias:?} names both {other:?} and {:?}",
                    d.name
                );
            }
        }
    }
}

#[test]
fn a_project_is_not_a_document() {
    let found = extractor().find("Since the China Standards 2035 project is considered the driver");
    assert_eq!(found.docs, Vec::<String>::new());
}

#[test]
fn the_2021_road_test_rules_replace_the_2018_rules_and_are_not_them() {
    let found = extractor().find(
        "published the Rules for Road Test and Demonstration Application of Intelligent \
         Connected Vehicles (Trial), which will replace the 2018 Rules for ICV Road Test",
    );
    assert_eq!(found.docs.len(), 2, "{:?}", found.docs);
    assert_ne!(found.docs[0], found.docs[1]);
}

#[test]
fn cen_and_cenelec_are_two_bodies_and_companies_are_none() {
    let e = extractor();
    assert_eq!(
        e.find("Experts from CEN-CENELEC attended").orgs,
        vec!["CEN", "CENELEC"]
    );
    let found = e.find("Siemens, Mitsubishi Motors, Schneider, Phoenix Contact, and Rockwell");
    assert_eq!(found.orgs, Vec::<String>::new());
}

#[test]
fn committees_are_organisations_with_full_names() {
    let e = extractor();
    let found = e.find("key technical committees such as SAC/TC28, SAC/TC124 and ISO/TC20/SC17");
    assert_eq!(
        found.orgs,
        vec!["SAC/TC 28", "SAC/TC 124", "ISO/TC 20/SC 17"],
        "SAC/TC 28 is the table's own entry"
    );
    for id in &found.orgs {
        let org = e.organisation(id).unwrap();
        assert!(org.name.len() > id.len(), "{id}: {}", org.name);
    }
}

/// Every Chinese ministry and agency of the table carries its official Chinese name, so that
/// searching by it finds the body; a Chinese name is Chinese characters only.
#[test]
fn every_chinese_ministry_and_agency_has_its_chinese_name() {
    use standards_radar::model::OrgKind;
    let tables = tables();
    let missing: Vec<&str> = tables
        .organisations
        .iter()
        .filter(|o| o.kind == OrgKind::Ministry && o.name_zh.is_empty())
        .map(|o| o.id.as_str())
        .collect();
    assert!(
        missing.is_empty(),
        "ministries without a Chinese name: {missing:?}"
    );
    for o in &tables.organisations {
        assert!(
            o.name_zh
                .chars()
                .all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{}: {:?} is not a Chinese name",
            o.id,
            o.name_zh
        );
    }
    let miit = tables.organisations.iter().find(|o| o.id == "MIIT");
    assert_eq!(miit.map(|o| o.name_zh.as_str()), Some("工业和信息化部"));
}
