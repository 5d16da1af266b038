import { test, expect, openActions } from "./fixtures";

test("Subscribe offers the calendar of the organisation shown, as webcal and as an address that serves it", async ({ page }) => {
  await page.goto("./?org=MIIT");
  await openActions(page);
  const webcal = page.getByRole("link", { name: "Subscribe in your calendar app" });
  await expect(webcal).toHaveAttribute("href", "webcal://127.0.0.1:4173/calendars/organisations/miit.ics");
  const address = await page.getByLabel("Or add this address to your calendar:").inputValue();
  expect(address).toBe("http://127.0.0.1:4173/calendars/organisations/miit.ics");
  const response = await page.request.get(address);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const body = await response.text();
  expect(body).toContain("X-WR-CALNAME:Standards Radar: MIIT");
  expect(body).toContain("REFRESH-INTERVAL;VALUE=DURATION:P1D");
});

test("without one organisation, document or tag, Subscribe offers the whole archive's calendar", async ({ page }) => {
  await page.goto("./?section=Cybersecurity");
  await openActions(page);
  await expect(page.getByText("Events of the whole archive")).toBeVisible();
  const address = await page.getByLabel("Or add this address to your calendar:").inputValue();
  const body = await (await page.request.get(address)).text();
  expect(body).toContain("BEGIN:VCALENDAR");
  // Every comment deadline of the archive has its reminders.
  expect(body).toContain("BEGIN:VALARM");
});
