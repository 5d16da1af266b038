//! What leaves the app as a file: the selection as CSV (RFC 4180) or as JSON in the dataset's
//! own shape, and the names those files go by. (Where the build's feeds and pages are, and
//! links into the app: `logic::paths`.)

use crate::logic::dates::Fuzzy;
use crate::logic::paths::deep_link;
use crate::logic::registry::FacetKind;
use crate::logic::text::slug;
use crate::logic::view::ViewState;
use crate::model::{Article, Dataset};

/// The columns of the CSV export, in order.
pub const CSV_COLUMNS: [&str; 8] = [
    "id", "title", "date", "issue", "section", "tags", "summary", "link",
];

/// The selected articles as CSV: a header row, then one row per article; tags joined by "; ";
/// `link` is the article's deep link under `app_url`.
pub fn csv(articles: &[&Article], app_url: &str) -> String {
    let mut out = String::new();
    push_row(&mut out, CSV_COLUMNS.iter().copied());
    for article in articles {
        let tags = article.tags.join("; ");
        let link = deep_link(app_url, &article.id);
        push_row(
            &mut out,
            [
                article.id.as_str(),
                article.title.as_str(),
                article.date.as_str(),
                article.issue.as_str(),
                article.section.as_str(),
                tags.as_str(),
                article.summary.as_str(),
                link.as_str(),
            ],
        );
    }
    out
}

/// The selected articles as a dataset file of their own, readable by this app.
pub fn json(data: &Dataset, articles: &[&Article]) -> String {
    // A single file (schema 1) of the archive's articles, each still naming its issue.
    let subset = Dataset {
        schema_version: crate::model::SCHEMA_VERSION,
        publication: data.publication.clone(),
        articles: articles.iter().map(|a| (*a).clone()).collect(),
        organisations: data
            .organisations
            .iter()
            .filter(|o| articles.iter().any(|a| a.orgs.contains(&o.id)))
            .cloned()
            .collect(),
        documents: data
            .documents
            .iter()
            .filter(|d| articles.iter().any(|a| a.docs.contains(&d.id)))
            .cloned()
            .collect(),
        issues: data
            .issues
            .iter()
            .filter(|i| articles.iter().any(|a| a.issue == i.id))
            .cloned()
            .collect(),
        skipped: Vec::new(),
    };
    serde_json::to_string_pretty(&subset).unwrap_or_default()
}

/// A file name that says what the view holds: `standards-radar-tag-icv-org-miit.csv`.
pub fn file_name(state: &ViewState, extension: &str) -> String {
    let mut parts = vec!["standards-radar".to_string()];
    let mut add = |what: &str, values: &[String]| {
        for value in values {
            let slug = slug(value);
            if !slug.is_empty() {
                parts.push(format!("{what}-{slug}"));
            }
        }
    };
    for facet in FacetKind::ALL {
        add(facet.descriptor().key, state.selected.values(facet));
    }
    if !state.q.trim().is_empty() {
        add("search", std::slice::from_ref(&state.q));
    }
    if let Some(from) = state.from {
        parts.push(format!("from-{}", crate::logic::dates::iso_day(from)));
    }
    if let Some(to) = state.to {
        parts.push(format!("to-{}", crate::logic::dates::iso_day(to)));
    }
    let mut name = parts.join("-");
    // Long selections still give a name every file system takes.
    if name.chars().count() > 120 {
        name = name.chars().take(120).collect::<String>();
        name = name.trim_end_matches('-').to_string();
    }
    format!("{name}.{extension}")
}

/// `text` without the characters XML 1.0 cannot carry even escaped (controls other than tab,
/// line feed and carriage return; U+FFFE, U+FFFF): what feeds and pages print.
pub fn printable(text: &str) -> String {
    text.chars()
        .filter(|&c| {
            let control = c.is_control() && !matches!(c, '\t' | '\n' | '\r');
            !control && c != '\u{FFFE}' && c != '\u{FFFF}'
        })
        .collect()
}

/// The date an article's feed entry and sitemap give: its day, or the first of its month.
pub fn entry_date(article: &Article) -> Option<String> {
    Fuzzy::parse(&article.date).map(|d| crate::logic::dates::iso_day(d.first_day()))
}

/// One CSV record: fields quoted when they must be, quotes doubled, CRLF at the end. A field a
/// spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage
/// return) gets a leading apostrophe, so it opens as text.
fn push_row<'a>(out: &mut String, fields: impl IntoIterator<Item = &'a str>) {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let neutral = match field.chars().next() {
            Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{field}"),
            _ => field.to_string(),
        };
        if neutral.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&neutral.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&neutral);
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::fixtures::{article, dataset};
    use crate::logic::url::parse;

    #[test]
    fn csv_quotes_what_it_must_and_neutralises_formulas() {
        let hostile = Article {
            title: "=HYPERLINK(\"http://evil\",\"click\"), \"quoted\"\nnext line".into(),
            summary: "@SUM(A1)".into(),
            tags: vec!["5G".into(), "-1+1".into()],
            issue: "2021-06-07".into(),
            ..article("a", &[], "")
        };
        let out = csv(&[&hostile], "https://example.org/radar/");
        let lines: Vec<&str> = out.split("\r\n").collect();
        assert_eq!(lines[0], "id,title,date,issue,section,tags,summary,link");
        assert_eq!(
            out,
            "id,title,date,issue,section,tags,summary,link\r\n\
             a,\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\"), \"\"quoted\"\"\nnext line\",\
             2021-07-01,2021-06-07,Standardization,5G; -1+1,'@SUM(A1),https://example.org/radar/?article=a\r\n"
        );
    }

    #[test]
    fn json_is_a_dataset_this_app_reads() {
        let data = dataset(vec![article("a", &["5G"], "x"), article("b", &[], "y")]);
        let text = json(&data, &[&data.articles[1]]);
        let back = Dataset::from_json(text.as_bytes()).unwrap();
        assert_eq!(back.articles, vec![data.articles[1].clone()]);
    }

    #[test]
    fn file_names_say_what_the_view_holds() {
        let name = |q: &str| file_name(&parse(q).0, "csv");
        assert_eq!(name(""), "standards-radar.csv");
        assert_eq!(
            name("tag=ICV&tag=Data+Security&org=MIIT&q=carbon+market&kind=webinar"),
            "standards-radar-tag-icv-tag-data-security-org-miit-kind-webinar-search-carbon-market.csv"
        );
        assert_eq!(
            name("tag=%3Cscript%3E%2F..%2F").len(),
            "standards-radar-tag-script.csv".len()
        );
        assert!(name(&"tag=x".repeat(60).replace("xtag", "x&tag")).len() <= 124);
    }

    #[test]
    fn printable_text_drops_what_xml_cannot_carry() {
        assert_eq!(
            printable("Null \u{0} bell \u{7} tab\t ok\u{FFFE}"),
            "Null  bell  tab\t ok"
        );
    }
}
