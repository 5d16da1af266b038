//! An event's draft title, a short noun phrase made of its kind and what its sentence names
//! ("Data Security Law takes effect", "Comments on the Measures for Cybersecurity Review
//! close"), and its place when the sentence states one.

use regex::Regex;

use crate::build::import::events::{Mention, FOUNDED, PASSED};
use crate::build::import::names::{names, without_status, Name};
use crate::model::EventKind;

/// What the title of an event may draw on besides its sentence.
pub struct Context<'a> {
    pub article_title: &'a str,
    /// The article's abbreviations and what they stand for ("DSL", "Data Security Law").
    pub abbreviations: &'a [(String, String)],
    /// The first document the article names: what a target or deadline without one is of.
    pub article_document: Option<&'a str>,
    /// The article's link addresses: a webinar's registration page names its service.
    pub urls: &'a [String],
}

/// Past participles of the words that say a document came out, as a title prints them.
const PUBLISHED: [(&str, &str); 11] = [
    ("published", "published"),
    ("publish", "published"),
    ("issued", "issued"),
    ("released", "released"),
    ("release", "released"),
    ("adopted", "adopted"),
    ("approved", "approved"),
    ("announced", "announced"),
    ("unveiled", "unveiled"),
    ("determined", "determined"),
    ("made available", "published"),
];
/// Online meeting services, by the host of a link to them.
pub const SERVICES: [(&str, &str); 3] = [
    ("webex.com", "Webex"),
    ("zoom.us", "Zoom"),
    ("teams.microsoft.com", "Microsoft Teams"),
];

pub struct Titles {
    meeting: Regex,
    milestone: Regex,
    province: Regex,
    held_in: Regex,
}

impl Titles {
    pub fn new() -> Result<Titles, regex::Error> {
        let name_tail = r"(?: (?:of|on|for) (?:the )?[A-Z][^\s,;]*(?: (?:[A-Z0-9][^\s,;]*|of|the|and|on|for|&))*)?";
        Ok(Titles {
            meeting: Regex::new(&format!(
                r"\b([Tt]he|[Tt]heir|[Ii]ts) ((?:[^\s,;]+ ){{0,6}}?(?i:meeting|forum|symposium|conference|session|briefing|workshop|summit)\b{name_tail})"
            ))?,
            milestone: Regex::new(&format!(
                r"\b(?:[Tt]he|[Aa]n?) ([^,;]{{3,90}}?) (?:was|were|has been|have been|is|are) (?:officially |formally )?({})",
                FOUNDED.join("|")
            ))?,
            province: Regex::new(r"\bin ([A-Z][a-z]+), ([A-Z][a-z]+) [Pp]rovince")?,
            held_in: Regex::new(
                r"\b(?:held|hosted|took place) in ([A-Z][a-z]+(?:, [A-Z][a-z]+)?)",
            )?,
        })
    }

