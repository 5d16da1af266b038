//! Tags proposed for an article the issue prints without hashtags (the earlier layouts print
//! none): tags the archive already uses (the `Vocabulary`'s) that the article's title names, that
//! are its section's name, that are an organisation it names, or that its text keeps coming
//! back to. Proposals, for a person to accept: the draft keeps them apart from printed tags.

use crate::logic::text::value_key;
use crate::model::{Article, Block};

/// At most this many proposals an article.
const MOST: usize = 3;
/// A tag's score must reach this to be proposed.
const ENOUGH: usize = 4;
/// What each sign is worth.
const IN_TITLE: usize = 4;
const IS_SECTION: usize = 3;
const IS_ORGANISATION: usize = 2;
/// Mentions in the body count up to this many.
const MENTIONS_COUNTED: usize = 4;

/// A word as compared: lower case, a plural's "s" dropped ("Data Centers" is "data center").
fn stem(word: &str) -> String {
    let lower = word.to_lowercase();
    match lower.strip_suffix('s') {
        Some(single) if single.chars().count() >= 3 && !single.ends_with('s') => single.to_string(),
        _ => lower,
    }
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(stem)
        .collect()
}

/// How often `text`'s words print the tag (or one of its alternatives: "IoT / M2M").
fn mentions(text: &[String], tag: &str) -> usize {
    tag.split('/')
        .map(words)
        .filter(|phrase| !phrase.is_empty())
        .map(|phrase| {
            text.windows(phrase.len())
                .filter(|w| *w == phrase.as_slice())
                .count()
        })
        .sum()
}

/// The tags of `known` proposed for `article`, best first.
pub fn propose(article: &Article, known: &[String]) -> Vec<String> {
    let title = words(&article.title);
    let body: Vec<String> = article
        .body
        .iter()
        .flat_map(Block::texts)
        .flat_map(words)
        .collect();
    let mut tags: Vec<&String> = Vec::new();
    for tag in known {
        if !tags.iter().any(|t| value_key(t) == value_key(tag)) {
            tags.push(tag);
        }
    }
    let mut scored: Vec<(usize, &String)> = tags
        .into_iter()
        .map(|tag| {
            let key = value_key(tag);
            let score = IN_TITLE * usize::from(mentions(&title, tag) > 0)
                + IS_SECTION * usize::from(value_key(&article.section) == key)
                + IS_ORGANISATION * usize::from(article.orgs.iter().any(|o| value_key(o) == key))
                + mentions(&body, tag).min(MENTIONS_COUNTED);
            (score, tag)
        })
        .filter(|(score, _)| *score >= ENOUGH)
        .collect();
    // Best first; a tie goes to the archive's order.
    scored.sort_by_key(|(score, _)| std::cmp::Reverse(*score));
    let mut chosen: Vec<String> = Vec::new();
    for (_, tag) in scored {
        // "Manufacturing" says less than "Intelligent Manufacturing", already proposed.
        let narrower = chosen.iter().any(|c| mentions(&words(c), tag) > 0);
        if !narrower && chosen.len() < MOST {
            chosen.push(tag.clone());
        }
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::fixtures::article;

    #[test]
    fn tags_the_title_section_organisations_and_text_point_to() {
        let mut a = article("a", &[], "");
        a.title = "MIIT Releases Guidelines on Data Centers".into();
        a.section = "Cybersecurity".into();
        a.orgs = vec!["SAC".into()];
        a.body = vec![Block::Paragraph {
            text: "The IoT plan. IoT devices, IoT networks and IoT platforms. SAC agreed.".into(),
        }];
        let known: Vec<String> = [
            "Data Center",
            "Center",
            "MIIT",
            "Cybersecurity",
            "IoT / M2M",
            "SAC",
            "Blockchain",
            "MIIT",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            propose(&a, &known),
            vec!["Data Center", "MIIT", "IoT / M2M"]
        );
        // The section alone is not enough; with a mention it is.
        a.title = "Nothing known".into();
        a.orgs.clear();
        a.body.clear();
        assert_eq!(propose(&a, &known), Vec::<String>::new());
        a.body = vec![Block::Paragraph {
            text: "New cybersecurity rules.".into(),
        }];
        assert_eq!(propose(&a, &known), vec!["Cybersecurity"]);
    }
}
