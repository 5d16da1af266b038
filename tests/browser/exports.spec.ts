import { test, expect, dataset, manifest, openActions } from "./fixtures";
import { existsSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import type { Page } from "@playwright/test";
import { december, october, serveArchive } from "./archive-fixture";

/** The rows of a CSV file, as Python's csv module reads them (an independent RFC 4180 reader). */
function csvRows(path: string): string[][] {
  const python = existsSync(".venv/bin/python") ? ".venv/bin/python" : "python3";
  const read = spawnSync(python, [
    "-c",
    "import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))",
    path,
  ]);
  if (read.status !== 0) throw new Error(read.stderr.toString());
  return JSON.parse(read.stdout.toString());
}

const COLUMNS = ["id", "title", "date", "issue", "section", "tags", "summary", "link"];

/** A field as a spreadsheet must get it: one that would start a formula (`=`, `+`, `-`, `@`,
 * tab, carriage return) behind an apostrophe, so it opens as text (as logic::export::csv). */
const neutral = (field: string) => (/^[=+\-@\t\r]/.test(field) ? `'${field}` : field);

type Source = { id: string; title: string; date: string; issue: string; section: string; tags: string[]; summary: string };
/** The CSV row an article must give, from the dataset's own fields. */
const expectedRow = (a: Source, appUrl: string) =>
  [a.id, a.title, a.date, a.issue, a.section, a.tags.join("; "), a.summary, `${appUrl}?article=${encodeURIComponent(a.id)}`].map(
    neutral,
  );

async function download(page: Page, button: "Download CSV" | "Download JSON") {
  await openActions(page);
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  return { name: file.suggestedFilename(), path: await file.path() };
}

test("the selection downloads as CSV and as JSON, named after the filter", async ({ page }) => {
  await page.goto("./?tag=ICV");
  await expect(page.getByRole("article")).toHaveCount(2);
  const csv = await download(page, "Download CSV");
  expect(csv.name).toBe("standards-radar-tag-icv.csv");
  expect(csvRows(csv.path).slice(1).map((r) => r[0]).sort()).toEqual(["icv-road-test-rules", "icv-supervision-standardization-2021"]);
  const json = await download(page, "Download JSON");
  expect(json.name).toBe("standards-radar-tag-icv.json");
  const data = JSON.parse(readFileSync(json.path, "utf8"));
  expect(data.articles.map((a: { id: string }) => a.id).sort()).toEqual(["icv-road-test-rules", "icv-supervision-standardization-2021"]);
});

test("an export holds every article of the selection, not only the cards on screen, each row whole", async ({ page, baseURL }) => {
  // Three issues, 32 articles: more than the list draws at once (30) and many screens long.
  await serveArchive(page, [october, december]);
  const sources: Source[] = [
    ...[december, october].flatMap((g) => JSON.parse(g.body).articles.map((a: object) => ({ ...a, issue: g.entry.id }))),
    ...dataset.articles,
  ];
  expect(sources).toHaveLength(32);
  await page.goto("./");
  await expect(page.getByRole("article")).toHaveCount(30);
  await expect(page.getByRole("button", { name: "Show 2 more" })).toBeVisible();

  const csv = await download(page, "Download CSV");
  expect(csv.name).toBe("standards-radar.csv");
  const rows = csvRows(csv.path);
  expect(rows[0]).toEqual(COLUMNS);
  const body = rows.slice(1);
  expect(body).toHaveLength(32);
  // In the list's order: the cards on screen are the first rows.
  const shown = await page.getByRole("article").getByRole("heading", { level: 2 }).allTextContents();
  expect(body.slice(0, 30).map((r) => r[1])).toEqual(shown);
  // Every row, every field, against the dataset.
  const byId = new Map(sources.map((a) => [a.id, a]));
  expect(new Set(body.map((r) => r[0]))).toEqual(new Set(byId.keys()));
  for (const row of body) {
    const source = byId.get(row[0]);
    expect(source, row[0]).toBeDefined();
    expect(row, row[0]).toEqual(expectedRow(source as Source, baseURL ?? ""));
  }

  const json = await download(page, "Download JSON");
  expect(json.name).toBe("standards-radar.json");
  const data = JSON.parse(readFileSync(json.path, "utf8"));
  expect(data.schema_version).toBe(1);
  expect(data.articles).toHaveLength(32);
  // Every article as the dataset has it (its body, links, events, names), naming its issue.
  expect(data.articles.map((a: { id: string }) => a.id)).toEqual(body.map((r) => r[0]));
  for (const article of data.articles) expect(article, article.id).toEqual(byId.get(article.id));
  // The issues those articles appeared in, newest first, each with its title and month.
  const issue = (e: { id: string; title: string; published: string }) => ({ id: e.id, title: e.title, published: e.published });
  expect(data.issues).toEqual([december.entry, october.entry, ...manifest.issues].map(issue));
});

test("an export of one issue's articles names that issue alone", async ({ page }) => {
  await serveArchive(page, [october, december]);
  await page.goto(`./?issue=${october.entry.id}`);
  await expect(page.getByRole("article")).toHaveCount(3);
  const data = JSON.parse(readFileSync((await download(page, "Download JSON")).path, "utf8"));
  expect(data.articles.map((a: { issue: string }) => a.issue)).toEqual([october.entry.id, october.entry.id, october.entry.id]);
  expect(data.issues).toEqual([{ id: october.entry.id, title: october.entry.title, published: october.entry.published }]);
});

test("a hostile field opens in a spreadsheet as text, not as a formula, and the JSON keeps it as it is", async ({ page, baseURL }) => {
  const hostile = [
    ["equals", '=HYPERLINK("http://evil.example","click")'],
    ["plus", "+1+2"],
    ["minus", "-2+3"],
    ["at", "@SUM(A1:A9)"],
    ["tab", "\t=1+1"],
    ["cr", "\r=1+1"],
    ["inside", "a=b, +c, \"quoted\"\nand\ttab"],
  ];
  const articles = hostile.map(([id, text]) => ({
    id,
    title: text,
    section: "S",
    date: "2021-07-01",
    tags: [text, "plain"],
    summary: text,
    body: [],
  }));
  const body = JSON.stringify({ schema_version: 1, publication: { title: "T", issue: "I", publisher: "P", source: "S" }, articles });
  await page.route("**/data/archive.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
  await page.goto("./");
  await expect(page.getByRole("article")).toHaveCount(hostile.length);

  const rows = csvRows((await download(page, "Download CSV")).path).slice(1);
  expect(rows).toHaveLength(hostile.length);
  for (const [id, text] of hostile) {
    const row = rows.find((r) => r[0] === id);
    const leading = id !== "inside";
    expect(row?.[1], id).toBe(leading ? `'${text}` : text);
    expect(row?.[5], id).toBe(leading ? `'${text}; plain` : `${text}; plain`);
    expect(row?.[6], id).toBe(leading ? `'${text}` : text);
    expect(row, id).toEqual(expectedRow({ ...articles.find((a) => a.id === id)!, issue: "" }, baseURL ?? ""));
  }

  const data = JSON.parse(readFileSync((await download(page, "Download JSON")).path, "utf8"));
  for (const [id, text] of hostile) {
    const article = data.articles.find((a: { id: string }) => a.id === id);
    expect([article.title, article.summary, article.tags], id).toEqual([text, text, [text, "plain"]]);
  }
});
