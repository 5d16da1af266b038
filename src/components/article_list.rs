use leptos::prelude::*;

use crate::components::article_card::ArticleCard;
use crate::model::Dataset;

#[component]
pub fn ArticleList(data: Dataset) -> impl IntoView {
    let count = data.articles.len();
    let publication = data.publication;
    view! {
        <section class="articles" aria-labelledby="articles-title">
            <h1 id="articles-title" class="articles__title">{publication.title}</h1>
            <p class="articles__issue">{publication.issue} " · " {publication.publisher}</p>
            <p class="articles__count" role="status">{format!("{count} articles")}</p>
            <ol class="articles__list">
                <For each=move || data.articles.clone() key=|a| a.id.clone() let:article>
                    <li><ArticleCard article/></li>
                </For>
            </ol>
        </section>
    }
}
