//! Which parts of a text a search matched, for `<mark>`.

use crate::logic::order::sort_by;
use crate::logic::text::fold_with_offsets;

/// `text` cut into runs, each flagged when it matches one of the (folded) `terms`. Matching is
/// case- and accent-insensitive; the runs are slices of the original text.
pub fn segments<'a>(text: &'a str, terms: &[String]) -> Vec<(&'a str, bool)> {
    if terms.is_empty() {
        return vec![(text, false)];
    }
    let (folded, offsets) = fold_with_offsets(text);
    let original = |folded_at: usize| offsets.get(folded_at).copied().unwrap_or(text.len());
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for term in terms.iter().filter(|t| !t.is_empty()) {
        for (at, found) in folded.match_indices(term.as_str()) {
            let start = original(at);
            let end = original(at + found.len());
            if start < end {
                ranges.push((start, end));
            }
        }
    }
    sort_by(&mut ranges, Ord::cmp);
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (start, end) in ranges {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    let mut out = Vec::new();
    let mut cursor = 0;
    for (start, end) in merged {
        if let Some(plain) = text.get(cursor..start).filter(|s| !s.is_empty()) {
            out.push((plain, false));
        }
        if let Some(hit) = text.get(start..end) {
            out.push((hit, true));
        }
        cursor = end;
    }
    if let Some(rest) = text.get(cursor..).filter(|s| !s.is_empty()) {
        out.push((rest, false));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::text::terms;

    fn marked(text: &str, query: &str) -> String {
        segments(text, &terms(query))
            .into_iter()
            .map(|(s, hit)| if hit { format!("[{s}]") } else { s.to_string() })
            .collect()
    }

    #[test]
    fn marks_every_match_in_the_original_spelling() {
        assert_eq!(
            marked("Data Security Law", "security"),
            "Data [Security] Law"
        );
        assert_eq!(
            marked("Zürich and zurich", "ZURICH"),
            "[Zürich] and [zurich]"
        );
        assert_eq!(marked("data, database", "data"), "[data], [data]base");
    }

    #[test]
    fn overlapping_terms_merge() {
        assert_eq!(
            marked("standardization", "standard standardization"),
            "[standardization]"
        );
        assert_eq!(marked("abcdef", "abcd cdef"), "[abcdef]");
    }

    #[test]
    fn no_terms_no_marks() {
        assert_eq!(segments("text", &[]), vec![("text", false)]);
        assert_eq!(marked("text", "zzz"), "text");
        assert_eq!(marked("", "a"), "");
    }
}
