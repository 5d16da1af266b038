import { test, expect } from "./fixtures";

test("the app is installable: a manifest with a name, a start URL in scope, and icons that load", async ({ page, request, baseURL }) => {
  await page.goto("./");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBe("manifest.webmanifest");
  const manifest = await (await request.get(`${baseURL}${href}`)).json();
  expect(manifest.name).toContain("Standards Radar");
  expect(manifest.short_name).toBe("Standards Radar");
  expect(manifest.display).toBe("standalone");
  expect([manifest.start_url, manifest.scope]).toEqual(["./", "./"]);
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const response = await request.get(`${baseURL}${icon.src}`);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"], icon.src).toContain(icon.type);
  }
});
