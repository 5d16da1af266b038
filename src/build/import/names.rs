//! The names a sentence gives: runs of capitalised words ("the Measures for the Administration
//! of Railway Radio"), and quoted titles ("the webinar “China: regulations…”"), each sorted into
//! a document, a meeting, or something else: what an event's title says it is of.

/// A name as the sentence prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    pub text: String,
    /// Its byte offset in the sentence.
    pub at: usize,
    /// The abbreviation printed after it in brackets ("(DSL)"), not part of `text`.
    pub abbreviation: Option<String>,
    pub quoted: bool,
}

/// The words that make a name a document's: its kind of text.
const DOCUMENT_WORDS: [&str; 22] = [
    "Law",
    "Laws",
    "Measures",
    "Plan",
    "Guidelines",
    "Guideline",
    "Notice",
    "Opinions",
    "Rules",
    "Provisions",
    "Regulation",
    "Regulations",
    "Points",
    "Areas",
    "Strategy",
    "List",
    "Catalogue",
    "Outline",
    "Programme",
    "Directive",
    "Decision",
    "Roadmap",
];
/// A name with one of these is a body's ("the Cyberspace Administration of China"), even when
/// a document word is in it ("Standards Council").
const BODY_WORDS: [&str; 17] = [
    "Institute",
    "Association",
    "Administration",
    "Ministry",
    "Commission",
    "Committee",
    "Council",
    "Office",
    "Centre",
    "Center",
    "Group",
    "Alliance",
    "Academy",
    "Congress",
    "Bureau",
    "Agency",
    "Organization",
];
const MEETING_WORDS: [&str; 9] = [
    "Forum",
    "Symposium",
    "Meeting",
    "Conference",
    "Session",
    "Briefing",
    "Plenary",
    "Workshop",
    "Summit",
];
/// Small words inside a name ("Measures for the Administration of Railway Radio").
const JOINERS: [&str; 9] = ["of", "for", "on", "the", "and", "in", "to", "&", "by"];
/// Capitalised because they open a sentence, not because they name anything.
const OPENERS: [&str; 22] = [
    "On", "In", "From", "By", "The", "A", "An", "Since", "After", "During", "Between", "Under",
    "To", "It", "This", "These", "Its", "As", "Invited", "For", "Please", "See",
];

fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || c == '/')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
}

fn has_word(text: &str, list: &[&str]) -> bool {
    words_of(text).any(|w| list.contains(&w))
}

impl Name {
    /// A document's name: it names a kind of text and no body.
    /// The first word that says decides: "Measures for the Administration of …" are a
    /// document, "the Cyberspace Administration of China" a body.
    pub fn is_document(&self) -> bool {
        words_of(&self.text)
            .find(|w| DOCUMENT_WORDS.contains(w) || BODY_WORDS.contains(w))
            .is_some_and(|w| DOCUMENT_WORDS.contains(&w))
    }

    pub fn is_meeting(&self) -> bool {
        has_word(&self.text, &MEETING_WORDS)
    }

    /// Whether it contains one of `words` (capitalised as printed in names).
    pub fn has(&self, words: &[&str]) -> bool {
        has_word(&self.text, words)
    }
}

