//! The values of every facet, built once per dataset from the registry's descriptors: each
//! facet's vocabulary (its values in order, found by any spelling through a hash map) and each
//! article's values in it, as positions (counting touches numbers, not strings).

use rustc_hash::FxHashMap;

use crate::logic::order::sort_by_cached_key;
use crate::logic::registry::{FacetKind, Order, Source};
use crate::logic::text::fold;
use crate::logic::text::value_key;
use crate::model::ArticleIx;

/// A value's position in its facet's vocabulary. Only a vocabulary makes one, so a value is
/// only ever looked up in the vocabulary it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ValueId(u32);

impl ValueId {
    /// Its position, for tables of one entry per value (counts).
    pub fn at(self) -> usize {
        self.0 as usize
    }
}

/// One value of a facet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Value {
    key: String,
    name: String,
    label: String,
    total: usize,
}

impl Value {
    /// The value as the dataset spells it, and as the URL carries it: `MIIT`, `2021-06-07`.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Its name for the reader: the name, or what the descriptor shows instead ("Webinar").
    pub fn label(&self) -> &str {
        &self.label
    }

    /// How many articles carry it.
    pub fn total(&self) -> usize {
        self.total
    }
}

#[derive(Debug, Default)]
pub struct Vocabulary {
    values: Vec<Value>,
    by_key: FxHashMap<String, ValueId>,
}

impl Vocabulary {
    /// The value a URL or a reader names, in any case, accents or spacing.
    pub fn find(&self, spelling: &str) -> Option<ValueId> {
        self.by_key.get(&value_key(spelling)).copied()
    }

    pub fn get(&self, id: ValueId) -> Option<&Value> {
        self.values.get(id.at())
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Every value, in the facet's order.
    pub fn iter(&self) -> impl Iterator<Item = (ValueId, &Value)> {
        self.values
            .iter()
            .enumerate()
            .map(|(at, value)| (ValueId(at as u32), value))
    }

    fn add(&mut self, key: String, name: &str, label: String) -> ValueId {
        let id = ValueId(u32::try_from(self.values.len()).unwrap_or(u32::MAX));
        self.by_key.insert(key.clone(), id);
        self.values.push(Value {
            key,
            name: name.to_string(),
            label,
            total: 0,
        });
        id
    }
}

/// A facet's vocabulary, and per article its values (each once, in the article's order).
#[derive(Debug, Default)]
pub struct FacetIndex {
    vocabulary: Vocabulary,
    /// Article `i`'s values are `values[starts[i]..starts[i + 1]]`: one allocation for all.
    starts: Vec<u32>,
    values: Vec<ValueId>,
}

impl FacetIndex {
    pub fn new(kind: FacetKind, source: &Source) -> FacetIndex {
        let data = source.data;
        let descriptor = kind.descriptor();
        let label = |name: &str| descriptor.display.name(Some(data), name);
        let mut vocabulary = Vocabulary::default();
        let listed = match descriptor.order {
            Order::Listed(list) => {
                for name in list(data) {
                    let key = value_key(&name);
                    if !key.is_empty() && !vocabulary.by_key.contains_key(&key) {
                        vocabulary.add(key, &name, label(&name));
                    }
                }
                true
            }
            Order::ByLabel | Order::FirstSeen => false,
        };
        let mut starts = Vec::with_capacity(data.articles.len() + 1);
        let mut values: Vec<ValueId> = Vec::new();
        for article in &data.articles {
            let begin = values.len();
            starts.push(u32::try_from(begin).unwrap_or(u32::MAX));
            (descriptor.values)(source, article, &mut |spelling| {
                let key = value_key(spelling);
                let id = match vocabulary.by_key.get(&key) {
                    Some(id) => *id,
                    None if listed || key.is_empty() => return,
                    None => vocabulary.add(key, spelling, label(spelling)),
                };
                let seen = values.get(begin..).is_some_and(|own| own.contains(&id));
                if !seen {
                    values.push(id);
                    if let Some(value) = vocabulary.values.get_mut(id.at()) {
                        value.total += 1;
                    }
                }
            });
        }
        starts.push(u32::try_from(values.len()).unwrap_or(u32::MAX));
        let mut index = FacetIndex {
            vocabulary,
            starts,
            values,
        };
        if matches!(descriptor.order, Order::ByLabel) {
            index.sort_by_label();
        }
        index
    }

