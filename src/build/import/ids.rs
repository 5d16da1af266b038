//! Short ids: a title's words, as many as fit, unique among the ids already taken.

use crate::logic::text::slug;

/// Words an id does without: articles, prepositions, the verbs of a headline ("to Be Implemented").
const SMALL: [&str; 20] = [
    "the", "a", "an", "of", "for", "on", "in", "to", "and", "at", "s", "its", "by", "with", "be",
    "is", "are", "was", "were", "will",
];

/// A short id of `text`: its words, without the small ones, as many as fit in `limit`
/// characters (an id is typed and read in addresses).
pub fn short_id(text: &str, limit: usize) -> String {
    let slugged = slug(text);
    let mut out = String::new();
    for word in slugged.split('-').filter(|w| !SMALL.contains(w)) {
        if out.len() + word.len() + 1 > limit && !out.is_empty() {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(word);
    }
    out.chars()
        .take(limit)
        .collect::<String>()
        .trim_end_matches('-')
        .to_string()
}

/// `id`, or the first of `id-2`, `id-3`, … that `taken` does not hold.
pub fn unique(id: String, taken: &[String]) -> String {
    if !taken.contains(&id) {
        return id;
    }
    (2..)
        .map(|n| format!("{id}-{n}"))
        .find(|candidate| !taken.contains(candidate))
        .unwrap_or(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_ids_keep_the_words_that_fit() {
        assert_eq!(
            short_id(
                "CEN-CENELEC Presented at the 2021 Qingdao Forum on International Standardization",
                40
            ),
            "cen-cenelec-presented-2021-qingdao-forum"
        );
        assert_eq!(
            short_id("Data Security Law takes effect", 40),
            "data-security-law-takes-effect"
        );
        assert!(short_id(&"word ".repeat(30), 40).len() <= 40);
        assert_eq!(unique("a".into(), &["a".into(), "a-2".into()]), "a-3");
    }
}
