//! The page the build prerendered (`examples/site/prerender.rs`: the header and the newest
//! issue's cards, readable before the WebAssembly arrives) handed over to the app.
//!
//! The app is mounted into a hidden holder beside the prerendered markup and shown in its place
//! in one task, once it has drawn its own first screen: no frame shows both or neither, and as
//! the two are the same markup (`tests/browser/prerender.spec.ts`), nothing moves. What the
//! reader did meanwhile carries over: the focused control, opened menus and a typed search.
//! A deep link (`html.deep-link`, set by the head script before the first paint) never shows the
//! prerendered cards: the app takes over at once and shows its loading state.

use std::cell::{Cell, RefCell};

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement};

const PRERENDERED: &str = "prerender";
const HOLDER: &str = "app";
/// The prerendered page's line on the archive's loading (`templates/index-app.html`).
const PROGRESS: &str = ".archive-status__progress";

thread_local! {
    static TAKEN_OVER: Cell<bool> = const { Cell::new(false) };
    static MOVED: RefCell<Option<Moved>> = const { RefCell::new(None) };
}

/// Mounts the app: in place of the prerendered page if there is one, else into the body.
pub fn mount<F, N>(app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        // Without the build's head script (a development build), the class it sets.
        let _ = root.class_list().add_1("js");
    }
    let holder = document
        .get_element_by_id(PRERENDERED)
        .and_then(|_| document.create_element("div").ok())
        .and_then(|holder| holder.dyn_into::<HtmlElement>().ok());
    let (Some(holder), Some(body)) = (holder, document.body()) else {
        TAKEN_OVER.with(|t| t.set(true));
        leptos::mount::mount_to_body(app);
        return;
    };
    holder.set_id(HOLDER);
    holder.set_class_name(HOLDER);
    let _ = holder.set_attribute("hidden", "");
    let _ = body.append_child(&holder);
    leptos::mount::mount_to(holder, app).forget();
    if is_deep_link(&document) {
        take_over();
    }
}

/// The app has drawn its first screen (its cards, or why it could not): it takes the page over
/// before the next paint, when every update of this turn is in the DOM.
pub fn when_drawn() {
    if TAKEN_OVER.with(Cell::get) {
        return;
    }
    request_animation_frame(take_over);
}

