//! Loading the dataset over HTTP.

use gloo_net::http::Request;
use thiserror::Error;

use crate::model::{Dataset, DatasetError};

/// Relative, so the app works wherever `dist/` is hosted, including under a sub-path.
pub const DATA_URL: &str = "data/articles.json";

#[derive(Debug, Clone, Error, PartialEq)]
pub enum LoadError {
    #[error("The articles could not be downloaded ({0}). Check your connection and retry.")]
    Network(String),
    #[error("The server answered {status} {status_text} for the articles.")]
    Http { status: u16, status_text: String },
    #[error("{0}")]
    Data(#[from] DatasetError),
}

pub async fn load_dataset() -> Result<Dataset, LoadError> {
    let response = Request::get(DATA_URL)
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
    Ok(Dataset::from_json(&bytes)?)
}
