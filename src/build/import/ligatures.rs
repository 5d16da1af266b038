//! Words a PDF's ligatures broke: the font prints "ti", "ff", "tt" … as one glyph, and text
//! extraction may drop the glyph ("Standardizaon", "eecve", "Newsleer"). A word the text
//! prints that is no known word is mended into the known word it becomes by putting back, in
//! its gaps, letter pairs the text has lost.

use rustc_hash::FxHashMap;

use crate::build::import::words::{rewrite_words, tokens, Words};

/// The glyphs fonts join, longest first (an "ffi" is one glyph, not "ff" and "i").
const LIGATURES: [&str; 7] = ["ffi", "ff", "fi", "fl", "ft", "ti", "tt"];

/// A text prints a pair it has not lost in a few words at least: these many are proof.
const KEPT_AFTER: usize = 3;

/// At most this many glyphs lost in one word ("idencaon": "ti", "fi", "ti").
const MOST_LOST: usize = 3;

/// The ligatures `text` lost: pairs it (almost) never prints inside a word. A text that prints
/// them is left as it is, whatever word it does not know.
pub fn lost_ligatures(text: &str) -> Vec<&'static str> {
    // Lower-case letters only (a font joins "ti", never "Ti"), and no addresses (a URL is
    // not printed in the text's font).
    let printed: Vec<&str> = text
        .split_whitespace()
        .filter(|chunk| !is_address(chunk))
        .flat_map(tokens)
        .collect();
    LIGATURES
        .iter()
        .filter(|pair| {
            printed
                .iter()
                .filter(|w| w.contains(*pair))
                .take(KEPT_AFTER)
                .count()
                < KEPT_AFTER
        })
        .copied()
        .collect()
}

/// Can `known` be printed as `broken` by dropping some of `lost` (at most `budget` of them)?
fn breaks_into(known: &[u8], broken: &[u8], lost: &[&str], budget: usize) -> bool {
    match (known.split_first(), broken.split_first()) {
        (None, None) => true,
        (None, Some(_)) => false,
        (Some((k, known_rest)), _) => {
            let same = broken.split_first().is_some_and(|(b, broken_rest)| {
                b == k && breaks_into(known_rest, broken_rest, lost, budget)
            });
            same || (budget > 0
                && lost.iter().any(|pair| {
                    known.starts_with(pair.as_bytes())
                        && breaks_into(
                            known.get(pair.len()..).unwrap_or_default(),
                            broken,
                            lost,
                            budget - 1,
                        )
                }))
        }
    }
}

/// The known word `broken` (lower case) came from, or that word's plural when the list knows
/// only the singular ("regulaons": "regulation" and an "s").
fn mended(broken: &str, words: &Words, lost: &[&str]) -> Option<String> {
    mended_as_listed(broken, words, lost).or_else(|| {
        let single = broken.strip_suffix('s')?;
        mended_as_listed(single, words, lost).map(|known| format!("{known}s"))
    })
}

/// The listed word `broken` came from: the most common of those it can be, then the shortest.
fn mended_as_listed(broken: &str, words: &Words, lost: &[&str]) -> Option<String> {
    let longest = lost.iter().map(|p| p.len()).max().unwrap_or_default() * MOST_LOST;
    words
        .iter()
        .filter(|known| {
            known.len() > broken.len()
                && known.len() <= broken.len() + longest
                && breaks_into(known.as_bytes(), broken.as_bytes(), lost, MOST_LOST)
        })
        .max_by_key(|known| {
            (
                words.count(known),
                std::cmp::Reverse(known.len()),
                std::cmp::Reverse(*known),
            )
        })
        .map(str::to_string)
}

/// `known` spelt with the capitals of `printed`: "Standardizaon" → "Standardization".
fn in_case_of(printed: &str, known: &str) -> String {
    let letters = printed.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = printed.chars().filter(|c| c.is_uppercase()).count();
    if letters > 1 && capitals == letters {
        return known.to_uppercase();
    }
    let mut chars = known.chars();
    match (printed.chars().next(), chars.next()) {
        (Some(first), Some(k)) if first.is_uppercase() => k.to_uppercase().chain(chars).collect(),
        _ => known.to_string(),
    }
}

/// A chunk between spaces that is an address or a file name, never running words.
pub fn is_address(chunk: &str) -> bool {
    chunk.contains("://") || chunk.contains("www.") || chunk.contains('/') || chunk.contains('@')
}

/// `text` with its broken words mended; `words` are the words it may mend them into.
pub fn mend_ligatures(text: &str, words: &Words) -> String {
    let lost = lost_ligatures(text);
    if lost.is_empty() {
        return text.to_string();
    }
    let mut cache: FxHashMap<String, Option<String>> = FxHashMap::default();
    let mut out = String::with_capacity(text.len());
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        out.push_str(&mend_line(line, words, &lost, &mut cache));
    }
    out
}

fn mend_line(
    line: &str,
    words: &Words,
    lost: &[&str],
    cache: &mut FxHashMap<String, Option<String>>,
) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    // Chunks between spaces, with the spaces kept as printed.
    for chunk in line.split_inclusive(' ') {
        if is_address(chunk) {
            out.push_str(chunk);
            continue;
        }
        rewrite_words(chunk, &mut out, |word| {
            // The glyphs are lower-case pairs: a word in capitals ("ESS", "CCSA") lost none.
            if words.knows(word)
                || word.chars().count() < 2
                || !word.chars().any(char::is_lowercase)
            {
                return None;
            }
            let key = word.to_lowercase();
            let known = cache
                .entry(key.clone())
                .or_insert_with(|| mended(&key, words, lost))
                .clone()?;
            Some(in_case_of(word, &known))
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> Words {
        let mut words = Words::committed();
        words.add_text("the law on data of a an in");
        words
    }

    #[test]
    fn broken_words_are_mended_into_known_words() {
        let text = "The Standardizaon Newsleer: eecve from 1 June, the cerficaon rules, Coalions.";
        assert_eq!(
            mend_ligatures(text, &words()),
            "The Standardization Newsletter: effective from 1 June, the certification rules, Coalitions."
        );
    }

    #[test]
    fn a_text_that_prints_its_ligatures_is_left_as_it_is() {
        // "ti", "ff" and "tt" are printed in this text: a word it does not know is a name.
        let text = "Standardization of certification, effective, effort and offer, attention to a little settlement, \
                    of the nation, the time: Qingdao and Xiamen, an eecve tool, Newsleer.";
        assert_eq!(lost_ligatures(text), vec!["ffi", "fi", "fl", "ft"]);
        assert_eq!(mend_ligatures(text, &words()), text);
    }

    #[test]
    fn addresses_and_unknown_names_stay() {
        let text = "See https://www.miit.gov.cn/eecve/x.html for Qingdao.";
        assert_eq!(mend_ligatures(text, &words()), text);
    }
}
