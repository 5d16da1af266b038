//! Where things are, relative to the app: links into the app (a view's query, made by the
//! app's own `ViewState`), and the files the build writes beside it (feeds, article pages).
//! The app and the site build both name them from here, so a link the build prints is one the
//! app reads back, and a feed the app offers is one the build wrote.

use crate::logic::registry::FacetKind;
use crate::logic::text::slug;
use crate::logic::text::value_key;
use crate::logic::view::{Change, ViewState};

/// The main feed, relative to the app.
pub const FEED_PATH: &str = "feed.xml";

/// A link into the app under `app_url` showing `view`: the app's address alone for the
/// default view, else with the view's query, as the app writes it into its own address bar.
pub fn view_link(app_url: &str, view: &ViewState) -> String {
    match view.to_query() {
        query if query.is_empty() => app_url.to_string(),
        query => format!("{app_url}?{query}"),
    }
}

/// A link to `view` from inside the app, relative to its base: `?tag=ICV`, or `./` for the
/// default view ("./" keeps the path and the base and drops the query). Every in-app link, the
/// app's and the prerendered page's, is written by this.
pub fn view_href(view: &ViewState) -> String {
    let query = view.to_query();
    if query.is_empty() {
        "./".to_string()
    } else {
        format!("?{query}")
    }
}

/// The view of one facet value chosen: `?tag=ICV`, `?issue=2021-06-07`.
pub fn facet_view(facet: FacetKind, value: &str) -> ViewState {
    ViewState::default().apply(&Change::Toggle(facet, value.to_string()))
}

/// The absolute deep link to an article: the app's address with `?article=id`.
pub fn deep_link(app_url: &str, id: &str) -> String {
    view_link(
        app_url,
        &ViewState::default().apply(&Change::OpenArticle(id.to_string())),
    )
}

/// Where the build writes an article's static page, relative to the app: `articles/<id>.html`;
/// an id that is no slug (the reader tolerates any) gets one, with its hash to stay distinct.
pub fn page_path(id: &str) -> String {
    id_path("articles", id, "html")
}

/// A document's static page (`documents/<id>.html`), named by its record's id as an article's
/// page is by the article's.
pub fn document_page_path(id: &str) -> String {
    id_path("documents", id, "html")
}

/// A document's Atom feed (`feeds/documents/<id>.xml`): the same name as its page.
pub fn document_feed_path(id: &str) -> String {
    id_path("feeds/documents", id, "xml")
}

/// `<folder>/<id>.<ext>` for an id that is a slug, else its slug and its hash: ids are exact
/// (records and articles are looked up by the id itself), so two ids make two files.
fn id_path(folder: &str, id: &str, ext: &str) -> String {
    let name = slug(id);
    if name == id {
        format!("{folder}/{name}.{ext}")
    } else {
        format!("{folder}/{name}-{:016x}.{ext}", fnv(id))
    }
}

/// The Atom feed of a tag, relative to the app: `feeds/tags/<name>.xml`, named after the tag's
/// identity in the app (`text::value_key`), so every spelling the app takes for one tag
/// ("Data Security", "data-security", "DataSecurity") subscribes to the one feed the build
/// wrote. The name is the key itself (`datasecurity`) when it is plain ASCII and short; else
/// its ASCII letters and digits, then a hash of the key (names with a `-` are never a key).
/// `None` for a tag with no letters or digits at all (its articles are in the main feed).
pub fn tag_feed_path(tag: &str) -> Option<String> {
    keyed_path("feeds/tags", tag, "tag", "xml")
}

/// The Atom feed of an organisation (`feeds/organisations/<name>.xml`), by the tags' rule: the
/// app's `?org=` matches organisations by `value_key` too, so `MIIT` and `miit` are one feed,
/// and its name follows from the organisation's id alone, stable from build to build.
pub fn org_feed_path(org: &str) -> Option<String> {
    keyed_path("feeds/organisations", org, "org", "xml")
}

/// The calendar of the whole archive (every event), relative to the app.
pub const ARCHIVE_CALENDAR_PATH: &str = "calendars/all.ics";

