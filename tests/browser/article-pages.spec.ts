import { test, expect, byId } from "./fixtures";

test.use({ javaScriptEnabled: false });

test("without JavaScript an article's page shows its text, its preview tags and the way into the app", async ({ page, baseURL }) => {
  const article = byId("data-security-law");
  await page.goto("./articles/data-security-law.html");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await expect(page).toHaveTitle(`${article.title} – Standards Radar`);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", article.title);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", /articles\/data-security-law\.html$/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");
  await expect(page.getByText("On 10 June 2021, the Data Security Law (DSL) was passed").first()).toBeVisible();
  const open = page.getByRole("link", { name: "Open this article in Standards Radar" });
  await expect(open).toHaveAttribute("href", /\?article=data-security-law$/);
  expect(baseURL).toBeTruthy();
});
