import { test, expect } from "./fixtures";
import { crashTestPort } from "../../playwright.config";

test("after a panic the page says it stopped working and offers a reload", async ({ page, consoleErrors }) => {
  const url = `http://127.0.0.1:${crashTestPort}/?tag=ICV&crash-test`;
  await page.goto(url);
  await expect(page.getByRole("article")).toHaveCount(2);
  const banner = page.getByRole("alert");
  await expect(banner).toContainText("Something went wrong and the page stopped working.");
  await expect(banner.getByRole("link", { name: "Reload the page" })).toHaveAttribute("href", url);
  expect(consoleErrors.join("\n")).toContain("crash-test: a panic asked for by the URL");
});
