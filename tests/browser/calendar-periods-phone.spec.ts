import { test, expect } from "./fixtures";

/** On a phone the month is a list: each period once, before the days of the week it starts in
 * (or of the grid's first week), with its dates and its close, as readable as a day's chip. */
test("at 390 px each period of July 2021 is listed once, with its dates and close", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("./?view=calendar&month=2021-07");
  const calendar = page.getByRole("region", { name: "Calendar" });
  await expect(calendar.getByRole("heading", { name: "July 2021" })).toBeVisible();

  const review = calendar.getByRole("link", { name: /^Comments on the Measures for Cybersecurity Review close, 10–25 July 2021/ });
  await expect(review).toHaveCount(1);
  await expect(review).toBeVisible();
  await expect(review.getByText("10–25 July 2021")).toBeVisible();
  await expect(review.getByText("closes 25 Jul")).toBeVisible();
  // Shown once in all: no day of the list repeats it as a chip.
  await expect(calendar.getByText("Comments on the Measures for Cybersecurity Review close", { exact: true }).filter({ visible: true })).toHaveCount(1);
  // The CNCA call crosses three rows of the grid, and began in June: listed once, in the first.
  const call = calendar.getByRole("link", { name: /^Call for membership for the China RoHS.*, 29 June – 15 July 2021, call closes 15 July/ });
  await expect(call).toHaveCount(1);
  await expect(calendar.getByRole("list", { name: "Periods, week of 28 June 2021" }).getByRole("link", { name: /^Call for membership for the China RoHS/ })).toBeVisible();
  await expect(call.getByText("closes 15 Jul")).toBeVisible();

  // Nothing scrolls sideways, and the bar is as wide as the list.
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(scroll).toBeLessThanOrEqual(client);
  const bar = await review.boundingBox();
  const region = await calendar.boundingBox();
  expect(bar && region && bar.width).toBeGreaterThan((region?.width ?? 0) - 4);
});
