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
