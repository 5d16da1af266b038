use leptos::prelude::*;

use crate::explorer::Explorer;
use crate::logic::registry::FacetKind;

/// Who the one selected organisation is: its full name and kind, above what it did.
#[component]
pub fn OrgSummary() -> impl IntoView {
    let explorer = Explorer::get();
    let chosen = Memo::new(move |_| {
        explorer
            .state
            .with(|s| match s.selected.values(FacetKind::Org) {
                [one] => explorer.with_library(|l| {
                    let info = l.catalog().org(one)?;
                    Some((info.id.clone(), info.name.clone(), info.kind.label()))
                }),
                _ => None,
            })
    });
    move || {
        chosen.get().map(|(id, name, kind)| {
            view! {
                <section class="org-summary" aria-label="Organisation">
                    <p class="org-summary__name">
                        <strong>{id.clone()}</strong>
                        {(name != id).then(|| format!(" — {name}"))}
                    </p>
                    <p class="org-summary__kind">{kind}</p>
                </section>
            }
        })
    }
}
