//! What `make import-check` prints of the field scores (`truth_score`) of one text (the seed,
//! or one of its layout variants), and whether each field reaches its target. The targets and
//! the conventions a draft may differ from the print by are here, in one place.

use crate::build::import::truth_score::Field;

/// The seed issue's text: every field must reach this.
pub const SEED_TARGET: f64 = 95.0;
/// Each layout variant of the seed (`tests/import-variants/`): every field must reach this.
pub const VARIANT_TARGET: f64 = 90.0;
/// Misses listed per field; the rest are counted.
pub const MISSES_SHOWN: usize = 10;
/// Characters of an expected or found text shown in a miss.
const SHOWN_CHARS: usize = 110;

/// What the importer writes differently from the print by design, not by misreading: where a
/// draft's text equals the truth's only after one of these, it counts, and the check says how
/// many did (`Field::by_convention`). (field, the convention).
pub const CONVENTIONS: &[(&str, &str)] = &[
    (
        "section",
        "section and tag names in title case, the archive's spelling (import::fold_into)",
    ),
    (
        "tags (articles printing hashtags)",
        "section and tag names in title case, the archive's spelling (import::fold_into)",
    ),
    (
        "summary (articles the Takeaways summarise)",
        "a summary is the Takeaways' opening sentence, and the next when it fits \
         (sentences::summary)",
    ),
    (
        "events (recall, kind and start)",
        "a call for comments is one consultation from the day it opens to the day it closes, \
         where the truth has a publication and a deadline",
    ),
    (
        "paragraphs (in order)",
        "pointers to the PDF's footnotes (\"click here\", \"available at:\") worded for the links \
         listed below the article (import::pointer_wording)",
    ),
    (
        "paragraphs (in order)",
        "a \"Label: value\" line is a list item, and a numbered name's one-sentence explanation \
         is joined to it as one (\"Name: explanation\", blocks::is_detail and blocks::is_name)",
    ),
    (
        "headings (in order)",
        "a \"Label: value\" line is a list item, and a numbered name's one-sentence explanation \
         is joined to it as one (\"Name: explanation\", blocks::is_detail and blocks::is_name)",
    ),
    (
        "headings (in order)",
        "a heading without its number and colon (\"1. Entry requirements:\" is \"Entry \
         requirements\", blocks::heading_at)",
    ),
];

/// The truth's sections that are a person's judgement, not printed: left out of the section
/// share (`truth_score`), with the reason.
pub const JUDGED_SECTIONS: &[(&str, &str)] = &[(
    "Standardization",
    "the text prints no section banner above the issue's first articles; the truth's writer \
     chose this name (its notes: strictly as printed it is empty)",
)];

/// The verdict on one text.
#[derive(Debug, Default)]
pub struct Verdict {
    pub lines: Vec<String>,
    /// Fields below target, or with nothing to measure.
    pub below: Vec<String>,
}

/// The lines printed for `text`'s fields, and the fields that fail `target`.
pub fn verdict(text: &str, target: f64, fields: &[Field]) -> Verdict {
    let mut v = Verdict::default();
    for field in fields {
        let reached = field.share.reaches(target);
        let mark = if reached {
            String::new()
        } else if field.share.of == 0 {
            "  FAILS: nothing measured".to_string()
        } else {
            format!("  BELOW TARGET {target} %")
        };
        if !reached {
            v.below.push(format!("{text}: {}", field.name));
        }
        let convention = if field.by_convention > 0 {
            format!(" ({} by the importer's convention)", field.by_convention)
        } else {
            String::new()
        };
        v.lines.push(format!(
            "    {}: {}{convention}{mark}",
            field.name,
            field.share.shown()
        ));
        for m in field.misses.iter().take(MISSES_SHOWN) {
            v.lines.push(format!(
                "      miss: {}: expected {} | got {}",
                cut(&m.article, 50),
                cut(&m.expected, SHOWN_CHARS),
                cut(&m.got, SHOWN_CHARS)
            ));
        }
        if field.misses.len() > MISSES_SHOWN {
            v.lines.push(format!(
                "      … and {} more",
                field.misses.len() - MISSES_SHOWN
            ));
        }
    }
    v
}

/// `text` quoted, cut to `n` characters.
fn cut(text: &str, n: usize) -> String {
    let mut out: String = text.chars().take(n).collect();
    if text.chars().count() > n {
        out.push('…');
    }
    format!("“{out}”")
}

/// The closing lines of the check: the conventions counted.
pub fn legend() -> Vec<String> {
    let mut lines = vec![
        "  the importer's conventions (a draft equal to the truth only after one counts):"
            .to_string(),
    ];
    let mut seen: Vec<&str> = Vec::new();
    for (_, what) in CONVENTIONS {
        if !seen.contains(what) {
            seen.push(what);
            lines.push(format!("    - {what}"));
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::import::score::Share;

    fn field(name: &'static str, hits: usize, of: usize) -> Field {
        Field {
            name,
            share: Share { hits, of },
            by_convention: 0,
            misses: Vec::new(),
        }
    }

    #[test]
    fn an_empty_field_fails_the_check() {
        let v = verdict("seed", SEED_TARGET, &[field("date", 0, 0)]);
        assert_eq!(v.below, vec!["seed: date".to_string()]);
        assert!(v.lines.iter().any(|l| l.contains("FAILS")), "{:?}", v.lines);
        let v = verdict("seed", SEED_TARGET, &[field("date", 19, 20)]);
        assert!(v.below.is_empty());
        let v = verdict("seed", SEED_TARGET, &[field("date", 18, 20)]);
        assert_eq!(v.below.len(), 1);
    }
}
