//! One issue imported whole: the text read, drafted in the archive's vocabulary, corrected, and
//! the organisations and documents each article names found (`build::extract`).

use time::Month;

use crate::build::archive_files::read_dataset;
use crate::build::extract::{Extractor, Tables};
use crate::build::import::corrections::Corrections;
use crate::build::import::events::{Finder, Year};
use crate::build::import::layout::ContentsCheck;
use crate::build::import::propose::propose;
use crate::build::import::repair::repair;
use crate::build::import::words::Words;
use crate::build::import::{draft, layout, text_of, Vocabulary};
use crate::build::issue_id::Months;
use crate::logic::dates::Fuzzy;
use crate::model::{Article, Block, Dataset, Publication, SCHEMA_VERSION};

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
    /// Articles the issue announces (its Takeaways) that the importer did not find, by their
    /// titles as announced: the import is then incomplete, and says so before writing.
    pub not_found: Vec<String>,
    /// In the earlier layouts, the contents list against the articles found: what it lists
    /// and the importer did not find, and what the text prints that it does not list.
    pub contents: Option<ContentsCheck>,
    /// (article id, abbreviation) the name tables do not know: for a person to review.
    pub unknown_abbreviations: Vec<(String, String)>,
    /// (article id, tags) proposed for each article printed without hashtags, from the
    /// archive's tags (`propose`): for a person to accept, never written as the article's own.
    pub proposed_tags: Vec<(String, Vec<String>)>,
}

/// The issue `issue` of `source`; `archive`, when there is one, gives the vocabulary (of its
/// other issues) that hashtags and sections fold into. An id that is no issue id is refused
/// (`Months::of_id`).
pub fn import_issue(
    source: &Source,
    issue: &str,
    archive: Option<&str>,
    corrections: &Corrections,
    tables: &Tables,
) -> Result<Draft, String> {
    let months = Months::of_id(issue)?;
    let printed = text_of(source.bytes).map_err(|e| e.to_string())?;
    let mut vocabulary = Vocabulary::default();
    // The archive's words: what a word an earlier issue's PDF broke may be mended into.
    let mut archive_words = Words::default();
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
            archive_words.add_text(&article.title);
            article
                .body
                .iter()
                .flat_map(Block::texts)
                .for_each(|t| archive_words.add_text(t));
            vocabulary.ids.push(article.id.clone());
            vocabulary
                .ids
                .extend(article.events.iter().map(|e| e.id.clone()));
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
    let repaired = repair(printed, &archive_words);
    let text = repaired.as_str();
    let year = match months {
        Some(months) => Year::Of(months),
        None => Year::Always(most_common_year(text)),
    };
    let read = layout::read(&layout::lines_of(text));
    let not_found = layout::not_found(&read);
    let mut articles = draft(text, &vocabulary, corrections, year).map_err(|e| e.to_string())?;
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
    let proposed_tags = articles
        .iter()
        .filter(|a| a.tags.is_empty())
        .map(|a| (a.id.clone(), propose(a, &vocabulary.tags)))
        .collect();
    let finder = Finder::new().map_err(|e| e.to_string())?;
    let documents = crate::build::documents::records(&extractor, &finder, year, &mut articles)
        .map_err(|e| e.to_string())?;
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
            documents,
            articles,
            issues: Vec::new(),
            skipped: Vec::new(),
        },
        unknown_abbreviations,
        not_found,
        contents: read.contents,
        proposed_tags,
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

/// The months an issue covers: those its id names, else the two consecutive months most of its
/// articles are dated in (an announcement of a later event does not count).
pub fn months_of(issue: &str, articles: &[Article]) -> Result<Option<Months>, String> {
    Ok(Months::of_id(issue)?.or_else(|| months_dated(articles)))
}

fn months_dated(articles: &[Article]) -> Option<Months> {
    // Months counted from year 0, so that December and the next January are neighbours.
    let months: Vec<i32> = articles
        .iter()
        .filter_map(|a| match Fuzzy::parse(a.date.get(..7)?)? {
            Fuzzy::Month { year, month } => Some(year * 12 + i32::from(u8::from(month)) - 1),
            Fuzzy::Day(_) => None,
        })
        .collect();
    let in_pair = |k: i32| months.iter().filter(|&&n| n == k || n == k + 1).count();
    let first = months
        .iter()
        .copied()
        .max_by_key(|&k| (in_pair(k), std::cmp::Reverse(k)))?;
    let month = u8::try_from(first.rem_euclid(12) + 1).ok()?;
    Some(Months::new(
        first.div_euclid(12),
        Month::try_from(month).ok()?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::fixtures::article;

    fn dated(dates: &[&str]) -> Vec<Article> {
        dates
            .iter()
            .map(|d| {
                let mut a = article("a", &[], "");
                a.date = d.to_string();
                a
            })
            .collect()
    }

    #[test]
    fn an_issue_without_months_in_its_id_is_named_by_its_articles_dates() {
        let summer = dated(&["2021-06-03", "2021-07-20", "2021-07", "2021-09-01", ""]);
        let months = months_of("test-issue", &summer).unwrap().unwrap();
        assert_eq!(months.id(), "2021-06-07");
        let year_end = dated(&["2021-12-03", "2022-01-20", "2022-01-02", "2022-06-30"]);
        let months = months_of("test-issue", &year_end).unwrap().unwrap();
        assert_eq!(months.title(), "December 2021–January 2022");
        assert_eq!(months_of("test-issue", &dated(&[""])), Ok(None));
        // The id says it, whatever the dates.
        let named = months_of("2021-12-01", &summer).unwrap().unwrap();
        assert_eq!(named.published(), "2022-02");
        assert!(months_of("2021-12-02", &summer).is_err());
    }
}
