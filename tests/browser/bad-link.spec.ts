import { test, expect, query } from "./fixtures";

test("a link with values the app cannot use says so, and the rest of the view still works", async ({ page }) => {
  await page.goto("./?tag=ICV&tag=Nonexistent&from=2021-02-30&sort=random");
  const notices = page.getByRole("region", { name: "Problems with this link" });
  await expect(notices).toContainText("Unknown tag “Nonexistent” was ignored");
  await expect(notices).toContainText("“2021-02-30” is not a date (from)");
  await expect(page.getByRole("article")).toHaveCount(2);

  await notices.getByRole("listitem").filter({ hasText: "Nonexistent" }).getByRole("link", { name: "Remove from link" }).click();
  expect(query(page).getAll("tag")).toEqual(["ICV"]);
  await expect(page.getByText("Nonexistent")).toHaveCount(0);
  await expect(page.getByRole("article")).toHaveCount(2);
});
