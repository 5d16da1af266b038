//! Who and which documents an article names, read from its text at build time: organisations
//! through one reviewed alias table, standard numbers and EU acts by their printed forms, named
//! laws and plans through a reviewed table of their names. Nothing is guessed: an abbreviation
//! in parentheses that the table does not know is reported for review.
//!
//! Only the build uses this (`examples/extract.rs`); it is not part of the WebAssembly.

use regex::Regex;
use serde::Deserialize;

use crate::model::{Article, OrgKind, Organisation};

/// The reviewed tables (`dataset/organisations.json`, `dataset/documents.json`).
#[derive(Debug, Deserialize)]
pub struct Tables {
    pub organisations: Vec<OrgEntry>,
    /// Abbreviations in parentheses that are not organisations ("(DSL)", "(ICV)"): reviewed,
    /// so never reported.
    #[serde(default)]
    pub not_organisations: Vec<String>,
    #[serde(default)]
    pub documents: Vec<DocEntry>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct OrgEntry {
    pub id: String,
    pub name: String,
    pub kind: OrgKind,
    /// Every spelling that names it; matched whole-word, case as written.
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct DocEntry {
    /// The canonical name.
    pub name: String,
    pub aliases: Vec<String>,
}

/// What one article names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    /// Organisation ids, in order of first mention.
    pub orgs: Vec<String>,
    /// Canonical document names, in order of first mention.
    pub docs: Vec<String>,
    /// Abbreviations in parentheses the tables do not know, for review.
    pub unknown: Vec<String>,
}

/// The tables compiled into matchers, once.
pub struct Extractor {
    orgs: Vec<(String, Regex)>,
    docs: Vec<(String, Regex)>,
    known_abbreviations: Vec<String>,
    standard: Regex,
    eu_act: Regex,
    parenthesised: Regex,
}

#[derive(Debug, thiserror::Error)]
pub enum TableError {
    #[error("alias {alias:?} of {of}: {source}")]
    Alias {
        of: String,
        alias: String,
        source: regex::Error,
    },
}

/// Standard numbers: `GB 21670`, `GB/T 22239-2019`, `YD/T 1234.2-2020`, `ISO 9001:2015`,
/// `ISO/IEC 27001`, `IEC 62443-3-3`; never a committee (`ISO/TC 107`).
const STANDARD: &str = r"\b(ISO/IEC|ISO|IEC|GB/T|GB/Z|GB|YD/T|JT/T|QC/T|SJ/T|GA/T|JR/T)\s?((?:\d{1,6})(?:\.\d{1,3})*(?:-\d{1,3})*)(?:\s?[:\-–—]\s?((?:19|20)\d{2}))?\b";
/// EU acts: `Regulation (EU) 2019/1020`, `Decision (EC) No 768/2008`, `Directive 2011/65/EU`.
const EU_ACT: &str = r"\b(Regulation|Directive|Decision)\s\((EU|EC|EEC)\)\s(?:No\.?\s)?(\d{2,4}/\d{1,4})\b|\b(Directive)\s(\d{4}/\d{1,4})/(EU|EC|EEC)\b";

impl Extractor {
    pub fn new(tables: &Tables) -> Result<Extractor, TableError> {
        let matcher = |of: &str, aliases: &[String]| -> Result<Regex, TableError> {
            let alternatives: Vec<String> = aliases.iter().map(|a| alias_pattern(a)).collect();
            let pattern = format!(
                r"(?:^|[^\p{{L}}\p{{N}}])(?:{})(?:$|[^\p{{L}}\p{{N}}])",
                alternatives.join("|")
            );
            Regex::new(&pattern).map_err(|source| TableError::Alias {
                of: of.to_string(),
                alias: aliases.join(" | "),
                source,
            })
        };
        let orgs = tables
            .organisations
            .iter()
            .map(|o| Ok((o.id.clone(), matcher(&o.id, &o.aliases)?)))
            .collect::<Result<_, TableError>>()?;
        let docs = tables
            .documents
            .iter()
            .map(|d| Ok((d.name.clone(), matcher(&d.name, &d.aliases)?)))
            .collect::<Result<_, TableError>>()?;
        let mut known_abbreviations: Vec<String> = tables
            .organisations
            .iter()
            .flat_map(|o| o.aliases.iter().chain(std::iter::once(&o.id)))
            .chain(&tables.not_organisations)
            .chain(tables.documents.iter().flat_map(|d| &d.aliases))
            .cloned()
            .collect();
        known_abbreviations.sort();
        let compile = |pattern: &str| {
            Regex::new(pattern).map_err(|source| TableError::Alias {
                of: "the built-in patterns".into(),
                alias: pattern.into(),
                source,
            })
        };
        Ok(Extractor {
            orgs,
            docs,
            known_abbreviations,
            standard: compile(STANDARD)?,
            eu_act: compile(EU_ACT)?,
            parenthesised: compile(r"\(([A-Z][A-Za-z0-9&/\-]{1,11})\)")?,
        })
    }

