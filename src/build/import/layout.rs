//! The newsletter's layout, read from its text as `pdftotext` makes it: the Takeaways block,
//! section headers, and each article's title, hashtags and body lines.
//!
//! An article starts with a title followed by a hashtag line; an article the Takeaways announce
//! starts at its title even without hashtags. A section header is a short line the PDF prints
//! after a one-space icon, standing just above an article's title. The earlier issues, which
//! print no hashtags, are read from their contents list instead (`contents`).

/// A line of the text, numbered from 1 as editors and `sed -n` count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'a> {
    pub number: usize,
    pub text: &'a str,
}

/// An article as the layout gives it, before its body is cleaned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawArticle<'a> {
    pub title: String,
    /// The first line of its title.
    pub starts_at: usize,
    /// The section header above it, if the text prints one.
    pub section: Option<String>,
    pub hashtags: Vec<String>,
    /// From the line after the hashtags (or the title) to the line before the next article or
    /// section header.
    pub body: Vec<Line<'a>>,
}

/// What the layout found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout<'a> {
    pub articles: Vec<RawArticle<'a>>,
    /// The Takeaways: (title as printed there, summary paragraph).
    pub takeaways: Vec<(String, String)>,
    /// The contents list against the articles found, when the text has one (`contents`).
    pub contents: Option<ContentsCheck>,
}

/// What a contents list announces and the importer did not find, and the reverse.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContentsCheck {
    /// Entries of the list not printed in the text (as listed).
    pub not_found: Vec<String>,
    /// Articles the text prints (the Takeaways name them, and their titles are printed below)
    /// that the list does not name: their text ends up in the article before them.
    pub not_listed: Vec<String>,
}

impl ContentsCheck {
    pub fn is_empty(&self) -> bool {
        self.not_found.is_empty() && self.not_listed.is_empty()
    }
}

/// The lines of a text, numbered from 1.
pub fn lines_of(text: &str) -> Vec<Line<'_>> {
    text.lines()
        .enumerate()
        .map(|(i, text)| Line {
            number: i + 1,
            text,
        })
        .collect()
}

pub fn is_blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// "14." alone on a line: a page number ("1996." would end a sentence, and has four digits).
pub fn is_page_number(text: &str) -> bool {
    let t = text.trim();
    t.strip_suffix('.')
        .is_some_and(|n| (1..=2).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
}

/// A URL footnote: `https://…`, `Source: https://…`, or mangled as `%20https:/…`.
pub fn is_url_line(text: &str) -> bool {
    let t = text.trim_start();
    let t = t.strip_prefix("%20").unwrap_or(t);
    let t = t.strip_prefix("Source:").map_or(t, str::trim_start);
    t.starts_with("http://")
        || t.starts_with("https://")
        || t.starts_with("http:/")
        || t.starts_with("https:/")
}

pub fn is_hashtag_line(text: &str) -> bool {
    let t = text.trim();
    t.starts_with('#') && t.len() < 160 && t.chars().any(char::is_alphanumeric)
}

/// The tags of a hashtag line: `#MIIT#Data Security`, `# 5G in digitalization of industry`,
/// `#IPv6 #` (an empty tag is no tag).
pub fn hashtags(text: &str) -> Vec<String> {
    text.split('#')
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| !t.is_empty())
        .collect()
}

/// A section header: one leading space (the PDF's icon), at most four words, no sentence.
fn is_section_header(text: &str) -> bool {
    let Some(rest) = text.strip_prefix(' ') else {
        return false;
    };
    let rest = rest.trim_end();
    !rest.is_empty()
        && !rest.starts_with(' ')
        && rest.split_whitespace().count() <= 4
        && rest.len() <= 40
        && !rest.ends_with(['.', ':', ';', ',', '!', '?'])
        && !is_hashtag_line(rest)
        // A line ending "of the" is a title going on to the next line, never a section.
        && !rest
            .rsplit(' ')
            .next()
            .is_some_and(|last| ["a", "an", "and", "for", "in", "of", "on", "the", "to", "with"].contains(&last.to_lowercase().as_str()))
}

/// A line that can be part of a title: short, most words capitalised, no sentence end.
pub fn is_title_like(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() || t.len() > 90 || t.ends_with(['.', ',', ';']) {
        return false;
    }
    let words: Vec<&str> = t.split_whitespace().filter(|w| w.len() > 3).collect();
    let capitalised = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()))
        .count();
    words.is_empty() || capitalised * 10 >= words.len() * 6
}

