// The calendars the app and the build write, read by a second independent parser: Mozilla's
// ical.js (Thunderbird's). Every file must parse; each event comes back with its title and
// location as the same text and the reminders of its kind (the rule of ics_expect.py, stated
// again here from the dataset); a subscribed calendar (under calendars/) is named and polled
// daily, and its events carry SEQUENCE and LAST-MODIFIED = DTSTAMP.
//
//     node tests/ics_check.mjs DATASET.json FILE.ics|DIR…
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import ICAL from "ical.js";

const [datasetPath, ...targets] = process.argv.slice(2);
const failures = [];
let passed = 0;
const check = (ok, what) => (ok ? passed++ : failures.push(what));

/** The dataset as the app reads it: a schema-1 file, or a manifest and its issues, newest first. */
function load(path) {
  const root = JSON.parse(readFileSync(path, "utf8"));
  if (root.schema_version !== 2) return root.articles;
  const issues = [...root.issues].sort((a, b) => (a.published + a.id < b.published + b.id ? 1 : -1));
  return issues.flatMap((entry) => {
    const raw = readFileSync(join(dirname(path), entry.file));
    if (createHash("sha256").update(raw).digest("hex") !== entry.sha256) throw new Error(`${entry.file}: SHA-256`);
    return JSON.parse(raw.toString("utf8")).articles;
  });
}

/** What TEXT carries of a string: CRLF as LF, no other control character but a tab. */
const asText = (s) => s.replace(/\r\n/g, "\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");

const events = new Map();
for (const article of load(datasetPath)) {
  for (const event of article.events ?? []) if (!events.has(asText(event.id))) events.set(asText(event.id), event);
}

const CLOSES = {
  deadline: ["Deadline in 7 days", "Deadline today"],
  consultation: ["Comments close in 7 days", "Comments close today"],
  call: ["Call closes in 7 days", "Call closes today"],
};
const DAY = 86400, HOUR = 3600;

/** [seconds after DTSTART, description] of each reminder the event must have. */
function expectedAlarms(event, start, end) {
  const title = asText(event.title);
  const length = end.subtractDate(start).toSeconds();
  const [week, today, opening] = start.isDate
    ? [length - DAY + 9 * HOUR - 7 * DAY, length - DAY + 9 * HOUR, 9 * HOUR]
    : [(event.end_time ? length : 0) - 7 * DAY, (event.end_time ? length : 0) - 3 * HOUR, 0];
  if (CLOSES[event.kind]) return [[week, `${CLOSES[event.kind][0]}: ${title}`], [today, `${CLOSES[event.kind][1]}: ${title}`]];
  if (event.kind === "effective") return [[opening, `Takes effect today: ${title}`]];
  return [];
}

const files = targets.flatMap(function walk(target) {
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target).sort().flatMap((name) => walk(join(target, name)));
}).filter((f) => f.endsWith(".ics"));
check(files.length > 0, "files to read");

for (const file of files) {
  let calendar;
  try {
    calendar = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
  } catch (error) {
    check(false, `${file}: ical.js reads it: ${error}`);
    continue;
  }
  check(calendar.name === "vcalendar", `${file}: a VCALENDAR`);
  const subscribed = file.includes("calendars/");
  if (subscribed) {
    const name = calendar.getFirstPropertyValue("x-wr-calname");
    check(typeof name === "string" && name.startsWith("Standards Radar") && calendar.getFirstPropertyValue("name") === name, `${file}: named`);
    const refresh = calendar.getFirstProperty("refresh-interval");
    check(refresh?.type === "duration" && refresh.getFirstValue().toSeconds() === DAY, `${file}: REFRESH-INTERVAL of one day`);
    check(calendar.getFirstPropertyValue("x-published-ttl") === "P1D", `${file}: X-PUBLISHED-TTL:P1D`);
  }
  const vevents = calendar.getAllSubcomponents("vevent");
  check(vevents.length === calendar.getAllSubcomponents().length, `${file}: only events`);
  for (const v of vevents) {
    const uid = String(v.getFirstPropertyValue("uid"));
    const event = events.get(uid.replace(/@standards-radar$/, ""));
    check(event !== undefined, `${file}: ${uid} is an event of the dataset`);
    if (!event) continue;
    check(v.getFirstPropertyValue("summary") === asText(event.title), `${file}: ${uid} SUMMARY is its title`);
    check((v.getFirstPropertyValue("location") ?? null) === (event.location === undefined ? null : asText(event.location)), `${file}: ${uid} LOCATION`);
    if (subscribed) {
      check(Number.isInteger(v.getFirstPropertyValue("sequence")), `${file}: ${uid} SEQUENCE`);
      const modified = v.getFirstPropertyValue("last-modified");
      check(modified !== null && modified.compare(v.getFirstPropertyValue("dtstamp")) === 0, `${file}: ${uid} LAST-MODIFIED = DTSTAMP`);
    }
    const alarms = v.getAllSubcomponents("valarm").map((a) => [
      a.getFirstPropertyValue("action"),
      a.getFirstProperty("trigger").getParameter("related") ?? "START",
      a.getFirstPropertyValue("trigger").toSeconds(),
      a.getFirstPropertyValue("description"),
    ]);
    const want = expectedAlarms(event, v.getFirstPropertyValue("dtstart"), v.getFirstPropertyValue("dtend")).map(([s, d]) => ["DISPLAY", "START", s, d]);
    check(JSON.stringify(alarms) === JSON.stringify(want), `${file}: ${uid} reminders ${JSON.stringify(alarms)} != ${JSON.stringify(want)}`);
  }
}

for (const failure of failures) console.log("FAILED:", failure);
console.log(`ical.js: ${files.length} files, ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
