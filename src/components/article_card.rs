use leptos::prelude::*;

use crate::components::highlighted::Highlighted;
use crate::explorer::Explorer;
use crate::logic::dates::Fuzzy;
use crate::logic::view::Change;
use crate::model::{Article, ArticleIx};

#[component]
pub fn ArticleCard(index: ArticleIx) -> impl IntoView {
    let explorer = Explorer::get();
    // Borrowed, not cloned: a card shows none of the article's body, events or sources.
    explorer.with_library(|library| {
        library
            .article(index)
            .map(|article| card(article, library.tags_of(index)))
    })
}

fn card(article: &Article, tags: Vec<String>) -> impl IntoView {
    let explorer = Explorer::get();
    let shown_date = Fuzzy::parse(&article.date).map(|d| d.to_string());
    let heading_id = format!("card-{}", article.id);
    let labelled_by = heading_id.clone();
    let open = explorer.link(Change::OpenArticle(article.id.clone()));
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
                {tags.into_iter().map(|tag| view! { <li><TagLink tag/></li> }).collect_view()}
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
    let link = explorer.link(Change::ToggleTag(tag.clone()));
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
