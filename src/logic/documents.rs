//! Documents as records: their numbers in one normal form from any spelling, their type from
//! the number's prefix or the title, where they stand today, and one record per id across the
//! issues of an archive.

use std::fmt;

use rustc_hash::FxHashMap;
use time::Date;

use crate::logic::dates::Fuzzy;
use crate::logic::text::value_key;
use crate::model::{Dataset, DocIx, DocKind, Document, Stage};

/// A dataset's records by id in any spelling (`text::value_key`, as every vocabulary compares
/// values), built once per dataset: the catalog owns it, and the facets, the search index,
/// the documents view and a document's screen look records up through it.
#[derive(Debug, Default)]
pub struct Records(FxHashMap<String, DocIx>);

impl Records {
    pub fn new(data: &Dataset) -> Records {
        let mut by_key = FxHashMap::default();
        for (i, doc) in data.documents.iter().enumerate() {
            // The first record of a key keeps it, as `merge` keeps the first of an id.
            by_key.entry(value_key(&doc.id)).or_insert(DocIx(i));
        }
        Records(by_key)
    }

    /// Where the record with this id (in any spelling) stands in the dataset's `documents`.
    pub fn find(&self, spelling: &str) -> Option<DocIx> {
        self.0.get(&value_key(spelling)).copied()
    }
}

/// A standard's number, its parts kept apart: `GB/T 12345.2-2021` is prefix `GB/T`, number
/// `12345`, parts `.2`, year 2021.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocNumber {
    /// As standards bodies write it: `GB/T`, `ISO/IEC`, `T/CSAE`, `DB11/T`, `ITU-T`.
    pub prefix: String,
    /// The number itself: `12345`, `Y.4000`.
    pub number: String,
    /// Parts and sections, with their separators: `.2`, `-3-3`.
    pub parts: String,
    pub year: Option<u16>,
    /// An amendment's number: `1` of `/Amd 1`, `/XG1`.
    pub amendment: Option<String>,
}

/// Why a spelling is not a standard's number.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NumberError {
    #[error("“{0}” has no known standard prefix")]
    UnknownPrefix(String),
    #[error("“{0}” has a prefix but no number")]
    NoNumber(String),
    #[error("“{0}” is not a standard's number")]
    Unreadable(String),
    #[error("“{0}” ends in {1}, which is not a year")]
    NotAYear(String, String),
}

/// Prefixes, longest first where one begins another, compared without spaces or slashes.
const PREFIXES: &[&str] = &[
    "ISO/IEC", "ISO", "IEC", "GB/T", "GB/Z", "GB", "YD/T", "YD", "JB/T", "JB", "YY/T", "YY",
    "QC/T", "QC", "SJ/T", "SJ", "GA/T", "GA", "JT/T", "JT", "JR/T", "JR", "HJ/T", "HJ", "NB/T",
    "NB", "DL/T", "DL", "EN",
];

/// The sector of a Chinese industry standard, by its prefix's letters.
const SECTORS: &[(&str, &str)] = &[
    ("YD", "telecommunications"),
    ("JB", "machinery"),
    ("YY", "medical devices"),
    ("QC", "automotive"),
    ("SJ", "electronics"),
    ("GA", "public security"),
    ("JT", "transport"),
    ("JR", "finance"),
    ("HJ", "environmental protection"),
    ("NB", "energy"),
    ("DL", "electric power"),
];

