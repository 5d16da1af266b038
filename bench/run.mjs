// `make bench`: the app against a plain-JS reference on the same synthetic data, in the same
// run, on Debian's Chromium. Prints a table of figures with their targets and writes
// bench/results.json. Nothing here asserts: a missed target is a figure, not a failure.
import { spawn, execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { chromium } from "playwright-core";

// BENCH_SIZES= (empty) skips the synthetic archives: sizes and Lighthouse only.
const SIZES = (process.env.BENCH_SIZES ?? "1000,10000").split(",").filter(Boolean).map(Number);
const WARM_UP = 5;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const OUT = "bench/out";
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

const median = (xs) => quantile(xs, 0.5);
const p95 = (xs) => quantile(xs, 0.95);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.round((s.length - 1) * q)] : NaN;
}
const round = (x, d = 2) => (Number.isFinite(x) ? Number(x.toFixed(d)) : null);

// ---------------------------------------------------------------- data and pages
function prepare(n) {
  const data = `bench/data/articles-${n}.json`;
  if (!existsSync(data)) execFileSync("target/release/examples/synth", [String(n), data], { stdio: "inherit" });
  const app = join(OUT, `app-${n}`);
  const ref = join(OUT, `ref-${n}`);
  rmSync(app, { recursive: true, force: true });
  rmSync(ref, { recursive: true, force: true });
  cpSync("dist", app, { recursive: true });
  cpSync(data, join(app, "data/articles.json"));
  // The build's precompressed copies are of the real dataset, not of this one.
  for (const ext of [".br", ".gz"]) rmSync(join(app, `data/articles.json${ext}`), { force: true });
  mkdirSync(join(ref, "data"), { recursive: true });
  cpSync("bench/reference", ref, { recursive: true });
  const css = readdirSync("dist").find((f) => f.endsWith(".css"));
  cpSync(join("dist", css), join(ref, "main.css"));
  cpSync(data, join(ref, "data/articles.json"));
  return { app, ref, bytes: statSync(data).size };
}

async function serve(dir, port, ...extra) {
  const child = spawn("node", ["scripts/serve.mjs", "--dir", dir, "--port", String(port), ...extra], { stdio: "ignore" });
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`server on ${port} did not start`);
}

// ---------------------------------------------------------------- measurements
async function load(browser, url, throttle) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  await page.addInitScript(() => {
    // "Next paint", the same for every measurement: an animation frame, then a task.
    window.__nextPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    // A click on the cloud's first enabled tag → the next paint, and the filter work alone
    // (the list and its facet counts) as the page times it.
    window.__clickFirstTag = async () => {
      const button = [...document.querySelectorAll("button.tag-cloud__tag")].find((b) => !b.disabled);
      const t0 = performance.now();
      button.click();
      await window.__nextPaint();
      const paint = performance.now() - t0;
      const recompute = performance.getEntriesByName("radar:recompute").at(-1)?.duration ?? NaN;
      return { paint, recompute };
    };
    addEventListener("TrunkApplicationStarted", (e) => {
      window.__wasmMemory = () => e.detail.wasm.memory.buffer.byteLength;
    });
  });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("radar:cards-painted").length > 0, null, { timeout: 120_000 });
  const marks = await page.evaluate(() =>
    Object.fromEntries(["radar:data-fetched", "radar:data-parsed", "radar:cards-painted"].map((n) => [n, performance.getEntriesByName(n)[0]?.startTime])),
  );
  await cdp.send("Performance.enable");
  await cdp.send("HeapProfiler.collectGarbage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const heap = metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0;
  const wasm = await page.evaluate(() => (window.__wasmMemory ? window.__wasmMemory() : 0));
  return { context, page, marks, memory: heap + wasm };
}

/** The first tag click after load → the next paint, in the page's own clock. */
async function clickToPaint(page) {
  return page.evaluate(() => window.__clickFirstTag());
}

/** The filter work of each of `n` more tag clicks (a tag on, then off again), as the page
 * times it: the steady state, past the first click's one-off compilation. */
