import { test, expect } from "./fixtures";
import { headersPort } from "../../playwright.config";
import { directives, watchViolations } from "./csp";

// Served with the build's `_headers`, as a host serves it: the manifest is read by the browser
// under the production CSP (manifest-src), not only fetched by the test.
const root = `http://127.0.0.1:${headersPort}/`;

test("the app is installable: a manifest with a name, a start URL in scope, and icons that load", async ({ page, request }) => {
  await page.goto(root);
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBe("manifest.webmanifest");
  const manifest = await (await request.get(`${root}${href}`)).json();
  expect(manifest.name).toContain("Standards Radar");
  expect(manifest.short_name).toBe("Standards Radar");
  expect(manifest.display).toBe("standalone");
  expect([manifest.start_url, manifest.scope]).toEqual(["./", "./"]);
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const response = await request.get(`${root}${icon.src}`);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"], icon.src).toContain(icon.type);
  }
});

test("under the production CSP, whose manifest-src allows the app's own origin alone, the browser reads the manifest", async ({
  page,
  consoleErrors,
}) => {
  const violations = await watchViolations(page);
  const response = await page.goto(root);
  const policy = directives(response?.headers()["content-security-policy"] ?? "");
  expect(policy.get("default-src")).toEqual(["'none'"]);
  expect(policy.get("manifest-src"), "the manifest is the app's own file").toEqual(["'self'"]);
  await expect(page.getByRole("article")).toHaveCount(26);
  // The browser's own fetch of the manifest, as for installing the app (Chromium's DevTools
  // protocol: what the Application panel shows), so the page's CSP applies to it.
  const cdp = await page.context().newCDPSession(page);
  const app = (await cdp.send("Page.getAppManifest")) as { url: string; errors: { message: string }[]; data?: string };
  expect(app.url).toBe(`${root}manifest.webmanifest`);
  expect(app.errors).toEqual([]);
  expect(JSON.parse(app.data ?? "{}").short_name).toBe("Standards Radar");
  expect(violations).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
