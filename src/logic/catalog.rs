//! What is worth computing once per dataset, not once per keystroke: folded text for search,
//! tag keys, parsed dates, the tag vocabulary and the sections.

use std::collections::BTreeMap;

use crate::logic::dates::Fuzzy;
use crate::logic::names::Names;
use crate::logic::order::{sort_by, sort_by_cached_key};
use crate::logic::tags::tag_key;
use crate::logic::text::{fold, words};
use crate::model::{Article, ArticleIx, Dataset};

#[derive(Debug)]
pub struct Catalog {
    pub entries: Vec<Entry>,
    /// Every tag of the dataset, sorted by name, with the number of articles carrying it.
    pub tags: Vec<TagInfo>,
    /// Sections in the order the newsletter prints them.
    pub sections: Vec<String>,
    /// The organisations and documents the articles name.
    pub names: Names,
    /// Entry indices newest first and oldest first (undated last in both; equal dates in the
    /// newsletter's order): dates never change, so a filter keeps these orders, never sorts.
    pub newest_first: Vec<ArticleIx>,
    pub oldest_first: Vec<ArticleIx>,
    /// Not built at load, so the first cards do not wait for it: `prepare_search` builds it a
    /// step at a time while the page is idle, or the first search finishes it.
    index: std::sync::OnceLock<WordIndex>,
    pending: std::sync::Mutex<IndexBuilder>,
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
    /// names of the organisations an article names count as its tags.
    fn add(&mut self, data: &Dataset, names: &Names, count: usize) -> bool {
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
            for name in names.full_names_of(ArticleIx(i as usize)) {
                add(name, TAGS);
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

/// One article, prepared.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    /// The article's distinct tags (two spellings of one tag are one): facet counting touches
    /// numbers, not strings.
    pub tag_ids: Vec<TagId>,
    pub section_key: String,
    pub date: Option<Fuzzy>,
    /// The archive issue it appeared in, by position in `Dataset::issues`: issue facets count
    /// numbers, not ids.
    pub issue: Option<IssueIx>,
}

/// An archive issue: its position in `Dataset::issues` (newest first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IssueIx(pub usize);

/// A tag of the catalog: its position in `Catalog::tags` (name order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TagId(pub usize);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagInfo {
    pub key: String,
    /// The dataset's spelling.
    pub name: String,
    /// How many articles carry it.
    pub total: usize,
}

impl Catalog {
    pub fn new(data: &Dataset) -> Catalog {
        let mut tags: BTreeMap<String, TagInfo> = BTreeMap::new();
        for article in &data.articles {
            let mut seen: Vec<String> = Vec::new();
            for tag in &article.tags {
                let key = tag_key(tag);
                if key.is_empty() || seen.contains(&key) {
                    continue;
                }
                seen.push(key.clone());
                tags.entry(key.clone())
                    .or_insert_with(|| TagInfo {
                        key,
                        name: tag.clone(),
                        total: 0,
                    })
                    .total += 1;
            }
        }
        let mut tags: Vec<TagInfo> = tags.into_values().collect();
        sort_by_cached_key(&mut tags, |t| fold(&t.name));
        let index: rustc_hash::FxHashMap<&str, TagId> = tags
            .iter()
            .enumerate()
            .map(|(i, t)| (t.key.as_str(), TagId(i)))
            .collect();
        let issues: rustc_hash::FxHashMap<&str, IssueIx> = data
            .issues
            .iter()
            .enumerate()
            .map(|(i, issue)| (issue.id.as_str(), IssueIx(i)))
            .collect();
        let entries: Vec<Entry> = data
            .articles
            .iter()
            .map(|a| {
                let mut entry = Entry::new(a, |tag| index.get(tag_key(tag).as_str()).copied());
                entry.issue = issues.get(a.issue.as_str()).copied();
                entry
            })
            .collect();
        let mut sections: Vec<String> = Vec::new();
        for article in &data.articles {
            if !article.section.is_empty() && !sections.contains(&article.section) {
                sections.push(article.section.clone());
            }
        }
        let date = |i: &ArticleIx| entries.get(i.0).and_then(|e| e.date);
        let mut newest_first: Vec<ArticleIx> = (0..entries.len()).map(ArticleIx).collect();
        sort_by(&mut newest_first, |a, b| date(b).cmp(&date(a)));
        let mut oldest_first = newest_first.clone();
        sort_by_cached_key(&mut oldest_first, |i| (date(i).is_none(), date(i)));
        Catalog {
            entries,
            tags,
            sections,
            names: Names::new(data),
            newest_first,
            oldest_first,
            index: std::sync::OnceLock::new(),
            pending: Default::default(),
        }
    }

    /// Adds up to `articles` more articles of `data` to the search index; true once it is
    /// complete. Called in small steps, it keeps each step short enough not to block input.
    pub fn prepare_search(&self, data: &Dataset, articles: usize) -> bool {
        if self.index.get().is_some() {
            return true;
        }
        let Ok(mut pending) = self.pending.lock() else {
            return false;
        };
        if !pending.add(data, &self.names, articles) {
            return false;
        }
        let built = std::mem::take(&mut *pending).finish();
        let _ = self.index.set(built);
        true
    }

    fn word_index(&self, data: &Dataset) -> &WordIndex {
        self.index.get_or_init(|| {
            let mut builder = self
                .pending
                .lock()
                .map(|mut pending| std::mem::take(&mut *pending))
                .unwrap_or_default();
            builder.add(data, &self.names, usize::MAX);
            builder.finish()
        })
    }

