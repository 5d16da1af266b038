import { test, expect } from "./fixtures";
import type { Browser } from "@playwright/test";

async function grid(browser: Browser, timezoneId: string): Promise<string[]> {
  const context = await browser.newContext({ timezoneId });
  const page = await context.newPage();
  await page.goto("./?view=calendar&month=2021-07");
  const cells = page.getByRole("region", { name: "Calendar" }).getByRole("cell");
  await expect(cells.first()).toBeVisible();
  const content = await cells.evaluateAll((tds) =>
    tds.map((td) => `${td.getAttribute("aria-label")}: ${td.textContent}`),
  );
  await context.close();
  return content;
}

test("the calendar grid is the same in every time zone", async ({ browser }) => {
  const utc = await grid(browser, "UTC");
  // The 35 day cells; the week rows' cells of periods (no name of their own) are compared too.
  const days = utc.filter((cell) => !cell.startsWith("null:"));
  expect(days.length).toBe(35);
  expect(days[0]).toMatch(/^Monday 28 June 2021: /);
  expect(utc.length).toBeGreaterThan(35);
  for (const zone of ["America/Los_Angeles", "Pacific/Kiritimati", "Asia/Shanghai"]) {
    expect(await grid(browser, zone), zone).toEqual(utc);
  }
});
