//! Words text extraction glued together where the PDF had no space glyph: a day and its month
//! ("On 5March") and two words across a case change ("revisedMeasures").

use crate::build::import::ligatures::is_address;
use crate::build::import::month_names::month_of;
use crate::build::import::words::{rewrite_words, Words};

/// The length of the month name `rest` starts with, when the name ends a word there.
fn month_at(rest: &str) -> Option<usize> {
    let end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let word = rest.get(..end)?;
    month_of(word).map(|_| end)
}

/// A day glued to its month: "5March 2020" → "5 March 2020", "8thJan" too. A digit before a
/// word that is no month ("5G", "3GPP", "2nd") stays.
fn split_day_and_month(chunk: &str) -> String {
    let mut out = String::with_capacity(chunk.len() + 2);
    for (at, c) in chunk.char_indices() {
        let rest = chunk.get(at..).unwrap_or_default();
        if c.is_uppercase() && ends_with_day(&out) && month_at(rest).is_some() {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// "5" or "5th": a day, as printed before its month.
fn ends_with_day(text: &str) -> bool {
    let bare = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suffix| text.strip_suffix(suffix))
        .unwrap_or(text);
    bare.ends_with(|c: char| c.is_ascii_digit())
}

/// "revisedMeasures" → "revised Measures": a lower-case word glued to a capitalised one, both
/// known and the whole no word ("oneM2M", "eCommerce" and "WeChat" are names).
fn split_case_change(word: &str, words: &Words) -> Option<String> {
    if words.knows(word) {
        return None;
    }
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let at = chars
        .windows(2)
        .find(|pair| matches!(pair, [(_, a), (_, b)] if a.is_lowercase() && b.is_uppercase()))
        .and_then(|pair| pair.get(1))
        .map(|(at, _)| *at)?;
    let (head, tail) = word.split_at(at);
    let lower_head = head.chars().all(char::is_lowercase) && head.chars().count() >= 2;
    let capitalised_tail =
        tail.chars().skip(1).all(char::is_lowercase) && tail.chars().count() >= 2;
    (lower_head && capitalised_tail && words.knows(head) && words.knows(tail))
        .then(|| format!("{head} {tail}"))
}

/// `text` with its glued words split; `words` are the known words (the issue's own among them).
pub fn split_glued(text: &str, words: &Words) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        for chunk in line.split_inclusive(' ') {
            if is_address(chunk) {
                out.push_str(chunk);
                continue;
            }
            let chunk = split_day_and_month(chunk);
            rewrite_words(&chunk, &mut out, |word| split_case_change(word, words));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> Words {
        let mut words = Words::default();
        words.add_text("revised measures the on we chat one");
        words
    }

    #[test]
    fn a_day_glued_to_its_month_is_split() {
        assert_eq!(
            split_glued("On 5March 2020 and 8thJan, 5G and 3GPP.", &words()),
            "On 5 March 2020 and 8th Jan, 5G and 3GPP."
        );
    }

    #[test]
    fn two_known_words_glued_across_a_case_change_are_split() {
        assert_eq!(
            split_glued(
                "the revisedMeasures, oneM2M, WeChat and unknownWords.",
                &words()
            ),
            "the revised Measures, oneM2M, WeChat and unknownWords."
        );
        assert_eq!(
            split_glued("see https://x.org/revisedMeasures", &words()),
            "see https://x.org/revisedMeasures"
        );
    }
}
