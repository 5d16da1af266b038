import { test, expect, dataset, cloudTag } from "./fixtures";

const DATA = "**/data/archive.json";

test("when the server fails, the reader keeps the first cards, sees why and can retry", async ({ page }) => {
  let failures = 2;
  await page.route(DATA, (route) => {
    if (failures === 0) return route.continue();
    failures -= 1;
    return route.fulfill({ status: 500, body: "oops" });
  });
  await page.goto("./");
  // The page's own cards stay readable: the newest issue, as the bare address shows it.
  const shown = Math.min(dataset.articles.length, 30);
  const panel = page.getByRole("alert");
  for (const attempt of ["first", "after one retry"]) {
    await expect(panel, attempt).toContainText("could not be loaded");
    await expect(panel, attempt).toContainText("500");
    await expect(panel, attempt).toContainText("Below, the newest issue as this page first showed it");
    await expect(page.getByRole("article"), attempt).toHaveCount(shown);
    await expect(page.getByRole("article").first(), attempt).toBeVisible();
    await panel.getByRole("button", { name: "Retry" }).click();
  }
  // The app takes the page over, with its own cards.
  await page.locator("#prerender").waitFor({ state: "detached" });
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(page.getByRole("article")).toHaveCount(dataset.articles.length);
  // The app's own: a filter works.
  await cloudTag(page, "5G").click();
  await expect(page).toHaveURL(/tag=5G/);
});

test("a deep link that fails shows why in the app's place, with no cards", async ({ page }) => {
  await page.route(DATA, (route) => route.fulfill({ status: 500, body: "oops" }));
  await page.goto("./?tag=5G");
  const panel = page.getByRole("alert");
  await expect(panel).toContainText("500");
  await expect(panel.getByText("Below, the newest issue")).toBeHidden();
  await expect(page.getByRole("article")).toHaveCount(0);
});

test("a missing data file gives the error panel, not a blank page", async ({ page }) => {
  await page.route(DATA, (route) => route.fulfill({ status: 404, body: "Not found" }));
  await page.goto("./");
  await expect(page.getByRole("alert")).toContainText("404");
  await expect(page.getByRole("button", { name: "Retry" })).toBeVisible();
});

test("a data file that is not JSON gives the error panel", async ({ page }) => {
  await page.route(DATA, (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><p>hi</p>" }),
  );
  await page.goto("./");
  await expect(page.getByRole("alert")).toContainText("not valid JSON");
});

test("a dataset from a newer app version says so", async ({ page }) => {
  await page.route(DATA, (route) =>
    route.fulfill({ json: { ...dataset, schema_version: 99 } }),
  );
  await page.goto("./");
  await expect(page.getByRole("alert")).toContainText("newer than this app");
});

test("a dropped connection gives the error panel", async ({ page }) => {
  await page.route(DATA, (route) => route.abort("connectionreset"));
  await page.goto("./");
  await expect(page.getByRole("alert")).toContainText("could not be downloaded");
});
