import { test, expect, dataset } from "./fixtures";

type Event = { id: string; title: string; start: string; end?: string };
const events: Event[] = dataset.articles.flatMap((a: { events: Event[] }) => a.events);
const weekday = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "Thursday 16 September 2021", computed from the numbers, never from a Date string. */
function dayName(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  const dow = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${weekday[dow]} ${d} ${months[m - 1]} ${y}`;
}

test("September 2021 shows each of its events on its day, weeks starting on Monday", async ({ page }) => {
  await page.goto("./?view=calendar&month=2021-09");
  const calendar = page.getByRole("region", { name: "Calendar" });
  await expect(calendar.getByRole("heading", { name: "September 2021" })).toBeVisible();
  await expect(calendar.getByRole("columnheader").first()).toHaveText("Mon");

  const september = events.filter((e) => e.start.startsWith("2021-09") && e.start.length === 10);
  expect(september.length).toBeGreaterThanOrEqual(3);
  for (const event of september) {
    await expect(calendar.getByRole("cell", { name: dayName(event.start) })).toContainText(event.title);
  }
  const webinar = calendar.getByRole("cell", { name: "Thursday 16 September 2021" });
  await expect(webinar.getByRole("link")).toContainText("SESEC IV Webinar 29");
  // Days of the neighbouring months complete the weeks, dimmed.
  await expect(calendar.getByRole("cell", { name: "Monday 30 August 2021" })).toHaveClass(/calendar__day--outside/);

  await webinar.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 2, name: /SESEC IV Webinar 29/ })).toBeVisible();
});

test("a multi-day event is a bar in each week row it crosses, also across the end of a month", async ({ page }) => {
  await page.goto("./?view=calendar&month=2021-07");
  const calendar = page.getByRole("region", { name: "Calendar" });
  const periods = (monday: string) => calendar.getByRole("list", { name: `Periods, week of ${monday}` });
  // The forum runs 27–28 July: one bar in its week, not a chip in each day.
  await expect(periods("26 July 2021").getByRole("link", { name: /^2021 Qingdao Forum.*, 27–28 July 2021, ends 28 July$/ })).toBeVisible();
  for (const day of ["Tuesday 27 July 2021", "Wednesday 28 July 2021", "Thursday 29 July 2021"]) {
    await expect(calendar.getByRole("cell", { name: day })).not.toContainText("Qingdao");
  }
  // The RoHS call runs 29 June – 15 July: in the July grid a bar in each of its first three rows...
  for (const monday of ["28 June 2021", "5 July 2021", "12 July 2021"]) {
    await expect(periods(monday).getByRole("link", { name: /RoHS/ })).toHaveCount(1);
  }
  await expect(periods("19 July 2021").getByRole("link", { name: /RoHS/ })).toHaveCount(0);
  await expect(calendar.getByRole("cell", { name: "Thursday 15 July 2021" })).not.toContainText("RoHS");
  // ...and in the June grid across its last days.
  await calendar.getByRole("link", { name: "‹ Previous month" }).click();
  await expect(page).toHaveURL(/month=2021-06/);
  await expect(periods("28 June 2021").getByRole("link", { name: /RoHS.*29 June – 15 July 2021/ })).toBeVisible();
});

test("events known only to the month are listed as sometime this month", async ({ page }) => {
  await page.goto("./?view=calendar&month=2021-11");
  const sometime = page.getByRole("region", { name: "Calendar" }).getByRole("heading", { name: "Sometime this month" });
  await expect(sometime).toBeVisible();
  await expect(page.getByText("12th plenary session of SWG I4.0")).toBeVisible();
});
