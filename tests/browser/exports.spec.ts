import { test, expect, dataset } from "./fixtures";
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";

/** The rows of a CSV file, as Python's csv module reads them (an independent RFC 4180 reader). */
function csvRows(path: string): string[][] {
  const read = spawnSync(".venv/bin/python", [
    "-c",
    "import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))",
    path,
  ]);
  if (read.status !== 0) throw new Error(read.stderr.toString());
  return JSON.parse(read.stdout.toString());
}

test("the selection downloads as CSV and as JSON, named after the filter", async ({ page, baseURL }) => {
  await page.goto("./?tag=ICV");
  await expect(page.getByRole("article")).toHaveCount(2);
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
  expect(csv.suggestedFilename()).toBe("standards-radar-tag-icv.csv");
  const rows = csvRows(await csv.path());
  expect(rows[0]).toEqual(["id", "title", "date", "issue", "section", "tags", "summary", "link"]);
  expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(["icv-road-test-rules", "icv-supervision-standardization-2021"]);
  const road = rows.find((r) => r[0] === "icv-road-test-rules") ?? [];
  const source = dataset.articles.find((a: { id: string }) => a.id === "icv-road-test-rules");
  expect(road.slice(1, 7)).toEqual([source.title, source.date, "2021-06-07", source.section, source.tags.join("; "), source.summary]);
  expect(road[7]).toBe(`${baseURL}?article=icv-road-test-rules`);

  const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download JSON" }).click()]);
  expect(json.suggestedFilename()).toBe("standards-radar-tag-icv.json");
  const data = JSON.parse(readFileSync(await json.path(), "utf8"));
  expect(data.schema_version).toBe(1);
  expect(data.articles.map((a: { id: string }) => a.id).sort()).toEqual(["icv-road-test-rules", "icv-supervision-standardization-2021"]);
  expect(data.articles.find((a: { id: string }) => a.id === "icv-road-test-rules")).toEqual(source);
});

test("a hostile title opens in a spreadsheet as text, not as a formula", async ({ page }) => {
  const body = JSON.stringify({
    schema_version: 1,
    publication: { title: "T", issue: "I", publisher: "P", source: "S" },
    articles: [
      { id: "formula", title: '=HYPERLINK("http://evil.example","click")', section: "S", date: "2021-07-01", tags: ["+1", "@x"], summary: "-2+3, \"quoted\"\nnext", body: [] },
    ],
  });
  await page.route("**/data/archive.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
  await page.goto("./");
  await expect(page.getByRole("article")).toHaveCount(1);
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
  const [, row] = csvRows(await csv.path());
  expect(row[1]).toBe(`'=HYPERLINK("http://evil.example","click")`);
  expect(row[5]).toBe("'+1; @x");
  expect(row[6]).toBe(`'-2+3, "quoted"\nnext`);
});
