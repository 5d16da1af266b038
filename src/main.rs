#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(standards_radar::app::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Standards Radar runs in the browser: build it with `make run`.");
}
