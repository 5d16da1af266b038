import { defineConfig } from "@playwright/test";

// Debian's Chromium, never a downloaded browser; flags keep it off the (closed) network.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

const port = Number(process.env.TEST_PORT ?? 4173);
/** `dist-radar/`, built with `--public-url /radar/`, served under that path. */
export const subpathPort = port + 1;
/** `dist/` again, with the security headers of `dist/_headers` (CSP and friends). */
export const headersPort = port + 2;
/** `dist-crash-test/`: a debug build that panics on `?crash-test`, for the crash banner. */
export const crashTestPort = port + 3;

export default defineConfig({
  testDir: "tests/browser",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: chromium,
    trace: "off",
    // Routed responses (faults, hostile data) must reach the page, not a service worker's cache:
    // only the offline specs let the worker run.
    serviceWorkers: "block",
  },
  webServer: [
    {
      command: `node scripts/serve.mjs --dir dist --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node scripts/serve.mjs --dir dist-radar --base /radar/ --port ${subpathPort}`,
      url: `http://127.0.0.1:${subpathPort}/radar/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node scripts/serve.mjs --dir dist-crash-test --port ${crashTestPort}`,
      url: `http://127.0.0.1:${crashTestPort}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node scripts/serve.mjs --dir dist --port ${headersPort} --headers`,
      url: `http://127.0.0.1:${headersPort}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
