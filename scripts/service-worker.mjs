// Writes DIST/sw.js from scripts/sw-template.js: the precache list is the one the site build
// wrote into DIST/build-facts.json (examples/site, from the app's own rules: the page, its
// hashed glue, wasm and CSS, the icon, the manifests, and every issue file under its hashed
// name), never written by hand nor worked out again here; the version is the hash of those
// files' content, so each build has a cache of its own.
// Usage: node scripts/service-worker.mjs [dist]
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dist = process.argv[2] ?? "dist";
const facts = JSON.parse(readFileSync(join(dist, "build-facts.json"), "utf8"));
const files = facts.precache;
for (const required of ["index.html", "manifest.webmanifest", "data/archive.json"]) {
  if (!files.includes(required)) throw new Error(`${dist}/build-facts.json does not precache ${required}: is this a full build?`);
}
const hash = createHash("sha256");
for (const file of files) hash.update(file).update(readFileSync(join(dist, file)));
const version = hash.digest("hex").slice(0, 16);
const worker = readFileSync("scripts/sw-template.js", "utf8")
  .replace("__VERSION__", version)
  .replace("__PRECACHE__", JSON.stringify(files));
writeFileSync(join(dist, "sw.js"), worker);
console.log(`${dist}/sw.js: version ${version}, ${files.length} files precached`);
