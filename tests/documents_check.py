"""Reads back what the build writes for the documents and organisations the articles name, with
independent parsers: every document page (html.parser), every document and organisation feed
(feedparser), the article pages' lists of documents, and the sitemap (xml.etree).

    documents_check.py DIST SITE_URL DATASET.json

Run by `make test-site` beside site_check.py (which holds every feed's entries to its article's
text and order), on the shipped build and on builds of the hostile corpus. Pages are found by
the view their link into the app opens (?doc=, ?article=), never by file name alone, and a link
counts only if it resolves to a file of the build that is the page it should be.
"""

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

import feedparser

import archive
from checks import Checks
from site_html import parse_page, printable, value_key

dist, site, dataset_path = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
data = archive.load(dataset_path)
articles = {a["id"]: a for a in data["articles"]}
records = {}
for doc in data.get("documents", []):
    records.setdefault(doc["id"], doc)  # the first of an id, as the build keeps it
# The build prints organisations' ids and names without control characters, and looks them up so.
organisations = {}
for org in data.get("organisations", []):
    organisations.setdefault(printable(org["id"]), org)

check = Checks(f"documents ({dist})")

# The labels readers see, written again from the model's documentation.
KINDS = {
    "gb": "Mandatory national standard (GB)", "gb-t": "Recommended national standard (GB/T)",
    "gb-z": "Guidance technical document (GB/Z)", "industry-standard": "Industry standard",
    "group-standard": "Group standard", "local-standard": "Local standard",
    "international-standard": "International standard", "european-standard": "European standard",
    "eu-regulation": "EU regulation", "eu-directive": "EU directive", "eu-decision": "EU decision",
    "law": "Law", "regulation": "Regulation", "measures": "Measures", "provisions": "Provisions",
    "rules": "Rules", "notice": "Notice", "opinions": "Opinions", "plan": "Plan",
    "guideline": "Guidelines", "strategy": "Strategy", "roadmap": "Roadmap",
    "catalogue": "Catalogue", "other": "Other document",
}
STAGES = {"draft": "Draft for comments", "adopted": "Adopted", "published": "Published",
          "in-force": "In force", "revised": "Revised", "replaced": "Replaced", "withdrawn": "Withdrawn"}
RELATIONS = {"revises": ("Revises", "Revised by"), "replaces": ("Replaces", "Replaced by"),
             "adopts": ("Adopts", "Adopted by"), "implements": ("Implements", "Implemented by")}


def opened(href, key):
    """The value of `key` a link into the app opens (?doc=, ?article=, ?org=); None for others."""
    link = urlsplit(href or "")
    if f"{link.scheme}://{link.netloc}{link.path}" != site or link.fragment:
        return None
    query = parse_qs(link.query, keep_blank_values=True)
    return query[key][0] if list(query) == [key] and len(query[key]) == 1 else None


def resolve(page, href):
    """The file of the build a link on `page` (a path in dist) leads to; None outside the site."""
    url = urljoin(site + str(page.relative_to(dist)), href or "")
    parts = urlsplit(url)
    base = f"{parts.scheme}://{parts.netloc}{parts.path}"
    if not base.startswith(site):
        return None
    rel = base[len(site):]
    return dist / (rel or "index.html")


def org_name(org_id):
    """An organisation as the build names it: its full name and id, or the id alone."""
    org_id = printable(org_id)
    name = printable(organisations.get(org_id, {}).get("name", ""))
    return f"{name} ({org_id})" if name.strip() and name != org_id else org_id


def pages_by(folder, key):
    """Each page of `folder`, by the value of `key` its one link into the app opens."""
    found, files = {}, sorted((dist / folder).glob("*.html"))
    for path in files:
        page = parse_page(path)
        values = {opened(href, key) for href in page.anchors} - {None}
        check(len(values) == 1, f"{folder}/{path.name} opens one ?{key}= in the app ({sorted(values)})")
        for value in values:
            check(value not in found, f"?{key}={value} has one page, not also {path.name}")
            found[value] = (path, page)
    return found, files


article_pages, _ = pages_by("articles", "article")
doc_pages, doc_files = pages_by("documents", "doc")
check(len(doc_files) == len(records), f"{len(doc_files)} document pages for {len(records)} records")
naming = {doc_id: [a for a in data["articles"] if doc_id in a.get("docs", [])] for doc_id in records}


