//! What runs only at build time, on the host, never in the wasm: the importer and the text
//! extraction, the archive on disk (reading, hashing, adding an issue), issue ids, and the
//! strict validators. `lib.rs` compiles this folder only for targets other than wasm32, so a
//! build-only dependency (`regex`, `sha2`) or a validator cannot reach what readers download.

pub mod archive_files;
pub mod extract;
pub mod import;
pub mod issue_id;
pub mod validate;
pub mod validate_archive;
