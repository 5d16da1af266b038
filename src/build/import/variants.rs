//! Test fixtures: the seed issue (2021 layout) printed again in the newsletter's earlier
//! layouts, from the seed's own words, so that importing a variant can be compared with
//! importing the seed article by article (`tests/import_layouts.rs`, which also checks the
//! committed files in `tests/import-variants/` are what this makes).
//!
//! - `Layout2019`: a cover page, a contents list with dot leaders, a project introduction, the
//!   Takeaways after their heading, older section names, no hashtags, and a running header
//!   and footer at every page break (the seed's own page breaks and one every ~45 lines,
//!   between paragraphs and in the middle of one, as a PDF breaks pages).
//! - `Index2020`: a numbered Index under section names, "P a g e" footers, no hashtags.
//! - `Damaged2019`: the 2019 layout with the damage of its text extraction
//!   (`variants_damage`): ligatures lost, words glued, dates in the earlier issues' forms.

use crate::build::import::layout::{self, is_page_number, is_url_line, squash, Line, RawArticle};
use crate::build::import::variants_damage::damage;
use crate::build::issue_id::Months;

/// The layouts a fixture is printed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    Layout2019,
    Index2020,
    Damaged2019,
}

impl Variant {
    pub const ALL: [Variant; 3] = [
        Variant::Layout2019,
        Variant::Index2020,
        Variant::Damaged2019,
    ];

    /// The fixture's file name in `tests/import-variants/`.
    pub fn file_name(self) -> &'static str {
        match self {
            Variant::Layout2019 => "layout-2019.txt",
            Variant::Index2020 => "index-2020.txt",
            Variant::Damaged2019 => "damaged-2019.txt",
        }
    }

    fn page_lines(self) -> usize {
        match self {
            Variant::Index2020 => 48,
            _ => 45,
        }
    }
}

/// What the earlier issues called some of the sections.
const OLDER_SECTIONS: [(&str, &str); 3] = [
    ("Laws and Regulations", "Horizontal Issues"),
    (
        "Digital Transformation",
        "Communication Networks and Service",
    ),
    ("Information Security", "Network and Information Security"),
];

/// The section name a variant prints for the seed's `section`.
pub fn section_in(variant: Variant, section: &str) -> String {
    match variant {
        Variant::Index2020 => section.to_string(),
        _ => OLDER_SECTIONS
            .iter()
            .find(|(now, _)| *now == section)
            .map_or(section, |(_, then)| then)
            .to_string(),
    }
}

/// A line of the flowing text (after the cover and the contents), or where a page must end.
enum Flow {
    Text(String),
    /// The seed's own page break (its page number line).
    PageEnd,
    /// An entry of the contents list starts here.
    Entry(String, bool),
}

/// Words wrapped into lines of at most `width` characters.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// The seed's end matter (the lines after its last article): the project's introduction.
fn introduction<'a>(lines: &[Line<'a>], articles: &[RawArticle]) -> Vec<&'a str> {
    let after = articles
        .last()
        .and_then(|a| a.body.last())
        .map_or(lines.len(), |l| l.number);
    lines.iter().skip(after).map(|l| l.text).collect()
}

/// The flowing text: introduction, Takeaways, then each article under its section's header.
fn flow(seed: &str, variant: Variant) -> Vec<Flow> {
    let lines = layout::lines_of(seed);
    let read = layout::read(&lines);
    let mut out = vec![Flow::PageEnd];
    for paragraph in introduction(&lines, &read.articles).split(|l| l.trim().is_empty()) {
        let text = squash(&paragraph.join(" "));
        if !text.is_empty() {
            out.extend(wrap(&text, 100).into_iter().map(Flow::Text));
            out.push(Flow::Text(String::new()));
        }
    }
    out.push(Flow::PageEnd);
    out.push(Flow::Entry("Takeaways".into(), true));
    out.push(Flow::Text("Takeaways".into()));
    out.push(Flow::Text(String::new()));
    for (title, summary) in &read.takeaways {
        out.extend(wrap(title, 90).into_iter().map(Flow::Text));
        out.extend(wrap(summary, 110).into_iter().map(Flow::Text));
        out.push(Flow::Text(String::new()));
    }
    out.push(Flow::PageEnd);
    let mut section: Option<&str> = None;
    for article in &read.articles {
        if article.section.as_deref() != section {
            section = article.section.as_deref();
            if let Some(name) = section {
                let name = section_in(variant, name);
                out.push(Flow::Text(String::new()));
                out.push(Flow::Entry(name.clone(), true));
                out.push(Flow::Text(name));
                out.push(Flow::Text(String::new()));
            }
        }
        out.push(Flow::Entry(article.title.clone(), false));
        out.extend(wrap(&article.title, 80).into_iter().map(Flow::Text));
        for line in &article.body {
            if is_page_number(line.text) {
                out.push(Flow::PageEnd);
            } else {
                out.push(Flow::Text(line.text.to_string()));
            }
        }
    }
    out
}

/// Running text a page can end in or after without changing how it reads: no blank, bullet,
/// address or page number, and text on both sides.
fn plain(line: Option<&str>) -> bool {
    line.is_some_and(|l| {
        !l.trim().is_empty() && !l.starts_with(' ') && !is_url_line(l) && !is_page_number(l)
    })
}

