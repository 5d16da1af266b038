# Standards Radar. `make run` and `make test` do everything, from a fresh Debian machine.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
# The tools setup installs: cargo's bin for trunk and wasm-bindgen, node_modules for wasm-opt.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

PORT ?= 8080
PUBLIC_URL ?= /
DIST ?= dist
# Where the build will be hosted: the absolute URLs of feeds, article pages and the sitemap.
SITE_URL ?= http://127.0.0.1:$(PORT)$(PUBLIC_URL)
WASM_TARGET := wasm32-unknown-unknown

.PHONY: bench audit run test setup setup-build import import-check extract-check test-site test-calendars test-engines build-crash-test size-guard size-table size-breakdown build build-subpath serve test-native test-ics lint validate dataset test-browser size clean

## run: install what building needs, build a release, serve it on http://127.0.0.1:$(PORT)
run: setup-build build serve

## test: install what is missing, then every check: lint, native tests, wasm build, browser tests
test: setup lint audit import-check extract-check test-native test-ics build size-guard test-site build-subpath build-crash-test test-browser test-engines

# Only what building and serving need: no browsers, no test tools.
setup-build:
	@bash scripts/setup.sh build

setup:
	@bash scripts/setup.sh

## build: a release in $(DIST)/ for hosting at $(SITE_URL) (make build SITE_URL=https://example.org/radar/ PUBLIC_URL=/radar/ DIST=dist-radar)
build:
	trunk build --release --offline --public-url $(PUBLIC_URL) --dist $(DIST)
	node scripts/minify-glue.mjs $(DIST)
	cargo run --locked --quiet --example site -- $(DIST) $(SITE_URL)
	node scripts/service-worker.mjs $(DIST)
	node scripts/headers.mjs $(DIST)
	node scripts/precompress.mjs $(DIST)

# A debug build with the crash-test feature, for the browser test of the crash banner.
build-crash-test:
	trunk build --offline --features crash-test --dist dist-crash-test
	# The issue files under the names the app asks for (their content hashes).
	cargo run --locked --quiet --example site -- --data dist-crash-test

# The same app built for hosting under /radar/, for the browser test that checks sub-paths.
build-subpath:
	$(MAKE) --no-print-directory build PUBLIC_URL=/radar/ DIST=dist-radar

serve:
	node scripts/serve.mjs --dir $(DIST) --port $(PORT) --headers

test-native:
	cargo test --locked

lint:
	cargo fmt --check
	cargo clippy --locked --all-targets -- -D warnings
	cargo clippy --locked --target $(WASM_TARGET) -- -D warnings
	# make size-table measures the build DIST names, not dist/: a stub build of one file.
	rm -rf target/size-check && mkdir -p target/size-check && printf stub > target/size-check/only-here.wasm
	$(MAKE) --no-print-directory size-table DIST=target/size-check | grep '^only-here\.wasm ' > /dev/null

# The .ics export of every event, read back by an independent parser (Python's icalendar): the
# shipped archive, then the hostile corpus's events (line breaks, BEGIN:VEVENT, commas,
# semicolons, backslashes, long multi-byte lines, bidi controls, javascript: in titles,
# locations and ids), each of which must come back as its own text.
ICS_CORPUS := tests/corpus/hostile-events.json
test-ics:
	mkdir -p target
	cargo run --locked --quiet --example ics -- public/data/archive.json target/all-events.ics https://example.org/radar/
	.venv/bin/python tests/ics_check.py target/all-events.ics public/data/archive.json https://example.org/radar/
	cargo run --locked --quiet --example ics -- $(ICS_CORPUS) target/hostile-events.ics https://example.org/radar/
	.venv/bin/python tests/ics_check.py target/hostile-events.ics $(ICS_CORPUS) https://example.org/radar/
	# The same two files read by a second parser, Mozilla's ical.js.
	node tests/ics_check.mjs public/data/archive.json target/all-events.ics
	node tests/ics_check.mjs $(ICS_CORPUS) target/hostile-events.ics

# Licenses, bans and sources of every dependency (deny.toml). Advisories need the RustSec
# database from GitHub, which these machines cannot reach.
audit:
	cargo deny --locked check licenses bans sources

