"""The subscribed calendars from one build to the next, when the archive gains an issue.

    calendars_revision.py add ARCHIVE_DIR ISSUE.json ID TITLE PUBLISHED
        adds ISSUE.json to the archive in ARCHIVE_DIR (its manifest, archive.json) as issue ID
    calendars_revision.py compare BEFORE_DIST AFTER_DIST CHANGED_UID PUBLISHED
        checks the two builds' calendars/

Run by `make test-site`: the shipped archive, then the same with tests/corpus/calendar-next-issue.json
added, which restates one event (CHANGED_UID) with another date and brings a new one. Every
calendar of the first build is still there with every event it held, under the same UID; the
restated event is one revision further (SEQUENCE + 1, LAST-MODIFIED the first day of the new
issue's month, the new date); the new event is revision 0 of that day; every other event is the
same VEVENT byte for byte.
"""

import hashlib
import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

import icalendar

from checks import Checks


def add(archive_dir, issue_path, issue_id, title, published):
    archive_dir = Path(archive_dir)
    raw = Path(issue_path).read_bytes()
    (archive_dir / "issues" / f"{issue_id}.json").write_bytes(raw)
    manifest = json.loads((archive_dir / "archive.json").read_text(encoding="utf-8"))
    manifest["issues"].append({
        "id": issue_id, "title": title, "published": published, "file": f"issues/{issue_id}.json",
        "articles": len(json.loads(raw)["articles"]), "sha256": hashlib.sha256(raw).hexdigest(),
    })
    (archive_dir / "archive.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def blocks(path):
    """Each VEVENT of a calendar file as written (unfolded), by its UID."""
    text = path.read_bytes().replace(b"\r\n ", b"").decode("utf-8")
    return {re.search(r"^UID:([^\r\n]*)", b, re.M).group(1): b for b in re.findall(r"BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", text, re.S)}


def compare(before, after, changed, published):
    check = Checks("calendar revisions")
    month = datetime.strptime(published, "%Y-%m").replace(tzinfo=timezone.utc)
    before, after = Path(before) / "calendars", Path(after) / "calendars"
    names = sorted(str(p.relative_to(before)) for p in before.rglob("*.ics"))
    check(len(names) > 0, "the first build wrote calendars")
    kept = changed_seen = 0
    for name in names:
        old, new = blocks(before / name), blocks(after / name) if (after / name).is_file() else {}
        check((after / name).is_file(), f"{name} is still there")
        check(set(old) <= set(new), f"{name}: every event keeps its UID ({sorted(set(old) - set(new))[:3]})")
        for uid, block in old.items():
            if uid not in new:
                continue
            if uid == changed:
                changed_seen += 1
                a = icalendar.Event.from_ical(block)
                b = icalendar.Event.from_ical(new[uid])
                check(int(b["SEQUENCE"]) == int(a["SEQUENCE"]) + 1, f"{name}: {uid} SEQUENCE {a['SEQUENCE']} → {b['SEQUENCE']}")
                check(b.decoded("LAST-MODIFIED") == month and a.decoded("LAST-MODIFIED") < month,
                      f"{name}: {uid} LAST-MODIFIED {a.decoded('LAST-MODIFIED')} → {b.decoded('LAST-MODIFIED')}")
                check(b.decoded("DTSTAMP") == month, f"{name}: {uid} DTSTAMP moves with it")
                check(b.decoded("DTSTART") != a.decoded("DTSTART"), f"{name}: {uid} has its new date")
            else:
                kept += 1
                check(new[uid] == block, f"{name}: {uid} is unchanged, byte for byte")
        for uid in set(new) - set(old):
            b = icalendar.Event.from_ical(new[uid])
            check(int(b["SEQUENCE"]) == 0 and b.decoded("LAST-MODIFIED") == month, f"{name}: new {uid} is revision 0 of {published}")
    check(changed_seen > 0, f"{changed} is in the first build's calendars")
    print(f"{len(names)} calendars: {kept} events unchanged, {changed_seen} listings of {changed} revised")
    check.finish()


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    {"add": add, "compare": compare}[command](*args)
