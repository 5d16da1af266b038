//! What only the build runs, on the host and never in the wasm: the facts of one build that
//! the service worker script, the benchmark and the tests read instead of working them out
//! again (`facts`).

pub mod facts;
