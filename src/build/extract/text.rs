//! Matching printed names: one spelling for many (`normalise`, `normal_form`), aliases as
//! whole-word patterns, and the longest of overlapping mentions.

use regex::Regex;

/// One form for comparing printed names: case, white space, dashes and slashes do not count,
/// and typographic quotes are plain ones (`GB/T 12345—2021` is `gbt123452021`).
pub fn normal_form(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_whitespace() && !is_dash(*c) && *c != '/')
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' => '"',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

/// An alias as a pattern: literal, any run of spaces matching any run of white space, and
/// whole words only: "ISO" is not in "ISOLATED", but "CEN" is in "CEN-CENELEC".
pub(super) fn bounded(alias: &str) -> String {
    let edge = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    format!(
        "{}{}{}",
        if edge(alias.chars().next()) {
            r"\b"
        } else {
            ""
        },
        alias_pattern(alias),
        if edge(alias.chars().last()) {
            r"\b"
        } else {
            ""
        }
    )
}

/// An alias as a pattern: literal, with any run of spaces matching any run of white space.
pub(super) fn alias_pattern(alias: &str) -> String {
    alias
        .split_whitespace()
        .map(regex::escape)
        .collect::<Vec<_>>()
        .join(r"\s+")
}

/// Every match of every matcher in `text` that no longer match overlaps, in text order:
/// (start, end, name).
pub(super) fn longest<'a>(
    matchers: &'a [(String, Regex)],
    text: &str,
) -> Vec<(usize, usize, &'a str)> {
    let mut all: Vec<(usize, usize, &str)> = matchers
        .iter()
        .flat_map(|(name, re)| {
            re.find_iter(text)
                .map(move |m| (m.start(), m.end(), name.as_str()))
        })
        .collect();
    all.sort_by_key(|&(start, end, _)| (std::cmp::Reverse(end - start), start));
    let mut kept: Vec<(usize, usize, &str)> = Vec::new();
    for m in all {
        if kept.iter().all(|k| m.1 <= k.0 || m.0 >= k.1) {
            kept.push(m);
        }
    }
    kept.sort_by_key(|k| k.0);
    kept
}

/// Whether `text` ends with `word` (any case) and white space, as a word of its own.
pub(super) fn ends_with_word(text: &str, word: &str) -> bool {
    let text = text.trim_end();
    let Some(at) = text.len().checked_sub(word.len()) else {
        return false;
    };
    text.get(at..).is_some_and(|w| w.eq_ignore_ascii_case(word))
        && text.get(..at).is_none_or(|before| {
            !before
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        })
}

/// Typographic apostrophes, quotes and dashes as plain ones, so one alias serves every
/// spelling.
pub(super) fn normalise(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{2010}' | '\u{2011}' => '-',
            '\u{00a0}' => ' ',
            c => c,
        })
        .collect()
}

/// Replaces a matched span with spaces (same length, so later offsets stay true).
pub(super) fn blank(text: &mut String, start: usize, end: usize) {
    if let Some(span) = text.get(start..end) {
        let spaces = " ".repeat(span.len());
        text.replace_range(start..end, &spaces);
    }
}

pub(super) fn distinct(mut found: Vec<(usize, String)>) -> Vec<String> {
    found.sort_by_key(|(at, _)| *at);
    let mut out: Vec<String> = Vec::new();
    for (_, name) in found {
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}
