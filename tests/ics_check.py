"""Reads the app's iCalendar export with an independent parser (icalendar) and checks it.

    ics_check.py EXPORT.ics DATASET.json APP_URL

Run by `make test-ics` on the export of the whole shipped dataset, and on the hostile corpus's
events (tests/corpus/hostile-events.json): line breaks, commas, semicolons, backslashes, long
multi-byte lines, bidi controls and `javascript:` in titles, locations and ids must come back as
the same text, and nothing in them may start a property or a component of its own. Every event
has the reminders of its kind (ics_expect.py).
"""

import sys
from datetime import date, datetime, timedelta, timezone
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import icalendar

import archive
from checks import Checks
from ics_expect import as_text, expected_alarms, first_day, last_day

ics_path, dataset_path, app_url = sys.argv[1], sys.argv[2], sys.argv[3]
raw = open(ics_path, "rb").read()
dataset = archive.load(dataset_path)


# Each event by its id as the UID carries it.
events = {as_text(e["id"]): e for a in dataset["articles"] for e in a["events"]}
article_of = {as_text(e["id"]): a for a in dataset["articles"] for e in a["events"]}


def expected_span(event):
    """What the export must say, computed here from the dataset with Python's own zone data."""
    start = first_day(event["start"])
    last = max(last_day(event.get("end") or event["start"]), start)
    zone = event.get("timezone")
    if event.get("time") and zone and len(event["start"]) == 10:
        hour, minute = map(int, event["time"].split(":"))
        begin = datetime(start.year, start.month, start.day, hour, minute, tzinfo=ZoneInfo(zone))
        if event.get("end_time"):
            hour, minute = map(int, event["end_time"].split(":"))
            end = datetime(last.year, last.month, last.day, hour, minute, tzinfo=ZoneInfo(zone))
        else:
            end = begin + timedelta(hours=1)
        return begin.astimezone(timezone.utc), end.astimezone(timezone.utc)
    return start, last + timedelta(days=1)

check = Checks("ics")


# The file itself: CRLF line ends, no line over 75 octets.
lines = raw.split(b"\r\n")
check(not any(b"\n" in line for line in lines), "only CRLF line endings")
check(all(len(line) <= 75 for line in lines), "every line is at most 75 octets")

# Nothing the data holds starts a component or a property: the only structure is the writer's.
check(lines.count(b"BEGIN:VCALENDAR") == 1 and lines.count(b"END:VCALENDAR") == 1
      and lines[0] == b"BEGIN:VCALENDAR" and lines[-2:] == [b"END:VCALENDAR", b""],
      "one VCALENDAR, and the file ends with it")
check(lines.count(b"BEGIN:VEVENT") == len(events) and lines.count(b"END:VEVENT") == len(events),
      f"one BEGIN:VEVENT and one END:VEVENT per event ({len(events)})")

# Every content line, unfolded, is a BEGIN or END of the writer's components or one of the
# writer's properties: a name the data made up would start a line of its own.
CALENDAR = {"VERSION", "PRODID", "CALSCALE", "METHOD", "X-WR-CALNAME"}
EVENT = {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "LOCATION", "CATEGORIES", "URL", "TRANSP"}
ALARM = {"ACTION", "TRIGGER", "DESCRIPTION"}
unfolded = raw.replace(b"\r\n ", b"").decode("utf-8").split("\r\n")[:-1]
for line in unfolded:
    name = line.split(":", 1)[0].split(";", 1)[0]
    check(line in ("BEGIN:VCALENDAR", "END:VCALENDAR", "BEGIN:VEVENT", "END:VEVENT", "BEGIN:VALARM", "END:VALARM")
          or (":" in line and name in CALENDAR | EVENT | ALARM), f"a line of the writer's own: {line[:80]!r}")

try:
    cal = icalendar.Calendar.from_ical(raw)
except ValueError as error:
    check(False, f"icalendar reads the file: {error}")
    check.finish()
check(str(cal.get("VERSION")) == "2.0", "VERSION:2.0")
check(bool(cal.get("PRODID")), "PRODID present")
check(all(not c.errors for c in cal.walk()), f"the parser met no errors: {[c.errors for c in cal.walk()]}")
check(set(cal.keys()) == CALENDAR, f"the calendar's properties are the writer's: {sorted(cal.keys())}")
check([c.name for c in cal.subcomponents] == ["VEVENT"] * len(events), "the calendar holds only the events")

