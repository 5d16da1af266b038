import { test, expect, dataset } from "./fixtures";

const DATA = "**/data/archive.json";

test("when the server fails, the reader sees why and can retry", async ({ page }) => {
  await page.route(DATA, (route) => route.fulfill({ status: 500, body: "oops" }));
  await page.goto("./");
  const panel = page.getByRole("alert");
  await expect(panel).toContainText("could not be loaded");
  await expect(panel).toContainText("500");
  await expect(page.getByRole("article")).toHaveCount(0);

  await page.unroute(DATA);
  await panel.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("article")).toHaveCount(dataset.articles.length);
  await expect(page.getByRole("alert")).toHaveCount(0);
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
