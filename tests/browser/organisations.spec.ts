import { test, expect, query, type Page } from "./fixtures";

/** The organisation cloud's button ("MIIT, 13 articles"). */
const orgButton = (page: Page, id: string) =>
  page.getByRole("region", { name: "Organisations", exact: true }).getByRole("link", { name: new RegExp(`^${id}, \\d+ articles?$`) });

test("the Organisations facet filters by who acted, says who that is, and its counts follow the filters", async ({ page }) => {
  await page.goto("./");
  await expect(orgButton(page, "MIIT")).toHaveAccessibleName("MIIT, 13 articles");
  await orgButton(page, "MIIT").click();
  await expect(page).toHaveURL(/\?org=MIIT$/);
  await expect(page.getByRole("article")).toHaveCount(13);
  const summary = page.getByRole("region", { name: "Organisation", exact: true });
  await expect(summary).toContainText("MIIT — Ministry of Industry and Information Technology");
  await expect(summary).toContainText("Chinese ministry or agency");
  await expect(page.getByRole("link", { name: "Remove filter Organisation: MIIT" })).toBeVisible();

  // With the ICV tag too: the two ICV articles name MIIT; CAC is named by one of them.
  await page.goto("./?tag=ICV");
  await expect(orgButton(page, "MIIT")).toHaveAccessibleName("MIIT, 2 articles");
  await expect(orgButton(page, "CNCA")).toBeDisabled();
  // Read as a list, sorted by count, like the tags.
  await page.getByRole("region", { name: "Organisations", exact: true }).getByRole("button", { name: "Show as list" }).click();
  const first = page.getByRole("region", { name: "Organisations", exact: true }).getByRole("listitem").first();
  await expect(first).toContainText("MIIT");
});

test("every MIIT event is one link: the agenda follows the organisation", async ({ page }) => {
  await page.goto("./?org=MIIT&view=agenda");
  const items = page.getByRole("region", { name: "Agenda" }).getByRole("listitem").filter({ has: page.getByRole("button", { name: /^Add to calendar/ }) });
  await expect(items).toHaveCount(21);
  await expect(page.getByRole("button", { name: "Export 21 events" })).toBeVisible();
});

test("an article names its organisations and documents, and each filters to the articles that share it", async ({ page }) => {
  await page.goto("./?article=data-security-law");
  const docs = page.getByRole("region", { name: "Documents referenced" });
  await expect(docs.getByRole("link")).toHaveText(["Data Security Law", "Cybersecurity Law", "Personal Information Protection Law"]);
  const orgs = page.getByRole("region", { name: "Organisations", exact: true }).last();
  await expect(orgs).toContainText("NPCSC — Standing Committee of the National People's Congress");
  await docs.getByRole("link", { name: "Data Security Law" }).click();
  // The document's screen, by its id; a link written when documents were named by title
  // opens the same articles.
  await expect(page).toHaveURL(/\?doc=data-security-law$/);
  const expected = ["China Introduces the Data Security Law, to Be Implemented in September 2021", "China Revises Its Measures for Cybersecurity Review"].sort();
  await expect(page.getByRole("article")).toHaveCount(expected.length);
  const titles = await page.getByRole("article").getByRole("heading", { level: 2 }).allTextContents();
  expect(titles.map((t) => t.trim()).sort()).toEqual(expected);
  await page.goto("./?doc=Data+Security+Law");
  await expect(page.getByRole("article")).toHaveCount(expected.length);
  expect((await page.getByRole("article").getByRole("heading", { level: 2 }).allTextContents()).map((t) => t.trim()).sort()).toEqual(expected);
});

test("search matches organisations' full names", async ({ page }) => {
  // The carbon-market article names the ministry only as "MEE" and, misspelt, "Ministry of
  // Ecological and Environment": its full name is what finds it.
  await page.goto("./?q=ecology");
  await expect(page.getByRole("article")).toHaveCount(1);
  await expect(page.getByRole("article")).toContainText("National Carbon Emission Trading Market");
  // Two MIIT articles say only "MIIT": the full name finds them among the others.
  await page.goto("./?q=industry+and+information+technology");
  await expect(page.getByRole("article").filter({ hasText: "Radio Frequency Usage" })).toHaveCount(1);
  await expect(page.getByRole("article").filter({ hasText: "Supervision and Standardization of Intelligent Connected Vehicle" })).toHaveCount(1);
  expect(query(page).get("q")).toBe("industry and information technology");
});

test("an organisation or document the data does not know is named in a notice", async ({ page }) => {
  await page.goto("./?org=NOPE&doc=GB+1");
  const notices = page.getByRole("region", { name: "Problems with this link" });
  await expect(notices).toContainText("Unknown organisation “NOPE” was ignored");
  await expect(notices).toContainText("Unknown document “GB 1” was ignored");
  await expect(page.getByRole("article")).toHaveCount(26);
});
