//! The document records of one issue, read from its articles at import: each document the
//! extraction finds becomes a record with its number, type, issuer, dated steps and relations,
//! and the article names it by id.
//!
//! Steps, issuers and relations come from what each sentence says of the documents it names
//! (`sentence`: who issued which, what it reports on, what that implements or replaces), and
//! the dates in it through the same date finder as the events ("On 10 June 2021, the DSL was
//! passed by ..."). A title that names its owner names its issuer ("CEN and CENELEC Strategy
//! 2030"). What the text does not say stays empty: nothing is guessed.

mod sentence;

use crate::build::extract::{Extractor, REVISED};
use crate::build::import::events::{Finder, Mention, Year, PASSED};
use crate::build::import::sentences::sentences;
use crate::logic::documents::{kind_from_title, DocNumber};
use crate::logic::text::slug;
use crate::model::{Article, DocKind, DocRelation, DocStep, Document, EventKind, Relation, Stage};
use sentence::{Reader, Said, Target};

/// The id of the document the extraction names `name`: stable while the name is (links,
/// feeds and calendars depend on it), readable, and one per edition.
pub fn id_of(name: &str) -> String {
    slug(name)
}

/// The records of the documents `articles` name, in order of first mention; each article's
/// `docs` become their ids. Fails only when the sentence patterns do not compile.
pub fn records(
    extractor: &Extractor,
    finder: &Finder,
    year: Year,
    articles: &mut [Article],
) -> Result<Vec<Document>, regex::Error> {
    let mut out: Vec<Document> = Vec::new();
    let reader = Reader::new()?;
    for article in articles.iter_mut() {
        let names = std::mem::take(&mut article.docs);
        for name in &names {
            let id = id_of(name);
            if !out.iter().any(|d| d.id == id) {
                out.push(record(extractor, name));
            }
        }
        article.docs = names.iter().map(|n| id_of(n)).collect();
        let read = Reading {
            extractor,
            finder,
            year,
            reader: &reader,
            article: &article.id,
            named: &article.docs,
        };
        read.article(article, &mut out);
        relate_editions(&mut out, &article.docs);
    }
    for doc in &mut out {
        drafts_by_month(doc);
        doc.steps.sort_by(|a, b| a.date.cmp(&b.date));
    }
    Ok(out)
}

/// One article's statements, read into the records.
struct Reading<'a> {
    extractor: &'a Extractor,
    finder: &'a Finder,
    year: Year,
    reader: &'a Reader,
    article: &'a str,
    /// The ids of the documents the article names: the only ones it speaks of.
    named: &'a [String],
}

impl Reading<'_> {
    /// Every statement of the summary, paragraphs and list items, in order; a sentence that
    /// names no document speaks of what the sentence before it spoke of ("… was passed by the
    /// NPCSC. It will be effective as of 1 September 2021").
    fn article(&self, article: &Article, out: &mut [Document]) {
        let mut blocks = vec![vec![article.summary.as_str()]];
        blocks.extend(article.body.iter().map(|b| b.texts()));
        let mut above: Vec<String> = Vec::new();
        for texts in blocks {
            let mut named: Vec<String> = Vec::new();
            for text in texts {
                let mut carried: Vec<String> = Vec::new();
                for sentence in sentences(text) {
                    let spots = self.extractor.spots(sentence);
                    named.extend(spots.docs.iter().filter_map(|d| self.resolve(&d.name)));
                    let said = self.reader.read(&spots);
                    if !spots.docs.is_empty() {
                        carried = self.ids(&said.subject);
                    }
                    self.sentence(&spots.text, &said, &carried, &above, out);
                }
            }
            if !named.is_empty() {
                above = named;
            }
        }
    }

    /// The id of the record `name` is, among those the article names; a revision it does not
    /// name is the edition it revises.
    fn resolve(&self, name: &str) -> Option<String> {
        let has = |id: &str| self.named.iter().any(|n| n == id);
        let id = id_of(name);
        if has(&id) {
            return Some(id);
        }
        let base = id_of(name.strip_suffix(REVISED)?);
        has(&base).then_some(base)
    }

    fn ids(&self, names: &[String]) -> Vec<String> {
        names.iter().filter_map(|n| self.resolve(n)).collect()
    }

    /// What one sentence says: issuers, short names, relations and dated steps.
    fn sentence(
        &self,
        text: &str,
        said: &Said,
        subject: &[String],
        above: &[String],
        out: &mut [Document],
    ) {
        let issued = said
            .acts
            .iter()
            .filter_map(|a| Some((&a.objects, a.issuer.as_ref()?)))
            .flat_map(|(objects, issuer)| objects.iter().map(move |o| (o, issuer)))
            .chain(said.attributed.iter().map(|(d, o)| (d, o)));
        for (name, issuer) in issued {
            if let Some(doc) = find(out, self.resolve(name)) {
                if doc.issuer.is_empty() {
                    doc.issuer.clone_from(issuer);
                }
            }
        }
        for (name, short) in &said.shorts {
            if let Some(doc) = find(out, self.resolve(name)) {
                if doc.short.is_empty() {
                    doc.short.clone_from(short);
                }
            }
        }
        for (relation, target) in &said.relations {
            let targets = match target {
                Target::Named(name) => self.resolve(name).into_iter().collect(),
                Target::Above => above.to_vec(),
            };
            for (from, to) in subject
                .iter()
                .flat_map(|s| targets.iter().map(move |t| (s, t)))
            {
                relate(out, from, *relation, to);
            }
        }
        for mention in self.finder.mentions(text, "", self.year) {
            let Some(stage) = stage_of(&mention) else {
                continue;
            };
            let dated = said.dated(mention.at);
            let docs = if dated.is_empty() {
                subject.to_vec()
            } else {
                self.ids(&dated)
            };
            for id in docs {
                let Some(doc) = find(out, Some(id)) else {
                    continue;
                };
                if mention.kind == EventKind::Deadline {
                    // "The deadline for submitting comments is …": the close of the call the
                    // article reported.
                    for step in doc.steps.iter_mut().filter(|s| {
                        s.stage == Stage::Draft && s.until.is_empty() && s.article == self.article
                    }) {
                        step.until.clone_from(&mention.start);
                    }
                    continue;
                }
                let until = match (stage, &mention.end) {
                    (Stage::Draft, Some(end)) => end.clone(),
                    _ => String::new(),
                };
                let step = DocStep {
                    stage,
                    date: mention.start.clone(),
                    until,
                    article: self.article.to_string(),
                };
                // Once per article: the summary repeats the opening paragraph.
                let known = doc.steps.iter().any(|s| {
                    s.stage == step.stage
                        && s.date == step.date
                        && s.article == step.article
                        && (s.until == step.until || step.until.is_empty())
                });
                if !known {
                    doc.steps.push(step);
                }
            }
        }
    }
}

