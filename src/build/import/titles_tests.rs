use super::*;
use crate::build::import::events::{Finder, Year};

fn titles_of(text: &str, article_title: &str) -> Vec<(String, Option<String>)> {
    let finder = Finder::new().unwrap();
    let titles = Titles::new().unwrap();
    let abbreviations = crate::build::import::names::abbreviations([text].into_iter());
    let urls = vec!["https://x.webex.com/j?1".to_string()];
    let cx = Context {
        article_title,
        abbreviations: &abbreviations,
        article_document: Some("Data Security Law"),
        urls: &urls,
    };
    finder
        .mentions(text, article_title, Year::Always(2021))
        .iter()
        .map(|m| (titles.title(m, &cx), titles.location(m, &urls)))
        .collect()
}

fn titles(text: &str) -> Vec<String> {
    titles_of(text, "An article")
        .into_iter()
        .map(|(t, _)| t)
        .collect()
}

#[test]
fn a_title_is_the_kind_and_what_the_sentence_names() {
    assert_eq!(
        titles("On 10 July 2021, the CAC announced the revision of the Measures for Cybersecurity Review, soliciting public comments until 25 July 2021."),
        vec!["Comments on the Measures for Cybersecurity Review close"]
    );
    assert_eq!(
        titles("On 10 June 2021, the Data Security Law (DSL) was passed. The DSL will be effective as of 1 September 2021."),
        vec!["Data Security Law passed", "Data Security Law takes effect"]
    );
    assert_eq!(
        titles("On 30 June 2021, MIIT published the updated Measures for the Administration of Railway Radio, which will take effect on 1 October 2021."),
        vec![
            "Measures for the Administration of Railway Radio published",
            "Measures for the Administration of Railway Radio take effect"
        ]
    );
    assert_eq!(
        titles("On 21 June 2021, the European Telecommunications Standards Institute (ETSI) and the China Communications Standards Association (CCSA) held their executive meeting."),
        vec!["ETSI-CCSA executive meeting"]
    );
}

#[test]
fn a_webinar_is_named_by_its_article_and_held_online() {
    assert_eq!(
        titles_of(
            "Time and Date: 10:00–11:00 am Brussels time, Thursday, 16 September 2021",
            "SESEC IV Webinar 29: China Standards 2035 – Some Updates"
        ),
        vec![(
            "SESEC IV Webinar 29".to_string(),
            Some("Online (Webex)".to_string())
        )]
    );
    assert_eq!(
        titles_of("From July 6 to 8, 2021, the committee held the 7th International Symposium on Vehicles (ICV2021) in Cangzhou, Hebei province.", ""),
        vec![(
            "7th International Symposium on Vehicles".to_string(),
            Some("Cangzhou, Hebei".to_string())
        )]
    );
}