/// The subscribed calendar (`.ics`) of one value of a facet that has one: a tag
/// (`calendars/tags/<key>.ics`), an organisation (`calendars/organisations/<key>.ics`), a
/// document (`calendars/documents/<id>.ics`) or an event kind (`calendars/kinds/<kind>.ics`),
/// each named as the value's feed is. `None` for other facets and values that make no name.
pub fn calendar_path(facet: FacetKind, value: &str) -> Option<String> {
    match facet {
        FacetKind::Tag => keyed_path("calendars/tags", value, "tag", "ics"),
        FacetKind::Org => keyed_path("calendars/organisations", value, "org", "ics"),
        FacetKind::Doc => Some(id_path("calendars/documents", value, "ics")),
        FacetKind::Kind => keyed_path("calendars/kinds", value, "kind", "ics"),
        _ => None,
    }
}

/// The Atom feed of one value of a facet that has feeds (tag, organisation, document, issue).
pub fn feed_path(facet: FacetKind, value: &str) -> Option<String> {
    match facet {
        FacetKind::Tag => tag_feed_path(value),
        FacetKind::Org => org_feed_path(value),
        FacetKind::Doc => Some(document_feed_path(value)),
        FacetKind::Issue => issue_feed_path(value),
        _ => None,
    }
}

/// `<folder>/<key>.<ext>` for a value's `value_key`, or its ASCII part and the key's hash, or
/// `<fallback>` and the hash when it has no ASCII letters or digits; `None` without a key.
fn keyed_path(folder: &str, value: &str, fallback: &str, ext: &str) -> Option<String> {
    /// Long keys are cut, so a name stays well within a file system's 255 bytes.
    const MAX_NAME: usize = 64;
    let key = value_key(value);
    if key.is_empty() {
        return None;
    }
    if key.is_ascii() && key.len() <= MAX_NAME {
        return Some(format!("{folder}/{key}.{ext}"));
    }
    let ascii: String = key
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(MAX_NAME)
        .collect();
    let ascii = if ascii.is_empty() { fallback } else { &ascii };
    Some(format!("{folder}/{ascii}-{:016x}.{ext}", fnv(&key)))
}

/// Where the build writes an archive issue's feed, relative to the app:
/// `feeds/issues/<id>.xml`; `None` for an id that makes no file name.
pub fn issue_feed_path(issue: &str) -> Option<String> {
    let name = slug(issue);
    (!name.is_empty()).then(|| format!("feeds/issues/{name}.xml"))
}

/// FNV-1a: a stable 64-bit hash that tells file names apart (not a checksum).
/// An address with the `webcal:` scheme, which opens the reader's calendar app and subscribes
/// (the app then fetches it over https or http, as the address was). The app's subscribe
/// links and the prerendered first screen's are made by this.
pub fn webcal(address: &str) -> String {
    match address.split_once("://") {
        Some((_, rest)) => format!("webcal://{rest}"),
        None => address.to_string(),
    }
}

fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::url::parse;

    #[test]
    fn a_calendar_address_is_subscribed_to_as_webcal() {
        assert_eq!(
            webcal("https://example.org/radar/calendars/all.ics"),
            "webcal://example.org/radar/calendars/all.ics"
        );
        assert_eq!(
            webcal("http://127.0.0.1:8080/calendars/all.ics"),
            "webcal://127.0.0.1:8080/calendars/all.ics"
        );
        assert_eq!(webcal("calendars/all.ics"), "calendars/all.ics");
    }

    #[test]
    fn every_id_has_a_page_of_its_own() {
        assert_eq!(
            page_path("data-security-law"),
            "articles/data-security-law.html"
        );
        let odd = page_path("Odd id/../x");
        assert!(
            odd.starts_with("articles/odd-id-x-") && odd.ends_with(".html"),
            "{odd}"
        );
        assert_ne!(page_path("a b"), page_path("a-b"));
    }

    #[test]
    fn documents_and_organisations_are_named_as_articles_and_tags_are() {
        assert_eq!(document_page_path("gb-21670"), "documents/gb-21670.html");
        assert_eq!(
            document_feed_path("gb-21670"),
            "feeds/documents/gb-21670.xml"
        );
        let odd = document_page_path("GB 21670");
        assert!(odd.starts_with("documents/gb-21670-"), "{odd}");
        assert_ne!(odd, document_page_path("gb-21670"));
        assert_eq!(
            org_feed_path("MIIT").as_deref(),
            Some("feeds/organisations/miit.xml")
        );
        assert_eq!(org_feed_path("miit"), org_feed_path("MIIT"));
        assert_eq!(
            org_feed_path("SAC/TC 260").as_deref(),
            Some("feeds/organisations/sactc260.xml")
        );
        let chinese = org_feed_path("工业和信息化部").unwrap_or_default();
        assert!(chinese.starts_with("feeds/organisations/org-"), "{chinese}");
        assert_eq!(org_feed_path("&/"), None);
    }

    #[test]
    fn a_calendar_is_named_as_its_feed_is() {
        assert_eq!(
            calendar_path(FacetKind::Tag, "Data Security").as_deref(),
            Some("calendars/tags/datasecurity.ics")
        );
        assert_eq!(
            calendar_path(FacetKind::Org, "SAC/TC 260").as_deref(),
            Some("calendars/organisations/sactc260.ics")
        );
        assert_eq!(
            calendar_path(FacetKind::Doc, "data-security-law").as_deref(),
            Some("calendars/documents/data-security-law.ics")
        );
        assert_eq!(
            calendar_path(FacetKind::Kind, "deadline").as_deref(),
            Some("calendars/kinds/deadline.ics")
        );
        for facet in [FacetKind::Tag, FacetKind::Org, FacetKind::Doc] {
            let feed = feed_path(facet, "Data Security").unwrap_or_default();
            let calendar = calendar_path(facet, "Data Security").unwrap_or_default();
            assert_eq!(
                feed.trim_start_matches("feeds/").trim_end_matches(".xml"),
                calendar
                    .trim_start_matches("calendars/")
                    .trim_end_matches(".ics"),
            );
        }
        assert_eq!(calendar_path(FacetKind::Section, "Policy"), None);
        assert_eq!(calendar_path(FacetKind::Tag, "-- / --"), None);
    }

    #[test]
    fn every_spelling_of_a_tag_has_the_one_feed() {
        let feed = tag_feed_path("Data Security");
        assert_eq!(feed.as_deref(), Some("feeds/tags/datasecurity.xml"));
        for spelling in [
            "data-security",
            "DataSecurity",
            "# DATA_SECURITY",
            " data security ",
        ] {
            assert_eq!(tag_feed_path(spelling), feed, "{spelling}");
        }
        assert_eq!(tag_feed_path("ICV").as_deref(), Some("feeds/tags/icv.xml"));
        assert_ne!(tag_feed_path("IoT"), tag_feed_path("IPv6"));
        assert_eq!(tag_feed_path("-- / --"), None);
    }

    #[test]
    fn a_tag_beyond_ascii_still_has_a_feed_of_its_own() {
        let china = tag_feed_path("中国").unwrap_or_default();
        let japan = tag_feed_path("日本").unwrap_or_default();
        assert!(
            china.starts_with("feeds/tags/tag-") && china.is_ascii(),
            "{china}"
        );
        assert_ne!(china, japan);
        // Only the key counts: the ASCII part alone would make these one feed.
        let a = tag_feed_path("5G 中国").unwrap_or_default();
        assert!(a.starts_with("feeds/tags/5g-"), "{a}");
        assert_ne!(a, tag_feed_path("5G 日本").unwrap_or_default());
        assert_eq!(a, tag_feed_path("5g-中国").unwrap_or_default());
        let long = tag_feed_path(&"word ".repeat(100)).unwrap_or_default();
        assert!(long.len() < 120, "{long}");
        assert_ne!(
            long,
            tag_feed_path(&"word ".repeat(101)).unwrap_or_default()
        );
    }

    #[test]
    fn links_into_the_app_are_views_the_app_reads_back() {
        let site = "https://example.org/radar/";
        assert_eq!(view_link(site, &ViewState::default()), site);
        let tag = view_link(site, &facet_view(FacetKind::Tag, "Data Security & more"));
        assert_eq!(tag, format!("{site}?tag=Data+Security+%26+more"));
        let issue = facet_view(FacetKind::Issue, "2021-06-07");
        assert_eq!(view_link(site, &issue), format!("{site}?issue=2021-06-07"));
        assert_eq!(parse("issue=2021-06-07").0, issue);
        assert_eq!(
            deep_link(site, "data-security-law"),
            format!("{site}?article=data-security-law")
        );
        // A value the app would refuse from its URL is not printed into one either.
        let long = facet_view(FacetKind::Tag, &"x".repeat(500));
        assert_eq!(view_link(site, &long), site);
    }
}
