import { test, expect, dataset } from "./fixtures";

/** A screen reader meets each period once per week row, in the week's list of periods, and
 * never once per day: the lists hold exactly the periods the data has for each week. */

type Event = { title: string; start: string; end?: string };
const events: Event[] = dataset.articles.flatMap((a: { events: Event[] }) => a.events);
const day = /^\d{4}-\d{2}-\d{2}$/;
// Periods known to the day, longer than a day (ISO dates compare as strings).
const periods = events.filter((e) => day.test(e.start) && e.end !== undefined && day.test(e.end) && e.end > e.start);
const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** The Mondays of July 2021's grid, as ISO days and as the lists name them. */
const mondays = [0, 7, 14, 21, 28].map((offset) => {
  const d = new Date(Date.UTC(2021, 5, 28 + offset));
  const iso = d.toISOString().slice(0, 10);
  return { iso, sunday: new Date(d.getTime() + 6 * 86_400_000).toISOString().slice(0, 10), name: `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}` };
});

test("each week row of July 2021 lists its periods once each, and no day cell repeats them", async ({ page }) => {
  await page.goto("./?view=calendar&month=2021-07");
  const calendar = page.getByRole("region", { name: "Calendar" });
  await expect(calendar.getByRole("heading", { name: "July 2021" })).toBeVisible();
  let crossings = 0;
  for (const { iso, sunday, name } of mondays) {
    const expected = periods
      .filter((p) => p.start <= sunday && p.end! >= iso && p.start <= "2021-07-31" && p.end! >= "2021-07-01")
      .map((p) => p.title);
    const list = calendar.getByRole("list", { name: `Periods, week of ${name}` });
    if (expected.length === 0) {
      await expect(list).toHaveCount(0);
      continue;
    }
    crossings += expected.length;
    await expect(list.getByRole("listitem")).toHaveCount(expected.length);
    for (const title of expected) {
      // One entry, named by the period's title, its dates and its close.
      await expect(list.getByRole("link", { name: `${title}, ` })).toHaveCount(1);
      await expect(list.getByRole("link", { name: `${title}, ` })).toHaveAccessibleName(/, [^,]+ 2021, (comments close|call closes|ends|due) \d{1,2} [A-Z][a-z]+/);
    }
  }
  // The data has periods in several weeks of July, or this test proves nothing.
  expect(crossings).toBeGreaterThanOrEqual(8);

  const cells = await calendar.getByRole("cell").evaluateAll((tds) => tds.filter((td) => td.getAttribute("aria-label")).map((td) => td.textContent ?? ""));
  expect(cells).toHaveLength(35);
  for (const p of periods) {
    for (const text of cells) expect(text).not.toContain(p.title);
  }
});