    /// The title of the event `m`.
    pub fn title(&self, m: &Mention, cx: &Context) -> String {
        let sentence = m.sentence.as_str();
        let lower = sentence.to_lowercase();
        let found = names_with_abbreviations(sentence, cx.abbreviations);
        let near = |keep: &dyn Fn(&Name) -> bool| {
            found
                .iter()
                .filter(|n| keep(n))
                .min_by_key(|n| n.at.abs_diff(m.at))
                .map(|n| without_status(&n.text))
        };
        // The sentence's document, else the article's ("It will be effective as of …").
        let document = near(&Name::is_document).or_else(|| cx.article_document.map(without_status));
        let title = match m.kind {
            EventKind::Publication => document.map(|d| {
                let verb = PUBLISHED
                    .iter()
                    .find(|(w, _)| lower.contains(w))
                    .map_or("published", |(_, p)| p);
                format!("{d} {verb}")
            }),
            EventKind::Effective => document.map(|d| format!("{d} {} effect", takes(&d))),
            EventKind::Consultation => document.map(|d| match m.end {
                Some(_) => format!("Comments on {} close", the(&d)),
                None => format!("Call for comments on {}", the(&d)),
            }),
            EventKind::Deadline => {
                let d = document;
                if lower.contains("comment") {
                    d.map(|d| format!("Comments on {} close", the(&d)))
                } else if let Some(year) = m
                    .start
                    .strip_suffix("-12")
                    .filter(|_| lower.contains("end of"))
                {
                    d.map(|d| format!("{d}: targets for the end of {year}"))
                } else {
                    d.map(|d| format!("{d}: deadline"))
                }
            }
            EventKind::Webinar => found
                .iter()
                .find(|n| n.quoted && n.at > lower.find("webinar").unwrap_or(usize::MAX))
                .map(|n| format!("Webinar “{}”", n.text))
                .or_else(|| {
                    let (head, _) = cx.article_title.split_once(':')?;
                    head.contains("Webinar").then(|| head.trim().to_string())
                }),
            EventKind::Training => near(&|n: &Name| n.has(&["Lecture", "Training", "Course"])),
            // "the Data Security Law (DSL) was passed by …": the law, as named.
            EventKind::Milestone
                if PASSED.iter().any(|w| lower.contains(w)) && document.is_some() =>
            {
                document.map(|d| format!("{d} passed"))
            }
            EventKind::Milestone => self
                .milestone
                .captures(sentence)
                .and_then(|c| Some(format!("{} {}", c.get(1)?.as_str(), c.get(2)?.as_str())))
                .or_else(|| {
                    let name = near(&|_: &Name| true)?;
                    let word = FOUNDED.iter().find(|w| lower.contains(*w))?;
                    Some(format!("{name} {word}"))
                }),
            EventKind::Meeting => self.meeting_name(sentence, &found),
            EventKind::Call => call(&lower, cx.article_title),
            EventKind::Unknown => None,
        };
        capitalise(&title.unwrap_or_else(|| format!("{}: {}", noun(m.kind), cx.article_title)))
    }

    /// "the 2021 Qingdao Forum on International Standardization", "their executive meeting"
    /// (whose: the bodies named before it), or the body that "met".
    fn meeting_name(&self, sentence: &str, found: &[Name]) -> Option<String> {
        if let Some(c) = self.meeting.captures(sentence) {
            let (whose, name) = (c.get(1)?, c.get(2)?);
            // "the committee held the 7th Symposium": the name starts after the last "the".
            let name = match name.as_str().rfind(" the ") {
                Some(i)
                    if name
                        .as_str()
                        .get(..i)
                        .is_some_and(|head| !is_meeting_word_in(head)) =>
                {
                    name.as_str().get(i + 5..).unwrap_or_default()
                }
                _ => name.as_str(),
            };
            if !whose.as_str().eq_ignore_ascii_case("the") {
                let owners: Vec<String> = found
                    .iter()
                    .filter(|n| n.at < whose.start())
                    .map(|n| n.abbreviation.clone().unwrap_or_else(|| n.text.clone()))
                    .collect();
                if !owners.is_empty() {
                    return Some(format!("{} {name}", owners.join("-")));
                }
            }
            return Some(name.to_string());
        }
        if let Some(name) = found.iter().find(|n| n.is_meeting()) {
            return Some(name.text.clone());
        }
        let met = sentence.find(" met ")?;
        let body = found.iter().rev().find(|n| n.at < met)?;
        Some(format!(
            "{} meeting",
            body.abbreviation.as_deref().unwrap_or(&body.text)
        ))
    }

