use leptos::prelude::*;

use crate::explorer::Explorer;
use crate::following_store::Following;
use crate::logic::filter::unknown_values;
use crate::logic::following::Target;
use crate::logic::view::Change;
use crate::logic::watch::{own_name, what};

/// One item a shared list offers.
#[derive(Clone, PartialEq)]
enum Offered {
    /// Readable and in the archive: `(target, name, what, already followed)`.
    Known(Target, String, &'static str, bool),
    /// Readable, but nothing in the archive has it (renamed, removed, another archive's).
    Unknown(String),
    /// Not an item this app can read.
    Unreadable(String),
}

/// A link made by "Share my list" (`?follow=…`): what it holds, and a question before anything
/// is added to this device's list. Items the archive does not have are named, not dropped in
/// silence.
#[component]
pub fn FollowOffer() -> impl IntoView {
    let explorer = Explorer::get();
    let following = Following::get();
    let offered = Memo::new(move |_| {
        explorer.with_library(|l| {
            explorer.state.with(|s| {
                s.offer
                    .iter()
                    .map(|text| match Target::decode(text) {
                        None => Offered::Unreadable(text.clone()),
                        Some(t)
                            if !unknown_values(l.data(), l.catalog(), &t.state()).is_empty() =>
                        {
                            Offered::Unknown(own_name(l, &t))
                        }
                        Some(t) => {
                            let followed = following.with(|list| list.follows(&t));
                            Offered::Known(t.clone(), own_name(l, &t), what(&t), followed)
                        }
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    // What "Add" adds: what the list takes (not followed yet, each once, within its limit).
    let to_add = move || {
        let offered: Vec<Target> = offered.with(|o| {
            o.iter()
                .filter_map(|item| match item {
                    Offered::Known(t, ..) => Some(t.clone()),
                    _ => None,
                })
                .collect()
        });
        following.with(|list| list.addable(&offered))
    };
    let add = move |_| {
        // A click handler: what the offer holds at the moment of the click.
        let targets = to_add();
        following.change(|list| {
            for target in targets {
                list.add(target);
            }
        });
        explorer.go(Change::DismissOffer);
    };
    let dismiss = explorer.link(Change::DismissOffer);
    view! {
        {move || offered.with(|o| !o.is_empty()).then(|| view! {
            <section class="follow-offer" aria-labelledby="follow-offer-title">
                <h2 class="follow-offer__title" id="follow-offer-title">"A shared list to follow"</h2>
                <p>"This link holds a list of things to follow. Nothing is added until you say so."</p>
                <ul class="follow-offer__items">
                    {move || offered.get().into_iter().map(|item| match item {
                        Offered::Known(_, name, what, followed) => view! {
                            <li>{name} <span class="follow-offer__what">" · " {what}</span>
                                {followed.then_some(" (you follow it already)")}</li>
                        }.into_any(),
                        Offered::Unknown(name) => view! {
                            <li class="follow-offer__unknown">{name} " — not in this archive (renamed or removed?): it will not be added"</li>
                        }.into_any(),
                        Offered::Unreadable(text) => view! {
                            <li class="follow-offer__unknown">"“" {text.chars().take(60).collect::<String>()} "” — not an item this app can read: it will not be added"</li>
                        }.into_any(),
                    }).collect_view()}
                </ul>
                <div class="follow-offer__actions">
                    {move || {
                        let n = to_add().len();
                        (n > 0).then(|| view! {
                            <button type="button" class="button" on:click=add>
                                {if n == 1 { "Add 1 item to my list".to_string() } else { format!("Add {n} items to my list") }}
                            </button>
                        })
                    }}
                    <a class="button button--secondary" href=dismiss.clone()>"Not now"</a>
                </div>
            </section>
        })}
    }
}
