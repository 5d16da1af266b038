//! The settings of a view that are one choice each: how selected tags combine (`MatchMode`),
//! the order of the cards (`Sort`), which events the agenda lists (`Horizon`) and the screen
//! (`View`). Apart from `view`, which owns the state they are part of and its changes.

use time::Date;
/// How selected tags combine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MatchMode {
    /// An article must carry every selected tag.
    #[default]
    All,
    /// One selected tag is enough.
    Any,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    Newest,
    Oldest,
    Relevance,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Newest, Sort::Oldest, Sort::Relevance];

    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Newest => "newest",
            Sort::Oldest => "oldest",
            Sort::Relevance => "relevance",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Sort::Newest => "Newest first",
            Sort::Oldest => "Oldest first",
            Sort::Relevance => "Best match",
        }
    }
}

/// Which events the agenda lists, by when they end: every one, those not ended, or those that
/// close within a few days (a comment period's last day, a meeting's day): what a reader must
/// act on soon.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Horizon {
    #[default]
    Everything,
    Upcoming,
    /// Not ended, and ending within this many days of today.
    ClosingWithin(u16),
}

impl Horizon {
    /// The windows the agenda offers, and the only ones a URL can carry.
    pub const WINDOWS: [u16; 2] = [7, 30];

    /// Whether an event whose last day is `last` is listed on `today`.
    pub fn admits(self, last: Date, today: Date) -> bool {
        match self {
            Horizon::Everything => true,
            Horizon::Upcoming => last >= today,
            Horizon::ClosingWithin(days) => {
                last >= today && (last - today).whole_days() <= i64::from(days)
            }
        }
    }

    /// Its value in the URL (`upcoming=`); `None` for the default.
    pub fn as_param(self) -> Option<String> {
        match self {
            Horizon::Everything => None,
            Horizon::Upcoming => Some("1".into()),
            Horizon::ClosingWithin(days) => Some(days.to_string()),
        }
    }

    /// The horizon a URL value names.
    pub fn parse(value: &str) -> Option<Horizon> {
        match value {
            "1" | "true" | "yes" => Some(Horizon::Upcoming),
            "0" | "false" | "no" | "" => Some(Horizon::Everything),
            days => Horizon::WINDOWS
                .into_iter()
                .find(|w| w.to_string() == days)
                .map(Horizon::ClosingWithin),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Cards,
    Calendar,
    Agenda,
    /// The documents the matching articles name, as records.
    Documents,
    /// What the reader follows on this device (the list itself is the device's, not the URL's).
    Following,
}

impl View {
    pub const ALL: [View; 5] = [
        View::Cards,
        View::Calendar,
        View::Agenda,
        View::Documents,
        View::Following,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            View::Cards => "cards",
            View::Calendar => "calendar",
            View::Agenda => "agenda",
            View::Documents => "documents",
            View::Following => "following",
        }
    }

    /// The views the tabs offer, with their names: the Following screen is reached from the
    /// header instead.
    pub const TABS: [(View, &'static str); 4] = [
        (View::Cards, "Articles"),
        (View::Calendar, "Calendar"),
        (View::Agenda, "Agenda"),
        (View::Documents, "Documents"),
    ];
}
