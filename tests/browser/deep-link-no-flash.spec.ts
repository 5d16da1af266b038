import { test, expect, articles } from "./fixtures";
import { appHasTakenOver } from "./prerender-fixture";

// A deep link never shows the prerendered default cards, not for one frame: the head script
// marks it before the first paint, and the loading state shows until the app draws the view.
test.use({ waitForApp: false });

/** Loads `url` over a slow link (1.6 Mbps, 300 ms round trips), noting in every frame from the
 * first which card titles are drawn and whether the loading state is. */
async function framesOf(page: import("@playwright/test").Page, url: string) {
  await page.addInitScript(() => {
    const w = window as unknown as { seen_: { titles: string[]; loading: boolean }[] };
    w.seen_ = [];
    const drawn = (e: Element) => e.getClientRects().length > 0;
    const sample = () => {
      w.seen_.push({
        titles: [...document.querySelectorAll(".card__title")].filter(drawn).map((t) => t.textContent ?? ""),
        loading: [...document.querySelectorAll(".loading")].some(drawn),
      });
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 300,
    downloadThroughput: 200_000,
    uploadThroughput: 90_000,
  });
  await page.goto(url, { waitUntil: "commit" });
  await appHasTakenOver(page);
  await expect(page.locator(".loading")).toHaveCount(0);
  await page.evaluate(() => new Promise(requestAnimationFrame));
  return page.evaluate(() => (window as unknown as { seen_: { titles: string[]; loading: boolean }[] }).seen_);
}

test("a tag's link shows only that tag's cards, from the first frame", async ({ page }) => {
  const frames = await framesOf(page, "./?tag=MIIT");
  const tagged = new Set(articles.filter((a) => a.tags.includes("MIIT")).map((a) => a.title));
  expect(tagged.size).toBeGreaterThan(0);
  expect(frames.length).toBeGreaterThan(1);
  expect(frames.flatMap((f) => f.titles).filter((t) => !tagged.has(t.trim()))).toEqual([]);
  // It said it was loading before it showed them.
  expect(frames.some((f) => f.loading)).toBe(true);
  expect(frames.at(-1)?.titles.length).toBe(tagged.size);
});

for (const url of [`./?article=${articles[3].id}`, "./?view=calendar"]) {
  test(`${url} never shows the default cards`, async ({ page }) => {
    const frames = await framesOf(page, url);
    expect(frames.length).toBeGreaterThan(1);
    expect(frames.filter((f) => f.titles.length > 0)).toEqual([]);
    expect(frames.some((f) => f.loading)).toBe(true);
  });
}
