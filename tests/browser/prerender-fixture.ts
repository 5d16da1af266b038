import type { Page, Route } from "@playwright/test";

/** The tree of `selector` as a reader and a screen reader meet it: elements with their
 * attributes, text runs (comments and empty runs left out), and what form controls hold as
 * properties (checked, selected, value), which the app sets as properties and the prerendered
 * page as attributes. Scripts are left out: only the prerendered page has any. The build's own
 * address (`SITE_URL`, in the canonical link) is written as the page's, which the app uses. */
export async function tree(page: Page, selector: string): Promise<unknown> {
  return page.evaluate((selector) => {
    const canonical = document.querySelector<HTMLLinkElement>("link[rel=canonical]")?.href ?? "";
    const site = canonical ? new URL(canonical).host : location.host;
    const local = (value: string) => value.split(site).join(location.host);
    const properties = new Set(["checked", "selected", "value"]);
    const walk = (node: Element): unknown => {
      const attributes = [...node.attributes]
        .filter((a) => !properties.has(a.name))
        .map((a) => `${a.name}=${local(a.value)}`)
        .sort();
      if (node instanceof HTMLInputElement) attributes.push(`:checked=${node.checked}`, `:value=${local(node.value)}`);
      if (node instanceof HTMLOptionElement) attributes.push(`:selected=${node.selected}`);
      const children: unknown[] = [];
      let text = "";
      const flush = () => {
        if (text.trim() !== "") children.push(text);
        text = "";
      };
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
        else if (child instanceof Element && child.tagName !== "SCRIPT") {
          flush();
          children.push(walk(child));
        }
      }
      flush();
      return [node.tagName.toLowerCase(), attributes, children];
    };
    const root = document.querySelector(selector);
    if (!root) throw new Error(`nothing matches ${selector}`);
    return walk(root);
  }, selector);
}

/** Holds the app's WebAssembly back until `release()`, as a slow link would: what shows
 * meanwhile is the prerendered page. */
export async function holdWasm(page: Page): Promise<{ release: () => void }> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/_bg\.wasm$/, async (route: Route) => {
    await released;
    await route.continue();
  });
  return { release };
}

/** Whether the app has replaced the prerendered page. */
export const appHasTakenOver = (page: Page) =>
  page.waitForFunction(() => !document.getElementById("prerender") && document.getElementById("app")?.hidden === false);