    /// Per article of `data` (the dataset this catalog was made from), its search score for
    /// `terms` (folded query words); 0 when one of them is missing.
    pub fn search(&self, data: &Dataset, terms: &[String]) -> Vec<u32> {
        self.word_index(data).search(terms, self.entries.len())
    }

    /// The dataset's spelling of a tag typed in any case or spacing.
    pub fn tag(&self, spelling: &str) -> Option<&TagInfo> {
        self.tag_index(spelling).and_then(|id| self.tags.get(id.0))
    }

    pub fn tag_index(&self, spelling: &str) -> Option<TagId> {
        let key = tag_key(spelling);
        self.tags.iter().position(|t| t.key == key).map(TagId)
    }

    /// The prepared entry of an article.
    pub fn entry(&self, ix: ArticleIx) -> Option<&Entry> {
        self.entries.get(ix.0)
    }

    /// An article's distinct tags, in the dataset's spelling and the article's order.
    pub fn tag_names(&self, ix: ArticleIx) -> Vec<&str> {
        self.entry(ix)
            .map(|e| {
                e.tag_ids
                    .iter()
                    .filter_map(|id| self.tags.get(id.0))
                    .map(|t| t.name.as_str())
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn section(&self, spelling: &str) -> Option<&str> {
        let key = tag_key(spelling);
        self.sections
            .iter()
            .find(|s| tag_key(s) == key)
            .map(String::as_str)
    }
}

impl Entry {
    fn new(article: &Article, tag_id: impl Fn(&str) -> Option<TagId>) -> Entry {
        let mut tag_ids: Vec<TagId> = Vec::new();
        for id in article.tags.iter().filter_map(|t| tag_id(t)) {
            if !tag_ids.contains(&id) {
                tag_ids.push(id);
            }
        }
        Entry {
            tag_ids,
            section_key: tag_key(&article.section),
            date: Fuzzy::parse(&article.date),
            issue: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::fixtures::{self, dataset};
    use crate::logic::text::terms;

    fn article(id: &str, title: &str, tags: &[&str], body: &str) -> Article {
        Article {
            title: title.into(),
            ..fixtures::article(id, tags, body)
        }
    }

    #[test]
    fn counts_tags_by_key_and_keeps_the_dataset_spelling() {
        let data = dataset(vec![
            article("a", "A", &["Data Security", "5G"], ""),
            article("b", "B", &["5G"], ""),
        ]);
        let catalog = Catalog::new(&data);
        let names: Vec<(&str, usize)> = catalog
            .tags
            .iter()
            .map(|t| (t.name.as_str(), t.total))
            .collect();
        assert_eq!(names, vec![("5G", 2), ("Data Security", 1)]);
        assert_eq!(
            catalog.tag("data-security").map(|t| t.name.as_str()),
            Some("Data Security")
        );
        assert_eq!(catalog.tag("nope"), None);
        assert_eq!(catalog.sections, vec!["Standardization"]);
    }

    #[test]
    fn spellings_of_one_tag_on_one_article_are_one_tag() {
        let data = dataset(vec![
            article("a", "A", &["5G", "5g", " 5-G ", "ICV"], ""),
            article("b", "B", &["5G"], ""),
        ]);
        let catalog = Catalog::new(&data);
        let totals: Vec<(&str, usize)> = catalog
            .tags
            .iter()
            .map(|t| (t.name.as_str(), t.total))
            .collect();
        assert_eq!(totals, vec![("5G", 2), ("ICV", 1)]);
        assert_eq!(catalog.tag_names(ArticleIx(0)), vec!["5G", "ICV"]);
        assert_eq!(catalog.tag_names(ArticleIx(9)), Vec::<&str>::new());
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
        let at_once = Catalog::new(&data);
        let expected = at_once.word_index(&data).clone();

        let in_steps = Catalog::new(&data);
        let mut steps = 0;
        while !in_steps.prepare_search(&data, 2) {
            steps += 1;
            assert!(
                in_steps.index.get().is_none(),
                "not ready before its last step"
            );
        }
        assert_eq!(steps, 3, "7 articles, 2 a step: ready on the 4th step");
        assert_eq!(in_steps.index.get(), Some(&expected));
        assert!(in_steps.prepare_search(&data, 2), "stays ready");

        let interrupted = Catalog::new(&data);
        assert!(!interrupted.prepare_search(&data, 3));
        assert_eq!(
            interrupted.search(&data, &terms("title 5")),
            at_once.search(&data, &terms("title 5"))
        );
        assert_eq!(interrupted.word_index(&data), &expected);
    }

    #[test]
    fn title_matches_rank_above_body_matches() {
        let data = dataset(vec![
            article("body", "Other", &[], "the data security law"),
            article("title", "Data Security Law", &[], "text"),
        ]);
        let catalog = Catalog::new(&data);
        let scores = catalog.search(&data, &terms("data security"));
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
        let catalog = Catalog::new(&data);
        assert!(catalog.search(&data, &terms("data 5g"))[0] > 0);
        assert_eq!(catalog.search(&data, &terms("data blockchain"))[0], 0);
        assert!(
            catalog.search(&data, &terms("SÉCURITY"))[0] > 0,
            "case and accents fold"
        );
        assert!(
            catalog.search(&data, &terms("ecur"))[0] > 0,
            "a part of a word matches"
        );
        assert!(
            catalog.search(&data, &terms("g-dat"))[0] > 0,
            "inside hyphenated words too"
        );
    }
}
