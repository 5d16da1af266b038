import { test, expect, cardTitles, mainText, buildFacts, issueFile } from "./fixtures";

// The records as the issue file holds them: what the app must show.
type Step = { stage: string; date: string; until?: string; article: string };
type Doc = { id: string; title: string; short?: string; number?: string; type: string; issuer?: string; steps?: Step[] };
type Issue = { articles: { id: string; title: string; docs?: string[] }[]; documents: Doc[] };
const issue: Issue = JSON.parse(issueFile(buildFacts().issues[0].file));
const naming = (id: string) => issue.articles.filter((a) => (a.docs ?? []).includes(id));
const named = issue.documents.filter((d) => naming(d.id).length > 0);

test("the documents view lists every document the articles name, and its type narrows the list", async ({ page }) => {
  expect(named.length).toBeGreaterThan(0);
  await page.goto("./?view=documents");
  const list = page.getByRole("region", { name: "Documents", exact: true });
  await expect(list.getByText(/ named by the matching articles$/)).toHaveText(`${named.length} documents named by the matching articles`);
  await expect(list.getByRole("listitem")).toHaveCount(named.length);

  // A law: its type, and where it stands today in words.
  const law = issue.documents.find((d) => d.title === "Data Security Law")!;
  expect(law.steps?.some((s) => s.stage === "in-force" && s.date === "2021-09-01")).toBe(true);
  const row = list.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Data Security Law", exact: true }) });
  await expect(row).toContainText("Law");
  await expect(row).toContainText("In force since 1 September 2021");

  // Mandatory national standards only: the type facet, by clicks, in the URL.
  const mandatory = issue.documents.filter((d) => d.type === "gb" && naming(d.id).length > 0);
  expect(mandatory.length).toBeGreaterThan(0);
  await page.getByRole("region", { name: "Kinds of document" }).getByRole("link", { name: /^Mandatory national standard/ }).click();
  await expect(page).toHaveURL(/doctype=gb(&|$)/);
  await expect(list.getByRole("listitem")).toHaveCount(mandatory.length);
  for (const doc of mandatory) await expect(list.getByRole("link", { name: doc.title, exact: true })).toBeVisible();
});

test("a document's screen, reached by clicks, shows its record and the articles naming it, as a fresh load does", async ({ page }) => {
  const law = issue.documents.find((d) => d.title === "Data Security Law")!;
  await page.goto("./?view=documents");
  await page.getByRole("region", { name: "Documents", exact: true }).getByRole("link", { name: "Data Security Law", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`\\?doc=${law.id}$`));

  const record = page.getByRole("region", { name: /^Data Security Law/ });
  await expect(record.getByRole("heading", { level: 2 })).toHaveText(law.short ? `Data Security Law (${law.short})` : "Data Security Law");
  // Every step, each with the article that reports it.
  const steps = record.getByRole("list").first().getByRole("listitem");
  await expect(steps).toHaveCount(law.steps!.length);
  for (const step of law.steps!) {
    const reporter = issue.articles.find((a) => a.id === step.article)!;
    await expect(record.getByRole("link", { name: reporter.title }).first()).toBeVisible();
  }
  // The cards are the articles that name it.
  await expect(page.getByRole("article")).toHaveCount(naming(law.id).length);
  expect((await cardTitles(page)).sort()).toEqual(naming(law.id).map((a) => a.title).sort());

  const clicked = await mainText(page);
  await page.goto(`./?doc=${law.id}`);
  await expect(page.getByRole("article").first()).toBeVisible();
  expect(await mainText(page)).toBe(clicked);
});

test("a standard's number finds it and the articles naming it, in any spelling", async ({ page }) => {
  const standard = issue.documents.find((d) => d.number === "GB 21670")!;
  expect(standard).toBeDefined();
  const expected = naming(standard.id).map((a) => a.title).sort();
  expect(expected.length).toBeGreaterThan(0);
  for (const spelling of ["GB21670", "gb 21670", "GB 21670"]) {
    await page.goto("./");
    await expect(page.getByRole("article").first()).toBeVisible();
    await page.getByRole("searchbox", { name: "Search" }).fill(spelling);
    await expect(page.getByRole("article")).toHaveCount(expected.length);
    expect((await cardTitles(page)).sort()).toEqual(expected);
    // The documents view lists the standard itself.
    await page.getByRole("navigation", { name: "View" }).getByRole("link", { name: "Documents" }).click();
    const list = page.getByRole("region", { name: "Documents", exact: true });
    await expect(list.getByText(/the search$/)).toHaveText("1 document matches the search");
    await expect(list.getByRole("link", { name: "GB 21670", exact: true })).toBeVisible();
  }
});

test("a short name finds the document", async ({ page }) => {
  const law = issue.documents.find((d) => d.short === "DSL")!;
  await page.goto("./?view=documents&q=DSL");
  const list = page.getByRole("region", { name: "Documents", exact: true });
  await expect(list.getByRole("link", { name: law.title, exact: true })).toBeVisible();
  await expect(list.getByText(/the search$/)).toBeVisible();
});
