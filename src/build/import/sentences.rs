//! Sentences of running text, split where a sentence ends and not after "Dr." or "i.e.".

/// Words that end with a full stop without ending a sentence.
const ABBREVIATIONS: [&str; 16] = [
    "dr", "mr", "mrs", "ms", "prof", "no", "st", "vs", "e.g", "i.e", "etc.,", "co", "inc", "ltd",
    "jr", "art",
];

/// The sentences of `text`, each trimmed.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (n, &(at, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let next = chars.get(n + 1).map(|&(_, c)| c);
        let after = chars.get(n + 2).map(|&(_, c)| c);
        let starts_sentence = next == Some(' ')
            && after
                .is_some_and(|c| c.is_uppercase() || c == '“' || c == '"' || c.is_ascii_digit());
        if !starts_sentence {
            continue;
        }
        let before = text.get(..at).unwrap_or_default();
        let word_start = before
            .rfind(|ch: char| ch.is_whitespace() || ch == '(')
            .map_or(0, |i| i + 1);
        let word = before.get(word_start..).unwrap_or_default().to_lowercase();
        // "Dr." and friends, and initials ("J."), do not end a sentence.
        let abbreviation = ABBREVIATIONS.contains(&word.as_str())
            || (word.chars().count() == 1 && word.chars().all(char::is_alphabetic));
        if c == '.' && abbreviation {
            continue;
        }
        let end = at + c.len_utf8();
        let sentence = text.get(start..end).unwrap_or_default().trim();
        if !sentence.is_empty() {
            out.push(sentence);
        }
        start = end;
    }
    let rest = text.get(start..).unwrap_or_default().trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// A summary: the opening sentence, and the next when it fits in `limit` characters and does
/// not only announce what follows (ends with a colon).
pub fn summary(text: &str, limit: usize) -> String {
    let mut sentences = sentences(text).into_iter();
    let mut out = sentences.next().unwrap_or_default().to_string();
    if let Some(second) = sentences.next() {
        if !second.ends_with(':') && out.chars().count() + second.chars().count() < limit {
            out.push(' ');
            out.push_str(second);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_initials_do_not_end_sentences() {
        assert_eq!(
            sentences("On 16 July 2021, Dr. Betty Xu spoke. Mr. WEN Ku, i.e. the host, agreed. J. Smith too."),
            vec!["On 16 July 2021, Dr. Betty Xu spoke.", "Mr. WEN Ku, i.e. the host, agreed.", "J. Smith too."]
        );
    }

    #[test]
    fn a_summary_is_one_or_two_sentences() {
        assert_eq!(summary("One. Two. Three.", 400), "One. Two.");
        assert_eq!(summary("One. As follows:", 400), "One.");
        assert_eq!(summary("One sentence only", 400), "One sentence only");
        assert_eq!(summary("A long one. Another long one.", 20), "A long one.");
    }
}
