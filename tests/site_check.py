"""Reads what the build writes beside the app with independent parsers: every Atom feed with
feedparser (no errors allowed), every article page and the index with Python's html.parser, the
sitemap with xml.etree, robots.txt as text.

    site_check.py DIST SITE_URL DATASET.json

Run by `make test-site` on the shipped build and on a build of the hostile corpus.
"""

import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode

import feedparser

import archive
from checks import Checks

dist, site, dataset_path = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
data = archive.load(dataset_path)
articles = {a["id"]: a for a in data["articles"]}
CONTROL = {chr(c) for c in range(32)} - {"\t", "\n", "\r"}

check = Checks(f"site ({dist})")


def printable(text):
    """What the build prints of a text: without the controls XML cannot carry."""
    return "".join(c for c in text if c not in CONTROL)


def deep_link(article_id):
    return site + "?" + urlencode({"article": article_id})


class Page(HTMLParser):
    """The parts of a page the checks read."""

    def __init__(self):
        super().__init__()
        self.meta, self.links, self.anchors, self.tags = {}, [], [], []
        self.title, self.h1, self.in_title, self.in_h1 = "", "", False, False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if tag == "meta":
            self.meta[attrs.get("property") or attrs.get("name")] = attrs.get("content")
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "a":
            self.anchors.append(attrs.get("href"))
        self.in_title |= tag == "title"
        self.in_h1 |= tag == "h1"

    def handle_endtag(self, tag):
        self.in_title &= tag != "title"
        self.in_h1 &= tag != "h1"

    def handle_data(self, text):
        if self.in_title:
            self.title += text
        if self.in_h1:
            self.h1 += text


def parse_page(path):
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


# Feeds: the main one and one per tag.
feeds = [dist / "feed.xml", *sorted((dist / "feeds" / "tags").glob("*.xml")),
         *sorted((dist / "feeds" / "issues").glob("*.xml"))]
check(len(feeds) >= 2, f"{len(feeds)} feeds")
for path in feeds:
    feed = feedparser.parse(path.read_bytes())
    name = path.relative_to(dist)
    check(not feed.bozo, f"{name} parses without errors: {feed.get('bozo_exception')}")
    check(feed.version == "atom10", f"{name} is Atom 1.0, not {feed.version}")
    for field in ("id", "title", "updated"):
        check(bool(feed.feed.get(field)), f"{name} has a feed {field}")
    check(any(l.get("rel") == "self" for l in feed.feed.get("links", [])), f"{name} links to itself")
    dates = []
    for entry in feed.entries:
        article_id = entry.link.removeprefix(site + "?article=")
        article = articles.get(article_id)
        check(article is not None, f"{name}: {entry.link} is the deep link of an article")
        if article is None:
            continue
        check(entry.link == deep_link(article_id), f"{name}: {entry.link} is {deep_link(article_id)}")
        check(entry.id.startswith(site + "articles/"), f"{name}: {article_id} has a stable id")
        check(entry.title == printable(article["title"]).strip(), f"{name}: {article_id} title is the text itself")
        check(entry.summary == printable(article["summary"]).strip(), f"{name}: {article_id} summary is the text itself")
        check([t.term for t in entry.get("tags", [])] == [printable(t) for t in article["tags"]],
              f"{name}: {article_id} categories are its tags")
        check(bool(entry.get("updated")), f"{name}: {article_id} has updated")
        dates.append(entry.get("updated"))
    check(dates == sorted(dates, reverse=True), f"{name}: newest first")
# An archive: one feed per issue, with exactly that issue's articles.
for issue in data.get("issues", []):
    path = dist / "feeds" / "issues" / f"{issue['id']}.xml"
    check(path.exists(), f"the {issue['title']} issue has a feed")
    if path.exists():
        ids = {e.link.removeprefix(site + "?article=") for e in feedparser.parse(path.read_bytes()).entries}
        expected = {a["id"] for a in data["articles"] if a.get("issue") == issue["id"]}
        check(ids == expected, f"feeds/issues/{issue['id']}.xml holds the issue's {len(expected)} articles")
main = feedparser.parse((dist / "feed.xml").read_bytes())
check(len(main.entries) == min(50, len(articles)), f"feed.xml has the newest {min(50, len(articles))} articles")

# Pages: one per article, with preview tags, the text, and the way into the app.
for article_id, article in articles.items():
    pages = [p for p in (dist / "articles").glob("*.html") if p.stem == article_id or p.stem.startswith(article_id + "-")]
    if not pages:
        pages = list((dist / "articles").glob("*.html")) if len(articles) == 1 else []
    check(len(pages) == 1, f"one page for {article_id}")
    if len(pages) != 1:
        continue
    page = parse_page(pages[0])
    url = site + str(pages[0].relative_to(dist))
    title = printable(article["title"])
    check(page.h1 == title, f"{article_id}: the page's heading is the title as text ({page.h1!r})")
    check(page.title == f"{title} – Standards Radar", f"{article_id}: <title>")
    check(page.meta.get("og:title") == title, f"{article_id}: og:title")
    check(page.meta.get("og:url") == url, f"{article_id}: og:url is the page")
    check(bool(page.meta.get("description")) and page.meta.get("og:description") == page.meta.get("description"),
          f"{article_id}: description and og:description")
    check(page.meta.get("twitter:card") == "summary", f"{article_id}: twitter:card")
    check({"rel": "canonical", "href": url} in page.links, f"{article_id}: canonical URL")
    check(deep_link(article_id) in page.anchors, f"{article_id}: links to the article in the app")
    check("script" not in page.tags and "iframe" not in page.tags and "img" not in page.tags,
          f"{article_id}: nothing of the data became markup ({sorted(set(page.tags))})")

# The index: its own preview tags, the feed for autodiscovery, the articles without JavaScript.
index = parse_page(dist / "index.html")
for issue in data.get("issues", [])[:1]:
    newest = [l for l in index.links if l.get("rel") == "preload" and "data/issues/" in l.get("href", "")]
    check(len(newest) == 1 and newest[0]["href"].startswith(f"data/issues/{issue['id']}.json?v="),
          "index: the newest issue file is preloaded with the manifest")
check(index.meta.get("og:url") == site and bool(index.meta.get("og:description")), "index: Open Graph tags")
check({"rel": "alternate", "type": "application/atom+xml", "title": "Standards Radar: newest articles",
       "href": site + "feed.xml"} in index.links, "index: feed autodiscovery")
page_links = [a for a in index.anchors if a and a.startswith("articles/")]
check(len(page_links) == len(articles), f"index: the <noscript> list links every article ({len(page_links)})")

# The sitemap and robots.txt.
urls = [u.text for u in ET.parse(dist / "sitemap.xml").getroot().iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
check(urls[:1] == [site] and len(urls) == 1 + len(articles), f"sitemap.xml: the app and {len(articles)} pages")
robots = (dist / "robots.txt").read_text(encoding="utf-8")
check(f"Sitemap: {site}sitemap.xml" in robots, "robots.txt names the sitemap")

check.finish()