impl DocNumber {
    /// Reads a number as people write it: `GB/T 12345—2021`, `GBT12345-2021`, `gb/t 12345`,
    /// `ISO/IEC 27001:2013`, `T/CSAE 53-2017`, `DB11/T 1234-2020`, `ITU-T Y.4000`.
    pub fn parse(text: &str) -> Result<DocNumber, NumberError> {
        let spelled = text.trim();
        let upper: String = spelled
            .chars()
            .map(|c| match c {
                '—' | '–' | '‑' | '－' => '-',
                '／' => '/',
                '：' => ':',
                c => c.to_ascii_uppercase(),
            })
            .filter(|c| !c.is_whitespace())
            .collect();
        let (prefix, rest) =
            split_prefix(&upper).ok_or_else(|| NumberError::UnknownPrefix(spelled.to_string()))?;
        let (rest, amendment) = split_amendment(rest);
        // `Y.4000` for ITU-T, digits and dotted parts for everyone else.
        let in_number = |c: char| {
            c.is_ascii_digit() || c == '.' || (prefix == "ITU-T" && c.is_ascii_alphabetic())
        };
        let head_end = rest.find(|c: char| !in_number(c)).unwrap_or(rest.len());
        let (head, mut tail) = rest.split_at(head_end);
        let (number, dotted) = match head.find('.') {
            Some(at) if prefix != "ITU-T" => head.split_at(at),
            _ => (head, ""),
        };
        if !number.chars().any(|c| c.is_ascii_digit()) {
            return Err(NumberError::NoNumber(spelled.to_string()));
        }
        let mut parts = dotted.to_string();
        let mut year = None;
        while let Some(sep) = tail.chars().next().filter(|c| matches!(c, '-' | ':')) {
            let after = &tail[sep.len_utf8()..];
            let end = after
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(after.len());
            let (value, next) = after.split_at(end);
            if value.is_empty() {
                break;
            }
            let last = next.is_empty();
            // A year is the last group, or the one after `:`; four digits that are no year
            // there are an error, not a part.
            if (last || sep == ':') && value.len() >= 4 {
                match value.parse::<u16>() {
                    Ok(y) if (1900..=2100).contains(&y) => year = Some(y),
                    _ => return Err(NumberError::NotAYear(spelled.to_string(), value.into())),
                }
            } else {
                parts.push(sep);
                parts.push_str(value);
            }
            tail = next;
        }
        if !tail.is_empty() {
            return Err(NumberError::Unreadable(spelled.to_string()));
        }
        Ok(DocNumber {
            prefix,
            number: number.to_string(),
            parts,
            year,
            amendment,
        })
    }

    /// What a document with this number is.
    pub fn kind(&self) -> DocKind {
        match self.prefix.as_str() {
            "GB" => DocKind::Mandatory,
            "GB/T" => DocKind::Recommended,
            "GB/Z" => DocKind::Guidance,
            "ISO" | "IEC" | "ISO/IEC" | "ITU-T" => DocKind::International,
            "EN" => DocKind::European,
            p if p.starts_with("T/") => DocKind::Group,
            p if p.starts_with("DB") => DocKind::Local,
            _ if self.sector().is_some() => DocKind::Industry,
            _ => DocKind::Other,
        }
    }

    /// The sector of an industry standard: "telecommunications" for `YD/T`.
    pub fn sector(&self) -> Option<&'static str> {
        sector(self.prefix.get(..2)?)
    }

    /// The form search compares: lower case, no spaces or separators, no year, so every
    /// spelling of one standard (and each edition of it) shares it: `gbt12345.2`.
    pub fn key(&self) -> String {
        let compact: String = format!("{}{}{}", self.prefix, self.number, self.parts)
            .chars()
            .filter(|c| !matches!(c, '/' | '-'))
            .collect();
        compact.to_ascii_lowercase()
    }
}

impl fmt::Display for DocNumber {
    /// The normal form: `GB/T 12345.2-2021`, `ISO/IEC 27001:2013`, `ITU-T Y.4000`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}{}", self.prefix, self.number, self.parts)?;
        if let Some(year) = self.year {
            let international = matches!(self.prefix.as_str(), "ISO" | "IEC" | "ISO/IEC" | "EN");
            write!(f, "{}{year}", if international { ':' } else { '-' })?;
        }
        if let Some(amendment) = &self.amendment {
            write!(f, "/Amd {amendment}")?;
        }
        Ok(())
    }
}

fn sector(letters: &str) -> Option<&'static str> {
    SECTORS.iter().find(|(p, _)| *p == letters).map(|(_, s)| *s)
}

