import { test, expect } from "./fixtures";

/** Events the data gets wrong are kept, shown in the plainest honest way. */
test("an event ending before it starts shows as its first day; an unknown kind as a generic event", async ({ page }) => {
  const body = JSON.stringify({
    schema_version: 1,
    publication: { title: "T", issue: "I", publisher: "P", source: "S" },
    articles: [
      {
        id: "odd-events",
        title: "Odd events",
        section: "Standardization",
        date: "2021-07-01",
        tags: ["Odd"],
        summary: "Events the data gets wrong.",
        body: [{ type: "paragraph", text: "Text." }],
        events: [
          { id: "backwards", title: "Backwards forum", kind: "meeting", start: "2021-07-20", end: "2021-07-10" },
          { id: "gala", title: "Standards gala", kind: "gala", start: "2021-07-22" },
        ],
      },
    ],
  });
  await page.route("**/data/archive.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body }));

  await page.goto("./?article=odd-events");
  const dates = page.getByRole("region", { name: "Dates" }).getByRole("listitem");
  await expect(dates).toHaveCount(2);
  // The impossible end is dropped: one day, never "20 July 2021 – 10 July 2021".
  await expect(dates.filter({ hasText: "Backwards forum" })).toContainText("Meeting20 July 2021Backwards forum");
  await expect(dates.filter({ hasText: "Standards gala" })).toContainText("Event22 July 2021Standards gala");

  await page.goto("./?view=calendar&month=2021-07");
  const calendar = page.getByRole("region", { name: "Calendar" });
  await expect(calendar.getByRole("cell", { name: "Tuesday 20 July 2021" })).toContainText("Backwards forum");
  await expect(calendar.getByRole("cell", { name: "Wednesday 14 July 2021" })).not.toContainText("Backwards forum");
  await expect(calendar.getByRole("cell", { name: "Thursday 22 July 2021" }).getByRole("link")).toHaveClass(/kind--unknown/);
  // No kind of the legend selects it, but it is never lost: "Export 2 events".
  await expect(page.getByRole("button", { name: "Export 2 events" })).toBeVisible();
});
