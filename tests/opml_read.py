"""Reads an OPML subscription list with listparser (what feed readers use, independent of the
app) and prints its feeds as JSON: [{"title": …, "url": …}]. Fails on a list that is not
well-formed or has no feeds.

    opml_read.py FILE.opml
"""

import json
import sys

import listparser

parsed = listparser.parse(open(sys.argv[1], "rb").read())
if parsed.bozo:
    sys.exit(f"{sys.argv[1]}: not a well-formed OPML list: {parsed.bozo_exception}")
if not parsed.feeds:
    sys.exit(f"{sys.argv[1]}: no feeds")
print(json.dumps([{"title": f.title, "url": f.url} for f in parsed.feeds]))