/// A word that may be part of a name: capitalised, or a number ("2021", "7th", "5G"); not a
/// month, which dates a name rather than naming it ("Provisions on … in July 2021").
fn is_name_word(word: &str) -> bool {
    let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
    crate::logic::dates::month_named(bare).is_none()
        && word
            .trim_start_matches(['“', '‘', '"'])
            .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// The names of `sentence`, in order.
pub fn names(sentence: &str) -> Vec<Name> {
    let mut out = quoted(sentence);
    // Words with their offsets.
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (i, c) in sentence.char_indices().chain([(sentence.len(), ' ')]) {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                words.push((s, sentence.get(s..i).unwrap_or_default()));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    let mut run: Vec<(usize, &str)> = Vec::new();
    let mut abbreviation = None;
    let mut flush = |run: &mut Vec<(usize, &str)>, abbreviation: &mut Option<String>| {
        while run.last().is_some_and(|(_, w)| JOINERS.contains(w)) {
            run.pop();
        }
        let skip = run
            .iter()
            .take_while(|(_, w)| OPENERS.contains(w) || JOINERS.contains(w))
            .count();
        let kept = run.get(skip..).unwrap_or_default();
        let capitals = kept.iter().filter(|(_, w)| is_name_word(w)).count();
        if let (Some((at, _)), true) = (kept.first(), capitals >= 2) {
            let text = kept.iter().map(|(_, w)| *w).collect::<Vec<_>>().join(" ");
            let text = text.trim_end_matches([',', '.', ';', ':']);
            out.extend(split_at_and(text, *at, abbreviation.take()));
        }
        run.clear();
        *abbreviation = None;
    };
    let mut n = 0;
    while let Some(&(at, word)) = words.get(n) {
        n += 1;
        // A bracket of capitals after a name: its abbreviation, or a part ("(2021-2023)").
        if word.starts_with('(') && !run.is_empty() {
            let mut inner = vec![word];
            while !inner.last().is_some_and(|w| w.contains(')')) {
                match words.get(n) {
                    Some(&(_, w)) if inner.len() < 4 => {
                        inner.push(w);
                        n += 1;
                    }
                    _ => break,
                }
            }
            let joined = inner.join(" ");
            let body = joined.trim_start_matches('(');
            let (content, rest) = body.split_once(')').unwrap_or((body, ""));
            // "(DSL)", "(SWG I4.0)", "(SAC/TC 114)": no word of lower-case letters.
            let is_abbreviation = content.split(' ').count() <= 2
                && content.chars().any(char::is_uppercase)
                && !content.chars().next().is_some_and(|c| c.is_ascii_digit())
                && content.split(' ').all(|w| {
                    !w.chars()
                        .zip(w.chars().skip(1))
                        .any(|(a, b)| a.is_lowercase() && b.is_lowercase())
                });
            if is_abbreviation {
                abbreviation = Some(content.to_string());
                flush(&mut run, &mut abbreviation);
            } else if is_name_word(content) {
                run.push((at, word));
                run.extend(
                    words
                        .get((n + 1).saturating_sub(inner.len())..n)
                        .unwrap_or_default(),
                );
            } else {
                flush(&mut run, &mut abbreviation);
            }
            if !rest.is_empty() {
                flush(&mut run, &mut abbreviation);
            }
            continue;
        }
        let bare = word.trim_end_matches([',', '.', ';', ':', '”', '’', ')']);
        let ends = bare.len() != word.len() || word.starts_with(['“', '‘']);
        // One word in single quotes goes on with the name it is part of: "the Enterprise
        // Standards ‘Forerunner’ system".
        let quoted_word = word.trim_end_matches([',', '.', ';', ':']);
        if !run.is_empty()
            && quoted_word.starts_with('‘')
            && quoted_word.ends_with('’')
            && is_name_word(quoted_word)
        {
            run.push((at, quoted_word));
            if quoted_word.len() != word.len() {
                flush(&mut run, &mut abbreviation);
            }
            continue;
        }
        if is_name_word(word) || (JOINERS.contains(&word) && !run.is_empty()) {
            if word.starts_with(['“', '‘']) {
                // A quoted title is a name of its own (`quoted`): its words start no run.
                flush(&mut run, &mut abbreviation);
                let closes = |w: &str| {
                    w.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '”' && c != '’')
                        .ends_with(['”', '’'])
                };
                if !closes(word) {
                    while let Some(&(_, w)) = words.get(n) {
                        n += 1;
                        if closes(w) {
                            break;
                        }
                    }
                }
                continue;
            }
            run.push((at, bare));
            if ends {
                flush(&mut run, &mut abbreviation);
            }
        } else {
            flush(&mut run, &mut abbreviation);
        }
    }
    flush(&mut run, &mut abbreviation);
    out.sort_by_key(|n| n.at);
    out
}

/// "the revised Measures for Cybersecurity Review and Provisions on …": two documents.
fn split_at_and(text: &str, at: usize, abbreviation: Option<String>) -> Vec<Name> {
    let split = text.match_indices(" and ").find(|(i, _)| {
        text.get(i + 5..)
            .and_then(|rest| rest.split(' ').next())
            .is_some_and(|w| DOCUMENT_WORDS.contains(&w))
    });
    match split {
        Some((i, _)) => vec![
            Name {
                text: text.get(..i).unwrap_or_default().to_string(),
                at,
                abbreviation: None,
                quoted: false,
            },
            Name {
                text: text.get(i + 5..).unwrap_or_default().to_string(),
                at: at + i + 5,
                abbreviation,
                quoted: false,
            },
        ],
        None => vec![Name {
            text: text.to_string(),
            at,
            abbreviation,
            quoted: false,
        }],
    }
}

/// Titles in quotes, of two words or more, without a bracket of their own status ("(draft
/// for comments)").
fn quoted(sentence: &str) -> Vec<Name> {
    let mut out = Vec::new();
    for (open, close) in [('“', '”'), ('‘', '’')] {
        let mut rest = sentence;
        let mut offset = 0;
        while let Some(start) = rest.find(open) {
            let inner_start = start + open.len_utf8();
            let Some(len) = rest.get(inner_start..).and_then(|r| r.find(close)) else {
                break;
            };
            let inner = rest.get(inner_start..inner_start + len).unwrap_or_default();
            if inner.split_whitespace().count() >= 2 && is_name_word(inner) {
                out.push(Name {
                    text: without_status(inner),
                    at: offset + start,
                    abbreviation: None,
                    quoted: true,
                });
            }
            let next = inner_start + len + close.len_utf8();
            offset += next;
            rest = rest.get(next..).unwrap_or_default();
        }
    }
    out
}

/// A name without the bracket saying what stage it is at: "(draft for comments)".
pub fn without_status(name: &str) -> String {
    let mut out = name.trim().to_string();
    while let Some(open) = out.rfind(" (") {
        let tail = out.get(open..).unwrap_or_default().to_lowercase();
        if tail.contains("draft") || tail.contains("comment") {
            out.truncate(open);
        } else {
            break;
        }
    }
    out
}

/// The full names of a text's abbreviations, as it introduces them: "the Data Security Law
/// (DSL)".
pub fn abbreviations<'a>(texts: impl Iterator<Item = &'a str>) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for text in texts {
        for name in names(text) {
            if let Some(abbreviation) = name.abbreviation {
                if !out.iter().any(|(a, _)| *a == abbreviation) {
                    out.push((abbreviation, name.text));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(sentence: &str) -> Vec<String> {
        names(sentence).into_iter().map(|n| n.text).collect()
    }

    #[test]
    fn names_are_runs_of_capitals_and_quoted_titles() {
        assert_eq!(
            texts("On 30 June 2021, the Ministry of Industry and Information Technology (MIIT) published the updated Measures for the Administration of Railway Radio, which take effect."),
            vec!["Ministry of Industry and Information Technology", "Measures for the Administration of Railway Radio"]
        );
        let n = names("On 10 June 2021, the Data Security Law (DSL) was passed.");
        assert_eq!(n[0].text, "Data Security Law");
        assert_eq!(n[0].abbreviation.as_deref(), Some("DSL"));
        assert!(n[0].is_document());
        // The first kind word decides: a document's, or a body's.
        assert!(names("the Measures for the Administration of Railway Radio")[0].is_document());
        assert!(!names("the Cyberspace Administration of China (CAC) said")[0].is_document());
        assert_eq!(
            texts("MIIT issued the Three-year Action Plan for High-quality Development of the Cybersecurity Industry (2021-2023), with comments."),
            vec!["Three-year Action Plan for High-quality Development of the Cybersecurity Industry (2021-2023)"]
        );
        assert_eq!(
            texts("An example are the revised Measures for Cybersecurity Review and Provisions on the Management of Network Product Security Vulnerability in July 2021."),
            // A month dates a name, it does not go on with it.
            vec!["Measures for Cybersecurity Review", "Provisions on the Management of Network Product Security Vulnerability"]
        );
        assert_eq!(
            texts(
                "Dr. Xu joined the webinar “China: regulations, standards, innovation and trade”."
            ),
            vec!["China: regulations, standards, innovation and trade"]
        );
        assert_eq!(
            texts("SAMR issued the Key Areas for the Enterprise Standards ‘Forerunner’ system in 2021."),
            vec!["Key Areas for the Enterprise Standards ‘Forerunner’"]
        );
        assert_eq!(
            texts("comments on the “Guidelines for the Construction (2021 Edition) (draft for comments)” and more"),
            vec!["Guidelines for the Construction (2021 Edition)"]
        );
    }

    #[test]
    fn abbreviations_name_what_they_stand_for() {
        let found = abbreviations(["On 10 June 2021, the Data Security Law (DSL) was passed by the National People’s Congress (NPC)."].into_iter());
        assert_eq!(
            found,
            vec![
                ("DSL".to_string(), "Data Security Law".to_string()),
                ("NPC".to_string(), "National People’s Congress".to_string())
            ]
        );
    }
}
