//! Proposed events: every date the text gives in one of the newsletter's forms, with a kind read
//! from the words around it.
//!
//! Forms: "On 10 June 2021", "July 14, 2021", "From 22 June to 2 July 2021", "From July 6 to 8,
//! 2021", "27 and 28 July", "until 25 July 2021", "by the end of 2023", "in July 2021"; a time
//! ("10:00- 11:00 am Brussels time") carries its stated zone.

use regex::Regex;

use crate::build::import::month_names::{month_of, month_pattern};
use crate::build::import::sentences::sentences;
pub use crate::build::import::year::Year;
use crate::model::EventKind;

/// The words of a `Milestone`: something established, founded or launched.
pub const FOUNDED: [&str; 5] = [
    "established",
    "launched",
    "founded",
    "set up",
    "inaugurated",
];
/// The words of the other `Milestone`, a law passed by the legislature: a step of its own,
/// before it takes effect (not "passed the system testing", nor "surpassed").
pub const PASSED: [&str; 4] = ["was passed", "were passed", "been passed", "passed by"];

/// Kinds by the words that say them, strongest first: a sentence naming a deadline and a
/// comment period is about the deadline.
const KINDS: [(EventKind, &[&str]); 10] = [
    (EventKind::Deadline, &["deadline", "end of", "due by"]),
    (
        EventKind::Call,
        &[
            "call for membership",
            "call for members",
            "call for experts",
            "call for proposals",
            "call for nominations",
            "calls for membership",
            "call for participation",
        ],
    ),
    (
        EventKind::Effective,
        &[
            "take effect",
            "takes effect",
            "took effect",
            "effective",
            "come into force",
            "came into force",
            "enter into force",
            "entered into force",
            // "is going to be implemented from September 2021" (not "implementation plan")
            "implemented from",
            "implemented as of",
            "be implemented on",
        ],
    ),
    (
        EventKind::Consultation,
        &[
            "public comment",
            "for comments",
            "soliciting",
            "call for comment",
            "calls for comment",
            "called for comment",
        ],
    ),
    (EventKind::Webinar, &["webinar", "online event"]),
    (EventKind::Training, &["training", "lecture"]),
    (EventKind::Milestone, &FOUNDED),
    (EventKind::Milestone, &PASSED),
    (
        EventKind::Meeting,
        &[
            "held",
            "forum",
            "meeting",
            "symposium",
            "conference",
            " met ",
            "briefing",
            "plenary",
        ],
    ),
    (
        EventKind::Publication,
        &[
            "published",
            "publish",
            "issued",
            "released",
            "release",
            "adopted",
            "approved",
            "announced",
            "unveiled",
            "proposed",
            "determined",
            "made available",
        ],
    ),
];

/// A date the text gives, as found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub kind: EventKind,
    /// `YYYY-MM-DD` or `YYYY-MM`.
    pub start: String,
    pub end: Option<String>,
    pub time: Option<String>,
    pub end_time: Option<String>,
    pub timezone: Option<String>,
    /// The sentence it was found in.
    pub sentence: String,
    /// Where in the sentence the date is printed (a byte offset).
    pub at: usize,
    /// "by the end of 2023": a plan's goal, the year it aims at, not a day anything happens.
    pub goal: bool,
}

/// Cities the newsletter gives times in, and their zones.
const ZONES: [(&str, &str); 6] = [
    ("Brussels", "Europe/Brussels"),
    ("Beijing", "Asia/Shanghai"),
    ("CET", "Europe/Brussels"),
    ("Berlin", "Europe/Berlin"),
    ("Geneva", "Europe/Zurich"),
    ("UTC", "UTC"),
];

pub struct Finder {
    atoms: Regex,
    time: Regex,
}

/// One date of a sentence: where it is, what it says.
struct Atom {
    at: usize,
    end_at: usize,
    start: String,
    end: Option<String>,
    until: bool,
    goal: bool,
}

