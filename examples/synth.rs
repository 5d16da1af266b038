//! A seeded synthetic archive for the benchmark: `cargo run --release --example synth -- N OUT`.
//!
//! Built with the app's own model types from the words, sections and tags of the real issue,
//! at realistic lengths: titles of 6–14 words, summaries of 40–80, bodies of 300–800 in
//! paragraphs, 1–5 tags from a Zipf-distributed vocabulary of 300, 0–3 events each.

// Indices below come from ranges over the very slices they index.
#![allow(clippy::indexing_slicing)]

use std::process::ExitCode;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use standards_radar::model::{
    Article, Block, Dataset, Event, EventKind, Publication, SCHEMA_VERSION,
};

const SEED: u64 = 20_210_607;
const TAG_VOCABULARY: usize = 300;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(count), Some(out)) = (
        args.next().and_then(|n| n.parse::<usize>().ok()),
        args.next(),
    ) else {
        eprintln!("usage: synth COUNT OUT.json");
        return ExitCode::FAILURE;
    };
    let real = match Dataset::read_file("public/data/articles.json") {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let data = synthesize(&real, count);
    let json = match serde_json::to_vec(&data) {
        Ok(j) => j,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    // A fresh clone has no bench/data/ yet: make the folder the file goes in.
    let folder = std::path::Path::new(&out).parent();
    if let Err(e) = folder.map_or(Ok(()), std::fs::create_dir_all) {
        eprintln!("{out}: {e}");
        return ExitCode::FAILURE;
    }
    if let Err(e) = std::fs::write(&out, &json) {
        eprintln!("{out}: {e}");
        return ExitCode::FAILURE;
    }
    println!("{out}: {count} articles, {} bytes", json.len());
    ExitCode::SUCCESS
}

fn synthesize(real: &Dataset, count: usize) -> Dataset {
    let mut rng = StdRng::seed_from_u64(SEED);
    let words: Vec<String> = real
        .articles
        .iter()
        .flat_map(|a| {
            a.body
                .iter()
                .flat_map(|b| b.texts())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .flat_map(|t| t.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .filter(|w| w.chars().all(|c| c.is_alphanumeric() || c == '-'))
        .collect();
    let mut tags: Vec<String> = real.articles.iter().flat_map(|a| a.tags.clone()).collect();
    tags.sort();
    tags.dedup();
    let mut n = 1;
    while tags.len() < TAG_VOCABULARY {
        tags.push(format!("Topic {n}"));
        n += 1;
    }
    // Zipf (s = 1): the k-th tag is chosen with weight 1/k.
    let weights: Vec<f64> = (1..=tags.len()).map(|k| 1.0 / k as f64).collect();
    let total: f64 = weights.iter().sum();
    let sections: Vec<String> = {
        let mut s: Vec<String> = real.articles.iter().map(|a| a.section.clone()).collect();
        s.dedup();
        s
    };
    let text = |rng: &mut StdRng, low: usize, high: usize| -> String {
        let n = rng.random_range(low..=high);
        let mut out: Vec<&str> = Vec::with_capacity(n);
        for _ in 0..n {
            let i = rng.random_range(0..words.len().max(1));
            out.push(words.get(i).map(String::as_str).unwrap_or("standard"));
        }
        let mut s = out.join(" ");
        s.push('.');
        s
    };
    let kinds = EventKind::ALL;
    let articles = (0..count)
        .map(|i| {
            let year = rng.random_range(2011..=2021);
            let month = rng.random_range(1..=12);
            let day = rng.random_range(1..=28);
            let tag_count = rng.random_range(1..=5);
            let mut chosen: Vec<String> = Vec::new();
            while chosen.len() < tag_count {
                let mut pick = rng.random_range(0.0..total);
                let mut k = 0;
                while let Some(w) = weights.get(k) {
                    if pick < *w {
                        break;
                    }
                    pick -= w;
                    k += 1;
                }
                if let Some(tag) = tags.get(k.min(tags.len() - 1)) {
                    if !chosen.contains(tag) {
                        chosen.push(tag.clone());
                    }
                }
            }
            let body_words = rng.random_range(300..=800);
            let mut body = Vec::new();
            let mut left = body_words;
            while left > 0 {
                let n = left.min(rng.random_range(40..=120));
                body.push(Block::Paragraph {
                    text: text(&mut rng, n, n),
                });
                left -= n;
            }
            let events = (0..rng.random_range(0..=3))
                .map(|e| Event {
                    id: format!("a{i}-e{e}"),
                    title: text(&mut rng, 4, 10),
                    kind: kinds[rng.random_range(0..kinds.len())],
                    start: format!("{year:04}-{month:02}-{:02}", rng.random_range(1..=28)),
                    end: None,
                    time: None,
                    end_time: None,
                    timezone: None,
                    location: None,
                })
                .collect();
            Article {
                id: format!("article-{i}"),
                title: text(&mut rng, 6, 14).trim_end_matches('.').to_string(),
                section: sections[rng.random_range(0..sections.len())].clone(),
                date: format!("{year:04}-{month:02}-{day:02}"),
                tags: chosen,
                summary: text(&mut rng, 40, 80),
                body,
                links: vec![],
                events,
                // Up to three of the real dataset's organisations, for the organisation facet.
                orgs: {
                    let mut orgs: Vec<String> = Vec::new();
                    for _ in 0..rng.random_range(0..=3) {
                        if let Some(org) = real
                            .organisations
                            .get(rng.random_range(0..real.organisations.len().max(1)))
                        {
                            if !orgs.contains(&org.id) {
                                orgs.push(org.id.clone());
                            }
                        }
                    }
                    orgs
                },
                docs: vec![],
            }
        })
        .collect();
    Dataset {
        schema_version: SCHEMA_VERSION,
        publication: Publication {
            title: "Synthetic archive".into(),
            issue: format!("{count} articles"),
            publisher: "Standards Radar benchmark".into(),
            source: "examples/synth.rs".into(),
        },
        articles,
        organisations: real.organisations.clone(),
        skipped: vec![],
    }
}
