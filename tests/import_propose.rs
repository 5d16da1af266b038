//! Tags proposed for articles printed without hashtags (`build::import::propose`), measured on
//! the seed: its hashtags stripped (the 2019 layout variant prints none), how many of the tags
//! it printed come back (recall), and how many proposals are printed tags (precision).

// A test stops at the line that failed: helpers may unwrap like the tests themselves.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing)]

mod draft;
use draft::draft_without_corrections;

use standards_radar::build::import::issue::Draft;
use standards_radar::build::import::propose::propose;
use standards_radar::logic::text::value_key;

const SEED: &str = "../shared/seed/000_2f23be253f1a08a5.txt";
const STRIPPED: &str = "tests/import-variants/layout-2019.txt";

fn import(path: &str) -> Draft {
    let bytes =
        std::fs::read(path).expect("the seed text beside this repository, and the fixtures");
    draft_without_corrections(&bytes)
}

/// (proposals that are printed tags, proposals, printed tags that were proposed, printed tags)
fn tally(pairs: &[(Vec<String>, Vec<String>)]) -> (usize, usize, usize, usize) {
    let mut t = (0, 0, 0, 0);
    for (proposed, printed) in pairs {
        let is_in =
            |tag: &String, list: &[String]| list.iter().any(|p| value_key(p) == value_key(tag));
        t.0 += proposed.iter().filter(|p| is_in(p, printed)).count();
        t.1 += proposed.len();
        t.2 += printed.iter().filter(|p| is_in(p, proposed)).count();
        t.3 += printed.len();
    }
    t
}

fn report(
    name: &str,
    (right, proposed, found, printed): (usize, usize, usize, usize),
) -> (f64, f64) {
    let precision = right as f64 * 100.0 / proposed.max(1) as f64;
    let recall = found as f64 * 100.0 / printed.max(1) as f64;
    println!("{name}: precision {precision:.1} % ({right} of {proposed} proposed), recall {recall:.1} % ({found} of {printed} printed)");
    (precision, recall)
}

#[test]
fn the_seed_s_printed_tags_come_back_as_proposals() {
    let seed = import(SEED).data.articles;
    let stripped = import(STRIPPED);
    assert!(
        stripped.data.articles.iter().all(|a| a.tags.is_empty()),
        "the 2019 layout prints no hashtags"
    );
    // The archive's vocabulary (its one issue is the seed's, curated: the most it can know).
    let pairs: Vec<(Vec<String>, Vec<String>)> = seed
        .iter()
        .filter(|a| !a.tags.is_empty())
        .map(|a| {
            let draft = stripped
                .data
                .articles
                .iter()
                .find(|d| d.title == a.title)
                .unwrap();
            let proposed = stripped
                .proposed_tags
                .iter()
                .find(|(id, _)| *id == draft.id)
                .map(|(_, tags)| tags.clone())
                .unwrap_or_default();
            (proposed, a.tags.clone())
        })
        .collect();
    let (precision, recall) = report("archive vocabulary", tally(&pairs));
    // Each article against the tags the issue's other articles print: a tag only it uses
    // cannot come back.
    let held_out: Vec<(Vec<String>, Vec<String>)> = seed
        .iter()
        .filter(|a| !a.tags.is_empty())
        .map(|a| {
            let others: Vec<String> = seed
                .iter()
                .filter(|o| o.id != a.id)
                .flat_map(|o| o.tags.iter().cloned())
                .collect();
            let mut bare = a.clone();
            bare.tags.clear();
            (propose(&bare, &others), a.tags.clone())
        })
        .collect();
    report("the other articles' tags only", tally(&held_out));
    assert!(
        precision >= 60.0 && recall >= 60.0,
        "proposals too far from the printed tags"
    );
}
