// Writes DIST/_headers from public/_headers, with the CSP hashes of the inline scripts Trunk
// wrote into DIST/index.html, so the policy needs no 'unsafe-inline'.
// Usage: node scripts/headers.mjs [dist]
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dist = process.argv[2] ?? "dist";
const html = readFileSync(join(dist, "index.html"), "utf8");
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length === 0) throw new Error(`no inline script in ${dist}/index.html: is this a Trunk build?`);
const hashes = inline.map((code) => `'sha256-${createHash("sha256").update(code, "utf8").digest("base64")}'`);
const template = readFileSync("public/_headers", "utf8");
if (!template.includes("LOADER_HASHES")) throw new Error("public/_headers has no LOADER_HASHES placeholder");
writeFileSync(join(dist, "_headers"), template.replace("LOADER_HASHES", hashes.join(" ")));
console.log(`${dist}/_headers: script-src allows ${hashes.length} inline loader(s) ${hashes.join(" ")}`);
