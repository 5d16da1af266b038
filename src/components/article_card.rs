use leptos::prelude::*;

use crate::components::highlighted::Highlighted;
use crate::explorer::Explorer;
use crate::logic::dates::Fuzzy;
use crate::logic::paths::page_path;
use crate::logic::registry::FacetKind;
use crate::logic::view::Change;
use crate::model::{Article, ArticleIx};

#[component]
pub fn ArticleCard(index: ArticleIx) -> impl IntoView {
    let explorer = Explorer::get();
    // Borrowed, not cloned: a card shows none of the article's body, events or sources.
    explorer.with_library(|library| {
        library.article(index).map(|article| {
            let issue = library.issue_title(&article.issue).map(str::to_string);
            card(article, library.tags_of(index), issue)
        })
    })
}

fn card(article: &Article, tags: Vec<String>, issue: Option<String>) -> impl IntoView {
    let explorer = Explorer::get();
    // Device state, not view state: whether the article's issue arrived since the last visit.
    let archive = use_context::<crate::archive_load::Archive>();
    let issue_id = article.issue.clone();
    let is_new = move || {
        archive.is_some_and(|a| {
            a.status
                .with(|s| s.as_ref().is_some_and(|s| s.is_new(&issue_id)))
        })
    };
    let shown_date = Fuzzy::parse(&article.date).map(|d| d.to_string());
    let heading_id = format!("card-{}", article.id);
    let labelled_by = heading_id.clone();
    let page_of = heading_id.clone();
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
                {issue.map(|title| view! { <span class="card__issue">{title} " issue"</span> })}
                <Show when=is_new.clone()>
                    <strong class="card__new">"New"</strong>
                </Show>
            </p>
            <p class="card__summary"><Highlighted text=article.summary.clone()/></p>
            // The article's own page, for a reader without JavaScript (hidden once it runs):
            // the title's link opens the article in the app, which such a reader lacks.
            <a class="card__page" href=page_path(&article.id) aria-describedby=page_of>"Read the article"</a>
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
    let selected = Memo::new(move |_| explorer.state.with(|s| s.has(FacetKind::Tag, &name)));
    let link = explorer.link(Change::Toggle(FacetKind::Tag, tag.clone()));
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
