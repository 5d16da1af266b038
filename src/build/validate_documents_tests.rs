use super::*;
use crate::logic::fixtures::{article, dataset};
use crate::model::{DocRelation, DocStep, OrgKind, Organisation, Relation};

fn record(id: &str, kind: DocKind) -> Document {
    Document {
        id: id.into(),
        title: "A title".into(),
        short: String::new(),
        number: String::new(),
        kind,
        issuer: String::new(),
        steps: Vec::new(),
        relations: Vec::new(),
    }
}

fn step(stage: Stage, date: &str, until: &str, article: &str) -> DocStep {
    DocStep {
        stage,
        date: date.into(),
        until: until.into(),
        article: article.into(),
    }
}

/// A file of two articles, `a` naming both records and `b` none, and one organisation.
fn file(docs: Vec<Document>) -> Dataset {
    let mut a = article("a", &[], "Text.");
    a.docs = docs.iter().map(|d| d.id.clone()).collect();
    let mut data = dataset(vec![a, article("b", &[], "Text.")]);
    data.organisations = vec![Organisation {
        id: "MIIT".into(),
        name: "Ministry of Industry and Information Technology".into(),
        name_zh: String::new(),
        kind: OrgKind::Ministry,
    }];
    data.documents = docs;
    data
}

fn problems(data: &Dataset) -> Vec<String> {
    check(data).iter().map(ToString::to_string).collect()
}

fn assert_flags(problems: &[String], expected: &str) {
    assert!(
        problems.iter().any(|p| p == expected),
        "expected {expected:?}, got {problems:#?}"
    );
}

fn clean() -> Vec<Document> {
    let mut law = record("data-security-law", DocKind::Law);
    law.issuer = "MIIT".into();
    law.steps = vec![
        step(Stage::Draft, "2021-04", "2021-05-28", "a"),
        step(Stage::InForce, "2021-09-01", "", "a"),
    ];
    let mut standard = record("gb-t-22239-2019", DocKind::Recommended);
    standard.number = "GB/T 22239-2019".into();
    standard.relations = vec![DocRelation {
        relation: Relation::Implements,
        document: "data-security-law".into(),
    }];
    let mut act = record("regulation-eu-2019-1020", DocKind::EuRegulation);
    act.number = "Regulation (EU) 2019/1020".into();
    vec![law, standard, act]
}

#[test]
fn a_clean_file_passes() {
    assert_eq!(problems(&file(clean())), Vec::<String>::new());
}

#[test]
fn every_document_an_article_names_is_a_record_with_a_unique_slug() {
    let mut data = file(clean());
    data.articles[1].docs = vec!["GB 21670".into()];
    data.documents[1].id = "data-security-law".into();
    data.documents[2].id = "Regulation EU".into();
    let found = problems(&data);
    assert_flags(
        &found,
        "b / docs[0]: \"GB 21670\" is not a record of the file's documents",
    );
    assert_flags(
        &found,
        "dataset / documents[1].id: \"data-security-law\" is listed twice",
    );
    assert_flags(
        &found,
        "dataset / documents[2].id: \"Regulation EU\" must be non-empty and only a-z, 0-9 and '-'",
    );
}

#[test]
fn a_bad_number_is_named() {
    let with = |number: &str, kind: DocKind| {
        let mut docs = clean();
        docs[1].number = number.into();
        docs[1].kind = kind;
        problems(&file(docs))
    };
    let at = "dataset / documents[1].number: ";
    assert_flags(
        &with("GB/T", DocKind::Recommended),
        &format!("{at}“GB/T” has a prefix but no number"),
    );
    assert_flags(
        &with("XY 12345", DocKind::Other),
        &format!("{at}“XY 12345” has no known standard prefix"),
    );
    assert_flags(
        &with("GB 12345-2345", DocKind::Mandatory),
        &format!("{at}“GB 12345-2345” ends in 2345, which is not a year"),
    );
    assert_flags(
        &with("GB/T 22239-2019", DocKind::Mandatory),
        &format!("{at}\"GB/T 22239-2019\" has prefix GB/T (type gb-t), the record says gb"),
    );
    assert_flags(
        &with("Regulation (EU) 2019/1020", DocKind::EuDirective),
        &format!(
            "{at}\"Regulation (EU) 2019/1020\" is an EU act of type eu-regulation, the record says eu-directive"
        ),
    );
}

#[test]
fn steps_are_dated_closed_after_they_open_and_told_by_an_article_naming_them() {
    let mut docs = clean();
    docs[0].steps = vec![
        step(Stage::Published, "2021/06", "", "a"),
        step(Stage::Published, "2021-06-01", "2021-07-01", "a"),
        step(Stage::Draft, "2021-07-10", "2021-07-09", "a"),
        step(Stage::Draft, "2021-07", "2021-07-31", "a"),
        step(Stage::Draft, "2021-07-10", "soon", "z"),
        step(Stage::Adopted, "2021-06-10", "", "b"),
    ];
    let found = problems(&file(docs));
    let at = "dataset / documents[0].steps";
    assert_flags(
        &found,
        &format!("{at}[0].date: \"2021/06\" is not YYYY-MM-DD or YYYY-MM"),
    );
    assert_flags(
        &found,
        &format!("{at}[1].until: only a draft has a comment period, this step is published"),
    );
    assert_flags(
        &found,
        &format!("{at}[2].until: 2021-07-09 is before the step's date 2021-07-10"),
    );
    assert_flags(
        &found,
        &format!("{at}[4].until: \"soon\" is not YYYY-MM-DD or YYYY-MM"),
    );
    assert_flags(
        &found,
        &format!("{at}[4].article: \"z\" is not an article of the file"),
    );
    assert_flags(
        &found,
        &format!("{at}[5].article: \"b\" does not name \"data-security-law\""),
    );
    // A month-only draft closing within its month is fine.
    assert!(!found.iter().any(|p| p.contains("steps[3]")), "{found:#?}");
    assert_eq!(found.len(), 6, "{found:#?}");
}

#[test]
fn issuers_are_organisations_and_relations_point_at_other_records() {
    let mut docs = clean();
    docs[0].issuer = "Ministry of Magic".into();
    docs[1].relations.push(DocRelation {
        relation: Relation::Revises,
        document: "gb-t-22239-2008".into(),
    });
    docs[1].relations.push(DocRelation {
        relation: Relation::Replaces,
        document: "gb-t-22239-2019".into(),
    });
    let found = problems(&file(docs));
    assert_flags(
        &found,
        "dataset / documents[0].issuer: \"Ministry of Magic\" is not an organisation of the file",
    );
    assert_flags(
        &found,
        "dataset / documents[1].relations[1].document: \"gb-t-22239-2008\" is not another record of the file's documents",
    );
    assert_flags(
        &found,
        "dataset / documents[1].relations[2].document: \"gb-t-22239-2019\" is not another record of the file's documents",
    );
}