/// Whitespace collapsed, for comparing a title as printed in two places.
pub fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn comparable(text: &str) -> String {
    squash(text).to_lowercase()
}

/// The Takeaways: the blocks before the line "Takeaways", each a title then its summary.
fn takeaways(lines: &[Line]) -> (Vec<(String, String)>, usize) {
    let Some(end) = lines.iter().position(|l| l.text.trim() == "Takeaways") else {
        return (Vec::new(), 0);
    };
    (
        takeaway_blocks(lines.get(..end).unwrap_or_default()),
        end + 1,
    )
}

/// The Takeaways' blocks among `lines`: each a title, then its summary, then a blank line.
pub fn takeaway_blocks(lines: &[Line]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for block in lines.split(|l| is_blank(l.text)) {
        let title_lines = block.iter().take_while(|l| is_title_like(l.text)).count();
        let (title, summary) = block.split_at(title_lines.min(block.len()));
        let join = |ls: &[Line]| squash(&ls.iter().map(|l| l.text).collect::<Vec<_>>().join(" "));
        if !title.is_empty() && !summary.is_empty() {
            out.push((join(title), join(summary)));
        }
    }
    out
}

/// A line a title cannot go on from upwards: nothing, a footnote, a page number, hashtags, a
/// section header, or the end of a sentence (the previous article's last line).
fn stops_title(text: &str) -> bool {
    let t = text.trim_end();
    is_blank(t)
        || is_page_number(t)
        || is_url_line(t)
        || is_hashtag_line(t)
        || is_section_header(text)
        || t.ends_with(['.', '!', '?', ';', ':', '”', '"'])
}

/// The section header standing above the line at `first` (blank lines between), if any.
fn header_above(lines: &[Line], first: usize) -> Option<usize> {
    let mut at = first;
    while at > 0 {
        at -= 1;
        let text = lines.get(at)?.text;
        if is_blank(text) {
            continue;
        }
        return is_section_header(text).then_some(at);
    }
    None
}

/// The layout of a whole newsletter text.
pub fn read<'a>(lines: &[Line<'a>]) -> Layout<'a> {
    // An earlier issue lists its articles in a contents list and prints no hashtags.
    if let Some(layout) = crate::build::import::contents::read(lines) {
        return layout;
    }
    let (takeaways, body_from) = takeaways(lines);
    // (first title line, hashtag line or None, title)
    let mut starts: Vec<(usize, Option<usize>, String)> = Vec::new();
    for (at, line) in lines.iter().enumerate().skip(body_from) {
        if !is_hashtag_line(line.text) {
            continue;
        }
        // A title is at most three lines.
        let mut first = at;
        while first > body_from
            && first + 3 > at
            && lines.get(first - 1).is_some_and(|l| !stops_title(l.text))
        {
            first -= 1;
        }
        let title = squash(
            &lines
                .get(first..at)
                .unwrap_or_default()
                .iter()
                .map(|l| l.text)
                .collect::<Vec<_>>()
                .join(" "),
        );
        if !title.is_empty() {
            starts.push((first, Some(at), title));
        }
    }
    // Articles the Takeaways announce that have no hashtags: found by their title.
    for (announced, _) in &takeaways {
        let key = comparable(announced);
        if starts
            .iter()
            .any(|(_, _, t)| comparable(t).starts_with(&key))
        {
            continue;
        }
        if let Some(at) = lines
            .iter()
            .skip(body_from)
            .position(|l| comparable(l.text) == key)
        {
            starts.push((at + body_from, None, squash(announced)));
        }
    }
    starts.sort();
    // Each article's header, and the one after the last article that opens the end matter.
    let headers: Vec<Option<usize>> = starts
        .iter()
        .map(|(first, ..)| header_above(lines, *first))
        .collect();
    let last_body = starts.last().map_or(lines.len(), |(first, hashtag, _)| {
        hashtag.unwrap_or(*first) + 1
    });
    let end_matter = (last_body..lines.len()).find(|&i| {
        lines.get(i).is_some_and(|l| is_section_header(l.text))
            && lines.get(i + 1).is_none_or(|l| is_blank(l.text))
    });
    let mut articles = Vec::new();
    let mut section = None;
    for (n, (first, hashtag, title)) in starts.iter().enumerate() {
        if let Some(Some(h)) = headers.get(n) {
            section = lines.get(*h).map(|l| squash(l.text));
        }
        let body_start = hashtag.map_or(first + 1, |h| h + 1);
        let body_end = match starts.get(n + 1) {
            Some((next, ..)) => headers.get(n + 1).copied().flatten().unwrap_or(*next),
            None => end_matter.unwrap_or(lines.len()),
        };
        articles.push(RawArticle {
            title: title.clone(),
            starts_at: lines.get(*first).map_or(0, |l| l.number),
            section: section.clone(),
            hashtags: hashtag
                .and_then(|h| lines.get(h))
                .map(|l| hashtags(l.text))
                .unwrap_or_default(),
            body: lines
                .get(body_start..body_end.max(body_start))
                .unwrap_or_default()
                .to_vec(),
        });
    }
    Layout {
        articles,
        takeaways,
        contents: None,
    }
}

