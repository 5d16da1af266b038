//! Month names as the newsletter prints them: in full ("January") and, in its earlier issues,
//! cut short ("8th Jan 2020", "Sept. 2019").

use time::Month;

use crate::logic::dates::{month_named, months};

/// The shortenings the earlier issues use, beside the full names.
const SHORT: [(&str, u8); 12] = [
    ("Jan", 1),
    ("Feb", 2),
    ("Mar", 3),
    ("Apr", 4),
    ("Jun", 6),
    ("Jul", 7),
    ("Aug", 8),
    ("Sept", 9),
    ("Sep", 9),
    ("Oct", 10),
    ("Nov", 11),
    ("Dec", 12),
];

/// The month a printed name means: full, or shortened with or without its full stop.
pub fn month_of(name: &str) -> Option<Month> {
    let name = name.trim_end_matches('.');
    month_named(name).or_else(|| {
        SHORT
            .iter()
            .find(|(short, _)| *short == name)
            .and_then(|(_, n)| Month::try_from(*n).ok())
    })
}

/// A regex group matching a month's name. Full names come first, as the regex takes the first
/// alternative that matches ("June", not "Jun" and a stray "e"); a short name must end the word
/// ("5 Junior" is no date), and may carry its full stop.
pub fn month_pattern() -> String {
    let full: Vec<String> = months().map(|m| m.to_string()).collect();
    let short: Vec<&str> = SHORT.iter().map(|(s, _)| *s).collect();
    format!(r"((?:{})|(?:{})\b\.?)", full.join("|"), short.join("|"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::import::events::tests::{found, one};
    use crate::model::EventKind;

    #[test]
    fn short_names_are_months_and_other_words_are_not() {
        assert_eq!(month_of("Jan"), Some(Month::January));
        assert_eq!(month_of("Sept."), Some(Month::September));
        assert_eq!(month_of("June"), Some(Month::June));
        assert_eq!(month_of("Junior"), None);
        assert_eq!(found("On 5 Junior staff, the forum was held."), vec![]);
    }

    #[test]
    fn the_earlier_issues_date_forms() {
        use EventKind::*;
        assert_eq!(
            found("On 8th Jan 2020, SAC published the plan."),
            one(Publication, "2020-01-08", None)
        );
        assert_eq!(
            found("The forum was held on Sept 3, 2019 in Beijing."),
            one(Meeting, "2019-09-03", None)
        );
        assert_eq!(
            found("The plenary meeting was held on August 28 to 29, 2019."),
            one(Meeting, "2019-08-28", Some("2019-08-29"))
        );
        assert_eq!(
            found("In week of 15th April, the forum was held in Shanghai."),
            one(Meeting, "2021-04-15", None)
        );
        assert_eq!(
            found("The deadline of the call for comments is 30 June 2019."),
            one(Deadline, "2019-06-30", None)
        );
        assert_eq!(
            found("On 10 July 2022, CAC released the draft; the public may submit comments until 19th August 2022."),
            one(Publication, "2022-07-10", Some("2022-08-19"))
        );
    }
}
