use leptos::prelude::*;

use crate::explorer::Explorer;
use crate::logic::highlight::segments;

/// `text` with the words of the current search marked.
#[component]
pub fn Highlighted(#[prop(into)] text: String) -> impl IntoView {
    let terms = Explorer::get().terms;
    move || {
        terms.with(|terms| {
            segments(&text, terms)
                .into_iter()
                .map(|(part, hit)| {
                    let part = part.to_string();
                    if hit {
                        view! { <mark>{part}</mark> }.into_any()
                    } else {
                        part.into_any()
                    }
                })
                .collect_view()
        })
    }
}
