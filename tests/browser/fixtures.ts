import { test as base, expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";

/** The shipped archive's manifest and its issue files, as on disk. */
export const manifest = JSON.parse(readFileSync("public/data/archive.json", "utf8"));
export const issueFile = (file: string): string => readFileSync(`public/data/${file}`, "utf8");

/** What the site build of `dist` wrote down about it (build-facts.json): the service worker's
 * precache list, and each issue, newest first, with the URL the app fetches it from. Tests
 * read these instead of working out the build's rules again. */
export type BuildFacts = { precache: string[]; issues: { id: string; file: string; url: string }[] };
export const buildFacts = (dist = "dist"): BuildFacts => JSON.parse(readFileSync(`${dist}/build-facts.json`, "utf8"));

/** The shipped archive as one schema-1 dataset, newest issue first, each article naming its
 * issue: what a single-file host serves, and what tests route in place of the manifest. */
export const dataset = {
  schema_version: 1,
  publication: { title: manifest.title, publisher: manifest.publisher, issue: "", source: "" },
  // Newest issue first, in the build's own order.
  articles: buildFacts().issues.flatMap((entry) =>
    JSON.parse(issueFile(entry.file)).articles.map((a: object) => ({ ...a, issue: entry.id })),
  ),
};

export type Article = { id: string; title: string; tags: string[]; section: string };
export const articles: Article[] = dataset.articles;
export const byId = (id: string): Article => {
  const found = articles.find((a) => a.id === id);
  if (!found) throw new Error(`no article ${id} in the dataset`);
  return found;
};

/** Resolves once the page the build prerendered for the bare address is gone: the app has
 * replaced it (at once on a page that has none); or, when the data could not be loaded, once
 * the app's error panel stands above the prerendered cards, which stay. */
export const prerenderReplaced = (page: Page) =>
  page.waitForFunction(() => !document.getElementById("prerender") || !!document.querySelector("#prerender .error-panel"));

/** Every page records what the browser reported as an error; the test decides what is allowed.
 * Each load of the app waits until the app has replaced the page the build prerendered
 * (`waitForApp`), so a test acts on the app, not on the markup it takes over: the specs of the
 * prerendered page itself opt out. */
export const test = base.extend<{ consoleErrors: string[]; waitForApp: boolean }>({
  waitForApp: [true, { option: true }],
  page: async ({ page, waitForApp }, use) => {
    if (waitForApp) {
      for (const name of ["goto", "reload", "goBack", "goForward"] as const) {
        const original = page[name].bind(page) as (...args: unknown[]) => Promise<unknown>;
        (page as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
          const response = await original(...args);
          await prerenderReplaced(page);
          return response;
        };
      }
    }
    await use(page);
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on("console", (msg) => {
      if (msg.type() === "error") errors.push(msg.text());
    });
    page.on("pageerror", (err) => errors.push(err.message));
    await use(errors);
  },
});

/** The titles of the cards on screen, in order, once the explorer has shown its count. */
export async function cardTitles(page: Page): Promise<string[]> {
  await expect(page.getByRole("status").filter({ hasText: / articles?$/ })).toBeVisible();
  // textContent, not innerText: cards off screen are skipped by content-visibility, and
  // innerText of a skipped card is empty, so innerText would depend on the scroll position.
  const titles = await page.getByRole("article").getByRole("heading", { level: 2 }).allTextContents();
  return titles.map((title) => title.replace(/\s+/g, " ").trim());
}

/** The main region's text, whitespace folded: the same whatever is scrolled into view. */
export async function mainText(page: Page): Promise<string> {
  const text = await page.getByRole("main").textContent();
  return (text ?? "").replace(/\s+/g, " ").trim();
}

/** The query string of the page's URL, parsed. */
export function query(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** The tag cloud's link for a tag ("ICV, 2 articles"): it toggles the tag, `aria-current` when selected. */
export function cloudTag(page: Page, tag: string) {
  return page
    .getByRole("region", { name: "Tags" })
    .getByRole("link", { name: new RegExp(`^${tag.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}, \\d+ articles?$`) });
}

export { expect };

/** Opens the toolbar's "Export and subscribe" menu (files, feed, calendar), unless it is open. */
export async function openActions(page: Page) {
  const menu = page.locator("details.actions");
  if ((await menu.getAttribute("open")) === null) await page.getByText("Export and subscribe").click();
}
