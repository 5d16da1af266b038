import { test, expect } from "./fixtures";

/** A synthetic archive: article i carries tag "Even" or "Odd", and a shared tag "All". */
function archive(n: number) {
  const articles = Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    title: `Article number ${i}`,
    date: `2021-07-${String(1 + (i % 28)).padStart(2, "0")}`,
    summary: `Summary of article ${i}.`,
    tags: ["All", i % 2 === 0 ? "Even" : "Odd"],
  }));
  return JSON.stringify({ schema_version: 1, publication: { title: "Archive", issue: "All", publisher: "P", source: "S" }, articles });
}

test("a large archive shows its cards a page at a time, and more on request", async ({ page }) => {
  await page.route("**/data/articles.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: archive(1000) }));
  await page.goto("./");
  await expect(page.getByRole("status").filter({ hasText: /1,?000 articles?$/ })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(30);

  await page.getByRole("button", { name: "Show 30 more" }).click();
  await expect(page.getByRole("article")).toHaveCount(60);

  // A new filter starts again from the first page.
  await page.getByRole("button", { name: /^Odd, 500 articles$/ }).click();
  await expect(page.getByRole("status").filter({ hasText: /^500 of 1,?000 articles$/ })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(30);
  await expect(page.getByRole("button", { name: "Show 30 more" })).toBeVisible();
});
