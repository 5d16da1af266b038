// A small static server for dist/: what a static host does, and nothing more.
// Usage: node scripts/serve.mjs [--dir dist] [--port 8080] [--host 127.0.0.1] [--base /] [--headers]
// --headers applies DIR/_headers (the security and caching headers a static host would send).
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (!arg.startsWith("--")) return pairs;
    const next = all[i + 1];
    pairs.push([arg.slice(2), next === undefined || next.startsWith("--") ? true : next]);
    return pairs;
  }, []),
);
const root = resolve(args.dir ?? "dist");
const port = Number(args.port ?? 8080);
const host = args.host ?? "127.0.0.1";
const base = ("/" + (args.base ?? "/").replace(/^\/+|\/+$/g, "") + "/").replace("//", "/");

/** The blocks of a Netlify-style _headers file: [path pattern, [name, value] pairs]. */
async function headerRules() {
  if (!args.headers) return [];
  const text = await readFile(join(root, "_headers"), "utf8");
  const rules = [];
  for (const line of text.split("\n")) {
    if (line.startsWith("#") || !line.trim()) continue;
    if (!/^\s/.test(line)) {
      rules.push([line.trim(), []]);
      continue;
    }
    const at = line.indexOf(":");
    if (rules.length && at > 0) rules.at(-1)[1].push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return rules;
}
const rules = await headerRules();

/** The headers of every block whose path matches (`*` matches anything), later blocks winning,
 * as Netlify and Cloudflare Pages apply them; paths are relative to the base. */
function headersFor(urlPath) {
  const path = "/" + urlPath.slice(base.length);
  const matches = (pattern) =>
    new RegExp("^" + pattern.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*") + "$").test(path);
  return Object.fromEntries(rules.filter(([pattern]) => matches(pattern)).flatMap(([, pairs]) => pairs));
}

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  // The subscribed calendars: calendar apps go by the type.
  ".ics": "text/calendar; charset=utf-8",
};

async function fileFor(urlPath) {
  if (!urlPath.startsWith(base)) return null;
  let relative;
  try {
    relative = decodeURIComponent(urlPath.slice(base.length));
  } catch {
    return null;
  }
  const path = normalize(join(root, relative));
  if (path !== root && !path.startsWith(root + sep)) return null;
  try {
    const info = await stat(path);
    return info.isDirectory() ? join(path, "index.html") : path;
  } catch {
    return null;
  }
}

// Compressed like a static host or CDN would: the build's precompressed FILE.br or FILE.gz
// when there is one at least as new as FILE, else brotli or gzip on the fly, cached per file.
const compressible = new Set([".html", ".js", ".mjs", ".css", ".json", ".wasm", ".svg", ".txt", ".xml", ".ics"]);
const compressed = new Map();
async function encode(path, body, acceptEncoding) {
  if (!compressible.has(extname(path)) || body.length < 1024) return [body, null];
  const encoding = /\bbr\b/.test(acceptEncoding) ? "br" : /\bgzip\b/.test(acceptEncoding) ? "gzip" : null;
  if (!encoding) return [body, null];
  const sibling = `${path}.${encoding === "br" ? "br" : "gz"}`;
  try {
    const [original, precompressed] = await Promise.all([stat(path), stat(sibling)]);
    if (precompressed.mtimeMs >= original.mtimeMs) return [await readFile(sibling), encoding];
  } catch {
    // No precompressed file: compress here.
  }
  const key = `${encoding}:${path}:${body.length}`;
  if (!compressed.has(key)) {
    compressed.set(
      key,
      encoding === "br"
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
        : gzipSync(body, { level: 9 }),
    );
  }
  return [compressed.get(key), encoding];
}

createServer(async (req, res) => {
  const urlPath = new URL(req.url ?? "/", "http://localhost").pathname;
  const path = await fileFor(urlPath);
  try {
    if (!path) throw new Error("not found");
    const [body, encoding] = await encode(path, await readFile(path), req.headers["accept-encoding"] ?? "");
    res.writeHead(200, {
      "Cache-Control": "no-cache",
      ...headersFor(urlPath),
      "Content-Type": types[extname(path)] ?? "application/octet-stream",
      Vary: "Accept-Encoding",
      ...(encoding ? { "Content-Encoding": encoding } : {}),
    });
    res.end(body);
  } catch {
    res.writeHead(404, { ...headersFor(urlPath), "Cache-Control": "no-cache", "Content-Type": "text/plain; charset=utf-8" });
    res.end("Not found\n");
  }
}).listen(port, host, () => {
  console.log(`Serving ${root} at http://${host}:${port}${base}`);
});
