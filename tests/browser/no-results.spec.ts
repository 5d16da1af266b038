import { test, expect } from "./fixtures";

test("when nothing matches, the reader can drop the last filter", async ({ page }) => {
  await page.goto("./?tag=ICV&q=blockchain");
  await expect(page.getByRole("heading", { name: "No articles match these filters" })).toBeVisible();
  await expect(page.getByText("0 of 26 articles")).toBeVisible();
  await page.getByRole("link", { name: "Remove the last filter (Search: blockchain)" }).click();
  await expect(page).toHaveURL(/\?tag=ICV$/);
  await expect(page.getByRole("article")).toHaveCount(2);
});

test("Clear all brings every article back", async ({ page }) => {
  await page.goto("./?tag=ICV&section=ICV&q=road");
  await page.getByRole("link", { name: "Clear all", exact: true }).click();
  await expect(page.getByRole("article")).toHaveCount(26);
});
