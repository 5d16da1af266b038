use super::*;
use crate::build::extract::Tables;
use crate::model::{DocKind, DocRelation, DocStep, Relation, Stage};

fn extractor() -> Extractor {
    let tables: Tables = serde_json::from_str(
        r#"{
        "organisations": [
            {"id": "MIIT", "name": "Ministry of Industry and Information Technology",
             "kind": "ministry", "aliases": ["MIIT", "Ministry of Industry and Information Technology"]},
            {"id": "SAC", "name": "Standardization Administration of China",
             "kind": "ministry", "aliases": ["SAC"]}
        ],
        "documents": [
            {"name": "Measures for Review", "aliases": ["Measures for Review"]},
            {"name": "Old Plan", "aliases": ["Old Plan"]}
        ]
    }"#,
    )
    .unwrap();
    Extractor::new(&tables).unwrap()
}

fn doc(id: &str, title: &str, kind: DocKind) -> Document {
    Document {
        id: id.into(),
        title: title.into(),
        short: String::new(),
        number: String::new(),
        kind,
        issuer: String::new(),
        steps: Vec::new(),
        relations: Vec::new(),
    }
}

fn step(stage: Stage, date: &str) -> DocStep {
    DocStep {
        stage,
        date: date.into(),
        until: String::new(),
        article: "a".into(),
    }
}

fn read(title: &str, kind: &str) -> ReadRecord {
    ReadRecord {
        title: title.into(),
        kind: kind.into(),
        ..ReadRecord::default()
    }
}

fn read_step(stage: &str, date: &str) -> ReadStep {
    ReadStep {
        stage: stage.into(),
        date: date.into(),
        until: String::new(),
        article: "a".into(),
    }
}

#[test]
fn an_empty_share_fails_and_never_scores_100() {
    let (lines, failures) = verdict(&RecordScore::default(), GATES);
    assert_eq!(failures.len(), GATES.len(), "{failures:?}");
    assert!(lines.iter().all(|l| !l.contains("100")), "{lines:?}");
    assert!(failures.iter().all(|f| f.contains("nothing to measure")));
    assert_eq!(percent(Share { hits: 0, of: 0 }), None);
    assert_eq!(
        percent(Share { hits: 53, of: 58 }).as_deref(),
        Some("91.4% (53/58)")
    );
}

#[test]
fn a_measure_without_a_gate_fails() {
    let mut score = RecordScore::default();
    score.kind.right = 1;
    let (_, failures) = verdict(&score, &[("records recall", 0.5)]);
    assert!(failures
        .iter()
        .any(|f| f == "document records, type has no target"));
}

#[test]
fn a_wrong_field_counts_as_a_miss() {
    let mut got = doc("measures-for-review", "Measures for Review", DocKind::Plan);
    got.issuer = "SAC".into();
    got.steps = vec![
        step(Stage::Published, "2021-07"),
        step(Stage::InForce, "2021-09-01"),
    ];
    let mut want = read("Measures for Review", "measures");
    want.issuer = "MIIT".into();
    want.steps = vec![
        read_step("published", "2021-07"),
        read_step("draft", "2021-06"),
    ];
    let score = score(&extractor(), &[want.clone()], &[got.clone()]);
    assert_eq!(score.records.right, 1);
    assert_eq!(score.kind.share(), Share { hits: 0, of: 1 });
    assert_eq!(
        score.kind.wrong,
        vec!["Measures for Review: expected \"measures\", got \"plan\""]
    );
    assert_eq!(score.issuer.share(), Share { hits: 0, of: 1 });
    // Neither side has a number: nothing to measure, not 100 %.
    assert_eq!(score.number.share(), Share { hits: 0, of: 0 });
    assert_eq!(score.steps.right, 1);
    assert_eq!(
        score.steps.missed,
        vec!["Measures for Review: draft 2021-06 (a)"]
    );
    assert_eq!(
        score.steps.false_positives,
        vec!["Measures for Review: in-force 2021-09-01 (a)"]
    );
    // The issuer by any of its printed forms, or a co-issuer.
    want.issuer = "Ministry of Industry and Information Technology".into();
    got.issuer = "MIIT".into();
    let right = super::score(&extractor(), &[want.clone()], &[got.clone()]);
    assert_eq!(right.issuer.share(), Share { hits: 1, of: 1 });
    want.co_issuers = vec!["SAC".into()];
    got.issuer = "SAC".into();
    let co = super::score(&extractor(), &[want], &[got]);
    assert_eq!(co.issuer.share(), Share { hits: 1, of: 1 });
}

#[test]
fn editions_pair_by_revision_and_year_and_relations_by_partners() {
    let mut base = doc(
        "measures-for-review",
        "Measures for Review",
        DocKind::Measures,
    );
    base.steps = vec![step(Stage::InForce, "2020-06-01")];
    let mut revised = doc(
        "measures-for-review-revised",
        "Measures for Review (revised)",
        DocKind::Measures,
    );
    revised.steps = vec![step(Stage::Draft, "2021-07-10")];
    revised.relations = vec![
        DocRelation {
            relation: Relation::Revises,
            document: "measures-for-review".into(),
        },
        DocRelation {
            relation: Relation::Implements,
            document: "old-plan".into(),
        },
    ];
    let stray = doc("old-plan", "Old Plan", DocKind::Plan);
    let edition = |e: &str| ReadRecord {
        edition: Some(e.into()),
        ..read("Measures for Review", "measures")
    };
    let mut new = edition("2021 revision");
    new.aka = vec!["revised Measures for Review".into()];
    new.relations = vec![ReadRelation {
        relation: "revises".into(),
        document: "Measures for Review".into(),
        edition: Some("2020".into()),
    }];
    // The data lists the revision first: the pairing still goes by edition.
    let docs = [revised, base, stray];
    let score = score(
        &extractor(),
        &[edition("2020"), new, edition("1996")],
        &docs,
    );
    assert_eq!(score.records.right, 2);
    assert_eq!(
        score.records.missed,
        vec!["Measures for Review (edition: 1996)"]
    );
    assert_eq!(score.records.false_positives, vec!["Old Plan (old-plan)"]);
    assert_eq!(score.steps.right, 0);
    assert_eq!(score.relations.right, 1);
    assert_eq!(
        score.relations.false_positives,
        vec!["Measures for Review (edition: 2021 revision): implements Old Plan (old-plan)"]
    );
}
