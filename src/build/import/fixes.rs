//! Repairs of what the PDF's text extraction, or its typesetter, did to the words: rules general
//! enough for any issue, so a person's corrections keep only what no rule can know.
//!
//! - two words glued where a space was lost ("revisedMeasures"), when the text prints both
//!   halves as words elsewhere;
//! - a comma typed for the full stop of a title ("Dr, Betty Xu");
//! - a list marker glued to its item ("i)improving");
//! - a time range's dash spaced on one side ("10:00- 11:00");
//! - a number joined by a hyphen to the capitalised words after it ("2035-Some Updates"), the
//!   dash of a title's two parts;
//! - double quotes all printed one way ("to” inspection”"), turned by their position.

use std::collections::HashSet;

use regex::{Captures, Regex};

/// Titles printed before a name: a comma after one is a full stop the typesetter mistyped.
const TITLES: &str = "Dr|Mr|Mrs|Ms|Prof";

pub struct Fixes {
    /// Every word the text prints on its own, lower-cased: what a glued half must be.
    words: HashSet<String>,
    glued: Regex,
    title_comma: Regex,
    marker: Regex,
    time_range: Regex,
    number_dash: Regex,
}

impl Fixes {
    /// The rules, with the words of `text` (the whole issue) to judge glued words by.
    pub fn new(text: &str) -> Result<Fixes, regex::Error> {
        let words = text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        Ok(Fixes {
            words,
            glued: Regex::new(r"\b([a-z]{2,})([A-Z][a-z]{2,})\b")?,
            title_comma: Regex::new(&format!(r"\b({TITLES}), ([A-Z][a-z])"))?,
            marker: Regex::new(r"(^|[\s;:,])(i{1,3}|iv|vi{0,3}|ix|x|[a-h])\)([A-Za-z])")?,
            time_range: Regex::new(r"\b(\d{1,2}:\d{2}) ?[-–] ?(\d{1,2}:\d{2})\b")?,
            number_dash: Regex::new(r"(\d)-([A-Z][a-z])")?,
        })
    }

    /// `text` with every rule applied.
    pub fn apply(&self, text: &str) -> String {
        let out = self.glued.replace_all(text, |c: &Captures| {
            let group = |i: usize| c.get(i).map_or("", |m| m.as_str());
            let (a, b) = (group(1), group(2));
            if self.words.contains(a) && self.words.contains(&b.to_lowercase()) {
                format!("{a} {b}")
            } else {
                group(0).to_string()
            }
        });
        let out = self.title_comma.replace_all(&out, "$1. $2");
        let out = self.marker.replace_all(&out, "$1$2) $3");
        let out = self.time_range.replace_all(&out, "$1–$2");
        let out = self.number_dash.replace_all(&out, "$1 – $2");
        quotes_by_position(&out)
    }
}

/// A closing double quote where no quotation is open, with another after it to close it, is
/// an opening one printed the wrong way ("to” inspection requirements”"): turned, with the
/// space moved before it. Quotations nested in others (“… “…” …”) are counted, so they stay;
/// a closing quote with none after it may end a quotation of the paragraph before: left.
fn quotes_by_position(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    // The quotation open now was opened by a turned quote: its closing one loses its space.
    let mut turned = false;
    let mut rest = text.char_indices().peekable();
    while let Some((at, c)) = rest.next() {
        let later = || {
            text.get(at + c.len_utf8()..)
                .is_some_and(|t| t.contains('”'))
        };
        match c {
            '“' => {
                depth += 1;
                out.push(c);
            }
            '”' if depth > 0 => {
                depth -= 1;
                if std::mem::take(&mut turned) {
                    while out.ends_with(' ') {
                        out.pop();
                    }
                }
                out.push(c);
            }
            '”' if later() => {
                if !out.is_empty() && !out.ends_with([' ', '(']) {
                    out.push(' ');
                }
                out.push('“');
                while rest.peek().is_some_and(|&(_, next)| next == ' ') {
                    rest.next();
                }
                depth += 1;
                turned = true;
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(words: &str, text: &str) -> String {
        Fixes::new(words).unwrap().apply(text)
    }

    #[test]
    fn glued_words_part_when_both_halves_are_words_of_the_text() {
        let text = "The revised rules. The Measures apply.";
        assert_eq!(
            fixed(text, "The revisedMeasures for review"),
            "The revised Measures for review"
        );
        // "Wang" is no word of the text: a name, or a brand, stays as printed.
        assert_eq!(fixed(text, "Mr. revisedWang"), "Mr. revisedWang");
        assert_eq!(fixed(text, "an iPhone, InDiCo"), "an iPhone, InDiCo");
    }

    #[test]
    fn titles_markers_times_and_dashes() {
        assert_eq!(
            fixed("", "To this end, Dr, Betty Xu and Prof, Li spoke"),
            "To this end, Dr. Betty Xu and Prof. Li spoke"
        );
        assert_eq!(fixed("", "Dr, and more"), "Dr, and more");
        assert_eq!(
            fixed(
                "",
                "aimed at i)improving efficiency; ii)establishing a system"
            ),
            "aimed at i) improving efficiency; ii) establishing a system"
        );
        assert_eq!(
            fixed("", "as in (i) general and formula)x"),
            "as in (i) general and formula)x"
        );
        assert_eq!(
            fixed("", "Time: 10:00- 11:00 am and 14:00 -15:30"),
            "Time: 10:00–11:00 am and 14:00–15:30"
        );
        assert_eq!(
            fixed("", "China Standards 2035-Some Updates, COVID-19, 2021-2023"),
            "China Standards 2035 – Some Updates, COVID-19, 2021-2023"
        );
    }

    #[test]
    fn quotes_turn_by_their_position() {
        assert_eq!(
            fixed(
                "",
                "refers to” inspection requirements”, ” inspection methods” and the ” factory”"
            ),
            "refers to “inspection requirements”, “inspection methods” and the “factory”"
        );
        let right = "the “Guidelines” and “Rules”";
        assert_eq!(fixed("", right), right);
        let nested = "the “Opinions on “Internet + Manufacturing” to Develop”";
        assert_eq!(fixed("", nested), nested);
        // A closing quote alone: the quotation may have begun in the paragraph before.
        let open = "technical standards”. It goes on";
        assert_eq!(fixed("", open), open);
        assert_eq!(
            fixed("", "the “test methods”, to” inspection requirements”."),
            "the “test methods”, to “inspection requirements”."
        );
    }
}
