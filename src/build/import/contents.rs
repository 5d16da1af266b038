//! The layout of the earlier issues (2019–2020), read from their contents list: they print no
//! hashtags under a title, so an article starts where a title the contents list names is
//! printed again in the text. The list has one of two forms:
//!
//! - dot leaders, one line per entry: "Takeaways ........ 2", a section's name or an article's
//!   title, then its page;
//! - a numbered "Index" under section names: "Horizontal Issues", then "1 <title> P4".
//!
//! An entry printed in the text with the next entry's title right below it (blank lines and
//! page breaks between) is a section's header; the entry "Takeaways" opens the opening
//! summaries, each a title and its summary.

use crate::build::import::layout::{
    comparable, is_blank, is_page_number, squash, takeaway_blocks, ContentsCheck, Layout, Line,
    RawArticle,
};

/// A title is printed over at most this many lines.
const TITLE_LINES: usize = 3;
/// A contents list names this many entries at least (fewer is a stray dotted line).
const FEWEST_ENTRIES: usize = 3;
/// A section's name is this many words at most.
const SECTION_WORDS: usize = 6;
/// The headings a contents list starts under.
const HEADINGS: [&str; 4] = ["contents", "table of contents", "index", "in this issue"];

/// One entry of the contents list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub text: String,
    /// The list says it is a section's name (an unnumbered line of an Index).
    pub section: bool,
}

/// "Takeaways ........ 2": the entry's text.
pub fn dot_leader(text: &str) -> Option<String> {
    let start = text.find("....")?;
    let (name, rest) = text.split_at(start);
    let page = rest.trim_start_matches(['.', ' ', '\u{2026}']).trim();
    let name = squash(name);
    (!name.is_empty()
        && !page.is_empty()
        && page.len() <= 3
        && page.bytes().all(|b| b.is_ascii_digit()))
    .then_some(name)
}

/// "1 <title> P4" (also "1. <title> P. 4"): the title.
pub fn index_item(text: &str) -> Option<String> {
    let t = text.trim();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let rest = t.get(digits..)?;
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    if !(1..=2).contains(&digits) || !rest.starts_with(' ') {
        return None;
    }
    let without_page = rest.trim_end_matches(|c: char| c.is_ascii_digit());
    let page = rest.get(without_page.len()..)?;
    let before = without_page.trim_end();
    let before = before.strip_suffix('.').unwrap_or(before).trim_end();
    let title = before.strip_suffix('P')?;
    (title.ends_with(' ') && (1..=3).contains(&page.len()) && !title.trim().is_empty())
        .then(|| squash(title))
}

/// A section's name as a list prints it: a few words, no sentence.
fn is_section_name(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty()
        && t.split_whitespace().count() <= SECTION_WORDS
        && !t.ends_with(['.', ',', ';', ':', '!', '?'])
}

/// An entry the PDF wrapped over two lines: "3 SESEC Attended … on Global" then
/// "Standardisation Partnership Project P7", or a title's first words then the rest with its
/// dot leaders (the list's sections carry dot leaders of their own).
fn wrapped_entry(text: &str, next: Option<&str>) -> Option<String> {
    let next = next.filter(|n| !is_blank(n))?;
    if dot_leader(text).is_some() || index_item(text).is_some() {
        return None;
    }
    let joined = format!("{} {}", text.trim(), next.trim());
    if dot_leader(next).is_some() {
        return dot_leader(&joined);
    }
    let numbered = text.trim().split(' ').next().is_some_and(|n| {
        let n = n.strip_suffix('.').unwrap_or(n);
        (1..=2).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit())
    });
    if numbered && index_item(next).is_none() {
        return index_item(&joined);
    }
    None
}

/// The entries of the contents list, and the line after it; `None` when the text has none.
pub fn entries(lines: &[Line]) -> Option<(Vec<Entry>, usize)> {
    let is_entry = |text: &str| dot_leader(text).or_else(|| index_item(text));
    let start = lines.iter().position(|l| {
        dot_leader(l.text).is_some() || HEADINGS.contains(&comparable(l.text).as_str())
    })?;
    let mut entries = Vec::new();
    let mut end = start;
    let mut wrapped = false;
    for (at, line) in lines.iter().enumerate().skip(start) {
        let text = line.text;
        if std::mem::take(&mut wrapped) {
            continue;
        }
        if at == start && HEADINGS.contains(&comparable(text).as_str()) || is_blank(text) {
            end = at + 1;
            continue;
        }
        if let Some(entry) = wrapped_entry(text, lines.get(at + 1).map(|l| l.text)) {
            entries.push(Entry {
                text: entry,
                section: false,
            });
            wrapped = true;
            end = at + 2;
            continue;
        }
        if let Some(entry) = is_entry(text) {
            entries.push(Entry {
                text: entry,
                section: false,
            });
            end = at + 1;
            continue;
        }
        // A section's name: a short line, no sentence, with the list going on below it
        // ("Intelligent manufacturing": a name need not be capitalised as a title is).
        let next = (at + 1..lines.len()).find(|&n| lines.get(n).is_some_and(|l| !is_blank(l.text)));
        let entry_at = |n: usize| {
            let text = lines.get(n).map_or("", |l| l.text);
            is_entry(text).or_else(|| wrapped_entry(text, lines.get(n + 1).map(|l| l.text)))
        };
        if is_section_name(text) && next.and_then(entry_at).is_some() {
            entries.push(Entry {
                text: squash(text),
                section: true,
            });
            end = at + 1;
            continue;
        }
        break;
    }
    (entries.len() >= FEWEST_ENTRIES).then_some((entries, end))
}

