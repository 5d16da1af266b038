import { test, expect, dataset } from "./fixtures";

/** The events of the shipped data that end (their last day) within `days` of `today`, read
 * from the data file itself: a month-only date ends on its month's last day. */
function closingWithin(today: string, days: number): number {
  const lastDay = (date: string) => {
    if (date.length === 10) return date;
    const [y, m] = date.split("-").map(Number);
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  };
  const until = new Date(`${today}T00:00:00Z`);
  until.setUTCDate(until.getUTCDate() + days);
  const limit = until.toISOString().slice(0, 10);
  return dataset.articles
    .flatMap((a: { events?: { start: string; end?: string }[] }) => a.events ?? [])
    .map((e) => lastDay(e.end ?? e.start))
    .filter((last) => last >= today && last <= limit).length;
}

test("closing soon lists what ends within 7 or 30 days, and the window is in the link", async ({ page }) => {
  await page.clock.setFixedTime(new Date(2021, 6, 20, 12, 0));
  await page.goto("./?view=agenda");
  const agenda = page.getByRole("region", { name: "Agenda" });
  const soon = agenda.getByRole("navigation", { name: "Closing soon" });
  const items = agenda.locator(".agenda__list > li");

  await soon.getByRole("link", { name: "7 days" }).click();
  await expect(page).toHaveURL(/upcoming=7/);
  await expect(soon.getByRole("link", { name: "7 days" })).toHaveAttribute("aria-current", "true");
  const week = closingWithin("2021-07-20", 7);
  expect(week).toBeGreaterThan(0);
  await expect(items).toHaveCount(week);
  await expect(agenda.getByText("comment period open, closes in 5 days")).toBeVisible();

  await soon.getByRole("link", { name: "30 days" }).click();
  await expect(page).toHaveURL(/upcoming=30/);
  const month = closingWithin("2021-07-20", 30);
  expect(month).toBeGreaterThan(week);
  await expect(items).toHaveCount(month);

  // The same window again gives way to every event; a fresh load of a window shows the same.
  await soon.getByRole("link", { name: "30 days" }).click();
  await expect(page).not.toHaveURL(/upcoming=/);
  await page.goto("./?view=agenda&upcoming=7");
  await expect(items).toHaveCount(week);
});
