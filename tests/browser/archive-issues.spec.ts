import { test, expect, query, mainText, type Page } from "./fixtures";
import { december, october, serveArchive } from "./archive-fixture";

const REAL_ISSUE = "June–July 2021";

/** The Issues facet's link for an issue ("June–July 2021 (26)"): it toggles the issue. */
const issueLink = (page: Page, name: string | RegExp) => page.getByRole("region", { name: "Issues" }).getByRole("link", { name });

test("the Issues facet lists every issue newest first with its count, and filters across the archive", async ({ page, consoleErrors }) => {
  await serveArchive(page, [october, december]);
  await page.goto("./");
  await expect(page.getByRole("article")).toHaveCount(30);
  await expect(page.getByText("3 issues ·")).toBeVisible();
  const issues = page.getByRole("region", { name: "Issues" }).getByRole("link");
  await expect(issues).toHaveCount(3);
  const names = await issues.allTextContents();
  expect(names.map((n) => n.trim())).toEqual(["October–November 2021 (3)", "August–September 2021 (3)", `${REAL_ISSUE} (26)`]);

  // Issues combine with "or": choosing two shows both, and neither count drops to zero.
  await issueLink(page, /October–November 2021/).click();
  await expect(page.getByRole("article")).toHaveCount(3);
  await issueLink(page, /^June–July 2021/).click();
  await expect(page.getByRole("article")).toHaveCount(29);
  expect(query(page).getAll("issue")).toEqual(["2021-10-11", "2021-06-07"]);
  await expect(issueLink(page, "August–September 2021 (3)")).not.toHaveAttribute("aria-current");
  await expect(issueLink(page, /^June–July 2021/)).toHaveAttribute("aria-current", "true");

  // A tag across the archive: the counts follow.
  await issueLink(page, /October–November 2021/).click();
  expect(query(page).getAll("issue")).toEqual(["2021-06-07"]);
  await page.goto("./?tag=Archive+test");
  await expect(page.getByRole("article")).toHaveCount(6);
  await expect(issueLink(page, `${REAL_ISSUE} (0)`)).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test("cards and the article view name their issue, and the issue link shows that issue", async ({ page }) => {
  await serveArchive(page, [october, december]);
  await page.goto("./");
  const card = page.getByRole("article").filter({ hasText: "October–November 2021: article 1" });
  await expect(card).toContainText("October–November 2021 issue");
  await card.getByRole("link", { name: "October–November 2021: article 1" }).click();
  await page.getByRole("link", { name: "October–November 2021 issue" }).click();
  expect(query(page).getAll("issue")).toEqual(["2021-10-11"]);
  await expect(page.getByRole("article")).toHaveCount(3);
});

/** Waits until every issue is in and drawn: the page marks it once the last library is shown. */
async function archiveComplete(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName("radar:archive-complete").length > 0);
}

test("every screen reached by clicks in the archive equals a fresh load of its URL", async ({ page }) => {
  await serveArchive(page, [october, december]);
  await page.goto("./?view=agenda");
  await archiveComplete(page);
  await issueLink(page, /August–September 2021/).click();
  await issueLink(page, /^June–July 2021/).click();
  await expect(issueLink(page, /^June–July 2021/)).toHaveAttribute("aria-current", "true");
  const clicked = await mainText(page);
  const url = page.url();
  await page.goto(url);
  await archiveComplete(page);
  await expect(issueLink(page, /August–September 2021/)).toHaveAttribute("aria-current", "true");
  expect(await mainText(page)).toBe(clicked);
});

test("a link to an issue the archive does not list says so and can drop it", async ({ page }) => {
  await serveArchive(page, [october]);
  await page.goto("./?issue=1999-01-02");
  await expect(page.getByText("Unknown issue “1999-01-02” was ignored")).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(29);
});