async function recomputeOnClicks(page, n) {
  return page.evaluate(async (n) => {
    const out = [];
    for (let i = 0; i < n; i++) out.push((await window.__clickFirstTag()).recompute);
    return out;
  }, n);
}

/** A search keystroke (the input event of the word's last letter) → the next paint, once the
 * page says its search is ready (the app's word index; the reference's folded texts). */
async function keystrokeToPaint(page) {
  await page.waitForFunction(() => performance.getEntriesByName("radar:search-ready").length > 0, null, { timeout: 120_000 });
  return page.evaluate(async () => {
    const input = document.getElementById("search-input");
    input.value = "standardizatio";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    await window.__nextPaint();
    const t0 = performance.now();
    input.value = "standardization";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    await window.__nextPaint();
    return performance.now() - t0;
  });
}

async function measure(browser, url, throttle) {
  const loads = { fetched: [], parsed: [], parse: [], painted: [], memory: [], searchReady: [] };
  const clicks = [];
  const firstRecomputes = [];
  const recomputes = [];
  const keystrokes = [];
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const { context, page, marks, memory } = await load(browser, url, throttle);
    if (i >= WARM_UP) {
      loads.fetched.push(marks["radar:data-fetched"]);
      loads.parsed.push(marks["radar:data-parsed"]);
      loads.parse.push(marks["radar:data-parsed"] - marks["radar:data-fetched"]);
      loads.painted.push(marks["radar:cards-painted"]);
      loads.memory.push(memory);
      const click = await clickToPaint(page);
      clicks.push(click.paint);
      firstRecomputes.push(click.recompute);
      recomputes.push(...(await recomputeOnClicks(page, 10)));
      keystrokes.push(await keystrokeToPaint(page));
      loads.searchReady.push(await page.evaluate(() => (performance.getEntriesByName("radar:search-ready")[0]?.startTime ?? NaN) - performance.getEntriesByName("radar:cards-painted")[0].startTime));
    } else {
      await clickToPaint(page);
      await keystrokeToPaint(page);
    }
    await context.close();
  }
  return {
    parse_ms: { median: round(median(loads.parse)), p95: round(p95(loads.parse)) },
    first_cards_ms: { median: round(median(loads.painted)), p95: round(p95(loads.painted)) },
    memory_mb: { median: round(median(loads.memory) / 1048576, 1) },
    tag_click_to_paint_ms: { median: round(median(clicks)), p95: round(p95(clicks)) },
    recompute_on_first_tag_click_ms: { median: round(median(firstRecomputes)), p95: round(p95(firstRecomputes)) },
    recompute_on_tag_click_ms: { median: round(median(recomputes)), p95: round(p95(recomputes)) },
    keystroke_to_paint_ms: { median: round(median(keystrokes)), p95: round(p95(keystrokes)) },
    search_ready_after_cards_ms: { median: round(median(loads.searchReady)) },
  };
}

function sizes() {
  const out = {};
  const walk = (dir) =>
    readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
  for (const file of walk("dist").filter((f) => !/\.(br|gz)$/.test(f))) {
    const body = readFileSync(file);
    out[relative("dist", file)] = {
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  }
  return out;
}

// ---------------------------------------------------------------- run
const results = { machine: { cpus: (await import("node:os")).cpus().length, node: process.version }, date: new Date().toISOString(), sizes: sizes(), runs: {} };
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: FLAGS });
let port = 4400;
for (const n of SIZES) {
  const { app, ref, bytes } = prepare(n);
  const servers = [await serve(app, ++port), await serve(ref, ++port)];
  const [appUrl, refUrl] = [`http://127.0.0.1:${port - 1}/`, `http://127.0.0.1:${port}/`];
  const native = JSON.parse(execFileSync("target/release/examples/bench_logic", [`bench/data/articles-${n}.json`]).toString());
  const entry = { articles: n, json_bytes: bytes, native_logic: native };
  for (const throttle of [1, 4]) {
    entry[`cpu_${throttle}x`] = { app: await measure(browser, appUrl, throttle), plain_js: await measure(browser, refUrl, throttle) };
  }
  results.runs[n] = entry;
  servers.forEach((s) => s.kill());
}
await browser.close();

