import { test, expect, dataset } from "./fixtures";

const DATA = "**/data/archive.json";
// A deep link: the bare address would show its prerendered cards while the data is awaited.
const FIVE_G = "./?tag=5G";
const fiveG = dataset.articles.filter((a) => (a as { tags: string[] }).tags.includes("5G")).length;

test("503 then 200: Retry recovers", async ({ page }) => {
  let calls = 0;
  await page.route(DATA, (route) => {
    calls += 1;
    return calls === 1 ? route.fulfill({ status: 503, body: "busy" }) : route.continue();
  });
  await page.goto("./");
  await expect(page.getByRole("alert")).toContainText("503");
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("article")).toHaveCount(dataset.articles.length);
  expect(calls).toBe(2);
});

test("a response that never comes: loading state, then a timeout with Retry", async ({ page }) => {
  await page.clock.install();
  let hang = true;
  await page.route(DATA, async (route) => {
    if (hang) return; // never answered
    await route.continue();
  });
  await page.goto(FIVE_G);
  await expect(page.getByRole("status").filter({ hasText: "Loading articles" })).toBeVisible();
  await page.clock.fastForward("00:21");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("took more than 20 seconds");
  hang = false;
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("article")).toHaveCount(fiveG);
});

test("after the timeout the request is aborted, not left running", async ({ page }) => {
  await page.clock.install();
  await page.route(DATA, () => {}); // never answered
  // Every fetch of the data, with the signal the app gave it.
  await page.addInitScript(() => {
    const calls: { url: string; signal?: AbortSignal | null }[] = [];
    (window as unknown as { __fetches: typeof calls }).__fetches = calls;
    const original = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      calls.push({ url, signal: init?.signal ?? (input instanceof Request ? input.signal : null) });
      return original(input, init);
    };
  });
  const aborted = () =>
    page.evaluate(() =>
      (window as unknown as { __fetches: { url: string; signal?: AbortSignal | null }[] }).__fetches
        .filter((f) => f.url.endsWith("data/archive.json"))
        .map((f) => f.signal?.aborted ?? "no signal"),
    );
  await page.goto(FIVE_G);
  await expect(page.getByRole("status").filter({ hasText: "Loading articles" })).toBeVisible();
  expect(await aborted()).toEqual([false]);
  await page.clock.fastForward("00:21");
  await expect(page.getByRole("alert")).toContainText("took more than 20 seconds");
  expect(await aborted()).toEqual([true]);
});

test("a truncated body gives the error panel", async ({ page }) => {
  const full = JSON.stringify(dataset);
  await page.route(DATA, (route) => route.fulfill({ status: 200, contentType: "application/json", body: full.slice(0, full.length / 3) }));
  await page.goto("./");
  await expect(page.getByRole("alert")).toContainText("not valid JSON");
});
