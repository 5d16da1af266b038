use super::*;

fn body(text: &str) -> Body {
    blocks(&crate::build::import::layout::lines_of(text), &[], &[])
}

fn paragraph(text: &str) -> Block {
    Block::Paragraph { text: text.into() }
}

#[test]
fn paragraphs_go_on_across_column_and_page_breaks_until_a_sentence_ends() {
    let b = body("The forum attracted experts from\n\n14.\n ISO, IEC and ITU. Then more.\n\nA new paragraph (2016-\n2020) and second-\nphase plans.");
    assert_eq!(
        b.blocks,
        vec![
            paragraph("The forum attracted experts from ISO, IEC and ITU. Then more."),
            paragraph("A new paragraph (2016-2020) and second-phase plans.")
        ]
    );
}

#[test]
fn url_footnotes_become_links_once_and_whole() {
    let b = body("https://a.example/x\nText here.\nhttp://gkml.samr.gov.cn/t20210401\n_327476.html\n%20https:/www.miit.gov.cn/a.html\nSource: https://www.miit.gov.cn/a.html\nhttp://gkml.samr.gov.cn/t20210401_327476.html");
    assert_eq!(b.leading_links, vec!["https://a.example/x"]);
    assert_eq!(
        b.links,
        vec![
            "http://gkml.samr.gov.cn/t20210401_327476.html",
            "https://www.miit.gov.cn/a.html"
        ]
    );
    assert_eq!(b.blocks, vec![paragraph("Text here.")]);
}

#[test]
fn lists_headings_and_named_items() {
    let b = body("Intro.\n\nMain changes:\n\n A first bullet;\n a continued bullet line\n Another bullet.\n\n1. Data export control\n Data that fall under control are checked.\n2. Data security review\n\nChina will review.\n\nDetails\n\nTime and Date: 10:00 am, 16 September 2021\n\nLanguage: English\n\nPlease register.");
    assert_eq!(
        b.blocks,
        vec![
            paragraph("Intro."),
            Block::Heading {
                text: "Main changes".into()
            },
            Block::List {
                ordered: false,
                items: vec![
                    "A first bullet; a continued bullet line".into(),
                    "Another bullet.".into()
                ]
            },
            Block::List {
                ordered: true,
                items: vec![
                    "Data export control: Data that fall under control are checked.".into(),
                    "Data security review: China will review.".into()
                ]
            },
            Block::Heading {
                text: "Details".into()
            },
            Block::List {
                ordered: false,
                items: vec![
                    "Time and Date: 10:00 am, 16 September 2021".into(),
                    "Language: English".into()
                ]
            },
            paragraph("Please register."),
        ]
    );
}

#[test]
fn a_numbered_line_after_a_numbered_heading_is_the_next_heading() {
    let b = body("Intro.\n\n4. Association standards:\n\n Bullet one.\n\n5. Internationalization of standards\n\n In June 2021, a centre was set up.");
    assert_eq!(
        b.blocks.get(3),
        Some(&Block::Heading {
            text: "Internationalization of standards".into()
        })
    );
    // Without a numbered heading before it, such a line names a list item.
    let alone = body(
        "Intro.\n\n5. Internationalization of standards\n\n In June 2021, a centre was set up.",
    );
    assert!(!alone
        .blocks
        .iter()
        .any(|b| matches!(b, Block::Heading { .. })));
}

#[test]
fn a_bulleted_list_ends_at_a_paragraph_that_opens_a_sentence() {
    let b = body("Intro.\n\n Laure POURCIN, InDiCo Project\n Roland HECHWARTNER, Chair of oneM2M\n\nTechnical Plenary\n\nUnder their new Cooperation Agreement, ETSI and\nCCSA will extend it.");
    assert_eq!(
        b.blocks,
        vec![
            paragraph("Intro."),
            Block::List {
                ordered: false,
                items: vec![
                    "Laure POURCIN, InDiCo Project".into(),
                    "Roland HECHWARTNER, Chair of oneM2M Technical Plenary".into()
                ]
            },
            paragraph("Under their new Cooperation Agreement, ETSI and CCSA will extend it."),
        ]
    );
}

#[test]
fn a_link_keeps_the_text_printed_just_before_it() {
    let b = body("The full text is available at:\n\nhttps://a.example/x\nhttps://c.example/z\nText of the page.\n\n3.\nhttps://b.example/y\nMore text.");
    assert_eq!(
        b.contexts,
        vec![(
            "https://a.example/x".to_string(),
            "The full text is available at:".to_string()
        )],
        "the footnotes after a page number, or after another link, have none"
    );
}
