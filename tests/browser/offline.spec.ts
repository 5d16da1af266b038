import { test, expect, buildFacts, type Page } from "./fixtures";

// These specs are about the service worker: let it run (the others block it, so that their
// routed responses reach the page).
test.use({ serviceWorkers: "allow" });
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { directives, watchViolations } from "./csp";

/**
 * Offline and updates, each on a copy of the build served by a server of its own (a service
 * worker belongs to its origin), so a test can change the build under the page; served with
 * the build's `_headers` (its CSP among them), as a host serves it, so the worker registers,
 * installs and serves under the production policy.
 */
let dir = "";
let server: ChildProcess | undefined;
let origin = "";

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

test.beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "radar-offline-"));
  cpSync("dist", dir, { recursive: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}/`;
  server = spawn("node", ["scripts/serve.mjs", "--dir", dir, "--port", String(port), "--headers"], { stdio: "ignore" });
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(origin)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
});

test.afterEach(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

/** Waits until this page is controlled by the build's service worker, with everything cached. */
async function controlled(page: Page) {
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller !== null, null, {
    timeout: 15_000,
  });
}

/**
 * How the page's own registration of the worker ends: "activated", or "redundant" when its
 * install failed (or a register error). Installed before the page loads; read with
 * `workerOutcome`, which waits for it, however long the page takes to register.
 */
async function watchRegistration(page: Page) {
  await page.addInitScript(() => {
    const container = ServiceWorkerContainer.prototype;
    const register = container.register;
    const w = window as unknown as { __workerOutcome: Promise<string> };
    w.__workerOutcome = new Promise((resolve) => {
      container.register = function (...args: Parameters<typeof register>) {
        const registering = register.apply(this, args);
        registering.then(
          (registration) => {
            const worker = registration.installing ?? registration.waiting ?? registration.active;
            if (!worker) return resolve("no worker");
            const settle = () => {
              if (worker.state === "activated" || worker.state === "redundant") resolve(worker.state);
            };
            worker.addEventListener("statechange", settle);
            settle();
          },
          (error) => resolve(`register failed: ${error}`),
        );
        return registering;
      };
    });
  });
}
const workerOutcome = (page: Page) =>
  page.evaluate(() => (window as unknown as { __workerOutcome: Promise<string> }).__workerOutcome);

test("under the production CSP, whose worker-src and manifest-src allow the app's own origin alone, the worker registers and takes control", async ({
  page,
  consoleErrors,
}) => {
  const violations = await watchViolations(page);
  await watchRegistration(page);
  const response = await page.goto(origin);
  const policy = directives(response?.headers()["content-security-policy"] ?? "");
  expect(policy.get("default-src")).toEqual(["'none'"]);
  expect(policy.get("worker-src"), "the worker, sw.js, is the app's own file").toEqual(["'self'"]);
  expect(policy.get("manifest-src"), "the manifest is the app's own file").toEqual(["'self'"]);
  expect(await workerOutcome(page)).toBe("activated");
  await controlled(page);
  // The worker's script came with the same policy: its own fetches (the precache) are bound by it.
  const worker = await page.request.get(`${origin}sw.js`);
  expect(worker.headers()["content-security-policy"]).toBe(response?.headers()["content-security-policy"]);
  expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(1);
  expect(violations).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test("after one visit the app reloads offline, says so, and names how recent its articles are", async ({ page, context }) => {
  await page.goto(origin);
  await expect(page.getByRole("article")).toHaveCount(26);
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("article")).toHaveCount(26);
  await expect(page.getByText("You are offline: the newest article this device holds is of 16 September 2021")).toBeVisible();
  await page.getByRole("region", { name: "Tags" }).getByRole("link", { name: /^ICV, / }).click();
  await expect(page.getByRole("article")).toHaveCount(2);
});

test("the worker caches exactly what the build listed: the app, the manifest, each issue under its hashed name", async ({ page }) => {
  await page.goto(origin);
  await controlled(page);
  const cached = await page.evaluate(async () => {
    const [name] = (await caches.keys()).filter((k) => k.startsWith("radar-"));
    const keys = name ? await (await caches.open(name)).keys() : [];
    return keys.map((r) => new URL(r.url).pathname.slice(1) + new URL(r.url).search);
  });
  const facts = buildFacts(dir);
  expect(cached.sort()).toEqual([...facts.precache].sort());
  expect(facts.precache).toEqual(expect.arrayContaining(facts.issues.map((i) => i.url)));
});

test("offline, a deep link opens the right article", async ({ page, context }) => {
  await page.goto(origin);
  await controlled(page);
  await context.setOffline(true);
  await page.goto(`${origin}?article=data-security-law&tag=Data+Security`);
  await expect(page.getByRole("heading", { level: 2, name: /Data Security Law/ })).toBeVisible();
});

test("a new build: the reader is told, and Reload brings the new version", async ({ page }) => {
  await page.goto(origin);
  await controlled(page);
  // The version of the worker in control, asked over a channel of its own (never hangs).
  const version = () =>
    page
      .evaluate(
      () =>
        new Promise<string>((resolve) => {
          const controller = navigator.serviceWorker.controller;
          if (!controller) return resolve("no worker");
          const channel = new MessageChannel();
          channel.port1.onmessage = (e) => resolve(e.data.version);
          controller.postMessage("version", [channel.port2]);
          setTimeout(() => resolve("no answer"), 2000);
        }),
      )
      // A reload under way destroys the page's context: ask again after it.
      .catch(() => "reloading");
  await expect.poll(version, { timeout: 15_000 }).toMatch(/^[0-9a-f]{16}$/);
  const before = await version();
  // A rebuild: different bytes under the same names, as a new deploy gives.
  const sw = join(dir, "sw.js");
  writeFileSync(sw, readFileSync(sw, "utf8").replace(/const VERSION = "[^"]*"/, 'const VERSION = "next-build"'));
  await page.reload();
  const prompt = page.getByRole("status").filter({ hasText: "A new version is available" });
  await expect(prompt).toBeVisible({ timeout: 15_000 });
  // Reload reloads the page once the new worker takes over: wait for that load, not during it.
  await Promise.all([page.waitForEvent("load"), prompt.getByRole("button", { name: "Reload" }).click()]);
  await expect(page.getByRole("article")).toHaveCount(26);
  await expect.poll(version, { timeout: 15_000 }).toBe("next-build");
  expect(before).not.toBe("next-build");
  expect(await page.evaluate(() => caches.keys())).toEqual(["radar-next-build"]);
});

test("a build that cannot be cached whole is not installed, and never breaks the online app", async ({ page, consoleErrors }) => {
  unlinkSync(join(dir, "page.css")); // not precached: nothing happens
  const css = buildFacts(dir).precache.find((f) => f.endsWith(".css"));
  expect(css).toBeTruthy();
  unlinkSync(join(dir, css as string)); // precached and missing: the worker cannot install
  await watchRegistration(page);
  await page.goto(origin);
  await expect(page.getByRole("article")).toHaveCount(26);
  // The worker's own end, not a moment picked before it could have registered: its install
  // failed, so it is gone; nothing controls the page and no cache is left behind.
  expect(await workerOutcome(page)).toBe("redundant");
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0);
  expect(consoleErrors.filter((e) => /panicked|RuntimeError/.test(e))).toEqual([]);
});
