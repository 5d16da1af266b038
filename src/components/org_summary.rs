use leptos::prelude::*;

use crate::components::follow_button::FollowButton;
use crate::explorer::Explorer;
use crate::logic::following::Target;
use crate::logic::registry::FacetKind;

/// Who the one selected organisation is: its full name, its Chinese name where the dataset has
/// it, and its kind, above what it did.
#[component]
pub fn OrgSummary() -> impl IntoView {
    let explorer = Explorer::get();
    let chosen = Memo::new(move |_| {
        explorer
            .state
            .with(|s| match s.selected.values(FacetKind::Org) {
                [one] => explorer.with_library(|l| {
                    let info = l.catalog().org(one)?;
                    Some((
                        info.id.clone(),
                        info.name.clone(),
                        info.zh.clone(),
                        info.kind.label(),
                    ))
                }),
                _ => None,
            })
    });
    move || {
        chosen.get().map(|(id, name, zh, kind)| {
            view! {
                <section class="org-summary" aria-label="Organisation">
                    <p class="org-summary__name">
                        <strong>{id.clone()}</strong>
                        {(name != id).then(|| format!(" — {name}"))}
                        {(!zh.is_empty())
                            .then(|| {
                                view! {
                                    " ("
                                    <span class="org-summary__zh" lang="zh">{zh}</span>
                                    ")"
                                }
                            })}
                    </p>
                    <p class="org-summary__kind">{kind}</p>
                    <FollowButton target=Target::Value(FacetKind::Org, id.clone()) name=id/>
                </section>
            }
        })
    }
}
