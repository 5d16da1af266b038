//! The one page: loads the dataset and shows the articles.

use leptos::prelude::*;

use crate::components::article_list::ArticleList;
use crate::components::error_panel::ErrorPanel;
use crate::components::loading::Loading;
use crate::components::site_header::SiteHeader;
use crate::data::load_dataset;

#[component]
pub fn HomePage() -> impl IntoView {
    let dataset = LocalResource::new(load_dataset);
    view! {
        <SiteHeader/>
        <main id="main" class="page">
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match dataset.await {
                        Ok(data) => view! { <ArticleList data/> }.into_any(),
                        Err(error) => {
                            view! { <ErrorPanel error on_retry=move || dataset.refetch()/> }
                                .into_any()
                        }
                    }
                })}
            </Suspense>
        </main>
    }
}
