import { test, expect, articles } from "./fixtures";
import type { Page } from "@playwright/test";
import { cardLinks, corpusFile, isOwnCalendar, readable, serveDataset } from "./hostile";

/** Every link on the page: web (http/https, opened safely, in a new tab) or in-app (relative). */
async function expectSafeLinks(page: Page, what: string) {
  const links = await page.locator("a[href]").evaluateAll((as) =>
    as.map((a) => ({ href: a.getAttribute("href") ?? "", target: a.getAttribute("target"), rel: a.getAttribute("rel") })),
  );
  for (const link of links.filter((l) => !isOwnCalendar(page, l.href))) {
    if (/^https?:\/\//.test(link.href)) {
      expect(link.rel, `${what}: ${link.href}`).toBe("noopener noreferrer");
    } else {
      // A card's own page (`articles/<id>.html`, for readers without JavaScript) is the build's.
      expect(link.href, `${what}: an in-app link is a relative query`).toMatch(/^(\?|\.\/|#|articles\/[a-z0-9-]+\.html$)/);
    }
  }
}

test("every link in every article is web (http/https, opened safely) or in-app", async ({ page }) => {
  for (const article of articles) {
    await page.goto(`./?article=${article.id}`);
    await expect(page.getByRole("heading", { level: 2, name: article.title })).toBeVisible();
    await expectSafeLinks(page, article.id);
  }
});

// The hostile corpus: each readable dataset's list, then each of its articles in full (where
// the sources are links), every link web or in-app whatever the data's URLs say.
for (const c of readable.filter((c) => (c.articles ?? 0) > 0)) {
  test(`every link of every article of the hostile ${c.file} is web or in-app`, async ({ page }) => {
    await serveDataset(page, corpusFile(c.file));
    await page.goto("./");
    const cards = await cardLinks(page);
    expect(cards).toHaveLength(c.articles ?? 0);
    await expectSafeLinks(page, `${c.file}, the list`);
    let web = 0;
    for (const card of cards) {
      await page.goto(card.href);
      await expect(page.getByRole("article")).toHaveCount(1);
      expect(await page.getByRole("article").getByRole("heading", { level: 2 }).textContent()).toBe(card.title);
      await expectSafeLinks(page, `${c.file}, ${card.title}`);
      web += await page.getByRole("region", { name: "Sources" }).getByRole("link").count();
    }
    // The web links the data holds are still shown: the check is not passed by showing none.
    expect(web, "web links shown").toBe(c.safeLinks ?? 0);
  });
}
