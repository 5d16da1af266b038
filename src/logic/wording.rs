//! What the first screen says, worded once: the app's components and the page the build
//! prerenders (`examples/site/prerender.rs`) both print these, so a fresh load reads the same
//! before and after the WebAssembly takes over (`tests/browser/prerender.spec.ts` holds them
//! equal).

use crate::model::Dataset;

/// Cards drawn at once; more on request, so a large archive stays quick. 30 keeps a whole
/// bimonthly issue (about 26 articles) on one page while halving the DOM work of a filter
/// change at 10,000 articles against 50.
pub const CARDS_PER_PAGE: usize = 30;

/// Values a large archive's cloud shows until the reader asks for all: as many as can be
/// scanned at a glance (and a tenth of the DOM of a 300-tag cloud on every filter change).
pub const CLOUD_SIZE: usize = 40;

/// What the device keeps, said beside the filters.
pub const STORAGE_NOTE: &str = "To mark what is new, this device keeps the newest issue you have \
seen (and what you follow, if you do); nothing is sent anywhere.";

/// An archive says how many issues it holds; a single file names its issue.
pub fn edition(data: &Dataset) -> String {
    match data.issues.len() {
        0 => data.publication.issue.clone(),
        1 => "1 issue".to_string(),
        n => format!("{n} issues"),
    }
}

/// "All 26 articles", "12 of 26 articles".
pub fn result_count(shown: usize, total: usize) -> String {
    let noun = if total == 1 { "article" } else { "articles" };
    if shown == total {
        format!("All {total} {noun}")
    } else {
        format!("{shown} of {total} {noun}")
    }
}

/// A facet value's accessible name in a cloud: "MIIT, 13 articles".
pub fn value_with_count(label: &str, count: usize) -> String {
    let noun = if count == 1 { "article" } else { "articles" };
    format!("{label}, {count} {noun}")
}

/// The cloud's toggle between its most used values and all of them.
pub fn cloud_toggle(showing_all: bool, total: usize, plural: &str) -> String {
    if showing_all {
        format!("Show the {CLOUD_SIZE} most used {plural}")
    } else {
        format!("Show all {total} {plural}")
    }
}

/// After "Tags and filters": how many filters are on, nothing when none is.
pub fn active_filters(count: usize) -> String {
    match count {
        0 => String::new(),
        1 => " · 1 active".to_string(),
        n => format!(" · {n} active"),
    }
}

/// What the archive's own calendar is of, in `calendar_holds`.
pub const ARCHIVE_CALENDAR_NAME: &str = "the whole archive";

/// What a calendar subscription holds: `name` is "the whole archive", a tag, a document...
pub fn calendar_holds(name: &str) -> String {
    format!("Events of {name}, with reminders before deadlines; your calendar app checks for changes daily.")
}

/// "Show 12 more" under the cards.
pub fn more_cards(remaining: usize) -> String {
    format!("Show {} more", remaining.min(CARDS_PER_PAGE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_worded_in_the_singular_and_the_plural() {
        assert_eq!(result_count(26, 26), "All 26 articles");
        assert_eq!(result_count(1, 1), "All 1 article");
        assert_eq!(result_count(3, 26), "3 of 26 articles");
        assert_eq!(value_with_count("MIIT", 1), "MIIT, 1 article");
        assert_eq!(value_with_count("MIIT", 13), "MIIT, 13 articles");
        assert_eq!(active_filters(0), "");
        assert_eq!(active_filters(2), " · 2 active");
        assert_eq!(more_cards(75), "Show 30 more");
        assert_eq!(more_cards(4), "Show 4 more");
        assert_eq!(
            cloud_toggle(false, 101, "organisations"),
            "Show all 101 organisations"
        );
        assert_eq!(
            cloud_toggle(true, 101, "tags"),
            "Show the 40 most used tags"
        );
    }
}
