use super::*;
use crate::model::{DocStep, Document};
use time::macros::date;

fn normal(text: &str) -> String {
    DocNumber::parse(text).map_or_else(|e| format!("error: {e}"), |n| n.to_string())
}

#[test]
fn every_spelling_of_a_number_has_one_normal_form() {
    for spelling in [
        "GB/T 12345—2021",
        "GBT12345-2021",
        "GB/T12345-2021",
        "gb/t 12345-2021",
        "GB／T 12345–2021",
    ] {
        assert_eq!(normal(spelling), "GB/T 12345-2021", "{spelling}");
    }
    assert_eq!(normal("gb/t 12345"), "GB/T 12345");
    assert_eq!(normal("GB21670"), "GB 21670");
    assert_eq!(normal("ISO/IEC 27001:2013"), "ISO/IEC 27001:2013");
    assert_eq!(normal("iso 9001"), "ISO 9001");
    assert_eq!(normal("IEC 62443-3-3:2013"), "IEC 62443-3-3:2013");
    assert_eq!(normal("T/CSAE 53-2017"), "T/CSAE 53-2017");
    assert_eq!(normal("DB11/T 1234-2020"), "DB11/T 1234-2020");
    assert_eq!(normal("ITU-T Y.4000"), "ITU-T Y.4000");
}

#[test]
fn parts_amendments_and_the_year_are_kept_apart() {
    let n = DocNumber::parse("GB/T 12345.2-2021").unwrap();
    assert_eq!(
        (
            n.prefix.as_str(),
            n.number.as_str(),
            n.parts.as_str(),
            n.year
        ),
        ("GB/T", "12345", ".2", Some(2021))
    );
    let n = DocNumber::parse("YD/T 1234-3-2020").unwrap();
    assert_eq!((n.parts.as_str(), n.year), ("-3", Some(2020)));
    let n = DocNumber::parse("GB 1234-2010/XG1-2020").unwrap();
    assert_eq!((n.year, n.amendment.as_deref()), (Some(2010), Some("1")));
    // Every edition and spelling shares the key; parts keep theirs.
    assert_eq!(
        DocNumber::parse("GB/T 12345—2021").unwrap().key(),
        "gbt12345"
    );
    assert_eq!(DocNumber::parse("gb/t 12345").unwrap().key(), "gbt12345");
    assert_eq!(
        DocNumber::parse("GB/T 12345.2").unwrap().key(),
        "gbt12345.2"
    );
}

#[test]
fn bad_numbers_are_named_not_guessed() {
    assert!(matches!(
        DocNumber::parse("GB/T"),
        Err(NumberError::NoNumber(_))
    ));
    assert!(matches!(
        DocNumber::parse("XYZ 123"),
        Err(NumberError::UnknownPrefix(_))
    ));
    assert!(matches!(
        DocNumber::parse("GBX 123"),
        Err(NumberError::UnknownPrefix(_))
    ));
    assert!(matches!(
        DocNumber::parse("GB/T 12345-3021"),
        Err(NumberError::NotAYear(_, year)) if year == "3021"
    ));
    assert!(matches!(
        DocNumber::parse("GB 21670 abc"),
        Err(NumberError::Unreadable(_))
    ));
    assert!(DocNumber::parse("Data").is_err());
    assert!(DocNumber::parse("").is_err());
}

#[test]
fn the_type_comes_from_the_prefix() {
    let kind = |n: &str| DocNumber::parse(n).unwrap().kind();
    assert_eq!(kind("GB 21670"), DocKind::Mandatory);
    assert_eq!(kind("GB/T 22239-2019"), DocKind::Recommended);
    assert_eq!(kind("GB/Z 1"), DocKind::Guidance);
    assert_eq!(kind("YD/T 1234"), DocKind::Industry);
    assert_eq!(
        DocNumber::parse("QC/T 1").unwrap().sector(),
        Some("automotive")
    );
    assert_eq!(kind("T/CSAE 53-2017"), DocKind::Group);
    assert_eq!(kind("DB11/T 1234"), DocKind::Local);
    assert_eq!(kind("ISO/IEC 27001"), DocKind::International);
    assert_eq!(kind("ITU-T Y.4000"), DocKind::International);
    assert_eq!(kind("EN 301 549"), DocKind::European);
}