/// The prefix in its written form, and what follows it.
fn split_prefix(upper: &str) -> Option<(String, &str)> {
    if let Some(rest) = upper
        .strip_prefix("ITU-T")
        .or_else(|| upper.strip_prefix("ITUT"))
    {
        return Some(("ITU-T".to_string(), rest));
    }
    // Group standards: `T/` and the issuing body's letters.
    if let Some(rest) = upper.strip_prefix("T/") {
        let end = rest
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(rest.len());
        let (body, rest) = rest.split_at(end);
        return (!body.is_empty()).then(|| (format!("T/{body}"), rest));
    }
    // Local standards: `DB` and the province's two digits, recommended with `/T`.
    if let Some(rest) = upper.strip_prefix("DB") {
        let code: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if code.len() == 2 {
            let rest = &rest[2..];
            return Some(
                match rest.strip_prefix("/T").or_else(|| rest.strip_prefix('T')) {
                    Some(rest) => (format!("DB{code}/T"), rest),
                    None => (format!("DB{code}"), rest.strip_prefix('/').unwrap_or(rest)),
                },
            );
        }
    }
    PREFIXES.iter().find_map(|&prefix| {
        let mut rest = upper;
        for (i, part) in prefix.split('/').enumerate() {
            if i > 0 {
                rest = rest.strip_prefix('/').unwrap_or(rest);
            }
            rest = rest.strip_prefix(part)?;
        }
        // `GBX 1` is no `GB`, and `ISOX` no `ISO`.
        (rest.is_empty() || rest.starts_with(|c: char| c.is_ascii_digit()))
            .then(|| (prefix.to_string(), rest))
    })
}

