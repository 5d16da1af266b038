import { test, expect, byId, cardTitles } from "./fixtures";

test("a shared link with tags and a search shows exactly the matching cards", async ({ page, consoleErrors }) => {
  await page.goto("./?tag=5G&q=application");
  await expect(page.getByRole("status").filter({ hasText: "of 26 articles" })).toHaveText("2 of 26 articles");
  expect((await cardTitles(page)).sort()).toEqual(
    [byId("5g-application-action-plan").title, byId("5g-energy-sector-implementation-plan").title].sort(),
  );
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("application");
  await expect(page.getByRole("link", { name: "Remove filter Tag: 5G" })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test("a shared link to an article opens it, with the filters kept for the way back", async ({ page }) => {
  const article = byId("5g-application-action-plan");
  await page.goto(`./?tag=5G&q=application&article=${article.id}`);
  await expect(page.getByRole("heading", { level: 2, name: article.title })).toBeVisible();
  await page.getByRole("link", { name: "← Back to the list" }).click();
  await expect(page).toHaveURL(/\?tag=5G&q=application$/);
  await expect(page.getByRole("article")).toHaveCount(2);
});
