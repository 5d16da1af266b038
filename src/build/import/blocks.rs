//! An article's body lines as blocks: paragraphs re-joined across line, column and page breaks,
//! lists from bullets and numbered items, sub-headings, and the URL footnotes taken out as links.

use crate::build::import::layout::{is_blank, is_page_number, is_url_line, squash, Line};
use crate::model::Block;

/// What ends a sentence: a blank line after one of these ends the paragraph; after anything
/// else it was a column or page break in the middle of a sentence.
const TERMINAL: [char; 7] = ['.', ':', ';', '!', '?', '”', '"'];

/// The body and its links, each link once and byte-exact (joined when the PDF broke it over
/// two lines), in the order they are first printed; `leading_links` are the footnotes printed
/// before the first line of text (those of the page before: the previous article's).
#[derive(Debug, Default, PartialEq)]
pub struct Body {
    pub blocks: Vec<Block>,
    pub links: Vec<String>,
    pub leading_links: Vec<String>,
    /// The text printed just before a link, when the link follows text (not a page break):
    /// what it names is what the link is (`labels`).
    pub contexts: Vec<(String, String)>,
}

enum Open {
    Paragraph(String),
    List { ordered: bool, items: Vec<String> },
}

/// A URL as printed: `Source: ` and a stray `%20` dropped, `https:/` mended.
pub fn url_of(text: &str) -> String {
    let t = text.trim();
    let t = t.strip_prefix("%20").unwrap_or(t);
    let t = t.strip_prefix("Source:").map_or(t, str::trim_start);
    for scheme in ["https:", "http:"] {
        if let Some(rest) = t.strip_prefix(scheme) {
            if !rest.starts_with("//") {
                return format!("{scheme}/{rest}");
            }
        }
    }
    t.to_string()
}

/// A line that carries on the URL above it: no spaces, no sentence, URL characters only.
fn continues_url(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty()
        && !t.contains(' ')
        && !is_url_line(t)
        && t.starts_with(['_', '/', '-', '.', '?', '=', '&', '%'])
}

pub fn numbered(line: &str) -> Option<&str> {
    let (number, rest) = line.split_once('.')?;
    let rest = rest.strip_prefix(' ')?;
    ((1..=2).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit())
        && !rest.trim().is_empty())
    .then(|| rest.trim())
}

/// The number of a numbered line ("5. Internationalization" is 5).
fn number_of(line: &str) -> Option<u32> {
    numbered(line.trim())?;
    line.trim().split_once('.')?.0.parse().ok()
}

/// An item that ends mid-phrase ("… has issued,", "… the"): what follows a break goes on
/// with it, whatever its first letter.
fn ends_mid_phrase(item: &str) -> bool {
    let t = item.trim_end();
    t.ends_with([',', '-', '–', '(', '&'])
        || t.rsplit(' ').next().is_some_and(|w| {
            [
                "of", "and", "the", "to", "for", "in", "on", "with", "by", "a", "an", "or",
            ]
            .contains(&w)
        })
}

/// A line that opens a sentence ("Under their new …", "Aiming to …"): a capitalised word and
/// a lower-case one; "Technical Plenary" or "Connected Vehicles, …" go on with a name.
fn opens_sentence(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let first = words.next().unwrap_or_default();
    let second = words.next().unwrap_or_default();
    first.starts_with(char::is_uppercase)
        && first.chars().skip(1).all(char::is_lowercase)
        && second.starts_with(char::is_lowercase)
}

fn roman(line: &str) -> Option<&str> {
    let (number, rest) = line.split_once(')')?;
    (["i", "ii", "iii", "iv", "v"].contains(&number) && !rest.trim().is_empty())
        .then(|| rest.trim())
}

/// A line break: a hyphen at the end of a line before a lower-case word joins without a space.
fn join(a: &str, b: &str) -> String {
    if a.is_empty() {
        return b.to_string();
    }
    if a.ends_with('-')
        && !a.ends_with(" -")
        && b.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
    {
        format!("{a}{b}")
    } else {
        format!("{a} {b}")
    }
}

