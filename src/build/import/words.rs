//! The words a repair may turn a broken word into: small committed lists of English words
//! (`words.txt`, those the PDFs' ligatures break most, and `words-seed.txt`, the newsletter's), the archive's own text, and, for
//! splitting glued words, the issue's own words.

use rustc_hash::FxHashMap;

/// The committed lists, one word a line: general English words, and the newsletter's own.
const GENERAL: &str = include_str!("words.txt");
const NEWSLETTER: &str = include_str!("words-seed.txt");

/// Known words, lower case, with how often each was seen (to prefer the common one when a
/// broken word could be mended into two).
#[derive(Debug, Default, Clone)]
pub struct Words {
    counts: FxHashMap<String, usize>,
}

/// The words of a text: runs of letters (apostrophes and digits end a word).
pub fn tokens(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
}

impl Words {
    /// The committed lists.
    pub fn committed() -> Words {
        let mut words = Words::general();
        words.add_list(NEWSLETTER);
        words
    }

    /// The general English list alone (to measure the repair on words it was not built from).
    pub fn general() -> Words {
        let mut words = Words::default();
        words.add_list(GENERAL);
        words
    }

    fn add_list(&mut self, list: &str) {
        for line in list.lines().filter(|l| !l.starts_with('#')) {
            self.add_text(line);
        }
    }

    /// Every word of `text`, except those glued across a case change ("revisedMeasures" is
    /// two words, never one to keep).
    pub fn add_text(&mut self, text: &str) {
        for token in tokens(text) {
            if !has_inner_capital(token) {
                *self.counts.entry(token.to_lowercase()).or_default() += 1;
            }
        }
    }

    /// The words of `other` too.
    pub fn extend(&mut self, other: &Words) {
        for (word, n) in &other.counts {
            *self.counts.entry(word.clone()).or_default() += n;
        }
    }

    pub fn knows(&self, word: &str) -> bool {
        self.counts.contains_key(&word.to_lowercase())
    }

    pub fn count(&self, word: &str) -> usize {
        self.counts.get(word).copied().unwrap_or_default()
    }

    /// The known words, lower case.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.counts.keys().map(String::as_str)
    }
}

/// A lower-case letter followed by a capital: "revisedMeasures", "oneM".
pub fn has_inner_capital(token: &str) -> bool {
    token
        .chars()
        .zip(token.chars().skip(1))
        .any(|(a, b)| a.is_lowercase() && b.is_uppercase())
}

/// Writes `chunk` to `out` with each run of letters (a word) replaced by what `replace` gives
/// for it, or kept as printed; everything between words is kept as printed.
pub fn rewrite_words(
    chunk: &str,
    out: &mut String,
    mut replace: impl FnMut(&str) -> Option<String>,
) {
    let mut rest = chunk;
    while let Some(start) = rest.find(char::is_alphabetic) {
        let (before, from) = rest.split_at(start);
        out.push_str(before);
        let end = from
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(from.len());
        let (word, after) = from.split_at(end);
        match replace(word) {
            Some(new) => out.push_str(&new),
            None => out.push_str(word),
        }
        rest = after;
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_list_knows_the_words_ligatures_break() {
        let words = Words::committed();
        for word in [
            "standardization",
            "Newsletter",
            "effective",
            "certification",
        ] {
            assert!(words.knows(word), "{word}");
        }
        let mut text = Words::default();
        text.add_text("The revisedMeasures take effect.");
        assert!(text.knows("measures") || !text.knows("revisedmeasures"));
        assert!(!text.knows("revisedmeasures"));
        assert!(text.knows("effect"));
    }
}
