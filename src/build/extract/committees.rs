//! Numbered committees, sub-committees and study groups as organisations of their own, by rule:
//! `ISO/TC20/SC17`, `SAC/TC 124`, `ITU-T SG13`, each written in one form (`ISO/TC 20/SC 17`).
//! A bare `TC5` or `SG20` belongs to the body named last before it in the same paragraph
//! ("Secretary General of CCSA; … Chairman of TC5"); with none, it is no one's and left alone.
//!
//! Which bodies have such committees, and how they write them, is the table's
//! (`OrgEntry::committees`): a rule for the numbers, never a row per committee.

use regex::Regex;

use super::text::bounded;
use super::{OrgEntry, TableError};
use crate::model::{OrgKind, Organisation};

/// How a body writes its committees' designations.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct CommitteeStyle {
    /// The designation's prefix: `ISO`, `ITU-T`.
    pub prefix: String,
    pub joined: Joined,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Joined {
    /// `ISO/TC 20/SC 17`.
    Slash,
    /// `ITU-T SG13`, `CCSA TC5`.
    Space,
}

/// Committee, sub-committee, working group, study group, joint technical committee.
const SEGMENT: &str = r"(?:TC|SC|WG|SG|JTC)\s?\d{1,4}";

/// A committee designation found in a text.
pub struct Mention {
    pub start: usize,
    pub end: usize,
    /// Its one written form.
    pub designation: String,
}

struct Parent {
    entry: OrgEntry,
    style: CommitteeStyle,
    /// Where the text names the body itself: what a bare designation after it belongs to.
    named: Regex,
}

pub struct Committees {
    parents: Vec<Parent>,
    /// `PREFIX/TC 20/SC 17`, `PREFIX SG13`; the prefix is group 1.
    qualified: Regex,
    whole: Regex,
    bare: Regex,
    segment: Regex,
}

impl Committees {
    pub fn new(organisations: &[OrgEntry]) -> Result<Committees, TableError> {
        let compile = |of: &str, pattern: &str| {
            Regex::new(pattern).map_err(|source| TableError::Alias {
                of: of.into(),
                alias: pattern.into(),
                source,
            })
        };
        let mut parents = Vec::new();
        for entry in organisations {
            let Some(style) = entry.committees.clone() else {
                continue;
            };
            let names: Vec<String> = entry
                .aliases
                .iter()
                .chain(std::iter::once(&style.prefix))
                .map(|a| bounded(a))
                .collect();
            let named = compile(&entry.id, &names.join("|"))?;
            parents.push(Parent {
                entry: entry.clone(),
                style,
                named,
            });
        }
        let mut prefixes: Vec<String> = parents
            .iter()
            .map(|p| regex::escape(&p.style.prefix))
            .collect();
        prefixes.sort_by_key(|p| std::cmp::Reverse(p.len()));
        let body = format!(
            r"({})((?:\s?/\s?{SEGMENT}|\s{SEGMENT})+)",
            prefixes.join("|")
        );
        Ok(Committees {
            qualified: compile("committees", &format!(r"\b{body}\b"))?,
            whole: compile("committees", &format!(r"^{body}$"))?,
            bare: compile("committees", &format!(r"\b{SEGMENT}\b"))?,
            segment: compile("committees", r"(TC|SC|WG|SG|JTC)\s?(\d{1,4})")?,
            parents,
        })
    }

    fn parent(&self, prefix: &str) -> Option<&Parent> {
        self.parents.iter().find(|p| p.style.prefix == prefix)
    }

    /// `segments` of `parent` in its one written form, and without the prefix.
    fn written(&self, parent: &Parent, segments: &str) -> (String, String) {
        let parts: Vec<String> = self
            .segment
            .captures_iter(segments)
            .filter_map(|c| {
                let (kind, number) = (c.get(1)?.as_str(), c.get(2)?.as_str());
                Some(match parent.style.joined {
                    Joined::Slash => format!("{kind} {number}"),
                    Joined::Space => format!("{kind}{number}"),
                })
            })
            .collect();
        let prefix = &parent.style.prefix;
        match parent.style.joined {
            Joined::Slash => (format!("{prefix}/{}", parts.join("/")), parts.join("/")),
            Joined::Space => (format!("{prefix} {}", parts.join(" ")), parts.join(" ")),
        }
    }

