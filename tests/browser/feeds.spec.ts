import { test, expect, openActions } from "./fixtures";

test("the page offers its feed, the tag's feed when one tag is chosen, and a feed entry opens its article", async ({ page, request, baseURL }) => {
  await page.goto("./");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /feed\.xml$/);
  await openActions(page);
  await expect(page.getByRole("link", { name: "Subscribe", exact: true })).toHaveAttribute("href", "./feed.xml");

  await page.goto("./?tag=ICV");
  await openActions(page);
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

test("every spelling of a tag the app takes as one subscribes to the one feed the build wrote", async ({ page, request, baseURL }) => {
  const feeds = new Set<string>();
  for (const spelling of ["Data Security", "data-security", "DataSecurity"]) {
    await page.goto(`./?tag=${encodeURIComponent(spelling)}`);
    await openActions(page);
    const subscribe = page.getByRole("link", { name: `Subscribe to ${spelling}` });
    await expect(subscribe).toBeVisible();
    feeds.add((await subscribe.getAttribute("href")) ?? "");
  }
  expect(feeds.size).toBe(1);
  const [href] = [...feeds];
  const feed = await request.get(new URL(href, baseURL).href);
  expect(feed.status()).toBe(200);
  expect((await feed.text()).match(/<entry>/g)?.length).toBeGreaterThan(0);
});
