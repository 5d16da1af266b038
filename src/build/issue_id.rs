//! An issue's id, `YYYY-MM-MM`: the two consecutive months the issue covers (`2021-06-07` is
//! June–July 2021, `2021-12-01` December 2021–January 2022). The title, the month it came out
//! (which orders the archive: `Manifest::newest_first`) and the checks of an id are all read
//! from `Months`, so the importer, the manifest and the validator agree across a year end.

use time::Month;

use crate::build::validate::is_slug;
use crate::logic::dates::Fuzzy;

/// The two consecutive months an issue covers; the second is in the next year when the first
/// is December.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Months {
    year: i32,
    first: Month,
}

impl Months {
    pub fn new(year: i32, first: Month) -> Months {
        Months { year, first }
    }

    /// What an issue id names. `Ok(None)`: no months, as for a slug that does not start with a
    /// year (a test archive's `synthetic-3`): its title and month come from elsewhere. An id
    /// that starts with a year must be `YYYY-MM-MM`, two consecutive months, and an id must be
    /// a slug, since it names the issue's file: anything else is refused, saying why.
    pub fn of_id(id: &str) -> Result<Option<Months>, String> {
        if !is_slug(id) {
            return Err(format!(
                "issue id {id:?} is not a lower-case slug (a-z, 0-9 and -): it names the issue's file"
            ));
        }
        let parts: Vec<&str> = id.split('-').collect();
        let number = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        let digits = |s: &str, n: usize| s.len() == n && number(s);
        if !parts.first().is_some_and(|p| number(p)) {
            return Ok(None);
        }
        let [year, first, second] = parts.as_slice() else {
            return Err(shape(id));
        };
        if !(digits(year, 4) && digits(first, 2) && digits(second, 2)) {
            return Err(shape(id));
        }
        let month = |s: &str| {
            s.parse::<u8>()
                .ok()
                .and_then(|m| Month::try_from(m).ok())
                .ok_or_else(|| format!("issue id {id:?}: {s} is not a month"))
        };
        let (first, second) = (month(first)?, month(second)?);
        let year = year.parse().map_err(|_| shape(id))?;
        let months = Months::new(year, first);
        if second != first.next() {
            return Err(format!(
                "issue id {id:?}: {first} is followed by {}, not {second}: the id of {} is {}",
                first.next(),
                months.title(),
                months.id()
            ));
        }
        Ok(Some(months))
    }

    /// `2021-12-01`.
    pub fn id(self) -> String {
        let (_, second) = self.second();
        format!(
            "{:04}-{:02}-{:02}",
            self.year,
            u8::from(self.first),
            u8::from(second)
        )
    }

    pub fn first(self) -> (i32, Month) {
        (self.year, self.first)
    }

    pub fn second(self) -> (i32, Month) {
        next(self.first())
    }

    /// "June–July 2021"; across a year end each month with its year, "December 2021–January
    /// 2022".
    pub fn title(self) -> String {
        let ((y1, m1), (y2, m2)) = (self.first(), self.second());
        if y1 == y2 {
            format!("{m1}–{m2} {y2}")
        } else {
            format!("{m1} {y1}–{m2} {y2}")
        }
    }

    /// `YYYY-MM`, the month after the two it covers: when the newsletter comes out.
    pub fn published(self) -> String {
        let (year, month) = next(self.second());
        format!("{year:04}-{:02}", u8::from(month))
    }

    /// The month an issue came out, `YYYY-MM`, checked against its months: not before the
    /// second of them ends, or it would sort among older issues.
    pub fn check_published(self, published: &str) -> Result<(), String> {
        check_month(published)?;
        let (year, month) = self.second();
        let last = format!("{year:04}-{:02}", u8::from(month));
        // `YYYY-MM` strings order as the months do.
        if published < last.as_str() {
            return Err(format!(
                "published {published} is before the end of {}, the months issue {} covers: it came out in {last} or later (usually {})",
                self.title(),
                self.id(),
                self.published()
            ));
        }
        Ok(())
    }

    /// The year of a date an issue prints without one, in `month`: the year of the issue's
    /// months; across a year end, the nearer of the two (July to December the first's,
    /// January to June the second's).
    pub fn year_of(self, month: Month) -> i32 {
        let (second_year, _) = self.second();
        if second_year != self.year && u8::from(month) <= 6 {
            second_year
        } else {
            self.year
        }
    }
}

/// An issue's id and the month it came out, checked together as `Months` has them.
pub fn check_issue(id: &str, published: &str) -> Result<(), String> {
    match Months::of_id(id)? {
        Some(months) => months.check_published(published),
        None => check_month(published),
    }
}

/// A month, `YYYY-MM`.
pub fn check_month(published: &str) -> Result<(), String> {
    match Fuzzy::parse(published) {
        Some(Fuzzy::Month { .. }) => Ok(()),
        _ => Err(format!("{published:?} is not a month (YYYY-MM)")),
    }
}

fn next((year, month): (i32, Month)) -> (i32, Month) {
    match month {
        Month::December => (year + 1, Month::January),
        other => (year, other.next()),
    }
}

