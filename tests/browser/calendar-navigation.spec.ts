import { test, expect, dataset } from "./fixtures";

test("previous, next and today move the month and the URL", async ({ page }) => {
  await page.goto("./?view=calendar&month=2021-12");
  const calendar = page.getByRole("region", { name: "Calendar" });
  await calendar.getByRole("link", { name: "Next month ›" }).click();
  await expect(page).toHaveURL(/month=2022-01/);
  await expect(calendar.getByRole("heading", { name: "January 2022" })).toBeVisible();
  await page.goBack();
  await expect(calendar.getByRole("heading", { name: "December 2021" })).toBeVisible();
});

test("with every event past, the calendar opens on the latest event's month", async ({ page }) => {
  const latest = dataset.articles
    .flatMap((a: { events: { start: string }[] }) => a.events.map((e) => e.start.slice(0, 7)))
    .sort()
    .pop();
  await page.clock.setFixedTime(new Date(2026, 10, 25, 12, 0));
  await page.goto("./?view=calendar");
  const [y, m] = latest.split("-").map(Number);
  const name = new Date(Date.UTC(y, m - 1, 1)).toLocaleString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
  await expect(page.getByRole("region", { name: "Calendar" }).getByRole("heading", { level: 2 })).toHaveText(name);
});

test("on a day with events ahead, the calendar opens on the next one, marks today and counts down", async ({ page }) => {
  await page.clock.setFixedTime(new Date(2021, 6, 20, 12, 0));
  await page.goto("./?view=calendar");
  const calendar = page.getByRole("region", { name: "Calendar" });
  await expect(calendar.getByRole("heading", { name: "July 2021" })).toBeVisible();
  const today = calendar.getByRole("cell", { name: "Tuesday 20 July 2021" });
  await expect(today).toHaveAttribute("aria-current", "date");
  // The review's comment period (10–25 July) is a bar over this week, counting down.
  await expect(
    calendar.getByRole("list", { name: "Periods, week of 19 July 2021" }).getByRole("link", { name: /^Comments on the Measures for Cybersecurity Review/ }),
  ).toHaveAccessibleName(/comments close 25 July \(comment period open, closes in 5 days\)$/);

  await calendar.getByRole("link", { name: "Next month ›" }).click();
  await calendar.getByRole("link", { name: "Today" }).click();
  await expect(page).toHaveURL(/month=2021-07/);
});
