#!/usr/bin/env bash
# Installs what is missing and skips what is present at the right version, so a second run
# takes seconds. Safe to run again at any time.
#   scripts/setup.sh build   what building and serving the app need (`make run`)
#   scripts/setup.sh         that, and every test tool (`make test`): browsers and their
#                            drivers, cargo-deny, Playwright, Lighthouse, the Python checkers
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=${1:-all}
case "$MODE" in build | all) ;; *) echo "usage: $0 [build|all]" >&2; exit 2 ;; esac

TRUNK_VERSION=0.21.14
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# Installing system packages needs root; without it, say exactly what to run instead.
need_system_packages() {
  local missing=("$@")
  if [ "$(id -u)" -eq 0 ]; then
    say "Installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # A package list older than the archive gives 404s: refresh it first.
    apt-get update -q
    # With recommends: Chromium then brings the fonts the browser tests were run with.
    apt-get install -y -q "${missing[@]}"
  else
    echo "Standards Radar needs these Debian packages: ${missing[*]}" >&2
    echo "Install them with:" >&2
    echo "    sudo apt-get install -y ${missing[*]}" >&2
    echo "then run this command again." >&2
    exit 1
  fi
}

missing=()
command -v cargo >/dev/null || {
  echo "Rust is not installed: install it with rustup (https://rustup.rs), then run this again." >&2
  exit 1
}
command -v python3 >/dev/null || missing+=(python3)
python3 -c 'import venv, ensurepip' 2>/dev/null || missing+=(python3-venv)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
# make import PDF=… runs pdftotext (Debian's poppler-utils), as the import tests do.
command -v pdftotext >/dev/null || missing+=(poppler-utils)
if [ "$MODE" = all ]; then
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  # The other two engines, driven over WebDriver: Firefox ESR (geckodriver, below) and
  # WebKitGTK's MiniBrowser (WebKitWebDriver), which needs a display: Xvfb.
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null || missing+=(xvfb)
fi
if [ "${#missing[@]}" -gt 0 ]; then need_system_packages "${missing[@]}"; fi

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown Rust target"
  rustup target add wasm32-unknown-unknown
fi
for component in clippy rustfmt; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
    say "Adding rustup component $component"
    rustup component add "$component"
  fi
done

# Trunk 0.22 needs a newer rustc than this machine has: stay on 0.21.
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "Installing trunk $TRUNK_VERSION (takes a few minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# The CLI must be exactly the wasm-bindgen version in Cargo.lock, or the glue does not match.
cargo metadata --format-version 1 --locked >/dev/null 2>&1 || cargo generate-lockfile
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes a few minutes, once)"
  # No --locked: one of its locked dependencies is no longer on the registry.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# The build's npm tools: binaryen's wasm-opt (Debian's wasm-opt 108 produces a wasm that
# crashes) and terser. The test tools are devDependencies, installed only for the tests.
if [ "$MODE" = build ]; then
  if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/terser ] \
    || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "Installing the build's npm packages (binaryen, terser)"
    npm ci --omit=dev --no-audit --no-fund
  fi
  say "Build tools ready: $(trunk --version), $(wasm-bindgen --version), $(node_modules/.bin/wasm-opt --version | cut -d' ' -f1-3)"
  exit 0
fi

# cargo-deny checks the dependency licenses, bans and sources.
CARGO_DENY_VERSION=0.20.2
if [ "$(cargo deny --version 2>/dev/null || true)" != "cargo-deny $CARGO_DENY_VERSION" ]; then
  say "Installing cargo-deny $CARGO_DENY_VERSION (takes a few minutes, once)"
  cargo install cargo-deny --version "$CARGO_DENY_VERSION" --locked
fi

# Firefox's WebDriver, built from crates.io (no prebuilt binary is downloaded).
GECKODRIVER_VERSION=0.36.0
# Its whole output, then the first line: geckodriver panics when a pipe closes early.
geckodriver_version=$(geckodriver --version 2>/dev/null || true)
if [ "${geckodriver_version%%$'\n'*}" != "geckodriver $GECKODRIVER_VERSION" ]; then
  say "Installing geckodriver $GECKODRIVER_VERSION (takes about 5 minutes, once)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
  geckodriver_version=$(geckodriver --version 2>/dev/null || true)
fi

# twiggy: where the wasm's bytes go (`make size`).
TWIGGY_VERSION=0.8.0
if [ "$(twiggy --version 2>/dev/null || true)" != "twiggy-opt $TWIGGY_VERSION" ]; then
  say "Installing twiggy $TWIGGY_VERSION (takes a few minutes, once)"
  cargo install twiggy --version "$TWIGGY_VERSION" --locked
fi

# Playwright, axe and Lighthouse with the build tools.
if [ ! -x node_modules/.bin/playwright ] || [ ! -x node_modules/.bin/wasm-opt ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "Installing npm packages (Playwright, binaryen, Lighthouse)"
  # Playwright must use Debian's Chromium, never download a browser of its own.
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

# Independent readers of what the app writes (icalendar, feedparser, listparser for OPML) and a
# WebDriver client for the Firefox and WebKit smoke suite (selenium; SE_OFFLINE keeps its driver manager off the net).
if ! .venv/bin/python -c 'import icalendar, selenium, feedparser, listparser' 2>/dev/null; then
  say "Installing the Python test tools (icalendar, selenium, feedparser, listparser)"
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check 'icalendar==7.3.0' 'selenium==4.38.0' 'feedparser==6.0.12' 'listparser==0.20'
fi

say "Tools ready: $(trunk --version), $(wasm-bindgen --version), $(node_modules/.bin/wasm-opt --version | cut -d' ' -f1-3), ${geckodriver_version%%$'\n'*}"
