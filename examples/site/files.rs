//! Writing into the build.

use std::path::{Path, PathBuf};

pub fn write(dist: &Path, path: &str, content: &str) -> Result<(), String> {
    let target: PathBuf = dist.join(path);
    if let Some(folder) = target.parent() {
        std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    std::fs::write(&target, content).map_err(|e| format!("{}: {e}", target.display()))
}

/// The WebAssembly's preload, as Trunk writes it: its address and its hash.
pub struct WasmPreload {
    pub href: String,
    pub integrity: String,
}

/// Puts the preview tags and the head script at the end of `index.html`'s head and the
/// prerendered first screen at the start of its body (Trunk's minified page keeps neither
/// comments nor optional tags, so the tags are the marks); and lets the first screen's own files
/// come first: the WebAssembly is not preloaded with the page but fetched once the first screen
/// is drawn (a deep link, which shows no first screen, preloads it from the head script). On a
/// slow link the preload shared the bandwidth with the stylesheet the first screen waits for,
/// and Lighthouse counted its download before the first cards (`bench/slow-link.mjs`).
pub fn fill_index(
    dist: &Path,
    head: &str,
    script: impl Fn(Option<&WasmPreload>) -> String,
    body: &str,
) -> Result<(), String> {
    let path = dist.join("index.html");
    let html = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    for mark in ["</head>", "<body>"] {
        if html.matches(mark).count() != 1 {
            return Err(format!("{} must hold {mark} once", path.display()));
        }
    }
    if html.contains("id=\"prerender\"") || html.contains("id=prerender") {
        return Err(format!("{} is prerendered already", path.display()));
    }
    let (html, wasm) = without_wasm_preload(&html);
    let html = after_first_frame(&html)
        .replace(
            "</head>",
            &format!(
                "{}<script>{}</script></head>",
                head.trim_end(),
                script(wasm.as_ref())
            ),
        )
        .replace("<body>", &format!("<body>{}", body.trim()));
    std::fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))
}

/// The page without Trunk's `<link rel=preload>` of the WebAssembly, and what it preloaded. A
/// page without one (not a Trunk build) is left as it is.
fn without_wasm_preload(html: &str) -> (String, Option<WasmPreload>) {
    let found = html.match_indices("<link").find_map(|(at, _)| {
        let tag = html.get(at..)?.split_once('>')?.0;
        (tag.contains("_bg.wasm") && tag.contains("rel=preload")).then_some((at, tag))
    });
    let Some((at, tag)) = found else {
        return (html.to_string(), None);
    };
    // Trunk's minified attributes: `href=/x_bg.wasm integrity=sha384-…`, unquoted.
    let value = |name: &str| {
        tag.split_whitespace()
            .find_map(|a| a.strip_prefix(name)?.strip_prefix('='))
            .map(|v| v.trim_matches('"').to_string())
    };
    let preload = value("href").map(|href| WasmPreload {
        href,
        integrity: value("integrity").unwrap_or_default(),
    });
    let end = at + tag.len() + 1;
    let rest = format!(
        "{}{}",
        html.get(..at).unwrap_or_default(),
        html.get(end..).unwrap_or_default()
    );
    (rest, preload)
}

/// Trunk's loader starts the WebAssembly once the first screen is drawn, not before.
fn after_first_frame(html: &str) -> String {
    html.replacen(
        "const wasm = await init(",
        "await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));\nconst wasm = await init(",
        1,
    )
}
