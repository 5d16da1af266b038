import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
const dir = process.argv[2];
const server = spawn("node", ["scripts/serve.mjs", "--dir", dir, "--port", "4998"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage();
await browser.startTracing(page, { categories: ["devtools.timeline", "v8.execute", "disabled-by-default-devtools.timeline", "blink.user_timing"] });
await page.goto("http://127.0.0.1:4998/");
await page.waitForFunction(() => performance.getEntriesByName("radar:archive-complete").length > 0, null, { timeout: 600000 });
await page.waitForTimeout(300);
const cards = await page.evaluate(() => performance.getEntriesByName("radar:cards-painted")[0].startTime);
const buf = await browser.stopTracing();
const events = JSON.parse(buf.toString()).traceEvents;
const nav = events.find((e) => e.name === "navigationStart" || e.name === "NavigationStartToLoad")?.ts;
const main = events.filter((e) => e.name === "RunTask" && e.dur > 35000);
const t0 = events.find((e) => e.name === "TimeStamp" || e.name === "MarkDOMContent")?.ts;
const marks = events.filter((e) => e.cat?.includes("user_timing") && e.name.startsWith("radar:") && e.ph !== "e");
const cardsTs = marks.find((e) => e.name === "radar:cards-painted")?.ts;
for (const m of marks) console.log("MARK", m.name, Math.round((m.ts - cardsTs) / 1000));
for (const t of main) {
  const inside = events.filter((e) => e.tid === t.tid && e.ts >= t.ts && e.ts < t.ts + t.dur && e.dur > 3000 && e.name !== "RunTask");
  console.log("TASK at", Math.round((t.ts - cardsTs) / 1000), "for", Math.round(t.dur / 1000), "ms", inside.slice(0, 12).map((e) => `${e.name}:${Math.round(e.dur / 1000)}${e.args?.data?.functionName ? "(" + e.args.data.functionName + ")" : ""}${e.args?.data?.url ? "[" + e.args.data.url.split("/").pop().slice(0, 30) + "]" : ""}${e.args?.data?.type ? "{" + e.args.data.type + "}" : ""}`).join(" | "));
}
console.log("cards at", cards);
await browser.close(); server.kill();
