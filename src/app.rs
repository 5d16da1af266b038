//! The root component: follows the page's address, and shows the one page.

use leptos::prelude::*;

use crate::navigation::Navigation;
use crate::pages::home::HomePage;

#[component]
pub fn App() -> impl IntoView {
    // All view state lives in the query string, so every path under the base shows the one
    // page: `/radar/` and `/radar/index.html` alike.
    Navigation::install();
    view! { <HomePage/> }
}
