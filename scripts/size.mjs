// What a reader downloads from a build (dist/ unless named): raw, gzip (level 9) and brotli
// (quality 11) of every file a first visit fetches, with totals.
//   node scripts/size.mjs [dist]                         the table
//   node scripts/size.mjs [dist] --guard bench/size-budget.json
//     also fails when the wasm's gzip size grew by more than 5 % over the recorded size: growth
//     is then a decision (record the new size in the budget file with the reason), not an accident;
//     and when a part of a first visit (wasm gzip, JS, CSS, data, the whole visit, brotli) is
//     over its absolute budget in that file.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const guardAt = args.indexOf("--guard");
const budgetFile = guardAt >= 0 ? args[guardAt + 1] : null;
// The build is the argument that is neither a flag nor the budget file after --guard (without
// --guard, every other argument may be it: the first one must not be skipped).
const dist = args.find((a, i) => !a.startsWith("--") && (guardAt < 0 || i !== guardAt + 1)) ?? "dist";

/** The files a first visit fetches: the page, its glue, wasm, CSS, icon and the data; not the
 * static article pages, feeds or the pages' own stylesheet. */
const fetched = (path) =>
  (/^[^/]+\.(html|js|wasm|css|svg)$/.test(path) && path !== "page.css") || path === "data/archive.json" || /^data\/issues\/[^/]+\.json$/.test(path);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const rows = walk(dist)
  .map((path) => relative(dist, path))
  .filter(fetched)
  .sort()
  .map((file) => {
    const body = readFileSync(join(dist, file));
    return {
      file,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const line = (file, r) => console.log(`${file.padEnd(48)} ${String(r.raw).padStart(9)} ${String(r.gzip).padStart(9)} ${String(r.brotli).padStart(9)}`);
console.log(`${"file".padEnd(48)} ${"raw".padStart(9)} ${"gzip".padStart(9)} ${"brotli".padStart(9)}`);
for (const r of rows) line(r.file, r);
line("total (a first visit)", total);

const wasm = rows.find((r) => r.file.endsWith(".wasm"));
if (!wasm) throw new Error(`no .wasm in ${dist}`);
console.log(`wasm: ${(wasm.gzip / 1024).toFixed(1)} KiB gzip, ${(wasm.brotli / 1000).toFixed(1)} KB brotli; first visit ${(total.brotli / 1000).toFixed(1)} KB brotli`);

if (budgetFile) {
  const budget = JSON.parse(readFileSync(budgetFile, "utf8"));
  let over = false;
  // Against the last recorded size: growth beyond 5 % is a decision, recorded with its reason.
  const limit = Math.floor(budget.wasm_gzip_bytes * 1.05);
  const change = ((wasm.gzip / budget.wasm_gzip_bytes - 1) * 100).toFixed(1);
  const verdict = wasm.gzip <= limit ? "within" : "OVER";
  console.log(`size guard: wasm ${wasm.gzip} B gzip, recorded ${budget.wasm_gzip_bytes} B (${change >= 0 ? "+" : ""}${change} %), limit +5 % = ${limit} B: ${verdict}`);
  if (wasm.gzip > limit) {
    console.error(`The wasm grew by more than 5 %. If that is intended, record ${wasm.gzip} in ${budgetFile} and say why.`);
    over = true;
  }
  // Against absolute budgets, one per part of a first visit: many small steps, each within
  // 5 % of the last, cannot add up past them unnoticed.
  const sum = (pick, key) => rows.filter((r) => pick(r.file)).reduce((n, r) => n + r[key], 0);
  const parts = {
    wasm_gzip: sum((f) => f.endsWith(".wasm"), "gzip"),
    js_brotli: sum((f) => f.endsWith(".js"), "brotli"),
    css_brotli: sum((f) => f.endsWith(".css"), "brotli"),
    data_brotli: sum((f) => f.startsWith("data/"), "brotli"),
    first_visit_brotli: total.brotli,
  };
  for (const [part, bytes] of Object.entries(parts)) {
    const cap = budget.budgets?.[part]?.bytes;
    if (typeof cap !== "number") {
      console.error(`${budgetFile} has no budget for ${part}`);
      over = true;
      continue;
    }
    const ok = bytes <= cap;
    console.log(`budget: ${part.padEnd(20)} ${String(bytes).padStart(8)} B of ${String(cap).padStart(8)} B: ${ok ? "within" : "OVER"}`);
    if (!ok) {
      console.error(`${part} is over its budget. Raising a budget is a commit of its own, with its reason in ${budgetFile}.`);
      over = true;
    }
  }
  if (over) process.exit(1);
}
