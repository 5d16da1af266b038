"""Where the wasm's bytes go: the largest functions and data segments, and each crate's share.

Reads `twiggy top --format json` of a release wasm that kept its function names (the same
build and wasm-opt passes as the shipped one, with `-g`): `make size` runs it.

    python3 scripts/size-breakdown.py TWIGGY.json [--top 25]
"""

import json
import re
import sys
from collections import defaultdict

path = sys.argv[1]
top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 25
items = json.load(open(path, encoding="utf-8"))

# The names (and other custom sections) a names-keeping build adds are not shipped.
NOT_SHIPPED = re.compile(r'names" subsection$|^custom section')
items = [i for i in items if not NOT_SHIPPED.search(i["name"])]
total = sum(i["shallow_size"] for i in items)


def crate_of(name):
    """The crate a symbol belongs to: the first path's root (`<A as B>::f` is A's crate)."""
    if name.startswith("import "):
        return "(imports: renamed a, b, … in the shipped build)"
    if name.startswith("data[") or name.startswith("data segment"):
        return "(data segments)"
    if name.startswith("elem[") or name in ("table[0]", "memory[0]") or name.startswith("global"):
        return "(tables, globals)"
    if re.match(r"^(type|import|export|func)\[", name) or name.startswith("wasm magic"):
        return "(module structure)"
    # The standard library's paths carry a disambiguator: `core[c5930c85a12de822]::fmt`.
    found = re.search(r"([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::", name)
    return found.group(1) if found else "(unnamed)"


by_crate = defaultdict(int)
for item in items:
    by_crate[crate_of(item["name"])] += item["shallow_size"]

print(f"{top} largest items of {total} bytes (before compression):")
print(f"{'bytes':>8} {'share':>6}  item")
for item in sorted(items, key=lambda i: -i["shallow_size"])[:top]:
    name = item["name"]
    name = name if len(name) <= 110 else name[:107] + "..."
    print(f"{item['shallow_size']:>8} {item['shallow_size'] / total:>6.1%}  {name}")

print()
print("share of each crate:")
print(f"{'bytes':>8} {'share':>6}  crate")
for crate, size in sorted(by_crate.items(), key=lambda kv: -kv[1]):
    if size / total >= 0.002:
        print(f"{size:>8} {size / total:>6.1%}  {crate}")
rest = sum(s for s in by_crate.values() if s / total < 0.002)
print(f"{rest:>8} {rest / total:>6.1%}  (each under 0.2 %)")