    /// Every committee designation in `text`, in order.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let mut found = Vec::new();
        let mut line_start = 0;
        for line in text.split('\n') {
            found.extend(self.find_in_line(line).into_iter().map(|m| Mention {
                start: m.start + line_start,
                end: m.end + line_start,
                ..m
            }));
            line_start += line.len() + 1;
        }
        found
    }

    fn find_in_line(&self, line: &str) -> Vec<Mention> {
        // (at, end, what): a designation, the body named, or a bare designation.
        enum Seen<'a> {
            Qualified(Mention, usize),
            Body(usize),
            Bare(&'a str),
        }
        let mut seen: Vec<(usize, usize, Seen)> = Vec::new();
        for c in self.qualified.captures_iter(line) {
            let (Some(whole), Some(prefix), Some(segments)) = (c.get(0), c.get(1), c.get(2)) else {
                continue;
            };
            let Some((n, parent)) = self
                .parents
                .iter()
                .enumerate()
                .find(|(_, p)| p.style.prefix == prefix.as_str())
            else {
                continue;
            };
            let (designation, _) = self.written(parent, segments.as_str());
            let mention = Mention {
                start: whole.start(),
                end: whole.end(),
                designation,
            };
            seen.push((whole.start(), whole.end(), Seen::Qualified(mention, n)));
        }
        let taken = |at: usize, seen: &[(usize, usize, Seen)]| {
            seen.iter()
                .any(|(s, e, w)| matches!(w, Seen::Qualified(..)) && (*s..*e).contains(&at))
        };
        for (n, parent) in self.parents.iter().enumerate() {
            for m in parent.named.find_iter(line) {
                if !taken(m.start(), &seen) {
                    seen.push((m.start(), m.end(), Seen::Body(n)));
                }
            }
        }
        for m in self.bare.find_iter(line) {
            if !taken(m.start(), &seen) {
                seen.push((m.start(), m.end(), Seen::Bare(m.as_str())));
            }
        }
        seen.sort_by_key(|(at, end, _)| (*at, std::cmp::Reverse(*end)));
        let mut last: Option<usize> = None;
        let mut out = Vec::new();
        for (at, end, what) in seen {
            match what {
                Seen::Qualified(mention, n) => {
                    last = Some(n);
                    out.push(mention);
                }
                Seen::Body(n) => last = Some(n),
                Seen::Bare(segments) => {
                    if let Some(parent) = last.and_then(|n| self.parents.get(n)) {
                        let (designation, _) = self.written(parent, segments);
                        out.push(Mention {
                            start: at,
                            end,
                            designation,
                        });
                    }
                }
            }
        }
        out
    }

    /// A designation written by `find` as an organisation: its parent's name and the
    /// committee's, and its kind (an international body's committees are international).
    pub fn organisation(&self, designation: &str) -> Option<Organisation> {
        let (parent, segments) = self.parse(designation)?;
        let words: Vec<String> = self
            .segment
            .captures_iter(segments)
            .filter_map(|c| {
                let kind = match c.get(1)?.as_str() {
                    "TC" => "Technical Committee",
                    "SC" => "Subcommittee",
                    "WG" => "Working Group",
                    "SG" => "Study Group",
                    _ => "Joint Technical Committee",
                };
                Some(format!("{kind} {}", c.get(2)?.as_str()))
            })
            .collect();
        Some(Organisation {
            id: designation.to_string(),
            name: format!("{}, {}", parent.entry.name, words.join(", ")),
            name_zh: String::new(),
            kind: match parent.entry.kind {
                OrgKind::International => OrgKind::International,
                _ => OrgKind::StandardsBody,
            },
        })
    }

    /// How a committee `find` wrote may be printed: whole, and without its parent's prefix
    /// (the bare `TC5` the text resolved).
    pub fn forms(&self, designation: &str) -> Option<Vec<String>> {
        let (parent, segments) = self.parse(designation)?;
        let (whole, local) = self.written(parent, segments);
        Some(vec![whole, local])
    }

    fn parse<'a>(&self, designation: &'a str) -> Option<(&Parent, &'a str)> {
        let c = self.whole.captures(designation)?;
        let parent = self.parent(c.get(1)?.as_str())?;
        Some((parent, c.get(2)?.as_str()))
    }
}
