import { test, expect, type Locator } from "./fixtures";

// A phone's first screen (390 × 844 CSS px) is news, whichever link a reader opens: what each
// view shows first is on it, not pushed below by the header, the search and the toolbar.
const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE });

/** Whether the top `lines` lines' worth of `locator` (its top and one line more) are on the first screen. */
async function startsOnFirstScreen(locator: Locator, what: string) {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  expect(box, what).not.toBeNull();
  const lineHeight = 24;
  expect(box!.y, `${what} starts on the first screen`).toBeGreaterThanOrEqual(0);
  expect(box!.y + Math.min(box!.height, lineHeight), `${what}: its first line is on the first screen`).toBeLessThanOrEqual(PHONE.height);
}

test("on a phone, the first card's title and the start of its summary are on the first screen", async ({ page }) => {
  await page.goto("./");
  const card = page.getByRole("article").first();
  const title = card.getByRole("heading", { level: 2 });
  await startsOnFirstScreen(title, "the first card's title");
  const titleBox = await title.boundingBox();
  expect(titleBox!.y + titleBox!.height, "the whole title").toBeLessThanOrEqual(PHONE.height);
  await startsOnFirstScreen(card.locator(".card__summary"), "the first card's summary");
});

test("on a phone, a shared tag link shows its first card on the first screen", async ({ page }) => {
  await page.goto("./?tag=ICV");
  await startsOnFirstScreen(page.getByRole("article").first().getByRole("heading", { level: 2 }), "the first ICV card's title");
});

test("on a phone, the calendar's first week and the agenda's first item are on the first screen", async ({ page }) => {
  await page.goto("./?view=calendar&month=2021-07");
  await startsOnFirstScreen(page.locator(".calendar__grid tbody").first(), "the calendar's first week");
  await page.goto("./?view=agenda");
  await startsOnFirstScreen(page.locator(".agenda__item").first(), "the agenda's first item");
});

test("on a phone, an article's title and first paragraph are on the first screen", async ({ page }) => {
  await page.goto("./?article=data-security-law");
  await startsOnFirstScreen(page.getByRole("heading", { level: 2, name: /Data Security Law/ }), "the article's title");
  await startsOnFirstScreen(page.locator(".article__body p").first(), "its first paragraph");
});
