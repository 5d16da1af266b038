#!/usr/bin/env bash
# Compares wasm-opt pass combinations on the app's wasm (wasm-bindgen's output, before any
# optimisation): raw, gzip -9 and brotli -q 11 of each. `make size` leaves the input in
# target/size/; the build uses the smallest combination that passes every test.
set -euo pipefail
input=${1:-target/size/standards-radar_bg.wasm}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '%-34s %9s %9s %9s\n' passes raw gzip brotli
while IFS='|' read -r name passes; do
  # shellcheck disable=SC2086 # the passes are words on purpose
  wasm-opt $passes "$input" -o "$out/x.wasm"
  raw=$(stat -c %s "$out/x.wasm")
  gz=$(gzip -9 -c "$out/x.wasm" | wc -c)
  br=$(node -e 'const z=require("node:zlib");process.stdout.write(String(z.brotliCompressSync(require("node:fs").readFileSync(process.argv[1]),{params:{[z.constants.BROTLI_PARAM_QUALITY]:11}}).length))' "$out/x.wasm")
  printf '%-34s %9d %9d %9d\n' "$name" "$raw" "$gz" "$br"
done <<'PASSES'
-Oz (the build)|-Oz
-Os then -Oz|-Os -Oz
-Oz --converge|-Oz --converge
-Oz --gufa -Oz|-Oz --gufa -Oz
-O3 then -Oz|-O3 -Oz
-Oz -Oz (twice)|-Oz -Oz
-Oz --converge --gufa -Oz --converge|-Oz --converge --gufa -Oz --converge
PASSES
