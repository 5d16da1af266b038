"""Reads the app's iCalendar export with an independent parser (icalendar) and checks it.

Run by `make test-ics` on the export of the whole shipped dataset.
"""

import calendar
import sys
from datetime import date, datetime, timedelta, timezone
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import icalendar

import archive
from checks import Checks

ics_path, dataset_path, app_url = sys.argv[1], sys.argv[2], sys.argv[3]
raw = open(ics_path, "rb").read()
dataset = archive.load(dataset_path)
events = {e["id"]: e for a in dataset["articles"] for e in a["events"]}
article_of = {e["id"]: a for a in dataset["articles"] for e in a["events"]}


def first_day(text):
    parts = [int(p) for p in text.split("-")]
    return date(parts[0], parts[1], parts[2] if len(parts) == 3 else 1)


def last_day(text):
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        return date(*parts)
    return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])


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

cal = icalendar.Calendar.from_ical(raw)
check(str(cal.get("VERSION")) == "2.0", "VERSION:2.0")
check(bool(cal.get("PRODID")), "PRODID present")

vevents = list(cal.walk("VEVENT"))
check(len(vevents) == len(events), f"{len(vevents)} VEVENTs for {len(events)} events")
uids = [str(v.get("UID")) for v in vevents]
check(len(set(uids)) == len(uids), "UIDs are unique")

for v in vevents:
    uid = str(v.get("UID"))
    event = events.get(uid.removesuffix("@standards-radar"))
    check(event is not None, f"{uid} names an event of the dataset")
    for field in ("DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
        check(v.get(field) is not None, f"{uid} has {field}")
    if event is None:
        continue
    article = article_of[event["id"]]
    check(str(v.get("SUMMARY")) == event["title"], f"{uid} SUMMARY is the event title, unescaped")
    description = str(v.get("DESCRIPTION"))
    check(description.endswith(f"{article['title']}\n\n{article['summary']}"),
          f"{uid} DESCRIPTION is its article's title and summary, unescaped")
    check(str(v.get("LOCATION")) == event["location"] if event.get("location") else v.get("LOCATION") is None,
          f"{uid} LOCATION is the event's location")
    link = app_url + "?" + urlencode({"article": article["id"]})
    check(str(v.get("URL")) == link, f"{uid} URL is its article's deep link {link}")
    start, end = v.decoded("DTSTART"), v.decoded("DTEND")
    check(end > start, f"{uid} ends after it starts")
    if isinstance(start, datetime):
        check(start.tzinfo is not None and start.utcoffset() == timedelta(0), f"{uid} is in UTC")
    check((start, end) == expected_span(event),
          f"{uid} runs {expected_span(event)}, not {(start, end)}")

webinar = next(v for v in vevents if str(v.get("UID")) == "sesec-webinar-29@standards-radar")
check(webinar.decoded("DTSTART") == datetime(2021, 9, 16, 8, 0, tzinfo=timezone.utc),
      "the webinar starts 10:00 Brussels = 08:00 UTC")
check(webinar.decoded("DTEND") == datetime(2021, 9, 16, 9, 0, tzinfo=timezone.utc),
      "the webinar ends 11:00 Brussels = 09:00 UTC")
forum = next(v for v in vevents if str(v.get("UID")) == "qingdao-forum-2021@standards-radar")
check(forum.decoded("DTSTART") == date(2021, 7, 27) and forum.decoded("DTEND") == date(2021, 7, 29),
      "a two-day event ends (exclusive) the day after its last day")
plenary = next(v for v in vevents if str(v.get("UID")) == "swg-i40-12th-plenary@standards-radar")
check(plenary.decoded("DTSTART") == date(2021, 11, 1) and plenary.decoded("DTEND") == date(2021, 12, 1),
      "a month-only event spans its month")

check.finish()
