import { test, expect } from "./fixtures";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function violations(page: Page): Promise<string[]> {
  // Cards off screen are skipped by the browser (content-visibility: auto) until scrolled to,
  // and axe's target-size check cannot hit-test what is not drawn. Draw every card, exactly as
  // each is drawn once on screen, so the check sees them all.
  await page.addStyleTag({ content: ".cards > li { content-visibility: visible !important; }" });
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`,
  );
}

const states: [string, string, (page: Page) => Promise<void>][] = [
  ["initial", "./", async (page) => void (await expect(page.getByRole("article").first()).toBeVisible())],
  ["filtered", "./?tag=ICV&q=vehicle", async (page) => void (await expect(page.getByRole("article").first()).toBeVisible())],
  ["no results", "./?q=zzzzzz", async (page) => void (await expect(page.getByText("No articles match")).toBeVisible())],
  ["article", "./?article=sac-17-iso-mirror-technical-organisations", async (page) => void (await expect(page.getByRole("table")).toBeVisible())],
  ["calendar", "./?view=calendar&month=2021-07", async (page) => void (await expect(page.getByRole("region", { name: "Calendar" })).toBeVisible())],
  ["agenda", "./?view=agenda", async (page) => void (await expect(page.getByRole("region", { name: "Agenda" })).toBeVisible())],
  ["notices", "./?tag=Nope&from=2021-02-30", async (page) => void (await expect(page.getByRole("region", { name: "Problems with this link" })).toBeVisible())],
];

for (const scheme of ["light", "dark"] as const) {
  for (const [name, url, ready] of states) {
    test(`no WCAG 2.2 AA violations: ${name} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      await ready(page);
      expect(await violations(page)).toEqual([]);
    });
  }
}

for (const scheme of ["light", "dark"] as const) {
  test(`no WCAG 2.2 AA violations: the error panel (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.route("**/data/archive.json", (route) => route.fulfill({ status: 500, body: "" }));
    await page.goto("./");
    await expect(page.getByRole("alert")).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test(`no WCAG 2.2 AA violations: loading (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.route("**/data/archive.json", () => {}); // never answered: loading stays
    // A deep link: the bare address shows the prerendered cards while the data loads.
    await page.goto("./?tag=5G");
    await expect(page.getByRole("status").filter({ hasText: "Loading articles" })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

test("dark mode is a theme of its own: the page, cards and controls change colour", async ({ page }) => {
  const colours = async () =>
    page.evaluate(() =>
      ["body", ".card", ".search__input", ".tag-cloud__tag"].map((css) => {
        const style = getComputedStyle(document.querySelector(css) as Element);
        return `${style.backgroundColor} ${style.color}`;
      }),
    );
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("./");
  await expect(page.getByRole("article").first()).toBeVisible();
  const light = await colours();
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await colours();
  for (let i = 0; i < light.length; i++) expect(dark[i], `element ${i}`).not.toBe(light[i]);
});

test("at 320 px wide nothing scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const [, url, ready] of states) {
    await page.goto(url);
    await ready(page);
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scroll, url).toBeLessThanOrEqual(client);
  }
});

test("the keyboard reaches search, tags and articles, with a visible focus", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByRole("article").first()).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to articles" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("banner").getByRole("link", { name: /^Following/ })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("searchbox", { name: "Search" })).toBeFocused();
  // Tab on to the first tag of the cloud and press it with the keyboard.
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
    if (/articles?$/.test(focused)) break;
  }
  const label = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
  expect(label).toMatch(/articles?$/);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/tag=/);
});