/// `…/AMD1:2020` or `…/XG1-2020`: the amendment apart from the number.
fn split_amendment(rest: &str) -> (&str, Option<String>) {
    for marker in ["/AMD", "/XG"] {
        if let Some(at) = rest.find(marker) {
            let number: String = rest[at + marker.len()..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            return (&rest[..at], Some(number).filter(|n| !n.is_empty()));
        }
    }
    (rest, None)
}

/// What a document without a number is, from the words of its title.
pub fn kind_from_title(title: &str) -> DocKind {
    let lower = title.to_lowercase();
    // The head noun decides: "Guidelines for the ... Plan" is a guideline, so the earliest
    // telling word wins, and a title that starts "Notice on ..." is a notice.
    const WORDS: &[(&str, DocKind)] = &[
        ("regulation (eu)", DocKind::EuRegulation),
        ("regulation (ec)", DocKind::EuRegulation),
        ("directive", DocKind::EuDirective),
        ("decision (ec)", DocKind::EuDecision),
        ("decision (eu)", DocKind::EuDecision),
        ("notice", DocKind::Notice),
        ("opinions", DocKind::Opinions),
        ("guidelines", DocKind::Guideline),
        ("guideline", DocKind::Guideline),
        ("guide ", DocKind::Guideline),
        ("measures", DocKind::Measures),
        ("provisions", DocKind::Provisions),
        ("rules", DocKind::Rules),
        ("regulations", DocKind::Regulation),
        ("regulation", DocKind::Regulation),
        ("law", DocKind::Law),
        ("roadmap", DocKind::Roadmap),
        ("catalogue", DocKind::Catalogue),
        ("strategy", DocKind::Strategy),
        ("plan", DocKind::Plan),
        ("key points", DocKind::Plan),
        ("arrangement", DocKind::Plan),
    ];
    WORDS
        .iter()
        .filter_map(|(word, kind)| Some((whole_word_at(&lower, word)?, *kind)))
        .min_by_key(|(at, _)| *at)
        .map_or(DocKind::Other, |(_, kind)| kind)
}

fn whole_word_at(text: &str, word: &str) -> Option<usize> {
    text.match_indices(word).map(|(at, _)| at).find(|&at| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The words of a query with every standard number in it (`GB21670`, `gb 21670`,
/// `GB/T 12345—2021`) replaced by its search key, so any spelling finds it.
pub fn number_terms(words: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(word) = words.get(i) {
        let joined = words.get(i + 1).map(|next| format!("{word} {next}"));
        match (
            joined.as_deref().map(DocNumber::parse),
            DocNumber::parse(word),
        ) {
            (Some(Ok(number)), _) if !word.chars().any(|c| c.is_ascii_digit()) => {
                out.push(number.key());
                i += 2;
            }
            (_, Ok(number)) => {
                out.push(number.key());
                i += 1;
            }
            _ => {
                out.push(word.clone());
                i += 1;
            }
        }
    }
    out
}

/// A document's latest step: where it stands.
pub fn latest(doc: &Document) -> Option<&crate::model::DocStep> {
    // Of two steps from the same day on, the one dated to the day: "in force from September"
    // and "in force from 1 September" are one step, told more exactly by the second.
    doc.steps
        .iter()
        .max_by_key(|s| Fuzzy::parse(&s.date).map(|d| (d.first_day(), !d.is_month_only())))
}

/// Where a document stands on `today`, in words: "Draft: comments closed 25 July 2021",
/// "In force since 1 September 2021", "Comes into force on 1 September 2021".
pub fn standing(doc: &Document, today: Date) -> String {
    let Some(step) = latest(doc) else {
        return "No dated step reported".to_string();
    };
    let Some(date) = Fuzzy::parse(&step.date) else {
        return step.stage.label().to_string();
    };
    let past = date.first_day() <= today;
    let on = |d: Fuzzy| match d {
        Fuzzy::Day(_) => format!("on {d}"),
        Fuzzy::Month { .. } => format!("in {d}"),
    };
    match (step.stage, past) {
        (Stage::Draft, _) => match Fuzzy::parse(&step.until) {
            Some(until) if until.last_day() < today => format!("Draft: comments closed {until}"),
            Some(until) => format!("Draft: comments close {until}"),
            None => format!("Draft for comments since {date}"),
        },
        (Stage::InForce, true) => format!("In force since {date}"),
        (Stage::InForce, false) => format!("Comes into force {}", on(date)),
        (Stage::Adopted, _) => format!("Adopted {}", on(date)),
        (Stage::Published, true) => format!("Published {}", on(date)),
        (Stage::Published, false) => format!("To be published {}", on(date)),
        (Stage::Revised, _) => format!("Revised {}", on(date)),
        (Stage::Replaced, _) => format!("Replaced {}", on(date)),
        (Stage::Withdrawn, _) => format!("Withdrawn {}", on(date)),
    }
}

/// The documents of several issues as one list: a document named in two issues is one record,
/// with every step either reports (each once, by date) and every relation. The first record
/// of an id (the newest issue's, as the archive passes them) names it.
pub fn merge<'a>(records: impl IntoIterator<Item = &'a Document>) -> Vec<Document> {
    let mut merged: Vec<Document> = Vec::new();
    let mut at: FxHashMap<String, usize> = FxHashMap::default();
    for doc in records {
        let Some(&i) = at.get(&doc.id) else {
            at.insert(doc.id.clone(), merged.len());
            merged.push(doc.clone());
            continue;
        };
        let Some(kept) = merged.get_mut(i) else {
            continue;
        };
        for (field, more) in [
            (&mut kept.short, &doc.short),
            (&mut kept.number, &doc.number),
            (&mut kept.issuer, &doc.issuer),
        ] {
            if field.is_empty() {
                field.clone_from(more);
            }
        }
        for step in &doc.steps {
            if !kept.steps.contains(step) {
                kept.steps.push(step.clone());
            }
        }
        for relation in &doc.relations {
            if !kept.relations.contains(relation) {
                kept.relations.push(relation.clone());
            }
        }
        crate::logic::order::sort_by_cached_key(&mut kept.steps, |s| Fuzzy::parse(&s.date));
    }
    merged
}

#[cfg(test)]
#[path = "documents_tests.rs"]
mod tests;