/// A line that stands alone between blank lines (or page numbers), short, capitalised and no
/// sentence: a sub-heading ("Background", "Main changes:", "By 2023:", "1. Entry requirements:").
/// Its text, without number and colon.
/// `next`: the number after the last numbered heading's, which makes a numbered line a
/// heading without its colon ("4. Association standards:", then "5. Internationalization").
fn heading_at(lines: &[Line], at: usize, next: Option<u32>) -> Option<String> {
    let line = lines.get(at)?;
    let alone = at > 0 && heading_gap(lines, at);
    let t = line.text.trim();
    let (t, is_numbered) = match numbered(t) {
        Some(rest) => (rest, true),
        None => (t, false),
    };
    let colon = t.strip_suffix(':');
    // A numbered line is a heading only with its colon, or in a row of numbered headings:
    // otherwise it names a list item.
    let text = if is_numbered && next.is_none_or(|n| number_of(line.text) != Some(n)) {
        colon?
    } else {
        colon.unwrap_or(t)
    };
    (alone
        && !line.text.starts_with(' ')
        && text.split_whitespace().count() <= 6
        && text.starts_with(|c: char| c.is_uppercase())
        && !text.ends_with(TERMINAL)
        && !text.ends_with(','))
    .then(|| text.to_string())
}

/// A numbered item that is only a name ("Data security review"): its explanation follows.
fn is_name(item: &str) -> bool {
    let t = item.trim_end();
    t.split_whitespace().count() <= 12 && !t.ends_with(TERMINAL) && !t.ends_with(',')
}

/// Blank lines (or page numbers) on both sides.
fn heading_gap(lines: &[Line], at: usize) -> bool {
    let gap = |l: &Line| is_blank(l.text) || is_page_number(l.text);
    (at == 0 || lines.get(at - 1).is_some_and(gap)) && lines.get(at + 1).is_none_or(gap)
}

/// "Label: value", the label a few capitalised words.
pub fn is_detail(text: &str) -> bool {
    text.split_once(": ").is_some_and(|(label, value)| {
        label.starts_with(char::is_uppercase)
            && label.split_whitespace().count() <= 4
            && !label.contains([',', '.', '(', '“'])
            && !value.trim().is_empty()
    })
}

