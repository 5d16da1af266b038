//! A link's draft label: what its context names (the document, the event to register for),
//! else the words of a PDF's file name, else the site it is on.

use crate::build::import::sentences::sentences;
use crate::build::import::titles::{host_of, names_with_abbreviations, SERVICES};

/// The label of the link to `url`; `context` is the text printed just before it, when the
/// link was printed right after text (a footnote at the foot of a page has none).
pub fn label(url: &str, context: Option<&str>, abbreviations: &[(String, String)]) -> String {
    let host = host_of(url);
    let host = host.strip_prefix("www.").unwrap_or(host);
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let pdf = path.to_lowercase().ends_with(".pdf");
    let last = context.and_then(|c| sentences(c).last().map(|s| s.to_string()));
    // What the reader gets: the language the text says the page is in, a translation.
    let said = |words: &[&str]| {
        last.as_deref()
            .is_some_and(|s| words.iter().any(|w| s.to_lowercase().contains(w)))
    };
    let mut about = Vec::new();
    if said(&["translat", "in english"]) {
        about.push("English translation");
    }
    about.push(host);
    if pdf {
        about.push("PDF");
    } else if said(&["in chinese"]) {
        about.push("in Chinese");
    }
    let site = format!("({})", about.join(", "));
    let stem = path
        .rsplit('/')
        .next()
        .and_then(|file| file.rsplit_once('.'))
        .map_or("", |(stem, _)| stem);
    // "DSL.pdf": a file named by an abbreviation the article spells out.
    if let Some((_, full)) = abbreviations.iter().find(|(short, _)| pdf && short == stem) {
        return format!("{full} {site}");
    }
    if let Some(sentence) = last {
        let found = names_with_abbreviations(&sentence, abbreviations);
        if sentence.to_lowercase().contains("register") {
            if let Some(event) = found.iter().find(|n| n.is_meeting() || n.has(&["Webinar"])) {
                let service = SERVICES
                    .iter()
                    .find(|(h, _)| host.ends_with(h))
                    .map_or(host, |(_, name)| *name);
                return format!("Register for {} ({service})", event.text);
            }
        }
        // "The full text of the revised Measures … is available at:": what is available.
        if let Some(what) = available(&sentence) {
            return format!("{what} {site}");
        }
        if let Some(document) = found.iter().find(|n| n.is_document()) {
            return format!("{} {site}", document.text);
        }
    }
    // A PDF's file name of words: "…_MIIT_Guidelines-for-the-Construction-of-…-2021.pdf".
    let words: Vec<&str> = stem
        .split(['-', '_'])
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    if pdf && words.len() >= 3 {
        return format!("{} {site}", words.join(" "));
    }
    if pdf {
        format!("Document {site}")
    } else {
        format!("Source {site}")
    }
}

/// What a sentence says is available at the link: "More details on the application are
/// available (in Chinese) at:" is "Details on the application".
fn available(sentence: &str) -> Option<String> {
    let (what, _) = sentence
        .split_once(" is available")
        .or_else(|| sentence.split_once(" are available"))?;
    let what = ["The ", "More ", "the ", "more "]
        .iter()
        .find_map(|p| what.strip_prefix(p))
        .unwrap_or(what);
    let mut chars = what.chars();
    let first = chars.next()?;
    // A clause, not a name ("It is available", "Everything said so far"): a few words at most.
    (what.split(' ').count() >= 2 && what.split(' ').count() <= 16)
        .then(|| first.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_names_what_the_text_before_the_link_names() {
        let none: &[(String, String)] = &[];
        assert_eq!(
            label("http://www.cac.gov.cn/2021-07/10/c.htm", Some("Intro. The full text of the revised Measures for Cybersecurity Review is available at:"), none),
            "Full text of the revised Measures for Cybersecurity Review (cac.gov.cn)"
        );
        assert_eq!(
            label("https://yxmc.webex.com/g.php?M=1", Some("Please register your participation to SESEC IV Webinar 29 via following links:"), none),
            "Register for SESEC IV Webinar 29 (Webex)"
        );
        let dsl = [("DSL".to_string(), "Data Security Law".to_string())];
        assert_eq!(
            label("https://sesec.eu/up/DSL.pdf", None, &dsl),
            "Data Security Law (sesec.eu, PDF)"
        );
        assert_eq!(
            label(
                "https://sesec.eu/up/210727_MIIT_Guidelines-for-Construction.pdf",
                Some("Please click here."),
                none
            ),
            "MIIT Guidelines for Construction (sesec.eu, PDF)"
        );
        assert_eq!(
            label(
                "http://www.cnca.gov.cn/zw/t.shtml",
                Some("More details on the application are available (in Chinese) at:"),
                none
            ),
            "Details on the application (cnca.gov.cn, in Chinese)"
        );
        assert_eq!(
            label(
                "https://www.gov.cn/a.html",
                Some("Intro. It is available here."),
                none
            ),
            "Source (gov.cn)"
        );
        assert_eq!(
            label("https://www.miit.gov.cn/a.html", None, none),
            "Source (miit.gov.cn)"
        );
        assert_eq!(
            label("https://sesec.eu/Key-Points.pdf", Some("SESEC translated the document, click here: Key Points of Automotive Standardization in 2021 for details."), none),
            "Key Points of Automotive Standardization in 2021 (English translation, sesec.eu, PDF)"
        );
    }
}
