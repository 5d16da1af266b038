import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";

/** One hostile dataset of tests/corpus and what the app must do with it (manifest.json). */
export type Case = {
  file: string;
  expect: "ok" | "error";
  message?: string;
  articles?: number;
  skipped?: number;
  shows?: string;
  tagCounts?: Record<string, number>;
  /** How many of an article's source links are web links the app may show. */
  safeLinks?: number;
};
export const corpus: { cases: Case[] } = JSON.parse(readFileSync("tests/corpus/manifest.json", "utf8"));
/** The hostile datasets the app reads (some of their articles at least): their cards open. */
export const readable = corpus.cases.filter((c) => c.expect === "ok");
export const corpusFile = (file: string): Buffer => readFileSync(`tests/corpus/${file}`);

/** Serves `body` as the app's data file, in place of the shipped archive. */
export async function serveDataset(page: Page, body: string | Buffer) {
  await page.route("**/data/archive.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
}

/** The deep links of the cards on screen (`?article=…`), once the explorer has shown its count. */
export async function cardLinks(page: Page): Promise<{ title: string; href: string }[]> {
  await expect(page.getByRole("status").filter({ hasText: / articles?$/ })).toBeVisible();
  const links = page.getByRole("article").getByRole("heading", { level: 2 }).getByRole("link");
  return links.evaluateAll((as) => as.map((a) => ({ title: a.textContent ?? "", href: a.getAttribute("href") ?? "" })));
}

/**
 * What a payload could do if it ran: dialogs (alert, confirm, print), console messages naming
 * `__pwned`, and the `window.__pwned` flag every payload of the corpus sets. Start before the
 * page loads; `expectNothingRan` reads it.
 */
export function watchForScripts(page: Page): { dialogs: string[]; console: string[] } {
  const seen = { dialogs: [] as string[], console: [] as string[] };
  page.on("dialog", (d) => {
    seen.dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  page.on("console", (m) => {
    if (/pwned/i.test(m.text())) seen.console.push(m.text());
  });
  return seen;
}

export async function expectNothingRan(page: Page, seen: { dialogs: string[]; console: string[] }) {
  for (const frame of page.frames()) {
    const flag = await frame.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned).catch(() => undefined);
    expect(flag, `window.__pwned in ${frame.url()}`).toBeUndefined();
  }
  expect(seen.dialogs, "no dialog opened").toEqual([]);
  expect(seen.console, "no payload wrote to the console").toEqual([]);
  // A payload inserted as markup leaves elements behind, whether it ran or not.
  expect(await page.locator("iframe, object, embed, body script").count(), "no frame, plug-in or script element").toBe(0);
  expect(await page.locator("[onerror], [onload], [onclick], [onbegin], [onmouseover], [onfocus]").count(), "no inline handler").toBe(0);
}

/**
 * Every URL anywhere in the page (every frame, every attribute that the browser follows or
 * loads) whose scheme, as the browser's own URL parser reads it, is `javascript:`, `data:` or
 * `vbscript:`. The parser strips the spaces, tabs and line breaks a payload hides the scheme with.
 */
export async function scriptUrls(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const frame of page.frames()) {
    const inFrame = await frame.evaluate(() => {
      const urlAttributes = ["href", "src", "action", "formaction", "xlink:href", "poster", "data", "cite", "background", "ping", "srcset", "srcdoc"];
      const bad: string[] = [];
      for (const element of Array.from(document.querySelectorAll("*"))) {
        for (const attribute of Array.from(element.attributes)) {
          if (!urlAttributes.includes(attribute.name.toLowerCase())) continue;
          if (attribute.name.toLowerCase() === "srcdoc") {
            bad.push(`<${element.localName} srcdoc>`);
            continue;
          }
          let scheme = "";
          try {
            scheme = new URL(attribute.value, document.baseURI).protocol;
          } catch {
            scheme = attribute.value.trim().toLowerCase().split(":")[0] + ":";
          }
          if (["javascript:", "data:", "vbscript:"].includes(scheme)) {
            bad.push(`<${element.localName} ${attribute.name}="${attribute.value}">`);
          }
        }
      }
      return bad;
    });
    found.push(...inFrame);
  }
  return found;
}

/** Whether `href` is the app's own calendar subscription (`webcal:` to one of the build's
 * `calendars/*.ics` on the page's own host): the one link that is neither web nor in-app. */
export function isOwnCalendar(page: Page, href: string): boolean {
  const host = new URL(page.url()).host;
  return href.startsWith(`webcal://${host}/`) && /\/calendars\/[^?#]*\.ics$/.test(href);
}
