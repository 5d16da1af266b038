import { test, expect, articles } from "./fixtures";

test("every link in every article is web (http/https, opened safely) or in-app", async ({ page }) => {
  for (const article of articles) {
    await page.goto(`./?article=${article.id}`);
    await expect(page.getByRole("heading", { level: 2, name: article.title })).toBeVisible();
    const links = await page.locator("a[href]").evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute("href") ?? "", target: a.getAttribute("target"), rel: a.getAttribute("rel") })),
    );
    for (const link of links) {
      if (/^https?:\/\//.test(link.href)) {
        expect(link.rel, link.href).toBe("noopener noreferrer");
      } else {
        expect(link.href, "an in-app link is a relative query").toMatch(/^(\?|\.\/|#)/);
      }
    }
  }
});
