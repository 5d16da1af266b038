import { test, expect, dataset, prerenderReplaced } from "./fixtures";

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

test.describe("while the data is on its way", () => {
  test.use({ waitForApp: false });
  const holdData = async (page: import("@playwright/test").Page) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/data/archive.json", async (route) => {
      await held;
      await route.continue();
    });
    return release;
  };

  test("a deep link says that it is loading", async ({ page }) => {
    const release = await holdData(page);
    await page.goto("./?tag=5G");
    await expect(page.getByRole("status").filter({ hasText: "Loading articles" })).toBeVisible();
    release();
    await expect(page.getByRole("article")).toHaveCount(dataset.articles.filter((a) => a.tags.includes("5G")).length);
    await expect(page.getByText("Loading articles")).toHaveCount(0);
  });

  test("the bare address shows the newest issue's cards from the page itself", async ({ page }) => {
    const release = await holdData(page);
    await page.goto("./");
    await expect(page.getByRole("article")).toHaveCount(dataset.articles.length);
    // Roles are only found on what is shown: the page's loading note is hidden, so is the app's.
    await expect(page.getByRole("status").filter({ hasText: "Loading articles" })).toHaveCount(0);
    release();
    await prerenderReplaced(page);
    await expect(page.getByRole("article")).toHaveCount(dataset.articles.length);
  });
});
