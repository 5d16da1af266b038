// Writes FILE.br (brotli, quality 11) and FILE.gz (gzip -9) next to every text asset in DIST,
// for hosts that serve precompressed files (nginx brotli_static/gzip_static, Caddy's
// `precompressed`, S3 + CloudFront with Content-Encoding metadata): the smallest transfer a
// reader can get, without compressing on every request.
// Usage: node scripts/precompress.mjs [dist]
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".wasm", ".svg", ".txt", ".xml", ".ics"]);
const MIN_BYTES = 1024;

const dist = process.argv[2] ?? "dist";
const files = (dir) =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
for (const file of files(dist)) {
  if (!COMPRESSIBLE.has(extname(file))) continue;
  const body = readFileSync(file);
  if (body.length < MIN_BYTES) continue;
  const br = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  console.log(`${file}: ${body.length} → br ${br.length}`);
}
