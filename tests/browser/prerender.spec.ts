import { test, expect, articles } from "./fixtures";

test.use({ waitForApp: false });
import { tree, holdWasm, appHasTakenOver } from "./prerender-fixture";
import AxeBuilder from "@axe-core/playwright";

// The build writes the app's first screen into index.html (examples/site/prerender.rs): a
// reader on a slow link reads the newest issue's cards before the WebAssembly arrives.

for (const [width, height] of [[390, 844], [1280, 900]]) {
  test(`the prerendered first screen is what the app draws, at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const wasm = await holdWasm(page);
    await page.goto("./", { waitUntil: "domcontentloaded" });
    await expect(page.locator("#prerender .card").first()).toBeVisible();
    const prerendered = await tree(page, "#prerender main");
    wasm.release();
    await appHasTakenOver(page);
    await expect(page.getByRole("status").filter({ hasText: / articles?$/ })).toBeVisible();
    // The sizes the cards held for the hand-over are dropped two frames after it.
    await expect(page.locator(".cards > li[style]")).toHaveCount(0);
    expect(await tree(page, "main")).toEqual(prerendered);
  });
}

test("the app takes over without a frame of both or neither, nothing moves, focus and scroll stay", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // Every frame from the first: how many main regions are drawn, and every layout shift.
  await page.addInitScript(() => {
    const w = window as unknown as { frames_: number[]; shifts_: number };
    w.frames_ = [];
    w.shifts_ = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.shifts_ += (entry as unknown as { value: number }).value;
    }).observe({ type: "layout-shift", buffered: true });
    const sample = () => {
      w.frames_.push([...document.querySelectorAll("main")].filter((m) => m.getClientRects().length > 0).length);
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  const wasm = await holdWasm(page);
  await page.goto("./", { waitUntil: "domcontentloaded" });
  const third = page.locator("#prerender .card__link").nth(2);
  await third.focus();
  await page.evaluate(() => window.scrollTo(0, 600));
  const before = { box: await page.locator(".card").nth(4).boundingBox(), scroll: await page.evaluate(() => scrollY) };
  const focusedHref = await third.getAttribute("href");
  wasm.release();
  await appHasTakenOver(page);
  await page.evaluate(() => new Promise(requestAnimationFrame));
  expect(await page.evaluate(() => scrollY)).toBe(before.scroll);
  expect(await page.locator(".card").nth(4).boundingBox()).toEqual(before.box);
  expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(focusedHref);
  expect(await page.evaluate(() => document.activeElement?.closest("#app") !== null)).toBe(true);
  const { frames, shifts } = await page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; shifts_: number };
    return { frames: w.frames_, shifts: w.shifts_ };
  });
  expect(frames.length).toBeGreaterThan(0);
  expect(frames.filter((n) => n !== 1)).toEqual([]);
  expect(shifts).toBe(0);
});

test("a link followed before the WebAssembly arrives lands where it goes", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const wasm = await holdWasm(page);
  await page.goto("./", { waitUntil: "domcontentloaded" });
  await page.locator("#prerender .card").first().getByRole("link", { name: "China Standards 2035", exact: true }).click();
  await expect(page).toHaveURL(/\?tag=China\+Standards\+2035$/);
  wasm.release();
  await appHasTakenOver(page);
  const tagged = articles.filter((a) => a.tags.includes("China Standards 2035")).length;
  await expect(page.getByRole("status").filter({ hasText: / articles?$/ })).toHaveText(`${tagged} of ${articles.length} articles`);
});

test("a search typed before the WebAssembly arrives is run once it has", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const wasm = await holdWasm(page);
  await page.goto("./", { waitUntil: "domcontentloaded" });
  await page.locator("#prerender #search-input").fill("railway");
  wasm.release();
  await appHasTakenOver(page);
  await expect(page).toHaveURL(/\?q=railway$/);
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("railway");
  await expect(page.getByRole("searchbox", { name: "Search" })).toBeFocused();
});

test("the prerendered first screen has no WCAG 2.2 AA violations, before the app", async ({ page }) => {
  await page.route(/_bg\.wasm$/, () => {}); // never answered: the prerendered page stays
  await page.goto("./", { waitUntil: "domcontentloaded" });
  await expect(page.locator("#prerender .card").first()).toBeVisible();
  // Every card drawn, as each is once on screen, so the target-size check sees them all.
  await page.addStyleTag({ content: ".cards > li { content-visibility: visible !important; }" });
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
});
