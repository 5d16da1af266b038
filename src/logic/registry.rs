//! Every facet of the explorer, each described once.
//!
//! A facet is a way to narrow the articles by values they carry (tags, a section, the
//! organisations they name, ...). Its descriptor says everything the rest of the app needs:
//! its URL key and its names for the reader, how selected values combine, how an article's
//! values are read, and where its vocabulary comes from. The URL, the view's changes, the
//! filter, the counts, the notices, the chips, the export names and the clouds and lists of
//! the page all loop over `FacetKind::ALL`; none of them names a facet.
//!
//! Adding a facet: a variant of `FacetKind` (its position is its place in the URL and the
//! filter chips), its entry in `ALL`, and its `Descriptor` in `FacetKind::descriptor`.

use rustc_hash::FxHashMap;

use crate::logic::documents::{latest, Records};
use crate::model::{Article, Dataset, DocKind, Document, EventKind, OrgKind, Organisation, Stage};

/// A facet of the explorer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FacetKind {
    Tag,
    Section,
    Org,
    OrgType,
    Doc,
    DocType,
    DocStatus,
    Issue,
    Kind,
}

/// How the selected values of one facet combine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Combine {
    /// An article must carry every selected value: each narrows the list.
    All,
    /// One selected value is enough: each adds to the list.
    Any,
    /// As the view's `match` says (all by default): the tags.
    Chosen,
}

/// Which values a facet offers, and in which order.
#[derive(Debug, Clone, Copy)]
pub enum Order {
    /// The values the articles carry, sorted by their label (case and accents folded).
    ByLabel,
    /// The values the articles carry, in the order the newsletter first prints them.
    FirstSeen,
    /// A fixed list, in its own order: values an article carries outside it are ignored, and
    /// a listed value no article carries is still offered (an issue still loading, a kind).
    Listed(fn(&Dataset) -> Vec<String>),
}

/// How a value is named for the reader.
#[derive(Debug, Clone, Copy)]
pub enum Display {
    /// As the dataset spells it.
    AsIs,
    /// By a name the app knows, for every dataset ("webinar" is "Webinar").
    Fixed(fn(&str) -> Option<&'static str>),
    /// By a name the dataset gives ("2021-06-07" is "June–July 2021").
    FromData(fn(&Dataset, &str) -> Option<String>),
}

impl Display {
    /// The name of `value`, in `data` when there is one.
    pub fn name(self, data: Option<&Dataset>, value: &str) -> String {
        let named = match (self, data) {
            (Display::Fixed(name), _) => name(value).map(str::to_string),
            (Display::FromData(name), Some(data)) => name(data, value),
            _ => None,
        };
        named.unwrap_or_else(|| value.to_string())
    }
}

/// Where the page draws a facet's values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A cloud in the filters (a list sorted by count on request).
    Cloud,
    /// A list of choices in the filters.
    Checklist,
    /// Where its values are met instead: documents in the article view, event kinds as the
    /// calendar's legend.
    Elsewhere,
}

/// What a descriptor reads an article's values against, built once per dataset: the dataset,
/// and its tables of organisations and documents by id (articles name both by id, and looking
/// each up in the table per article would cost articles × table at every load).
pub struct Source<'a> {
    pub data: &'a Dataset,
    organisations: FxHashMap<&'a str, &'a Organisation>,
    documents: Records,
}

impl<'a> Source<'a> {
    pub fn new(data: &'a Dataset) -> Source<'a> {
        Source {
            data,
            organisations: data
                .organisations
                .iter()
                .map(|o| (o.id.as_str(), o))
                .collect(),
            documents: Records::new(data),
        }
    }

    /// The record of the document with this id.
    pub fn document(&self, id: &str) -> Option<&'a Document> {
        self.data.documents.get(self.documents.find(id)?.0)
    }

    /// The records by id, for the catalog to keep once the facets are read.
    pub fn into_documents(self) -> Records {
        self.documents
    }

    /// What the dataset's table says of the organisation with this id.
    pub fn organisation(&self, id: &str) -> Option<&'a Organisation> {
        self.organisations.get(id).copied()
    }
}

