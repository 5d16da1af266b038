"""Reads what the build writes beside the app with independent parsers: every Atom feed with
feedparser (no errors allowed), every article page and the index with Python's html.parser, the
sitemap with xml.etree, robots.txt as text. The document pages, and what the document and
organisation feeds hold, are documents_check.py's.

    site_check.py DIST SITE_URL DATASET.json

Run by `make test-site` on the shipped build and on builds of the hostile corpus. Each article
page is found by the article its link into the app opens, never by its file name alone, and
must carry that article's title, summary, every text of its body in order, and the
organisations it names.
"""

import hashlib
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import feedparser

import archive
from checks import Checks
from site_html import parse_page, printable

dist, site, dataset_path = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
data = archive.load(dataset_path)
articles = {a["id"]: a for a in data["articles"]}
organisations = {o["id"]: o for o in data.get("organisations", [])}

check = Checks(f"site ({dist})")


def deep_link(article_id):
    return site + "?" + urlencode({"article": article_id})


def linked_article(href):
    """The article a link into the app opens, read back from its query; None for other links."""
    link = urlsplit(href or "")
    if f"{link.scheme}://{link.netloc}{link.path}" != site or link.fragment:
        return None
    query = parse_qs(link.query, keep_blank_values=True)
    return query["article"][0] if list(query) == ["article"] and len(query["article"]) == 1 else None


# Feeds: the main one and one per tag, issue, document and organisation (documents_check.py
# holds each document's and organisation's feed against the articles naming it).
feeds = [dist / "feed.xml", *(path for kind in ("tags", "issues", "documents", "organisations")
                              for path in sorted((dist / "feeds" / kind).glob("*.xml")))]
check(len(feeds) >= 2, f"{len(feeds)} feeds")
for path in feeds:
    feed = feedparser.parse(path.read_bytes())
    name = path.relative_to(dist)
    check(not feed.bozo, f"{name} parses without errors: {feed.get('bozo_exception')}")
    check(feed.version == "atom10", f"{name} is Atom 1.0, not {feed.version}")
    for field in ("id", "title", "updated"):
        check(bool(feed.feed.get(field)), f"{name} has a feed {field}")
    check(any(l.get("rel") == "self" for l in feed.feed.get("links", [])), f"{name} links to itself")
    # Its link into the app opens the view it is the feed of: the app, one tag, one issue.
    view = urlsplit(feed.feed.get("link", ""))
    shows = parse_qs(view.query, keep_blank_values=True)
    check(f"{view.scheme}://{view.netloc}{view.path}" == site and not view.fragment, f"{name}: its view is in the app")
    if name.parts[:2] == ("feeds", "tags"):
        check(list(shows) == ["tag"] and len(shows["tag"]) == 1
              and any(shows["tag"][0] in [printable(t) for t in articles[linked_article(e.link)]["tags"]]
                      for e in feed.entries if linked_article(e.link) in articles),
              f"{name}: its view is ?tag= a tag its articles carry ({view.query})")
    elif name.parts[:2] == ("feeds", "issues"):
        check(shows == {"issue": [name.stem]}, f"{name}: its view is ?issue={name.stem} ({view.query})")
    elif name.parts[:2] in (("feeds", "documents"), ("feeds", "organisations")):
        key = "doc" if name.parts[1] == "documents" else "org"
        check(list(shows) == [key] and len(shows[key]) == 1, f"{name}: its view is ?{key}= one value ({view.query})")
    else:
        check(view.query == "", f"{name}: its view is the app itself ({view.query})")
    dates = []
    for entry in feed.entries:
        article_id = linked_article(entry.link)
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
        ids = {linked_article(e.link) for e in feedparser.parse(path.read_bytes()).entries}
        expected = {a["id"] for a in data["articles"] if a.get("issue") == issue["id"]}
        check(ids == expected, f"feeds/issues/{issue['id']}.xml holds the issue's {len(expected)} articles")
main = feedparser.parse((dist / "feed.xml").read_bytes())
check(len(main.entries) == min(50, len(articles)), f"feed.xml has the newest {min(50, len(articles))} articles")



