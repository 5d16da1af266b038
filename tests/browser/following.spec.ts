import { execFileSync } from "node:child_process";
import { test, expect, articles, dataset, type Page } from "./fixtures";
import { december, october, serveArchive } from "./archive-fixture";

const LIST = "standards-radar:following";
const SEEN = "standards-radar:newest-issue-seen";

/** Articles of the shipped data carrying `tag` / naming organisation `org`, read from the data. */
const withTag = (tag: string) => articles.filter((a) => a.tags.includes(tag)).length;
const naming = (org: string) =>
  dataset.articles.filter((a: { orgs?: string[] }) => (a.orgs ?? []).includes(org)).length;
const plural = (n: number) => (n === 1 ? "1 article" : `${n} articles`);

const followed = (page: Page) => page.getByRole("region", { name: "Following" }).locator(".following__item");

async function openFollowing(page: Page) {
  await page.getByRole("link", { name: /^Following/ }).click();
  await expect(page.getByRole("heading", { name: "Following", level: 2 })).toBeVisible();
}

test("a followed tag and organisation are on the Following screen after a reload, with their counts", async ({ page }) => {
  await page.goto("./?tag=ICV");
  const tagButton = page.getByRole("button", { name: "Follow Tag: ICV" });
  await expect(tagButton).toHaveAttribute("aria-pressed", "false");
  await tagButton.click();
  await expect(tagButton).toHaveAttribute("aria-pressed", "true");
  await page.goto("./?org=MIIT");
  await page.getByRole("region", { name: "Organisation" }).getByRole("button", { name: "Follow MIIT" }).click();

  await page.reload();
  await expect(page.getByRole("link", { name: "Following (2)" })).toBeVisible();
  await openFollowing(page);
  // The screen is the device's list: the filters are not there to change what it shows.
  await expect(page.getByRole("complementary", { name: "Search and filters" })).toBeHidden();
  await expect(followed(page)).toHaveCount(2);
  await expect(followed(page).nth(0)).toContainText("ICV · Tag");
  await expect(followed(page).nth(0)).toContainText(plural(withTag("ICV")));
  await expect(followed(page).nth(1)).toContainText("MIIT · Organisation");
  await expect(followed(page).nth(1)).toContainText(plural(naming("MIIT")));
  // The item leads to its view.
  await followed(page).nth(1).getByRole("link", { name: "MIIT" }).click();
  await expect(page).toHaveURL(/\?org=MIIT$/);
});

test("articles of issues new since the last visit are counted as new", async ({ page }) => {
  await page.addInitScript(([seen, id]) => localStorage.setItem(seen, id), [SEEN, october.entry.id]);
  await serveArchive(page, [october, december]);
  await page.goto("./?tag=Archive+test");
  await page.getByRole("button", { name: "Follow Tag: Archive test" }).click();
  await openFollowing(page);
  // Three articles in each generated issue; December's came out after the remembered October.
  await expect(followed(page).first()).toContainText("6 articles, 3 new since your last visit");
});

test("the reader orders, renames and removes followed items", async ({ page }) => {
  await page.goto("./?tag=ICV");
  await page.getByRole("button", { name: "Follow Tag: ICV" }).click();
  await page.goto("./?tag=5G");
  await page.getByRole("button", { name: "Follow Tag: 5G" }).click();
  await page.goto("./?view=following");
  await page.getByRole("button", { name: "Move 5G up" }).click();
  await expect(followed(page).first()).toContainText("5G");
  // The list is drawn again, and the focus stays on the button the reader pressed.
  await expect(page.getByRole("button", { name: "Move 5G up" })).toBeFocused();
  await page.getByRole("button", { name: "Rename 5G" }).click();
  await page.getByLabel("New name").fill("Mobile networks");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(followed(page).first()).toContainText("Mobile networks · Tag");
  await page.getByRole("button", { name: "Stop following ICV" }).click();
  await expect(followed(page)).toHaveCount(1);
  await page.reload();
  await expect(followed(page)).toHaveCount(1);
  await expect(followed(page).first()).toContainText("Mobile networks");
});

test("a named view is followed as a whole", async ({ page }) => {
  await page.goto("./?tag=ICV&org=MIIT");
  await page.getByRole("button", { name: "Follow this view" }).click();
  await page.getByLabel("Name this view").fill("Connected cars at MIIT");
  await page.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(page.getByRole("button", { name: "Following this view" })).toHaveAttribute("aria-pressed", "true");
  await page.goto("./?view=following");
  await expect(followed(page).first()).toContainText("Connected cars at MIIT · Saved view");
  await followed(page).first().getByRole("link", { name: "Connected cars at MIIT" }).click();
  await expect(page).toHaveURL(/\?tag=ICV&org=MIIT$/);
});

