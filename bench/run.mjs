// `make bench`: the app against a plain-JS reference on the same synthetic data, in the same
// run, on Debian's Chromium. Prints a table of figures with their targets and writes
// bench/results.json. Nothing here asserts: a missed target is a figure, not a failure.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { chromium } from "playwright-core";
import { slowLink, withoutPrerenderedScreen } from "./slow-link.mjs";
import { serve } from "./serve.mjs";

// BENCH_SIZES= (empty) skips the synthetic single files: sizes and Lighthouse only.
const SIZES = (process.env.BENCH_SIZES ?? "1000,10000").split(",").filter(Boolean).map(Number);
// Archives of ISSUESxARTICLES (BENCH_ARCHIVES= skips them): ten years of this newsletter, and
// a 100k-article archive.
const ARCHIVES = (process.env.BENCH_ARCHIVES ?? "60x30,500x200").split(",").filter(Boolean);
const ARCHIVE_RUNS = Number(process.env.BENCH_ARCHIVE_RUNS ?? 5);
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
  // The app reads a single schema-1 file at the archive's address as well as a manifest.
  rmSync(join(app, "data"), { recursive: true, force: true });
  mkdirSync(join(app, "data"));
  cpSync(data, join(app, "data/archive.json"));
  preloadIssue(app, null);
  mkdirSync(join(ref, "data"), { recursive: true });
  cpSync("bench/reference", ref, { recursive: true });
  const css = readdirSync("dist").find((f) => f.endsWith(".css"));
  cpSync(join("dist", css), join(ref, "main.css"));
  cpSync(data, join(ref, "data/articles.json"));
  return { app, ref, bytes: statSync(data).size };
}

/** The app with a synthetic archive of `issues` issues of `per` articles in place of the real one. */
function prepareArchive(spec) {
  const [issues, per] = spec.split("x").map(Number);
  const data = `bench/data/archive-${spec}`;
  if (!existsSync(join(data, "archive.json"))) {
    execFileSync("target/release/examples/synth", ["--archive", String(issues), String(per), data], { stdio: "inherit" });
  }
  const app = join(OUT, `app-archive-${spec}`);
  rmSync(app, { recursive: true, force: true });
  cpSync("dist", app, { recursive: true });
  rmSync(join(app, "data"), { recursive: true, force: true });
  cpSync(data, join(app, "data"), { recursive: true });
  // The site build's data step names this archive's issue files as the app will ask for them
  // and writes down which is newest; the page preloads that one instead of the built archive's.
  execFileSync("target/release/examples/site", ["--data", app], { stdio: "inherit" });
  const facts = JSON.parse(readFileSync(join(app, "build-facts.json"), "utf8"));
  preloadIssue(app, facts.issues[0].url);
  const bytes = readdirSync(join(data, "issues")).reduce((s, f) => s + statSync(join(data, "issues", f)).size, 0);
  return { app, issues, per, bytes };
}

/** Points the head script's preload of the newest issue file at `href`, or drops it (`null`); and
 * drops the first screen the build prerendered from the shipped data, which this copy's data
 * does not have: the app draws its first cards itself, as the figures have always measured. */
function preloadIssue(app, href) {
  const page = join(app, "index.html");
  const html = withoutPrerenderedScreen(readFileSync(page, "utf8"))
    // The head script's list of what it preloads: the manifest, then the newest issue file.
    .replace(/,"data\/issues\/[^"]*"/, href ? `,"${href}"` : "");
  writeFileSync(page, html);
  for (const ext of [".br", ".gz"]) rmSync(page + ext, { force: true });
}


// ---------------------------------------------------------------- measurements
/** What every measured page gets before its own scripts run. */
function pageHelpers() {
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
}

