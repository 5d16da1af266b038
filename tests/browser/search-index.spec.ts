import { test, expect } from "./fixtures";
import type { Page } from "@playwright/test";

/** An archive large enough that its search index is built in many background steps. */
function archive(n: number) {
  const articles = Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    title: `Article number ${i}`,
    date: "2021-07-01",
    summary: `Summary of article ${i}, about standard GB/T ${10000 + i}.`,
    tags: ["All"],
  }));
  return JSON.stringify({ schema_version: 1, publication: { title: "Archive", issue: "All", publisher: "P", source: "S" }, articles });
}

async function openArchive(page: Page) {
  await page.route("**/data/archive.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: archive(3000) }));
  await page.goto("./");
  await expect(page.getByRole("article")).toHaveCount(30);
}

async function searchIndexReady(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName("radar:search-ready").length > 0);
}

for (const [name, withoutScheduler] of [
  ["in background tasks", false],
  ["with timers where the browser has no scheduler.postTask", true],
] as const) {
  test(`the search index is built without waiting for a search, ${name}`, async ({ page }) => {
    if (withoutScheduler) await page.addInitScript(() => delete (window as { scheduler?: unknown }).scheduler);
    await openArchive(page);
    await searchIndexReady(page);

    await page.getByRole("searchbox", { name: "Search" }).fill("GB/T 12999");
    await expect(page.getByRole("article")).toHaveCount(1);
    await expect(page.getByRole("heading", { name: "Article number 2999" })).toBeVisible();
  });
}

test("a search typed as soon as the cards appear finds every article", async ({ page }) => {
  await openArchive(page);
  await page.getByRole("searchbox", { name: "Search" }).fill("number 2999");
  await expect(page.getByRole("heading", { name: "Article number 2999" })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(1);
});
