//! How close an import without corrections comes to the curated issue: articles found, titles
//! and tags exact, body words matching, events with the right date and kind.

use std::collections::HashMap;

use crate::model::{Article, Block};

/// A share: how many of how many.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Share {
    pub hits: usize,
    pub of: usize,
}

impl Share {
    /// The share in per cent; `None` when there is nothing to count: an empty share measured
    /// nothing, so it is no 100 %.
    pub fn percent(self) -> Option<f64> {
        (self.of > 0).then(|| self.hits as f64 * 100.0 / self.of as f64)
    }

    /// The share reaches `target` per cent: never when it is empty.
    pub fn reaches(self, target: f64) -> bool {
        self.percent().is_some_and(|p| p >= target)
    }

    /// "97.3 % (36 of 37)", or "EMPTY (0 of 0)".
    pub fn shown(self) -> String {
        match self.percent() {
            Some(p) => format!("{p:.1} % ({} of {})", self.hits, self.of),
            None => "EMPTY (0 of 0): nothing measured".into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Scores {
    /// Curated articles the import found (recall).
    pub articles_found: Share,
    /// Drafted articles that are curated articles (precision).
    pub articles_right: Share,
    pub titles_exact: Share,
    /// Of the articles whose text prints hashtags: an article printed without any has nothing
    /// to read its tags from (its tags are a correction).
    pub tags_exact: Share,
    pub without_hashtags: usize,
    pub body_words: Share,
    pub events_precision: Share,
    pub events_recall: Share,
}

impl Scores {
    /// Each measure, named, as printed.
    pub fn lines(&self) -> Vec<(&'static str, Share)> {
        vec![
            ("articles found (recall)", self.articles_found),
            ("articles found (precision)", self.articles_right),
            ("titles exact", self.titles_exact),
            ("tags exact (articles with hashtags)", self.tags_exact),
            ("body words matching", self.body_words),
            (
                "events, right date and kind (precision)",
                self.events_precision,
            ),
            ("events, right date and kind (recall)", self.events_recall),
        ]
    }
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn body_words(article: &Article) -> Vec<String> {
    article
        .body
        .iter()
        .flat_map(Block::texts)
        .flat_map(words)
        .collect()
}

fn overlap(a: &[String], b: &[String]) -> usize {
    let mut counts: HashMap<&str, isize> = HashMap::new();
    for w in a {
        *counts.entry(w).or_default() += 1;
    }
    b.iter()
        .filter(|w| {
            let c = counts.entry(w.as_str()).or_default();
            *c -= 1;
            *c >= 0
        })
        .count()
}

/// Each curated article's draft: the one whose title shares most words with it, if at least half.
fn pairs<'a>(draft: &'a [Article], curated: &'a [Article]) -> Vec<(&'a Article, &'a Article)> {
    let mut taken = vec![false; draft.len()];
    let mut out = Vec::new();
    for c in curated {
        let title = words(&c.title);
        let best = draft
            .iter()
            .enumerate()
            .filter(|(i, _)| !taken.get(*i).copied().unwrap_or(true))
            .map(|(i, d)| {
                let common = overlap(&words(&d.title), &title);
                (
                    common * 2 >= title.len().max(words(&d.title).len()),
                    common,
                    i,
                )
            })
            .filter(|(enough, ..)| *enough)
            .max_by_key(|(_, common, _)| *common);
        if let Some((_, _, i)) = best {
            if let (Some(t), Some(d)) = (taken.get_mut(i), draft.get(i)) {
                *t = true;
                out.push((d, c));
            }
        }
    }
    out
}

pub fn score(draft: &[Article], curated: &[Article]) -> Scores {
    let pairs = pairs(draft, curated);
    let mut s = Scores {
        articles_found: Share {
            hits: pairs.len(),
            of: curated.len(),
        },
        articles_right: Share {
            hits: pairs.len(),
            of: draft.len(),
        },
        ..Scores::default()
    };
    s.events_precision.of = draft.iter().map(|a| a.events.len()).sum();
    s.events_recall.of = curated.iter().map(|a| a.events.len()).sum();
    for (d, c) in pairs {
        s.titles_exact.of += 1;
        s.titles_exact.hits += usize::from(d.title == c.title);
        if d.tags.is_empty() {
            s.without_hashtags += 1;
        } else {
            s.tags_exact.of += 1;
            s.tags_exact.hits += usize::from(d.tags == c.tags);
        }
        let (dw, cw) = (body_words(d), body_words(c));
        s.body_words.of += dw.len().max(cw.len());
        s.body_words.hits += overlap(&dw, &cw);
        let mut expected: Vec<(&str, _)> = c
            .events
            .iter()
            .map(|e| (e.start.as_str(), e.kind))
            .collect();
        for e in &d.events {
            if let Some(at) = expected
                .iter()
                .position(|x| *x == (e.start.as_str(), e.kind))
            {
                expected.swap_remove(at);
                s.events_precision.hits += 1;
                s.events_recall.hits += 1;
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_share_fails_every_target() {
        let empty = Share { hits: 0, of: 0 };
        assert_eq!(empty.percent(), None);
        assert!(!empty.reaches(0.0));
        assert!(!empty.reaches(95.0));
        assert!(empty.shown().starts_with("EMPTY"));
        let full = Share { hits: 2, of: 2 };
        assert!(full.reaches(95.0));
        assert!(!Share { hits: 1, of: 2 }.reaches(95.0));
    }
}
