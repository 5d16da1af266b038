//! The running header and footer an earlier issue prints at every page break
//! ("SESEC IV China Standardization Newsletter | February – March 2020", "2 | P a g e"), taken
//! out wherever the break falls, between paragraphs or in the middle of one. The footer becomes
//! the page number line the layout already reads as a page break ("2."), the header a blank
//! line, so a paragraph goes on across the break and a heading keeps its blank lines.

use rustc_hash::FxHashMap;

/// A header is printed on this many pages at least.
const HEADER_PAGES: usize = 3;
/// A header stands this near a footer (in lines), on one page at least.
const HEADER_REACH: usize = 3;
/// A header is a line, never a paragraph.
const HEADER_CHARS: usize = 120;

/// The page number of a footer: "2 | P a g e", "P a g e | 2", "Page 2", "Page 2 of 40",
/// "- 2 -" (the letters may be spaced out, as the PDF draws them).
pub fn footer_page(line: &str) -> Option<u32> {
    let packed: String = line
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    if packed.is_empty() || packed.len() > 20 {
        return None;
    }
    let number = if let Some(rest) = packed.strip_suffix("|page") {
        rest
    } else if let Some(rest) = packed.strip_prefix("page|") {
        rest
    } else if let Some(rest) = packed.strip_prefix("page") {
        rest.split("of").next().unwrap_or(rest)
    } else {
        packed.strip_prefix('-').and_then(|r| r.strip_suffix('-'))?
    };
    if number.is_empty() || number.len() > 3 || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    number.parse().ok()
}

/// The running headers of `lines`: lines printed on several pages, one of them near a footer.
fn headers(lines: &[&str]) -> Vec<String> {
    let mut counts: FxHashMap<&str, usize> = FxHashMap::default();
    for line in lines {
        let t = line.trim();
        if !t.is_empty() && t.len() <= HEADER_CHARS && footer_page(t).is_none() {
            *counts.entry(t).or_default() += 1;
        }
    }
    let footers: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| footer_page(l).is_some())
        .map(|(n, _)| n)
        .collect();
    let mut out: Vec<String> = counts
        .into_iter()
        .filter(|(_, n)| *n >= HEADER_PAGES)
        .filter(|(text, _)| !text.ends_with(['.', ',', ';', ':']))
        .filter(|(text, _)| {
            lines.iter().enumerate().any(|(n, l)| {
                l.trim() == *text && footers.iter().any(|f| f.abs_diff(n) <= HEADER_REACH)
            })
        })
        .map(|(text, _)| text.to_string())
        .collect();
    out.sort();
    out
}

/// `text` with its running headers and footers taken out; a text without footers is returned
/// as it is.
pub fn without_running_lines(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    if !lines.iter().any(|l| footer_page(l).is_some()) {
        return text.to_string();
    }
    let headers = headers(&lines);
    lines
        .iter()
        .map(|line| match footer_page(line) {
            Some(page) => format!("{page}."),
            None if headers.iter().any(|h| h == line.trim()) => String::new(),
            None => (*line).to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::import::blocks::blocks;
    use crate::build::import::layout::lines_of;
    use crate::model::Block;

    const HEADER: &str = "SESEC IV China Standardization Newsletter | June – July 2021";

    #[test]
    fn footers_in_their_forms() {
        assert_eq!(footer_page("2 | P a g e"), Some(2));
        assert_eq!(footer_page("P a g e | 14"), Some(14));
        assert_eq!(footer_page("Page 3 of 40"), Some(3));
        assert_eq!(footer_page("- 7 -"), Some(7));
        assert_eq!(footer_page("2 pages"), None);
        assert_eq!(footer_page("Page one"), None);
    }

    #[test]
    fn a_page_break_in_the_middle_of_a_paragraph_is_no_paragraph_break() {
        let text = format!(
            "The forum attracted experts from\n\n2 | P a g e\n{HEADER}\n\nISO and IEC. It ended.\n\n\
             A second paragraph.\n\n3 | P a g e\n{HEADER}\n\nA third paragraph.\n\n4 | P a g e\n{HEADER}\n\nEnd."
        );
        let clean = without_running_lines(&text);
        assert!(
            !clean.contains("P a g e") && !clean.contains(HEADER),
            "{clean}"
        );
        let body = blocks(&lines_of(&clean), &[], &[]);
        let paragraphs: Vec<&str> = body
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph { text } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(
            paragraphs,
            vec![
                "The forum attracted experts from ISO and IEC. It ended.",
                "A second paragraph.",
                "A third paragraph.",
                "End."
            ]
        );
    }

    #[test]
    fn a_line_printed_twice_or_far_from_footers_stays() {
        let text = "Language: English\n\nLanguage: English\n\n2 | P a g e\nText.";
        assert_eq!(
            without_running_lines(text),
            "Language: English\n\nLanguage: English\n\n2.\nText."
        );
        let seedlike = "Time and Date\n14.\nTime and Date";
        assert_eq!(without_running_lines(seedlike), seedlike);
    }
}
