//! Loading the dataset over HTTP.

use futures::future::{select, Either};
use gloo_net::http::Request;
use thiserror::Error;

use crate::browser::sleep;
use crate::model::{Dataset, DatasetError};

/// Relative, so the app works wherever `dist/` is hosted, including under a sub-path.
pub const DATA_URL: &str = "data/articles.json";

/// How long a reader waits for the data before being offered a retry.
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
}

pub async fn load_dataset() -> Result<Dataset, LoadError> {
    let abort = web_sys::AbortController::new().ok();
    let fetch = Box::pin(fetch_dataset(abort.as_ref().map(|a| a.signal())));
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

async fn fetch_dataset(signal: Option<web_sys::AbortSignal>) -> Result<Dataset, LoadError> {
    let response = Request::get(DATA_URL)
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
    let bytes = response
        .binary()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    crate::browser::mark("radar:data-fetched");
    let data = Dataset::from_json(&bytes)?;
    crate::browser::mark("radar:data-parsed");
    Ok(data)
}
