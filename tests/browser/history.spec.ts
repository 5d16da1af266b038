import { test, expect, cloudTag, query } from "./fixtures";

test("Back and Forward walk through the views the reader made", async ({ page }) => {
  await page.goto("./");
  await cloudTag(page, "5G").click();
  await expect(page.getByRole("article")).toHaveCount(2);
  await page.getByRole("region", { name: "Sections" }).getByRole("link", { name: /^5G/ }).click();
  await expect(page).toHaveURL(/section=5G/);
  await page.getByRole("article").first().getByRole("heading").getByRole("link").click();
  await expect(page).toHaveURL(/article=/);

  await page.goBack();
  await expect(page).not.toHaveURL(/article=/);
  expect(query(page).get("section")).toBe("5G");
  await page.goBack();
  expect(query(page).get("section")).toBeNull();
  expect(query(page).getAll("tag")).toEqual(["5G"]);
  await page.goBack();
  await expect(page.getByRole("article")).toHaveCount(26);
  await page.goForward();
  await expect(page.getByRole("article")).toHaveCount(2);
  await expect(cloudTag(page, "5G")).toHaveAttribute("aria-current", "true");
});

test("typing a search makes one history entry, not one per key", async ({ page }) => {
  await page.goto("./");
  const search = page.getByRole("searchbox", { name: "Search" });
  await search.pressSequentially("carbon", { delay: 30 });
  await expect(page).toHaveURL(/q=carbon/);
  await page.goBack();
  await expect(page).not.toHaveURL(/q=/);
  await expect(search).toHaveValue("");
});
