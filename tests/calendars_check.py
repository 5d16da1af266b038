"""Reads every calendar the site build wrote for subscribing (DIST/calendars/**.ics) with an
independent parser (icalendar) and checks it against the dataset.

    calendars_check.py DIST DATASET.json

Each calendar: only CRLF lines of at most 75 octets, a name (`X-WR-CALNAME` and RFC 7986 `NAME`),
polled daily (`REFRESH-INTERVAL;VALUE=DURATION:P1D`, `X-PUBLISHED-TTL:P1D`), no `METHOD` (so
`DTSTAMP` is the event's last revision). Each event: its title as the same text, a `SEQUENCE`,
`LAST-MODIFIED` equal to `DTSTAMP`, the reminders of its kind (ics_expect.py), and the same
`VEVENT` in every calendar that holds it. Which events: all.ics every event, a kind's calendar the
events of that kind, a tag's, organisation's or document's the events of the articles carrying it
(checked for every value whose file name is its plain key; the others are counted).
"""

import re
import sys
import unicodedata
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from pathlib import Path

import icalendar

import archive
from checks import Checks
from ics_expect import as_text, expected_alarms, readable

dist, dataset_path = Path(sys.argv[1]), sys.argv[2]
dataset = archive.load(dataset_path)
root = dist / "calendars"
check = Checks("calendars")

# The newest listing of each event id (the dataset is newest issue first).
events = {}
for article in dataset["articles"]:
    for event in article["events"]:
        if readable(event):
            events.setdefault(as_text(event["id"]), event)


