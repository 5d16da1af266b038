use leptos::either::Either;
use leptos::prelude::*;

use crate::explorer::Explorer;
use crate::logic::highlight::segments;

/// `text` with the words of the current search marked.
#[component]
pub fn Highlighted(#[prop(into)] text: String) -> impl IntoView {
    let terms = Explorer::get().terms;
    move || {
        terms.with(|terms| {
            // Without a search, as most cards are drawn: the text alone, no pieces to mark.
            if terms.is_empty() {
                return Either::Left(text.clone());
            }
            let marked = segments(&text, terms)
                .into_iter()
                .map(|(part, hit)| {
                    let part = part.to_string();
                    if hit {
                        view! { <mark>{part}</mark> }.into_any()
                    } else {
                        part.into_any()
                    }
                })
                .collect_view();
            Either::Right(marked)
        })
    }
}
