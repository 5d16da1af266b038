import { test, expect, cloudTag, openActions, query } from "./fixtures";
import { subpathPort } from "../../playwright.config";

const root = `http://127.0.0.1:${subpathPort}/radar/`;

test("hosted under /radar/, the app loads its data and keeps every link under that path", async ({
  page,
  consoleErrors,
}) => {
  await page.goto(root);
  await expect(page.getByRole("article")).toHaveCount(26);

  await cloudTag(page, "ICV").click();
  await expect(page).toHaveURL(`${root}?tag=ICV`);
  await page.getByRole("article").first().getByRole("heading").getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`^${root.replace(/[.?]/g, "\\$&")}\\?tag=ICV&article=`));
  await page.getByRole("link", { name: "← Back to the list" }).click();
  await expect(page).toHaveURL(`${root}?tag=ICV`);

  await page.getByRole("link", { name: "Clear all", exact: true }).click();
  expect(new URL(page.url()).pathname).toBe("/radar/");
  expect(query(page).toString()).toBe("");
  await expect(page.getByRole("article")).toHaveCount(26);

  await page.reload();
  await expect(page.getByRole("article")).toHaveCount(26);
  expect(consoleErrors).toEqual([]);
});

test("a deep link under /radar/ restores its view", async ({ page }) => {
  await page.goto(`${root}?tag=5G&q=energy`);
  await expect(page.getByRole("article")).toHaveCount(1);
});

test.describe("with its service worker", () => {
  test.use({ serviceWorkers: "allow" });

test("hosted under /radar/, the service worker keeps to that path and the app reloads offline there", async ({ page, context }) => {
  await page.goto(root);
  await expect(page.getByRole("article")).toHaveCount(26);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(root);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.goto(`${root}?tag=ICV`);
  await expect(page.getByRole("article")).toHaveCount(2);
  await openActions(page);
  const feed = page.getByRole("link", { name: "Subscribe to ICV" });
  await expect(feed).toHaveAttribute("href", "./feeds/tags/icv.xml");
});
});
