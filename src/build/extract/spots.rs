//! Where a text names its documents and organisations, by offset: what `Extractor::find`
//! lists, and what the document records read sentence by sentence (`build::documents`).

use super::text::{blank, distinct, ends_with_word, longest, normalise};
use super::{Extractor, REVISED};

/// Where a text names its documents and organisations (`Extractor::spots`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Spots {
    /// The text in the spelling the offsets are into (`normalise`: plain quotes).
    pub text: String,
    /// The text with every name found blanked out (same offsets).
    pub rest: String,
    /// Canonical document names (`Found::docs`), in text order.
    pub docs: Vec<Spot>,
    /// Organisation ids, in text order.
    pub orgs: Vec<Spot>,
}

/// One name where it is printed: `text[start..end]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spot {
    pub start: usize,
    pub end: usize,
    pub name: String,
}

impl Spot {
    fn new(start: usize, end: usize, name: String) -> Spot {
        Spot { start, end, name }
    }
}

impl Extractor {
    /// Where `text` names each document and organisation, in its normal spelling
    /// (`Spots::text`), in text order.
    pub fn spots(&self, text: &str) -> Spots {
        let text = normalise(text);
        let mut docs: Vec<Spot> = Vec::new();
        // Document numbers first, then blanked out: "ISO" in "ISO 9001" is the standard's name,
        // not a mention of the organisation.
        let mut rest = text.clone();
        for m in self.standard.captures_iter(&text) {
            let (Some(whole), Some(prefix), Some(number)) = (m.get(0), m.get(1), m.get(2)) else {
                continue;
            };
            let year = m.get(3).map(|y| y.as_str());
            let separator = if prefix.as_str().starts_with("ISO") || prefix.as_str() == "IEC" {
                ":"
            } else {
                "-"
            };
            let name = match year {
                Some(year) => format!("{} {}{separator}{year}", prefix.as_str(), number.as_str()),
                None => format!("{} {}", prefix.as_str(), number.as_str()),
            };
            docs.push(Spot::new(whole.start(), whole.end(), name));
            blank(&mut rest, whole.start(), whole.end());
        }
        for m in self.eu_act.captures_iter(&text) {
            let Some(whole) = m.get(0) else { continue };
            let name = match (m.get(1), m.get(2), m.get(3), m.get(4), m.get(5), m.get(6)) {
                (Some(kind), Some(ns), Some(number), ..) => {
                    format!("{} ({}) {}", kind.as_str(), ns.as_str(), number.as_str())
                }
                (_, _, _, Some(kind), Some(number), Some(ns)) => {
                    format!("{} {}/{}", kind.as_str(), number.as_str(), ns.as_str())
                }
                _ => continue,
            };
            docs.push(Spot::new(whole.start(), whole.end(), name));
            blank(&mut rest, whole.start(), whole.end());
        }
        // Named documents before organisations: a title names its issuer without the article
        // naming it ("Opinions of … the State Administration for Market Regulation on …").
        for (start, end, name) in longest(&self.docs, &rest) {
            let revised = rest
                .get(..start)
                .is_some_and(|before| ends_with_word(before, "revised"));
            let name = if revised {
                format!("{name}{REVISED}")
            } else {
                name.to_string()
            };
            docs.push(Spot::new(start, end, name));
            blank(&mut rest, start, end);
        }
        docs.sort_by_key(|d| d.start);
        let orgs = self.org_spots_in(&mut rest);
        Spots {
            text,
            rest,
            docs,
            orgs,
        }
    }

    /// The organisations a document's name itself names ("CEN and CENELEC Strategy 2030"):
    /// ids, in text order.
    pub fn orgs_in_name(&self, name: &str) -> Vec<String> {
        let mut rest = normalise(name);
        let spots = self.org_spots_in(&mut rest);
        distinct(spots.into_iter().map(|s| (s.start, s.name)).collect())
    }

    /// The organisations of `rest`, blanked out of it as they are found.
    fn org_spots_in(&self, rest: &mut String) -> Vec<Spot> {
        let mut orgs: Vec<Spot> = Vec::new();
        // Committees before their parents: "ISO" in "ISO/TC 20" is the committee's prefix.
        for m in self.committees.find(rest) {
            orgs.push(Spot::new(m.start, m.end, self.table_id(&m.designation)));
            blank(rest, m.start, m.end);
        }
        let named: Vec<(usize, usize, String)> = longest(&self.orgs, rest)
            .into_iter()
            .map(|(start, end, id)| (start, end, id.to_string()))
            .collect();
        for (start, end, id) in named {
            orgs.push(Spot::new(start, end, id));
            blank(rest, start, end);
        }
        orgs.sort_by_key(|o| o.start);
        orgs
    }
}
