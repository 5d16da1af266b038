//! Which record of the data is which record of the reading: by printed title, and where the
//! reading tells editions apart, by revision and year.

use super::{ReadRecord, ReadRelation};
use crate::build::extract::score::matching;
use crate::build::extract::{normal_form, Extractor, REVISED};
use crate::model::Document;

/// Per record of the reading, the index of its partner among `docs`.
pub(super) fn pairs(
    extractor: &Extractor,
    reading: &[ReadRecord],
    docs: &[Document],
) -> Vec<Option<usize>> {
    let read_forms: Vec<Vec<String>> = reading.iter().map(ReadRecord::forms).collect();
    let edges: Vec<Vec<usize>> = docs
        .iter()
        .map(|doc| {
            let forms = extractor.doc_forms(&doc.title);
            let title = normal_form(&doc.title);
            let mut edges: Vec<usize> = reading
                .iter()
                .zip(&read_forms)
                .enumerate()
                .filter(|(_, (read, read_forms))| {
                    forms.iter().any(|f| read_forms.contains(f))
                        && read.edition.as_deref().is_none_or(|e| fits_edition(e, doc))
                })
                .map(|(j, _)| j)
                .collect();
            // A record printed under the reading's own title is tried first.
            edges.sort_by_key(|&j| !read_forms.get(j).is_some_and(|f| f.contains(&title)));
            edges
        })
        .collect();
    matching(&edges, reading.len())
}

/// Whether `doc` may be the edition the reading calls `edition`.
fn fits_edition(edition: &str, doc: &Document) -> bool {
    let revision = edition.to_lowercase().contains("revis");
    if revision != doc.title.ends_with(REVISED) {
        return false;
    }
    let wanted = years_in(edition);
    let mut has = years_in(&doc.title);
    if has.is_empty() {
        has = doc.steps.iter().flat_map(|s| years_in(&s.date)).collect();
    }
    wanted.is_empty() || has.is_empty() || wanted.iter().any(|y| has.contains(y))
}

/// The four-digit years `text` prints.
fn years_in(text: &str) -> Vec<u16> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse().ok())
        .filter(|y| (1900..=2100).contains(y))
        .collect()
}

/// The reading's record a relation points at: its title, in the edition the relation names.
pub(super) fn target(reading: &[ReadRecord], relation: &ReadRelation) -> Option<usize> {
    let wanted = normal_form(&relation.document);
    let named = |r: &ReadRecord| r.forms().contains(&wanted);
    reading
        .iter()
        .position(|r| named(r) && r.edition == relation.edition)
        .or_else(|| {
            relation
                .edition
                .is_none()
                .then(|| reading.iter().position(named))
                .flatten()
        })
}
