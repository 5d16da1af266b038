import { test, expect, articles, cloudTag, query } from "./fixtures";

test("clicking a tag in the cloud filters the cards and updates the URL and counts", async ({ page }) => {
  await page.goto("./");
  const icv = cloudTag(page, "ICV");
  await expect(icv).not.toHaveAttribute("aria-current");
  await icv.click();

  expect(query(page).getAll("tag")).toEqual(["ICV"]);
  await expect(page.getByText("2 of 26 articles")).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(2);
  await expect(cloudTag(page, "ICV")).toHaveAttribute("aria-current", "true");

  // Tags that would leave nothing stay listed, disabled; the rest show what they would leave.
  await expect(cloudTag(page, "Blockchain")).toBeDisabled();
  await expect(page.getByRole("region", { name: "Tags" }).getByRole("link", { name: /articles?$/ })).toHaveCount(
    new Set(articles.flatMap((a) => a.tags)).size,
  );

  await cloudTag(page, "ICV").click();
  expect(query(page).getAll("tag")).toEqual([]);
  await expect(page.getByRole("article")).toHaveCount(articles.length);
});

test("the cloud can be read as a plain list sorted by count", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("region", { name: "Tags" }).getByRole("button", { name: "Show as list" }).click();
  const labels = await page.getByRole("region", { name: "Tags" }).getByRole("link", { name: /articles?$/ }).evaluateAll(
    (buttons) => buttons.map((b) => Number((b.getAttribute("aria-label") ?? "").match(/(\d+) articles?$/)?.[1])),
  );
  expect(labels).toEqual([...labels].sort((a, b) => b - a));
  await expect(page.getByRole("button", { name: "Show as cloud" })).toBeVisible();
});

test("a tag on a card adds that tag to the filter", async ({ page }) => {
  await page.goto("./?tag=Data+Security");
  await expect(page.getByRole("article")).toHaveCount(2);
  await page.getByRole("article").filter({ hasText: "Automobile Data Security" }).getByRole("link", { name: "MIIT", exact: true }).click();
  expect(query(page).getAll("tag")).toEqual(["Data Security", "MIIT"]);
  await expect(page.getByRole("article")).toHaveCount(1);
});
