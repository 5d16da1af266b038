//! Pure logic over the in-memory dataset: no leptos, no web_sys, tested with `cargo test`.

pub mod dates;
pub mod links;
pub mod tags;
pub mod validate;
