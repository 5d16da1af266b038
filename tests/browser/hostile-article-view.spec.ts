import { test, expect } from "./fixtures";
import { cardLinks, corpusFile, expectNothingRan, readable, scriptUrls, serveDataset, watchForScripts } from "./hostile";

// Every article of every hostile dataset, opened in the article view (where bodies, headings,
// tables, sources, dates and names are drawn, unlike on a card): no payload runs, and no
// `javascript:` or `data:` URL is anywhere in the page. These pages have no CSP (the plain
// server), so a payload put in as markup would run and be caught here.

for (const c of readable.filter((c) => (c.articles ?? 0) > 0)) {
  test(`hostile article view: every article of ${c.file} shows as text, and nothing runs`, async ({ page, consoleErrors }) => {
    const seen = watchForScripts(page);
    await serveDataset(page, corpusFile(c.file));
    await page.goto("./");
    const cards = await cardLinks(page);
    expect(cards).toHaveLength(c.articles ?? 0);
    await expectNothingRan(page, seen);
    expect(await scriptUrls(page)).toEqual([]);
    for (const card of cards) {
      expect(card.href, card.title).toMatch(/^\?article=/);
      await page.goto(card.href);
      // One article, in full: the deep link opened this article, not the list.
      await expect(page.getByRole("article")).toHaveCount(1);
      expect(await page.getByRole("article").getByRole("heading", { level: 2 }).textContent()).toBe(card.title);
      await expect(page.getByRole("link", { name: "← Back to the list" })).toBeVisible();
      await expectNothingRan(page, seen);
      expect(await scriptUrls(page), card.title).toEqual([]);
    }
    expect(consoleErrors.filter((e) => /panicked|RuntimeError|unreachable/.test(e))).toEqual([]);
  });
}

/** Markup that runs as soon as it is parsed into the page: an image's error handler, a frame's
 * script, an SVG's load handler. A `<script>` put in with innerHTML never runs: proving nothing. */
const payload = (where: string) =>
  `<img src=x onerror="window.__pwned='${where}'"><iframe srcdoc="<script>parent.__pwned='${where}'</script>"></iframe><svg onload="window.__pwned='${where}'"></svg>`;

const everywhere = {
  schema_version: 1,
  publication: { title: payload("publication"), issue: payload("issue"), publisher: "Tests", source: "tests" },
  articles: [
    {
      id: "everywhere",
      title: payload("title"),
      section: payload("section"),
      date: "2021-07-01",
      tags: [payload("tag"), "Plain tag"],
      summary: payload("summary"),
      body: [
        { type: "paragraph", text: payload("paragraph") },
        { type: "heading", text: payload("heading") },
        { type: "list", ordered: false, items: [payload("bullet")] },
        { type: "list", ordered: true, items: [payload("numbered")] },
        { type: "table", columns: [payload("column"), "Plain column"], rows: [[payload("cell"), "plain cell"]] },
      ],
      links: [
        { url: "https://example.org/ok", label: payload("label") },
        { url: "javascript:window.__pwned='link'", label: "JS link" },
        { url: "  JaVaScRiPt:window.__pwned='spaces'", label: "Spaced JS link" },
        { url: "java\tscript:window.__pwned='tab'", label: "Tabbed JS link" },
        { url: "java\nscript:window.__pwned='newline'", label: "Broken-line JS link" },
        { url: "data:text/html,<script>window.__pwned='data'</script>", label: "Data link" },
        { url: "vbscript:msgbox(1)", label: "VB link" },
        { url: "&#106;avascript:window.__pwned='entity'", label: "Entity JS link" },
        { url: "//evil.example/x", label: "Protocol-relative link" },
      ],
      events: [{ id: "e", title: payload("event"), kind: "meeting", start: "2021-07-05", location: payload("location") }],
      orgs: ["ORG", payload("org-id")],
      docs: [payload("document")],
    },
  ],
  organisations: [
    { id: "ORG", name: payload("org-name"), kind: "ministry" },
    { id: payload("org-id"), name: "Plain name", kind: "other" },
  ],
};

test("hostile article view: markup in every field of an article is shown as its text", async ({ page, consoleErrors }) => {
  const seen = watchForScripts(page);
  await serveDataset(page, JSON.stringify(everywhere));
  await page.goto("./");
  const card = page.getByRole("article");
  await expect(card.getByRole("heading", { level: 2, name: payload("title") })).toBeVisible();
  await expect(card.getByText(payload("summary"), { exact: true })).toBeVisible();
  await expect(card.getByRole("link", { name: payload("tag") })).toBeVisible();
  await expectNothingRan(page, seen);

  await page.goto("./?article=everywhere");
  const article = page.getByRole("article");
  await expect(article.getByRole("heading", { level: 2, name: payload("title") })).toBeVisible();
  await expect(article.getByText(payload("section"), { exact: true })).toBeVisible();
  await expect(article.getByRole("link", { name: payload("tag") })).toBeVisible();
  await expect(article.getByText(payload("paragraph"), { exact: true })).toBeVisible();
  await expect(article.getByRole("heading", { level: 3, name: payload("heading") })).toBeVisible();
  await expect(article.getByRole("listitem").filter({ hasText: payload("bullet") })).toBeVisible();
  await expect(article.getByRole("listitem").filter({ hasText: payload("numbered") })).toBeVisible();
  await expect(article.getByRole("columnheader", { name: payload("column") })).toBeVisible();
  await expect(article.getByRole("cell", { name: payload("cell") })).toBeVisible();
  await expect(article.getByText(payload("event"), { exact: true })).toBeVisible();
  await expect(article.getByText(payload("location"), { exact: true })).toBeVisible();
  await expect(article.getByRole("listitem").filter({ hasText: payload("org-name") })).toBeVisible();
  await expect(article.getByRole("link", { name: payload("org-id") })).toBeVisible();
  await expect(article.getByRole("link", { name: payload("document") })).toBeVisible();
  // Of nine sources, only the web link is a link, its label shown as text.
  const sources = article.getByRole("region", { name: "Sources" });
  await expect(sources.getByRole("link")).toHaveCount(1);
  await expect(sources.getByRole("link", { name: payload("label") })).toHaveAttribute("href", "https://example.org/ok");

  await expectNothingRan(page, seen);
  expect(await scriptUrls(page)).toEqual([]);
  expect(consoleErrors.filter((e) => /panicked|RuntimeError|unreachable/.test(e))).toEqual([]);
});
