// The first screen on a slow link: how soon a reader sees the newest issue's first card, against
// a plain static page of the same build served the same way, in the same run. The link of a
// reader in China on an international route, as issue 23 measured it: 1.6 Mbps down, 300 ms
// round trips, the CPU 4× slower, a cold cache, no service worker, the build's precompressed
// files with its headers (`scripts/serve.mjs --headers`, as `make serve`). Five cold loads of
// each page, interleaved, the median and the range.
//
//   static  one of the build's article pages (`articles/data-security-law.html`): its <h1>
//   before  the app as it was before the prerendered first screen: this build's index.html with
//           the prerendered markup taken out, so the first card waits for the wasm and data
//   app     this build: the first card
//
// Run on its own: `node bench/slow-link.mjs` (after `make build`); `make bench` runs it too.
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";

const LOADS = Number(process.env.BENCH_SLOW_LOADS ?? 5);
const LINK = { offline: false, latency: 300, downloadThroughput: 200_000, uploadThroughput: 93_750 };
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** A page's HTML without the build's prerendered first screen (the whole of its body). */
export const withoutPrerenderedScreen = (html) => html.replace(/<div id="prerender"[\s\S]*<\/body>/, "</body>");

/** The page without the build's prerendered first screen (and its precompressed copies). */
export function withoutPrerender(dir) {
  const page = join(dir, "index.html");
  const html = withoutPrerenderedScreen(readFileSync(page, "utf8"));
  writeFileSync(page, html);
  for (const ext of [".br", ".gz"]) rmSync(page + ext, { force: true });
}


/** One cold load: when `selector` is first drawn (the animation frame before its paint), the
 * largest contentful paint, the layout shifts, and the bytes on the wire by then. */
async function coldLoad(browser, url, selector) {
  const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", LINK);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.addInitScript((selector) => {
    const w = window;
    w.__shown = null;
    w.__lcp = 0;
    w.__cls = 0;
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.__lcp = e.startTime))).observe({ type: "largest-contentful-paint", buffered: true });
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.__cls += e.value))).observe({ type: "layout-shift", buffered: true });
    const look = () => {
      const found = document.querySelector(selector);
      if (found && found.getClientRects().length > 0) {
        w.__shown = performance.now();
        w.__bytes = performance.getEntriesByType("navigation").concat(performance.getEntriesByType("resource"))
          .filter((e) => e.responseEnd > 0 && e.responseEnd <= w.__shown)
          .reduce((s, e) => s + (e.transferSize || 0), 0);
        return;
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  }, selector);
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(() => window.__shown !== null, null, { timeout: 120_000, polling: 200 });
  // Whatever settles after: the app taking over, the rest of the load.
  await page.waitForTimeout(2500);
  const figures = await page.evaluate(() => ({
    shown: window.__shown,
    lcp: window.__lcp,
    cls: window.__cls,
    bytes: window.__bytes,
    // Where the wait goes: the page's last byte, and its stylesheet's.
    html: performance.getEntriesByType("navigation")[0]?.responseEnd,
    css: performance.getEntriesByType("resource").find((e) => e.name.endsWith(".css"))?.responseEnd,
  }));
  await context.close();
  return figures;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

export async function slowLink(dist = "dist", port = 4600) {
  const before = join("bench/out", "slow-link-before");
  rmSync(before, { recursive: true, force: true });
  cpSync(dist, before, { recursive: true });
  withoutPrerender(before);
  const pages = {
    static: { dir: dist, path: "articles/data-security-law.html", selector: "h1" },
    before: { dir: before, path: "", selector: ".card__title" },
    app: { dir: dist, path: "", selector: ".card__title" },
  };
  const servers = [];
  for (const [i, p] of Object.values(pages).entries()) {
    p.url = `http://127.0.0.1:${port + i}/${p.path}`;
    servers.push(await serve(p.dir, port + i, "--headers"));
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: FLAGS });
  const runs = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
  try {
    for (let i = 0; i < LOADS; i++) {
      for (const [name, p] of Object.entries(pages)) runs[name].push(await coldLoad(browser, p.url, p.selector));
    }
  } finally {
    await browser.close();
    servers.forEach((s) => s.kill());
  }
  const summary = {};
  for (const [name, list] of Object.entries(runs)) {
    const of = (k) => list.map((r) => r[k]);
    summary[name] = {
      first_content_ms: Math.round(median(of("shown"))),
      range_ms: [Math.round(Math.min(...of("shown"))), Math.round(Math.max(...of("shown")))],
      lcp_ms: Math.round(median(of("lcp"))),
      cls_max: Math.max(...of("cls")),
      bytes_by_then: Math.round(median(of("bytes"))),
      html_received_ms: Math.round(median(of("html"))),
      css_received_ms: Math.round(median(of("css"))),
    };
  }
  summary.ratio_app_to_static = summary.app.first_content_ms / summary.static.first_content_ms;
  summary.ratio_before_to_static = summary.before.first_content_ms / summary.static.first_content_ms;
  return { link: "1.6 Mbps, 300 ms RTT, CPU 4×, cold cache", loads: LOADS, ...summary };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await slowLink();
  console.log(JSON.stringify(result, null, 1));
}
