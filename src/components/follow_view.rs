use leptos::prelude::*;

use crate::explorer::Explorer;
use crate::following_store::Following;
use crate::logic::following::Target;

/// "Follow this view": the current filters as one followed item, under a name the reader gives
/// (offered: the filters' own names). Pressed again, it stops following the view.
#[component]
pub fn FollowView() -> impl IntoView {
    let explorer = Explorer::get();
    let following = Following::get();
    let naming = RwSignal::new(false);
    let name = RwSignal::new(String::new());
    let filtered = Memo::new(move |_| explorer.state.with(|s| !s.filters(None).is_empty()));
    // The view as an item: its name does not make it another item (targets compare queries).
    let this_view = Memo::new(move |_| explorer.state.with(|s| Target::view("", s)));
    let followed = Memo::new(move |_| this_view.with(|t| following.with(|l| l.follows(t))));
    let start = move |_| {
        // A click handler: the filters at the moment of the click.
        let own = explorer.with_library(|l| {
            explorer.state.with_untracked(|s| {
                let labels: Vec<String> = s
                    .filters(Some(l.data()))
                    .into_iter()
                    .map(|f| f.label)
                    .collect();
                labels.join(", ")
            })
        });
        name.set(own);
        naming.set(true);
    };
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        // A submit handler: the view and the name at the moment of the submit.
        let target = explorer
            .state
            .with_untracked(|s| Target::view(&name.get_untracked(), s));
        if matches!(&target, Target::View { name, .. } if !name.is_empty()) {
            following.change(|list| {
                list.add(target);
            });
            naming.set(false);
        }
    };
    let stop = move |_| {
        // A click handler: the view at the moment of the click.
        let target = this_view.get_untracked();
        following.change(|list| list.remove(&target));
    };
    view! {
        {move || filtered.get().then(|| view! {
            <div class="follow-view">
                {move || {
                    if followed.get() {
                        view! {
                            <button type="button" class="follow follow--on" aria-pressed="true" on:click=stop>
                                <span aria-hidden="true">"★ "</span>"Following this view"
                            </button>
                        }
                            .into_any()
                    } else if naming.get() {
                        view! {
                            <form class="follow-view__form" on:submit=save>
                                <label class="follow-view__label">
                                    "Name this view"
                                    <input
                                        class="follow-view__name"
                                        type="text"
                                        maxlength="80"
                                        required
                                        prop:value=move || name.get()
                                        on:input=move |e| name.set(event_target_value(&e))
                                    />
                                </label>
                                <button type="submit" class="button">"Follow"</button>
                                <button type="button" class="button button--secondary" on:click=move |_| naming.set(false)>
                                    "Cancel"
                                </button>
                            </form>
                        }
                            .into_any()
                    } else {
                        view! {
                            <button type="button" class="follow" on:click=start>
                                <span aria-hidden="true">"☆ "</span>"Follow this view"
                            </button>
                        }
                            .into_any()
                    }
                }}
            </div>
        })}
    }
}
