//! The few browser facilities the app needs beyond rendering: the local date, the clock,
//! timers and background tasks, saving a generated file, and the marks the benchmark reads.

use time::{Date, Month, OffsetDateTime, PrimitiveDateTime};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The reader's local calendar date, read as numbers (never parsed from a string), so that
/// the calendar's "today" is the reader's day in their own time zone.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let month = Month::try_from(now.get_month() as u8 + 1).unwrap_or(Month::January);
    Date::from_calendar_date(now.get_full_year() as i32, month, now.get_date() as u8)
        .unwrap_or(Date::MIN)
}

/// The current instant in UTC (for an iCalendar DTSTAMP).
pub fn now_utc() -> PrimitiveDateTime {
    let seconds = (js_sys::Date::now() / 1000.0) as i64;
    let now = OffsetDateTime::from_unix_timestamp(seconds).unwrap_or(OffsetDateTime::UNIX_EPOCH);
    PrimitiveDateTime::new(now.date(), now.time())
}

/// The app's absolute address: the page's `<base href>` (Trunk writes it from `--public-url`),
/// resolved against where the page was loaded from, so it names the sub-path too.
pub fn app_url() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default()
}

/// Offers `content` to the reader as a file download.
pub fn download(file_name: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // Revoking at once can cancel the download in some browsers; a moment later is safe.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    Ok(())
}

/// After a panic the app is dead: say so, and offer a reload, rather than leave a frozen page.
/// Plain DOM calls, since nothing of the app can be trusted any more.
pub fn show_crash_banner() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Some(body), Ok(banner), Ok(link)) = (
        document.body(),
        document.create_element("div"),
        document.create_element("a"),
    ) else {
        return;
    };
    banner.set_class_name("crash-banner");
    let _ = banner.set_attribute("role", "alert");
    banner.set_text_content(Some("Something went wrong and the page stopped working. "));
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let _ = link.set_attribute("href", &href);
    link.set_text_content(Some("Reload the page"));
    let _ = banner.append_child(&link);
    let _ = body.prepend_with_node_1(&banner);
}

/// A `performance.mark`, for the benchmark (`make bench`) to read; free when nobody looks.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Runs `work` and records how long it took as the `performance.measure` `name` (only the
/// latest is kept), for the benchmark to compare with the plain-JS peer in the same browser.
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return work();
    };
    let start = format!("{name}:start");
    let _ = performance.mark(&start);
    let out = work();
    performance.clear_measures_with_measure_name(name);
    let _ = performance.measure_with_start_mark(name, &start);
    performance.clear_marks_with_mark_name(&start);
    out
}

/// Resolves after `ms` milliseconds (the browser's timer, so tests can fast-forward it).
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Resolves once the browser has painted what is on screen now: the next animation frame,
/// then a task.
pub async fn after_next_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.request_animation_frame(&resolve);
        }
    });
    let _ = JsFuture::from(promise).await;
    sleep(0).await;
}

/// Resolves in a background task: once the browser has nothing more urgent to do (input,
/// rendering, timers), the way to split long work that nobody waits for. Browsers without
/// `scheduler.postTask` wait for a timer instead.
pub async fn yield_to_browser() {
    let mut posted = false;
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        posted = post_background_task(&resolve).is_some();
    });
    if posted {
        let _ = JsFuture::from(promise).await;
    } else {
        sleep(0).await;
    }
}

/// `scheduler.postTask(task, { priority: "background" })`, where the browser has it.
fn post_background_task(task: &js_sys::Function) -> Option<()> {
    use js_sys::Reflect;
    let scheduler = Reflect::get(&js_sys::global(), &"scheduler".into()).ok()?;
    let post_task: js_sys::Function = Reflect::get(&scheduler, &"postTask".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let options = js_sys::Object::new();
    Reflect::set(&options, &"priority".into(), &"background".into()).ok()?;
    post_task.call2(&scheduler, task, &options).ok()?;
    Some(())
}

/// Milliseconds on the page's clock.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}
