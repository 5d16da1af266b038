import { test, expect } from "./fixtures";

test("the agenda lists events by month, and can show only upcoming ones", async ({ page }) => {
  await page.clock.setFixedTime(new Date(2021, 6, 20, 12, 0));
  await page.goto("./?view=agenda");
  const agenda = page.getByRole("region", { name: "Agenda" });
  await expect(agenda.getByRole("heading", { level: 2 }).first()).toHaveText("June 2021");
  const months = await agenda.getByRole("heading", { level: 2 }).allInnerTexts();
  expect(months).toContain("September 2021");
  expect(months.indexOf("July 2021")).toBeLessThan(months.indexOf("September 2021"));

  await expect(agenda.getByText("Data Security Law passed")).toBeVisible();
  await agenda.getByRole("checkbox", { name: "Upcoming only" }).check();
  await expect(page).toHaveURL(/upcoming=1/);
  await expect(agenda.getByRole("heading", { level: 2 }).first()).toHaveText("July 2021");
  await expect(agenda.getByText("comment period open, closes in 5 days")).toBeVisible();
  await expect(agenda.getByText("Data Security Law passed")).toHaveCount(0);
  await expect(agenda.getByText("starts in 58 days")).toBeVisible();
});

test("when every event is past, upcoming only says so", async ({ page }) => {
  await page.clock.setFixedTime(new Date(2026, 10, 25, 12, 0));
  await page.goto("./?view=agenda&upcoming=1");
  await expect(page.getByText(/No upcoming events/)).toBeVisible();
});

test("the agenda follows the filters", async ({ page }) => {
  await page.goto("./?view=agenda&tag=Data+Security&kind=effective");
  const agenda = page.getByRole("region", { name: "Agenda" });
  await expect(agenda.getByRole("button", { name: "Export 1 event" })).toBeVisible();
  await expect(agenda.getByRole("button", { name: /^Add to calendar/ })).toHaveCount(1);
  await expect(agenda.getByText("Data Security Law takes effect")).toBeVisible();
});