/// Where `entry` is printed in `lines[from..to]`, the last time (a title is printed first in
/// the Takeaways, then over its article): the first line and how many lines.
fn printed_at(lines: &[Line], entry: &str, from: usize, to: usize) -> Option<(usize, usize)> {
    let key = comparable(entry);
    (from..to).rev().find_map(|at| {
        (1..=TITLE_LINES).find_map(|n| {
            let run = lines.get(at..at + n)?;
            if run.iter().any(|l| is_blank(l.text)) || at + n > to {
                return None;
            }
            let joined = run.iter().map(|l| l.text).collect::<Vec<_>>().join(" ");
            (comparable(&joined) == key).then_some((at, n))
        })
    })
}

/// The first line from `at` with text on it (page numbers are no text).
fn next_text(lines: &[Line], at: usize) -> Option<usize> {
    (at..lines.len()).find(|&n| {
        lines
            .get(n)
            .is_some_and(|l| !is_blank(l.text) && !is_page_number(l.text))
    })
}

/// The layout of a text with a contents list; `None` when it has none, or no article of it
/// is found in the text.
pub fn read<'a>(lines: &[Line<'a>]) -> Option<Layout<'a>> {
    let (entries, body_from) = entries(lines)?;
    // Each entry where it is printed, found from the last backwards.
    let mut found: Vec<(&Entry, usize, usize)> = Vec::new();
    let mut bound = lines.len();
    for entry in entries.iter().rev() {
        if let Some((at, n)) = printed_at(lines, &entry.text, body_from, bound) {
            found.push((entry, at, n));
            bound = at;
        }
    }
    found.reverse();
    let mut layout = Layout {
        articles: Vec::new(),
        takeaways: Vec::new(),
        contents: None,
    };
    let mut section: Option<String> = None;
    for (n, (entry, at, title_lines)) in found.iter().enumerate() {
        let body_start = at + title_lines;
        let body_end = found.get(n + 1).map_or(lines.len(), |(_, next, _)| *next);
        let body = lines
            .get(body_start..body_end.max(body_start))
            .unwrap_or_default();
        if comparable(&entry.text) == "takeaways" {
            layout.takeaways = takeaway_blocks(body);
            continue;
        }
        let heads_next =
            found.get(n + 1).is_some() && next_text(lines, body_start) == Some(body_end);
        if entry.section || heads_next {
            section = Some(entry.text.clone());
            continue;
        }
        let printed = lines.get(*at..body_start).unwrap_or_default();
        layout.articles.push(RawArticle {
            title: squash(&printed.iter().map(|l| l.text).collect::<Vec<_>>().join(" ")),
            starts_at: lines.get(*at).map_or(0, |l| l.number),
            section: section.clone(),
            hashtags: Vec::new(),
            body: body.to_vec(),
        });
    }
    // A list that does not name the Takeaways (the Index) still has them before its first
    // entry.
    if layout.takeaways.is_empty() {
        let first = found.first().map_or(lines.len(), |(_, at, _)| *at);
        let block = lines.get(body_from..first).unwrap_or_default();
        if let Some(heading) = block.iter().position(|l| comparable(l.text) == "takeaways") {
            layout.takeaways = takeaway_blocks(block.get(heading + 1..).unwrap_or_default());
        }
    }
    let first = found.first().map_or(lines.len(), |(_, at, _)| *at);
    layout.contents = Some(check(lines, &entries, &found, &layout.takeaways, first));
    (!layout.articles.is_empty()).then_some(layout)
}

/// The list against the text: its entries not printed, and the articles the Takeaways name
/// whose titles are printed after the list's first entry but which the list does not name.
fn check(
    lines: &[Line],
    entries: &[Entry],
    found: &[(&Entry, usize, usize)],
    takeaways: &[(String, String)],
    first: usize,
) -> ContentsCheck {
    let not_found = entries
        .iter()
        .filter(|e| comparable(&e.text) != "takeaways")
        .filter(|e| !found.iter().any(|(f, ..)| std::ptr::eq(*f, *e)))
        .map(|e| e.text.clone())
        .collect();
    // Either may be cut short in the other place.
    let same = |a: &str, b: &str| {
        let (a, b) = (comparable(a), comparable(b));
        !a.is_empty() && !b.is_empty() && (a.starts_with(&b) || b.starts_with(&a))
    };
    let not_listed = takeaways
        .iter()
        .map(|(title, _)| title)
        .filter(|title| !entries.iter().any(|e| same(&e.text, title)))
        .filter(|title| printed_from(lines, title, first, &same))
        .cloned()
        .collect();
    ContentsCheck {
        not_found,
        not_listed,
    }
}