// Lighthouse, mobile preset (its default), on the real dataset, served compressed with the
// security headers as a static host would.
{
  const server = await serve("dist", ++port, "--headers");
  // Three runs, the median of each figure: one Lighthouse run varies by several points here.
  try {
    const runs = [];
    for (let i = 0, failures = 0; i < 3; i++) {
      try {
        execFileSync(
          "node_modules/.bin/lighthouse",
          [`http://127.0.0.1:${port}/`, "--quiet", "--only-categories=performance,accessibility,best-practices,seo", "--output=json", `--output-path=bench/out/lighthouse-${i}.json`,
            `--chrome-flags=--headless=new ${FLAGS.join(" ")}`],
          { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }, stdio: "inherit" },
        );
      } catch (e) {
        // Lighthouse now and then loses its own trace of the load (NO_NAVSTART): run it again.
        if (++failures > 3) throw e;
        i--;
        continue;
      }
      const lh = JSON.parse(readFileSync(`bench/out/lighthouse-${i}.json`, "utf8"));
      runs.push({
        performance: lh.categories.performance.score * 100,
        accessibility: lh.categories.accessibility.score * 100,
        best_practices: lh.categories["best-practices"].score * 100,
        seo: lh.categories.seo.score * 100,
        lcp_ms: lh.audits["largest-contentful-paint"].numericValue,
        tbt_ms: lh.audits["total-blocking-time"].numericValue,
        cls: lh.audits["cumulative-layout-shift"].numericValue,
      });
    }
    const of = (key) => runs.map((r) => r[key]);
    results.lighthouse = {
      runs: runs.length,
      performance: Math.round(median(of("performance"))),
      performance_range: [Math.round(Math.min(...of("performance"))), Math.round(Math.max(...of("performance")))],
      // The lowest of the runs: these audits do not vary with timing, so any run's miss counts.
      accessibility: Math.min(...of("accessibility")),
      best_practices: Math.min(...of("best_practices")),
      seo: Math.min(...of("seo")),
      lcp_ms: round(median(of("lcp_ms")), 0),
      tbt_ms: round(median(of("tbt_ms")), 0),
      cls: round(median(of("cls")), 3),
    };
  } catch (e) {
    results.lighthouse = { error: String(e.message ?? e) };
  }
  server.kill();
}
writeFileSync("bench/results.json", JSON.stringify(results, null, 1) + "\n");

// ---------------------------------------------------------------- report
const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
const wasm = Object.entries(results.sizes).find(([f]) => f.endsWith(".wasm"))?.[1];
// What a first visit fetches: the top-level page, glue, wasm and CSS, and the data; not the
// static article pages, feeds or the pages' stylesheet.
const shipped = Object.entries(results.sizes)
  .filter(([f]) => (/^[^/]+\.(html|js|wasm|css)$/.test(f) && f !== "page.css") || f === "data/articles.json")
  .reduce((s, [, v]) => s + v.brotli, 0);
