//! Text as search sees it: case and accents do not matter ("fur" finds "für").
//!
//! Accents are folded for Latin script only, from two small tables, not from full Unicode
//! decomposition: the decomposition tables alone were 78 KB of the gzipped WebAssembly, and
//! the newsletter's text is English, Chinese and the odd European name. Greek or Cyrillic
//! accents are kept (a search for them must match exactly).

/// The identity of a value of any vocabulary (a tag, a section, an organisation's id, an
/// issue): case, accents, spacing and punctuation do not make a different value, so
/// "Data security", "data-security" and "# Data Security" share one key, and so do an "é"
/// typed as one character and as "e" plus an accent.
pub fn value_key(value: &str) -> String {
    fold(value)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Lower-case, accents removed: the form every comparison in search uses.
pub fn fold(text: &str) -> String {
    // Most of the newsletter is ASCII, which folds a whole string at a time.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
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
    if is_combining_accent(c) {
        return;
    }
    match latin_base(c) {
        Some(base) => out.push(base),
        None => out.extend(c.to_lowercase()),
    }
}

/// The unaccented lower-case letter of U+00C0..=U+024F, one byte each; `.` where there is none.
const LATIN_1_TO_EXTENDED_B: &[u8] =
    b"aaaaaa.ceeeeiiii.nooooo..uuuuy..aaaaaa.ceeeeiiii.nooooo..uuuuy.y\
    aaaaaaccccccccdd..eeeeeeeeeegggggggghh..iiiiiiiii...jjkk.llllll.\
    ...nnnnnn...oooooo..rrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzz.\
    ................................oo.............uu...............\
    .............aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa....\
    aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............\
    ................";

/// The same for Latin Extended Additional, U+1E00..=U+1EFF (Vietnamese, Welsh, …).
const LATIN_EXTENDED_ADDITIONAL: &[u8] =
    b"aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm\
    mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv\
    wwwwwwwwwwxxxxyyzzzzzzhtwy......aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee\
    eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......";

/// What canonical decomposition would leave of `c` once its accents are dropped, when that is
/// a plain ASCII letter.
fn latin_base(c: char) -> Option<char> {
    let code = u32::from(c);
    let (table, first) = match code {
        0xC0..=0x24F => (LATIN_1_TO_EXTENDED_B, 0xC0),
        0x1E00..=0x1EFF => (LATIN_EXTENDED_ADDITIONAL, 0x1E00),
        _ => return None,
    };
    let base = *table.get(usize::try_from(code - first).ok()?)?;
    (base != b'.').then_some(char::from(base))
}

/// Combining diacritical marks: what a decomposed "e\u{301}" carries besides its letter.
fn is_combining_accent(c: char) -> bool {
    matches!(
        c,
        '\u{300}'..='\u{36F}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}'
    )
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

/// A name fit for a file or a URL path: lower-case ASCII letters and digits joined by `-`.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_plain_ascii() {
        assert_eq!(slug("Data Security"), "data-security");
        assert_eq!(slug("IoT / M2M"), "iot-m2m");
        assert_eq!(slug("Café ’s  5G!"), "cafe-s-5g");
        assert_eq!(slug("中国"), "");
    }

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

    /// The tables against full canonical decomposition, for every code point they cover and
    /// every combining mark: wherever decomposition leaves an ASCII letter, fold gives it.
    #[test]
    fn latin_tables_agree_with_canonical_decomposition() {
        use unicode_normalization::char::{decompose_canonical, is_combining_mark};
        let reference = |c: char| {
            let mut out = String::new();
            decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    out.extend(d.to_lowercase());
                }
            });
            out
        };
        let covered = (0xC0..=0x24F)
            .chain(0x1E00..=0x1EFF)
            .filter_map(char::from_u32);
        let mut checked = 0;
        for c in covered {
            let expected = reference(c);
            if expected.is_ascii() {
                assert_eq!(fold(&c.to_string()), expected, "U+{:04X}", u32::from(c));
                checked += 1;
            }
        }
        assert!(checked > 450, "{checked}");
        for c in (0x300..=0x36F).filter_map(char::from_u32) {
            assert_eq!(fold(&format!("e{c}")), "e", "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn decomposed_and_composed_accents_fold_alike() {
        assert_eq!(fold("Cafe\u{301} Đà Nẵng"), fold("Café Đà Nẵng"));
        assert_eq!(fold("Ελλάδα"), "ελλάδα");
    }

    #[test]
    fn spellings_of_one_tag_share_a_key() {
        let key = value_key("Data security");
        for spelling in [
            "Data Security",
            "data-security",
            "#Data  Security",
            " DATA_SECURITY",
        ] {
            assert_eq!(value_key(spelling), key, "{spelling}");
        }
        assert_ne!(value_key("IoT"), value_key("IPv6"));
        assert_eq!(value_key("5G"), "5g");
        assert_eq!(value_key("Caf\u{e9}"), value_key("Cafe\u{301}"));
    }
}
