//! Who and which documents an article names, read from its text at build time: organisations
//! through one reviewed alias table, numbered committees by rule (`committees`), standard
//! numbers and EU acts by their printed forms, named laws, plans and guidelines through a
//! reviewed table of their names. Nothing is guessed: an abbreviation in parentheses that the
//! table does not know is reported for review.
//!
//! Where two names overlap, the longer is the mention: "National People's Congress Standing
//! Committee" names the Standing Committee, not the Congress.
//!
//! Only the build uses this (the importer, `examples/extract.rs`); it is not part of the
//! WebAssembly.

mod committees;
pub mod score;
pub mod score_records;
mod spots;
#[cfg(test)]
mod tests;
mod text;

use regex::Regex;
use serde::Deserialize;

use crate::model::{Article, OrgKind, Organisation};
pub use committees::{CommitteeStyle, Joined};
pub use spots::{Spot, Spots};
pub use text::normal_form;
use text::{bounded, distinct};

/// The reviewed tables (`dataset/names.json`).
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
    /// Its official Chinese name, only where it is certain; empty otherwise.
    #[serde(default)]
    pub name_zh: String,
    pub kind: OrgKind,
    /// Every spelling that names it; matched whole-word, case as written.
    pub aliases: Vec<String>,
    /// For a body whose numbered committees the newsletter names: how it writes them.
    #[serde(default)]
    pub committees: Option<CommitteeStyle>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct DocEntry {
    /// The canonical name. Each edition the text tells apart is an entry of its own.
    pub name: String,
    pub aliases: Vec<String>,
    /// Earlier documents it replaces, by their names here, where the text says so.
    #[serde(default)]
    pub replaces: Vec<String>,
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

/// A document named right after "revised": the revision, not the edition it revises.
pub const REVISED: &str = " (revised)";

/// The tables compiled into matchers, once.
pub struct Extractor {
    organisations: Vec<OrgEntry>,
    orgs: Vec<(String, Regex)>,
    documents: Vec<DocEntry>,
    docs: Vec<(String, Regex)>,
    committees: committees::Committees,
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
            // Longest first: at one place, the longest spelling is the one printed.
            let mut aliases = aliases.to_vec();
            aliases.sort_by_key(|a| std::cmp::Reverse(a.len()));
            let alternatives: Vec<String> = aliases.iter().map(|a| bounded(a)).collect();
            Regex::new(&alternatives.join("|")).map_err(|source| TableError::Alias {
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
            organisations: tables.organisations.clone(),
            orgs,
            documents: tables.documents.clone(),
            docs,
            committees: committees::Committees::new(&tables.organisations)?,
            known_abbreviations,
            standard: compile(STANDARD)?,
            eu_act: compile(EU_ACT)?,
            parenthesised: compile(r"\(([A-Z][A-Za-z0-9&/\-]{1,11})\)")?,
        })
    }

    /// Everything `text` names.
    pub fn find(&self, text: &str) -> Found {
        let spots = self.spots(text);
        let mut found = Found {
            orgs: distinct(
                spots
                    .orgs
                    .iter()
                    .map(|s| (s.start, s.name.clone()))
                    .collect(),
            ),
            docs: distinct(
                spots
                    .docs
                    .iter()
                    .map(|s| (s.start, s.name.clone()))
                    .collect(),
            ),
            unknown: Vec::new(),
        };
        for m in self.parenthesised.captures_iter(&spots.rest) {
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

    /// The table's id for a committee the table lists by its designation ("SAC/TC 114" is
    /// NTCAS), else the designation.
    fn table_id(&self, designation: &str) -> String {
        let wanted = normal_form(designation);
        self.organisations
            .iter()
            .find(|o| {
                std::iter::once(&o.id)
                    .chain(&o.aliases)
                    .any(|a| normal_form(a) == wanted)
            })
            .map_or_else(|| designation.to_string(), |o| o.id.clone())
    }

    /// The organisation `id` is: the table's entry, or a committee found by rule.
    pub fn organisation(&self, id: &str) -> Option<Organisation> {
        match self.organisations.iter().find(|o| o.id == id) {
            Some(o) => Some(Organisation {
                id: o.id.clone(),
                name: o.name.clone(),
                name_zh: o.name_zh.clone(),
                kind: o.kind,
            }),
            None => self.committees.organisation(id),
        }
    }

    /// The organisations `articles` name, as the dataset lists them: the table's in its order,
    /// then committees in order of first mention.
    pub fn organisations(&self, articles: &[Article]) -> Vec<Organisation> {
        let named = |id: &str| articles.iter().any(|a| a.orgs.iter().any(|o| o == id));
        let mut out: Vec<Organisation> = self
            .organisations
            .iter()
            .filter(|o| named(&o.id))
            .filter_map(|o| self.organisation(&o.id))
            .collect();
        for id in articles.iter().flat_map(|a| &a.orgs) {
            if !out.iter().any(|o| &o.id == id) {
                out.extend(self.organisation(id));
            }
        }
        out
    }

    /// Every form in which an extracted organisation may be printed (normalised): the table's
    /// id, name and aliases, or a committee's designation with and without its parent.
    pub fn org_forms(&self, id: &str) -> Vec<String> {
        let forms = match self.organisations.iter().find(|o| o.id == id) {
            Some(o) => std::iter::once(&o.id)
                .chain(std::iter::once(&o.name))
                .chain(&o.aliases)
                .cloned()
                .collect(),
            None => self
                .committees
                .forms(id)
                .unwrap_or_else(|| vec![id.to_string()]),
        };
        forms.iter().map(|f| normal_form(f)).collect()
    }

    /// The table's entry for a document name.
    pub fn document_entry(&self, name: &str) -> Option<&DocEntry> {
        self.documents.iter().find(|d| d.name == name)
    }

    /// Every form in which an extracted document may be printed (normalised): the table's name
    /// and aliases, a revision's also with "revised" before them, or the number or act as
    /// written.
    pub fn doc_forms(&self, name: &str) -> Vec<String> {
        let (base, revised) = match name.strip_suffix(REVISED) {
            Some(base) => (base, true),
            None => (name, false),
        };
        let mut forms: Vec<String> = match self.documents.iter().find(|d| d.name == base) {
            Some(d) => std::iter::once(&d.name)
                .chain(&d.aliases)
                .cloned()
                .collect(),
            None => vec![base.to_string()],
        };
        if revised {
            let more: Vec<String> = forms
                .iter()
                .flat_map(|f| [format!("revised {f}"), format!("{f}{REVISED}")])
                .collect();
            forms.extend(more);
        }
        forms.iter().map(|f| normal_form(f)).collect()
    }
}
