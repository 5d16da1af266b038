//! The documents the articles name, as records: one per law, standard or plan across the
//! archive, with its number, type, issuer, the dated steps the articles report, and its
//! relations to other documents. An article names documents by `Document::id`.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Stable across rebuilds (links, feeds and calendars depend on it): `gb-21670`,
    /// `data-security-law`.
    pub id: String,
    /// As printed: "Data Security Law", "GB 21670".
    pub title: String,
    /// The short name the text uses for it: "DSL".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub short: String,
    /// Its number in normal form (`logic::documents::DocNumber`): "GB/T 22239-2019".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub number: String,
    #[serde(rename = "type")]
    pub kind: DocKind,
    /// The organisation that issued it (`Organisation::id`), where the text says so.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub issuer: String,
    /// Dated steps, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<DocStep>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relations: Vec<DocRelation>,
}

/// The position of a record in `Dataset::documents`: meaningful only for that dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DocIx(pub usize);

/// One step of a document's life, as an article reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocStep {
    pub stage: Stage,
    /// `YYYY-MM-DD`, or `YYYY-MM` when the text names only the month.
    pub date: String,
    /// The last day of a draft's comment period, when the text gives it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub until: String,
    /// The article that says so (`Article::id`).
    pub article: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocRelation {
    pub relation: Relation,
    /// The other document's id.
    pub document: String,
}

/// Each document kind once: its name in files and links, and its name for readers.
macro_rules! named {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $key:literal, $label:literal;)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $key)] $variant,)*
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// Its name in files and links.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $key,)* }
            }

            /// Its name for readers.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label,)* }
            }

            pub fn parse_key(key: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|k| k.as_str() == key)
            }
        }
    };
}

named! {
    /// What a document is: from its number's prefix when it has one, else from its title.
    DocKind {
        Mandatory = "gb", "Mandatory national standard (GB)";
        Recommended = "gb-t", "Recommended national standard (GB/T)";
        Guidance = "gb-z", "Guidance technical document (GB/Z)";
        Industry = "industry-standard", "Industry standard";
        Group = "group-standard", "Group standard";
        Local = "local-standard", "Local standard";
        International = "international-standard", "International standard";
        European = "european-standard", "European standard";
        EuRegulation = "eu-regulation", "EU regulation";
        EuDirective = "eu-directive", "EU directive";
        EuDecision = "eu-decision", "EU decision";
        Law = "law", "Law";
        Regulation = "regulation", "Regulation";
        Measures = "measures", "Measures";
        Provisions = "provisions", "Provisions";
        Rules = "rules", "Rules";
        Notice = "notice", "Notice";
        Opinions = "opinions", "Opinions";
        Plan = "plan", "Plan";
        Guideline = "guideline", "Guidelines";
        Strategy = "strategy", "Strategy";
        Roadmap = "roadmap", "Roadmap";
        Catalogue = "catalogue", "Catalogue";
        Other = "other", "Other document";
    }
}

named! {
    /// A step from draft to in force, in the order a document usually takes them.
    Stage {
        Draft = "draft", "Draft for comments";
        Adopted = "adopted", "Adopted";
        Published = "published", "Published";
        InForce = "in-force", "In force";
        Revised = "revised", "Revised";
        Replaced = "replaced", "Replaced";
        Withdrawn = "withdrawn", "Withdrawn";
    }
}

named! {
    /// How a document stands to another.
    Relation {
        Revises = "revises", "Revises";
        Replaces = "replaces", "Replaces";
        Adopts = "adopts", "Adopts";
        Implements = "implements", "Implements";
    }
}

impl Relation {
    /// The relation read from the other side: "revised by".
    pub fn inverse_label(self) -> &'static str {
        match self {
            Relation::Revises => "Revised by",
            Relation::Replaces => "Replaced by",
            Relation::Adopts => "Adopted by",
            Relation::Implements => "Implemented by",
        }
    }
}
