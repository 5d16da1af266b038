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
  await page.route("**/data/archive.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: archive(1000) }));
  await page.goto("./");
  await expect(page.getByRole("status").filter({ hasText: /1,?000 articles?$/ })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(30);

  await page.getByRole("button", { name: "Show 30 more" }).click();
  await expect(page.getByRole("article")).toHaveCount(60);

  // A new filter starts again from the first page.
  await page.getByRole("region", { name: "Tags" }).getByRole("link", { name: /^Odd, 500 articles$/ }).click();
  await expect(page.getByRole("status").filter({ hasText: /^500 of 1,?000 articles$/ })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(30);
  await expect(page.getByRole("button", { name: "Show 30 more" })).toBeVisible();
});

test("a large archive's cloud shows the most used tags, and every tag on request", async ({ page }) => {
  // 60 tags: "Topic 1" on every article, "Topic 2" on every second, … "Topic 60" on one.
  const articles = Array.from({ length: 60 }, (_, i) => ({
    id: `a${i}`,
    title: `Article ${i}`,
    date: "2021-07-01",
    tags: Array.from({ length: 60 }, (_, t) => `Topic ${t + 1}`).filter((_, t) => i % (t + 1) === 0),
  }));
  const body = JSON.stringify({ schema_version: 1, publication: { title: "Archive", issue: "All", publisher: "P", source: "S" }, articles });
  await page.route("**/data/archive.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
  await page.goto("./");
  const cloud = page.getByRole("region", { name: "Tags" });
  await expect(cloud.getByRole("link", { name: /^Topic \d+, / })).toHaveCount(40);
  await expect(cloud.getByRole("link", { name: /^Topic 41, / })).toHaveCount(0);

  await cloud.getByRole("button", { name: "Show all 60 tags" }).click();
  await expect(cloud.getByRole("link", { name: /^Topic \d+, / })).toHaveCount(60);
  await cloud.getByRole("link", { name: /^Topic 60, 1 article$/ }).click();
  await expect(page).toHaveURL(/tag=Topic(\+|%20)60/);

  // Back to the most used: a selected tag stays in sight even when it is not among them.
  await cloud.getByRole("button", { name: "Show the 40 most used tags" }).click();
  await expect(cloud.getByRole("link", { name: /^Topic 60, 1 article$/ })).toHaveAttribute("aria-current", "true");
});
