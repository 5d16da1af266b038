use leptos::prelude::*;

use crate::components::add_to_calendar::AddToCalendar;
use crate::components::article_body::ArticleBody;
use crate::components::article_card::TagLink;
use crate::components::event_status::EventStatus;
use crate::components::follow_button::FollowButton;
use crate::explorer::Explorer;
use crate::logic::calendar::{describe_when, occurrences, Occurrence};
use crate::logic::dates::Fuzzy;
use crate::logic::filter::related;
use crate::logic::following::Target;
use crate::logic::links::{display_host, safe_http_url};
use crate::logic::registry::FacetKind;
use crate::logic::view::Change;
use crate::model::{Article, ArticleIx, Event};

/// One article in full, with its events, sources and related articles.
#[component]
pub fn ArticleView(index: ArticleIx) -> impl IntoView {
    let explorer = Explorer::get();
    let Some((article, tags)) =
        explorer.with_library(|l| Some((l.article(index)?.clone(), l.tags_of(index))))
    else {
        return ().into_any();
    };
    let back = explorer.link(Change::CloseArticle);
    // The issue it appeared in, as a link to that issue's articles.
    let issue = explorer.with_library(|l| {
        let title = l.issue_title(&article.issue)?.to_string();
        Some((
            title,
            explorer.link(Change::Select(
                FacetKind::Issue,
                vec![article.issue.clone()],
            )),
        ))
    });
    // Opening an article moves focus (and the viewport) to its title, for keyboard and screen
    // reader users as much as for a reader who clicked a card far down the list.
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    set_document_title(&article.title);
    on_cleanup(|| set_document_title(""));
    // Related articles follow the library: issues that arrive later add to them. (The article
    // itself is the same in every library: a new one at this position opens anew.)
    let related = Memo::new(move |_| {
        explorer.with_library(|l| {
            related(l.catalog(), index, 4)
                .into_iter()
                .filter_map(|i| l.article(i))
                .map(|a| (a.title.clone(), a.id.clone()))
                .collect::<Vec<(String, String)>>()
        })
    });
    // Who the article names, (id, full name): full names follow the library, whose table of
    // organisations grows as issues arrive. The documents it cites are the article's own.
    let orgs = Memo::new(move |_| {
        explorer.with_library(|l| {
            l.catalog()
                .orgs_of(index)
                .map(|o| (o.id.clone(), o.name.clone()))
                .collect::<Vec<(String, String)>>()
        })
    });
    // Each document by its title, linked to its screen.
    let docs: Vec<(String, String)> = explorer.with_library(|l| {
        l.catalog()
            .names_of(FacetKind::Doc, index)
            .into_iter()
            .map(|id| {
                let title = l.document(id).map_or(id, |d| d.title.as_str());
                (id.to_string(), title.to_string())
            })
            .collect()
    });
    let events: Vec<(Occurrence, Event)> = explorer.with_library(|l| {
        occurrences(l.data(), &[index], &[])
            .into_iter()
            .filter_map(|o| Some((o, l.occurrence(&o)?.1.clone())))
            .collect()
    });
    let Article {
        title,
        section,
        date,
        body,
        links,
        ..
    } = article;
    let shown_date = Fuzzy::parse(&date).map(|d| d.to_string());
    // Only web links become links: anything else in the data is shown as text, if at all.
    let links: Vec<(String, String, String)> = links
        .into_iter()
        .filter_map(|l| safe_http_url(&l.url).map(|u| (u.to_string(), l.label, display_host(&u))))
        .collect();
    view! {
        <article class="article" aria-labelledby="article-title">
            <p class="article__back"><a href=back>"← Back to the list"</a></p>
            <p class="article__meta">
                <span class="article__section">{section}</span>
                {shown_date.map(|d| view! { <time datetime=date>{d}</time> })}
                {issue.map(|(title, link)| view! {
                    <a class="article__issue" href=link title="Show the articles of this issue">{title} " issue"</a>
                })}
            </p>
            <h2 id="article-title" class="article__title" tabindex="-1" node_ref=heading>{title}</h2>
            <ul class="article__tags" aria-label="Tags">
                {tags.into_iter().map(|tag| view! { <li><TagLink tag/></li> }).collect_view()}
            </ul>
            <div class="article__body">
                <ArticleBody blocks=body/>
            </div>
            {(!events.is_empty()).then(|| view! {
                <Part key="events" title="Dates" list_class="events">
                        {events.into_iter().map(|(occurrence, event)| view! { <EventItem occurrence event/> }).collect_view()}
                </Part>
            })}
            {(!links.is_empty()).then(|| view! {
                <Part key="sources" title="Sources" list_class="article__links">
                        {links
                            .into_iter()
                            .map(|(url, label, host)| view! {
                                <li>
                                    <a href=url target="_blank" rel="noopener noreferrer">{label}</a>
                                    <span class="article__host">{format!(" ({host})")}</span>
                                </li>
                            })
                            .collect_view()}
                </Part>
            })}
            <Show when=move || orgs.with(|o| !o.is_empty())>
                <Part key="orgs" title="Organisations" list_class="article__names">
                        {move || orgs
                            .get()
                            .into_iter()
                            .map(|(id, name)| {
                                let full = (name != id).then(|| format!(" — {name}"));
                                let link = explorer.link(Change::Toggle(FacetKind::Org, id.clone()));
                                let target = Target::Value(FacetKind::Org, id.clone());
                                view! {
                                    <li>
                                        <a href=link title="Show the articles that name it">{id.clone()}</a>
                                        {full}
                                        " "
                                        <FollowButton target name=id/>
                                    </li>
                                }
                            })
                            .collect_view()}
                </Part>
            </Show>
            {(!docs.is_empty()).then(|| view! {
                <Part key="docs" title="Documents referenced" list_class="article__names">
                        {docs
                            .into_iter()
                            .map(|(id, title)| {
                                let target = Target::Value(FacetKind::Doc, id.clone());
                                let link = explorer.link(Change::Show(FacetKind::Doc, id));
                                view! {
                                    <li>
                                        <a href=link title="Its record, and the articles that name it">{title.clone()}</a>
                                        " "
                                        <FollowButton target name=title/>
                                    </li>
                                }
                            })
                            .collect_view()}
                </Part>
            })}
            <Show when=move || related.with(|r| !r.is_empty())>
                <Part key="related" title="Related articles" list_class="article__related">
                        {move || related.get().into_iter().map(|(title, id)| view! { <li><a href=explorer.link(Change::OpenArticle(id))>{title}</a></li> }).collect_view()}
                </Part>
            </Show>
        </article>
    }
    .into_any()
}

