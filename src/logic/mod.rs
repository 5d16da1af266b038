//! Pure logic over the in-memory dataset: no leptos, no web_sys, tested with `cargo test`.

pub mod alarms;
pub mod archive;
pub mod calendar;
pub mod catalog;
pub mod dates;
pub mod doc_list;
pub mod documents;
pub mod export;
pub mod facets;
pub mod filter;
#[cfg(test)]
pub mod fixtures;
pub mod following;
pub mod highlight;
pub mod ics;
pub mod library;
pub mod links;
pub mod loading;
pub mod names;
pub mod order;
pub mod paths;
pub mod registry;
pub mod search;
pub mod status;
pub mod tags;
pub mod text;
pub mod url;
pub mod view;
pub mod view_options;
pub mod vocabulary;
pub mod watch;
pub mod week_bars;
pub mod wording;
pub mod zones;
