//! Times the explorer's pure logic on a synthetic archive, natively:
//! `cargo run --release --example bench_logic -- bench/data/articles-10000.json` (a single
//! file) or `… -- bench/data/archive-500x200/archive.json` (an archive, all its issues).
//! Prints one JSON object of medians and p95s (ms); `make bench` collects it.

use std::hint::black_box;
use std::process::ExitCode;
use std::time::Instant;

use standards_radar::build::archive_files::read_dataset;
use standards_radar::logic::calendar::{default_month, month_grid, occurrences};
use standards_radar::logic::catalog::Catalog;
use standards_radar::logic::filter::{filter, select};
use standards_radar::logic::registry::FacetKind;
use standards_radar::logic::url::parse;

const WARM_UP: usize = 5;
const RUNS: usize = 15;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: bench_logic DATASET.json");
        return ExitCode::FAILURE;
    };
    let (parse_ms, data) = time_once(|| read_dataset(&path));
    let data = match data {
        Ok(data) => data,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let (catalog_ms, catalog) = time_once(|| Catalog::new(&data));
    let top_tag = catalog
        .facet(FacetKind::Tag)
        .vocabulary()
        .iter()
        .max_by_key(|(_, t)| t.total())
        .map(|(_, t)| t.name().to_string())
        .unwrap_or_default();
    let (tag_view, _) = parse(&format!("tag={}", top_tag.replace(' ', "+")));
    let (search_view, _) = parse("q=standardization+data");
    // The word index is built by the first search: timed on its own.
    let (index_ms, _) = time_once(|| filter(&data, &catalog, &search_view).len());

    // A tag click: the list, the facet counts (the cloud) and the calendar month, recomputed.
    let recompute = stats(|| {
        let selection = select(&data, &catalog, &tag_view);
        let (results, facets) = (&selection.results, &selection.facets);
        let events = occurrences(&data, results, &tag_view.event_kinds());
        let (year, month) = default_month(&events, time::macros::date!(2021 - 07 - 01));
        black_box((
            results.len(),
            facets.of(FacetKind::Tag).len(),
            month_grid(year, month).len(),
        ));
    });
    let search = stats(|| {
        black_box(filter(&data, &catalog, &search_view).len());
    });
    println!(
        "{{\"articles\":{},\"parse_ms\":{parse_ms:.2},\"catalog_ms\":{catalog_ms:.2},\"first_search_ms\":{index_ms:.2},\
         \"recompute_median_ms\":{:.3},\"recompute_p95_ms\":{:.3},\
         \"search_median_ms\":{:.3},\"search_p95_ms\":{:.3}}}",
        data.articles.len(),
        recompute.0,
        recompute.1,
        search.0,
        search.1
    );
    ExitCode::SUCCESS
}

fn time_once<T>(f: impl FnOnce() -> T) -> (f64, T) {
    let start = Instant::now();
    let out = f();
    (start.elapsed().as_secs_f64() * 1000.0, out)
}

/// Median and p95 (ms) over `RUNS` runs after `WARM_UP`.
fn stats(mut f: impl FnMut()) -> (f64, f64) {
    for _ in 0..WARM_UP {
        f();
    }
    let mut times: Vec<f64> = (0..RUNS).map(|_| time_once(&mut f).0).collect();
    times.sort_by(f64::total_cmp);
    let at = |q: f64| {
        times
            .get(((times.len() as f64 - 1.0) * q).round() as usize)
            .copied()
            .unwrap_or(0.0)
    };
    (at(0.5), at(0.95))
}
