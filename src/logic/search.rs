//! The search engine: every distinct folded word of the articles with where it occurs, built
//! a step at a time while the page is idle (or at once by the first search), then looked up
//! word by word instead of reading every article's text.

use std::sync::{Mutex, OnceLock};

use crate::logic::documents::{DocNumber, Records};
use crate::logic::names::Names;
use crate::logic::order::sort_by;
use crate::logic::text::{fold, words};
use crate::logic::vocabulary::FacetIndex;
use crate::model::{ArticleIx, Dataset};

/// What the index reads beside an article's own text: the organisations it names (their full
/// and Chinese names) and the documents (their titles, short names and numbers).
#[derive(Clone, Copy)]
pub struct Named<'a> {
    pub names: &'a Names,
    pub orgs: &'a FacetIndex,
    pub documents: &'a Records,
}

/// The word index of one dataset. Not built at load, so the first cards do not wait for it.
#[derive(Debug, Default)]
pub struct SearchIndex {
    index: OnceLock<WordIndex>,
    pending: Mutex<IndexBuilder>,
}

impl SearchIndex {
    /// Adds up to `articles` more articles of `data` to the index; true once it is complete.
    /// Called in small steps, it keeps each step short enough not to block input.
    pub fn prepare(&self, data: &Dataset, named: Named, articles: usize) -> bool {
        if self.index.get().is_some() {
            return true;
        }
        let Ok(mut pending) = self.pending.lock() else {
            return false;
        };
        if !pending.add(data, named, articles) {
            return false;
        }
        let built = std::mem::take(&mut *pending).finish();
        let _ = self.index.set(built);
        true
    }

    fn word_index(&self, data: &Dataset, named: Named) -> &WordIndex {
        self.index.get_or_init(|| {
            let mut builder = self
                .pending
                .lock()
                .map(|mut pending| std::mem::take(&mut *pending))
                .unwrap_or_default();
            builder.add(data, named, usize::MAX);
            builder.finish()
        })
    }

    /// Per article of `data` (the dataset this index is of), its score for `terms` (folded
    /// query words); 0 when one of them is missing.
    pub fn search(&self, data: &Dataset, named: Named, terms: &[String]) -> Vec<u32> {
        self.word_index(data, named)
            .search(terms, data.articles.len())
    }
}

/// Every distinct folded word, with the articles and fields it occurs in: a search looks up
/// the few words that contain a query word instead of reading every article's text.
#[derive(Debug, Clone, Default, PartialEq)]
struct WordIndex {
    words: Vec<String>,
    /// Per word: (entry, fields bitmask), entries ascending.
    postings: Vec<Vec<(u32, u8)>>,
}

const TITLE: u8 = 1;
const TAGS: u8 = 2;
const SECTION: u8 = 4;
const SUMMARY: u8 = 8;
const BODY: u8 = 16;
/// A title hit outweighs tags, which outweigh the section and summary, which outweigh the body.
const FIELD_WEIGHTS: [(u8, u32); 5] = [
    (TITLE, 16),
    (TAGS, 8),
    (SECTION, 4),
    (SUMMARY, 4),
    (BODY, 1),
];

/// The word index part-built: the words of the articles before `next`.
#[derive(Debug, Default)]
struct IndexBuilder {
    next: usize,
    by_word: rustc_hash::FxHashMap<String, Vec<(u32, u8)>>,
}

