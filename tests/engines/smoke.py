"""The app in the two other engines its readers use: Firefox ESR (geckodriver) and WebKitGTK's
MiniBrowser (WebKitWebDriver, the engine of Safari), over WebDriver with selenium.

Each check is a reader's step: load, tag filter, Back, search highlight, article deep link, a
calendar day, a filter that keeps the calendar's month (the screen equals a fresh load of its
URL), the agenda, a document's screen reached from the documents view (equal to a fresh load),
and the ICS export read back by an independent parser (icalendar). Text is
compared as `textContent`: WebKit's WebDriver leaves line-clamped text out of element text.

    xvfb-run -a .venv/bin/python tests/engines/smoke.py [--dist dist] [--engine firefox|webkit]
"""

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import icalendar
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
import archive  # noqa: E402  (the shared reader of tests/archive.py)

DATASET = archive.load(ROOT / "public/data/archive.json")
MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"
WAIT_SECONDS = 20


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(dist, port):
    server = subprocess.Popen(
        ["node", "scripts/serve.mjs", "--dir", dist, "--port", str(port)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 15
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise RuntimeError(f"the static server did not start on port {port}")


def firefox(downloads):
    options = webdriver.FirefoxOptions()
    options.binary_location = shutil.which("firefox-esr") or "/usr/bin/firefox-esr"
    options.add_argument("-headless")
    options.set_preference("browser.download.folderList", 2)
    options.set_preference("browser.download.dir", downloads)
    options.set_preference("browser.download.useDownloadDir", True)
    options.set_preference("browser.download.always_ask_before_handling_new_types", False)
    service = webdriver.FirefoxService(executable_path=shutil.which("geckodriver"))
    return webdriver.Firefox(options=options, service=service)


def webkit(_downloads):
    options = webdriver.WebKitGTKOptions()
    options.binary_location = MINIBROWSER
    options.add_argument("--automation")
    service = webdriver.WebKitGTKService(executable_path=shutil.which("WebKitWebDriver"))
    return webdriver.WebKitGTK(options=options, service=service)


class Reader:
    """What a reader does and sees, through one WebDriver session."""

    def __init__(self, driver, base):
        self.driver = driver
        self.base = base

    def open(self, query=""):
        self.driver.get(self.base + query)
        self.wait_ready()

    def wait_ready(self):
        # The explorer's count, or the Following screen (which has no count: it is no list of
        # articles), once the app has replaced the page the build prerendered for the bare address.
        self.wait(lambda: self.js("return !document.getElementById('prerender')"
                                  " && !!document.querySelector('.result-count, .following')"), "the explorer")

    def wait(self, condition, what):
        try:
            WebDriverWait(self.driver, WAIT_SECONDS).until(lambda _: condition())
        except WebDriverException as e:
            raise AssertionError(f"waited {WAIT_SECONDS} s for {what}") from e

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def text(self, css):
        return self.js("const e = document.querySelector(arguments[0]); return e ? e.textContent : null", css)

    def texts(self, css):
        return self.js("return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent)", css)

    def count(self):
        return self.text(".result-count")

    def click(self, xpath):
        element = self.driver.find_element(By.XPATH, xpath)
        self.js("arguments[0].scrollIntoView({block: 'center'})", element)
        element.click()

    def query(self):
        return self.js("return location.search")

    def screen(self):
        """The text of `main` and every link's target, as a fresh load would show them."""
        return self.js(
            "const m = document.querySelector('main');"
            "return [m.textContent.replace(/\\s+/g, ' ').trim(),"
            " Array.from(m.querySelectorAll('a[href]')).map(a => a.getAttribute('href'))]"
        )


def title_of(article_id):
    return next(a["title"] for a in DATASET["articles"] if a["id"] == article_id)


def check_load(r):
    r.open()
    r.wait(lambda: r.count() == "All 26 articles", "All 26 articles")
    assert len(r.texts("article.card")) == 26


def check_tag_filter_and_back(r):
    r.open()
    r.click("//section[@aria-labelledby='tag-cloud-title']//a[@aria-label='ICV, 2 articles']")
    r.wait(lambda: r.count() == "2 of 26 articles", "2 of 26 articles")
    assert r.query() == "?tag=ICV", r.query()
    titles = sorted(t.strip() for t in r.texts(".card__title"))
    assert titles == sorted([title_of("icv-supervision-standardization-2021"), title_of("icv-road-test-rules")]), titles
    r.driver.back()
    r.wait(lambda: r.count() == "All 26 articles", "Back to all 26 articles")
    assert r.query() == "", r.query()


def check_search_highlight(r):
    r.open()
    box = r.driver.find_element(By.XPATH, "//input[@type='search' and @id=//label[normalize-space()='Search']/@for]")
    box.send_keys("carbon")
    r.wait(lambda: r.query() == "?q=carbon", "?q=carbon")
    r.wait(lambda: len(r.texts(".card mark")) > 0, "highlighted words")
    assert {m.lower() for m in r.texts(".card mark")} == {"carbon"}, r.texts(".card mark")


def check_article_deep_link(r):
    r.open("?article=data-security-law")
    r.wait(lambda: r.text("#article-title") is not None, "the article")
    assert r.text("#article-title") == title_of("data-security-law")
    assert r.js("return document.title") == f"{title_of('data-security-law')} – Standards Radar"


def check_calendar_day(r):
    r.open("?view=calendar&month=2021-09")
    r.wait(lambda: r.text(".calendar__title") == "September 2021", "September 2021")
    cell = r.text("td[aria-label='Thursday 16 September 2021']")
    assert "SESEC IV Webinar 29" in cell, cell
    assert "Data Security Law" in r.text("td[aria-label='Wednesday 1 September 2021']")


def check_filter_keeps_month_and_screen(r):
    r.open("?view=calendar&month=2021-09")
    r.click("//ul[@aria-label='Event kinds']//a[normalize-space()='Meeting']")
    r.wait(lambda: r.query() == "?kind=meeting&view=calendar&month=2021-09", "kind=meeting in the URL")
    # Nothing of September 2021 is a meeting: the cells must say so at once, as a reload does.
    r.wait(lambda: "Webinar 29" not in r.text(".calendar__grid"), "the grid to follow the filter")
    clicked = r.screen()
    r.open("?kind=meeting&view=calendar&month=2021-09")
    assert r.screen() == clicked, "the screen differs from a fresh load of its URL"


def check_agenda(r):
    r.open("?view=agenda&tag=ICV")
    r.wait(lambda: len(r.texts(".agenda__item")) == 4, "the four ICV events")
    months = [m.strip() for m in r.texts(".agenda__month-title")]
    assert months == ["June 2021", "July 2021", "September 2021"], months


def check_document_screen(r):
    # The documents view, then a document's title: its screen, equal to a fresh load.
    r.open("?view=documents")
    r.wait(lambda: len(r.texts(".doc-list__item")) > 0, "the documents")
    r.click("//section[@aria-label='Documents']//a[normalize-space()='Data Security Law']")
    r.wait(lambda: r.query() == "?doc=data-security-law", "?doc=data-security-law in the URL")
    r.wait(lambda: r.text("#doc-summary-title") is not None, "the document's record")
    assert r.text("#doc-summary-title").strip().startswith("Data Security Law"), r.text("#doc-summary-title")
    naming = sorted(a["title"] for a in DATASET["articles"] if "data-security-law" in a.get("docs", []))
    r.wait(lambda: len(r.texts(".card__title")) == len(naming), "the articles naming it")
    assert sorted(t.strip() for t in r.texts(".card__title")) == naming
    clicked = r.screen()
    r.open("?doc=data-security-law")
    r.wait(lambda: len(r.texts(".card__title")) == len(naming), "the articles naming it, on a fresh load")
    assert r.screen() == clicked, "the screen differs from a fresh load of its URL"


def check_following(r):
    # Follow a tag, find it on the Following screen after a reload, then carry the list to an
    # empty device through "Share my list", which asks before adding.
    r.open("?tag=ICV")
    r.js("localStorage.clear()")
    r.open("?tag=ICV")
    r.click("//button[@aria-label='Follow Tag: ICV']")
    r.wait(lambda: r.js("return document.querySelector(\"button[aria-label='Follow Tag: ICV']\").getAttribute('aria-pressed')") == "true", "the tag followed")
    r.open("?view=following")
    r.wait(lambda: len(r.texts(".following__item")) == 1, "one followed item")
    item = r.text(".following__item")
    assert "ICV · Tag" in item and "2 articles" in item, item
    r.click("//button[normalize-space()='Share my list']")
    r.wait(lambda: r.js("return document.querySelector('.following__link input')") is not None, "the link to share")
    link = r.js("return document.querySelector('.following__link input').value")
    assert link == r.base + "?follow=tag%3AICV", link
    r.js("localStorage.clear()")
    r.driver.get(link)
    r.wait_ready()
    r.wait(lambda: "ICV · Tag" in (r.text(".follow-offer") or ""), "the offer")
    r.click("//button[normalize-space()='Add 1 item to my list']")
    r.wait(lambda: r.query() == "", "the offer answered")
    stored = r.js("return localStorage.getItem('standards-radar:following')")
    assert stored and '"follow":"tag:ICV"' in stored, stored


def check_subscribe(r):
    r.open("?org=MIIT")
    r.click("//summary[normalize-space()='Export and subscribe']")
    link = r.js("return document.querySelector('.subscribe__webcal').getAttribute('href')")
    assert link == r.base.replace("http://", "webcal://") + "calendars/organisations/miit.ics", link
    address = r.js("return document.querySelector('.subscribe__address input').value")
    text = r.driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch(arguments[0]).then(r => r.text()).then(done, e => done(String(e)));",
        address,
    )
    cal = icalendar.Calendar.from_ical(text)
    assert str(cal.get("X-WR-CALNAME")) == "Standards Radar: MIIT", cal.get("X-WR-CALNAME")
    assert cal.walk("VEVENT"), "no events in MIIT's calendar"


def check_ics_export(r, downloads):
    r.open("?view=agenda&tag=ICV")
    # The file the app hands to the browser, read from its blob before the download starts:
    # this works whether or not the driver lets the download itself through.
    r.js(
        "window.__ics = null;"
        "const click = HTMLAnchorElement.prototype.click;"
        "HTMLAnchorElement.prototype.click = function () {"
        "  if (this.download) fetch(this.href).then(r => r.text()).then(t => { window.__ics = [this.download, t]; });"
        "  return click.call(this); };"
    )
    r.click("//button[normalize-space()='Export 4 events']")
    r.wait(lambda: r.js("return window.__ics") is not None, "the exported file")
    name, text = r.js("return window.__ics")
    assert name == "standards-radar-events.ics", name
    cal = icalendar.Calendar.from_ical(text)
    uids = sorted(str(v.get("UID")) for v in cal.walk("VEVENT"))
    assert len(uids) == 4 and "icv-road-test-rules-published@standards-radar" in uids, uids
    road_test = next(v for v in cal.walk("VEVENT") if str(v.get("UID")) == "icv-road-test-rules-published@standards-radar")
    assert str(road_test.get("URL")) == r.base + "?article=icv-road-test-rules", road_test.get("URL")
    saved = Path(downloads) / name
    if downloads and r.driver.name == "firefox":
        r.wait(saved.exists, "the downloaded file")
        assert icalendar.Calendar.from_ical(saved.read_bytes()).walk("VEVENT")


CHECKS = [
    ("load", check_load),
    ("tag filter, then Back", check_tag_filter_and_back),
    ("search highlight", check_search_highlight),
    ("article deep link", check_article_deep_link),
    ("calendar day", check_calendar_day),
    ("a filter keeps the month and equals a fresh load", check_filter_keeps_month_and_screen),
    ("agenda", check_agenda),
    ("a document's screen equals a fresh load", check_document_screen),
    ("ICS export", check_ics_export),
    ("follow a tag, and share the list", check_following),
    ("subscribe to an organisation's calendar", check_subscribe),
]


def run_engine(name, start, base):
    passed, failed = 0, 0
    downloads = tempfile.mkdtemp(prefix=f"radar-{name}-")
    driver = start(downloads)
    try:
        reader = Reader(driver, base)
        for label, check in CHECKS:
            try:
                if check is check_ics_export:
                    check(reader, downloads)
                else:
                    check(reader)
                passed += 1
                print(f"  ok    {name}: {label}")
            except (AssertionError, WebDriverException) as e:
                failed += 1
                print(f"  FAIL  {name}: {label}: {type(e).__name__}: {e}")
    finally:
        driver.quit()
        shutil.rmtree(downloads, ignore_errors=True)
    return passed, failed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dist", default="dist")
    parser.add_argument("--engine", choices=["firefox", "webkit"], action="append")
    args = parser.parse_args()
    engines = {"firefox": firefox, "webkit": webkit}
    chosen = args.engine or list(engines)
    if "webkit" in chosen and not os.environ.get("DISPLAY"):
        sys.exit("WebKitGTK needs a display: run this under xvfb-run -a")
    port = free_port()
    server = serve(args.dist, port)
    passed = failed = 0
    try:
        for name in chosen:
            p, f = run_engine(name, engines[name], f"http://127.0.0.1:{port}/")
            passed, failed = passed + p, failed + f
    finally:
        server.terminate()
    print(f"engines: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
