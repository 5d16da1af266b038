import { test, expect } from "./fixtures";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { corpus, isOwnCalendar } from "./hostile";

const DATA = "**/data/archive.json";

/** Nothing a hostile dataset carries may run, and every link the app draws from it must be web
 * or in-app. The page the build prerendered from the shipped data stays above an error panel
 * (its subscribe link names the build's own site): its links are not the routed data's. */
async function expectNothingExecuted(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  const hrefs = await page
    .locator("a[href]")
    .evaluateAll((links) => links.filter((a) => !a.closest("#prerender")).map((a) => a.getAttribute("href") ?? ""));
  for (const href of hrefs.filter((h) => !isOwnCalendar(page, h))) {
    expect(href, "every link is http(s) or relative").toMatch(/^(https?:\/\/|\?|\.\/|#|articles\/[a-z0-9-]+\.html$)/);
  }
}

for (const c of corpus.cases) {
  test(`hostile data: ${c.file} gives ${c.expect === "ok" ? "the readable part" : "a clear error"}`, async ({ page, consoleErrors }) => {
    const body = readFileSync(`tests/corpus/${c.file}`);
    await page.route(DATA, (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
    page.on("dialog", (d) => {
      throw new Error(`a dialog opened: ${d.message()}`);
    });
    await page.goto("./");
    if (c.expect === "error") {
      const alert = page.getByRole("alert");
      await expect(alert).toContainText(c.message ?? "");
      await expect(alert.getByRole("button", { name: "Retry" })).toBeVisible();
    } else {
      await expect(page.getByRole("status").filter({ hasText: / articles?$/ })).toBeVisible();
      await expect(page.getByRole("article")).toHaveCount(c.articles ?? 0);
      if (c.skipped) {
        await expect(page.getByText(`${c.skipped} article${c.skipped > 1 ? "s" : ""} of the data file could not be read`)).toBeVisible();
      }
      if (c.shows) {
        await expect(page.getByRole("heading", { name: c.shows })).toBeVisible();
      }
      for (const [tag, count] of Object.entries(c.tagCounts ?? {})) {
        // One button per tag in the cloud, counting each article once.
        await expect(page.getByRole("region", { name: "Tags" }).getByRole("link", { name: new RegExp(`^${tag}, `) })).toHaveAccessibleName(
          `${tag}, ${count} article${count === 1 ? "" : "s"}`,
        );
      }
      if (c.tagCounts) {
        // One chip per tag on a card, whatever spellings the article carries.
        for (const card of await page.getByRole("article").all()) {
          const chips = await card.getByRole("list", { name: "Tags" }).getByRole("link").allTextContents();
          expect(new Set(chips.map((t) => t.toLowerCase().replace(/[^a-z0-9]/g, ""))).size, chips.join(", ")).toBe(chips.length);
        }
      }
    }
    await expectNothingExecuted(page);
    expect(consoleErrors.filter((e) => /panicked|RuntimeError|unreachable/.test(e))).toEqual([]);
  });
}

test("hostile data: 100,000 levels of nesting do not crash the page", async ({ page }) => {
  const depth = 100_000;
  const body = `{"schema_version":1,"articles":${"[".repeat(depth)}${"]".repeat(depth)}}`;
  await page.route(DATA, (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
  await page.goto("./");
  await expect(page.getByRole("alert").or(page.getByText("could not be read and was skipped"))).toBeVisible();
});

test("hostile data: a 50 MB file loads", async ({ page }) => {
  test.setTimeout(60_000);
  const text = "Standardization news from China. ".repeat(Math.ceil((50 * 1024 * 1024) / 34));
  const body = JSON.stringify({
    schema_version: 1,
    publication: { title: "Big issue", issue: "1", publisher: "P", source: "S" },
    articles: [{ id: "big", title: "A very long article", summary: "Short summary.", body: [{ type: "paragraph", text }] }],
  });
  await page.route(DATA, (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
  await page.goto("./");
  await expect(page.getByRole("heading", { name: "A very long article" })).toBeVisible({ timeout: 45_000 });
});