/// `title` is printed on a line of its own (or over up to `TITLE_LINES`) from `from` on.
fn printed_from(
    lines: &[Line],
    title: &str,
    from: usize,
    same: &dyn Fn(&str, &str) -> bool,
) -> bool {
    (from..lines.len()).any(|at| {
        (1..=TITLE_LINES).any(|n| {
            lines.get(at..at + n).is_some_and(|run| {
                !run.iter().any(|l| is_blank(l.text))
                    && same(
                        &run.iter().map(|l| l.text).collect::<Vec<_>>().join(" "),
                        title,
                    )
                    && comparable(title).len() >= 20
            })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::import::layout::lines_of;

    #[test]
    fn entries_in_both_forms() {
        assert_eq!(
            dot_leader("Takeaways ........ 2").as_deref(),
            Some("Takeaways")
        );
        assert_eq!(
            dot_leader("Horizontal Issues ......................... 12").as_deref(),
            Some("Horizontal Issues")
        );
        assert_eq!(dot_leader("The rate... is 2"), None);
        assert_eq!(dot_leader("Etc.... more words"), None);
        assert_eq!(
            index_item("1 China Revises Its Measures P4").as_deref(),
            Some("China Revises Its Measures")
        );
        assert_eq!(
            index_item("12. SAC Approves 17 Mirror Committees P. 15").as_deref(),
            Some("SAC Approves 17 Mirror Committees")
        );
        assert_eq!(index_item("5G Applications P4"), None);
        assert_eq!(index_item("1 Plan"), None);
    }

    const DOTTED: &str = "Newsletter cover
Contents
Takeaways ........ 2
First Article Title ........ 3
Horizontal Issues ........ 4
Second Article Title That Runs Over Two Lines ........ 4

Project introduction, which is no article.

Takeaways

First Article Title
Its summary, a sentence of the Takeaways.

3.

First Article Title

The first article's body.

Horizontal Issues

Second Article Title That Runs
Over Two Lines

The second article's body.
";

    #[test]
    fn a_dotted_contents_list_gives_articles_sections_and_takeaways() {
        let lines = lines_of(DOTTED);
        let layout = read(&lines).unwrap();
        let found: Vec<(&str, Option<&str>)> = layout
            .articles
            .iter()
            .map(|a| (a.title.as_str(), a.section.as_deref()))
            .collect();
        assert_eq!(
            found,
            vec![
                ("First Article Title", None),
                (
                    "Second Article Title That Runs Over Two Lines",
                    Some("Horizontal Issues")
                )
            ]
        );
        assert_eq!(
            layout.takeaways,
            vec![(
                "First Article Title".to_string(),
                "Its summary, a sentence of the Takeaways.".to_string()
            )]
        );
        let body: Vec<&str> = layout.articles[0]
            .body
            .iter()
            .map(|l| l.text)
            .filter(|t| !t.is_empty())
            .collect();
        assert_eq!(body, vec!["The first article's body."]);
    }

    #[test]
    fn a_numbered_index_names_its_sections() {
        let text = "Index\n\n1 First Article Title P3\nCybersecurity\n2 Second Article Title P4\n3 Third Article P5\n\n\
                    Takeaways\n\nThird Article\nIts summary.\n\nFirst Article Title\nBody one.\n\nCybersecurity\nSecond Article Title\nBody two.\n\nThird Article\nBody three.\n";
        let lines = lines_of(text);
        let layout = read(&lines).unwrap();
        let sections: Vec<Option<&str>> = layout
            .articles
            .iter()
            .map(|a| a.section.as_deref())
            .collect();
        assert_eq!(
            sections,
            vec![None, Some("Cybersecurity"), Some("Cybersecurity")]
        );
        assert_eq!(
            layout.takeaways,
            vec![("Third Article".to_string(), "Its summary.".to_string())]
        );
    }

    #[test]
    fn an_entry_wrapped_over_two_lines_is_one_entry() {
        let text = "Contents\nTakeaways ..... 2\nA Long Title That the PDF\nWrapped ..... 3\nSecond ..... 4\n\
                    Index\n";
        let (found, _) = entries(&lines_of(text)).unwrap();
        let names: Vec<&str> = found.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(
            names,
            vec!["Takeaways", "A Long Title That the PDF Wrapped", "Second"]
        );
        let index =
            "Index\n\n1 First P3\nSection\n2 A Long Title That the PDF\nWrapped P4\n3 Third P5\n";
        let (found, _) = entries(&lines_of(index)).unwrap();
        let names: Vec<(&str, bool)> = found.iter().map(|e| (e.text.as_str(), e.section)).collect();
        assert_eq!(
            names,
            vec![
                ("First", false),
                ("Section", true),
                ("A Long Title That the PDF Wrapped", false),
                ("Third", false)
            ]
        );
    }

    #[test]
    fn a_text_without_a_contents_list_is_not_read_here() {
        assert!(read(&lines_of("Title\n#Tag\n\nBody.\n")).is_none());
        assert!(
            read(&lines_of("Contents\nOne ..... 2\n")).is_none(),
            "one entry is no list"
        );
    }
}
