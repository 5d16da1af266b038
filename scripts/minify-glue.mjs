// Minifies the JavaScript glue wasm-bindgen writes into DIST (Trunk 0.21's own minifier fails
// on it and ships it as is: 56 KB instead of 25 KB), gives the imports the glue hands the wasm
// short names, and updates the Subresource Integrity hashes index.html gives for both files.
// Usage: node scripts/minify-glue.mjs [dist]
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

const dist = process.argv[2] ?? "dist";
const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
let html = readFileSync(join(dist, "index.html"), "utf8");

/** Points index.html's integrity hash for `file` at its new content. */
function rehash(file, before, after) {
  if (html.includes(sri(before))) {
    html = html.replaceAll(sri(before), sri(after));
  } else if (html.includes(file)) {
    throw new Error(`${dist}/index.html names ${file} without the integrity hash of its content`);
  }
}

// wasm-bindgen's glue only: the one script beside a `_bg.wasm` (register-sw.js is not Trunk's).
const glue = (f) => f.endsWith(".js") && existsSync(join(dist, f.replace(/\.js$/, "_bg.wasm")));
for (const file of readdirSync(dist).filter(glue)) {
  const path = join(dist, file);
  const source = readFileSync(path, "utf8");
  let { code } = await minify(source, { module: true, compress: true, mangle: true });
  if (!code) throw new Error(`${path}: terser returned nothing`);
  const wasmFile = file.replace(/\.js$/, "_bg.wasm");
  const wasmPath = join(dist, wasmFile);
  if (existsSync(wasmPath)) {
    const wasm = readFileSync(wasmPath);
    const short = shortenImports(wasm, code);
    rehash(wasmFile, wasm, short.wasm);
    writeFileSync(wasmPath, short.wasm);
    code = short.js;
    console.log(`${wasmPath}: ${short.count} imports renamed, ${wasm.length} → ${short.wasm.length} bytes`);
  }
  rehash(file, source, code);
  writeFileSync(path, code);
  console.log(`${path}: ${source.length} → ${code.length} bytes`);
}
writeFileSync(join(dist, "index.html"), html);

/**
 * wasm-bindgen names each import after its Rust path and a 16-digit hash
 * (`__wbg_setAttribute_f75317b2b5cabfb4`) under the module `./<crate>_bg.js`, and writes every
 * name twice, in the wasm's import section and in the glue: some 7 KB of hashes that do not
 * compress. This renames them `a`, `b`, … in both. Anything unexpected stops the build rather
 * than ship a glue and a wasm that disagree.
 */
function shortenImports(wasm, js) {
  const sections = readSections(wasm);
  const importSection = sections.find((s) => s.id === 2);
  if (!importSection) return { wasm, js, count: 0 };
  const imports = readImports(importSection.payload);
  const modules = new Set(imports.map((i) => i.module));
  if (modules.size !== 1) throw new Error(`imports from ${[...modules].join(", ")}: expected one module`);
  const [module] = modules;
  const moduleKey = JSON.stringify(module);
  if (js.split(moduleKey).length !== 2) throw new Error(`the glue names the module ${moduleKey} other than once`);
  js = js.replace(moduleKey, '"w"');
  const names = shortNames();
  const renamed = new Map();
  for (const entry of imports) {
    let short = renamed.get(entry.name);
    if (!short) {
      short = names.next().value;
      const uses = new RegExp(`(?<![\\w$])${entry.name.replace(/[$]/g, "\\$")}(?![\\w$])`, "g");
      if ((js.match(uses) ?? []).length !== 1) throw new Error(`the glue names the import ${entry.name} other than once`);
      js = js.replace(uses, short);
      renamed.set(entry.name, short);
    }
    entry.module = "w";
    entry.name = short;
  }
  importSection.payload = writeImports(imports);
  return { wasm: writeSections(wasm.subarray(0, 8), sections), js, count: renamed.size };
}

function* shortNames() {
  const first = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const rest = first + "0123456789";
  for (const c of first) yield c;
  for (const c of first) for (const d of rest) if (!["do", "if", "in"].includes(c + d)) yield c + d;
  throw new Error("more imports than short names");
}

// ---- the few parts of the WebAssembly binary format this needs

function readLeb(bytes, at) {
  let value = 0n, shift = 0n, byte;
  do {
    byte = bytes[at++];
    value |= BigInt(byte & 0x7f) << shift;
    shift += 7n;
  } while (byte & 0x80);
  return [Number(value), at];
}

function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

function readSections(wasm) {
  const sections = [];
  for (let at = 8; at < wasm.length; ) {
    const id = wasm[at];
    const [size, start] = readLeb(wasm, at + 1);
    sections.push({ id, payload: wasm.subarray(start, start + size) });
    at = start + size;
  }
  return sections;
}

function writeSections(header, sections) {
  return Buffer.concat([header, ...sections.flatMap((s) => [Buffer.from([s.id]), leb(s.payload.length), s.payload])]);
}

function readImports(payload) {
  const text = (at) => {
    const [length, start] = readLeb(payload, at);
    return [payload.subarray(start, start + length).toString("utf8"), start + length];
  };
  const limits = (at) => {
    const flags = payload[at];
    let [, next] = readLeb(payload, at + 1);
    if (flags & 1) [, next] = readLeb(payload, next);
    return next;
  };
  let [count, at] = readLeb(payload, 0);
  const imports = [];
  for (; count > 0; count--) {
    const [module, afterModule] = text(at);
    const [name, afterName] = text(afterModule);
    const kind = payload[afterName];
    let end;
    if (kind === 0) [, end] = readLeb(payload, afterName + 1); // function: type index
    else if (kind === 1) end = limits(afterName + 2); // table: element type, limits
    else if (kind === 2) end = limits(afterName + 1); // memory: limits
    else if (kind === 3) end = afterName + 3; // global: value type, mutability
    else throw new Error(`import ${name}: unknown kind ${kind}`);
    imports.push({ module, name, description: payload.subarray(afterName, end) });
    at = end;
  }
  if (at !== payload.length) throw new Error("import section: bytes left over");
  return imports;
}

function writeImports(imports) {
  const text = (s) => [leb(Buffer.byteLength(s)), Buffer.from(s, "utf8")];
  return Buffer.concat([leb(imports.length), ...imports.flatMap((i) => [...text(i.module), ...text(i.name), i.description])]);
}