fn find(out: &mut [Document], id: Option<String>) -> Option<&mut Document> {
    let id = id?;
    out.iter_mut().find(|d| d.id == id)
}

fn relate(out: &mut [Document], from: &str, relation: Relation, to: &str) {
    if from == to {
        return;
    }
    let relation = DocRelation {
        relation,
        document: to.to_string(),
    };
    if let Some(doc) = find(out, Some(from.to_string())) {
        if !doc.relations.contains(&relation) {
            doc.relations.push(relation);
        }
    }
}

/// A document put out for comments in a month and said to be issued in that month (by month
/// alone) was issued as that draft: "the revised Measures … in July 2021" of a revision whose
/// call for comments opened on 10 July 2021.
fn drafts_by_month(doc: &mut Document) {
    let drafted: Vec<String> = doc
        .steps
        .iter()
        .filter(|s| s.stage == Stage::Draft)
        .filter_map(|s| s.date.get(..7).map(str::to_string))
        .collect();
    for step in &mut doc.steps {
        if step.stage == Stage::Published && step.date.len() == 7 && drafted.contains(&step.date) {
            step.stage = Stage::Draft;
        }
    }
}

/// A record as the name alone tells it: its number and type, its short name, a revision's
/// relation to what it revises.
fn record(extractor: &Extractor, name: &str) -> Document {
    let number = DocNumber::parse(name).ok();
    let base = name.strip_suffix(REVISED);
    let mut relations = Vec::new();
    if let Some(base) = base {
        relations.push(DocRelation {
            relation: Relation::Revises,
            document: id_of(base),
        });
    }
    let entry = extractor.document_entry(base.unwrap_or(name));
    // Only a named document's title can name its owner ("ISO" in "ISO 9001" is the number's).
    let issuer = if number.is_none() && !is_eu_act(name) {
        extractor
            .orgs_in_name(base.unwrap_or(name))
            .into_iter()
            .next()
    } else {
        None
    };
    Document {
        id: id_of(name),
        title: name.to_string(),
        short: entry
            .and_then(|e| e.aliases.iter().find(|a| is_short_name(a)).cloned())
            .unwrap_or_default(),
        number: match &number {
            Some(n) => n.to_string(),
            // An EU act's title is its number.
            None if is_eu_act(name) => name.to_string(),
            None => String::new(),
        },
        kind: number.map_or_else(|| kind_from_title(name), |n| n.kind()),
        issuer: issuer.unwrap_or_default(),
        steps: Vec::new(),
        relations: relations
            .into_iter()
            .chain(entry.into_iter().flat_map(|e| {
                e.replaces.iter().map(|other| DocRelation {
                    relation: Relation::Replaces,
                    document: id_of(other),
                })
            }))
            .collect(),
    }
}

fn is_short_name(alias: &str) -> bool {
    (2..=6).contains(&alias.len()) && alias.chars().all(|c| c.is_ascii_uppercase())
}

fn is_eu_act(name: &str) -> bool {
    matches!(
        kind_from_title(name),
        DocKind::EuRegulation | DocKind::EuDirective | DocKind::EuDecision
    ) && name.contains('/')
}

/// Two editions of one title named in one article: the edition with a year revises the one
/// without ("Guidelines ... (2021 Edition)" and "Guidelines ...").
fn relate_editions(docs: &mut [Document], ids: &[String]) {
    for newer in ids {
        for older in ids {
            let edition = newer
                .strip_prefix(older.as_str())
                .is_some_and(|rest| rest.ends_with("-edition"));
            if edition {
                relate(docs, newer, Relation::Revises, older);
            }
        }
    }
}

/// What a dated statement says happened to a document.
fn stage_of(mention: &Mention) -> Option<Stage> {
    let lower = mention.sentence.to_lowercase();
    let says = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    let issuing = matches!(mention.kind, EventKind::Publication | EventKind::Meeting);
    Some(match mention.kind {
        EventKind::Consultation => Stage::Draft,
        EventKind::Deadline if says(&["comment"]) => Stage::Draft,
        EventKind::Effective => Stage::InForce,
        // A law "passed" is a milestone of its own in the calendar, and its adoption here.
        EventKind::Milestone if says(&PASSED) => Stage::Adopted,
        _ if issuing && says(&["draft", "for comment", "public comment"]) => Stage::Draft,
        _ if issuing && says(&["implemented from", "implemented as of"]) => Stage::InForce,
        // "the 14th meeting of the Commission … adopted the Guiding Opinions".
        _ if issuing && says(&["passed", "adopted", "approved"]) => Stage::Adopted,
        EventKind::Publication => Stage::Published,
        _ => return None,
    })
}

#[cfg(test)]
mod tests;
