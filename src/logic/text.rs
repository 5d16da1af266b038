//! Text as search sees it: case and accents do not matter ("fur" finds "für").

use unicode_normalization::char::{decompose_canonical, is_combining_mark};
use unicode_normalization::UnicodeNormalization;

/// Lower-case, accents removed: the form every comparison in search uses.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    decompose_canonical(c, |d| {
        if !is_combining_mark(d) {
            out.extend(d.to_lowercase());
        }
    });
}

/// The folded text with, for each of its bytes, the byte offset in `text` of the character it
/// came from: how a match found in folded text is marked in the original.
pub fn fold_with_offsets(text: &str) -> (String, Vec<usize>) {
    let mut folded = String::with_capacity(text.len());
    let mut offsets = Vec::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        let before = folded.len();
        fold_char(c, &mut folded);
        offsets.resize(folded.len(), at);
        debug_assert!(folded.len() >= before);
    }
    (folded, offsets)
}

/// The words of a query, folded; punctuation separates words but is kept inside them
/// ("5G", "ISO/TC", "C++", "e-commerce").
pub fn terms(query: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in words(&fold(query)) {
        if !out.iter().any(|w| w == word) {
            out.push(word.to_string());
        }
    }
    out
}

/// The words of an already folded text, split the way `terms` splits a query, so that every
/// query word is a substring of some indexed word or of none.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '"' | '“' | '”'))
        .map(|w| w.trim_matches(|c: char| matches!(c, '.' | ':' | '(' | ')' | '\'' | '‘' | '’')))
        .filter(|w| !w.is_empty())
}

/// Canonical composition (NFC): the same tag typed on two keyboards is one tag.
pub fn nfc(text: &str) -> String {
    text.nfc().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("Für Ärger"), "fur arger");
        assert_eq!(fold("CEN-CENELEC"), "cen-cenelec");
        assert_eq!(fold("Zürich e\u{301}"), "zurich e");
        assert_eq!(fold("中国标准"), "中国标准");
    }

    #[test]
    fn offsets_point_back_into_the_original() {
        let text = "Ärger über";
        let (folded, offsets) = fold_with_offsets(text);
        assert_eq!(folded, "arger uber");
        assert_eq!(offsets.len(), folded.len());
        let start = folded.find("uber").unwrap();
        assert_eq!(&text[offsets[start]..], "über");
    }

    #[test]
    fn terms_split_on_space_and_keep_inner_punctuation() {
        assert_eq!(
            terms("  Data  security, 5G "),
            vec!["data", "security", "5g"]
        );
        assert_eq!(
            terms("ISO/TC20 (e-commerce)."),
            vec!["iso/tc20", "e-commerce"]
        );
        assert_eq!(terms("“C++” c++"), vec!["c++"]);
        assert!(terms("  ,; ").is_empty());
    }

    #[test]
    fn nfc_composes() {
        assert_eq!(nfc("e\u{301}"), "\u{e9}");
    }
}