## validate: check the archive (public/data/archive.json and every issue file) against every rule
validate:
	cargo run --locked --quiet --example validate -- public/data/archive.json

SEED := ../shared/seed/000_2f23be253f1a08a5.txt

## import: add an issue to the archive from the newsletter's PDF (the import runs pdftotext with
## the options the importer expects) or from its text (pdftotext -enc UTF-8 -nopgbrk of the PDF):
## make import PDF=path/to/newsletter.pdf ISSUE=2021-08-09 [ARCHIVE=public/data/archive.json]
## make import TEXT=path/to/newsletter.txt ISSUE=2021-08-09 [ARCHIVE=public/data/archive.json]
## (corrections: dataset/corrections/ISSUE.json, when there is one; the corrections skeleton, every
## article and event by draft id: dataset/corrections/ISSUE.skeleton.json; REPLACE=1 imports again
## over an issue the archive has, after editing the corrections)
import:
	@test -n "$(ISSUE)" -a -n "$(PDF)$(TEXT)" -a \( -z "$(PDF)" -o -z "$(TEXT)" \) || { echo "usage: make import PDF=newsletter.pdf ISSUE=2021-08-09, or make import TEXT=newsletter.txt ISSUE=2021-08-09 (one of PDF= and TEXT=)"; exit 2; }
	cargo run --locked --quiet --example import -- $(if $(PDF),--pdf "$(PDF)",--text "$(TEXT)") --issue "$(ISSUE)" $(if $(ARCHIVE),--archive "$(ARCHIVE)") $(if $(REPLACE),--replace)
	cargo run --locked --quiet --example validate -- $(or $(ARCHIVE),public/data/archive.json)

## dataset: re-import the seed issue (public/data/issues/2021-06-07.json and its manifest entry)
## from the newsletter text in ../shared/seed, with its corrections
dataset:
	cargo run --locked --quiet --example import -- --text $(SEED) --issue 2021-06-07 --replace
	$(MAKE) validate

## import-check: the importer on the seed issue: without corrections, what it gets right (each
## share at least 95 %), and field by field against tests/import-truth/ on the seed (95 %) and
## on each layout variant in tests/import-variants/ (90 %), every miss listed; with
## corrections, the committed issue file byte for byte
import-check:
	cargo run --locked --quiet --example import -- --check --text $(SEED) --issue 2021-06-07

# The extraction scored against a person's reading of every article (tests/extraction-expected.json),
# then the issue files' document records against a person's records (tests/documents-expected.json):
# records paired by title (recall and precision ≥ 95 %), type ≥ 90 %, number ≥ 90 %, short name
# ≥ 60 %, issuer ≥ 80 %, steps recall ≥ 80 % and precision ≥ 85 %, relations recall ≥ 60 % and
# precision ≥ 80 %. A share with nothing to measure fails.
extract-check:
	cargo run --locked --quiet --example extract -- --score tests/extraction-expected.json public/data/archive.json --records tests/documents-expected.json

test-browser:
	npx playwright test

# The same app in Firefox ESR (geckodriver) and WebKitGTK (WebKitWebDriver, under Xvfb).
test-engines:
	SE_OFFLINE=true xvfb-run -a .venv/bin/python tests/engines/smoke.py --dist $(DIST)

## bench: the app against a plain-JS reference on synthetic archives (prints, and writes bench/results.json)
bench: setup build
	cargo build --locked --release --example synth --example bench_logic --example site
	node bench/run.mjs

## size: build $(DIST), then what a reader downloads from it (raw, gzip, brotli) and where the wasm's bytes go
size: build
	@$(MAKE) --no-print-directory size-table
	@echo
	@$(MAKE) --no-print-directory size-breakdown

# The table alone, of the build in $(DIST) as it stands (make size-table DIST=dist-radar).
size-table:
	@node scripts/size.mjs $(DIST)

