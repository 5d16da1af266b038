"""What an iCalendar file the app or the build writes must say of an event, worked out here from
the dataset alone (independently of the Rust code under test): its text as TEXT carries it, its
days, and its reminders. Shared by ics_check.py (the download) and calendars_check.py (the
subscribed calendars)."""

import calendar
from datetime import date, datetime, timedelta


def as_text(value):
    """What an iCalendar TEXT value can carry of a string: a line break is written `\\n`, so a
    CRLF comes back as LF; a lone CR and every other control character but a tab are dropped
    (TEXT has no place for them)."""
    value = value.replace("\r\n", "\n")
    return "".join(c for c in value if c in "\t\n" or not (ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0))


def first_day(text):
    parts = [int(p) for p in text.split("-")]
    return date(parts[0], parts[1], parts[2] if len(parts) == 3 else 1)


def last_day(text):
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        return date(*parts)
    return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])


def readable(event):
    """Whether the app can place the event at all (it leaves out what it cannot read)."""
    try:
        first_day(event["start"])
        return True
    except (ValueError, TypeError, IndexError):
        return False


# The reminders' rule, as the README states it: a close the reader acts by (a deadline, the end
# of a consultation or a call) at 09:00 a week before the close day and at 09:00 on it, the close
# day being a period's last day; an entry into force at 09:00 on its first day; nothing else.
CLOSES = {
    "deadline": ("Deadline in 7 days", "Deadline today"),
    "consultation": ("Comments close in 7 days", "Comments close today"),
    "call": ("Call closes in 7 days", "Call closes today"),
}


def expected_alarms(event, start, end):
    """The (trigger after DTSTART, description) of each reminder, in order. `start` and `end` are
    the VEVENT's DTSTART and DTEND as read: dates (all day, DTEND the day after the last), or
    UTC moments (a timed event, whose close is DTEND when the data gives an end time)."""
    title = as_text(event["title"])
    if isinstance(start, datetime):
        close = end - start if event.get("end_time") else timedelta(0)
        week, today, opening = close - timedelta(days=7), close - timedelta(hours=3), timedelta(0)
    else:
        close = (end - start) - timedelta(days=1) + timedelta(hours=9)
        week, today, opening = close - timedelta(days=7), close, timedelta(hours=9)
    kind = event["kind"]
    if kind in CLOSES:
        soon, now = CLOSES[kind]
        return [(week, f"{soon}: {title}"), (today, f"{now}: {title}")]
    if kind == "effective":
        return [(opening, f"Takes effect today: {title}")]
    return []
