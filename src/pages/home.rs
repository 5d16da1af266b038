//! The one page: loads the dataset, then the explorer (cards, tag cloud, article view).

use leptos::prelude::*;

use crate::archive_load::{Archive, Load};
use crate::components::active_filters::ActiveFilters;
use crate::components::agenda_view::AgendaView;
use crate::components::archive_status::{ArchiveStatus, SeenIssueMemory};
use crate::components::article_view::ArticleView;
use crate::components::calendar_view::CalendarView;
use crate::components::card_list::CardList;
use crate::components::copy_link::CopyLink;
use crate::components::document_summary::DocumentSummary;
use crate::components::documents_view::DocumentsView;
use crate::components::error_panel::ErrorPanel;
use crate::components::exports::Exports;
use crate::components::facet_cloud::FacetCloud;
use crate::components::filters::Filters;
use crate::components::follow_offer::FollowOffer;
use crate::components::follow_view::FollowView;
use crate::components::following_view::{FollowingView, StorageProblem};
use crate::components::loading::Loading;
use crate::components::notices::Notices;
use crate::components::offline_notice::OfflineNotice;
use crate::components::org_summary::OrgSummary;
use crate::components::result_count::ResultCount;
use crate::components::search_box::SearchBox;
use crate::components::site_header::SiteHeader;
use crate::components::subscribe::SubscribeCalendar;
use crate::components::update_prompt::UpdatePrompt;
use crate::components::view_switch::ViewSwitch;
use crate::data::load_root;
use crate::explorer::{Explorer, Shared};
use crate::following_store::Following;
use crate::logic::archive::Root;
use crate::logic::library::Library;
use crate::logic::registry::{FacetKind, Place};
use crate::logic::view::View;
use crate::logic::wording;
use std::sync::Arc;

#[component]
pub fn HomePage() -> impl IntoView {
    // A signal set by one task per attempt, not a resource with Suspense: the page has one
    // load and one retry, and the async machinery of resources costs ~45 KB of wasm.
    let load = RwSignal::new(Load::Pending);
    let archive = Archive::default();
    provide_context(archive);
    Following::provide();
    let start = move || {
        load.set(Load::Pending);
        archive.status.set(None);
        leptos::task::spawn_local(async move {
            match load_root().await {
                Ok(Root::Single(data)) => load.set(Load::Ready(Arc::new(Library::new(data)))),
                Ok(Root::Archive(manifest)) => archive.start(manifest, load),
                Err(error) => load.set(Load::Failed(error)),
            }
        });
    };
    start();
    let ready = Memo::new(move |_| load.with(|l| matches!(l, Load::Ready(_))));
    // The prerendered page stays until the app has its own to show: its cards and filters in
    // the explorer. Why it could not load is shown above the prerendered cards, which stay
    // readable (on a deep link, which shows none, in the app's place).
    Effect::new(move |_| {
        if load.with(|l| matches!(l, Load::Failed(_))) && !crate::takeover::keep_with_problem() {
            crate::takeover::when_drawn();
        }
    });
    let retry = move || {
        crate::takeover::problem_back();
        start();
    };
    view! {
        <SiteHeader/>
        <UpdatePrompt/>
        <main id="main" class="page">
            // The explorer is mounted once, with the first library; a new library (more issues
            // in) flows into it as a signal, so the search box, its focus and the scroll stay.
            {move || {
                if ready.get() {
                    return view! { <ExplorerPage load/> }.into_any();
                }
                match load.get() {
                    Load::Pending | Load::Ready(_) => view! { <Loading/> }.into_any(),
                    Load::Failed(error) => view! { <ErrorPanel error on_retry=retry/> }.into_any(),
                }
            }}
        </main>
    }
}

