use leptos::prelude::*;

use crate::components::following_view::following_href;
use crate::following_store::Following;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let following = Following::get();
    let count = move || following.with(|l| l.len());
    view! {
        <a class="skip-link" href="#main">"Skip to articles"</a>
        <header class="site-header">
            <p class="site-header__name">"Standards Radar"</p>
            <p class="site-header__tagline">
                "China standardization and technical regulation news, from the SESEC newsletter"
            </p>
            <a class="site-header__following" href=following_href()>
                "Following"
                <span class="site-header__count">{move || match count() { 0 => String::new(), n => format!(" ({n})") }}</span>
            </a>
        </header>
    }
}
