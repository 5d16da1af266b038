use leptos::prelude::*;

use crate::explorer::Explorer;
use crate::logic::view::Change;

/// What the link asked for that could not be shown, each with a way to drop it from the URL.
#[component]
pub fn Notices() -> impl IntoView {
    let explorer = Explorer::get();
    let skipped = Memo::new(move |_| explorer.skipped());
    view! {
        <Show when=move || { skipped.get() > 0 }>
            <p class="notices notices--data" role="status">
                {move || match skipped.get() {
                    1 => "1 article of the data file could not be read and was skipped.".to_string(),
                    n => format!("{n} articles of the data file could not be read and were skipped."),
                }}
            </p>
        </Show>
        <Show when=move || explorer.notices.with(|n| !n.is_empty())>
            <section class="notices" aria-label="Problems with this link">
                <ul class="notices__list">
                    {move || {
                        explorer
                            .notices
                            .get()
                            .into_iter()
                            .map(|notice| {
                                view! {
                                    <li class="notices__item">
                                        <span>{notice.to_string()}</span>
                                        <a class="notices__remove" href=explorer.link(Change::DropNotice(notice))>"Remove from link"</a>
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
