//! The reader's watch list: what they follow on this device (tags, organisations, documents,
//! sections, event kinds, and whole views they named), in the order they chose. Kept in the
//! browser's storage as one versioned JSON value and moved to another device as a link
//! (`?follow=…`); both carry each item in one text form, `Target::encode`.

use serde::{Deserialize, Serialize};

use crate::logic::registry::FacetKind;
use crate::logic::text::value_key;
use crate::logic::url::parse;
use crate::logic::view::{ViewState, MAX_REPEATED, MAX_VALUE_CHARS};

/// The storage key of the list (beside the newest issue seen, the other thing kept).
pub const STORAGE_KEY: &str = "standards-radar:following";
/// The stored format's version: a stored list of another version is dropped with a notice.
pub const VERSION: u32 = 1;

/// The facets a reader can follow a value of.
pub const FOLLOWABLE: [FacetKind; 5] = [
    FacetKind::Tag,
    FacetKind::Org,
    FacetKind::Doc,
    FacetKind::Section,
    FacetKind::Kind,
];

/// What an item follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// One value of a facet: `tag:ICV`.
    Value(FacetKind, String),
    /// A whole view, as its query (`tag=ICV&org=MIIT`), under the name the reader gave it.
    View { name: String, query: String },
}

impl Target {
    /// A view as a target: what it filters (the facets, the match mode, the search, the
    /// dates), not how or where it is read (the view, its month and sort, an open article, an
    /// offer): the same filters read as cards or as a calendar are one followed item.
    pub fn view(name: &str, state: &ViewState) -> Target {
        Target::View {
            name: clean_name(name),
            query: filters_of(state).to_query(),
        }
    }

    /// Its text form: `<facet key>:<value>`, or `view:<name>:<query>` (a query in its URL form
    /// has no raw `:`, so the last one ends the name).
    pub fn encode(&self) -> String {
        match self {
            Target::Value(facet, value) => format!("{}:{value}", facet.descriptor().key),
            Target::View { name, query } => format!("view:{name}:{query}"),
        }
    }

    /// Reads a text form back; `None` for anything else (an unknown facet, no value).
    pub fn decode(text: &str) -> Option<Target> {
        let (key, rest) = text.split_once(':')?;
        if key == "view" {
            let (name, query) = rest.rsplit_once(':')?;
            let name = clean_name(name);
            // Through the app's own parser, so a hostile query becomes one the app wrote, and
            // only its filters: a link cannot make an item that opens an offer or an article.
            let query = filters_of(&parse(query).0).to_query();
            return (!name.is_empty()).then_some(Target::View { name, query });
        }
        let facet = FacetKind::from_key(key).filter(|f| FOLLOWABLE.contains(f))?;
        let value = rest.trim();
        let fits = !value.is_empty() && value.chars().count() <= MAX_VALUE_CHARS;
        fits.then(|| Target::Value(facet, value.to_string()))
    }

    /// The view that shows what it follows.
    pub fn state(&self) -> ViewState {
        match self {
            Target::Value(facet, value) => {
                ViewState::default().apply(&crate::logic::view::Change::Show(*facet, value.clone()))
            }
            Target::View { query, .. } => parse(query).0,
        }
    }

    /// Whether two targets follow the same thing (a value in any spelling the app matches).
    pub fn same_as(&self, other: &Target) -> bool {
        match (self, other) {
            (Target::Value(f, a), Target::Value(g, b)) => f == g && value_key(a) == value_key(b),
            (Target::View { query: a, .. }, Target::View { query: b, .. }) => a == b,
            _ => false,
        }
    }
}

/// The filters of a view, without how or where it is read.
fn filters_of(state: &ViewState) -> ViewState {
    ViewState {
        selected: state.selected.clone(),
        match_mode: state.match_mode,
        q: state.q.clone(),
        from: state.from,
        to: state.to,
        ..ViewState::default()
    }
}

/// A view's name as the reader typed it, on one line and of a bounded length.
fn clean_name(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    words.join(" ").chars().take(80).collect()
}

/// One followed thing, with the name the reader gave it (none: its own name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub target: Target,
    pub name: Option<String>,
}

/// The list, in the reader's order, each target once.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WatchList {
    items: Vec<Item>,
}