/// Can a page end before `at`: in the middle of a paragraph, or at the blank between two.
fn breaks_before(texts: &[Option<&str>], at: usize) -> bool {
    let get = |n: usize| texts.get(n).copied().flatten();
    let (before, here, after) = (get(at.wrapping_sub(1)), get(at), get(at + 1));
    let ended = |l: Option<&str>| l.is_some_and(|l| l.trim_end().ends_with('.'));
    let middle = plain(before)
        && !ended(before)
        && plain(get(at.wrapping_sub(2)))
        && plain(here)
        && plain(after);
    let between = before.is_some_and(|l| l.trim().is_empty())
        && plain(get(at.wrapping_sub(2)))
        && ended(get(at.wrapping_sub(2)))
        && plain(here)
        && here.is_some_and(|l| l.starts_with(char::is_uppercase))
        && plain(after);
    middle || between
}

/// The flow paginated: its lines with the running header and footer at each page break, and
/// each contents entry with its page.
fn paginate(
    flow: &[Flow],
    variant: Variant,
    header: &str,
    first_page: usize,
) -> (Vec<String>, Vec<(String, bool, usize)>) {
    let texts: Vec<Option<&str>> = flow
        .iter()
        .map(|f| match f {
            Flow::Text(t) => Some(t.as_str()),
            _ => None,
        })
        .collect();
    let mut out: Vec<String> = Vec::new();
    let mut entries = Vec::new();
    let mut page = first_page;
    let mut on_page = 0;
    let page_end = |out: &mut Vec<String>, page: &mut usize, on_page: &mut usize| {
        out.push(format!("{page} | P a g e"));
        if variant != Variant::Index2020 {
            out.push(header.to_string());
        }
        out.push(String::new());
        *page += 1;
        *on_page = 0;
    };
    for (at, item) in flow.iter().enumerate() {
        match item {
            Flow::PageEnd => {
                if on_page > 0 {
                    page_end(&mut out, &mut page, &mut on_page);
                }
            }
            Flow::Entry(text, section) => entries.push((text.clone(), *section, page)),
            Flow::Text(text) => {
                if on_page >= variant.page_lines() && breaks_before(&texts, at) {
                    if !out.last().is_some_and(|l| l.trim().is_empty()) {
                        out.push(String::new());
                    }
                    page_end(&mut out, &mut page, &mut on_page);
                }
                // A page of blank lines only is no page.
                on_page += usize::from(!text.trim().is_empty());
                out.push(text.clone());
            }
        }
    }
    (out, entries)
}

/// A contents line is wrapped at this width, as the PDF's page wraps a long title.
const CONTENTS_WIDTH: usize = 80;

/// The cover page and the contents list.
fn front(variant: Variant, months: &str, entries: &[(String, bool, usize)]) -> Vec<String> {
    let mut out = vec![
        "SESEC IV".to_string(),
        "China Standardization and Technical Regulation Bimonthly Newsletter".to_string(),
        String::new(),
        "Author: SESEC IV Project".to_string(),
        format!("Date of issue: {months}"),
        String::new(),
    ];
    match variant {
        Variant::Index2020 => {
            out.push("Index".into());
            out.push(String::new());
            let mut number = 0;
            for (text, section, page) in entries {
                if text == "Takeaways" {
                    continue;
                }
                if *section {
                    out.push(String::new());
                    out.push(text.clone());
                } else {
                    number += 1;
                    out.extend(wrap(&format!("{number} {text} P{page}"), CONTENTS_WIDTH));
                }
            }
        }
        _ => {
            out.push("Contents".into());
            for (text, _, page) in entries {
                // A long title goes on to a second line, which carries the dot leaders.
                let mut lines = wrap(text, CONTENTS_WIDTH);
                if let Some(last) = lines.last_mut() {
                    let dots = ".".repeat(110usize.saturating_sub(last.chars().count()).max(6));
                    *last = format!("{last} {dots} {page}");
                }
                out.extend(lines);
            }
        }
    }
    out.push(String::new());
    out
}

/// The seed `seed` (issue `issue`, e.g. "2021-06-07") printed in `variant`.
pub fn render(seed: &str, issue: &str, variant: Variant) -> Result<String, String> {
    let months = Months::of_id(issue)?.ok_or(format!("{issue} names no months"))?;
    let (year, month) = months.second();
    let header = format!(
        "SESEC IV China Standardization Newsletter | {}",
        months.title()
    );
    let date = format!("10-{:02}-{year}", u8::from(month));
    let flow = flow(seed, variant);
    // The cover is page 1 and the contents page 2: the flow starts on page 3.
    let (body, entries) = paginate(&flow, variant, &header, 3);
    let mut lines = front(variant, &date, &entries);
    // The contents page's own footer (the cover has none).
    lines.push("2 | P a g e".into());
    if variant != Variant::Index2020 {
        lines.push(header.clone());
    }
    lines.push(String::new());
    lines.extend(body);
    let text = lines.join("\n") + "\n";
    Ok(match variant {
        Variant::Damaged2019 => damage(&text),
        _ => text,
    })
}
