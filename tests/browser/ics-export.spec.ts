import { test, expect } from "./fixtures";
import { readFileSync } from "node:fs";

test("Export downloads every event of the view as one iCalendar file", async ({ page, baseURL }) => {
  await page.goto("./?view=agenda&tag=ICV");
  // The two ICV articles carry these four events, as the dataset lists them.
  const button = page.getByRole("button", { name: "Export 4 events" });
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  expect(download.suggestedFilename()).toBe("standards-radar-events.ics");
  const ics = readFileSync(await download.path(), "utf8");
  expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
  const uids = [...ics.matchAll(/^UID:(.+)@standards-radar\r$/gm)].map((m) => m[1]).sort();
  expect(uids).toEqual([
    "automobile-standards-internationalization-centre",
    "icv-road-test-rules-effective",
    "icv-road-test-rules-published",
    "icv2021-symposium",
  ]);
  expect(ics).toContain("DTSTART;VALUE=DATE:20210706\r\nDTEND;VALUE=DATE:20210709");
  // Each event links to its article, at the address the app is served from.
  expect(ics).toContain(`URL:${baseURL}?article=icv-road-test-rules\r\n`);
});

test("Add to calendar downloads one event, timed in UTC", async ({ page }) => {
  await page.goto("./?article=sesec-webinar-29-china-standards-2035");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Add to calendar: SESEC IV Webinar 29" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("sesec-webinar-29.ics");
  const ics = readFileSync(await download.path(), "utf8");
  expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(1);
  expect(ics).toContain("DTSTART:20210916T080000Z\r\nDTEND:20210916T090000Z");
  expect(ics).toContain("UID:sesec-webinar-29@standards-radar");
});