def leads_to(page_path, href, pages, value):
    """Whether `href` on the page at `page_path` is the page of `value` among `pages`."""
    target = resolve(page_path, href)
    return value in pages and target is not None and target == pages[value][0]


def doc_text(doc_id):
    """A document as a page names it: its record's title, else its id as text."""
    return printable(records[doc_id]["title"]) if doc_id in records else printable(doc_id)


for doc_id, doc in records.items():
    check(doc_id.strip() in doc_pages, f"{doc_id!r} has a page")
    if doc_id.strip() not in doc_pages:
        continue
    path, page = doc_pages[doc_id.strip()]
    name = f"documents/{path.name}"
    url = site + name
    title = printable(doc["title"])
    check(page.h1 == title, f"{name}: the heading is the title as text ({page.h1!r})")
    check(page.title == f"{title} – Standards Radar", f"{name}: <title>")
    check({"rel": "canonical", "href": url} in page.links and page.meta.get("og:url") == url, f"{name}: canonical URL")
    facts = {e[1]: e for e in page.elements if e[0] == "dd"}
    for field, cls in (("short", "short"), ("number", "number")):
        expected = [printable(doc[field])] if doc.get(field) else []
        check((facts[cls][3:4] if cls in facts else []) == expected, f"{name}: its {field} ({expected})")
    check(facts.get("type", [None] * 4)[3] == KINDS[doc["type"]], f"{name}: its type reads {KINDS[doc['type']]}")
    issuer = facts.get("issuer")
    check((issuer[3] if issuer else None) == (org_name(doc["issuer"]) if doc.get("issuer") else None),
          f"{name}: the issuer's full name ({issuer and issuer[3]!r})")
    check(bool(facts.get("standing", [None] * 4)[3]), f"{name}: where it stands, in words")
    # The history: each step in order, its stage, its dates, and the page of its article.
    steps = page.items("li", list_class="steps")
    check(len(steps) == len(doc.get("steps", [])), f"{name}: {len(doc.get('steps', []))} steps")
    for step, (_, _, _, text, hrefs, times) in zip(doc.get("steps", []), steps):
        what = f"{name}: the {step['stage']} step of {step['date']}"
        check(STAGES[step["stage"]] in text, f"{what} reads {STAGES[step['stage']]} ({text!r})")
        until = [printable(step["until"])] if step.get("until") else []
        check(times == [printable(step["date"])] + until, f"{what}: dated {times}")
        if step["article"] in articles:
            check(len(hrefs) == 1 and leads_to(path, hrefs[0], article_pages, step["article"]),
                  f"{what}: links to the page of {step['article']!r} ({hrefs})")
            check(printable(articles[step["article"]]["title"]) in text, f"{what}: names its article")
        else:
            check(hrefs == [], f"{what}: an article the data lacks is no link ({hrefs})")
    # Its relations, then the other documents' relations to it, read from this side.
    expected = [(RELATIONS[r["relation"]][0], r["document"]) for r in doc.get("relations", [])]
    expected += [(RELATIONS[r["relation"]][1], other_id) for other_id, other in records.items()
                 for r in other.get("relations", []) if r["document"] == doc_id]
    shown = page.items("li", list_class="relations")
    check([e[3] for e in shown] == [f"{label} {doc_text(d)}" for label, d in expected],
          f"{name}: relations {[e[3] for e in shown]}")
    for (label, other), (_, _, _, _, hrefs, _) in zip(expected, shown):
        ok = hrefs == [] if other not in records else \
            len(hrefs) == 1 and leads_to(path, hrefs[0], doc_pages, other.strip())
        check(ok, f"{name}: {label} {other!r} links to its page, if it has one ({hrefs})")
    # The articles naming it, each linking to its page, newest first.
    listed = page.items("li", list_class="articles")
    linked = [next((a for a in naming[doc_id] if leads_to(path, e[4][0], article_pages, a["id"])), None)
              if len(e[4]) == 1 else None for e in listed]
    check(sorted(a["id"] for a in linked if a) == sorted(a["id"] for a in naming[doc_id])
          and None not in linked, f"{name}: links the pages of the {len(naming[doc_id])} articles naming it")
    dates = [e[5][0] for e in listed if e[5]]
    check(dates == sorted(dates, key=lambda d: archive.step_order({"date": d}), reverse=True),
          f"{name}: articles newest first")
    # Every link resolves to a file of the build; the feed is announced and is the document's.
    for href in page.anchors + [l.get("href") for l in page.links if l.get("rel") == "stylesheet"]:
        target = resolve(path, href)
        check(target is None or target.is_file() or target.name == "page.css", f"{name}: {href} is a file of the build")
    feeds = [l["href"] for l in page.links if l.get("rel") == "alternate" and l.get("type") == "application/atom+xml"]
    check(len(feeds) == 1 and resolve(path, feeds[0]) is not None and resolve(path, feeds[0]).is_file(),
          f"{name}: announces its feed ({feeds})")
    if len(feeds) != 1 or not resolve(path, feeds[0]).is_file():
        continue
    feed = feedparser.parse(resolve(path, feeds[0]).read_bytes())
    check(feed.feed.get("title") == f"Standards Radar: {title}".strip(), f"{name}: the feed's title")
    check(opened(feed.feed.get("link"), "doc") == doc_id.strip(), f"{name}: the feed's view is ?doc={doc_id}")
    entries = [opened(e.link, "article") for e in feed.entries]
    expected_ids = {a["id"] for a in naming[doc_id]}
    check(set(entries) == expected_ids if len(expected_ids) <= 50 else len(entries) == 50 and set(entries) <= expected_ids,
          f"{name}: the feed holds the {len(expected_ids)} articles naming it ({len(entries)})")
    check("script" not in page.tags and "iframe" not in page.tags and "img" not in page.tags,
          f"{name}: nothing of the data became markup ({sorted(set(page.tags))})")
