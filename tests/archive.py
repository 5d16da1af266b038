"""Reads a dataset the way the app does, for the Python checks: a schema-1 file as it is, or an
archive manifest (schema 2) with every issue file it lists, newest issue first, each checked
against its SHA-256 — independently of the Rust code under test."""

import hashlib
import json
from pathlib import Path


def load(path):
    path = Path(path)
    root = json.loads(path.read_text(encoding="utf-8"))
    if root.get("schema_version") != 2:
        return root
    issues = sorted(root["issues"], key=lambda e: (e["published"], e["id"]), reverse=True)
    articles, organisations, documents = [], {}, {}
    for entry in issues:
        raw = (path.parent / entry["file"]).read_bytes()
        if hashlib.sha256(raw).hexdigest() != entry["sha256"]:
            raise SystemExit(f"{entry['file']}: SHA-256 does not match the manifest")
        issue = json.loads(raw.decode("utf-8"))
        for article in issue["articles"]:
            articles.append(dict(article, issue=entry["id"]))
        # Each organisation once, as the newest issue that lists it describes it.
        for org in issue.get("organisations", []):
            organisations.setdefault(org["id"], org)
        for doc in issue.get("documents", []):
            merge_document(documents, doc)
    return {
        "schema_version": 2,
        "publication": {"title": root["title"], "publisher": root["publisher"], "issue": ""},
        "issues": [{k: e[k] for k in ("id", "title", "published")} for e in issues],
        "articles": articles,
        "organisations": list(organisations.values()),
        "documents": list(documents.values()),
    }


def merge_document(documents, doc):
    """One record per id across issues: the newest issue's names it, the others add what it
    lacks (short name, number, issuer), their steps and relations; merged steps by date, a
    month after the days it begins with."""
    kept = documents.get(doc["id"])
    if kept is None:
        documents[doc["id"]] = json.loads(json.dumps(doc))
        return
    for field in ("short", "number", "issuer"):
        if not kept.get(field):
            kept[field] = doc.get(field, "")
    for field in ("steps", "relations"):
        kept.setdefault(field, [])
        kept[field] += [item for item in doc.get(field, []) if item not in kept[field]]
    kept["steps"].sort(key=step_order)


def step_order(step):
    parts = step["date"].split("-")
    if len(parts) not in (2, 3) or not all(p.isdigit() for p in parts):
        return (0, "", 0)
    return (1, "-".join(parts + ["01"] * (3 - len(parts))), len(parts) == 2)
