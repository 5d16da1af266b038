import { test, expect, buildFacts } from "./fixtures";
import { answer, december, generatedIssue, heldAnswer, october, serveArchive } from "./archive-fixture";

test("cards show once the newest issue is in, with a progress line until the rest arrive", async ({ page }) => {
  const real = heldAnswer();
  await serveArchive(page, [october, december], { "2021-06-07": real.answer });
  await page.goto("./");
  // The newest issue first; the next may join it or wait for the rest, as they arrive.
  await expect(page.getByRole("article").filter({ hasText: "October–November 2021: article 1" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "2 of 3 issues loaded" })).toBeVisible();
  expect(await page.getByRole("article").count()).toBeLessThanOrEqual(6);
  real.release();
  await expect(page.getByRole("article")).toHaveCount(30);
  await expect(page.getByText(/issues loaded/)).toHaveCount(0);
});

test("an issue that fails is named with Retry, the others still show, and Retry brings it in", async ({ page, consoleErrors }) => {
  let fail = true;
  await serveArchive(page, [october, december], {
    [october.entry.id]: (route, issue) => (fail ? route.fulfill({ status: 404, body: "" }) : answer(route, issue)),
  });
  await page.goto("./");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("August–September 2021 (the server answered 404)");
  await expect(page.getByRole("article")).toHaveCount(29);
  fail = false;
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("article")).toHaveCount(30);
  await expect(page.getByRole("alert")).toHaveCount(0);
  // The browser reports the 404 itself; nothing else may go wrong.
  expect(consoleErrors.filter((e) => !e.includes("404"))).toEqual([]);
});

test("an issue file that is not the one the manifest lists is refused, and named", async ({ page }) => {
  const tampered = generatedIssue("2021-12-01", "December 2021–January 2022", "2021-12", "2022-02");
  tampered.body = tampered.body.replace("article 1", "article one");
  await serveArchive(page, [october, tampered]);
  await page.goto("./");
  await expect(page.getByRole("alert")).toContainText("December 2021–January 2022 (the file is not the one the archive lists)");
  await expect(page.getByRole("article")).toHaveCount(29);
});

test("an issue file that is not JSON is named, and the others still show", async ({ page }) => {
  await serveArchive(page, [october], {
    [october.entry.id]: (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<html>gateway</html>" }),
  });
  await page.goto("./");
  await expect(page.getByRole("alert")).toContainText("August–September 2021");
  await expect(page.getByRole("article")).toHaveCount(26);
});

test("a reader typing a search while the rest arrive keeps the search box and what they typed", async ({ page }) => {
  const real = heldAnswer();
  await serveArchive(page, [october, december], { "2021-06-07": real.answer });
  await page.goto("./");
  await expect(page.getByRole("status").filter({ hasText: "of 3 issues loaded" })).toBeVisible();
  const search = page.getByRole("searchbox", { name: "Search" });
  await search.click();
  await search.pressSequentially("data secu");
  real.release();
  await expect(page.getByText(/issues loaded/)).toHaveCount(0);
  await expect(search).toBeFocused();
  await search.press("End");
  await search.pressSequentially("rity");
  await expect(search).toHaveValue("data security");
  await expect(page.getByRole("article").first()).toBeVisible();
});

test("the newest issue is downloaded once: the page's preload is the app's own request", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/data/issues/")) requested.push(r.url());
  });
  await page.goto("./");
  await expect(page.getByRole("article")).toHaveCount(26);
  expect(requested).toHaveLength(1);
  // The URL the build wrote the file under, precached and preloaded: no query a cache could
  // leave out of its key.
  const newest = buildFacts().issues[0];
  expect(newest.id).toBe("2021-06-07");
  expect(requested[0]).toBe(new URL(newest.url, page.url()).href);
  expect(buildFacts().precache).toContain(newest.url);
});