    /// Puts the vocabulary in label order (case and accents folded) and renumbers every
    /// article's values to match.
    fn sort_by_label(&mut self) {
        let mut order: Vec<usize> = (0..self.vocabulary.values.len()).collect();
        sort_by_cached_key(&mut order, |&at| {
            self.vocabulary
                .values
                .get(at)
                .map(|v| fold(&v.label))
                .unwrap_or_default()
        });
        let mut renumbered = vec![ValueId(0); order.len()];
        for (rank, &old) in order.iter().enumerate() {
            if let Some(slot) = renumbered.get_mut(old) {
                *slot = ValueId(rank as u32);
            }
        }
        let mut old_values: Vec<Option<Value>> = std::mem::take(&mut self.vocabulary.values)
            .into_iter()
            .map(Some)
            .collect();
        let values: Vec<Value> = order
            .iter()
            .filter_map(|&old| old_values.get_mut(old).and_then(Option::take))
            .collect();
        self.vocabulary.by_key = values
            .iter()
            .enumerate()
            .map(|(at, v)| (v.key.clone(), ValueId(at as u32)))
            .collect();
        self.vocabulary.values = values;
        for id in &mut self.values {
            *id = renumbered.get(id.at()).copied().unwrap_or(*id);
        }
    }

    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocabulary
    }

    /// The values of one article.
    pub fn values_of(&self, ix: ArticleIx) -> &[ValueId] {
        let start = self.starts.get(ix.0).copied().unwrap_or(0) as usize;
        let end = self.starts.get(ix.0 + 1).copied().unwrap_or(0) as usize;
        self.values.get(start..end).unwrap_or(&[])
    }
}

/// Every facet's index, by kind.
#[derive(Debug)]
pub struct Facets {
    by_kind: [FacetIndex; FacetKind::COUNT],
}

impl Facets {
    pub fn new(source: &Source) -> Facets {
        Facets {
            by_kind: FacetKind::ALL.map(|kind| FacetIndex::new(kind, source)),
        }
    }

    pub fn get(&self, kind: FacetKind) -> &FacetIndex {
        // In bounds: `index` is the kind's position in `FacetKind::ALL`, whose length is the
        // array's, and `new` fills one index per kind in that order.
        #[allow(clippy::indexing_slicing)]
        &self.by_kind[kind.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::fixtures::{article, dataset, event};
    use crate::model::{EventKind, Issue};

    fn names(index: &FacetIndex, ix: usize) -> Vec<&str> {
        index
            .values_of(ArticleIx(ix))
            .iter()
            .filter_map(|id| index.vocabulary().get(*id))
            .map(Value::name)
            .collect()
    }

    #[test]
    fn values_are_found_by_any_spelling_and_kept_in_the_datasets() {
        let data = dataset(vec![
            article("a", &["Data security", "5G", "data-security"], ""),
            article("b", &["Café", "# Data Security"], ""),
        ]);
        let tags = FacetIndex::new(FacetKind::Tag, &Source::new(&data));
        let vocabulary = tags.vocabulary();
        let all: Vec<(&str, usize)> = vocabulary
            .iter()
            .map(|(_, v)| (v.name(), v.total()))
            .collect();
        assert_eq!(all, vec![("5G", 1), ("Café", 1), ("Data security", 2)]);
        let found = vocabulary
            .find("DATA SECURITY")
            .and_then(|id| vocabulary.get(id));
        assert_eq!(found.map(Value::name), Some("Data security"));
        assert_eq!(vocabulary.find("cafe\u{301}"), vocabulary.find("Café"));
        assert_eq!(vocabulary.find("nope"), None);
        assert_eq!(
            names(&tags, 0),
            vec!["Data security", "5G"],
            "the article's order, once each"
        );
        assert_eq!(names(&tags, 1), vec!["Café", "Data security"]);
        assert!(tags.values_of(ArticleIx(9)).is_empty());
    }

    #[test]
    fn listed_vocabularies_keep_their_order_and_offer_every_value() {
        let mut a = article("a", &[], "");
        a.events = vec![event("e", EventKind::Deadline, "2021-07-01", None)];
        a.issue = "2021-06-07".into();
        let mut data = dataset(vec![a]);
        data.issues = ["2021-08-09", "2021-06-07"]
            .iter()
            .map(|id| Issue {
                id: (*id).into(),
                title: format!("Title {id}"),
                published: String::new(),
            })
            .collect();
        let issues = FacetIndex::new(FacetKind::Issue, &Source::new(&data));
        let listed: Vec<(&str, &str, usize)> = issues
            .vocabulary()
            .iter()
            .map(|(_, v)| (v.name(), v.label(), v.total()))
            .collect();
        assert_eq!(
            listed,
            vec![
                ("2021-08-09", "Title 2021-08-09", 0),
                ("2021-06-07", "Title 2021-06-07", 1)
            ]
        );
        let kinds = FacetIndex::new(FacetKind::Kind, &Source::new(&data));
        assert_eq!(kinds.vocabulary().len(), EventKind::ALL.len());
        assert_eq!(names(&kinds, 0), vec!["deadline"]);
    }

    #[test]
    fn sections_come_in_the_order_the_newsletter_prints_them() {
        let mut b = article("b", &[], "");
        b.section = "Zebra".into();
        let data = dataset(vec![b, article("a", &[], "")]);
        let sections = FacetIndex::new(FacetKind::Section, &Source::new(&data));
        let order: Vec<&str> = sections
            .vocabulary()
            .iter()
            .map(|(_, v)| v.name())
            .collect();
        assert_eq!(order, vec!["Zebra", "Standardization"]);
    }
}