/// 1 to 12 for a month's name, 0 for anything else (the patterns only match names).
fn month_number(name: &str) -> u32 {
    month_of(name).map_or(0, |m| u32::from(u8::from(m)))
}

fn day(year: i32, month: &str, day: &str) -> Option<String> {
    let (m, d) = (month_number(month), day.parse::<u32>().ok()?);
    (m > 0 && (1..=31).contains(&d)).then(|| format!("{year:04}-{m:02}-{d:02}"))
}

impl Finder {
    pub fn new() -> Result<Finder, regex::Error> {
        let m = month_pattern();
        // A day, "1st" as well as "1".
        let d = r"(\d{1,2})(?:st|nd|rd|th)?";
        let atoms = [
            // Between May and June 2021
            format!(r"(?P<mm>(?:[Bb]etween|[Ff]rom) {m} (?:and|to) {m},? (\d{{4}}))"),
            // From July 6 to 8, 2021
            format!(r"(?P<mdd>{m} {d} (?:to|-|–) {d},? (\d{{4}}))"),
            // from June 29 to July 15, 2021
            format!(r"(?P<mdmd>{m} {d} (?:to|-|–) {m} {d},? (\d{{4}}))"),
            // From 22 June to 2 July 2021
            format!(r"(?P<dmdm>{d} {m} (?:to|-|–) {d} {m}(?:,? (\d{{4}}))?)"),
            // 27 and 28 July (2021)
            format!(r"(?P<ddm>{d} (?:and|to|-|–) {d} {m}(?:,? (\d{{4}}))?)"),
            // until 25 July 2021, comments by 16 July
            format!(r"(?P<until>(?:until|by) {d} {m}(?:,? (\d{{4}}))?)"),
            // 10 June 2021, 16 July
            format!(r"(?P<dm>{d} {m}(?:,? (\d{{4}}))?)"),
            // June 11, 2021, July 7
            format!(r"(?P<md>{m} {d}\b(?:,? (\d{{4}}))?)"),
            // by the end of 2023
            r"(?P<endof>end of (\d{4}))".to_string(),
            // in July 2021
            format!(r"(?P<my>{m},? (\d{{4}}))"),
        ]
        .join("|");
        Ok(Finder {
            atoms: Regex::new(&atoms)?,
            time: Regex::new(
                r"(\d{1,2}):(\d{2})\s*(?:-|–|to)\s*(\d{1,2}):(\d{2})\s*(am|pm)?\s+([A-Z][A-Za-z]+) time",
            )?,
        })
    }

    /// The dates of one sentence; `year` stands in where the text gives none.
    fn atoms(&self, sentence: &str, year: Year) -> Vec<Atom> {
        let mut out = Vec::new();
        for c in self.atoms.captures_iter(sentence) {
            let Some(whole) = c.get(0) else { continue };
            let g = |i: usize| c.get(i).map_or("", |m| m.as_str());
            // The year group `i`, else the year a date in the month group `m` is in.
            let y = |i: usize, m: usize| g(i).parse::<i32>().unwrap_or_else(|_| year.of(g(m)));
            // "By the end of 2023, …" is what a plan aims at; "released at the end of 2022" is
            // still a date something happens.
            let goal = c.name("endof").is_some()
                && sentence
                    .get(..whole.start())
                    .is_some_and(|head| head.to_lowercase().trim_end().ends_with("by the"));
            let (start, end, until) = if c.name("mm").is_some() {
                let (a, b) = (month_number(g(2)), month_number(g(3)));
                (
                    Some(format!("{:04}-{a:02}", y(4, 2))),
                    Some(format!("{:04}-{b:02}", y(4, 3))),
                    false,
                )
            } else if c.name("mdd").is_some() {
                (day(y(9, 6), g(6), g(7)), day(y(9, 6), g(6), g(8)), false)
            } else if c.name("mdmd").is_some() {
                (
                    day(y(15, 11), g(11), g(12)),
                    day(y(15, 13), g(13), g(14)),
                    false,
                )
            } else if c.name("dmdm").is_some() {
                (
                    day(y(21, 18), g(18), g(17)),
                    day(y(21, 20), g(20), g(19)),
                    false,
                )
            } else if c.name("ddm").is_some() {
                (
                    day(y(26, 25), g(25), g(23)),
                    day(y(26, 25), g(25), g(24)),
                    false,
                )
            } else if c.name("until").is_some() {
                (day(y(30, 29), g(29), g(28)), None, true)
            } else if c.name("dm").is_some() {
                (day(y(34, 33), g(33), g(32)), None, false)
            } else if c.name("md").is_some() {
                (day(y(38, 36), g(36), g(37)), None, false)
            } else if c.name("endof").is_some() {
                (Some(format!("{:04}-12", y(40, 0))), None, false)
            } else {
                let m = month_number(g(42));
                (Some(format!("{:04}-{m:02}", y(43, 42))), None, false)
            };
            if let Some(start) = start {
                out.push(Atom {
                    at: whole.start(),
                    end_at: whole.end(),
                    start,
                    end,
                    until,
                    goal,
                });
            }
        }
        out
    }

