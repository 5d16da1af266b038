//! Records read from articles written for the test in the newsletter's manner.

use super::sentence::tests::extractor;
use super::*;
use crate::logic::fixtures::article;
use crate::model::Block;

/// The records of articles of paragraphs, as the importer makes them.
fn records_of(articles: &[(&str, &[&str])]) -> Vec<Document> {
    let extractor = extractor();
    let mut articles: Vec<Article> = articles
        .iter()
        .map(|(id, paragraphs)| {
            let mut a = article(id, &[], "");
            a.body = paragraphs
                .iter()
                .map(|p| Block::Paragraph {
                    text: p.to_string(),
                })
                .collect();
            a.docs = extractor.find_in(&a).docs;
            a
        })
        .collect();
    records(
        &extractor,
        &Finder::new().unwrap(),
        Year::Always(2022),
        &mut articles,
    )
    .unwrap()
}

fn steps(doc: &Document) -> Vec<String> {
    doc.steps
        .iter()
        .map(|s| format!("{} {} {} {}", s.stage.as_str(), s.date, s.until, s.article))
        .collect()
}

fn by_id<'a>(docs: &'a [Document], id: &str) -> &'a Document {
    docs.iter().find(|d| d.id == id).unwrap()
}

#[test]
fn a_sentence_without_a_document_speaks_of_the_one_before_and_a_deadline_closes_the_call() {
    let docs = records_of(&[(
        "a",
        &[
            "On 10 June 2022, the Export Law was adopted by the NPC Standing Committee. It will \
             be effective as of 1 September 2022.",
            "In July 2022, MIIT called for public comments on the Guidelines on Sensors. The \
             deadline for submitting comments is August 5, 2022.",
        ],
    )]);
    let law = by_id(&docs, "export-law");
    assert_eq!(law.issuer, "NPCSC");
    assert_eq!(law.short, "EXL");
    assert_eq!(
        steps(law),
        vec!["adopted 2022-06-10  a", "in-force 2022-09-01  a"]
    );
    let guidelines = by_id(&docs, "guidelines-on-sensors");
    assert_eq!(guidelines.issuer, "MIIT");
    assert_eq!(steps(guidelines), vec!["draft 2022-07 2022-08-05 a"]);
}

#[test]
fn a_revision_named_in_the_article_takes_its_call_and_the_edition_keeps_its_own_dates() {
    let revision = "On 2 March 2022, CAC announced the revision of the Measures for Review \
                    (effective since 1 May 2019), soliciting public comments until 30 March 2022.";
    let docs = records_of(&[
        (
            "b",
            &[revision, "The text of the revised Measures for Review is online."],
        ),
        (
            "c",
            &["The revised Measures for Review and the Notice on Chips were issued in March 2022."],
        ),
    ]);
    let base = by_id(&docs, "measures-for-review");
    assert_eq!(steps(base), vec!["in-force 2019-05-01  b"]);
    assert_eq!(base.issuer, "");
    let revised = by_id(&docs, "measures-for-review-revised");
    assert_eq!(revised.issuer, "CAC");
    // Issued in the month its call for comments opened: that draft.
    assert_eq!(
        steps(revised),
        vec!["draft 2022-03  c", "draft 2022-03-02 2022-03-30 b"]
    );
    assert_eq!(
        steps(by_id(&docs, "notice-on-chips")),
        vec!["published 2022-03  c"]
    );
    // An article that does not name the revision speaks of the edition it revises.
    let docs = records_of(&[("d", &[revision])]);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].issuer, "CAC");
    assert_eq!(
        steps(&docs[0]),
        vec!["in-force 2019-05-01  d", "draft 2022-03-02 2022-03-30 d"]
    );
}

#[test]
fn a_title_names_its_owner_and_relations_point_at_records() {
    let docs = records_of(&[(
        "e",
        &[
            "The SAC Strategy 2030 guides the work.",
            "In May 2022, MIIT published the Rules for Flying Drones, which replace the 2019 \
             Rules for Drones.",
            "Aiming to implement the above documents, CAC drafted the Guidelines on Sensors.",
        ],
    )]);
    assert_eq!(by_id(&docs, "sac-strategy-2030").issuer, "SAC");
    let rules = by_id(&docs, "rules-for-flying-drones");
    let relations = |doc: &Document| -> Vec<String> {
        doc.relations
            .iter()
            .map(|r| format!("{} {}", r.relation.as_str(), r.document))
            .collect()
    };
    assert_eq!(relations(rules), vec!["replaces rules-for-drones-2019"]);
    assert_eq!(
        relations(by_id(&docs, "guidelines-on-sensors")),
        vec![
            "implements rules-for-flying-drones",
            "implements rules-for-drones-2019"
        ]
    );
}