/// The summary the Takeaways give for an article, matched by its title as printed there (the
/// Takeaways may cut a long title short).
pub fn takeaway_for<'a>(layout: &'a Layout, title: &str) -> Option<&'a str> {
    let title = comparable(title);
    layout
        .takeaways
        .iter()
        .find(|(t, _)| {
            let t = comparable(t);
            title.starts_with(&t) || t.starts_with(&title)
        })
        .map(|(_, s)| s.as_str())
}

/// What the issue announces (its Takeaways) and the importer did not find: each announced
/// title with no article whose title it matches (either may be cut short in the other place).
/// The Takeaways announce a selection, so an article they do not name is no mismatch.
pub fn not_found(layout: &Layout) -> Vec<String> {
    layout
        .takeaways
        .iter()
        .map(|(announced, _)| announced)
        .filter(|announced| {
            let key = comparable(announced);
            !layout.articles.iter().any(|a| {
                let title = comparable(&a.title);
                title.starts_with(&key) || key.starts_with(&title)
            })
        })
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "First Title Of The Issue
Its takeaway summary, in a sentence that runs long enough to be a sentence of running text.

Takeaways
 First Title Of The
Issue
#Tag one # tag two

Body of the first article.
 Laws and Regulations
Second Article Title
#MIIT#Data security #

Body of the second.
14.
 Annex

First Title Without Hashtags
Body of an announcement.
";

    #[test]
    fn articles_start_at_a_title_above_hashtags_or_announced_by_the_takeaways() {
        let text = TEXT.replace("First Title Without Hashtags", "Announced Event Title").replace(
            "First Title Of The Issue\n",
            "First Title Of The Issue\nIts takeaway summary, in a sentence.\n\nAnnounced Event Title\n",
        );
        let all = lines_of(&text);
        let layout = read(&all);
        let titles: Vec<&str> = layout.articles.iter().map(|a| a.title.as_str()).collect();
        assert_eq!(
            titles,
            vec![
                "First Title Of The Issue",
                "Second Article Title",
                "Announced Event Title"
            ]
        );
        let sections: Vec<Option<&str>> = layout
            .articles
            .iter()
            .map(|a| a.section.as_deref())
            .collect();
        assert_eq!(
            sections,
            vec![None, Some("Laws and Regulations"), Some("Annex")]
        );
        assert_eq!(layout.articles[0].hashtags, vec!["Tag one", "tag two"]);
        assert_eq!(
            layout.articles[1].hashtags,
            vec!["MIIT", "Data security"],
            "no empty tag"
        );
        // A body stops at the next section header.
        assert!(layout.articles[1]
            .body
            .iter()
            .all(|l| !l.text.contains("Annex")));
        assert_eq!(
            takeaway_for(&layout, "First Title Of The Issue"),
            Some("Its takeaway summary, in a sentence.")
        );
    }

    #[test]
    fn debris_lines_are_recognised() {
        assert!(is_page_number("14."));
        assert!(!is_page_number("1996."));
        assert!(is_url_line("%20https:/www.miit.gov.cn/x.html"));
        assert!(is_url_line(" Source: http://www.cesi.cn/202105/7476.html"));
        assert!(!is_url_line("The http protocol"));
    }

    #[test]
    fn an_announced_article_the_importer_did_not_find_is_named() {
        let lines = lines_of(TEXT);
        let layout = read(&lines);
        assert_eq!(not_found(&layout), Vec::<String>::new());
        // The same issue with the first article's title and hashtags lost (a broken page).
        let broken = TEXT.replacen(" First Title Of The\nIssue\n#Tag one # tag two\n", "\n", 1);
        let lines = lines_of(&broken);
        let layout = read(&lines);
        assert_eq!(
            not_found(&layout),
            vec!["First Title Of The Issue".to_string()]
        );
    }
}
