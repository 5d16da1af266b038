import { test, expect, query } from "./fixtures";
import { december, october, serveArchive } from "./archive-fixture";

const KEY = "standards-radar:newest-issue-seen";

test("on a first visit nothing is new, and the newest issue is remembered", async ({ page }) => {
  await serveArchive(page, [october]);
  await page.goto("./");
  await expect(page.getByRole("article")).toHaveCount(29);
  await expect(page.getByText("since your last visit")).toHaveCount(0);
  await expect(page.getByText("New", { exact: true })).toHaveCount(0);
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(october.entry.id);
});

test("issues that came out since the last visit are marked new, and Show what's new is a shareable link", async ({ page }) => {
  await page.addInitScript((k) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem(k, "2021-06-07");
      sessionStorage.setItem("seeded", "1");
    }
  }, KEY);
  await serveArchive(page, [october, december]);
  await page.goto("./");
  await expect(page.getByText("2 new issues since your last visit.")).toBeVisible();
  const marked = page.getByRole("article").filter({ has: page.getByText("New", { exact: true }) });
  await expect(marked).toHaveCount(6);
  await expect(marked.first()).toContainText("October–November 2021 issue");
  await page.getByRole("link", { name: "Show what’s new" }).click();
  expect(query(page).getAll("issue")).toEqual(["2021-10-11", "2021-08-09"]);
  await expect(page.getByRole("article")).toHaveCount(6);
  // The link means the same to anyone: it names the issues, not "what is new to me".
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(december.entry.id);
});

test("the reader can make this device forget the last visit", async ({ page }) => {
  await serveArchive(page, [october]);
  await page.goto("./");
  await expect(page.getByRole("article")).toHaveCount(29);
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).not.toBeNull();
  await page.getByRole("button", { name: "Forget it" }).click();
  await expect(page.getByText("nothing about your visits is kept")).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
});
