//! The newsletter's earlier layouts: each variant of the seed issue (`tests/import-variants/`,
//! made by `build::import::variants`) imports as the seed does, article by article — titles,
//! sections, paragraphs and the dates of events — each share at 90 % at least.
//!
//! `UPDATE_VARIANTS=1 cargo test --test import_layouts` writes the fixtures again; without it,
//! a committed fixture that is not what the generator makes fails the test.

// A test stops at the line that failed: helpers may unwrap like the tests themselves.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing)]

mod draft;
use draft::draft_without_corrections;

use std::collections::HashMap;

use regex::Regex;
use standards_radar::build::import::variants::{render, section_in, Variant};
use standards_radar::model::{Article, Block};

const SEED: &str = "../shared/seed/000_2f23be253f1a08a5.txt";
const SEED_ISSUE: &str = "2021-06-07";
const FIXTURES: &str = "tests/import-variants";
/// Each share must reach this.
const TARGET: f64 = 90.0;

fn seed() -> String {
    std::fs::read_to_string(SEED)
        .expect("the seed text: lay the project's shared/ folder beside this repository")
}

fn import(text: &str) -> Vec<Article> {
    draft_without_corrections(text.as_bytes()).data.articles
}

/// How many of how many.
#[derive(Default, Clone, Copy)]
struct Share(usize, usize);

impl Share {
    fn add(&mut self, hit: bool) {
        self.0 += usize::from(hit);
        self.1 += 1;
    }
    fn percent(self) -> f64 {
        self.0 as f64 * 100.0 / self.1.max(1) as f64
    }
}

/// A paragraph as the seed prints it: the damaged variant prints "10th Jun 2021" for
/// "10 June 2021", which is the same paragraph.
fn canonical(text: &str) -> String {
    let ordinal = Regex::new(r"\b(\d{1,2})(?:st|nd|rd|th)\b").unwrap();
    let short = Regex::new(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b").unwrap();
    let text = ordinal.replace_all(text, "$1");
    short
        .replace_all(&text, |c: &regex::Captures| {
            let full = [
                "January",
                "February",
                "March",
                "April",
                "June",
                "July",
                "August",
                "September",
                "September",
                "October",
                "November",
                "December",
            ];
            let names = [
                "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            ];
            let at = names.iter().position(|n| *n == &c[1]).unwrap();
            full[at].to_string()
        })
        .into_owned()
}

fn paragraphs(article: &Article) -> Vec<String> {
    article
        .body
        .iter()
        .flat_map(|b| match b {
            Block::Paragraph { text } => vec![canonical(text)],
            Block::List { items, .. } => items.iter().map(|i| canonical(i)).collect(),
            _ => vec![],
        })
        .collect()
}

struct Shares {
    titles: Share,
    sections: Share,
    paragraphs: Share,
    events: Share,
    events_precision: Share,
}

fn compare(variant: Variant, seed: &[Article], drafted: &[Article]) -> Shares {
    let mut s = Shares {
        titles: Share::default(),
        sections: Share::default(),
        paragraphs: Share::default(),
        events: Share::default(),
        events_precision: Share::default(),
    };
    for (n, expected) in seed.iter().enumerate() {
        // The article of the same title, else the one in the same place.
        let found = drafted
            .iter()
            .find(|a| a.title == expected.title)
            .or_else(|| drafted.get(n));
        s.titles
            .add(found.is_some_and(|a| a.title == expected.title));
        if !expected.section.is_empty() {
            let section = section_in(variant, &expected.section);
            s.sections.add(found.is_some_and(|a| a.section == section));
        }
        let mut printed: HashMap<String, usize> = HashMap::new();
        for p in found.map(paragraphs).unwrap_or_default() {
            *printed.entry(p).or_default() += 1;
        }
        for p in paragraphs(expected) {
            let left = printed.get_mut(&p).filter(|n| **n > 0);
            s.paragraphs.add(left.map(|n| *n -= 1).is_some());
        }
        let mut dates: Vec<(String, Option<String>)> = expected
            .events
            .iter()
            .map(|e| (e.start.clone(), e.end.clone()))
            .collect();
        for e in found.map(|a| a.events.as_slice()).unwrap_or_default() {
            let at = dates
                .iter()
                .position(|d| *d == (e.start.clone(), e.end.clone()));
            s.events_precision.add(at.is_some());
            if let Some(at) = at {
                dates.swap_remove(at);
                s.events.add(true);
            }
        }
        for _ in dates {
            s.events.add(false);
        }
    }
    s
}

#[test]
fn the_committed_fixtures_are_what_the_generator_makes() {
    let seed = seed();
    let update = std::env::var_os("UPDATE_VARIANTS").is_some();
    for variant in Variant::ALL {
        let made = render(&seed, SEED_ISSUE, variant).unwrap();
        let path = format!("{FIXTURES}/{}", variant.file_name());
        if update {
            std::fs::write(&path, &made).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == made,
            "{path} is not what build::import::variants makes: run UPDATE_VARIANTS=1 cargo test --test import_layouts"
        );
    }
}

#[test]
fn each_earlier_layout_imports_as_the_seed_does() {
    let seed = import(&seed());
    assert_eq!(seed.len(), 26);
    let mut failures = Vec::new();
    for variant in Variant::ALL {
        let path = format!("{FIXTURES}/{}", variant.file_name());
        let drafted = import(&std::fs::read_to_string(&path).unwrap());
        let s = compare(variant, &seed, &drafted);
        println!(
            "{variant:?}: {} articles (the seed: {})",
            drafted.len(),
            seed.len()
        );
        for (name, share) in [
            ("titles", s.titles),
            ("sections", s.sections),
            ("paragraphs", s.paragraphs),
            ("event dates (recall)", s.events),
            ("event dates (precision)", s.events_precision),
        ] {
            println!(
                "  {name}: {:.1} % ({} of {})",
                share.percent(),
                share.0,
                share.1
            );
            if share.1 > 0 && share.percent() < TARGET {
                failures.push(format!("{variant:?} {name}: {:.1} %", share.percent()));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The ligature repair measured on words its lists were not built from: the seed's words with
/// the fixture's glyphs lost, mended with the general English list alone, then with the lists
/// and the archive as an import has them.
#[test]
fn broken_words_mended_with_and_without_the_newsletter_s_own_words() {
    use standards_radar::build::import::ligatures::mend_ligatures;
    use standards_radar::build::import::variants_damage::lose_ligatures;
    use standards_radar::build::import::words::Words;
    let seed = seed();
    let broken = lose_ligatures(&seed);
    let mut shares = Vec::new();
    for (name, words) in [
        ("general list only", Words::general()),
        ("committed lists", Words::committed()),
    ] {
        let mended = mend_ligatures(&broken, &words);
        let (mut lost, mut back, mut wrong) = (0, 0, 0);
        for ((original, damaged), repaired) in seed
            .split_whitespace()
            .zip(broken.split_whitespace())
            .zip(mended.split_whitespace())
        {
            if original != damaged {
                lost += 1;
                back += usize::from(repaired == original);
            }
            wrong += usize::from(repaired != original && repaired != damaged);
        }
        let share = back as f64 * 100.0 / lost.max(1) as f64;
        println!("{name}: {share:.1} % of broken words mended ({back} of {lost}), {wrong} mended into a wrong word");
        shares.push(share);
    }
    assert!(shares.iter().all(|s| *s >= 50.0));
}
