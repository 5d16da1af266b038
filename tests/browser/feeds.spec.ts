import { test, expect } from "./fixtures";

test("the page offers its feed, the tag's feed when one tag is chosen, and a feed entry opens its article", async ({ page, request, baseURL }) => {
  await page.goto("./");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /feed\.xml$/);
  await expect(page.getByRole("link", { name: "Subscribe", exact: true })).toHaveAttribute("href", "./feed.xml");

  await page.goto("./?tag=ICV");
  const subscribe = page.getByRole("link", { name: "Subscribe to ICV" });
  await expect(subscribe).toHaveAttribute("href", "./feeds/tags/icv.xml");
  const feed = await request.get(`${baseURL}feeds/tags/icv.xml`);
  expect(feed.headers()["content-type"]).toContain("xml");
  const xml = await feed.text();
  expect(xml.match(/<entry>/g)?.length).toBe(2);

  // The first entry of the main feed, followed as a feed reader would (on this test server).
  const main = await (await request.get(`${baseURL}feed.xml`)).text();
  const entry = main.slice(main.indexOf("<entry>"));
  const title = entry.match(/<title>([^<]*)<\/title>/)?.[1] ?? "";
  const link = new URL(entry.match(/<link rel="alternate" type="text\/html" href="([^"]*)"/)?.[1] ?? "");
  expect(link.searchParams.get("article")).toBe("sesec-webinar-29-china-standards-2035");
  await page.goto(`${baseURL}${link.search}`);
  await expect(page.getByRole("heading", { level: 2, name: title.replace(/&amp;/g, "&") })).toBeVisible();
});
