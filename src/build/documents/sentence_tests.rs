//! The sentence reader on sentences written for the test in the newsletter's manner (not its
//! own sentences), over a small table.

use super::*;
use crate::build::extract::{Extractor, Tables};

pub(crate) fn extractor() -> Extractor {
    let tables: Tables = serde_json::from_str(
        r#"{
        "organisations": [
            {"id": "MIIT", "name": "Ministry of Industry and Information Technology", "kind": "ministry",
             "aliases": ["MIIT", "Ministry of Industry and Information Technology"]},
            {"id": "SAC", "name": "Standardization Administration of China", "kind": "ministry",
             "aliases": ["SAC"]},
            {"id": "CAC", "name": "Cyberspace Administration of China", "kind": "ministry",
             "aliases": ["CAC", "Cyberspace Administration of China"]},
            {"id": "State Council", "name": "State Council", "kind": "ministry",
             "aliases": ["State Council"]},
            {"id": "NPCSC", "name": "Standing Committee of the National People's Congress", "kind": "ministry",
             "aliases": ["NPC Standing Committee"]}
        ],
        "documents": [
            {"name": "Export Law", "aliases": ["Export Law", "EXL"]},
            {"name": "Measures for Review", "aliases": ["Measures for Review"]},
            {"name": "Grid Plan", "aliases": ["Grid Plan"]},
            {"name": "Cloud Plan", "aliases": ["Cloud Plan"]},
            {"name": "Guidelines on Sensors", "aliases": ["Guidelines on Sensors"]},
            {"name": "Rules for Drones (2019)", "aliases": ["Rules for Drones"]},
            {"name": "Rules for Flying Drones", "aliases": ["Rules for Flying Drones"]},
            {"name": "Notice on Chips", "aliases": ["Notice on Chips"]},
            {"name": "SAC Strategy 2030", "aliases": ["SAC Strategy 2030"]}
        ]
    }"#,
    )
    .unwrap();
    Extractor::new(&tables).unwrap()
}

fn read(sentence: &str) -> (Said, String) {
    let spots = extractor().spots(sentence);
    (Reader::new().unwrap().read(&spots), spots.text)
}

fn named(name: &str) -> Target {
    Target::Named(name.into())
}

#[test]
fn an_active_verb_names_the_body_before_it_and_the_documents_after_it() {
    let (said, _) = read(
        "On 3 May 2022, MIIT and SAC released the Grid Plan and the Cloud Plan, which aim at 2025.",
    );
    assert_eq!(said.acts.len(), 1);
    assert_eq!(said.acts[0].issuer.as_deref(), Some("MIIT"));
    assert_eq!(said.acts[0].objects, vec!["Grid Plan", "Cloud Plan"]);
    assert_eq!(said.subject, vec!["Grid Plan", "Cloud Plan"]);
    // "which" ends the list: a document after it is no object.
    let (said, _) = read("SAC issued the Grid Plan, which is based on the Cloud Plan.");
    assert_eq!(said.subject, vec!["Grid Plan"]);
    assert_eq!(said.relations, vec![], "'based on' is no relation");
}

#[test]
fn a_passive_verb_names_the_document_before_it_and_the_body_after_by() {
    let (said, _) =
        read("Last week the Export Law (EXL) was adopted by the NPC Standing Committee.");
    assert_eq!(said.acts[0].objects, vec!["Export Law"]);
    assert_eq!(said.acts[0].issuer.as_deref(), Some("NPCSC"));
    assert_eq!(said.shorts, vec![("Export Law".into(), "EXL".into())]);
    // Without "by", no issuer.
    let (said, _) = read("The Export Law was recently released.");
    assert_eq!(said.acts[0].objects, vec!["Export Law"]);
    assert_eq!(said.acts[0].issuer, None);
}

#[test]
fn a_participle_after_a_title_names_its_issuer_and_a_body_before_a_title_too() {
    let (said, _) = read(
        "SAC published the Guidelines on Sensors, to fulfil the requirements of the \
         “Grid Plan” (issued by the State Council), and the “Cloud Plan”.",
    );
    let issuers: Vec<(Vec<String>, Option<String>)> = said
        .acts
        .iter()
        .map(|a| (a.objects.clone(), a.issuer.clone()))
        .collect();
    assert_eq!(
        issuers,
        vec![
            (vec!["Guidelines on Sensors".into()], Some("SAC".into())),
            (vec!["Grid Plan".into()], Some("State Council".into())),
        ]
    );
    assert_eq!(
        said.relations,
        vec![
            (Relation::Implements, named("Grid Plan")),
            (Relation::Implements, named("Cloud Plan"))
        ]
    );
    assert_eq!(said.subject, vec!["Guidelines on Sensors"]);
    let (said, _) = read("Chips: MIIT Notice on Chips; CAC's Notice on Chips.");
    assert_eq!(
        said.attributed,
        vec![
            ("Notice on Chips".into(), "MIIT".into()),
            ("Notice on Chips".into(), "CAC".into())
        ]
    );
}

#[test]
fn what_a_document_implements_and_replaces() {
    let (said, _) = read(
        "To implement the Grid Plan and the Cloud Plan, SAC issued the Guidelines on Sensors in 2019.",
    );
    assert_eq!(said.subject, vec!["Guidelines on Sensors"]);
    assert_eq!(
        said.relations,
        vec![
            (Relation::Implements, named("Grid Plan")),
            (Relation::Implements, named("Cloud Plan"))
        ]
    );
    let (said, _) = read(
        "MIIT published the Rules for Flying Drones, which will replace the 2019 Rules for Drones.",
    );
    assert_eq!(said.subject, vec!["Rules for Flying Drones"]);
    assert_eq!(
        said.relations,
        vec![(Relation::Replaces, named("Rules for Drones (2019)"))]
    );
    let (said, _) =
        read("Aiming to implement the above documents, a group revised the Guidelines on Sensors.");
    assert_eq!(said.relations, vec![(Relation::Implements, Target::Above)]);
    assert_eq!(said.subject, vec!["Guidelines on Sensors"]);
    // A law "implemented from" a date implements nothing.
    let (said, _) = read("The Export Law will be implemented from May 2022.");
    assert_eq!(said.relations, vec![]);
}

#[test]
fn a_date_belongs_to_its_parenthesis_else_to_the_nearest_verb() {
    let (said, text) = read(
        "On 2 March 2022, CAC announced the revision of the Measures for Review (effective \
         since 1 May 2019), soliciting public comments until 30 March 2022.",
    );
    let at = |date: &str| text.find(date).unwrap();
    assert_eq!(said.dated(at("1 May 2019")), vec!["Measures for Review"]);
    assert_eq!(
        said.dated(at("until 30 March")),
        vec!["Measures for Review (revised)"]
    );
    assert_eq!(said.acts[0].issuer.as_deref(), Some("CAC"));
    let (said, _) = read("The Grid Plan (hereinafter referred to as the “Plan”) is new.");
    assert_eq!(said.shorts, vec![("Grid Plan".into(), "Plan".into())]);
}
