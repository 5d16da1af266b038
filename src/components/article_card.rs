use leptos::prelude::*;

use crate::logic::dates::Fuzzy;
use crate::model::Article;

#[component]
pub fn ArticleCard(article: Article) -> impl IntoView {
    let shown_date = Fuzzy::parse(&article.date).map(|d| d.to_string());
    let heading_id = format!("card-{}", article.id);
    let labelled_by = heading_id.clone();
    view! {
        <article class="card" aria-labelledby=labelled_by>
            <h2 class="card__title" id=heading_id>{article.title}</h2>
            <p class="card__meta">
                <span class="card__section">{article.section}</span>
                {shown_date.map(|d| view! { <time class="card__date" datetime=article.date>{d}</time> })}
            </p>
            <p class="card__summary">{article.summary}</p>
            <ul class="card__tags" aria-label="Tags">
                {article.tags.into_iter().map(|t| view! { <li class="tag">{t}</li> }).collect_view()}
            </ul>
        </article>
    }
}
