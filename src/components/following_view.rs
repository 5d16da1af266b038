use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::archive_load::Archive;
use crate::browser::{app_url, download};
use crate::components::subscribe::webcal_url;
use crate::explorer::{href, Explorer};
use crate::following_store::Following;
use crate::logic::calendar::long_date;
use crate::logic::following::StoredProblem;
use crate::logic::paths::view_link;
use crate::logic::view::{Change, View, ViewState};
use crate::logic::watch::{act_verb, closing_soon, opml, summarise, Summary, Upcoming};

/// The Following screen closes with the dates within this many days.
const SOON_DAYS: i64 = 30;

/// What the reader follows on this device (`view=following`): what closes soon among it, then
/// each item with its counts, its next date, its feed and calendar, in the reader's order; and
/// the list itself to share, export as OPML, or forget.
#[component]
pub fn FollowingView() -> impl IntoView {
    let explorer = Explorer::get();
    let following = Following::get();
    let archive = use_context::<Archive>();
    let today = explorer.today;
    let new_issues = Memo::new(move |_| {
        archive
            .and_then(|a| a.status.with(|s| s.as_ref().map(|s| s.new_issues.clone())))
            .unwrap_or_default()
    });
    let summaries = Memo::new(move |_| {
        explorer.with_library(|l| {
            new_issues.with(|new| {
                following.with(|list| {
                    list.items()
                        .iter()
                        .map(|i| summarise(l, i, new, today))
                        .collect::<Vec<_>>()
                })
            })
        })
    });
    // From the summaries: each item's events are read once for both.
    let soon = Memo::new(move |_| summaries.with(|s| closing_soon(s, today, SOON_DAYS)));
    let count = move || following.with(|l| l.len());
    let has_items = Memo::new(move |_| count() != 0);
    view! {
        <section class="following" aria-labelledby="following-title">
            <h2 class="following__title" id="following-title">"Following"</h2>
            <p class="following__intro">
                {move || match count() {
                    1 => "1 item".to_string(),
                    n => format!("{n} items"),
                }}
                ", kept in this browser on this device only: nothing of it leaves the device."
                {(!following.stored).then_some(" This browser keeps no storage here: the list lasts until the tab closes.")}
            </p>
            // Drawn again only when the list becomes empty or stops being: a Memo of that alone.
            {move || {
                if !has_items.get() {
                    return view! {
                        <p class="following__empty">
                            "You follow nothing yet. Choose a tag, an organisation or a document and press “Follow” beside it, or “Follow this view” above the articles."
                        </p>
                    }.into_any();
                }
                view! {
                <h3 class="following__heading">"Closing soon"</h3>
                {move || {
                    let soon = soon.get();
                    if soon.is_empty() {
                        return view! { <p class="following__none">"Nothing you follow closes or takes effect in the next 30 days."</p> }.into_any();
                    }
                    view! {
                        <ul class="following__soon">
                            {soon.into_iter().map(|(upcoming, name)| view! { <SoonEntry upcoming name/> }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                <h3 class="following__heading">"Your list"</h3>
                <ol class="following__list">
                    {move || summaries.get().into_iter().map(|summary| view! { <FollowedItem summary/> }).collect_view()}
                </ol>
                <ListActions summaries/>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn SoonEntry(upcoming: Upcoming, name: String) -> impl IntoView {
    let explorer = Explorer::get();
    let article =
        explorer.with_library(|l| l.article(upcoming.occurrence.article).map(|a| a.id.clone()));
    view! {
        <li class="following__soon-entry">
            <strong>{act_verb(upcoming.occurrence.kind)} " " {long_date(upcoming.day)}</strong>
            " — "
            {match article {
                Some(id) => view! { <a href=explorer.link(Change::OpenArticle(id))>{upcoming.title}</a> }.into_any(),
                None => upcoming.title.into_any(),
            }}
            ": " {upcoming.status}
            <span class="following__from">" (" {name} ")"</span>
        </li>
    }
}

#[component]
fn FollowedItem(summary: Summary) -> impl IntoView {
    let following = Following::get();
    let renaming = RwSignal::new(None::<String>);
    let Summary {
        target,
        name,
        what,
        view,
        articles,
        new,
        upcoming,
        feed,
        calendar,
        unknown,
    } = summary;
    // The move buttons' ids, from what the item follows: the same after the list is redrawn.
    let key: String = target
        .encode()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("_");
    let (up_id, down_id) = (format!("follow-up-{key}"), format!("follow-down-{key}"));
    let (up, down, remove, rename) = (target.clone(), target.clone(), target.clone(), target);
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        // A submit handler: the name as typed at the moment of the submit.
        let name = renaming.get_untracked().unwrap_or_default();
        following.change(|list| list.rename(&rename, &name));
        renaming.set(None);
    };
    let counts = match (articles, new) {
        (1, 0) => "1 article".to_string(),
        (1, _) => "1 article, new since your last visit".to_string(),
        (n, 0) => format!("{n} articles"),
        (n, new) => format!("{n} articles, {new} new since your last visit"),
    };
    let shown = name.clone();
    view! {
        <li class="following__item">
            <p class="following__name">
                <a href=href(&view)>{name.clone()}</a>
                <span class="following__what">" · " {what}</span>
            </p>
            <p class="following__counts">{counts}</p>
            {unknown.then(|| view! {
                <p class="following__unknown">"Not in the archive now: renamed or removed since you followed it."</p>
            })}
            <p class="following__next">
                {match upcoming.first() {
                    Some(n) => format!("Next: {} — {} ({})", n.title, n.status, long_date(n.day)),
                    None => "No open deadline or coming effective date.".to_string(),
                }}
            </p>
            <p class="following__subscribe">
                {feed.map(|feed| view! { <a href=format!("./{feed}") type="application/atom+xml">"Feed"</a> " " })}
                {calendar.map(|path| view! {
                    <a href=webcal_url(&path)>"Subscribe in your calendar app"</a>
                    " · "
                    <a href=format!("./{path}") type="text/calendar">"Calendar address"</a>
                })}
            </p>
            <div class="following__actions">
                <button type="button" class="button button--secondary" aria-label=format!("Move {shown} up")
                    id=up_id.clone()
                    on:click={let id = up_id.clone(); move |_| {
                        following.change(|l| l.shift(&up, -1));
                        keep_focus(id.clone());
                    }}>"↑"</button>
                <button type="button" class="button button--secondary" aria-label=format!("Move {shown} down")
                    id=down_id.clone()
                    on:click={let id = down_id.clone(); move |_| {
                        following.change(|l| l.shift(&down, 1));
                        keep_focus(id.clone());
                    }}>"↓"</button>
                <button type="button" class="button button--secondary" aria-label=format!("Rename {shown}")
                    on:click={let name = name.clone(); move |_| renaming.set(Some(name.clone()))}>"Rename"</button>
                <button type="button" class="button button--secondary" aria-label=format!("Stop following {shown}")
                    on:click=move |_| following.change(|l| l.remove(&remove))>"Remove"</button>
            </div>
            {move || renaming.with(Option::is_some).then(|| view! {
                <form class="following__rename" on:submit=save.clone()>
                    <label>
                        "New name"
                        <input type="text" maxlength="80"
                            prop:value=move || renaming.get().unwrap_or_default()
                            on:input=move |e| renaming.set(Some(event_target_value(&e)))/>
                    </label>
                    <button type="submit" class="button">"Save"</button>
                </form>
            })}
        </li>
    }
}

/// Share the list as a link, its feeds as OPML, or forget it.
#[component]
fn ListActions(summaries: Memo<Vec<Summary>>) -> impl IntoView {
    let following = Following::get();
    // The link is made from the list as it is whenever it is shown: an item removed after
    // "Share my list" is not in it.
    let shared = RwSignal::new(false);
    let link = move || following.with(|l| view_link(&app_url(), &l.share_view()));
    let confirming = RwSignal::new(false);
    let share = move |_| shared.set(true);
    let save_opml = move |_| {
        // A click handler: the list at the moment of the click.
        let text = summaries.with_untracked(|s| opml(s, &app_url()));
        let _ = download(
            "standards-radar-following.opml",
            "text/x-opml;charset=utf-8",
            &text,
        );
    };
    view! {
        <div class="following__share">
            <button type="button" class="button" on:click=share>"Share my list"</button>
            <button type="button" class="button button--secondary" on:click=save_opml>"Download feeds as OPML"</button>
            <button type="button" class="button button--secondary" on:click=move |_| confirming.set(true)>"Forget my list"</button>
            {move || shared.get().then(|| view! {
                <label class="following__link">
                    "Open this link on another device to add your list there:"
                    <input type="text" readonly prop:value=link/>
                </label>
            })}
            {move || confirming.get().then(|| view! {
                <p class="following__confirm" role="alert">
                    "Forget everything you follow on this device?"
                    <button type="button" class="button" on:click=move |_| { following.forget(); confirming.set(false); }>"Forget"</button>
                    <button type="button" class="button button--secondary" on:click=move |_| confirming.set(false)>"Keep it"</button>
                </p>
            })}
        </div>
    }
}

/// The stored list could not be read: it was dropped, and the reader is told why.
#[component]
pub fn StorageProblem() -> impl IntoView {
    let following = Following::get();
    move || {
        following.problem.get().map(|problem| {
            let what = match problem {
                StoredProblem::Unreadable => {
                    "The list saved on this device was damaged and could not be read, so it was cleared.".to_string()
                }
                StoredProblem::OlderVersion(v) => format!(
                    "The list saved on this device was written by an older version of the app (format {v}) and could not be read, so it was cleared."
                ),
                StoredProblem::NewerVersion(v) => format!(
                    "The list saved on this device was written by a newer version of the app (format {v}). It is left as it is, and this page will not save changes to it: reload to use the newer version."
                ),
            };
            view! {
                <p class="following__problem" role="alert">
                    {what}
                    <button type="button" class="button button--secondary" on:click=move |_| following.problem.set(None)>"Dismiss"</button>
                </p>
            }
        })
    }
}

/// Gives the focus back to the button with id `id` once the list is drawn again: moving an
/// item redraws the list, and the button the reader pressed would be gone with its focus.
fn keep_focus(id: String) {
    leptos::task::spawn_local(async move {
        crate::browser::after_next_paint().await;
        let button = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(button) = button {
            let _ = button.focus();
        }
    });
}

/// The link to the Following screen.
pub fn following_href() -> String {
    href(&ViewState::default().apply(&Change::SetView(View::Following)))
}
