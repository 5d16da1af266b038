//! The page's query string as a signal, and the few history calls the app needs. The app is
//! one page whose view is its query string, so it needs no router: a click on a link to the
//! page becomes a history entry, Back and Forward update the signal, `navigate` pushes or
//! replaces an entry, and whatever sub-path the page is hosted under stays as it is.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::logic::view::History;

#[derive(Clone, Copy)]
pub struct Navigation {
    /// `location.search`, with its `?`.
    search: RwSignal<String>,
}

impl Navigation {
    /// Starts following the address; the page's root component calls it once.
    pub fn install() -> Navigation {
        let navigation = Navigation {
            search: RwSignal::new(current_search()),
        };
        let popstate = window_event_listener(ev::popstate, move |_| {
            navigation.search.set(current_search())
        });
        let click = window_event_listener(ev::click, move |event| navigation.on_click(&event));
        on_cleanup(move || {
            popstate.remove();
            click.remove();
        });
        provide_context(navigation);
        navigation
    }

    pub fn get() -> Navigation {
        expect_context::<Navigation>()
    }

    /// The query string of the address (with its `?`), tracked.
    pub fn search(&self) -> String {
        self.search.get()
    }

    /// Shows `query` (without `?`) at the current path: a new history entry, or the current one
    /// rewritten. The scroll position stays: the reader changed a control, not the page.
    pub fn navigate(&self, query: &str, history: History) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let path = window.location().pathname().unwrap_or_default();
        let target = if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        };
        self.go_to(&target, history);
    }

    fn go_to(&self, target: &str, history: History) {
        let Some(window) = web_sys::window() else {
            return;
        };
        if let Ok(log) = window.history() {
            let _ = match history {
                History::Push => {
                    log.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(target))
                }
                History::Replace => {
                    log.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(target))
                }
            };
        }
        self.search.set(current_search());
    }

    /// A plain click on a link to this page (under the base path, same origin) is handled here,
    /// as a history entry and a new view, instead of a page load; anything else (new tab,
    /// download, another site, `#` links within the view) is left to the browser.
    fn on_click(&self, event: &web_sys::MouseEvent) {
        if event.default_prevented()
            || event.button() != 0
            || event.meta_key()
            || event.alt_key()
            || event.ctrl_key()
            || event.shift_key()
        {
            return;
        }
        let Some(link) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href]").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        else {
            return;
        };
        if !link.target().is_empty() || link.has_attribute("download") {
            return;
        }
        let Some(window) = web_sys::window() else {
            return;
        };
        let location = window.location();
        let (Ok(origin), Ok(path), Ok(search)) =
            (location.origin(), location.pathname(), location.search())
        else {
            return;
        };
        let Ok(url) = web_sys::Url::new(&link.href()) else {
            return;
        };
        let same_view = url.pathname() == path && url.search() == search;
        if url.origin() != origin
            || !url.pathname().starts_with(&base_path())
            || (same_view && !url.hash().is_empty())
        {
            return;
        }
        event.prevent_default();
        let target = format!("{}{}", url.pathname(), url.search());
        if !same_view {
            self.go_to(&target, History::Push);
        }
        // Following a link is a new page for the reader: start at its top, as a load would.
        // A link that is a control (a facet's value, the next month: `data-control`) changes
        // the view the reader is looking at, so the page stays where it is, as with a button.
        if !link.has_attribute("data-control") {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    }
}

fn current_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The path of the `<base href>` Trunk writes from `--public-url`: `/` at the root, `/radar/`
/// under a sub-path. Only links under it are the app's.
fn base_path() -> String {
    web_sys::Url::new(&crate::browser::app_url())
        .map(|u| u.pathname())
        .unwrap_or_else(|_| "/".to_string())
}