/// Gives each value of an article to the callback.
pub type ReadValues = fn(&Source, &Article, &mut dyn FnMut(&str));

/// Everything about one facet.
#[derive(Debug, Clone, Copy)]
pub struct Descriptor {
    /// Its parameter in the URL: `tag`.
    pub key: &'static str,
    /// Its name on a chip: "Tag" in "Tag: 5G".
    pub label: &'static str,
    /// Its name in a sentence: "event kind" in "Unknown event kind “party” was ignored".
    pub noun: &'static str,
    /// A heading over its values: "Tags".
    pub heading: &'static str,
    /// "tags" in "Show all 300 tags".
    pub plural: &'static str,
    pub combine: Combine,
    /// An article's values, as the dataset spells them (two spellings of one value are one:
    /// values are compared by `text::value_key`).
    pub values: ReadValues,
    /// A value's name for the reader.
    pub display: Display,
    /// Which values it offers, in which order.
    pub order: Order,
    pub place: Place,
}

impl FacetKind {
    /// Every facet, in the order of the URL and of the filter chips.
    pub const ALL: [FacetKind; 9] = [
        FacetKind::Tag,
        FacetKind::Section,
        FacetKind::Org,
        FacetKind::OrgType,
        FacetKind::Doc,
        FacetKind::DocType,
        FacetKind::DocStatus,
        FacetKind::Issue,
        FacetKind::Kind,
    ];
    pub const COUNT: usize = FacetKind::ALL.len();

    /// Its position in `ALL`: per-facet tables are arrays indexed by it.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The facet a URL parameter names.
    pub fn from_key(key: &str) -> Option<FacetKind> {
        FacetKind::ALL
            .into_iter()
            .find(|f| f.descriptor().key == key)
    }

    pub fn descriptor(self) -> &'static Descriptor {
        match self {
            FacetKind::Tag => &TAG,
            FacetKind::Section => &SECTION,
            FacetKind::Org => &ORG,
            FacetKind::OrgType => &ORG_TYPE,
            FacetKind::Doc => &DOC,
            FacetKind::DocType => &DOC_TYPE,
            FacetKind::DocStatus => &DOC_STATUS,
            FacetKind::Issue => &ISSUE,
            FacetKind::Kind => &KIND,
        }
    }
}

const TAG: Descriptor = Descriptor {
    key: "tag",
    label: "Tag",
    noun: "tag",
    heading: "Tags",
    plural: "tags",
    combine: Combine::Chosen,
    values: |_, article, out| article.tags.iter().for_each(|t| out(t)),
    display: Display::AsIs,
    order: Order::ByLabel,
    place: Place::Cloud,
};

const SECTION: Descriptor = Descriptor {
    key: "section",
    label: "Section",
    noun: "section",
    heading: "Sections",
    plural: "sections",
    // An article has one section: "all" of two would leave nothing.
    combine: Combine::Any,
    values: |_, article, out| out(&article.section),
    display: Display::AsIs,
    order: Order::FirstSeen,
    place: Place::Checklist,
};

const ORG: Descriptor = Descriptor {
    key: "org",
    label: "Organisation",
    noun: "organisation",
    heading: "Organisations",
    plural: "organisations",
    combine: Combine::All,
    values: |_, article, out| article.orgs.iter().for_each(|o| out(o)),
    display: Display::AsIs,
    order: Order::ByLabel,
    place: Place::Cloud,
};

/// The kinds of organisation an article names: a reader who follows ministries, or European
/// bodies, without knowing each one's name.
const ORG_TYPE: Descriptor = Descriptor {
    key: "orgtype",
    label: "Organisation type",
    noun: "organisation type",
    heading: "Kinds of organisation",
    plural: "organisation types",
    combine: Combine::Any,
    // An organisation the dataset's table does not list is `other`, as its summary says.
    values: |source, article, out| {
        for org in &article.orgs {
            let listed = source.organisation(org);
            out(listed.map_or(OrgKind::Other, |o| o.kind).as_str());
        }
    },
    display: Display::Fixed(|value| {
        OrgKind::ALL
            .into_iter()
            .find(|k| k.as_str() == value)
            .map(OrgKind::label)
    }),
    order: Order::Listed(|_| OrgKind::ALL.map(|k| k.as_str().to_string()).to_vec()),
    place: Place::Checklist,
};

