use leptos::prelude::*;

use crate::explorer::Explorer;
use crate::logic::doc_list::list;
use crate::logic::documents::standing;
use crate::logic::registry::FacetKind;
use crate::logic::view::Change;

/// One line of the documents view, as the reader sees it.
#[derive(Clone, PartialEq)]
struct Row {
    id: String,
    title: String,
    number: String,
    kind: &'static str,
    issuer: String,
    standing: String,
}

/// The documents the matching articles name: what each is, who issued it, where it stands
/// today; its title opens its screen.
#[component]
pub fn DocumentsView() -> impl IntoView {
    let explorer = Explorer::get();
    let today = explorer.today;
    let listed = Memo::new(move |_| {
        explorer.with_library(|l| {
            let found = explorer
                .results
                .with(|results| explorer.state.with(|s| list(l, results, s)));
            let rows: Vec<Row> = found
                .documents
                .iter()
                .filter_map(|&ix| l.document_at(ix))
                .map(|d| Row {
                    id: d.id.clone(),
                    title: d.title.clone(),
                    number: d.number.clone(),
                    kind: d.kind.label(),
                    issuer: l
                        .catalog()
                        .org(&d.issuer)
                        .map_or_else(|| d.issuer.clone(), |o| o.name.clone()),
                    standing: standing(d, today),
                })
                .collect();
            (rows, found.by_query)
        })
    });
    let count = move || {
        listed.with(|(rows, by_query)| {
            let n = rows.len();
            let (noun, verb) = if n == 1 {
                ("document", "matches")
            } else {
                ("documents", "match")
            };
            if *by_query {
                format!("{n} {noun} {verb} the search")
            } else {
                format!("{n} {noun} named by the matching articles")
            }
        })
    };
    view! {
        <section class="doc-list" aria-label="Documents">
            <p class="doc-list__count">{count}</p>
            <ol class="doc-list__items">
                <For each=move || listed.get().0 key=|row| row.id.clone() let:row>
                    <li class="doc-list__item">
                        <h3 class="doc-list__title">
                            <a href=explorer.link(Change::Show(FacetKind::Doc, row.id.clone()))>{row.title.clone()}</a>
                        </h3>
                        <p class="doc-list__facts">
                            <span class="doc-list__kind">{row.kind}</span>
                            {(!row.number.is_empty() && row.number != row.title)
                                .then(|| view! { " · " <span class="doc-list__number">{row.number.clone()}</span> })}
                            {(!row.issuer.is_empty())
                                .then(|| view! { " · " <span class="doc-list__issuer">{row.issuer.clone()}</span> })}
                        </p>
                        <p class="doc-list__standing">{row.standing.clone()}</p>
                    </li>
                </For>
            </ol>
        </section>
    }
}
