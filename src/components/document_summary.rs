use leptos::prelude::*;

use crate::components::follow_button::FollowButton;
use crate::explorer::Explorer;
use crate::logic::dates::Fuzzy;
use crate::logic::documents::standing;
use crate::logic::following::Target;
use crate::logic::library::Library;
use crate::logic::registry::FacetKind;
use crate::logic::view::Change;
use crate::model::Document;

/// A dated step as the screen lists it.
#[derive(Clone, PartialEq)]
struct Step {
    when: String,
    what: String,
    article: Option<(String, String)>,
    issue: String,
}

/// A relation to another document, from either side: "Revises", "Revised by".
#[derive(Clone, PartialEq)]
struct Related {
    how: &'static str,
    id: String,
    title: String,
}

#[derive(Clone, PartialEq)]
struct Record {
    id: String,
    title: String,
    short: String,
    number: String,
    kind: &'static str,
    issuer: Option<(String, String)>,
    standing: String,
    steps: Vec<Step>,
    related: Vec<Related>,
}

/// One document's screen (`?doc=<id>`): what it is, who issued it, where it stands, every step
/// the archive reports with the article that says so, its relations; the cards below are the
/// articles that name it.
#[component]
pub fn DocumentSummary() -> impl IntoView {
    let explorer = Explorer::get();
    let today = explorer.today;
    let record = Memo::new(move |_| {
        explorer
            .state
            .with(|s| match s.selected.values(FacetKind::Doc) {
                [one] => explorer.with_library(|l| Some(record(l, l.document(one)?, today))),
                _ => None,
            })
    });
    move || {
        record.get().map(|r| {
            let (has_steps, has_related) = (!r.steps.is_empty(), !r.related.is_empty());
            let steps = r.steps.into_iter().map(|step| {
                view! {
                    <li class="doc-summary__step">
                        <span class="doc-summary__when">{step.when}</span>
                        " — " {step.what}
                        {step.article.map(|(id, title)| view! {
                            ", reported in "
                            <a href=explorer.link(Change::OpenArticle(id))>{title}</a>
                        })}
                        {(!step.issue.is_empty()).then(|| format!(" ({})", step.issue))}
                    </li>
                }
            }).collect_view();
            let related = r.related.into_iter().map(|rel| {
                view! {
                    <li>
                        {rel.how} ": "
                        <a href=explorer.link(Change::Show(FacetKind::Doc, rel.id))>{rel.title}</a>
                    </li>
                }
            }).collect_view();
            view! {
                <section class="doc-summary" aria-labelledby="doc-summary-title">
                    <h2 class="doc-summary__title" id="doc-summary-title">
                        {r.title.clone()}
                        {(!r.short.is_empty()).then(|| format!(" ({})", r.short))}
                    </h2>
                    <p class="doc-summary__facts">
                        {r.kind}
                        {(!r.number.is_empty() && r.number != r.title).then(|| format!(" · {}", r.number))}
                        {r.issuer.map(|(id, name)| view! {
                            " · issued by "
                            <a href=explorer.link(Change::Show(FacetKind::Org, id))>{name}</a>
                        })}
                    </p>
                    <p class="doc-summary__standing">{r.standing}</p>
                    <FollowButton target=Target::Value(FacetKind::Doc, r.id.clone()) name=r.title.clone()/>
                    {has_steps.then(|| view! {
                        <h3 class="doc-summary__heading">"History"</h3>
                        <ol class="doc-summary__steps">{steps}</ol>
                    })}
                    {has_related.then(|| view! {
                        <h3 class="doc-summary__heading">"Related documents"</h3>
                        <ul class="doc-summary__related">{related}</ul>
                    })}
                </section>
            }
        })
    }
}

fn record(library: &Library, doc: &Document, today: time::Date) -> Record {
    let steps = doc
        .steps
        .iter()
        .map(|step| {
            let article = library.data().article(&step.article);
            let until = Fuzzy::parse(&step.until).map(|u| format!(", comments until {u}"));
            Step {
                when: Fuzzy::parse(&step.date).map_or_else(|| step.date.clone(), |d| d.to_string()),
                what: format!("{}{}", step.stage.label(), until.unwrap_or_default()),
                article: article.map(|a| (a.id.clone(), a.title.clone())),
                issue: article
                    .and_then(|a| library.issue_title(&a.issue))
                    .unwrap_or_default()
                    .to_string(),
            }
        })
        .collect();
    let title_of = |id: &str| {
        library
            .document(id)
            .map_or_else(|| id.to_string(), |d| d.title.clone())
    };
    let related = doc
        .relations
        .iter()
        .map(|r| Related {
            how: r.relation.label(),
            id: r.document.clone(),
            title: title_of(&r.document),
        })
        .chain(
            library
                .related_to(&doc.id)
                .map(|(other, relation)| Related {
                    how: relation.inverse_label(),
                    id: other.id.clone(),
                    title: other.title.clone(),
                }),
        )
        .collect();
    Record {
        id: doc.id.clone(),
        title: doc.title.clone(),
        short: doc.short.clone(),
        number: doc.number.clone(),
        kind: doc.kind.label(),
        issuer: library
            .catalog()
            .org(&doc.issuer)
            .map(|o| (o.id.clone(), o.name.clone())),
        standing: standing(doc, today),
        steps,
        related,
    }
}
