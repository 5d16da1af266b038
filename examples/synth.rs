//! Seeded synthetic data for the benchmark and the browser tests, built from the real archive:
//!
//!     synth COUNT OUT.json                  one schema-1 file of COUNT articles
//!     synth --archive ISSUES PER OUT_DIR    an archive: OUT_DIR/archive.json and ISSUES issue
//!                                           files of PER articles, one every two months
//!
//! Built with the app's own model types from the words, sections and tags of the real issue,
//! at realistic lengths: titles of 6–14 words, summaries of 40–80, bodies of 300–800 in
//! paragraphs, 1–5 tags from a Zipf-distributed vocabulary of 300, 0–3 events each.

// Indices below come from ranges over the very slices they index.
#![allow(clippy::indexing_slicing)]

use std::process::ExitCode;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use standards_radar::build::archive_files::{sha256_hex, to_file_bytes};
use standards_radar::logic::archive::{IssueEntry, Manifest, ARCHIVE_SCHEMA};
use standards_radar::model::{
    Article, Block, Dataset, Event, EventKind, Publication, SCHEMA_VERSION,
};

const SEED: u64 = 20_210_607;
const TAG_VOCABULARY: usize = 300;

const REAL: &str = "public/data/archive.json";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--archive") {
        return match archive(&args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("synth: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let mut args = args.into_iter();
    let (Some(count), Some(out)) = (
        args.next().and_then(|n| n.parse::<usize>().ok()),
        args.next(),
    ) else {
        eprintln!("usage: synth COUNT OUT.json");
        return ExitCode::FAILURE;
    };
    let real = match standards_radar::build::archive_files::read_dataset(REAL) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let data = synthesize(&real, count, &Span::years(2011, 2021), "article");
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

/// The months articles are dated in: `first` to `first + months - 1`, counted from year 0.
struct Span {
    first: u32,
    months: u32,
}

impl Span {
    fn years(from: u32, to: u32) -> Span {
        Span {
            first: from * 12,
            months: (to - from + 1) * 12,
        }
    }

    fn month(&self, n: u32) -> (u32, u32) {
        let m = self.first + n;
        (m / 12, m % 12 + 1)
    }
}

fn archive(args: &[String]) -> Result<(), String> {
    let number = |i: usize| -> Result<usize, String> {
        args.get(i)
            .and_then(|n| n.parse().ok())
            .ok_or("usage: synth --archive ISSUES PER OUT_DIR".into())
    };
    let (issues, per) = (number(1)?, number(2)?);
    let out = std::path::PathBuf::from(args.get(3).ok_or("OUT_DIR is missing")?);
    let real = standards_radar::build::archive_files::read_dataset(REAL)?;
    std::fs::create_dir_all(out.join("issues")).map_err(|e| e.to_string())?;
    let mut entries = Vec::new();
    let mut bytes_total = 0;
    // The newest issue covers June–July 2021 like the real one; each earlier one two months before.
    let newest_first_month = 2021 * 12 + 5;
    for k in 0..issues {
        let first = newest_first_month - 2 * (issues - 1 - k) as u32;
        let span = Span { first, months: 2 };
        let (year, month) = span.month(0);
        let id = format!("synthetic-{year:04}-{month:02}");
        let mut data = synthesize(&real, per, &span, &id);
        data.publication.issue = format!("Synthetic issue {}", k + 1);
        let bytes = to_file_bytes(&data)?;
        let (p_year, p_month) = span.month(2);
        let entry = IssueEntry {
            file: format!("issues/{id}.json"),
            id,
            title: format!("Synthetic issue {} ({year}-{month:02})", k + 1),
            published: format!("{p_year:04}-{p_month:02}"),
            articles: data.articles.len(),
            sha256: sha256_hex(&bytes),
        };
        std::fs::write(out.join(&entry.file), &bytes).map_err(|e| e.to_string())?;
        bytes_total += bytes.len();
        entries.push(entry);
    }
    let manifest = Manifest {
        schema_version: ARCHIVE_SCHEMA,
        title: "Synthetic archive".into(),
        publisher: "Standards Radar benchmark".into(),
        issues: entries,
    };
    std::fs::write(out.join("archive.json"), to_file_bytes(&manifest)?)
        .map_err(|e| e.to_string())?;
    println!(
        "{}: {issues} issues of {per} articles, {bytes_total} bytes",
        out.display()
    );
    Ok(())
}

fn synthesize(real: &Dataset, count: usize, span: &Span, id_prefix: &str) -> Dataset {
    // The single file keeps the seed of earlier benchmark runs; each issue has its own.
    let salt = if id_prefix == "article" {
        0
    } else {
        id_prefix.bytes().map(u64::from).sum()
    };
    let mut rng = StdRng::seed_from_u64(SEED ^ salt);
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
            let (year, month) = span.month(rng.random_range(0..span.months));
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
                    id: format!("{id_prefix}-{i}-e{e}"),
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
                id: format!("{id_prefix}-{i}"),
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
                issue: String::new(),
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
        documents: vec![],
        issues: vec![],
        skipped: vec![],
    }
}