/** Memory in use once loaded: the JS heap after a garbage collection, and the wasm memory. */
async function memoryOf(cdp, page) {
  await cdp.send("Performance.enable");
  await cdp.send("HeapProfiler.collectGarbage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const heap = metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0;
  return heap + (await page.evaluate(() => (window.__wasmMemory ? window.__wasmMemory() : 0)));
}

async function load(browser, url, throttle) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  await page.addInitScript(pageHelpers);
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("radar:cards-painted").length > 0, null, { timeout: 120_000 });
  const marks = await page.evaluate(() =>
    Object.fromEntries(["radar:data-fetched", "radar:data-parsed", "radar:cards-painted"].map((n) => [n, performance.getEntriesByName(n)[0]?.startTime])),
  );
  return { context, page, marks, memory: await memoryOf(cdp, page) };
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

/** An archive's load: first cards (the newest issue), everything in, bytes before the first
 * cards, the longest task while the rest loads, memory, then tag clicks on the whole archive. */
async function measureArchive(url, runs) {
  const out = { first: [], complete: [], bytesBefore: [], longest: [], memory: [], clicks: [], recomputes: [] };
  for (let i = 0; i < runs + 1; i++) {
    // A browser of its own per load: a 100k archive's last page is still being torn down when
    // the next load starts in the same browser, and slowed it by seconds.
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: FLAGS });
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.addInitScript(pageHelpers);
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((l) => window.__longTasks.push(...l.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: "longtask", buffered: true });
    });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName("radar:archive-complete").length > 0, null, { timeout: 600_000 });
    await page.evaluate(() => window.__nextPaint());
    const m = await page.evaluate(() => {
      const first = performance.getEntriesByName("radar:cards-painted")[0].startTime;
      const complete = performance.getEntriesByName("radar:archive-complete")[0].startTime;
      const bytesBefore =
        performance.getEntriesByType("navigation")[0].transferSize +
        performance.getEntriesByType("resource").filter((r) => r.responseEnd <= first).reduce((s, r) => s + r.transferSize, 0);
      const longest = Math.max(0, ...window.__longTasks.filter(([start]) => start >= first && start <= complete).map(([, d]) => d));
      return { first, complete, bytesBefore, longest };
    });
    if (i > 0) {
      out.first.push(m.first);
      out.complete.push(m.complete);
      out.bytesBefore.push(m.bytesBefore);
      out.longest.push(m.longest);
      out.memory.push(await memoryOf(cdp, page));
      for (let c = 0; c < 6; c++) {
        const click = await page.evaluate(() => window.__clickFirstTag());
        if (c > 0) {
          out.clicks.push(click.paint);
          out.recomputes.push(click.recompute);
        }
      }
    }
    await context.close();
    await browser.close();
  }
  return {
    first_cards_ms: { median: round(median(out.first)), p95: round(p95(out.first)) },
    everything_loaded_ms: { median: round(median(out.complete)), p95: round(p95(out.complete)) },
    bytes_before_first_cards: { median: Math.round(median(out.bytesBefore)) },
    longest_task_while_loading_ms: { median: round(median(out.longest)), max: round(Math.max(...out.longest)) },
    memory_mb: { median: round(median(out.memory) / 1048576, 1) },
    tag_click_to_paint_ms: { median: round(median(out.clicks)), p95: round(p95(out.clicks)) },
    recompute_on_tag_click_ms: { median: round(median(out.recomputes)), p95: round(p95(out.recomputes)) },
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
// The archives, against the same app on the shipped one-issue archive in the same run.
if (ARCHIVES.length) {
  results.archives = {};
  const single = await serve("dist", ++port);
  results.archives.shipped = { issues: 1, articles: 26, ...(await measureArchive(`http://127.0.0.1:${port}/`, ARCHIVE_RUNS * 2)) };
  single.kill();
  for (const spec of ARCHIVES) {
    const { app, issues, per, bytes } = prepareArchive(spec);
    const server = await serve(app, ++port);
    const runs = issues * per > 20000 ? Math.max(3, Math.round(ARCHIVE_RUNS / 2)) : ARCHIVE_RUNS;
    results.archives[spec] = { issues, articles: issues * per, json_bytes: bytes, ...(await measureArchive(`http://127.0.0.1:${port}/`, runs)) };
    server.kill();
  }
}
await browser.close();

// The first screen on a slow link, against a static page of the build (bench/slow-link.mjs).
results.slow_link = await slowLink("dist", ++port);
port += 3;

// Lighthouse, mobile preset (its default), on the real dataset, served compressed with the
// security headers as a static host would.
{
  const server = await serve("dist", ++port, "--headers");
  // Five runs: one Lighthouse run varies by several points here, and the targets hold for each.
  try {
    const runs = [];
    for (let i = 0, failures = 0; i < 5; i++) {
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
      lcp_max_ms: round(Math.max(...of("lcp_ms")), 0),
      tbt_max_ms: round(Math.max(...of("tbt_ms")), 0),
      cls_max: round(Math.max(...of("cls")), 3),
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
  .filter(([f]) => (/^[^/]+\.(html|js|wasm|css)$/.test(f) && f !== "page.css") || f === "data/archive.json" || /^data\/issues\/[^/]+\.json$/.test(f))
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
const one = results.archives?.shipped;
for (const [spec, r] of Object.entries(results.archives ?? {})) {
  if (spec === "shipped") continue;
  row(`archive ${spec}: first cards (newest issue), median`, `${r.first_cards_ms.median} ms (one issue: ${one.first_cards_ms.median} ms)`, "≤ 1.2× one issue", r.first_cards_ms.median / one.first_cards_ms.median);
  row(`archive ${spec}: everything loaded, median`, `${r.everything_loaded_ms.median} ms`, "");
  row(`archive ${spec}: bytes before the first cards`, `${(r.bytes_before_first_cards.median / 1000).toFixed(1)} KB (one issue: ${(one.bytes_before_first_cards.median / 1000).toFixed(1)} KB)`, "");
  row(`archive ${spec}: longest task while the rest loads`, `${r.longest_task_while_loading_ms.max} ms (worst run)`, "≤ 50 ms", r.longest_task_while_loading_ms.max / 50);
  row(`archive ${spec}: memory once loaded`, `${r.memory_mb.median} MB`, "");
  row(`archive ${spec}: tag click → paint p95`, `${r.tag_click_to_paint_ms.p95} ms (recompute p95 ${r.recompute_on_tag_click_ms.p95} ms)`, "10k-level");
}
const slow = results.slow_link;
row("slow link: a static article page's text (median of 5 cold loads)", `${slow.static.first_content_ms} ms (${slow.static.range_ms.join("–")})`, "the peer");
row("slow link: the first card", `${slow.app.first_content_ms} ms (${slow.app.range_ms.join("–")}), CLS ${slow.app.cls_max}`, "≤ 1.2× the static page", slow.ratio_app_to_static);
row("slow link: the first card without the prerendered page", `${slow.before.first_content_ms} ms (${slow.before.range_ms.join("–")})`, "(before)", slow.ratio_before_to_static);
const lh = results.lighthouse ?? {};
if (lh.error) {
  row("Lighthouse (mobile)", `failed: ${lh.error.split("\n")[0].slice(0, 100)}`, "perf ≥ 90");
} else {
  row(`Lighthouse performance (mobile, median of ${lh.runs}, lowest–highest)`, `${lh.performance} (${lh.performance_range.join("–")})`, "≥ 98 in every run", 98 / lh.performance_range[0]);
  row("Lighthouse LCP (median, worst run)", `${lh.lcp_ms} ms, ${lh.lcp_max_ms} ms`, "≤ 1200 ms", lh.lcp_max_ms / 1200);
  row("Lighthouse TBT (median, worst run)", `${lh.tbt_ms} ms, ${lh.tbt_max_ms} ms`, "≤ 150 ms", lh.tbt_max_ms / 150);
  row("Lighthouse CLS (worst run)", String(lh.cls_max), "0");
  row("Lighthouse accessibility / best practices / SEO", `${lh.accessibility} / ${lh.best_practices} / ${lh.seo}`, "100 each", 100 / Math.min(lh.accessibility, lh.best_practices, lh.seo));
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join("  "));
console.log(`\nwritten: bench/results.json (${RUNS} measured runs after ${WARM_UP} warm-up, median and p95)`);
