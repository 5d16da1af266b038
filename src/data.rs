//! Loading the archive over HTTP: the manifest (or a single schema-1 file), then each issue
//! file, its bytes checked against the manifest's SHA-256 by the browser's own SubtleCrypto.

use futures::future::{select, Either};
use gloo_net::http::Request;
use thiserror::Error;
use wasm_bindgen::JsCast;

use crate::browser::sleep;
use crate::logic::archive::{read_issue, read_root, IssueEntry, IssueFailure, Root, ROOT_URL};
use crate::model::{Dataset, DatasetError};

/// How long a reader waits for a file before being offered a retry.
pub const TIMEOUT_SECONDS: i32 = 20;

#[derive(Debug, Clone, Error, PartialEq)]
pub enum LoadError {
    #[error("The articles could not be downloaded ({0}). Check your connection and retry.")]
    Network(String),
    #[error("The articles took more than {TIMEOUT_SECONDS} seconds to arrive. Check your connection and retry.")]
    Timeout,
    #[error("The server answered {status} {status_text} for the articles.")]
    Http { status: u16, status_text: String },
    #[error("{0}")]
    Data(#[from] DatasetError),
    #[error("None of the archive's {0} issues could be loaded. Check your connection and retry.")]
    NoIssue(usize),
}

/// The archive's manifest, or a whole single-file dataset.
pub async fn load_root() -> Result<Root, LoadError> {
    let bytes = fetch_bytes(ROOT_URL).await?;
    crate::browser::mark("radar:data-fetched");
    let root = read_root(&bytes)?;
    crate::browser::mark("radar:data-parsed");
    Ok(root)
}

/// One issue file, checked and read.
pub async fn load_issue(entry: IssueEntry) -> Result<Dataset, IssueFailure> {
    // The archive's own rule names the file, so this is the URL the page preloads and the
    // service worker precaches (`build-facts.json`), byte for byte.
    let bytes = fetch_bytes(&entry.url()).await.map_err(|e| match e {
        LoadError::Http { status, .. } => IssueFailure::Http(status),
        LoadError::Timeout => IssueFailure::Network("timed out".into()),
        other => IssueFailure::Network(other.to_string()),
    })?;
    match sha256_hex(&bytes).await {
        Some(hash) => read_issue(&entry, &hash, &bytes),
        // No SubtleCrypto: a page served over plain http from another host is no secure
        // context. The file is still read; only the check is skipped.
        None => Dataset::from_json(&bytes).map_err(|e| IssueFailure::Data(e.to_string())),
    }
}

async fn fetch_bytes(url: &str) -> Result<Vec<u8>, LoadError> {
    let abort = web_sys::AbortController::new().ok();
    let fetch = Box::pin(fetch_once(url, abort.as_ref().map(|a| a.signal())));
    match select(fetch, Box::pin(sleep(TIMEOUT_SECONDS * 1000))).await {
        Either::Left((result, _)) => result,
        Either::Right(_) => {
            if let Some(abort) = abort {
                abort.abort();
            }
            Err(LoadError::Timeout)
        }
    }
}

async fn fetch_once(url: &str, signal: Option<web_sys::AbortSignal>) -> Result<Vec<u8>, LoadError> {
    let response = Request::get(url)
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Http {
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    response
        .binary()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))
}

/// The SHA-256 of `bytes` in lower-case hex, or `None` where the browser offers no digest.
async fn sha256_hex(bytes: &[u8]) -> Option<String> {
    let crypto = web_sys::window()?.crypto().ok()?;
    let subtle = js_sys::Reflect::get(&crypto, &"subtle".into()).ok()?;
    let subtle: web_sys::SubtleCrypto = subtle.dyn_into().ok()?;
    let promise = subtle.digest_with_str_and_u8_array("SHA-256", bytes).ok()?;
    let digest = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    let digest = js_sys::Uint8Array::new(&digest).to_vec();
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let hex = |nibble: u8| char::from(HEX.get(usize::from(nibble)).copied().unwrap_or(b'0'));
    Some(
        digest
            .iter()
            .flat_map(|b| [hex(b >> 4), hex(b & 15)])
            .collect(),
    )
}
