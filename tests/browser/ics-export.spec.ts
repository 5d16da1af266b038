import { test, expect } from "./fixtures";
import { readFileSync } from "node:fs";

test("Export downloads every event of the view as one iCalendar file", async ({ page }) => {
  await page.goto("./?view=agenda&tag=ICV");
  const button = page.getByRole("button", { name: /^Export \d+ events?$/ });
  const count = Number((await button.innerText()).match(/\d+/)?.[0]);
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  expect(download.suggestedFilename()).toBe("standards-radar-events.ics");
  const ics = readFileSync(await download.path(), "utf8");
  expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
  expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(count);
  expect(ics).toContain("DTSTART;VALUE=DATE:20210706\r\nDTEND;VALUE=DATE:20210709");
});

test("Add to calendar downloads one event, timed in UTC", async ({ page }) => {
  await page.goto("./?article=sesec-webinar-29-china-standards-2035");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Add to calendar: SESEC IV Webinar 29: China Standards 2035 – Some Updates from SESEC" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("sesec-webinar-29.ics");
  const ics = readFileSync(await download.path(), "utf8");
  expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(1);
  expect(ics).toContain("DTSTART:20210916T080000Z\r\nDTEND:20210916T090000Z");
  expect(ics).toContain("UID:sesec-webinar-29@standards-radar");
});
