//! Test folders of their own holding a copy of the shipped archive.

use std::path::Path;

/// Copies the shipped archive (its manifest and every issue file) into `dir`: `archive.json`
/// and `issues/`.
pub fn copy_shipped_archive(dir: &Path) {
    std::fs::create_dir_all(dir.join("issues")).unwrap();
    std::fs::copy("public/data/archive.json", dir.join("archive.json")).unwrap();
    for entry in std::fs::read_dir("public/data/issues").unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join("issues").join(entry.file_name())).unwrap();
    }
}
