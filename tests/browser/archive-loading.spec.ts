import { test, expect, buildFacts } from "./fixtures";
import { answer, december, generatedIssue, heldAnswer, october, serveArchive, type IssueAnswer } from "./archive-fixture";

test("the newest issue alone first: its cards paint while the other issue files are held back, and the others join after", async ({ page }) => {
  const held = { [october.entry.id]: heldAnswer(), "2021-06-07": heldAnswer() };
  let newestAnswered = false;
  const asked: string[] = [];
  const early: string[] = [];
  const other: IssueAnswer = async (route, issue) => {
    asked.push(issue.entry.id);
    if (!newestAnswered) early.push(issue.entry.id);
    await held[issue.entry.id].answer(route, issue);
  };
  await serveArchive(page, [october, december], {
    // The newest issue is slow to come: a build that asks for the others meanwhile is caught.
    [december.entry.id]: async (route, issue) => {
      await new Promise((r) => setTimeout(r, 500));
      await answer(route, issue);
      newestAnswered = true;
    },
    [october.entry.id]: other,
    "2021-06-07": other,
  });
  // The page preloads its build's newest issue: in a build of this archive, the newest is December's.
  await page.route(
    (url) => url.pathname === "/",
    async (route) => {
      const html = await (await route.fetch()).text();
      // The build's rule for an issue file's name: its plain name with the start of its hash.
      const preload = `data/${december.entry.file.replace(/\.json$/, `.${december.entry.sha256.slice(0, 16)}.json`)}`;
      await route.fulfill({ contentType: "text/html; charset=utf-8", body: html.replace(/data\/issues\/[^"'\s>]+/g, preload) });
    },
  );
  await page.goto("./");
  // The first paint: the newest issue's three cards, and nothing else, while the others wait.
  await expect(page.getByRole("status").filter({ hasText: "1 of 3 issues loaded" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /^All 3 articles$/ })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(3);
  expect((await page.getByRole("article").getByRole("heading", { level: 2 }).allTextContents()).sort()).toEqual([
    "October–November 2021: article 1",
    "October–November 2021: article 2",
    "October–November 2021: article 3",
  ]);
  // The others were asked for once the newest was in (not alongside it), and are still held.
  await expect.poll(() => [...asked].sort()).toEqual(["2021-06-07", october.entry.id]);
  expect(early).toEqual([]);
  await expect(page.getByRole("article")).toHaveCount(3);

  held[october.entry.id].release();
  await expect(page.getByRole("status").filter({ hasText: "2 of 3 issues loaded" })).toBeVisible();
  held["2021-06-07"].release();
  await expect(page.getByText(/issues loaded/)).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: /^All 32 articles$/ })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(30);
  await expect(page.getByRole("article").filter({ hasText: "August–September 2021: article 1" })).toBeVisible();
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
