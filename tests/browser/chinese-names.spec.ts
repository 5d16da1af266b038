import { test, expect, cardTitles, query } from "./fixtures";

test("an organisation's Chinese name finds its articles, and its summary shows it", async ({ page }) => {
  // The articles that name MIIT, and its summary with its Chinese name, marked as Chinese.
  await page.goto("./?org=MIIT");
  await expect(page.getByRole("article")).toHaveCount(13);
  const byOrg = (await cardTitles(page)).sort();
  const summary = page.getByRole("region", { name: "Organisation", exact: true });
  await expect(summary).toContainText("MIIT — Ministry of Industry and Information Technology (工业和信息化部)");
  await expect(summary.locator('[lang="zh"]')).toHaveText("工业和信息化部");

  // Typing the Chinese name in the search box finds the same articles; none of them prints it.
  await page.goto("./");
  await expect(page.getByRole("article").first()).toBeVisible();
  const search = page.getByRole("searchbox", { name: "Search" });
  await search.fill("工业和信息化部");
  await expect(page).toHaveURL(/q=%E5%B7%A5%E4%B8%9A%E5%92%8C%E4%BF%A1%E6%81%AF%E5%8C%96%E9%83%A8$/);
  expect(query(page).get("q")).toBe("工业和信息化部");
  await expect(page.getByRole("article")).toHaveCount(byOrg.length);
  expect((await cardTitles(page)).sort()).toEqual(byOrg);
  // A part of the name finds them too.
  await search.fill("工业和信息化");
  await expect(page).toHaveURL(/q=%E5%B7%A5%E4%B8%9A%E5%92%8C%E4%BF%A1%E6%81%AF%E5%8C%96$/);
  await expect(page.getByRole("article")).toHaveCount(byOrg.length);
});