def key(value):
    """The app's identity of a tag or organisation (`text::value_key`): folded, letters and digits."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", value.lower()) if not unicodedata.combining(c))
    return "".join(c for c in folded if c.isalnum())


def ids_of(articles):
    return {as_text(e["id"]) for a in articles for e in a["events"] if as_text(e["id"]) in events}


files = sorted(root.rglob("*.ics"))
check((root / "all.ics").is_file(), "calendars/all.ics exists")
vevents_by_uid = defaultdict(set)
uids_of, names = {}, {}
for path in files:
    name = str(path.relative_to(root))
    raw = path.read_bytes()
    lines = raw.split(b"\r\n")
    check(not any(b"\n" in line for line in lines) and raw.endswith(b"END:VCALENDAR\r\n"), f"{name}: CRLF lines, ending the calendar")
    check(all(len(line) <= 75 for line in lines), f"{name}: every line at most 75 octets")
    try:
        cal = icalendar.Calendar.from_ical(raw)
    except ValueError as error:
        check(False, f"{name}: icalendar reads it: {error}")
        continue
    check(all(not c.errors for c in cal.walk()), f"{name}: no parse errors")
    title = str(cal.get("X-WR-CALNAME"))
    names[name] = title
    check(title.startswith("Standards Radar") and str(cal.get("NAME")) == title, f"{name}: named {title!r} twice")
    refresh = cal.get("REFRESH-INTERVAL")
    check(refresh is not None and refresh.params.get("VALUE") == "DURATION" and cal.decoded("REFRESH-INTERVAL") == timedelta(days=1),
          f"{name}: REFRESH-INTERVAL;VALUE=DURATION:P1D")
    check(str(cal.get("X-PUBLISHED-TTL")) == "P1D", f"{name}: X-PUBLISHED-TTL:P1D")
    check(cal.get("METHOD") is None, f"{name}: no METHOD")
    check(all(c.name == "VEVENT" for c in cal.subcomponents), f"{name}: only events")
    uids = []
    for v in cal.subcomponents:
        uid = str(v.get("UID"))
        uids.append(uid.removesuffix("@standards-radar"))
        event = events.get(uid.removesuffix("@standards-radar"))
        check(event is not None, f"{name}: {uid} is an event of the dataset")
        if event is None:
            continue
        check(str(v.get("SUMMARY")) == as_text(event["title"]), f"{name}: {uid} SUMMARY is its title, unescaped")
        check(isinstance(v.get("SEQUENCE"), int) and v.get("SEQUENCE") >= 0, f"{name}: {uid} has a SEQUENCE")
        modified, stamp = v.decoded("LAST-MODIFIED"), v.decoded("DTSTAMP")
        check(modified == stamp and modified.tzinfo is not None and modified.utcoffset() == timedelta(0)
              and modified.time() == datetime.min.time(), f"{name}: {uid} LAST-MODIFIED = DTSTAMP, a UTC midnight")
        start, end = v.decoded("DTSTART"), v.decoded("DTEND")
        got = [(a.decoded("TRIGGER"), str(a.get("DESCRIPTION"))) for a in v.walk("VALARM")]
        check(all(str(a.get("ACTION")) == "DISPLAY" for a in v.walk("VALARM")), f"{name}: {uid} reminders are DISPLAY alarms")
        check(got == expected_alarms(event, start, end), f"{name}: {uid} reminders {got} != {expected_alarms(event, start, end)}")
        # The block as written, byte for byte: the same wherever the event is.
        block = re.search(rb"BEGIN:VEVENT\r\nUID:" + re.escape(v.get("UID").to_ical()) + rb"\r\n.*?END:VEVENT\r\n", raw.replace(b"\r\n ", b""), re.S)
        vevents_by_uid[uid].add(block.group(0) if block else b"")
    check(len(uids) == len(set(uids)), f"{name}: each event once")
    uids_of[name] = set(uids)

check(all(len(blocks) == 1 for blocks in vevents_by_uid.values()),
      f"an event is the same VEVENT in every calendar: {[u for u, b in vevents_by_uid.items() if len(b) > 1][:5]}")
check(uids_of.get("all.ics") == set(events) and names.get("all.ics") == "Standards Radar",
      f"all.ics, named Standards Radar, holds every event ({len(events)})")
for kind in ("meeting", "webinar", "training", "publication", "consultation", "deadline", "effective", "call", "milestone"):
    want = {i for i, e in events.items() if e["kind"] == kind}
    check(uids_of.get(f"kinds/{kind}.ics") == want, f"kinds/{kind}.ics holds the {len(want)} events of that kind")

# Tags and organisations: one calendar per key; the events of the articles carrying it.
for field, folder in (("tags", "tags"), ("orgs", "organisations")):
    by_key, spelling = defaultdict(list), {}
    for article in dataset["articles"]:
        for value in article.get(field) or []:
            if key(value):
                by_key[key(value)].append(article)
                spelling.setdefault(key(value), value)
    written = [n for n in uids_of if n.startswith(f"{folder}/")]
    check(len(written) == len(by_key), f"{folder}: one calendar per value ({len(written)} for {len(by_key)})")
    for k, articles in by_key.items():
        if k.isascii() and len(k) <= 64:
            check(uids_of.get(f"{folder}/{k}.ics") == ids_of(articles), f"{folder}/{k}.ics holds its articles' events")
            check(names.get(f"{folder}/{k}.ics") == f"Standards Radar: {as_text(spelling[k])}",
                  f"{folder}/{k}.ics is named after {spelling[k]!r}: {names.get(f'{folder}/{k}.ics')!r}")
# Documents: one calendar per record, named by its id.
records = {d["id"] for d in dataset.get("documents", [])}
written = [n for n in uids_of if n.startswith("documents/")]
check(len(written) == len(records), f"documents: one calendar per record ({len(written)} for {len(records)})")
for doc in records:
    if re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", doc):
        naming = [a for a in dataset["articles"] if doc in (a.get("docs") or [])]
        check(uids_of.get(f"documents/{doc}.ics") == ids_of(naming), f"documents/{doc}.ics holds its articles' events")

print(f"{len(files)} calendars, {len(events)} events")
check.finish()
