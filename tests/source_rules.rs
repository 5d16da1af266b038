//! Rules about the source itself that no compiler checks.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The user interface: everything outside the pure `model` and `logic`.
fn ui_files() -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    rust_files(Path::new("src/components"), &mut files);
    rust_files(Path::new("src/pages"), &mut files);
    files.extend(["src/explorer.rs", "src/app.rs"].map(std::path::PathBuf::from));
    files
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
            !text.contains(&literal) && !text.contains(".without_article("),
            "{} builds a view by hand: apply a Change instead",
            file.display()
        );
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