# The 25 largest functions and data segments of the wasm, and each crate's share (twiggy).
size-breakdown:
	cargo build --locked --quiet --release --target $(WASM_TARGET) --bin standards-radar
	mkdir -p target/size
	wasm-bindgen --target web --out-dir target/size target/$(WASM_TARGET)/release/standards-radar.wasm
	# The shipped build's passes (Trunk's data-wasm-opt="z"), keeping the function names.
	wasm-opt -Oz -g target/size/standards-radar_bg.wasm -o target/size/named.wasm
	twiggy top -n 1000000 --format json -o target/size/twiggy.json target/size/named.wasm
	@python3 scripts/size-breakdown.py target/size/twiggy.json --top 25

# The feeds, article and document pages, calendars, sitemap and index the build writes, read by
# independent parsers (feedparser, html.parser, xml.etree, icalendar, ical.js): the shipped build,
# then the hostile corpus's texts, then the calendars from one build to the next (test-calendars).
HOSTILE_SITES := script-in-text control-characters bidi-emoji-tags huge-title hostile-events hostile-documents
test-site:
	.venv/bin/python tests/site_check.py $(DIST) $(SITE_URL) public/data/archive.json
	.venv/bin/python tests/documents_check.py $(DIST) $(SITE_URL) public/data/archive.json
	.venv/bin/python tests/calendars_check.py $(DIST) public/data/archive.json
	node tests/ics_check.mjs public/data/archive.json $(DIST)/calendars
	for name in $(HOSTILE_SITES); do \
	  rm -rf target/site/$$name && mkdir -p target/site/$$name/data && \
	  cp index.html target/site/$$name/ && cp tests/corpus/$$name.json target/site/$$name/data/archive.json && \
	  cargo run --locked --quiet --example site -- target/site/$$name https://example.org/radar/ && \
	  .venv/bin/python tests/site_check.py target/site/$$name https://example.org/radar/ tests/corpus/$$name.json && \
	  .venv/bin/python tests/documents_check.py target/site/$$name https://example.org/radar/ tests/corpus/$$name.json && \
	  .venv/bin/python tests/calendars_check.py target/site/$$name tests/corpus/$$name.json && \
	  node tests/ics_check.mjs tests/corpus/$$name.json target/site/$$name/calendars || exit 1; \
	done
	$(MAKE) --no-print-directory test-calendars

# The subscribed calendars from one build to the next (tests/calendars_revision.py): the shipped
# archive built twice (the same bytes), then with one more issue (NEXT_ISSUE), which restates one
# event (NEXT_CHANGES) with another date: every UID kept, that event one revision further, every
# other event the same bytes. Only the site step of a build, a second each.
NEXT_ISSUE := tests/corpus/calendar-next-issue.json
NEXT_CHANGES := im-standard-system-guidelines-deadline@standards-radar
CAL_REV := target/calendar-revisions
test-calendars:
	rm -rf $(CAL_REV)
	for build in before again after; do \
	  mkdir -p $(CAL_REV)/$$build && cp index.html $(CAL_REV)/$$build/ && cp -r public/data $(CAL_REV)/$$build/data || exit 1; \
	done
	.venv/bin/python tests/calendars_revision.py add $(CAL_REV)/after/data $(NEXT_ISSUE) 2021-08-09 "August–September 2021" 2021-10
	# The site build moves issue files to their hashed names: the checks read this copy.
	cp -r $(CAL_REV)/after/data $(CAL_REV)/archive-after
	for build in before again after; do \
	  cargo run --locked --quiet --example site -- $(CAL_REV)/$$build https://example.org/radar/ > /dev/null || exit 1; \
	done
	diff -r $(CAL_REV)/before/calendars $(CAL_REV)/again/calendars
	.venv/bin/python tests/calendars_revision.py compare $(CAL_REV)/before $(CAL_REV)/after $(NEXT_CHANGES) 2021-10
	.venv/bin/python tests/calendars_check.py $(CAL_REV)/after $(CAL_REV)/archive-after/archive.json
	node tests/ics_check.mjs $(CAL_REV)/archive-after/archive.json $(CAL_REV)/after/calendars

# Growth of the wasm over the size recorded in bench/size-budget.json is a decision: over 5 %
# fails the tests.
size-guard:
	node scripts/size.mjs $(DIST) --guard bench/size-budget.json

clean:
	cargo clean
	rm -rf dist dist-radar dist-crash-test test-results playwright-report