#[test]
fn otherwise_the_type_comes_from_the_title_head() {
    for (title, kind) in [
        ("Data Security Law", DocKind::Law),
        ("Measures for Cybersecurity Review", DocKind::Measures),
        (
            "Notice on Enhancing the Network Security of IoV",
            DocKind::Notice,
        ),
        (
            "Guidelines for the Construction of the ... Standard System",
            DocKind::Guideline,
        ),
        (
            "Three-year Action Plan for the Development of New Data Centers",
            DocKind::Plan,
        ),
        (
            "Guiding Opinions on Accelerating Blockchain",
            DocKind::Opinions,
        ),
        (
            "Interim Regulations on the Management of Carbon Emissions Trading",
            DocKind::Regulation,
        ),
        ("Regulation (EU) 2019/1020", DocKind::EuRegulation),
        (
            "Key Points of Automotive Standardization Work in 2021",
            DocKind::Plan,
        ),
        ("Something Else", DocKind::Other),
    ] {
        assert_eq!(kind_from_title(title), kind, "{title}");
    }
}

#[test]
fn a_query_finds_a_number_in_any_spelling() {
    let terms = |q: &str| number_terms(&crate::logic::text::terms(q));
    assert_eq!(terms("GB21670"), ["gb21670"]);
    assert_eq!(terms("gb 21670"), ["gb21670"]);
    assert_eq!(terms("GB/T 12345—2021 braking"), ["gbt12345", "braking"]);
    assert_eq!(terms("data security"), ["data", "security"]);
}

fn step(stage: Stage, date: &str, until: &str) -> DocStep {
    DocStep {
        stage,
        date: date.into(),
        until: until.into(),
        article: "a".into(),
    }
}

fn doc(id: &str, steps: Vec<DocStep>) -> Document {
    Document {
        id: id.into(),
        title: id.into(),
        short: String::new(),
        number: String::new(),
        kind: DocKind::Law,
        issuer: String::new(),
        steps,
        relations: vec![],
    }
}

#[test]
fn standing_in_words_on_a_day() {
    let draft = doc("d", vec![step(Stage::Draft, "2021-07-10", "2021-07-25")]);
    assert_eq!(
        standing(&draft, date!(2021 - 07 - 20)),
        "Draft: comments close 25 July 2021"
    );
    assert_eq!(
        standing(&draft, date!(2021 - 07 - 26)),
        "Draft: comments closed 25 July 2021"
    );
    let law = doc(
        "l",
        vec![
            step(Stage::Adopted, "2021-06-10", ""),
            step(Stage::InForce, "2021-09-01", ""),
        ],
    );
    assert_eq!(
        standing(&law, date!(2021 - 07 - 01)),
        "Comes into force on 1 September 2021"
    );
    assert_eq!(
        standing(&law, date!(2021 - 09 - 01)),
        "In force since 1 September 2021"
    );
    assert_eq!(
        standing(&doc("n", vec![]), date!(2021 - 09 - 01)),
        "No dated step reported"
    );
}

#[test]
fn one_record_per_id_across_issues() {
    let newer = doc("dsl", vec![step(Stage::InForce, "2021-09-01", "")]);
    let mut older = doc("dsl", vec![step(Stage::Adopted, "2021-06-10", "")]);
    older.short = "DSL".into();
    older.steps.push(step(Stage::InForce, "2021-09-01", ""));
    let merged = merge([&newer, &older, &doc("other", vec![])]);
    assert_eq!(merged.len(), 2);
    let dsl = &merged[0];
    assert_eq!(dsl.short, "DSL");
    let stages: Vec<Stage> = dsl.steps.iter().map(|s| s.stage).collect();
    assert_eq!(stages, [Stage::Adopted, Stage::InForce]);
}
