// A build served for a measurement (`scripts/serve.mjs`), once it answers.
import { spawn } from "node:child_process";

export async function serve(dir, port, ...extra) {
  const child = spawn("node", ["scripts/serve.mjs", "--dir", dir, "--port", String(port), ...extra], { stdio: "ignore" });
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`server on ${port} did not start`);
}