/// A titled list below the article's text: its dates, sources, names, related articles.
#[component]
fn Part(
    key: &'static str,
    title: &'static str,
    list_class: &'static str,
    children: Children,
) -> impl IntoView {
    let heading = format!("article-{key}");
    let labelled_by = heading.clone();
    view! {
        <section class="article__section-block" aria-labelledby=labelled_by>
            <h3 id=heading>{title}</h3>
            <ul class=list_class>{children()}</ul>
        </section>
    }
}

#[component]
fn EventItem(occurrence: Occurrence, event: Event) -> impl IntoView {
    let when = describe_when(&event);
    let title = event.title.clone();
    view! {
        <li class=format!("events__item kind--{}", event.kind.as_str())>
            <span class="events__kind">{event.kind.label()}</span>
            <span class="events__when">{when}</span>
            <span class="events__title">{event.title}</span>
            <span class="events__status"><EventStatus occurrence/></span>
            {event.location.map(|l| view! { <span class="events__where">{l}</span> })}
            <span class="events__add"><AddToCalendar occurrence title/></span>
        </li>
    }
}

/// "Title – Standards Radar", or the app's own title for the list.
fn set_document_title(article_title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if article_title.is_empty() {
            document.set_title("Standards Radar — China standardization and regulation news");
        } else {
            document.set_title(&format!("{article_title} – Standards Radar"));
        }
    }
}
