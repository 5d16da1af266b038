//! `import --check`: the importer without corrections scored on the committed issue, then field
//! by field against the issue's hand-checked truth on its text and on each of its layout
//! variants; with corrections, the committed issue file byte for byte.

use std::path::Path;

use standards_radar::build::archive_files::{issue_path, read_manifest, to_file_bytes};
use standards_radar::build::import::corrections::Corrections;
use standards_radar::build::import::score::score;
use standards_radar::build::import::truth::Truth;
use standards_radar::build::import::truth_check::{legend, verdict, SEED_TARGET, VARIANT_TARGET};
use standards_radar::build::import::truth_score::{self, Scoring};
use standards_radar::build::import::variants::{section_in, Variant};
use standards_radar::model::{Article, Dataset};

use super::{corrections, import, Imported, Text};

/// Every share of `--check` against the committed issue must reach this.
const TARGET: f64 = 95.0;
/// The hand-checked expectation of an issue, written without the importer's output.
const TRUTH: &str = "tests/import-truth";
/// The seed issue printed in the newsletter's earlier layouts (`build::import::variants`).
const VARIANTS: &str = "tests/import-variants";

pub fn check(text: &Text, issue: &str, archive: &str) -> Result<(), String> {
    let manifest = read_manifest(archive)?;
    let entry = manifest
        .issues
        .iter()
        .find(|e| e.id == issue)
        .ok_or(format!("{archive} lists no issue {issue}"))?;
    let committed_path = issue_path(Path::new(archive), entry);
    let committed_bytes =
        std::fs::read(&committed_path).map_err(|e| format!("{}: {e}", committed_path.display()))?;
    let committed = Dataset::from_json(&committed_bytes).map_err(|e| e.to_string())?;

    let Imported {
        data: raw,
        not_found,
        ..
    } = import(text, issue, archive, &Corrections::default(), true)?;
    let scores = score(&raw.articles, &committed.articles);
    println!("import-check, {issue} without corrections, against the committed issue:");
    let mut missed = Vec::new();
    // Every article the issue announces is found, or the check names the ones lost.
    for title in &not_found {
        println!("  announced but not found: “{title}”");
    }
    for (name, share) in scores.lines() {
        println!("  {name}: {}", share.shown());
        if !share.reaches(TARGET) {
            missed.push(name.to_string());
        }
    }

    if scores.without_hashtags > 0 {
        println!(
            "  articles printed without hashtags (tags from corrections): {}",
            scores.without_hashtags
        );
    }
    let corrected = import(text, issue, archive, &corrections(None, issue)?, false)?.data;
    // As add_issue writes it: the file names its issue and archive.
    let mut corrected = corrected;
    corrected.publication.title = manifest.title.clone();
    corrected.publication.publisher = manifest.publisher.clone();
    corrected.publication.issue = entry.title.clone();
    let same = to_file_bytes(&corrected)? == committed_bytes;
    println!(
        "  with dataset/corrections/{issue}.json: {}",
        if same {
            "byte-identical to the committed file"
        } else {
            "DIFFERENT from the committed file"
        }
    );
    missed.extend(against_truth(issue, archive, &raw.articles)?);
    if !not_found.is_empty() {
        return Err(format!(
            "{} article(s) the issue announces were not found",
            not_found.len()
        ));
    }
    if !missed.is_empty() {
        return Err(format!("below target: {}", missed.join(", ")));
    }
    if !same {
        return Err(format!(
            "the import with corrections is not {}: run make dataset",
            committed_path.display()
        ));
    }
    Ok(())
}

/// The importer without corrections against the issue's truth file (when it has one), field
/// by field: on the text itself, then on each of its layout variants, each imported as this
/// issue. The fields below their target (and not excepted), named.
fn against_truth(issue: &str, archive: &str, draft: &[Article]) -> Result<Vec<String>, String> {
    let path = format!("{TRUTH}/{issue}.json");
    if !Path::new(&path).exists() {
        println!("  no {path}: nothing to score field by field");
        return Ok(Vec::new());
    }
    let bytes = std::fs::read(&path).map_err(|e| format!("{path}: {e}"))?;
    let truth = Truth::from_json(&bytes).map_err(|e| format!("{path}: {e}"))?;
    let mut below = Vec::new();
    let as_printed = |s: &str| s.to_string();
    let seed = Scoring {
        section: &as_printed,
        hashtags: true,
    };
    println!(
        "import-check, {issue} without corrections, field by field against {path} (target {SEED_TARGET} %):"
    );
    println!("  tags are scored only on articles that print hashtags (the truth's tags are those printed)");
    let fields = truth_score::score(draft, &truth, &seed);
    let v = verdict("seed", SEED_TARGET, &fields);
    v.lines.iter().for_each(|l| println!("{l}"));
    below.extend(v.below);
    for variant in Variant::ALL {
        let path = format!("{VARIANTS}/{}", variant.file_name());
        let variant_text = Text {
            bytes: std::fs::read(&path).map_err(|e| format!("{path}: {e}"))?,
            path: path.clone(),
        };
        let Imported {
            data,
            not_found,
            contents,
            ..
        } = import(
            &variant_text,
            issue,
            archive,
            &Corrections::default(),
            false,
        )?;
        let section = move |s: &str| section_in(variant, s);
        // The earlier layouts print no hashtags: there are no tags to score.
        let how = Scoring {
            section: &section,
            hashtags: false,
        };
        println!(
            "import-check, {path} (the seed in an earlier layout, no hashtags: tags not scored) against {TRUTH}/{issue}.json (target {VARIANT_TARGET} %):"
        );
        if variant == Variant::Damaged2019 {
            println!("  its dates are printed in the earlier forms (\"10th Jun 2021\"): texts are compared with dates in one form, and events by their dates");
        }
        // The import's own checks: what the Takeaways and the contents list announce is found.
        let mut lost: Vec<String> = not_found
            .iter()
            .map(|t| format!("announced but not found: “{t}”"))
            .collect();
        if let Some(check) = contents {
            lost.extend(
                (check.not_found.iter())
                    .map(|t| format!("in the contents list but not found in the text: “{t}”")),
            );
            lost.extend(
                (check.not_listed.iter())
                    .map(|t| format!("printed in the text but not in the contents list: “{t}”")),
            );
        }
        for line in &lost {
            println!("  {line}");
            below.push(format!("{}: {line}", variant.file_name()));
        }
        let fields = truth_score::score(&data.articles, &truth, &how);
        let v = verdict(variant.file_name(), VARIANT_TARGET, &fields);
        v.lines.iter().for_each(|l| println!("{l}"));
        below.extend(v.below);
    }
    legend().iter().for_each(|l| println!("{l}"));
    Ok(below)
}
