use leptos::prelude::*;

use crate::archive_load::Archive;
use crate::explorer::Explorer;
use crate::logic::archive::progress_text;
use crate::logic::registry::FacetKind;
use crate::logic::view::Change;

/// The archive while it loads ("3 of 12 issues loaded"), the issues that could not be loaded
/// with Retry, and what is new since this device's last visit.
#[component]
pub fn ArchiveStatus() -> impl IntoView {
    let explorer = Explorer::get();
    let Some(archive) = use_context::<Archive>() else {
        return ().into_any();
    };
    let status = archive.status;
    let progress = move || {
        status.with(|s| {
            s.as_ref()
                .filter(|s| s.loaded + s.failed.len() < s.total)
                .map(|s| progress_text(s.loaded, s.total))
        })
    };
    let failed = move || status.with(|s| s.as_ref().map(|s| s.failed.clone()).unwrap_or_default());
    let new_issues = Memo::new(move |_| {
        status.with(|s| s.as_ref().map(|s| s.new_issues.clone()).unwrap_or_default())
    });
    let show_new = move || explorer.link(Change::Select(FacetKind::Issue, new_issues.get()))();
    view! {
        <p class="archive-status__progress" role="status">{progress}</p>
        <Show when=move || !failed().is_empty()>
            <div class="archive-status archive-status--failed" role="alert">
                <p class="archive-status__text">
                    {move || {
                        let failed = failed();
                        let names: Vec<String> = failed
                            .iter()
                            .map(|(title, why)| format!("{title} ({why})"))
                            .collect();
                        let noun = if failed.len() == 1 { "issue" } else { "issues" };
                        format!("Not loaded, so not shown: the {noun} {}.", names.join("; "))
                    }}
                </p>
                <button type="button" class="archive-status__action" on:click=move |_| archive.retry()>
                    "Retry"
                </button>
            </div>
        </Show>
        <Show when=move || new_issues.with(|n| !n.is_empty())>
            <div class="archive-status archive-status--new">
                <p class="archive-status__text">
                    {move || match new_issues.with(Vec::len) {
                        1 => "1 new issue since your last visit.".to_string(),
                        n => format!("{n} new issues since your last visit."),
                    }}
                </p>
                <a class="archive-status__action" href=show_new>"Show what’s new"</a>
            </div>
        </Show>
    }
    .into_any()
}

/// What this device remembers about the reader, said plainly, with the way to forget it.
#[component]
pub fn SeenIssueMemory() -> impl IntoView {
    let archive = use_context::<Archive>()?;
    let forgotten = RwSignal::new(false);
    Some(view! {
        <p class="archive-status__memory">
            {move || if forgotten.get() {
                "Forgotten: nothing about your visits is kept on this device now."
            } else {
                crate::logic::wording::STORAGE_NOTE
            }}
            " "
            <button
                type="button"
                class="archive-status__forget"
                hidden=move || forgotten.get()
                on:click=move |_| {
                    archive.forget();
                    forgotten.set(true);
                }
            >
                "Forget it"
            </button>
        </p>
    })
}