    /// The first date `text` gives, whatever it is the date of.
    pub fn first_date(&self, text: &str, year: Year) -> Option<String> {
        sentences(text)
            .into_iter()
            .find_map(|s| self.atoms(s, year).into_iter().next())
            .map(|a| a.start)
    }

    /// Every event `text` gives; `title` is the article's, for a date whose sentence names no
    /// kind (the webinar's "Time and Date" line).
    pub fn mentions(&self, text: &str, title: &str, year: Year) -> Vec<Mention> {
        let mut out = Vec::new();
        for sentence in sentences(text) {
            let atoms = self.atoms(sentence, year);
            let lower = sentence.to_lowercase();
            // Every kind word of the sentence, where it stands (lower-casing keeps ASCII offsets).
            let keywords: Vec<(EventKind, usize)> = KINDS
                .iter()
                .flat_map(|(kind, words)| {
                    words.iter().flat_map(|w| {
                        lower
                            .match_indices(w)
                            .map(|(at, _)| (*kind, at + w.len() / 2))
                    })
                })
                .collect();
            let until_start = atoms
                .iter()
                .position(|a| a.until)
                .and_then(|_| atoms.first().filter(|a| !a.until).map(|a| a.start.clone()));
            for (n, atom) in atoms.iter().enumerate() {
                // The words that speak of this date: those nearer to it than to any other date
                // of the sentence; failing those, the sentence's; failing those, the title's.
                let own: Vec<EventKind> = keywords
                    .iter()
                    .filter(|(_, at)| nearest(&atoms, *at) == Some(n))
                    .map(|(kind, _)| *kind)
                    .collect();
                let kind = strongest(&own)
                    .or_else(|| strongest(&keywords.iter().map(|(k, _)| *k).collect::<Vec<_>>()))
                    .or_else(|| kind_in(&title.to_lowercase()));
                let Some(kind) = kind else { continue };
                let (start, end) = match (&until_start, atom.until) {
                    // "soliciting comments until 25 July": from the sentence's first date.
                    (Some(first), true) => (first.clone(), Some(atom.start.clone())),
                    (Some(_), false) if n == 0 => continue,
                    _ => (atom.start.clone(), atom.end.clone()),
                };
                let clock = self.time.captures(sentence);
                let hour = |h: usize, m: usize| {
                    let c = clock.as_ref()?;
                    let mut hour: u32 = c.get(h)?.as_str().parse().ok()?;
                    if c.get(5).is_some_and(|p| p.as_str() == "pm") && hour < 12 {
                        hour += 12;
                    }
                    Some(format!("{hour:02}:{}", c.get(m)?.as_str()))
                };
                let zone = clock
                    .as_ref()
                    .and_then(|c| c.get(6))
                    .and_then(|city| ZONES.iter().find(|(name, _)| *name == city.as_str()))
                    .map(|(_, zone)| zone.to_string());
                let timed = zone.is_some() && start.len() == 10;
                out.push(Mention {
                    kind,
                    start,
                    end,
                    time: hour(1, 2).filter(|_| timed),
                    end_time: hour(3, 4).filter(|_| timed),
                    timezone: zone.filter(|_| timed),
                    sentence: sentence.to_string(),
                    at: atom.at,
                    goal: atom.goal,
                });
            }
        }
        out
    }
}

