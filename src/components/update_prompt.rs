use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// "A new version is available — Reload": shown once a new build's service worker waits
/// (`register-sw.js` says so with the `radar:update-ready` event); Reload asks for it, and the
/// page reloads on the new version, never mixing the old wasm with new glue.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let waiting = RwSignal::new(already_waiting());
    let handle = window_event_listener_untyped("radar:update-ready", move |_| waiting.set(true));
    on_cleanup(move || handle.remove());
    let reload = move |_| {
        if let (Some(window), Ok(event)) =
            (web_sys::window(), web_sys::Event::new("radar:apply-update"))
        {
            let _ = window.dispatch_event(&event);
        }
    };
    move || {
        waiting.get().then(|| {
            view! {
                <div class="update-prompt" role="status">
                    <span>"A new version is available"</span>
                    <button type="button" class="button" on:click=reload>"Reload"</button>
                </div>
            }
        })
    }
}

/// Whether the worker said so before the app was listening.
fn already_waiting() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("__radarUpdateReady")).ok())
        .is_some_and(|v| v.is_truthy())
}
