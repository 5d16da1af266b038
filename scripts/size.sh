#!/usr/bin/env bash
# Raw and gzip sizes of every file a reader downloads from dist/.
set -euo pipefail
dist=${1:-dist}
printf '%-44s %10s %10s\n' file raw gzip
total_raw=0 total_gz=0
while IFS= read -r -d '' f; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz))
  printf '%-44s %10d %10d\n' "${f#"$dist"/}" "$raw" "$gz"
done < <(find "$dist" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.json' -o -name '*.html' \) -print0 | sort -z)
printf '%-44s %10d %10d\n' total "$total_raw" "$total_gz"