def body_texts(article):
    """Each text of the article's body as the page shows it, in order: (tag, text)."""
    out = []
    for block in article.get("body", []):
        kind = block.get("type")
        if kind in ("paragraph", "heading"):
            out.append(("p" if kind == "paragraph" else "h2", block["text"]))
        elif kind == "list":
            out += [("li", item) for item in block["items"]]
        elif kind == "table":
            out += [("th", c) for c in block["columns"]] + [("td", c) for row in block["rows"] for c in row]
    return [(tag, printable(text)) for tag, text in out]


def named(org_id):
    """An organisation as the page lists it: its short name, and its full name when it has one."""
    name = printable(organisations.get(org_id, {}).get("name", ""))
    org_id = printable(org_id)
    return f"{org_id} — {name}" if name.strip() and name != org_id else org_id


# Pages: one per article, found by the article its link into the app opens (a page must prove
# which article it is, whatever its file is called and however many articles there are).
page_of = {}
page_files = sorted((dist / "articles").glob("*.html"))
for path in page_files:
    page = parse_page(path)
    opened = {linked_article(href) for href in page.anchors} - {None}
    check(len(opened) == 1, f"{path.name} links into the app to one article ({sorted(opened)})")
    for article_id in opened:
        check(article_id not in page_of, f"{article_id} has one page, not also {path.name}")
        page_of[article_id] = (path, page)
check(len(page_files) == len(articles), f"{len(page_files)} pages for {len(articles)} articles")
for article_id, article in articles.items():
    check(article_id in page_of, f"{article_id!r} has a page")
    if article_id not in page_of:
        continue
    path, page = page_of[article_id]
    url = site + str(path.relative_to(dist))
    # `articles/<id>.html`; an id that is no slug gets a slug of it and a 16-digit hash.
    slug = re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", article_id)
    check(path.name == f"{article_id}.html" if slug else
          re.fullmatch(r"([a-z0-9]+(-[a-z0-9]+)*)?-[0-9a-f]{16}\.html", path.name) is not None,
          f"{article_id}: its page is articles/<id>.html, or a slug and a hash ({path.name})")
    title = printable(article["title"])
    check(page.h1 == title, f"{article_id}: the page's heading is the title as text ({page.h1!r})")
    check(page.texts("p", "summary") == [printable(article.get("summary", ""))], f"{article_id}: the summary")
    # The body, every text in its element and in order: a slice of the article's elements.
    shown = [(tag, text) for tag, cls, in_list, text, *_ in page.elements if cls is None and in_list is None]
    expected = body_texts(article)
    check(any(shown[i:i + len(expected)] == expected for i in range(len(shown) - len(expected) + 1)),
          f"{article_id}: the page shows every text of the body, in order ({len(expected)} texts)")
    check(page.texts("li", list_class="names") == [named(o) for o in article.get("orgs", [])],
          f"{article_id}: the organisations it names ({page.texts('li', list_class='names')})")
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

# The facts of the build (build-facts.json, written by the site build from the app's own rules):
# each issue file under a name that carries its content's hash, no plain copy beside it, and
# the service worker's precache list, every entry of it a file of the build.
facts_path = dist / "build-facts.json"
check(facts_path.is_file(), "the build wrote build-facts.json")
facts = json.loads(facts_path.read_text(encoding="utf-8")) if facts_path.is_file() else {"precache": [], "issues": []}
root = json.loads(Path(dataset_path).read_text(encoding="utf-8"))
listed = {e["id"]: e for e in root.get("issues", [])} if root.get("schema_version") == 2 else {}
check([i["id"] for i in facts["issues"]] == [i["id"] for i in data.get("issues", []) if i["id"] in listed],
      f"build-facts.json: the archive's {len(listed)} issues, newest first")
