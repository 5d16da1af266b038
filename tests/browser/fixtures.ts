import { test as base, expect } from "@playwright/test";
import { readFileSync } from "node:fs";

/** The shipped dataset, read the way the app reads it. */
export const dataset = JSON.parse(readFileSync("public/data/articles.json", "utf8"));

/** Every page records what the browser reported as an error; the test decides what is allowed. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on("console", (msg) => {
      if (msg.type() === "error") errors.push(msg.text());
    });
    page.on("pageerror", (err) => errors.push(err.message));
    await use(errors);
  },
});

export { expect };