/// `headings`: lines a person said are sub-headings; `breaks`: opening words of lines that
/// start a new paragraph whatever the line before.
pub fn blocks(lines: &[Line], headings: &[String], breaks: &[String]) -> Body {
    let mut body = Body::default();
    let mut blocks: Vec<Block> = Vec::new();
    let mut open: Option<Open> = None;
    let mut pending_break = false;
    // The first line of a page (after its number or its footnotes) has one extra leading space
    // that is no bullet.
    let mut page_start = true;
    let mut seen_text = false;
    let mut last_url: Option<usize> = None;
    let mut last_was_detail = false;
    // Text, and no page number or other link, since the last text line: a link here is the
    // text's own, not a footnote of the page.
    let mut after_text = false;
    let mut next_heading: Option<u32> = None;
    let flush = |open: &mut Option<Open>, blocks: &mut Vec<Block>| match open.take() {
        Some(Open::Paragraph(text)) => blocks.push(Block::Paragraph {
            text: squash(&text),
        }),
        Some(Open::List { ordered, items }) => blocks.push(Block::List {
            ordered,
            items: items.iter().map(|i| squash(i)).collect(),
        }),
        None => {}
    };
    for (at, line) in lines.iter().enumerate() {
        let raw = line.text;
        if is_url_line(raw) {
            let links = if seen_text {
                &mut body.links
            } else {
                &mut body.leading_links
            };
            let url = url_of(raw);
            let context = match &open {
                Some(Open::Paragraph(p)) => Some(p.as_str()),
                Some(Open::List { items, .. }) => items.last().map(String::as_str),
                None => blocks.last().and_then(|b| b.texts().last().copied()),
            };
            if let Some(context) = context.filter(|_| after_text) {
                if !body.contexts.iter().any(|(u, _)| *u == url) {
                    body.contexts.push((url.clone(), squash(context)));
                }
            }
            after_text = false;
            links.push(url);
            last_url = Some(links.len() - 1);
            page_start = true;
            continue;
        }
        if let Some(index) = last_url.filter(|_| continues_url(raw)) {
            let links = if seen_text {
                &mut body.links
            } else {
                &mut body.leading_links
            };
            if let Some(url) = links.get_mut(index) {
                url.push_str(raw.trim());
            }
            continue;
        }
        last_url = None;
        if is_page_number(raw) {
            after_text = false;
            page_start = true;
            pending_break = true;
            continue;
        }
        if is_blank(raw) {
            pending_break = true;
            continue;
        }
        seen_text = true;
        after_text = true;
        let after_detail = std::mem::replace(&mut last_was_detail, false);
        let mut text = raw.trim_end();
        if page_start && text.starts_with(' ') && !text.starts_with("  ") {
            text = &text[1..];
        }
        let after_page = std::mem::replace(&mut page_start, false);
        let trimmed = text.trim();
        let listed = headings.iter().any(|h| squash(h) == squash(trimmed));
        let ended = match &open {
            Some(Open::Paragraph(p)) => p.trim_end().ends_with(TERMINAL),
            Some(Open::List { items, .. }) => items
                .last()
                .is_some_and(|i| i.trim_end().ends_with(TERMINAL)),
            None => true,
        };
        let heading = if listed {
            Some(numbered(trimmed).unwrap_or(trimmed).to_string())
        } else {
            heading_at(lines, at, next_heading).filter(|_| ended)
        };
        if let Some(heading) = heading {
            next_heading = number_of(trimmed).map(|n| n + 1);
            flush(&mut open, &mut blocks);
            blocks.push(Block::Heading {
                text: squash(&heading),
            });
            pending_break = false;
            continue;
        }
        // A bullet starts with a capital: a lower-case line carries on the item above.
        let bullet = text.starts_with(' ')
            && !text.starts_with("   ")
            && trimmed.starts_with(|c: char| !c.is_lowercase());
        // A numbered name's next line, after a blank line or as a bullet, is its explanation.
        if (pending_break || bullet) && trimmed.starts_with(char::is_uppercase) {
            if let Some(Open::List {
                ordered: true,
                items,
            }) = &mut open
            {
                if let Some(last) = items.last_mut().filter(|i| is_name(i)) {
                    *last = format!("{}: {trimmed}", last.trim_end());
                    pending_break = false;
                    continue;
                }
            }
        }
        let item = if bullet {
            None
        } else {
            numbered(trimmed).or_else(|| roman(trimmed))
        };
        // "Time and Date: …", "Language: English", each alone: the details of an event.
        let detail = heading_gap(lines, at) && is_detail(trimmed);
        last_was_detail = detail;
        if bullet || item.is_some() || detail {
            let ordered = item.is_some();
            let item = item.unwrap_or(trimmed).to_string();
            match &mut open {
                Some(Open::List { ordered: o, items }) if *o == ordered => items.push(item),
                _ => {
                    flush(&mut open, &mut blocks);
                    open = Some(Open::List {
                        ordered,
                        items: vec![item],
                    });
                }
            }
            pending_break = false;
            continue;
        }
        let previous = match &open {
            Some(Open::Paragraph(p)) => p.as_str(),
            Some(Open::List { items, .. }) => items.last().map_or("", String::as_str),
            None => "",
        };
        // A bulleted list ends at a paragraph: a line after a break, not indented as a bullet
        // is and not the first of a page, that opens a sentence after a whole item.
        let list_ends = matches!(&open, Some(Open::List { ordered: false, items }) if items.last().is_some_and(|i| !ends_mid_phrase(i)))
            && pending_break
            && !after_page
            && !text.starts_with(' ')
            && opens_sentence(trimmed);
        let new_paragraph = breaks.iter().any(|b| trimmed.starts_with(b.as_str()))
            || (pending_break && after_detail)
            || list_ends;
        let continues = open.is_some()
            && !new_paragraph
            && (!pending_break || !previous.trim_end().ends_with(TERMINAL));
        match &mut open {
            Some(Open::Paragraph(p)) if continues => *p = join(p, trimmed),
            Some(Open::List { items, .. }) if continues => {
                if let Some(last) = items.last_mut() {
                    *last = join(last, trimmed);
                }
            }
            _ => {
                flush(&mut open, &mut blocks);
                open = Some(Open::Paragraph(trimmed.to_string()));
            }
        }
        pending_break = false;
    }
    flush(&mut open, &mut blocks);
    body.blocks = blocks;
    for links in [&mut body.links, &mut body.leading_links] {
        let mut seen = Vec::new();
        links.retain(|l| {
            let new = !seen.contains(l);
            seen.push(l.clone());
            new
        });
    }
    body
}

#[cfg(test)]
#[path = "blocks_tests.rs"]
mod tests;