for issue in facts["issues"]:
    url, entry = issue["url"], listed.get(issue["id"], {})
    served = dist / url
    check(served.is_file(), f"{url}: the issue file {issue['id']} is in the build under this name")
    check(not (dist / "data" / entry.get("file", "-")).exists(), f"{issue['id']}: no copy under its plain name")
    if served.is_file():
        digest = hashlib.sha256(served.read_bytes()).hexdigest()
        check(digest == entry.get("sha256"), f"{url}: the bytes the manifest lists")
        named = re.findall(r"[0-9a-f]{12,}", served.name)
        check("?" not in url and len(named) == 1 and digest.startswith(named[0]),
              f"{url}: its name carries the start of its content's SHA-256")
served_issues = sorted(str(p.relative_to(dist)) for p in (dist / "data" / "issues").glob("*.json")) \
    if (dist / "data" / "issues").is_dir() else []
check(served_issues == sorted(i["url"] for i in facts["issues"]),
      f"data/issues/ holds exactly the issue files the facts list ({served_issues})")
precache = facts["precache"]
check(len(set(precache)) == len(precache) and all((dist / url).is_file() for url in precache),
      f"build-facts.json: each of the {len(precache)} precached URLs is one file of the build")
expected_top = sorted(p.name for p in dist.iterdir() if p.is_file() and p.suffix in (".html", ".js", ".wasm", ".css", ".svg", ".webmanifest")
                      and p.name not in ("sw.js", "page.css"))
check(precache == expected_top + ["data/archive.json"] + [i["url"] for i in facts["issues"]],
      "build-facts.json: the precache list is the app's files, the manifest and every issue file")

# The index: its own preview tags, the feed for autodiscovery, the articles without JavaScript.
index = parse_page(dist / "index.html")
# The head script preloads the data the app fetches first (after the first screen is drawn, or
# at once for a deep link): the manifest, and the newest issue under the URL the app fetches.
index_html = (dist / "index.html").read_text(encoding="utf-8")
head_script = next((s for s in re.findall(r"<script>(.*?)</script>", index_html, re.S) if "deep-link" in s), "")
preloaded = re.findall(r'"(data/[^"]+\.json)"', head_script)
check(preloaded == ["data/archive.json"] + [i["url"] for i in facts["issues"][:1]],
      f"index: the head script preloads the manifest and the newest issue file under the URL the app fetches ({preloaded})")
check(index.meta.get("og:url") == site and bool(index.meta.get("og:description")), "index: Open Graph tags")
check({"rel": "alternate", "type": "application/atom+xml", "title": "Standards Radar: newest articles",
       "href": site + "feed.xml"} in index.links, "index: feed autodiscovery")
# The first screen, prerendered: the newest issue's cards (30 at most: the app's first page),
# each with its title and summary as text and a link to its article's own page.
issues = data.get("issues", [])
newest = max(issues, key=lambda i: (i["published"], i["id"]))["id"] if issues else None
first = [a for a in data["articles"] if newest is None or a.get("issue") == newest]
shown = min(30, len(first))
card_titles = index.texts("h2", "card__title")
check(len(card_titles) == shown and set(card_titles) <= {printable(a["title"]) for a in first},
      f"index: {shown} cards of the newest issue's articles, titled as they are ({len(card_titles)})")
card_summaries = index.texts("p", "card__summary")
check(len(card_summaries) == shown and set(card_summaries) <= {printable(a.get("summary", "")) for a in first},
      "index: each card's summary as its article has it")
page_links = [a for a in index.anchors if a and a.startswith("articles/")]
pages_of_first = {f"articles/{page_of[a['id']][0].name}" for a in first if a["id"] in page_of}
check(len(page_links) == shown and set(page_links) <= pages_of_first,
      f"index: each card links its article's own page ({len(page_links)})")

# The sitemap and robots.txt.
urls = [u.text for u in ET.parse(dist / "sitemap.xml").getroot().iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
pages = sorted([site + f"articles/{p.name}" for p, _ in page_of.values()]
               + [site + f"documents/{p.name}" for p in (dist / "documents").glob("*.html")])
check(urls[:1] == [site] and sorted(urls[1:]) == pages,
      f"sitemap.xml: the app and the {len(pages)} pages of articles and documents")
robots = (dist / "robots.txt").read_text(encoding="utf-8")
check(f"Sitemap: {site}sitemap.xml" in robots, "robots.txt names the sitemap")

check.finish()