    /// Everything `text` names.
    pub fn find(&self, text: &str) -> Found {
        let text = normalise(text);
        let mut found = Found::default();
        let mut docs: Vec<(usize, String)> = Vec::new();
        // Document numbers first, then blanked out: "ISO" in "ISO 9001" is the standard's name,
        // not a mention of the organisation.
        let mut rest = text.clone();
        for m in self.standard.captures_iter(&text) {
            let (Some(whole), Some(prefix), Some(number)) = (m.get(0), m.get(1), m.get(2)) else {
                continue;
            };
            let year = m.get(3).map(|y| y.as_str());
            let separator = if prefix.as_str().starts_with("ISO") || prefix.as_str() == "IEC" {
                ":"
            } else {
                "-"
            };
            let name = match year {
                Some(year) => format!("{} {}{separator}{year}", prefix.as_str(), number.as_str()),
                None => format!("{} {}", prefix.as_str(), number.as_str()),
            };
            docs.push((whole.start(), name));
            blank(&mut rest, whole.start(), whole.end());
        }
        for m in self.eu_act.captures_iter(&text) {
            let Some(whole) = m.get(0) else { continue };
            let name = match (m.get(1), m.get(2), m.get(3), m.get(4), m.get(5), m.get(6)) {
                (Some(kind), Some(ns), Some(number), ..) => {
                    format!("{} ({}) {}", kind.as_str(), ns.as_str(), number.as_str())
                }
                (_, _, _, Some(kind), Some(number), Some(ns)) => {
                    format!("{} {}/{}", kind.as_str(), number.as_str(), ns.as_str())
                }
                _ => continue,
            };
            docs.push((whole.start(), name));
            blank(&mut rest, whole.start(), whole.end());
        }
        for (name, matcher) in &self.docs {
            let spans: Vec<(usize, usize)> = matcher
                .find_iter(&rest)
                .map(|m| (m.start(), m.end()))
                .collect();
            if let Some((first, _)) = spans.first() {
                docs.push((*first, name.clone()));
            }
            for (start, end) in spans {
                blank(&mut rest, start, end);
            }
        }
        let mut orgs: Vec<(usize, String)> = self
            .orgs
            .iter()
            .filter_map(|(id, matcher)| matcher.find(&rest).map(|m| (m.start(), id.clone())))
            .collect();
        orgs.sort();
        docs.sort();
        found.orgs = distinct(orgs);
        found.docs = distinct(docs);
        for m in self.parenthesised.captures_iter(&rest) {
            let Some(abbreviation) = m.get(1).map(|a| a.as_str().to_string()) else {
                continue;
            };
            let upper = abbreviation
                .chars()
                .filter(char::is_ascii_uppercase)
                .count();
            if upper >= 2
                && self
                    .known_abbreviations
                    .binary_search(&abbreviation)
                    .is_err()
                && !found.unknown.contains(&abbreviation)
            {
                found.unknown.push(abbreviation);
            }
        }
        found
    }

    /// Everything an article names, in its title, summary, body and tags.
    pub fn find_in(&self, article: &Article) -> Found {
        let mut text = vec![article.title.as_str(), article.summary.as_str()];
        for block in &article.body {
            text.extend(block.texts());
        }
        text.extend(article.tags.iter().map(String::as_str));
        // One text, a line per piece: a name never runs from one piece into the next.
        self.find(&text.join("\n"))
    }
}

/// The organisations of the table that `articles` name, as the dataset lists them.
pub fn organisations_named(tables: &Tables, articles: &[Article]) -> Vec<Organisation> {
    tables
        .organisations
        .iter()
        .filter(|o| articles.iter().any(|a| a.orgs.contains(&o.id)))
        .map(|o| Organisation {
            id: o.id.clone(),
            name: o.name.clone(),
            kind: o.kind,
        })
        .collect()
}

/// An alias as a pattern: literal, with any run of spaces matching any run of white space.
fn alias_pattern(alias: &str) -> String {
    alias
        .split_whitespace()
        .map(regex::escape)
        .collect::<Vec<_>>()
        .join(r"\s+")
}

/// Typographic apostrophes and dashes as plain ones, so one alias serves every spelling.
fn normalise(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' => '\'',
            '\u{2010}' | '\u{2011}' => '-',
            '\u{00a0}' => ' ',
            c => c,
        })
        .collect()
}

