//! Rules about the source itself that no compiler checks.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Whether `path` is part of the pure core: `src/model.rs`, anything under `src/logic`, and
/// what only the build runs (`src/build`, host only).
fn is_core(path: &Path) -> bool {
    path == Path::new("src/model.rs")
        || path.starts_with("src/logic")
        || path.starts_with("src/build")
}

/// The user interface: every Rust file under `src/` outside the pure `model` and `logic`, found
/// by walking the folder, so a new file is checked from the day it is added.
fn ui_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    files.retain(|f| !is_core(f));
    files
}

/// `src/model.rs` and every file of `src/logic` and `src/build`.
fn core_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    files.retain(|f| is_core(f));
    files
}

#[test]
fn the_ui_is_every_file_outside_the_core() {
    let ui = ui_files();
    for file in [
        "src/app.rs",
        "src/archive_load.rs",
        "src/browser.rs",
        "src/data.rs",
        "src/explorer.rs",
        "src/navigation.rs",
        "src/components/article_view.rs",
        "src/pages/home.rs",
    ] {
        assert!(ui.contains(&PathBuf::from(file)), "{file} is checked");
    }
    let core = core_files();
    assert!(core.contains(&PathBuf::from("src/model.rs")) && core.len() > 20);
    assert!(ui.iter().all(|f| !core.contains(f)));
}

/// A view changes only through `logic::view::Change`: no component builds a `ViewState`.
#[test]
fn no_view_state_is_built_by_hand_in_the_ui() {
    let literal = ["ViewState", " {"].concat();
    let files = ui_files();
    assert!(files.len() > 10, "found the sources");
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        assert!(
            !text.contains(&literal),
            "{} builds a view by hand: apply a Change instead",
            file.display()
        );
    }
}

/// The core is plain Rust, built and tested natively: it never names the browser's crates (in
/// code; a comment may say so). `cfg` cannot hide them here either, since the wasm build is the
/// one that has them.
#[test]
fn the_core_never_names_leptos_or_web_sys() {
    let files = core_files();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for name in ["leptos", "web_sys", "web-sys"] {
                assert!(
                    !code.contains(name),
                    "{}:{}: the core names {name}",
                    file.display(),
                    n + 1
                );
            }
        }
    }
}

/// An untracked read cannot follow the URL: each says, in a comment just above, why it cannot
/// go stale (a click handler, a value fixed for the page's life).
#[test]
fn every_untracked_read_in_the_ui_says_why() {
    for file in ui_files() {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        for (n, line) in lines.iter().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            if !code.contains("_untracked(") {
                continue;
            }
            let above = &lines[n.saturating_sub(3)..n];
            assert!(
                above.iter().any(|l| l.trim_start().starts_with("//")),
                "{}:{}: an untracked read without a comment saying why it cannot go stale",
                file.display(),
                n + 1
            );
        }
    }
}

/// Data must never become markup: no `inner_html` anywhere in the app.
#[test]
fn no_inner_html_anywhere() {
    let forbidden = ["inner", "_html"].concat();
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    assert!(files.len() > 10, "found the sources");
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        assert!(
            !text.contains(&forbidden),
            "{} uses {forbidden}",
            file.display()
        );
    }
    let html = std::fs::read_to_string("index.html").unwrap_or_default();
    assert!(!html.contains(&forbidden));
}
