//! The year of a date an issue prints without one, and the edge of the issue's months: what
//! the finder (`events`) and the drafts (`drafts`) date by.

use crate::build::import::month_names::month_of;
use crate::build::issue_id::Months;

/// The year of a date the text prints without one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Year {
    /// Always this one: an issue whose id names no months, read in the year it prints most.
    Always(i32),
    /// The year of the issue's months the date's month falls nearest (`Months::year_of`): a
    /// December–January issue's January is in the second year.
    Of(Months),
}

impl Year {
    /// Whether a date (`YYYY-MM-DD` or `YYYY-MM`) is over before the issue's months begin: the
    /// background an article recalls (earlier comment rounds, the law it revises), not its
    /// news. An issue whose id names no months has no such edge.
    pub fn before_issue(self, date: &str) -> bool {
        match self {
            Year::Always(_) => false,
            Year::Of(months) => {
                let (year, month) = months.first();
                let first = format!("{year:04}-{:02}", u8::from(month));
                date.get(..7).is_some_and(|m| m < first.as_str())
            }
        }
    }

    /// For a month by its name; a name that is no month takes the issue's first year.
    pub(crate) fn of(self, month: &str) -> i32 {
        match (self, month_of(month)) {
            (Year::Always(year), _) => year,
            (Year::Of(months), Some(month)) => months.year_of(month),
            (Year::Of(months), None) => months.first().0,
        }
    }
}