test("Share my list moves the list to a fresh browser, which asks before adding", async ({ page, browser }) => {
  await page.goto("./?tag=ICV");
  await page.getByRole("button", { name: "Follow Tag: ICV" }).click();
  await page.goto("./?doc=data-security-law");
  await page.getByRole("button", { name: "Follow Data Security Law" }).click();
  await page.goto("./?view=following");
  await page.getByRole("button", { name: "Share my list" }).click();
  const link = await page.getByLabel("Open this link on another device").inputValue();

  const fresh = await (await browser.newContext({ serviceWorkers: "block" })).newPage();
  // One item the archive does not have, as a renamed tag would be.
  await fresh.goto(`${link}&follow=tag:No+such+tag`);
  const offer = fresh.getByRole("region", { name: "A shared list to follow" });
  await expect(offer).toContainText("ICV · Tag");
  await expect(offer).toContainText("Data Security Law · Document");
  await expect(offer).toContainText("No such tag — not in this archive");
  // Nothing is added before the reader says so.
  expect(await fresh.evaluate((k) => localStorage.getItem(k), LIST)).toBeNull();
  await offer.getByRole("button", { name: "Add 2 items to my list" }).click();
  await expect(offer).toHaveCount(0);
  expect(new URL(fresh.url()).searchParams.has("follow")).toBe(false);
  await openFollowing(fresh);
  await expect(followed(fresh)).toHaveCount(2);
  await fresh.context().close();
});

test("a damaged stored list is dropped with a notice, and the app works", async ({ page }) => {
  await page.addInitScript((k) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem(k, "{not json");
      sessionStorage.setItem("seeded", "1");
    }
  }, LIST);
  await page.goto("./");
  await expect(page.getByRole("alert").filter({ hasText: "could not be read, so it was cleared" })).toBeVisible();
  await expect(page.getByRole("article").first()).toBeVisible();
  await page.getByRole("button", { name: "Dismiss" }).click();
  await page.reload();
  await expect(page.getByText("could not be read")).toHaveCount(0);
});

test("Forget my list clears it from the device", async ({ page }) => {
  await page.goto("./?tag=ICV");
  await page.getByRole("button", { name: "Follow Tag: ICV" }).click();
  await page.goto("./?view=following");
  await page.getByRole("button", { name: "Forget my list" }).click();
  await page.getByRole("button", { name: "Forget", exact: true }).click();
  await expect(page.getByText("You follow nothing yet.")).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), LIST)).toBeNull();
});

test("following changes nothing a fresh load of the same link shows, but the follow marks", async ({ page, browser }) => {
  const url = "./?org=MIIT&tag=ICV";
  await page.goto(url);
  await page.getByRole("button", { name: "Follow MIIT" }).first().click();
  await page.getByRole("button", { name: "Follow Tag: ICV" }).click();
  const withoutMarks = (p: Page) =>
    p.getByRole("main").evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(".follow, .follow-view, .follow-mark").forEach((e) => e.remove());
      return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
    });
  await expect(page.getByRole("article").first()).toBeVisible();
  const followedScreen = await withoutMarks(page);
  const fresh = await (await browser.newContext({ serviceWorkers: "block" })).newPage();
  await fresh.goto(url);
  await expect(fresh.getByRole("article").first()).toBeVisible();
  expect(await withoutMarks(fresh)).toBe(followedScreen);
  await expect(fresh.getByRole("button", { name: "Follow MIIT" }).first()).toHaveAttribute("aria-pressed", "false");
  await fresh.context().close();
});

test("the feeds of what is followed download as OPML that a feed reader's parser reads", async ({ page }) => {
  await page.goto("./?tag=ICV");
  await page.getByRole("button", { name: "Follow Tag: ICV" }).click();
  await page.goto("./?org=MIIT");
  await page.getByRole("button", { name: "Follow MIIT" }).first().click();
  await page.goto("./?view=following");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download feeds as OPML" }).click(),
  ]);
  const path = test.info().outputPath("following.opml");
  await download.saveAs(path);
  // listparser, a feed reader's OPML parser, independent of the app.
  const feeds: { title: string; url: string }[] = JSON.parse(
    execFileSync(".venv/bin/python", ["tests/opml_read.py", path], { encoding: "utf8" }),
  );
  expect(feeds.map((f) => f.title)).toEqual(["ICV (Tag)", "MIIT (Organisation)"]);
  for (const feed of feeds) {
    const response = await page.request.get(feed.url);
    expect(response.status(), feed.url).toBe(200);
    expect(await response.text()).toContain("<feed");
  }
});

test("an article's organisations and documents are followed from the article, and the clouds mark what is followed", async ({ page }) => {
  await page.goto("./?article=data-security-law");
  const article = page.getByRole("article");
  const follow = article.getByRole("button", { name: "Follow Data Security Law" });
  await follow.click();
  await expect(follow).toHaveAttribute("aria-pressed", "true");
  await page.goto("./?tag=ICV");
  await page.getByRole("button", { name: "Follow Tag: ICV" }).click();
  await page.goto("./");
  // The mark is the device's: the link keeps its name, which a shared link must keep.
  const icv = page.getByRole("region", { name: "Tags" }).getByRole("link", { name: /^ICV, \d+ articles?$/ });
  await expect(icv).toContainText("★");
  await page.goto("./?view=following");
  await expect(followed(page)).toHaveCount(2);
  await expect(followed(page).first()).toContainText("Data Security Law · Document");
});
