//! Standards Radar: a static, client-side reader for the SESEC China standardization newsletter.
//!
//! `model` and `logic` are plain Rust, built and tested natively; the user interface (`app`,
//! `pages`, `components`) exists only in the WebAssembly build, and `build` (what only the
//! site build runs) only on the host.

/// Build-time tools (importer, extraction, archive files, validators): host only.
#[cfg(not(target_arch = "wasm32"))]
pub mod build;
pub mod logic;
pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod archive_load;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod data;
#[cfg(target_arch = "wasm32")]
pub mod explorer;
#[cfg(target_arch = "wasm32")]
pub mod following_store;
#[cfg(target_arch = "wasm32")]
pub mod navigation;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod takeover;