impl IndexBuilder {
    /// Adds up to `count` more articles; true once every article of `data` is in. The full
    /// names of the organisations an article names, English and Chinese, count as its tags.
    fn add(&mut self, data: &Dataset, named: Named, count: usize) -> bool {
        let end = self.next.saturating_add(count).min(data.articles.len());
        for (i, article) in data.articles.iter().enumerate().take(end).skip(self.next) {
            let Ok(i) = u32::try_from(i) else { break };
            let by_word = &mut self.by_word;
            let mut add = |text: &str, field: u8| {
                for word in words(&fold(text)) {
                    // Look up before inserting: most words are seen before, and a key
                    // allocated per occurrence was most of the build time.
                    let list = match by_word.get_mut(word) {
                        Some(list) => list,
                        None => by_word.entry(word.to_string()).or_default(),
                    };
                    match list.last_mut() {
                        Some((entry, fields)) if *entry == i => *fields |= field,
                        _ => list.push((i, field)),
                    }
                }
            };
            add(&article.title, TITLE);
            for tag in &article.tags {
                add(tag, TAGS);
            }
            for org in named.names.orgs_of(named.orgs, ArticleIx(i as usize)) {
                add(&org.name, TAGS);
                add(&org.zh, TAGS);
            }
            // The documents it names, by title, short name and number (in the one spelling
            // `documents::number_terms` makes of a query's), count as its tags too.
            for doc in article
                .docs
                .iter()
                .filter_map(|id| data.documents.get(named.documents.find(id)?.0))
            {
                add(&doc.title, TAGS);
                add(&doc.short, TAGS);
                if let Ok(number) = DocNumber::parse(&doc.number) {
                    add(&number.key(), TAGS);
                }
            }
            add(&article.section, SECTION);
            add(&article.summary, SUMMARY);
            for block in &article.body {
                for text in block.texts() {
                    add(text, BODY);
                }
            }
        }
        self.next = end;
        end == data.articles.len()
    }

    fn finish(self) -> WordIndex {
        let mut pairs: Vec<(String, Vec<(u32, u8)>)> = self.by_word.into_iter().collect();
        sort_by(&mut pairs, |a, b| a.0.cmp(&b.0));
        let (words, postings) = pairs.into_iter().unzip();
        WordIndex { words, postings }
    }
}

