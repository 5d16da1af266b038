import { test, expect, cloudTag, buildFacts } from "./fixtures";
import { headersPort } from "../../playwright.config";

const root = `http://127.0.0.1:${headersPort}/`;

test("served with a strict Content-Security-Policy, the app works with no violation and no error", async ({
  page,
  consoleErrors,
}) => {
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  const response = await page.goto(root);
  const headers = response?.headers() ?? {};
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(csp).not.toContain("unsafe-inline");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");

  await expect(page.getByRole("article")).toHaveCount(26);
  await cloudTag(page, "ICV").click();
  await page.getByRole("link", { name: "Calendar", exact: true }).click();
  await expect(page.getByRole("region", { name: "Calendar" })).toBeVisible();
  await page.goto(`${root}?article=sesec-webinar-29-china-standards-2035`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: /^Add to calendar: SESEC IV Webinar 29/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("sesec-webinar-29.ics");

  expect(violations).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test("the manifest is always revalidated and issue files are cached as immutable", async ({ page }) => {
  const seen = new Map<string, string>();
  page.on("response", (r) => {
    if (r.url().includes("/data/")) seen.set(new URL(r.url()).pathname, r.headers()["cache-control"] ?? "");
  });
  await page.goto(root);
  await expect(page.getByRole("article")).toHaveCount(26);
  expect(seen.get("/data/archive.json")).toBe("no-cache");
  expect(seen.get(`/${buildFacts().issues[0].url}`)).toBe("public, max-age=31536000, immutable");
});
