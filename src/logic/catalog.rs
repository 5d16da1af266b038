//! What is worth computing once per dataset, not once per keystroke: folded text for search,
//! tag keys, parsed dates, the tag vocabulary and the sections.

use std::collections::BTreeMap;

use crate::logic::dates::Fuzzy;
use crate::logic::tags::tag_key;
use crate::logic::text::fold;
use crate::model::{Article, Dataset};

#[derive(Debug, Clone, Default)]
pub struct Catalog {
    pub entries: Vec<Entry>,
    /// Every tag of the dataset, sorted by name, with the number of articles carrying it.
    pub tags: Vec<TagInfo>,
    /// Sections in the order the newsletter prints them.
    pub sections: Vec<String>,
}

/// One article, prepared.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    /// Indices into `Catalog::tags`: facet counting touches numbers, not strings.
    pub tag_ids: Vec<usize>,
    pub section_key: String,
    pub date: Option<Fuzzy>,
    pub title: String,
    pub tags: String,
    pub section: String,
    pub summary: String,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagInfo {
    pub key: String,
    /// The dataset's spelling.
    pub name: String,
    pub total: usize,
}

impl Catalog {
    pub fn new(data: &Dataset) -> Catalog {
        let mut tags: BTreeMap<String, TagInfo> = BTreeMap::new();
        for article in &data.articles {
            for tag in &article.tags {
                let key = tag_key(tag);
                if key.is_empty() {
                    continue;
                }
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
        tags.sort_by_cached_key(|t| fold(&t.name));
        let index: std::collections::HashMap<&str, usize> = tags
            .iter()
            .enumerate()
            .map(|(i, t)| (t.key.as_str(), i))
            .collect();
        let entries: Vec<Entry> = data
            .articles
            .iter()
            .map(|a| Entry::new(a, |tag| index.get(tag_key(tag).as_str()).copied()))
            .collect();
        let mut sections: Vec<String> = Vec::new();
        for article in &data.articles {
            if !article.section.is_empty() && !sections.contains(&article.section) {
                sections.push(article.section.clone());
            }
        }
        Catalog {
            entries,
            tags,
            sections,
        }
    }

    /// The dataset's spelling of a tag typed in any case or spacing.
    pub fn tag(&self, spelling: &str) -> Option<&TagInfo> {
        self.tag_index(spelling).and_then(|i| self.tags.get(i))
    }

    pub fn tag_index(&self, spelling: &str) -> Option<usize> {
        let key = tag_key(spelling);
        self.tags.iter().position(|t| t.key == key)
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
    fn new(article: &Article, tag_id: impl Fn(&str) -> Option<usize>) -> Entry {
        let mut body = String::new();
        for block in &article.body {
            for text in block.texts() {
                body.push_str(&fold(text));
                body.push('\n');
            }
        }
        Entry {
            tag_ids: article.tags.iter().filter_map(|t| tag_id(t)).collect(),
            section_key: tag_key(&article.section),
            date: Fuzzy::parse(&article.date),
            title: fold(&article.title),
            tags: fold(&article.tags.join("\n")),
            section: fold(&article.section),
            summary: fold(&article.summary),
            body,
        }
    }

    /// How well the article matches every one of `terms`; `None` when one is missing.
    /// A title hit outweighs tags, which outweigh the summary, which outweighs the body.
    pub fn score(&self, terms: &[String]) -> Option<u32> {
        let mut total = 0;
        for term in terms {
            let mut score = 0;
            for (field, weight) in [
                (&self.title, 16),
                (&self.tags, 8),
                (&self.section, 4),
                (&self.summary, 4),
            ] {
                if let Some(at) = field.find(term.as_str()) {
                    score += weight
                        + if starts_word(field, at) {
                            weight / 2
                        } else {
                            0
                        };
                }
            }
            let in_body = self.body.matches(term.as_str()).take(5).count() as u32;
            score += in_body;
            if score == 0 {
                return None;
            }
            total += score;
        }
        Some(total)
    }
}

fn starts_word(text: &str, at: usize) -> bool {
    text.get(..at)
        .and_then(|before| before.chars().next_back())
        .is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::text::terms;
    use crate::model::{Block, Publication};

    pub fn article(id: &str, title: &str, tags: &[&str], body: &str) -> Article {
        Article {
            id: id.into(),
            title: title.into(),
            section: "Standardization".into(),
            date: "2021-07-01".into(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            summary: String::new(),
            body: vec![Block::Paragraph { text: body.into() }],
            links: vec![],
            events: vec![],
        }
    }

    fn dataset(articles: Vec<Article>) -> Dataset {
        Dataset {
            schema_version: 1,
            publication: Publication::default(),
            skipped: vec![],
            articles,
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
    fn title_matches_rank_above_body_matches() {
        let data = dataset(vec![
            article("body", "Other", &[], "the data security law"),
            article("title", "Data Security Law", &[], "text"),
        ]);
        let catalog = Catalog::new(&data);
        let q = terms("data security");
        let body = catalog.entries[0].score(&q).unwrap();
        let title = catalog.entries[1].score(&q).unwrap();
        assert!(title > body, "{title} > {body}");
    }

    #[test]
    fn every_term_must_match_somewhere() {
        let data = dataset(vec![article("a", "Data Security Law", &["5G"], "")]);
        let entry = &Catalog::new(&data).entries[0];
        assert!(entry.score(&terms("data 5g")).is_some());
        assert!(entry.score(&terms("data blockchain")).is_none());
        assert!(
            entry.score(&terms("SÉCURITY")).is_some(),
            "case and accents fold"
        );
    }
}
