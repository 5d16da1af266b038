import { test, expect, articles, buildFacts, issueFile } from "./fixtures";

// A reader without JavaScript gets the newest issue's cards from the HTML itself, and each
// card's own article page; the filters and tools, which need the app, are not offered.
test.use({ javaScriptEnabled: false, waitForApp: false });

const newest = JSON.parse(issueFile(buildFacts().issues[0].file)).articles as { id: string; title: string }[];

test("without JavaScript the newest issue's cards are readable, each with its article page", async ({ page, request }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("./");
  const cards = page.getByRole("article");
  await expect(cards).toHaveCount(Math.min(newest.length, 30));
  const titles = await cards.getByRole("heading", { level: 2 }).allTextContents();
  expect(new Set(titles)).toEqual(new Set(newest.slice(0, 30).map((a) => a.title)));
  // Each card's page is a real page with the article.
  const pages = cards.getByRole("link", { name: "Read the article" });
  await expect(pages).toHaveCount(await cards.count());
  for (const [i, href] of (await pages.evaluateAll((links) => links.map((l) => l.getAttribute("href")))).entries()) {
    const response = await request.get(href ?? "");
    expect(response.status(), href ?? "").toBe(200);
    const h1 = /<h1>(.*?)<\/h1>/s.exec(await response.text())?.[1] ?? "";
    const decoded = h1.replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
    expect(decoded, href ?? "").toBe(titles[i]);
  }
  // Following one from the first screen.
  await pages.first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titles[0]);
});

test("without JavaScript the controls that need it are not offered", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByRole("article").first()).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Search and filters" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "View" })).toBeHidden();
  await expect(page.getByRole("button")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Following" })).toBeHidden();
  expect(articles.length).toBeGreaterThan(0);
});