impl WordIndex {
    /// Per entry, how well it matches every one of `terms` (0: not all of them). Each term
    /// scores its best word in each field; a word that starts with the term counts half again.
    fn search(&self, terms: &[String], entries: usize) -> Vec<u32> {
        let mut total = vec![0u32; entries];
        let mut matched = vec![0usize; entries];
        for (round, term) in terms.iter().enumerate() {
            let mut best = vec![0u32; entries];
            for (word, postings) in self.words.iter().zip(&self.postings) {
                let Some(at) = word.find(term.as_str()) else {
                    continue;
                };
                let prefix = at == 0;
                for &(entry, fields) in postings {
                    let score: u32 = FIELD_WEIGHTS
                        .iter()
                        .filter(|(field, _)| fields & field != 0)
                        .map(|(_, w)| if prefix { w + w / 2 } else { *w })
                        .sum();
                    if let Some(b) = best.get_mut(entry as usize) {
                        *b = (*b).max(score);
                    }
                }
            }
            for ((t, m), b) in total.iter_mut().zip(matched.iter_mut()).zip(best) {
                if b > 0 && *m == round {
                    *t += b;
                    *m += 1;
                }
            }
        }
        total
            .into_iter()
            .zip(matched)
            .map(|(t, m)| if m == terms.len() { t } else { 0 })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::fixtures::{self, dataset};
    use crate::logic::registry::{FacetKind, Source};
    use crate::logic::text::terms;
    use crate::model::Article;

    fn article(id: &str, title: &str, tags: &[&str], body: &str) -> Article {
        Article {
            title: title.into(),
            ..fixtures::article(id, tags, body)
        }
    }

    fn search(data: &Dataset, query: &str) -> Vec<u32> {
        let source = Source::new(data);
        let facet = FacetIndex::new(FacetKind::Org, &source);
        let names = Names::new(&source, &facet);
        let documents = Records::new(data);
        let named = Named {
            names: &names,
            orgs: &facet,
            documents: &documents,
        };
        SearchIndex::default().search(data, named, &terms(query))
    }

    /// Built a step at a time ahead of the first search, or by the first search half-way
    /// through, the index is the one built at once.
    #[test]
    fn an_index_built_in_steps_is_the_index_built_at_once() {
        let data = dataset(
            (0..7)
                .map(|i| {
                    article(
                        &format!("a{i}"),
                        &format!("Title {i}"),
                        &["5G"],
                        "data rules",
                    )
                })
                .collect(),
        );
        let source = Source::new(&data);
        let facet = FacetIndex::new(FacetKind::Org, &source);
        let names = Names::new(&source, &facet);
        let documents = Records::new(&data);
        let names = Named {
            names: &names,
            orgs: &facet,
            documents: &documents,
        };
        let at_once = SearchIndex::default();
        let expected = at_once.word_index(&data, names).clone();

        let in_steps = SearchIndex::default();
        let mut steps = 0;
        while !in_steps.prepare(&data, names, 2) {
            steps += 1;
            assert!(
                in_steps.index.get().is_none(),
                "not ready before its last step"
            );
        }
        assert_eq!(steps, 3, "7 articles, 2 a step: ready on the 4th step");
        assert_eq!(in_steps.index.get(), Some(&expected));
        assert!(in_steps.prepare(&data, names, 2), "stays ready");

        let interrupted = SearchIndex::default();
        assert!(!interrupted.prepare(&data, names, 3));
        assert_eq!(
            interrupted.search(&data, names, &terms("title 5")),
            at_once.search(&data, names, &terms("title 5"))
        );
        assert_eq!(interrupted.word_index(&data, names), &expected);
    }

    #[test]
    fn title_matches_rank_above_body_matches() {
        let data = dataset(vec![
            article("body", "Other", &[], "the data security law"),
            article("title", "Data Security Law", &[], "text"),
        ]);
        let scores = search(&data, "data security");
        let (body, title) = (scores[0], scores[1]);
        assert!(body > 0);
        assert!(title > body, "{title} > {body}");
    }

    #[test]
    fn every_term_must_match_somewhere() {
        let data = dataset(vec![article(
            "a",
            "Data Security Law",
            &["5G"],
            "big-data rules",
        )]);
        assert!(search(&data, "data 5g")[0] > 0);
        assert_eq!(search(&data, "data blockchain")[0], 0);
        assert!(search(&data, "SÉCURITY")[0] > 0, "case and accents fold");
        assert!(search(&data, "ecur")[0] > 0, "a part of a word matches");
        assert!(search(&data, "g-dat")[0] > 0, "inside hyphenated words too");
    }

    /// A run of Chinese characters is one word, and a part of it matches like a part of any
    /// word: the Chinese name of an organisation finds the articles that name it.
    #[test]
    fn chinese_names_and_parts_of_them_find_the_organisations_articles() {
        assert_eq!(terms("工业和信息化部"), vec!["工业和信息化部"]);
        assert_eq!(terms("工业和信息化部 SAC"), vec!["工业和信息化部", "sac"]);
        let mut data = dataset(vec![
            Article {
                orgs: vec!["MIIT".into()],
                ..article("miit", "Other", &[], "text")
            },
            Article {
                orgs: vec!["SAC".into()],
                ..article("sac", "Other", &[], "text")
            },
            article("body", "Other", &[], "国家标准化管理委员会发布"),
        ]);
        data.organisations = vec![
            crate::model::Organisation {
                id: "MIIT".into(),
                name: "Ministry of Industry and Information Technology".into(),
                name_zh: "工业和信息化部".into(),
                kind: crate::model::OrgKind::Ministry,
            },
            crate::model::Organisation {
                id: "SAC".into(),
                name: "Standardization Administration of China".into(),
                name_zh: "国家标准化管理委员会".into(),
                kind: crate::model::OrgKind::Ministry,
            },
        ];
        let found =
            |query: &str| -> Vec<bool> { search(&data, query).iter().map(|s| *s > 0).collect() };
        assert_eq!(found("工业和信息化部"), vec![true, false, false]);
        assert_eq!(found("工业和信息化"), vec![true, false, false], "its start");
        assert_eq!(found("信息化"), vec![true, false, false], "its middle");
        assert_eq!(found("标准化管理"), vec![false, true, true], "and text");
        assert_eq!(found("工业和信息化部 ministry"), vec![true, false, false]);
        assert_eq!(
            found("工业部"),
            vec![false, false, false],
            "not a substring"
        );
    }
}
