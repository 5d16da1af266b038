//! The root component: the router, and nothing else.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::pages::home::HomePage;

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router base=router_base()>
            // All view state lives in the query string, so every path under the base shows the
            // one page: `/radar/` and `/radar/index.html` alike.
            <Routes fallback=HomePage>
                <Route path=path!("") view=HomePage/>
            </Routes>
        </Router>
    }
}

/// The path of the `<base href>` that Trunk writes from `--public-url`, without its trailing
/// slash: empty when the app is served from the root.
fn router_base() -> String {
    crate::browser::app_url()
        .parse::<http::Uri>()
        .ok()
        .map(|u| u.path().trim_end_matches('/').to_string())
        .unwrap_or_default()
}