    /// Where the event takes place, when its sentence says: a city and province, a place it
    /// is held in; online, for a webinar (with the service its registration link names).
    pub fn location(&self, m: &Mention, urls: &[String]) -> Option<String> {
        let sentence = m.sentence.as_str();
        if m.kind == EventKind::Webinar {
            let service = SERVICES
                .iter()
                .find(|(host, _)| urls.iter().any(|u| host_of(u).ends_with(host)))
                .map(|(_, name)| *name);
            return Some(service.map_or("Online".into(), |s| format!("Online ({s})")));
        }
        if !matches!(m.kind, EventKind::Meeting | EventKind::Training) {
            return None;
        }
        if let Some(c) = self.province.captures(sentence) {
            return Some(format!("{}, {}", c.get(1)?.as_str(), c.get(2)?.as_str()));
        }
        let place = self.held_in.captures(sentence)?.get(1)?.as_str();
        let first = place.split(',').next().unwrap_or_default();
        (crate::logic::dates::month_named(first).is_none() && first != "China")
            .then(|| place.to_string())
    }
}

/// Whether `text` says a meeting ("the regular policy briefing of the …" is named by it).
fn is_meeting_word_in(text: &str) -> bool {
    let lower = text.to_lowercase();
    [
        "meeting",
        "forum",
        "symposium",
        "conference",
        "session",
        "briefing",
        "workshop",
        "summit",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// A sentence's names, and the abbreviations it uses for names the article gave in full.
pub fn names_with_abbreviations(sentence: &str, abbreviations: &[(String, String)]) -> Vec<Name> {
    let mut found = names(sentence);
    for (short, full) in abbreviations {
        for (at, _) in sentence.match_indices(short.as_str()) {
            let before = sentence.get(..at).and_then(|s| s.chars().last());
            let after = sentence
                .get(at + short.len()..)
                .and_then(|s| s.chars().next());
            let alone = !before.is_some_and(|c| c.is_alphanumeric() || c == '(')
                && !after.is_some_and(char::is_alphanumeric);
            if alone {
                found.push(Name {
                    text: full.clone(),
                    at,
                    abbreviation: Some(short.clone()),
                    quoted: false,
                });
            }
        }
    }
    found.sort_by_key(|n| n.at);
    found
}

pub fn host_of(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split(['/', '?']).next().unwrap_or_default()
}

/// "takes" for one document, "take" for the Measures and the Rules.
fn takes(document: &str) -> &'static str {
    let plural = document.split(' ').any(|w| {
        [
            "Measures",
            "Rules",
            "Provisions",
            "Guidelines",
            "Opinions",
            "Regulations",
            "Points",
            "Areas",
            "Laws",
        ]
        .contains(&w)
    });
    if plural {
        "take"
    } else {
        "takes"
    }
}

/// A document's name after "on": with "the", unless it opens with a number.
fn the(document: &str) -> String {
    if document.starts_with(|c: char| c.is_ascii_digit()) {
        document.to_string()
    } else {
        format!("the {document}")
    }
}

/// "CNCA Calls for Membership for the China RoHS … Group": "Call for membership for the …".
fn call(lower: &str, article_title: &str) -> Option<String> {
    let title_lower = article_title.to_lowercase();
    for phrase in [
        "call for membership",
        "call for members",
        "call for experts",
        "call for proposals",
        "call for nominations",
        "call for participation",
    ] {
        let said = lower.contains(phrase);
        let plural = phrase.replacen("call", "calls", 1);
        if let Some(at) = title_lower
            .find(&plural)
            .or_else(|| title_lower.find(phrase))
        {
            let skip = if title_lower
                .get(at..)
                .is_some_and(|t| t.starts_with(&plural))
            {
                plural.len()
            } else {
                phrase.len()
            };
            let rest = article_title.get(at + skip..).unwrap_or_default();
            return Some(format!("{phrase}{rest}"));
        }
        if said {
            return Some(phrase.to_string());
        }
    }
    None
}

fn noun(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Publication => "Publication",
        EventKind::Effective => "In force",
        EventKind::Consultation => "Comments",
        EventKind::Deadline => "Deadline",
        EventKind::Webinar => "Webinar",
        EventKind::Training => "Training",
        EventKind::Milestone => "Milestone",
        EventKind::Meeting => "Meeting",
        EventKind::Call => "Call",
        EventKind::Unknown => "Event",
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
#[path = "titles_tests.rs"]
mod tests;