check(len(list((dist / "feeds" / "documents").glob("*.xml"))) == len(records),
      f"feeds/documents/ holds one feed per record ({len(records)})")

# Each article page lists the documents its article names, linking to their pages.
for article_id, article in articles.items():
    if article_id not in article_pages:
        continue  # site_check.py says which article has no page
    path, page = article_pages[article_id]
    docs = article.get("docs", [])
    shown = page.items("li", list_class="documents")
    check([e[3] for e in shown] == [doc_text(d) for d in docs], f"{path.name}: its documents ({[e[3] for e in shown]})")
    for doc_id, (_, _, _, _, hrefs, _) in zip(docs, shown):
        ok = hrefs == [] if doc_id not in records else \
            len(hrefs) == 1 and leads_to(path, hrefs[0], doc_pages, doc_id.strip())
        check(ok, f"{path.name}: {doc_id!r} links to its page, if it has one ({hrefs})")

# One feed per organisation the articles name, by its identity in the app, under a name that
# follows from it alone: the key itself, or its ASCII part and a hash.
by_key = {}
for article in data["articles"]:
    for org in article.get("orgs", []):
        key = value_key(printable(org))
        if key:
            by_key.setdefault(key, ({}, set()))
            by_key[key][0].setdefault(printable(org), None)
            by_key[key][1].add(article["id"])
org_files = sorted((dist / "feeds" / "organisations").glob("*.xml"))
check(len(org_files) == len(by_key), f"{len(org_files)} organisation feeds for {len(by_key)} organisations named")
seen = set()
for path in org_files:
    feed = feedparser.parse(path.read_bytes())
    name = f"feeds/organisations/{path.name}"
    view = opened(feed.feed.get("link"), "org")
    key = value_key(view or "")
    check(key in by_key and key not in seen, f"{name}: its view ?org={view} is one organisation the articles name")
    if key not in by_key:
        continue
    seen.add(key)
    spellings, ids = by_key[key]
    check(path.stem == key if key.isascii() and len(key) <= 64 else
          re.fullmatch(r"([a-z0-9]{1,64}|org)-[0-9a-f]{16}", path.stem) is not None,
          f"{name}: named by the organisation's key {key!r}")
    check(feed.feed.get("title") in {f"Standards Radar: {org_name(s)}" for s in spellings},
          f"{name}: titled by the organisation's name ({feed.feed.get('title')!r})")
    entries = [opened(e.link, "article") for e in feed.entries]
    check(set(entries) == ids if len(ids) <= 50 else len(entries) == 50 and set(entries) <= ids,
          f"{name}: the {len(ids)} articles naming it in any spelling ({len(entries)})")

# The sitemap lists every document page.
urls = {u.text for u in ET.parse(dist / "sitemap.xml").getroot().iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
check(all(site + f"documents/{p.name}" in urls for p in doc_files), f"sitemap.xml lists the {len(doc_files)} document pages")

check.finish()