/// Replaces a matched span with spaces (same length, so later offsets stay true).
fn blank(text: &mut String, start: usize, end: usize) {
    if let Some(span) = text.get(start..end) {
        let spaces = " ".repeat(span.len());
        text.replace_range(start..end, &spaces);
    }
}

fn distinct(mut found: Vec<(usize, String)>) -> Vec<String> {
    found.sort_by_key(|(at, _)| *at);
    let mut out: Vec<String> = Vec::new();
    for (_, name) in found {
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables() -> Tables {
        serde_json::from_str(
            r#"{
            "organisations": [
                {"id": "MIIT", "name": "Ministry of Industry and Information Technology", "kind": "ministry",
                 "aliases": ["MIIT", "Ministry of Industry and Information Technology"]},
                {"id": "ISO", "name": "International Organization for Standardization", "kind": "international",
                 "aliases": ["ISO", "International Organization for Standardization"]},
                {"id": "CEN-CENELEC", "name": "CEN and CENELEC", "kind": "international",
                 "aliases": ["CEN-CENELEC", "CEN/CENELEC", "CEN", "CENELEC"]},
                {"id": "NPC", "name": "National People's Congress", "kind": "ministry",
                 "aliases": ["NPC", "National People's Congress"]}
            ],
            "not_organisations": ["DSL"],
            "documents": [{"name": "Data Security Law", "aliases": ["Data Security Law", "DSL"]}]
        }"#,
        )
        .unwrap()
    }

    fn find(text: &str) -> Found {
        Extractor::new(&tables()).unwrap().find(text)
    }

    #[test]
    fn names_and_abbreviations_are_one_organisation() {
        let found =
            find("The Ministry of Industry and Information Technology (MIIT) said; MIIT also…");
        assert_eq!(found.orgs, vec!["MIIT"]);
        assert_eq!(found.unknown, Vec::<String>::new());
        assert_eq!(find("CEN/CENELEC and ETSI").orgs, vec!["CEN-CENELEC"]);
        assert_eq!(find("CEN and CENELEC").orgs, vec!["CEN-CENELEC"]);
        // Typographic apostrophes and line breaks inside a name.
        assert_eq!(
            find("the National People\u{2019}s\nCongress").orgs,
            vec!["NPC"]
        );
    }

    #[test]
    fn a_name_inside_a_word_is_not_a_mention() {
        assert_eq!(find("ISOLATED MIITS CENTRAL").orgs, Vec::<String>::new());
        assert_eq!(find("ETSI-CEN-CENELEC").orgs, vec!["CEN-CENELEC"]);
    }

    #[test]
    fn standard_numbers_in_one_canonical_form_and_not_as_organisations() {
        let found = find(
            "GB 21670, GB/T 22239-2019, GB/T22239—2019, YD/T 1234.2-2020, ISO 9001:2015, \
             ISO/IEC 27001 and IEC 62443-3-3 apply; ISO/TC 107 is a committee of ISO.",
        );
        assert_eq!(
            found.docs,
            vec![
                "GB 21670",
                "GB/T 22239-2019",
                "YD/T 1234.2-2020",
                "ISO 9001:2015",
                "ISO/IEC 27001",
                "IEC 62443-3-3",
            ]
        );
        assert_eq!(
            found.orgs,
            vec!["ISO"],
            "named by 'ISO/TC 107' and 'of ISO' only"
        );
    }

    #[test]
    fn eu_acts_and_named_documents() {
        let found = find(
            "Regulation (EU) 2019/1020, Decision (EC) No 768/2008 and Directive 2011/65/EU; \
             the Data Security Law (DSL) of the NPC.",
        );
        assert_eq!(
            found.docs,
            vec![
                "Regulation (EU) 2019/1020",
                "Decision (EC) 768/2008",
                "Directive 2011/65/EU",
                "Data Security Law",
            ]
        );
        assert_eq!(found.orgs, vec!["NPC"]);
        assert_eq!(found.unknown, Vec::<String>::new());
    }

    #[test]
    fn an_unknown_abbreviation_is_reported_never_guessed() {
        let found = find("the China Industry Innovation Alliance for ICV (CAICV) and (ABC) but not (Draft) or (A)");
        assert_eq!(found.orgs, Vec::<String>::new());
        assert_eq!(found.unknown, vec!["CAICV", "ABC"]);
    }
}
