import { test, expect, dataset } from "./fixtures";

test("a reader opening the page sees every article of the issue, with no errors", async ({
  page,
  consoleErrors,
}) => {
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(dataset.publication.title);
  const cards = page.getByRole("article");
  await expect(cards).toHaveCount(dataset.articles.length);
  for (const article of dataset.articles.slice(0, 3)) {
    await expect(page.getByRole("heading", { name: article.title, exact: true })).toBeVisible();
  }
  expect(consoleErrors).toEqual([]);
});

test("while the data is on its way, the reader sees that it is loading", async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/data/archive.json", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("./");
  await expect(page.getByRole("status").filter({ hasText: "Loading articles" })).toBeVisible();
  release();
  await expect(page.getByRole("article").first()).toBeVisible();
  await expect(page.getByText("Loading articles")).toHaveCount(0);
});
