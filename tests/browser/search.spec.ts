import { test, expect, cardTitles, byId } from "./fixtures";

test("search as you type, ignoring case and accents, with matches marked", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByRole("article").first()).toBeVisible();
  await page.keyboard.press("/");
  const search = page.getByRole("searchbox", { name: "Search" });
  await expect(search).toBeFocused();
  await page.keyboard.type("CARBÓN emission");
  await expect(page).toHaveURL(/q=CARB%C3%93N\+emission$/);
  const titles = await cardTitles(page);
  expect(titles[0]).toBe(byId("national-carbon-emission-trading-market").title);
  expect(titles).toContain(byId("automotive-standardization-key-points-2021").title);
  await expect(page.getByRole("article").locator("mark").first()).toHaveText(/carbon/i);
});

test("title matches rank above body matches", async ({ page }) => {
  await page.goto("./?q=blockchain");
  const titles = await cardTitles(page);
  expect(titles[0]).toBe(byId("blockchain-guiding-opinions").title);
  expect(titles.length).toBeGreaterThan(1);
});
