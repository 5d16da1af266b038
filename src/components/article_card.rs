use leptos::prelude::*;

use crate::components::highlighted::Highlighted;
use crate::explorer::{href, Explorer};
use crate::logic::dates::Fuzzy;
use crate::model::Article;

#[component]
pub fn ArticleCard(index: usize) -> impl IntoView {
    let explorer = Explorer::get();
    // Borrowed, not cloned: a card shows none of the article's body, events or sources.
    explorer
        .data
        .with_value(|data| data.articles.get(index).map(card))
}

fn card(article: &Article) -> impl IntoView {
    let explorer = Explorer::get();
    let shown_date = Fuzzy::parse(&article.date).map(|d| d.to_string());
    let heading_id = format!("card-{}", article.id);
    let labelled_by = heading_id.clone();
    let id = article.id.clone();
    let open = move || explorer.state.with(|s| href(&s.with_article(&id)));
    let date = article.date.clone();
    view! {
        <article class="card" aria-labelledby=labelled_by>
            <h2 class="card__title" id=heading_id>
                <a href=open class="card__link"><Highlighted text=article.title.clone()/></a>
            </h2>
            <p class="card__meta">
                <span class="card__section">{article.section.clone()}</span>
                {shown_date.map(|d| view! { <time class="card__date" datetime=date>{d}</time> })}
            </p>
            <p class="card__summary"><Highlighted text=article.summary.clone()/></p>
            <ul class="card__tags" aria-label="Tags">
                {article.tags.iter().map(|tag| view! { <li><TagLink tag=tag.clone()/></li> }).collect_view()}
            </ul>
        </article>
    }
}

/// A tag on a card or an article: following it filters by the tag (or drops it if selected).
#[component]
pub fn TagLink(tag: String) -> impl IntoView {
    let explorer = Explorer::get();
    let name = tag.clone();
    let selected = Memo::new(move |_| explorer.state.with(|s| s.has_tag(&name)));
    let target = tag.clone();
    let link = move || explorer.state.with(|s| href(&s.toggle_tag(&target)));
    let label = tag.clone();
    let title = move || {
        if selected.get() {
            format!("Remove the tag filter {label}")
        } else {
            format!("Show only articles tagged {label}")
        }
    };
    view! {
        <a class="tag" class:tag--selected=selected href=link title=title>{tag}</a>
    }
}