vevents = list(cal.walk("VEVENT"))
check(len(vevents) == len(events), f"{len(vevents)} VEVENTs for {len(events)} events")
uids = [str(v.get("UID")) for v in vevents]
check(len(set(uids)) == len(uids), "UIDs are unique")

for v in vevents:
    uid = str(v.get("UID"))
    check(set(v.keys()) <= EVENT and all(c.name == "VALARM" for c in v.subcomponents),
          f"{uid}: only the writer's properties and reminders ({sorted(v.keys())})")
    check(not any(isinstance(value, list) for value in v.values()), f"{uid}: each property once")
    event = events.get(uid.removesuffix("@standards-radar"))
    check(event is not None, f"{uid} names an event of the dataset")
    for field in ("DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
        check(v.get(field) is not None, f"{uid} has {field}")
    if event is None:
        continue
    article = article_of[as_text(event["id"])]
    check(str(v.get("SUMMARY")) == as_text(event["title"]), f"{uid} SUMMARY is the event title, unescaped")
    description = str(v.get("DESCRIPTION"))
    check(description.endswith(as_text(f"{article['title']}\n\n{article['summary']}")),
          f"{uid} DESCRIPTION is its article's title and summary, unescaped")
    check(str(v.get("LOCATION")) == as_text(event["location"]) if event.get("location") else v.get("LOCATION") is None,
          f"{uid} LOCATION is the event's location")
    # The deep link, read back rather than rebuilt: its query names the article, whatever its id.
    link = urlsplit(str(v.get("URL")))
    check(f"{link.scheme}://{link.netloc}{link.path}" == app_url and not link.fragment,
          f"{uid} URL is a link into the app at {app_url}")
    check(parse_qs(link.query, keep_blank_values=True) == {"article": [article["id"]]},
          f"{uid} URL opens its article {article['id']!r} ({link.query})")
    start, end = v.decoded("DTSTART"), v.decoded("DTEND")
    check(end > start, f"{uid} ends after it starts")
    if isinstance(start, datetime):
        check(start.tzinfo is not None and start.utcoffset() == timedelta(0), f"{uid} is in UTC")
    check((start, end) == expected_span(event),
          f"{uid} runs {expected_span(event)}, not {(start, end)}")
    # The reminders of its kind, each a display alarm relative to the start.
    alarms = v.subcomponents
    check(all(set(a.keys()) == ALARM and str(a.get("ACTION")) == "DISPLAY"
              and a["TRIGGER"].params.get("RELATED", "START") == "START" for a in alarms),
          f"{uid}: each reminder is a DISPLAY alarm relative to the start")
    got = [(a.decoded("TRIGGER"), str(a.get("DESCRIPTION"))) for a in alarms]
    check(got == expected_alarms(event, start, end), f"{uid} reminders {got} != {expected_alarms(event, start, end)}")

# Known events of the shipped data, with their dates worked out by hand.
by_uid = {str(v.get("UID")).removesuffix("@standards-radar"): v for v in vevents}
if "sesec-webinar-29" in events:
    webinar = by_uid["sesec-webinar-29"]
    check(webinar.decoded("DTSTART") == datetime(2021, 9, 16, 8, 0, tzinfo=timezone.utc),
          "the webinar starts 10:00 Brussels = 08:00 UTC")
    check(webinar.decoded("DTEND") == datetime(2021, 9, 16, 9, 0, tzinfo=timezone.utc),
          "the webinar ends 11:00 Brussels = 09:00 UTC")
if "qingdao-forum-2021" in events:
    forum = by_uid["qingdao-forum-2021"]
    check(forum.decoded("DTSTART") == date(2021, 7, 27) and forum.decoded("DTEND") == date(2021, 7, 29),
          "a two-day event ends (exclusive) the day after its last day")
if "swg-i40-12th-plenary" in events:
    plenary = by_uid["swg-i40-12th-plenary"]
    check(plenary.decoded("DTSTART") == date(2021, 11, 1) and plenary.decoded("DTEND") == date(2021, 12, 1),
          "a month-only event spans its month")

check.finish()
