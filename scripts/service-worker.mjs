// Writes DIST/sw.js from scripts/sw-template.js: the build's own files (the page, its hashed
// glue, wasm and CSS, the icon, the manifest and the data) as the precache list, never written
// by hand, and a version that is the hash of their content, so each build has a cache of its own.
// Usage: node scripts/service-worker.mjs [dist]
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dist = process.argv[2] ?? "dist";
const top = readdirSync(dist).filter((f) => /\.(html|js|wasm|css|svg|webmanifest)$/.test(f) && f !== "sw.js" && f !== "page.css");
// The archive: its manifest and every issue file it lists, each under the URL the app asks for
// (its hash as a query), so the install is served by the HTTP cache the app's own load filled.
const manifest = JSON.parse(readFileSync(join(dist, "data/archive.json"), "utf8"));
const issues = manifest.schema_version === 2 ? manifest.issues.map((e) => `data/${e.file}?v=${e.sha256.slice(0, 16)}`) : [];
const files = [...top.sort(), "data/archive.json", ...issues];
for (const required of ["index.html", "manifest.webmanifest"]) {
  if (!files.includes(required)) throw new Error(`${dist}/${required} is missing: is this a full build?`);
}
const hash = createHash("sha256");
for (const file of files) hash.update(file).update(readFileSync(join(dist, file.split("?")[0])));
const version = hash.digest("hex").slice(0, 16);
const worker = readFileSync("scripts/sw-template.js", "utf8")
  .replace("__VERSION__", version)
  .replace("__PRECACHE__", JSON.stringify(files));
writeFileSync(join(dist, "sw.js"), worker);
console.log(`${dist}/sw.js: version ${version}, ${files.length} files precached`);
