//! What runs only at build time, on the host, never in the wasm: the importer and the text
//! extraction, the archive on disk (reading, hashing, adding an issue), issue ids, the strict
//! validators, each event's revision for the subscribed calendars (`revisions`), and the facts
//! of one build that the service worker script, the benchmark and the tests read instead of
//! working them out again (`facts`). `lib.rs` compiles this folder
//! only for targets other than wasm32, so a build-only dependency (`regex`, `sha2`) or a
//! validator cannot reach what readers download.

pub mod archive_files;
pub mod documents;
pub mod extract;
pub mod facts;
pub mod import;
pub mod issue_id;
pub mod revisions;
pub mod validate;
pub mod validate_archive;
pub mod validate_documents;
