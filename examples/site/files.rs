//! Writing into the build.

use std::path::{Path, PathBuf};

pub fn write(dist: &Path, path: &str, content: &str) -> Result<(), String> {
    let target: PathBuf = dist.join(path);
    if let Some(folder) = target.parent() {
        std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    std::fs::write(&target, content).map_err(|e| format!("{}: {e}", target.display()))
}

/// Puts the preview tags and the head script at the end of `index.html`'s head and the
/// prerendered first screen at the start of its body (Trunk's minified page keeps neither
/// comments nor optional tags, so the tags are the marks).
pub fn fill_index(dist: &Path, head: &str, script: &str, body: &str) -> Result<(), String> {
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
    let html = html
        .replace(
            "</head>",
            &format!("{}<script>{script}</script></head>", head.trim_end()),
        )
        .replace("<body>", &format!("<body>{}", body.trim()));
    std::fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))
}
