import { test, expect, byId } from "./fixtures";

test("an article opens in full with its table, dates, safe source links and related articles", async ({ page }) => {
  await page.goto("./?tag=SAC");
  const article = byId("sac-17-iso-mirror-technical-organisations");
  await page.getByRole("link", { name: article.title }).click();
  const heading = page.getByRole("heading", { level: 2, name: article.title });
  await expect(heading).toBeFocused();
  await expect(page).toHaveTitle(`${article.title} – Standards Radar`);
  const table = page.getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(18);
  await expect(table.getByRole("cell", { name: "ISO/TC333" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Dates" })).toBeVisible();

  await page.goto("./?article=data-security-law");
  const source = page.getByRole("link", { name: /^Data Security Law \(sesec\.eu, PDF\)/ });
  await expect(source).toHaveAttribute("rel", "noopener noreferrer");
  await expect(source).toHaveAttribute("href", /^https:\/\//);
  await expect(page.getByRole("heading", { name: "Related articles" })).toBeVisible();
  await expect(page.getByText("Takes effect").first()).toBeVisible();
});
