// Minifies the JavaScript glue wasm-bindgen writes into DIST (Trunk 0.21's own minifier fails
// on it and ships it as is: 56 KB instead of 25 KB), and updates the Subresource Integrity
// hashes index.html gives for it.
// Usage: node scripts/minify-glue.mjs [dist]
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

const dist = process.argv[2] ?? "dist";
const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
let html = readFileSync(join(dist, "index.html"), "utf8");
for (const file of readdirSync(dist).filter((f) => f.endsWith(".js"))) {
  const path = join(dist, file);
  const source = readFileSync(path, "utf8");
  const { code } = await minify(source, { module: true, compress: true, mangle: true });
  if (!code) throw new Error(`${path}: terser returned nothing`);
  if (html.includes(sri(source))) {
    html = html.replaceAll(sri(source), sri(code));
  } else if (html.includes(file)) {
    throw new Error(`${dist}/index.html names ${file} without the integrity hash of its content`);
  }
  writeFileSync(path, code);
  console.log(`${path}: ${source.length} → ${code.length} bytes`);
}
writeFileSync(join(dist, "index.html"), html);
