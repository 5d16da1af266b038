//! Which URLs may become links.

use http::Uri;

/// The URL, if it is absolute http(s) with a host: nothing else is ever put in an `href`.
pub fn safe_http_url(raw: &str) -> Option<Uri> {
    let uri: Uri = raw.trim().parse().ok()?;
    let web = matches!(uri.scheme_str(), Some("http" | "https"));
    (web && uri.host().is_some_and(|h| !h.is_empty())).then_some(uri)
}

/// The host a reader sees next to a link, without `www.`.
pub fn display_host(uri: &Uri) -> String {
    let host = uri.host().unwrap_or_default();
    host.strip_prefix("www.").unwrap_or(host).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_web_links() {
        for ok in [
            "https://sesec.eu/wp-content/uploads/2021/06/DSL.pdf",
            "http://www.cesi.cn/202105/7476.html",
            "  https://example.org/a?b=c#d  ",
        ] {
            assert!(safe_http_url(ok).is_some(), "{ok}");
        }
    }

    #[test]
    fn refuses_everything_else() {
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "file:///etc/passwd",
            "//evil.example/x",
            "/relative/path",
            "%20https:/www.miit.gov.cn/x",
            "https://",
            "",
            "mailto:a@b.c",
        ] {
            assert!(safe_http_url(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn shows_a_short_host() {
        let url = safe_http_url("https://www.miit.gov.cn/x").unwrap();
        assert_eq!(display_host(&url), "miit.gov.cn");
    }
}
