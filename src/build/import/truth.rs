//! The hand-checked expectation of an issue (`tests/import-truth/ID.json`): what a person
//! reading the newsletter's text, without the importer's output, wrote down for each article.
//! `truth_score` scores a draft against it field by field.

use serde::Deserialize;

use crate::model::{Article, Block};

/// The whole file: the articles, and the judgement calls the person made (`notes`).
#[derive(Debug, Clone, Deserialize)]
pub struct Truth {
    #[serde(default)]
    pub notes: Vec<String>,
    pub articles: Vec<TruthArticle>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct TruthArticle {
    pub title: String,
    pub section: String,
    pub date: String,
    /// As printed (the hashtag line); empty when the article prints none.
    pub tags: Vec<String>,
    /// The Takeaways' summary; empty when the Takeaways give the article none.
    pub summary: String,
    pub paragraphs: Vec<String>,
    pub headings: Vec<String>,
    /// Each list's items, in order.
    pub lists: Vec<Vec<String>>,
    pub links: Vec<TruthLink>,
    pub events: Vec<TruthEvent>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct TruthLink {
    pub url: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct TruthEvent {
    pub kind: String,
    pub start: String,
    pub end: Option<String>,
    /// "HH:MM" or "HH:MM-HH:MM".
    pub time: Option<String>,
    /// As printed ("Brussels time").
    pub zone: Option<String>,
    pub what: String,
}

impl Truth {
    pub fn from_json(bytes: &[u8]) -> Result<Truth, String> {
        serde_json::from_slice(bytes).map_err(|e| format!("the truth file: {e}"))
    }
}

/// A text as compared: quotes and dashes one glyph each, whitespace single spaces, and dates
/// in one form ("10th Jun 2021" is "10 June 2021": the earlier issues' date forms).
pub fn text_key(text: &str) -> String {
    let plain: String = text
        .chars()
        .map(|c| match c {
            '‘' | '’' | '`' | '´' => '\'',
            '“' | '”' | '„' => '"',
            '–' | '—' | '‑' | '‐' | '−' => '-',
            c if c.is_whitespace() => ' ',
            c => c,
        })
        .collect();
    let words: Vec<String> = plain.split_whitespace().map(date_word).collect();
    // Dashes and quotes compared without the spaces around them: "2035-Some" is
    // "2035 - Some", and 'to" inspection' is 'to "inspection'.
    let mut out = words.join(" ");
    for glyph in ["-", "\""] {
        out = out
            .replace(&format!(" {glyph}"), glyph)
            .replace(&format!("{glyph} "), glyph);
    }
    out
}

/// "10th" is "10", "Jun" is "June": the forms the earlier issues print dates in.
fn date_word(word: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let (core, tail) = word.split_at(word.trim_end_matches([',', '.', ';', ')']).len());
    let digits = core.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        if let Some(suffix) = core.get(digits..) {
            if ["st", "nd", "rd", "th"].contains(&suffix) {
                return format!("{}{tail}", core.get(..digits).unwrap_or(core));
            }
        }
    }
    let short = core.strip_suffix('.').unwrap_or(core);
    let full = MONTHS.iter().find(|m| {
        (short.len() == 3 || short == "Sept") && m.get(..3) == short.get(..3) && **m != short
    });
    match full {
        Some(month) if short.len() <= 4 => format!("{month}{tail}"),
        _ => word.to_string(),
    }
}

/// A title as paired: `text_key`, in lower case, a word-initial "ln" read as "In" (the PDF's
/// font prints a capital I as an l: "lntegration"; the importer mends it, the truth keeps it).
pub fn title_key(title: &str) -> String {
    let words: Vec<String> = text_key(title)
        .split(' ')
        .map(|w| match w.strip_prefix("ln") {
            Some(rest) if rest.starts_with(|c: char| c.is_lowercase()) => format!("In{rest}"),
            _ => w.to_string(),
        })
        .collect();
    words.join(" ").to_lowercase()
}

/// The paragraphs of a draft's body, in order.
pub fn paragraphs(article: &Article) -> Vec<String> {
    blocks(article, |b| match b {
        Block::Paragraph { text } => vec![text.clone()],
        _ => vec![],
    })
}

pub fn headings(article: &Article) -> Vec<String> {
    blocks(article, |b| match b {
        Block::Heading { text } => vec![text.clone()],
        _ => vec![],
    })
}

/// The items of all the draft's lists, in order.
pub fn list_items(article: &Article) -> Vec<String> {
    blocks(article, |b| match b {
        Block::List { items, .. } => items.clone(),
        _ => vec![],
    })
}

fn blocks(article: &Article, of: impl Fn(&Block) -> Vec<String>) -> Vec<String> {
    article.body.iter().flat_map(of).collect()
}

/// Which of `expected` the longest common subsequence with `got` matches, compared by
/// `text_key`: a paragraph counts where the draft has it in the same order.
pub fn lcs_matched(expected: &[String], got: &[String]) -> Vec<bool> {
    let e: Vec<String> = expected.iter().map(|t| text_key(t)).collect();
    let g: Vec<String> = got.iter().map(|t| text_key(t)).collect();
    let (n, m) = (e.len(), g.len());
    // table[i][j]: the LCS of e[i..] and g[j..], flattened.
    let mut table = vec![0usize; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let value = if e.get(i) == g.get(j) {
                table.get(at(i + 1, j + 1)).copied().unwrap_or(0) + 1
            } else {
                let down = table.get(at(i + 1, j)).copied().unwrap_or(0);
                let right = table.get(at(i, j + 1)).copied().unwrap_or(0);
                down.max(right)
            };
            if let Some(cell) = table.get_mut(at(i, j)) {
                *cell = value;
            }
        }
    }
    let mut matched = vec![false; n];
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if e.get(i) == g.get(j) {
            if let Some(hit) = matched.get_mut(i) {
                *hit = true;
            }
            i += 1;
            j += 1;
        } else if table.get(at(i + 1, j)) >= table.get(at(i, j + 1)) {
            i += 1;
        } else {
            j += 1;
        }
    }
    matched
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_fold_quotes_dashes_spaces_and_date_forms() {
        assert_eq!(text_key("China’s  “plan” – 2021"), "China's\"plan\"-2021");
        assert_eq!(text_key("On 10th Jun 2021, it"), "On 10 June 2021, it");
        assert_eq!(text_key("19th August 2022."), "19 August 2022.");
        assert_eq!(text_key("the May plan"), "the May plan");
        assert_eq!(title_key("A  Plan"), title_key("a plan"));
        assert_eq!(text_key("2035-Some"), text_key("2035 – Some"));
        assert_eq!(
            title_key("lntegration of IT"),
            title_key("Integration of IT")
        );
    }

    #[test]
    fn lcs_counts_what_is_in_order() {
        let s = |v: &[&str]| v.iter().map(|t| t.to_string()).collect::<Vec<_>>();
        let matched = lcs_matched(&s(&["a", "b", "c", "d"]), &s(&["a", "c", "x", "b", "d"]));
        assert_eq!(matched.iter().filter(|m| **m).count(), 3);
        assert_eq!(lcs_matched(&s(&["a"]), &[]), vec![false]);
    }
}
