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
    articles, organisations = [], {}
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
    return {
        "schema_version": 2,
        "publication": {"title": root["title"], "publisher": root["publisher"], "issue": ""},
        "issues": [{k: e[k] for k in ("id", "title", "published")} for e in issues],
        "articles": articles,
        "organisations": list(organisations.values()),
    }