/// The date of `atoms` nearest to position `at`.
fn nearest(atoms: &[Atom], at: usize) -> Option<usize> {
    atoms
        .iter()
        .enumerate()
        .min_by_key(|(_, a)| {
            if at < a.at {
                a.at - at
            } else {
                at.saturating_sub(a.end_at)
            }
        })
        .map(|(n, _)| n)
}

/// The strongest of some kinds, in the order of `KINDS`.
fn strongest(kinds: &[EventKind]) -> Option<EventKind> {
    KINDS.iter().map(|(k, _)| *k).find(|k| kinds.contains(k))
}

fn kind_in(window: &str) -> Option<EventKind> {
    KINDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| window.contains(w)))
        .map(|(kind, _)| *kind)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::build::issue_id::Months;

    /// Every event the finder reads in `text`, of a 2021 issue: kind, start and end.
    pub(crate) fn found(text: &str) -> Vec<(EventKind, String, Option<String>)> {
        let finder = Finder::new().unwrap();
        finder
            .mentions(text, "", Year::Always(2021))
            .into_iter()
            .map(|m| (m.kind, m.start, m.end))
            .collect()
    }

    /// One event, as `found` lists it.
    pub(crate) fn one(
        kind: EventKind,
        start: &str,
        end: Option<&str>,
    ) -> Vec<(EventKind, String, Option<String>)> {
        vec![(kind, start.into(), end.map(Into::into))]
    }

    #[test]
    fn every_date_form_the_newsletter_uses() {
        use EventKind::*;
        assert_eq!(
            found("On 10 June 2021, the law was passed."),
            one(Milestone, "2021-06-10", None)
        );
        assert_eq!(
            found("On July 14, 2021, a policy briefing was held."),
            one(Meeting, "2021-07-14", None)
        );
        assert_eq!(
            found("From 22 June to 2 July 2021, MIIT called for public comments on the Notice."),
            one(Consultation, "2021-06-22", Some("2021-07-02"))
        );
        assert_eq!(
            found("From July 6 to 8, 2021, the committee held its symposium."),
            one(Meeting, "2021-07-06", Some("2021-07-08"))
        );
        assert_eq!(
            found("On 27 and 28 July, the forum was held."),
            one(Meeting, "2021-07-27", Some("2021-07-28"))
        );
        assert_eq!(
            found("On 10 July 2021, CAC announced the revision, soliciting public comments until 25 July 2021."),
            one(Consultation, "2021-07-10", Some("2021-07-25"))
        );
        assert_eq!(
            found("By the end of 2023, the rate should exceed 40 percent."),
            one(Deadline, "2023-12", None)
        );
        assert_eq!(
            found("In July 2021, MIIT released the guidelines."),
            one(Publication, "2021-07", None)
        );
        assert_eq!(
            found("The rules take effect from 1st September 2021."),
            one(Effective, "2021-09-01", None)
        );
        assert_eq!(
            found(
                "The law was recently released and is going to be implemented from September 2021."
            ),
            one(Effective, "2021-09", None),
            "its entry into force, not its release"
        );
        assert_eq!(
            found("Between May and June 2021, MIIT and CAC issued a series of documents."),
            one(Publication, "2021-05", Some("2021-06"))
        );
    }

    #[test]
    fn kinds_are_read_from_the_words_nearest_each_date() {
        use EventKind::*;
        let both = found("On 30 June 2021, MIIT published the Measures, which will be effective as of 1 October 2021.");
        assert_eq!(
            both,
            vec![
                (Publication, "2021-06-30".into(), None),
                (Effective, "2021-10-01".into(), None)
            ]
        );
        assert_eq!(
            found("The deadline for submitting comments is August 5, 2021."),
            one(Deadline, "2021-08-05", None)
        );
        assert_eq!(
            found("In June 2021, the centre was established."),
            one(Milestone, "2021-06", None)
        );
        assert_eq!(
            found("The project was officially launched on 1 March 2018."),
            one(Milestone, "2018-03-01", None)
        );
        assert_eq!(
            found("A call for membership was launched from June 29 to July 15, 2021."),
            one(Call, "2021-06-29", Some("2021-07-15"))
        );
        assert_eq!(
            found("On 16 July 2021, she gave a lecture."),
            one(Training, "2021-07-16", None)
        );
        assert_eq!(
            found("On 5 July 2021, the platform passed the system testing and was released."),
            one(Publication, "2021-07-05", None),
            "a test passed is no law passed"
        );
        assert_eq!(
            found("Nothing happened on 3 May 2021."),
            vec![],
            "no kind, no event"
        );
    }

    #[test]
    fn a_plans_goal_is_marked_and_the_issue_months_set_what_is_history() {
        let finder = Finder::new().unwrap();
        let goals = |text: &str| -> Vec<bool> {
            let mentions = finder.mentions(text, "", Year::Always(2021));
            mentions.iter().map(|m| m.goal).collect()
        };
        let plan = goals(
            "On 5 July 2021, MIIT published the plan. By the end of 2023, the rate should exceed 40 percent.",
        );
        assert_eq!(plan, [false, true]);
        let june = Year::Of(Months::new(2021, time::Month::June));
        assert!(june.before_issue("2021-05-31"));
        assert!(june.before_issue("2020-12"));
        assert!(!june.before_issue("2021-06"));
        assert!(!june.before_issue("2021-06-01"));
        assert!(!june.before_issue("2022-01-01"));
        assert!(
            !Year::Always(2021).before_issue("1999-01-01"),
            "no months, no edge"
        );
        let december = Year::Of(Months::new(2021, time::Month::December));
        assert!(december.before_issue("2021-11-30"));
        assert!(!december.before_issue("2021-12"));
        assert!(
            !december.before_issue("2022-01-15"),
            "the issue's second month"
        );
        let at_the_end = goals("The standard is expected to be released at the end of 2022.");
        assert_eq!(at_the_end, [false], "a date something happens, not a goal");
    }

    #[test]
    fn a_time_carries_its_stated_zone() {
        let finder = Finder::new().unwrap();
        let m = finder.mentions(
            "Time and Date: 10:00- 11:00 am Brussels time, Thursday, 16 September 2021",
            "SESEC IV Webinar 29",
            Year::Always(2021),
        );
        assert_eq!(m.len(), 1);
        assert_eq!(
            m[0].kind,
            EventKind::Webinar,
            "from the title, the sentence names no kind"
        );
        assert_eq!(
            (m[0].time.as_deref(), m[0].end_time.as_deref()),
            (Some("10:00"), Some("11:00"))
        );
        assert_eq!(m[0].timezone.as_deref(), Some("Europe/Brussels"));
        let pm = finder.mentions(
            "The webinar runs 2:00 - 3:30 pm Beijing time on 5 May 2022.",
            "",
            Year::Always(2022),
        );
        assert_eq!(
            (pm[0].time.as_deref(), pm[0].timezone.as_deref()),
            (Some("14:00"), Some("Asia/Shanghai"))
        );
    }
}
