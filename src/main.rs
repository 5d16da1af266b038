#[cfg(target_arch = "wasm32")]
fn main() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        standards_radar::browser::show_crash_banner();
    }));
    leptos::mount::mount_to_body(standards_radar::app::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Standards Radar runs in the browser: build it with `make run`.");
}
