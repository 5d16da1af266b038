//! One issue imported whole: the text read, drafted in the archive's vocabulary, corrected, and
//! the organisations and documents each article names found (`logic::extract`).

use crate::logic::archive_files::read_dataset;
use crate::logic::extract::{Extractor, Tables};
use crate::logic::import::corrections::Corrections;
use crate::logic::import::{draft, text_of, Vocabulary};
use crate::model::{Dataset, Publication, SCHEMA_VERSION};

/// The names a new archive starts with (an issue's text does not print them as such).
pub const NEWSLETTER: &str =
    "SESEC IV China Standardization and Technical Regulation Bimonthly Newsletter";
pub const PUBLISHER: &str = "SESEC IV – Seconded European Standardization Expert in China";

/// A newsletter's text file.
pub struct Source<'a> {
    /// Its file name, for the issue file's `source`.
    pub name: String,
    pub bytes: &'a [u8],
}

pub struct Draft {
    pub data: Dataset,
    /// (article id, abbreviation) the name tables do not know: for a person to review.
    pub unknown_abbreviations: Vec<(String, String)>,
}

/// The issue `issue` of `source`; `archive`, when there is one, gives the vocabulary (of its
/// other issues) that hashtags and sections fold into.
pub fn import_issue(
    source: &Source,
    issue: &str,
    archive: Option<&str>,
    corrections: &Corrections,
    tables: &Tables,
) -> Result<Draft, String> {
    let text = text_of(source.bytes).map_err(|e| e.to_string())?;
    let mut vocabulary = Vocabulary::default();
    if let Some(archive) = archive {
        let others = read_dataset(archive)?;
        let mut openings: Vec<&str> = Vec::new();
        for (n, article) in others
            .articles
            .iter()
            .enumerate()
            .filter(|(_, a)| a.issue != issue)
        {
            vocabulary.tags.extend(article.tags.iter().cloned());
            vocabulary.sections.push(article.section.clone());
            // An issue's first article (the archive lists each issue's articles together).
            if n == 0
                || others
                    .articles
                    .get(n - 1)
                    .is_some_and(|p| p.issue != article.issue)
            {
                openings.push(&article.section);
            }
        }
        vocabulary.opening_section = openings
            .iter()
            .max_by_key(|s| openings.iter().filter(|o| o == s).count())
            .map(|s| s.to_string());
    }
    let year = issue
        .get(..4)
        .and_then(|y| y.parse().ok())
        .unwrap_or_else(|| most_common_year(text));
    let mut articles = draft(text, &vocabulary, corrections, year)
        .map_err(|e| format!("could not be read as this newsletter:\n{e}"))?;
    let extractor = Extractor::new(tables).map_err(|e| e.to_string())?;
    let mut unknown_abbreviations = Vec::new();
    for article in &mut articles {
        let found = extractor.find_in(article);
        unknown_abbreviations.extend(
            found
                .unknown
                .iter()
                .map(|u| (article.id.clone(), u.clone())),
        );
        article.orgs = found.orgs;
        article.docs = found.docs;
    }
    Ok(Draft {
        data: Dataset {
            schema_version: SCHEMA_VERSION,
            publication: Publication {
                title: NEWSLETTER.into(),
                issue: String::new(),
                publisher: PUBLISHER.into(),
                source: format!("The newsletter’s PDF, as text: {}", source.name),
            },
            organisations: extractor.organisations(&articles),
            articles,
            issues: Vec::new(),
            skipped: Vec::new(),
        },
        unknown_abbreviations,
    })
}

/// The year most often printed: what a date printed without one means.
pub fn most_common_year(text: &str) -> i32 {
    let mut counts = std::collections::BTreeMap::new();
    for word in text.split(|c: char| !c.is_ascii_digit()) {
        if let Ok(year @ 1990..=2100) = word.parse::<i32>() {
            *counts.entry(year).or_insert(0) += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(_, n)| n)
        .map_or(2021, |(y, _)| y)
}