fn shape(id: &str) -> String {
    format!(
        "issue id {id:?} starts with a year, so it must name the two months the issue covers, YYYY-MM-MM (2021-06-07 is June–July 2021)"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::archive::{issues_since, IssueEntry, Manifest, ARCHIVE_SCHEMA};

    fn months(id: &str) -> Months {
        Months::of_id(id).unwrap().unwrap()
    }

    #[test]
    fn every_two_month_id_of_a_year_has_its_title_and_month_published() {
        let year = [
            ("2021-01-02", "January–February 2021", "2021-03"),
            ("2021-02-03", "February–March 2021", "2021-04"),
            ("2021-03-04", "March–April 2021", "2021-05"),
            ("2021-04-05", "April–May 2021", "2021-06"),
            ("2021-05-06", "May–June 2021", "2021-07"),
            ("2021-06-07", "June–July 2021", "2021-08"),
            ("2021-07-08", "July–August 2021", "2021-09"),
            ("2021-08-09", "August–September 2021", "2021-10"),
            ("2021-09-10", "September–October 2021", "2021-11"),
            ("2021-10-11", "October–November 2021", "2021-12"),
            ("2021-11-12", "November–December 2021", "2022-01"),
            ("2021-12-01", "December 2021–January 2022", "2022-02"),
        ];
        for (id, title, published) in year {
            let m = months(id);
            assert_eq!(m.id(), id);
            assert_eq!(m.title(), title, "{id}");
            assert_eq!(m.published(), published, "{id}");
            assert_eq!(m.check_published(published), Ok(()), "{id}");
        }
        let year_end = months("2021-12-01");
        assert_eq!(year_end.first(), (2021, Month::December));
        assert_eq!(year_end.second(), (2022, Month::January));
    }

    #[test]
    fn an_id_that_is_not_two_consecutive_months_is_refused_saying_why() {
        let refused = [
            ("2021-06-08", "June is followed by July, not August: the id of June–July 2021 is 2021-06-07"),
            ("2021-12-02", "December is followed by January, not February: the id of December 2021–January 2022 is 2021-12-01"),
            ("2021-07-06", "July is followed by August, not June"),
            ("2021-13-01", "13 is not a month"),
            ("2021-12-13", "13 is not a month"),
            ("2021-00-01", "00 is not a month"),
            ("2021-6-7", "YYYY-MM-MM"),
            ("2021-06", "YYYY-MM-MM"),
            ("2021-06-07-08", "YYYY-MM-MM"),
            ("2021", "YYYY-MM-MM"),
            ("21-06-07", "YYYY-MM-MM"),
            ("", "not a lower-case slug"),
            ("2021-06-07 ", "not a lower-case slug"),
            ("June-July-2021", "not a lower-case slug"),
            ("../2021-06-07", "not a lower-case slug"),
        ];
        for (id, why) in refused {
            let error = Months::of_id(id).unwrap_err();
            assert!(error.contains(why), "{id:?}: {why:?} not in {error:?}");
            assert!(error.contains(&format!("{id:?}")), "{error} names the id");
        }
    }

    #[test]
    fn an_id_without_a_year_names_no_months() {
        for id in ["synthetic-3", "test-issue", "synthetic-2021-06"] {
            assert_eq!(Months::of_id(id), Ok(None), "{id}");
        }
    }

    #[test]
    fn an_issue_comes_out_once_its_months_end() {
        let year_end = months("2021-12-01");
        assert_eq!(year_end.check_published("2022-01"), Ok(()));
        assert_eq!(year_end.check_published("2022-05"), Ok(()));
        // The month the importer once derived: it would sort as the oldest issue.
        let early = year_end.check_published("2021-02").unwrap_err();
        assert!(
            early.contains("before the end of December 2021–January 2022"),
            "{early}"
        );
        assert!(early.contains("2022-02"), "{early}");
        let bad = months("2021-06-07").check_published("2021-13").unwrap_err();
        assert!(bad.contains("not a month"), "{bad}");
    }

    #[test]
    fn a_date_without_a_year_is_in_the_nearer_year_of_the_issue() {
        let year_end = months("2021-12-01");
        assert_eq!(year_end.year_of(Month::December), 2021);
        assert_eq!(year_end.year_of(Month::September), 2021);
        assert_eq!(year_end.year_of(Month::January), 2022);
        assert_eq!(year_end.year_of(Month::March), 2022);
        let summer = months("2021-06-07");
        for month in [Month::January, Month::July, Month::December] {
            assert_eq!(summer.year_of(month), 2021);
        }
    }

    #[test]
    fn a_december_january_issue_sorts_between_october_and_february() {
        // Titles and months as the importer derives them from the ids; listed out of order.
        let ids = [
            "2022-02-03",
            "2021-06-07",
            "2021-12-01",
            "2021-02-03",
            "2021-10-11",
            "2021-04-05",
            "2021-08-09",
        ];
        let issues = ids
            .iter()
            .map(|id| {
                let months = months(id);
                IssueEntry {
                    id: id.to_string(),
                    title: months.title(),
                    published: months.published(),
                    file: format!("issues/{id}.json"),
                    articles: 1,
                    sha256: "ab".repeat(32),
                }
            })
            .collect();
        let m = Manifest {
            schema_version: ARCHIVE_SCHEMA,
            title: "Archive".into(),
            publisher: "P".into(),
            issues,
        };
        let order: Vec<&str> = m
            .newest_first()
            .into_iter()
            .map(|i| m.issues[i].id.as_str())
            .collect();
        assert_eq!(
            order,
            [
                "2022-02-03",
                "2021-12-01",
                "2021-10-11",
                "2021-08-09",
                "2021-06-07",
                "2021-04-05",
                "2021-02-03"
            ]
        );
        // A reader who last saw October–November sees December–January as new.
        assert_eq!(
            issues_since(&m, Some("2021-10-11")),
            vec!["2022-02-03", "2021-12-01"]
        );
        assert_eq!(issues_since(&m, Some("2021-12-01")), vec!["2022-02-03"]);
    }
}
