use leptos::prelude::*;

use crate::explorer::{href, Explorer};

/// What the link asked for that could not be shown, each with a way to drop it from the URL.
#[component]
pub fn Notices() -> impl IntoView {
    let explorer = Explorer::get();
    view! {
        <Show when=move || explorer.notices.with(|n| !n.is_empty())>
            <section class="notices" aria-label="Problems with this link">
                <ul class="notices__list">
                    {move || {
                        explorer
                            .notices
                            .get()
                            .into_iter()
                            .map(|notice| {
                                let fix = explorer.state.with(|s| href(&s.without_notice(&notice)));
                                view! {
                                    <li class="notices__item">
                                        <span>{notice.to_string()}</span>
                                        <a class="notices__remove" href=fix>"Remove from link"</a>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </section>
        </Show>
    }
}
