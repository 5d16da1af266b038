//! The damage an earlier issue's text extraction did, put into a fixture (`variants`): the
//! glyphs of some ligatures lost everywhere but in addresses ("Standardizaon"), and in the
//! running text some days glued to their months ("5March"), some words glued across a case
//! change ("revisedMeasures"), and dates printed in the earlier issues' forms ("10th Jun 2021",
//! "19th August 2022").

use crate::build::import::layout::{is_title_like, is_url_line};
use crate::build::import::ligatures::is_address;
use crate::build::import::month_names::month_of;
use crate::build::import::words::Words;

/// The ligatures the fixture's font loses, longest first; "fi" and "fl" survive, as in the
/// issues where "certification" came out as "cerficaon".
const LOST: [&str; 5] = ["ffi", "ff", "ft", "ti", "tt"];
/// Every how many candidates a word pair is glued.
const GLUE_EVERY: usize = 7;

/// `text` damaged.
pub fn damage(text: &str) -> String {
    let mut words = Words::default();
    words.add_text(text);
    let mut glued = 0;
    let mut dates = 0;
    let lines: Vec<String> = text
        .split('\n')
        .map(|line| {
            let running = line.chars().count() > 50
                && !is_title_like(line)
                && !is_url_line(line)
                && !line.contains("....");
            let line = if running {
                let line = redate(line, &mut dates);
                glue(&line, &words, &mut glued)
            } else {
                line.to_string()
            };
            lose_ligatures(&line)
        })
        .collect();
    lines.join("\n")
}

/// The lost glyphs dropped, outside addresses.
pub fn lose_ligatures(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for chunk in line.split_inclusive(' ') {
        if is_address(chunk) {
            out.push_str(chunk);
            continue;
        }
        let mut rest = chunk;
        while let Some(c) = rest.chars().next() {
            match LOST.iter().find(|pair| rest.starts_with(*pair)) {
                Some(pair) => rest = rest.get(pair.len()..).unwrap_or_default(),
                None => {
                    out.push(c);
                    rest = rest.get(c.len_utf8()..).unwrap_or_default();
                }
            }
        }
    }
    out
}

fn has_lost_pair(word: &str) -> bool {
    LOST.iter().any(|pair| word.contains(pair))
}

/// Every `GLUE_EVERY`th pair "word Capitalised" of known words glued, and every other day
/// glued to its month.
fn glue(line: &str, words: &Words, count: &mut usize) -> String {
    let parts: Vec<&str> = line.split(' ').collect();
    let mut out: Vec<String> = Vec::new();
    let mut skip_space = false;
    for (n, part) in parts.iter().enumerate() {
        let next = parts.get(n + 1).copied().unwrap_or_default();
        let lower_word = part.len() >= 2 && part.chars().all(|c| c.is_ascii_lowercase());
        let capitalised = next.len() >= 2
            && next.starts_with(|c: char| c.is_ascii_uppercase())
            && next.chars().skip(1).all(|c| c.is_ascii_lowercase());
        let day = (1..=2).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit());
        let glueable = (lower_word
            && capitalised
            && words.knows(part)
            && words.knows(next)
            && !has_lost_pair(part)
            && !has_lost_pair(next))
            || (day && month_of(next.trim_end_matches(',')).is_some());
        let joined = if skip_space {
            out.last_mut().map(|last| last.push_str(part)).is_some()
        } else {
            false
        };
        if !joined {
            out.push((*part).to_string());
        }
        skip_space = false;
        if glueable {
            *count += 1;
            skip_space = count.is_multiple_of(GLUE_EVERY) || (day && count.is_multiple_of(2));
        }
    }
    out.join(" ")
}

/// "10 June 2021" as the earlier issues print it: "10th Jun 2021" and "10th June 2021" in turn.
fn redate(line: &str, count: &mut usize) -> String {
    let parts: Vec<&str> = line.split(' ').collect();
    let mut out: Vec<String> = Vec::new();
    let mut n = 0;
    while let Some(part) = parts.get(n) {
        let month = parts.get(n + 1).copied().unwrap_or_default();
        let year = parts.get(n + 2).copied().unwrap_or_default();
        let is_day = (1..=2).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit());
        let is_year = year.len() >= 4 && year.bytes().take(4).all(|b| b.is_ascii_digit());
        if is_day && is_year && month_of(month).is_some() {
            *count += 1;
            out.push(format!("{part}{}", ordinal(part)));
            out.push(if count.is_multiple_of(2) {
                month.to_string()
            } else {
                month.chars().take(3).collect()
            });
            n += 2;
            continue;
        }
        out.push((*part).to_string());
        n += 1;
    }
    out.join(" ")
}

fn ordinal(day: &str) -> &'static str {
    match day.parse::<u32>().unwrap_or_default() {
        1 | 21 | 31 => "st",
        2 | 22 => "nd",
        3 | 23 => "rd",
        _ => "th",
    }
}