const rows = [["figure", "value", "target", "ratio"]];
const row = (name, value, target, ratio) => rows.push([name, value, target, ratio === undefined ? "" : `${ratio.toFixed(2)}×`]);
row("wasm gzip", kib(wasm.gzip), "≤ 150 KiB", wasm.gzip / (150 * 1024));
row("wasm brotli", `${(wasm.brotli / 1000).toFixed(1)} KB`, "≤ 125 KB", wasm.brotli / 125000);
row("html+js+wasm+css+data brotli (a first visit)", `${(shipped / 1000).toFixed(1)} KB`, "≤ 200 KB", shipped / 200000);
for (const [n, r] of Object.entries(results.runs)) {
  const a = r.cpu_1x.app, j = r.cpu_1x.plain_js, a4 = r.cpu_4x.app;
  row(`${n}: parse (median)`, `${a.parse_ms.median} ms (JS ${j.parse_ms.median} ms)`, "≤ 1.2× JSON.parse", a.parse_ms.median / j.parse_ms.median);
  row(`${n}: first cards painted (median)`, `${a.first_cards_ms.median} ms (JS ${j.first_cards_ms.median} ms)`, "≤ 3× plain JS", a.first_cards_ms.median / j.first_cards_ms.median);
  row(`${n}: memory after load`, `${a.memory_mb.median} MB (JS ${j.memory_mb.median} MB)`, "≤ 3.5× plain JS", a.memory_mb.median / j.memory_mb.median);
  row(`${n}: recompute list+facets+month p95 (native)`, `${r.native_logic.recompute_p95_ms} ms`, "≤ 4 ms", r.native_logic.recompute_p95_ms / 4);
  row(`${n}: recompute list+facets, tag clicks p95 (browser)`, `${a.recompute_on_tag_click_ms.p95} ms (JS ${j.recompute_on_tag_click_ms.p95} ms)`, "≤ 4 ms, ≤ 2× plain JS", Math.max(a.recompute_on_tag_click_ms.p95 / 4, a.recompute_on_tag_click_ms.p95 / (2 * j.recompute_on_tag_click_ms.p95)));
  row(`${n}: the same, first click after load p95`, `${a.recompute_on_first_tag_click_ms.p95} ms (JS ${j.recompute_on_first_tag_click_ms.p95} ms)`, "");
  row(`${n}: search p95 (native)`, `${r.native_logic.search_p95_ms} ms`, "≤ 2 ms", r.native_logic.search_p95_ms / 2);
  row(`${n}: tag click → paint p95, 1×`, `${a.tag_click_to_paint_ms.p95} ms (JS ${j.tag_click_to_paint_ms.p95} ms)`, "≤ 2× plain JS", a.tag_click_to_paint_ms.p95 / j.tag_click_to_paint_ms.p95);
  row(`${n}: tag click → paint p95, 4× CPU`, `${a4.tag_click_to_paint_ms.p95} ms (JS ${r.cpu_4x.plain_js.tag_click_to_paint_ms.p95} ms)`, "≤ 50 ms", a4.tag_click_to_paint_ms.p95 / 50);
  row(`${n}: search keystroke → paint p95, 1×`, `${a.keystroke_to_paint_ms.p95} ms (JS ${j.keystroke_to_paint_ms.p95} ms)`, "≤ 2× plain JS", a.keystroke_to_paint_ms.p95 / j.keystroke_to_paint_ms.p95);
  row(`${n}: search keystroke → paint p95, 4× CPU`, `${a4.keystroke_to_paint_ms.p95} ms (JS ${r.cpu_4x.plain_js.keystroke_to_paint_ms.p95} ms)`, "≤ 50 ms", a4.keystroke_to_paint_ms.p95 / 50);
  row(`${n}: search index ready after first cards (median)`, `${a.search_ready_after_cards_ms.median} ms`, "(background tasks of 4 ms)");
}
const lh = results.lighthouse ?? {};
if (lh.error) {
  row("Lighthouse (mobile)", `failed: ${lh.error.split("\n")[0].slice(0, 100)}`, "perf ≥ 90");
} else {
  row(`Lighthouse performance (mobile, median of ${lh.runs})`, `${lh.performance} (${lh.performance_range.join("–")})`, "≥ 90", 90 / lh.performance);
  row("Lighthouse LCP", `${lh.lcp_ms} ms`, "≤ 2500 ms", lh.lcp_ms / 2500);
  row("Lighthouse TBT", `${lh.tbt_ms} ms`, "≤ 200 ms", lh.tbt_ms / 200);
  row("Lighthouse CLS", String(lh.cls), "≤ 0.1");
  row("Lighthouse accessibility / best practices / SEO", `${lh.accessibility} / ${lh.best_practices} / ${lh.seo}`, "100 each", 100 / Math.min(lh.accessibility, lh.best_practices, lh.seo));
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join("  "));
console.log(`\nwritten: bench/results.json (${RUNS} measured runs after ${WARM_UP} warm-up, median and p95)`);
