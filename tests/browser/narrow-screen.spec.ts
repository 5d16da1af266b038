import { test, expect, type Page } from "./fixtures";

/** Words of the controls that the browser broke across two lines, e.g. "Calend|ar". */
async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const controls = document.querySelectorAll("button, label, legend, summary, th, nav a, a.chip, a.tag");
    for (const control of Array.from(controls)) {
      if (!(control as HTMLElement).offsetParent) continue; // not displayed
      const walker = document.createTreeWalker(control, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index ?? 0);
          range.setEnd(node, (match.index ?? 0) + match[0].length);
          const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}

for (const url of ["./", "./?view=calendar&month=2021-07", "./?view=agenda", "./?article=data-security-law&tag=Data%20Security"]) {
  test(`at 320 px no word of a control breaks across lines: ${url}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 720 });
    await page.goto(url);
    await expect(page.getByRole("status").filter({ hasText: / articles?$/ })).toBeVisible();
    // The folded filters too: a phone reader opens them.
    await page.getByText("Tags and filters").click();
    await expect(page.getByRole("navigation", { name: "View" }).getByRole("link", { name: "Calendar" })).toBeVisible();
    expect(await brokenWords(page)).toEqual([]);
  });
}
