import { test, expect, type Page } from "./fixtures";
import { headersPort } from "../../playwright.config";

/** A period is one bar across the days of each week row it crosses, as calendar apps draw it,
 * with its close marked where it ends; the day cells no longer repeat it. */

const calendar = (page: Page) => page.getByRole("region", { name: "Calendar" });
/** The list of a week row's periods, named by the week's Monday. */
const week = (page: Page, monday: string) => calendar(page).getByRole("list", { name: `Periods, week of ${monday}` });
const review = /^Comments on the Measures for Cybersecurity Review close, 10–25 July 2021, comments close 25 July\b/;
const notice = /^Comments on the Notice on Enhancing the Network Security of Internet of Vehicles.*, 22 June – 2 July 2021, comments close 2 July$/;

test("in July 2021 a comment period is one bar per week row it crosses, its close marked where it ends", async ({ page }) => {
  await page.goto("./?view=calendar&month=2021-07");
  await expect(calendar(page).getByRole("heading", { name: "July 2021" })).toBeVisible();

  // 10–25 July crosses three week rows: one bar in each, none in the others.
  await expect(calendar(page).getByRole("link", { name: review })).toHaveCount(3);
  for (const monday of ["5 July 2021", "12 July 2021", "19 July 2021"]) {
    await expect(week(page, monday).getByRole("link", { name: review })).toHaveCount(1);
  }
  // No day cell repeats it.
  for (const day of ["Saturday 10 July 2021", "Tuesday 20 July 2021", "Sunday 25 July 2021"]) {
    await expect(calendar(page).getByRole("cell", { name: day })).not.toContainText("Comments on the Measures");
  }
  // The close is drawn on the row where it closes, not on the rows it carries on from.
  await expect(week(page, "19 July 2021").getByText("closes 25 Jul")).toBeVisible();
  await expect(week(page, "12 July 2021").getByText("closes 25 Jul")).toBeHidden();

  // The notice opened on 22 June: in July's grid it is one bar from Monday 28 June to Friday 2
  // July, drawn across those days' cells, closing there.
  const bar = week(page, "28 June 2021").getByRole("link", { name: notice });
  await expect(calendar(page).getByRole("link", { name: notice })).toHaveCount(1);
  await expect(bar.getByText("closes 2 Jul")).toBeVisible();
  for (const day of ["Monday 28 June 2021", "Wednesday 30 June 2021", "Friday 2 July 2021"]) {
    await expect(calendar(page).getByRole("cell", { name: day })).not.toContainText("Notice on Enhancing");
  }
  const box = await bar.boundingBox();
  const monday = await calendar(page).getByRole("cell", { name: "Monday 28 June 2021" }).boundingBox();
  const friday = await calendar(page).getByRole("cell", { name: "Friday 2 July 2021" }).boundingBox();
  if (!box || !monday || !friday) throw new Error("not drawn");
  expect(Math.abs(box.x - monday.x)).toBeLessThan(8);
  expect(Math.abs(box.x + box.width - (friday.x + friday.width))).toBeLessThan(8);
  // Over the week's own cells, under their day numbers.
  expect(box.y).toBeGreaterThan(monday.y);
  expect(box.y + box.height).toBeLessThan(monday.y + monday.height);

  // A bar opens its article, as a day's chip does.
  await bar.click();
  await expect(page).toHaveURL(/article=miit-automobile-data-security/);
  await expect(page.getByRole("heading", { level: 2, name: /Automobile Data Security/ })).toBeVisible();
});

test("served with the strict CSP, bars are placed on their days with no violation", async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`http://127.0.0.1:${headersPort}/?view=calendar&month=2021-07`);
  // 12–18 July: the review's bar spans the whole week row, Monday to Sunday.
  const bar = week(page, "12 July 2021").getByRole("link", { name: review });
  const box = await bar.boundingBox();
  const monday = await calendar(page).getByRole("cell", { name: "Monday 12 July 2021" }).boundingBox();
  const sunday = await calendar(page).getByRole("cell", { name: "Sunday 18 July 2021" }).boundingBox();
  if (!box || !monday || !sunday) throw new Error("not drawn");
  expect(Math.abs(box.x - monday.x)).toBeLessThan(8);
  expect(Math.abs(box.x + box.width - (sunday.x + sunday.width))).toBeLessThan(8);
  expect(violations).toEqual([]);
});
