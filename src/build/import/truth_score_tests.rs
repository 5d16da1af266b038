use super::*;
use crate::logic::fixtures::article;
use crate::model::Block;

const TRUTH: &str = r#"{"articles": [{
    "title": "China’s Plan – 2021", "section": "IoT", "date": "2021-07-01",
    "tags": ["Data security"], "summary": "",
    "paragraphs": ["One, as printed.", "Details are available at:", "Lost."],
    "headings": ["1. Background:"], "lists": [], "links": [],
    "events": [{"kind": "webinar", "start": "2021-09-16", "end": null,
                "time": "10:00-11:00", "zone": "Brussels time", "what": "W"}]
}, {
    "title": "Not drafted", "section": "IoT", "date": "", "tags": [], "summary": "",
    "paragraphs": [], "headings": [], "lists": [], "links": [], "events": []
}]}"#;

fn share(fields: &[Field], name: &str) -> (usize, usize, usize) {
    let f = fields.iter().find(|f| f.name == name).unwrap();
    (f.share.hits, f.share.of, f.by_convention)
}

#[test]
fn fields_pair_titles_count_conventions_and_name_misses() {
    let truth = Truth::from_json(TRUTH.as_bytes()).unwrap();
    let mut a = article("a", &["Data Security"], "");
    a.title = "China's plan - 2021".into();
    a.section = "IoT".into();
    a.body = vec![
        Block::Paragraph {
            text: "One,  as printed.".into(),
        },
        Block::Heading {
            text: "Background".into(),
        },
        Block::Paragraph {
            text: "Details are available at the link below.".into(),
        },
    ];
    a.events = vec![crate::model::Event {
        id: "w".into(),
        title: "W".into(),
        kind: EventKind::Webinar,
        start: "2021-09-16".into(),
        end: None,
        time: Some("10:00".into()),
        end_time: Some("11:00".into()),
        timezone: Some("Europe/Brussels".into()),
        location: None,
    }];
    let as_printed = |s: &str| s.to_string();
    let how = Scoring {
        section: &as_printed,
        hashtags: true,
    };
    let fields = score(&[a], &truth, &how);
    assert_eq!(share(&fields, FIELDS[0]), (1, 2, 0));
    assert_eq!(share(&fields, FIELDS[1]), (1, 1, 0));
    // Case differs: "title exact" is exact but for quotes, dashes and whitespace.
    assert_eq!(share(&fields, FIELDS[2]), (0, 1, 0));
    assert_eq!(share(&fields, FIELDS[5]), (1, 1, 1));
    // No summary in the truth: left out, and so no field at all.
    assert!(fields.iter().all(|f| f.name != FIELDS[6]));
    assert_eq!(share(&fields, FIELDS[7]), (2, 3, 1));
    assert_eq!(share(&fields, FIELDS[8]), (1, 1, 1));
    assert_eq!(share(&fields, FIELDS[11]), (1, 1, 0));
    assert_eq!(share(&fields, FIELDS[14]), (1, 1, 0));
    assert_eq!(share(&fields, FIELDS[15]), (1, 1, 0));
    let paragraphs = fields.iter().find(|f| f.name == FIELDS[7]).unwrap();
    assert_eq!(
        paragraphs.misses.first().map(|m| m.expected.as_str()),
        Some("Lost.")
    );
    // Without hashtags in the text, no tags field.
    let how = Scoring {
        section: &as_printed,
        hashtags: false,
    };
    let truth = Truth::from_json(TRUTH.as_bytes()).unwrap();
    let mut b = article("b", &[], "");
    b.title = "China’s Plan – 2021".into();
    let fields = score(&[b], &truth, &how);
    assert!(fields.iter().all(|f| f.name != FIELDS[5]));
    assert_eq!(share(&fields, FIELDS[2]), (1, 1, 0));
}