/// Why a stored list was not used: it is dropped, and the reader told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoredProblem {
    /// Not the JSON this app writes.
    Unreadable,
    /// Written by an older version of the app, in a format this one no longer reads.
    OlderVersion(u32),
    /// Written by a newer version of the app (another tab, after an update): left as it is.
    NewerVersion(u32),
}

#[derive(Serialize, Deserialize)]
struct Stored {
    version: u32,
    items: Vec<StoredItem>,
}

#[derive(Serialize, Deserialize)]
struct StoredItem {
    follow: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<String>,
}

impl WatchList {
    pub fn items(&self) -> &[Item] {
        &self.items
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn follows(&self, target: &Target) -> bool {
        self.position(target).is_some()
    }

    fn position(&self, target: &Target) -> Option<usize> {
        self.items.iter().position(|i| i.target.same_as(target))
    }

    /// Follows `target` at the end of the list, or stops following it.
    pub fn toggle(&mut self, target: Target) {
        match self.position(&target) {
            Some(at) => {
                self.items.remove(at);
            }
            None => {
                self.add(target);
            }
        }
    }

    /// Follows `target` unless it already is (or the list is full); whether it was added.
    pub fn add(&mut self, target: Target) -> bool {
        if self.follows(&target) || self.items.len() >= MAX_REPEATED {
            return false;
        }
        self.items.push(Item { target, name: None });
        true
    }

    pub fn remove(&mut self, target: &Target) {
        self.items.retain(|i| !i.target.same_as(target));
    }

    /// The reader's own name for an item; an empty one gives its own name back.
    pub fn rename(&mut self, target: &Target, name: &str) {
        let name = clean_name(name);
        if let Some(item) = self.items.iter_mut().find(|i| i.target.same_as(target)) {
            item.name = (!name.is_empty()).then_some(name);
        }
    }

    /// Moves an item one place up (`-1`) or down (`1`); nothing past either end.
    pub fn shift(&mut self, target: &Target, by: isize) {
        let Some(at) = self.position(target) else {
            return;
        };
        let Some(to) = at
            .checked_add_signed(by)
            .filter(|&to| to < self.items.len())
        else {
            return;
        };
        self.items.swap(at, to);
    }

    /// The list as stored: `{"version":1,"items":[{"follow":"tag:ICV","name":"Cars"}]}`.
    pub fn to_stored(&self) -> String {
        let stored = Stored {
            version: VERSION,
            items: self
                .items
                .iter()
                .map(|i| StoredItem {
                    follow: i.target.encode(),
                    name: i.name.clone(),
                })
                .collect(),
        };
        serde_json::to_string(&stored).unwrap_or_default()
    }

    /// Reads a stored list. Items this version cannot read are left out; a list it cannot
    /// read at all is a problem to tell the reader about, never a crash.
    pub fn from_stored(text: &str) -> Result<WatchList, StoredProblem> {
        #[derive(Deserialize)]
        struct Versioned {
            version: u32,
        }
        let version = serde_json::from_str::<Versioned>(text)
            .map_err(|_| StoredProblem::Unreadable)?
            .version;
        if version < VERSION {
            return Err(StoredProblem::OlderVersion(version));
        }
        if version > VERSION {
            return Err(StoredProblem::NewerVersion(version));
        }
        let stored: Stored = serde_json::from_str(text).map_err(|_| StoredProblem::Unreadable)?;
        let mut list = WatchList::default();
        for item in stored.items {
            if let Some(target) = Target::decode(&item.follow) {
                if list.add(target.clone()) {
                    list.rename(&target, item.name.as_deref().unwrap_or_default());
                }
            }
        }
        Ok(list)
    }

    /// The targets of `targets` that `add` would take, in order: not followed yet, each once,
    /// within the list's limit.
    pub fn addable(&self, targets: &[Target]) -> Vec<Target> {
        let mut trial = self.clone();
        targets
            .iter()
            .filter(|t| trial.add((*t).clone()))
            .cloned()
            .collect()
    }

    /// The `follow=` values of a link that carries the list to another device.
    pub fn share_values(&self) -> Vec<String> {
        self.items.iter().map(|i| i.target.encode()).collect()
    }

    /// The view a link that carries the list to another device opens: the default view,
    /// offering every item (`?follow=…`), which asks before adding any.
    pub fn share_view(&self) -> ViewState {
        ViewState {
            offer: self.share_values(),
            ..ViewState::default()
        }
    }
}

#[cfg(test)]
#[path = "following_tests.rs"]
mod tests;
