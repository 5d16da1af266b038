import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
const dir = process.argv[2];
const server = spawn("node", ["scripts/serve.mjs", "--dir", dir, "--port", "4999"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (let i = 0; i < 3; i++) {
  const page = await browser.newPage();
  await page.addInitScript(() => { window.__lt = []; new PerformanceObserver((l) => window.__lt.push(...l.getEntries().map((e) => [Math.round(e.startTime), Math.round(e.duration)]))).observe({ type: "longtask", buffered: true }); });
  await page.goto("http://127.0.0.1:4999/");
  await page.waitForFunction(() => performance.getEntriesByName("radar:archive-complete").length > 0, null, { timeout: 600000 });
  await page.waitForTimeout(300);
  console.log(JSON.stringify(await page.evaluate(() => ({
    measures: performance.getEntriesByType("measure").filter((m) => !m.name.includes("recompute")).map((m) => [m.name, Math.round(m.startTime), Math.round(m.duration)]),
    marks: ["radar:data-fetched", "radar:cards-painted", "radar:archive-complete"].map((n) => [n, Math.round(performance.getEntriesByName(n)[0]?.startTime)]),
    long: window.__lt,
  }))));
  await page.close();
}
await browser.close(); server.kill();