/// The app could not load its data while the prerendered page is shown (the bare address):
/// the cards stay readable, and the app's error panel (why, and Retry) is moved out of the
/// hidden holder to stand above them, where the archive's progress line was. False when there
/// is no such page to keep (taken over already: a deep link, or no prerendered page): the
/// caller takes over instead. `problem_back` returns the panel before the app changes it.
pub fn keep_with_problem() -> bool {
    if TAKEN_OVER.with(Cell::get) {
        return false;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let (Some(prerendered), Some(app)) = (
        document.get_element_by_id(PRERENDERED),
        document.get_element_by_id(HOLDER),
    ) else {
        return false;
    };
    let (Ok(Some(panel)), Ok(Some(progress))) = (
        app.query_selector(".error-panel"),
        prerendered.query_selector(PROGRESS),
    ) else {
        return false;
    };
    let (Some(home), Some(parent)) = (panel.parent_node(), progress.parent_node()) else {
        return false;
    };
    let next = panel.next_sibling();
    if parent.insert_before(&panel, Some(&progress)).is_err() {
        return false;
    }
    if let Ok(Some(kept)) = panel.query_selector(".error-panel__kept") {
        let _ = kept.remove_attribute("hidden");
    }
    let _ = progress.set_attribute("hidden", "");
    MOVED.with(|m| {
        m.replace(Some(Moved {
            panel,
            home,
            next,
            progress,
        }))
    });
    true
}

/// Puts the error panel `keep_with_problem` moved back where the app drew it, and the
/// prerendered progress line back in view. Called before the app replaces the panel (Retry):
/// Leptos draws what replaces a view where that view's nodes are, and the app's is the holder.
pub fn problem_back() {
    let Some(Moved {
        panel,
        home,
        next,
        progress,
    }) = MOVED.with(|m| m.take())
    else {
        return;
    };
    if let Ok(Some(kept)) = panel.query_selector(".error-panel__kept") {
        let _ = kept.set_attribute("hidden", "");
    }
    let _ = home.insert_before(&panel, next.as_ref());
    let _ = progress.remove_attribute("hidden");
}

/// An error panel shown above the prerendered cards, and where the app had drawn it.
struct Moved {
    panel: Element,
    home: web_sys::Node,
    next: Option<web_sys::Node>,
    /// The prerendered progress line it stands in place of.
    progress: Element,
}

fn is_deep_link(document: &Document) -> bool {
    document
        .document_element()
        .is_some_and(|root| root.class_list().contains("deep-link"))
}

fn take_over() {
    if TAKEN_OVER.with(|t| t.replace(true)) {
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Some(prerendered), Some(app)) = (
        document.get_element_by_id(PRERENDERED),
        document.get_element_by_id(HOLDER),
    ) else {
        return;
    };
    let focused = document
        .active_element()
        .filter(|e| prerendered.contains(Some(e)))
        .and_then(|e| path_of(&e, &prerendered));
    carry_open_menus(&prerendered, &app);
    carry_card_sizes(&prerendered, &app);
    let typed = search_input(&prerendered)
        .map(|input| input.value())
        .filter(|v| !v.is_empty());
    prerendered.remove();
    let _ = app.remove_attribute("hidden");
    // Drawn once, a card keeps its own size when skipped again (`auto`); one never drawn takes
    // the stylesheet's placeholder back.
    let drawn = app.clone();
    request_animation_frame(move || {
        request_animation_frame(move || forget_card_sizes(&drawn));
    });
    if let Some(element) = focused
        .and_then(|path| at_path(&app, &path))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        // Where it is already: the two pages lay out alike, and the reader's scroll stays.
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
    if let (Some(text), Some(input)) = (typed, search_input(&app)) {
        input.set_value(&text);
        if let Ok(event) = web_sys::Event::new("input") {
            let _ = input.dispatch_event(&event);
        }
    }
}

/// A card off screen is not drawn (`content-visibility: auto`) and holds a placeholder's height
/// until it is: the app's new cards hold the height the prerendered ones have, drawn or not, so
/// the first frame lays out as the last did and nothing moves when they are drawn.
fn carry_card_sizes(from: &Element, to: &Element) {
    let (Ok(shown), Ok(arriving)) = (
        from.query_selector_all(".cards > li"),
        to.query_selector_all(".cards > li"),
    ) else {
        return;
    };
    for i in 0..shown.length().min(arriving.length()) {
        let card = shown.item(i).and_then(|c| c.dyn_into::<Element>().ok());
        let same = arriving
            .item(i)
            .and_then(|c| c.dyn_into::<HtmlElement>().ok());
        if let (Some(card), Some(same)) = (card, same) {
            let height = card.get_bounding_client_rect().height();
            let _ = same
                .style()
                .set_property("contain-intrinsic-size", &format!("auto {height}px"));
        }
    }
}

fn forget_card_sizes(root: &Element) {
    let Ok(cards) = root.query_selector_all(".cards > li") else {
        return;
    };
    for card in (0..cards.length()).filter_map(|i| cards.item(i)?.dyn_into::<HtmlElement>().ok()) {
        let _ = card.style().remove_property("contain-intrinsic-size");
        if card
            .get_attribute("style")
            .is_some_and(|s| s.trim().is_empty())
        {
            let _ = card.remove_attribute("style");
        }
    }
}

fn search_input(root: &Element) -> Option<HtmlInputElement> {
    root.query_selector("input[type=search]")
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}

/// A menu the reader opened or closed (the filters on a phone, "Export and subscribe") stays so.
fn carry_open_menus(from: &Element, to: &Element) {
    let Ok(menus) = from.query_selector_all("details") else {
        return;
    };
    for menu in (0..menus.length()).filter_map(|i| menus.item(i)?.dyn_into::<Element>().ok()) {
        let open = menu.has_attribute("open");
        if let Some(same) = path_of(&menu, from).and_then(|path| at_path(to, &path)) {
            let _ = if open {
                same.set_attribute("open", "")
            } else {
                same.remove_attribute("open")
            };
        }
    }
}

/// Markup only the prerendered page has, which the app's copy lacks: its scripts and its
/// loading note for deep links.
fn counts(element: &Element) -> bool {
    element.tag_name() != "SCRIPT" && !element.class_list().contains("prerender__loading")
}

/// Where `element` sits under `root`: the position among its counted siblings at each level.
fn path_of(element: &Element, root: &Element) -> Option<Vec<u32>> {
    let mut path = Vec::new();
    let mut at = element.clone();
    while &at != root {
        let parent = at.parent_element()?;
        let children = parent.children();
        let position = (0..children.length())
            .filter_map(|i| children.item(i))
            .filter(counts)
            .position(|child| child == at)?;
        path.push(u32::try_from(position).ok()?);
        at = parent;
    }
    path.reverse();
    Some(path)
}

fn at_path(root: &Element, path: &[u32]) -> Option<Element> {
    let mut at = root.clone();
    for &position in path {
        let children = at.children();
        at = (0..children.length())
            .filter_map(|i| children.item(i))
            .filter(counts)
            .nth(usize::try_from(position).ok()?)?;
    }
    Some(at)
}
