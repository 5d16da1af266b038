use leptos::prelude::*;

#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">"Skip to articles"</a>
        <header class="site-header">
            <p class="site-header__name">"Standards Radar"</p>
            <p class="site-header__tagline">
                "China standardization and technical regulation news, from the SESEC newsletter"
            </p>
        </header>
    }
}
