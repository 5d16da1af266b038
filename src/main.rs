#[cfg(target_arch = "wasm32")]
fn main() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        standards_radar::browser::show_crash_banner();
    }));
    standards_radar::takeover::mount(standards_radar::app::App);
    #[cfg(feature = "crash-test")]
    crash_when_asked();
}

/// A panic in a callback after load, as a real bug would cause one: only in test builds.
#[cfg(all(target_arch = "wasm32", feature = "crash-test"))]
fn crash_when_asked() {
    let asked = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|q| q.contains("crash-test"));
    if asked {
        leptos::prelude::set_timeout(
            || panic!("crash-test: a panic asked for by the URL"),
            std::time::Duration::from_millis(500),
        );
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Standards Radar runs in the browser: build it with `make run`.");
}
