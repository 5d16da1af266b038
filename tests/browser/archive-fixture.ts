import { createHash } from "node:crypto";
import type { Page, Route } from "@playwright/test";
import { manifest, issueFile } from "./fixtures";

/** A generated issue: its manifest entry and its file's text. */
export type Generated = { entry: { id: string; title: string; published: string; file: string; articles: number; sha256: string }; body: string };

/** An issue of `count` articles, tagged "Archive test", dated in the month it covers. */
export function generatedIssue(id: string, title: string, month: string, published: string, count = 3): Generated {
  const articles = Array.from({ length: count }, (_, n) => ({
    id: `${id}-article-${n + 1}`,
    title: `${title}: article ${n + 1}`,
    section: "Standardization",
    date: `${month}-${String(10 + n).padStart(2, "0")}`,
    tags: ["Archive test"],
    summary: `Summary ${n + 1} of the ${title} issue.`,
    body: [{ type: "paragraph", text: `Body of article ${n + 1}.` }],
    links: [],
    events: [],
  }));
  const body = JSON.stringify({
    schema_version: 1,
    publication: { title: manifest.title, issue: title, publisher: manifest.publisher, source: "tests" },
    articles,
  });
  const sha256 = createHash("sha256").update(body, "utf8").digest("hex");
  return { entry: { id, title, published, file: `issues/${id}.json`, articles: count, sha256 }, body };
}

export const october = generatedIssue("2021-08-09", "August–September 2021", "2021-09", "2021-10");
export const december = generatedIssue("2021-10-11", "October–November 2021", "2021-11", "2021-12");

/** How each issue file is answered: by default with its bytes; a test may delay or break one. */
export type IssueAnswer = (route: Route, issue: Generated) => Promise<void>;
export const answer: IssueAnswer = (route, issue) =>
  route.fulfill({ status: 200, contentType: "application/json", body: issue.body });

/** Serves the shipped archive with `extra` generated issues beside the real one. */
export async function serveArchive(page: Page, extra: Generated[], answers: Record<string, IssueAnswer> = {}) {
  const real: Generated[] = manifest.issues.map((entry: Generated["entry"]) => ({ entry, body: issueFile(entry.file) }));
  const all = [...real, ...extra];
  await page.route("**/data/archive.json", (route) =>
    route.fulfill({
      status: 200,
      contentType: "application/json",
      body: JSON.stringify({ ...manifest, issues: all.map((i) => i.entry) }),
    }),
  );
  // An issue is asked for under a name the app makes from its entry (the build's rule, which
  // archive-loading.spec checks against build-facts.json): here only what any such name must
  // hold, the listed file's name and a part of its content's hash, never the plain name.
  await page.route("**/data/issues/*", (route) => {
    const name = new URL(route.request().url()).pathname.split("/").pop() ?? "";
    const issue = all.find((i) => {
      const stem = i.entry.file.replace(/^issues\//, "").replace(/\.json$/, "");
      const hash = name.startsWith(`${stem}.`) ? name.slice(stem.length + 1).match(/^[0-9a-f]{8,}/)?.[0] : undefined;
      return hash !== undefined && i.entry.sha256.startsWith(hash);
    });
    if (!issue) return route.fulfill({ status: 404, body: "" });
    return (answers[issue.entry.id] ?? answer)(route, issue);
  });
}

/** An answer held back until `release()`: an issue that is slow to arrive. */
export function heldAnswer(): { answer: IssueAnswer; release: () => void } {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  return {
    answer: async (route, issue) => {
      await held;
      await answer(route, issue);
    },
    release: () => release(),
  };
}
