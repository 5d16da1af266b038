import { test, expect } from "./fixtures";

/**
 * Cards off screen are not drawn until scrolled near (content-visibility), and hold a place of
 * their own size until then. A card taller than that place spills over its neighbour, and its
 * tag links sit under the next card's title: too close to tap, and what Lighthouse's
 * target-size audit reported. Every tag is a 24 × 24 px target with room around it.
 */
for (const width of [320, 412, 800, 1280]) {
  test(`at ${width} px every card fits the place held for it, and its tags are 24 px targets`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("./");
    await expect(page.getByRole("article")).toHaveCount(26);
    const held = await page.locator(".cards > li").first().evaluate((li) => getComputedStyle(li).containIntrinsicBlockSize);
    const heldPx = Number(held.replace(/^auto\s+/, "").replace("px", ""));
    expect(heldPx).toBeGreaterThan(0);
    // Draw every card as it is drawn on screen, then measure.
    await page.addStyleTag({ content: ".cards > li { content-visibility: visible !important; }" });
    const heights = await page.locator(".cards > li").evaluateAll((items) => items.map((li) => li.getBoundingClientRect().height));
    expect(Math.max(...heights), `the place held is ${held}`).toBeLessThanOrEqual(heldPx);

    const targets = await page.locator(".card .tag").evaluateAll((links) =>
      links.map((a) => {
        const r = a.getBoundingClientRect();
        return { tag: a.textContent, width: r.width, height: r.height, left: r.left, top: r.top };
      }),
    );
    expect(targets.length).toBeGreaterThan(26);
    for (const t of targets) {
      expect(t.height, t.tag ?? "").toBeGreaterThanOrEqual(24);
      expect(t.width, t.tag ?? "").toBeGreaterThanOrEqual(24);
    }
  });
}