const DOC: Descriptor = Descriptor {
    key: "doc",
    label: "Document",
    noun: "document",
    heading: "Documents",
    plural: "documents",
    combine: Combine::All,
    values: |_, article, out| article.docs.iter().for_each(|d| out(d)),
    // By its title: ids are for links.
    display: Display::FromData(|data, id| {
        data.documents
            .iter()
            .find(|d| d.id == id)
            .map(|d| d.title.clone())
    }),
    order: Order::ByLabel,
    place: Place::Elsewhere,
};

/// What the documents an article names are: a reader who follows mandatory standards, or laws.
const DOC_TYPE: Descriptor = Descriptor {
    key: "doctype",
    label: "Document type",
    noun: "document type",
    heading: "Kinds of document",
    plural: "document types",
    combine: Combine::Any,
    values: |source, article, out| {
        for id in &article.docs {
            if let Some(doc) = source.document(id) {
                out(doc.kind.as_str());
            }
        }
    },
    display: Display::Fixed(|value| DocKind::parse_key(value).map(DocKind::label)),
    // Only the kinds the archive has: two dozen empty choices would bury them.
    order: Order::ByLabel,
    place: Place::Checklist,
};

/// Where the documents an article names stand: the latest step the archive reports of each.
const DOC_STATUS: Descriptor = Descriptor {
    key: "docstatus",
    label: "Document status",
    noun: "document status",
    heading: "Document status",
    plural: "document statuses",
    combine: Combine::Any,
    values: |source, article, out| {
        for id in &article.docs {
            if let Some(step) = source.document(id).and_then(latest) {
                out(step.stage.as_str());
            }
        }
    },
    display: Display::Fixed(|value| Stage::parse_key(value).map(Stage::label)),
    order: Order::Listed(|_| Stage::ALL.iter().map(|k| k.as_str().to_string()).collect()),
    place: Place::Checklist,
};

const ISSUE: Descriptor = Descriptor {
    key: "issue",
    label: "Issue",
    noun: "issue",
    heading: "Issues",
    plural: "issues",
    // An article appears in one issue: choosing another adds its articles.
    combine: Combine::Any,
    values: |_, article, out| out(&article.issue),
    display: Display::FromData(|data, value| {
        data.issues
            .iter()
            .find(|i| i.id == value)
            .map(|i| i.title.clone())
    }),
    // Newest first, as the dataset lists them: one still loading is offered too.
    order: Order::Listed(|data| data.issues.iter().map(|i| i.id.clone()).collect()),
    place: Place::Checklist,
};

const KIND: Descriptor = Descriptor {
    key: "kind",
    label: "Event",
    noun: "event kind",
    heading: "Event kinds",
    plural: "event kinds",
    // An article with a meeting and a deadline is shown for either.
    combine: Combine::Any,
    values: |_, article, out| article.events.iter().for_each(|e| out(e.kind.as_str())),
    display: Display::Fixed(|value| {
        EventKind::ALL
            .into_iter()
            .find(|k| k.as_str() == value)
            .map(EventKind::label)
    }),
    order: Order::Listed(|_| EventKind::ALL.map(|k| k.as_str().to_string()).to_vec()),
    place: Place::Elsewhere,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_facet_is_listed_once_with_its_own_key() {
        for (at, kind) in FacetKind::ALL.into_iter().enumerate() {
            assert_eq!(kind.index(), at, "{kind:?} is at its own position");
            assert_eq!(FacetKind::from_key(kind.descriptor().key), Some(kind));
        }
        let mut keys: Vec<&str> = FacetKind::ALL.iter().map(|k| k.descriptor().key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), FacetKind::COUNT);
        for other in [
            "q", "match", "from", "to", "sort", "view", "month", "upcoming",
        ] {
            assert!(!keys.contains(&other), "{other} is not a facet's key");
        }
    }
}
