import { test, expect, cardTitles } from "./fixtures";

test("reloading restores the same view", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("searchbox", { name: "Search" }).fill("MIIT");
  await page.getByRole("radio", { name: "any match" }).check();
  await page.getByLabel("Sort").selectOption("oldest");
  await expect(page).toHaveURL(/sort=oldest/);
  const before = await cardTitles(page);
  const url = page.url();

  await page.reload();
  await expect(page).toHaveURL(url);
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("MIIT");
  await expect(page.getByRole("radio", { name: "any match" })).toBeChecked();
  await expect(page.getByLabel("Sort")).toHaveValue("oldest");
  expect(await cardTitles(page)).toEqual(before);
});