#[component]
fn ExplorerPage(load: RwSignal<Load>) -> impl IntoView {
    // Untracked: the library the page is mounted with, once; later ones arrive through the
    // memo below, which tracks `load`.
    let Some(first) = load.with_untracked(|l| match l {
        Load::Ready(library) => Some(library.clone()),
        _ => None,
    }) else {
        return view! { <Loading/> }.into_any();
    };
    // A later library (more issues in) replaces it; nothing sets `load` back to pending or
    // failed once a library is shown, and if it did, the last library would stay.
    let library = Memo::new(move |previous: Option<&Shared>| match load.get() {
        Load::Ready(library) => Shared(library),
        _ => previous.cloned().unwrap_or_else(|| Shared(first.clone())),
    });
    let explorer = Explorer::provide(library);
    let publication = Memo::new(move |_| explorer.with_library(|l| l.data().publication.clone()));
    // An archive names itself and how many issues it holds; a single file names its issue.
    let edition = move || explorer.with_library(|l| wording::edition(l.data()));
    let open_article = Memo::new(move |_| {
        explorer.state.with(|s| {
            let id = s.article.as_deref()?;
            explorer.with_library(|l| l.data().position(id))
        })
    });
    let view = Memo::new(move |_| explorer.state.with(|s| s.view));
    let on_following = move || view.get() == View::Following && open_article.get().is_none();
    let active_filters =
        move || wording::active_filters(explorer.state.with(|s| s.filters(None).len()));
    // The filters' column (clouds and checklists) is drawn a task after the cards: two shorter
    // tasks instead of one long one while a phone's reader may already be touching the page
    // (Lighthouse's total blocking time). The prerendered page stays until both are drawn.
    let column_drawn = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        crate::browser::sleep(0).await;
        column_drawn.set(true);
    });
    Effect::new(move |_| {
        if column_drawn.get() {
            crate::takeover::when_drawn();
        }
    });
    view! {
        <div class="intro">
            <h1 class="intro__title">{move || publication.with(|p| p.title.clone())}</h1>
            <p class="intro__issue">{edition} " · " {move || publication.with(|p| p.publisher.clone())}</p>
        </div>
        <ArchiveStatus/>
        <OfflineNotice/>
        <Notices/>
        <StorageProblem/>
        <FollowOffer/>
        // The Following screen is the device's list, not a view of the filters: their tools,
        // the sidebar's and the toolbar's, are hidden there (kept mounted: unmounting them
        // behind a Show cost 15 KB of wasm).
        <div class="layout" class:layout--single=on_following>
            <aside class="layout__sidebar" aria-label="Search and filters" hidden=on_following>
                <SearchBox/>
                // Folded away on a phone so the articles come first; open beside them on a desktop.
                <details class="refine" open=is_wide_screen()>
                    <summary class="refine__summary">
                        "Tags and filters"
                        <span class="refine__count">{active_filters}</span>
                    </summary>
                    {move || column_drawn.get().then(|| view! {
                        {FacetKind::ALL
                            .into_iter()
                            .filter(|facet| facet.descriptor().place == Place::Cloud)
                            .map(|facet| view! { <FacetCloud facet/> })
                            .collect_view()}
                        <Filters/>
                        // What the device keeps, said where it is not in the way of the news.
                        <SeenIssueMemory/>
                    })}
                </details>
            </aside>
            <div class="layout__content">
                <ViewSwitch/>
                <div class="layout__tools" hidden=on_following>
                    <div class="toolbar">
                        <ResultCount/>
                        <CopyLink/>
                        // One control for what leaves the page (files, feeds, calendars): on a
                        // phone, the toolbar is one row and the news comes sooner.
                        <details class="actions">
                            <summary class="actions__summary">"Export and subscribe"</summary>
                            <div class="actions__menu">
                                <Exports/>
                                <SubscribeCalendar/>
                            </div>
                        </details>
                    </div>
                    <OrgSummary/>
                    <DocumentSummary/>
                    <ActiveFilters/>
                    <FollowView/>
                </div>
                {move || match (open_article.get(), view.get()) {
                    (Some(index), _) => view! { <ArticleView index/> }.into_any(),
                    (None, View::Cards) => view! { <CardList/> }.into_any(),
                    (None, View::Calendar) => view! { <CalendarView/> }.into_any(),
                    (None, View::Agenda) => view! { <AgendaView/> }.into_any(),
                    (None, View::Documents) => view! { <DocumentsView/> }.into_any(),
                    (None, View::Following) => view! { <FollowingView/> }.into_any(),
                }}
            </div>
        </div>
    }
    .into_any()
}

fn is_wide_screen() -> bool {
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w >= 960.0)
}
