import { test, expect, prerenderReplaced, type Page, type Browser } from "./fixtures";

/**
 * The promise of the app: every screen reached by clicks is the screen a fresh load of its URL
 * shows. From links that cover cards, calendar (with and without a month), agenda, the article
 * view and a link with a notice, each in-page action is performed, and the screen is compared
 * with a fresh load of the resulting URL in a new tab: the text of `main`, every link's target,
 * every control's state, every toggle's pressed or current state, and the document title.
 */

type Screen = {
  title: string;
  text: string;
  links: (string | null)[];
  controls: string[];
  pressed: (string | null)[];
  current: string[];
};

async function screen(page: Page): Promise<Screen> {
  // The explorer's count, or the Following screen, which lists the device's items, not articles.
  const count = page.getByRole("status").filter({ hasText: / articles?$/ });
  await expect(count.or(page.getByRole("heading", { name: "Following", level: 2 }))).toBeVisible();
  return page.evaluate(() => {
    const main = document.querySelector("main");
    if (!main) throw new Error("no main");
    const controls = Array.from(main.querySelectorAll("input, select")).map((el) => {
      const input = el as HTMLInputElement;
      return input.type === "checkbox" || input.type === "radio"
        ? `${input.type}:${input.checked}`
        : `${el.tagName}:${input.value}`;
    });
    return {
      title: document.title,
      // textContent, not innerText: the same whatever is scrolled into view.
      text: (main.textContent ?? "").replace(/\s+/g, " ").trim(),
      links: Array.from(main.querySelectorAll("a[href]")).map((a) => a.getAttribute("href")),
      controls,
      pressed: Array.from(main.querySelectorAll("[aria-pressed]")).map((e) => e.getAttribute("aria-pressed")),
      current: Array.from(main.querySelectorAll("[aria-current]")).map((e) => `${e.textContent}:${e.getAttribute("aria-current")}`),
    };
  });
}

async function freshLoad(browser: Browser, url: string): Promise<Screen> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  // The app's screen, not the page the build prerendered for the bare address, which it replaces.
  await prerenderReplaced(page);
  const shown = await screen(page);
  await context.close();
  return shown;
}

/** The screen in front of the reader settles on what a fresh load of its URL shows. */
async function expectSameAsFreshLoad(page: Page, browser: Browser, what: string) {
  const fresh = await freshLoad(browser, page.url());
  await expect.poll(() => screen(page), { message: `${what}: ${page.url()}`, timeout: 5_000 }).toEqual(fresh);
}

type Action = { name: string; applies: (page: Page) => Promise<boolean>; run: (page: Page) => Promise<void> };

const visible = (locator: ReturnType<Page["locator"]>) => locator.first().isVisible();
const inArticle = (page: Page) => visible(page.getByRole("link", { name: "← Back to the list" }));
const inView = (name: string) => async (page: Page) =>
  !(await inArticle(page)) && (await visible(page.getByRole("region", { name })));

/** The first reachable, unselected link of the tag cloud: a tag that still leaves something. */
const nextTag = (page: Page) =>
  page.getByRole("region", { name: "Tags" }).locator("a.tag-cloud__tag:not([aria-current]):not([aria-disabled])").first();

/** A tab of the view switch, and whether it is not the one shown. */
const tab = (page: Page, name: string) => page.getByRole("navigation", { name: "View" }).getByRole("link", { name, exact: true });
const notCurrent = (name: string) => async (page: Page) => (await tab(page, name).getAttribute("aria-current")) !== "page";

/** The Cybersecurity section among the filters. */
const section = (page: Page) => page.getByRole("region", { name: "Sections" }).getByRole("link", { name: /^Cybersecurity/ });

/** The first reachable, unselected organisation of its cloud. */
const nextOrg = (page: Page) =>
  page.getByRole("region", { name: "Organisations", exact: true }).locator("a.tag-cloud__tag:not([aria-current]):not([aria-disabled])").first();

const actions: Action[] = [
  { name: "tag in the cloud", applies: (p) => visible(nextTag(p)), run: (p) => nextTag(p).click() },
  {
    name: "event kind in the legend",
    applies: (p) => visible(p.getByRole("list", { name: "Event kinds" })),
    run: (p) => p.getByRole("list", { name: "Event kinds" }).getByRole("link", { name: "Meeting" }).click(),
  },
  {
    name: "organisation in its cloud",
    applies: (p) => visible(nextOrg(p)),
    run: (p) => nextOrg(p).click(),
  },
  // The filters are not on the Following screen (the device's list): their actions apply where they are shown.
  { name: "section", applies: (p) => visible(section(p)), run: (p) => section(p).click() },
  {
    name: "match mode",
    applies: async (p) =>
      (await visible(p.getByRole("radio", { name: "any match" }))) && !(await p.getByRole("radio", { name: "any match" }).isChecked()),
    run: (p) => p.getByRole("radio", { name: "any match" }).check(),
  },
  {
    name: "date range",
    applies: async (p) =>
      (await visible(p.getByLabel("From", { exact: true }))) && (await p.getByLabel("From", { exact: true }).inputValue()) === "",
    run: (p) => p.getByLabel("From", { exact: true }).fill("2021-07-01"),
  },
  {
    name: "search",
    applies: (p) => visible(p.getByRole("searchbox", { name: "Search" })),
    run: (p) => p.getByRole("searchbox", { name: "Search" }).pressSequentially("data", { delay: 20 }),
  },
  {
    name: "sort",
    applies: async (p) => (await visible(p.getByLabel("Sort"))) && (await p.getByLabel("Sort").inputValue()) !== "oldest",
    run: async (p) => void (await p.getByLabel("Sort").selectOption("oldest")),
  },
  {
    name: "next month",
    applies: inView("Calendar"),
    run: (p) => p.getByRole("link", { name: "Next month ›" }).click(),
  },
  {
    name: "previous month",
    applies: inView("Calendar"),
    run: (p) => p.getByRole("link", { name: "‹ Previous month" }).click(),
  },
  { name: "upcoming only", applies: inView("Agenda"), run: (p) => p.getByRole("checkbox", { name: "Upcoming only" }).click() },
  {
    name: "closing within 7 days",
    applies: inView("Agenda"),
    run: (p) => p.getByRole("navigation", { name: "Closing soon" }).getByRole("link", { name: "7 days" }).click(),
  },
  {
    name: "open an article",
    applies: async (p) => !(await inArticle(p)) && (await visible(articleLink(p))),
    run: (p) => articleLink(p).first().click(),
  },
  { name: "close the article", applies: inArticle, run: (p) => p.getByRole("link", { name: "← Back to the list" }).click() },
  {
    name: "remove a notice",
    applies: (p) => visible(p.getByRole("link", { name: "Remove from link" })),
    run: (p) => p.getByRole("link", { name: "Remove from link" }).first().click(),
  },
  {
    name: "remove a filter chip",
    applies: (p) => visible(p.getByRole("link", { name: /^Remove filter / })),
    run: (p) => p.getByRole("link", { name: /^Remove filter / }).first().click(),
  },
  { name: "switch to the agenda", applies: notCurrent("Agenda"), run: (p) => tab(p, "Agenda").click() },
  { name: "switch to the calendar", applies: notCurrent("Calendar"), run: (p) => tab(p, "Calendar").click() },
  { name: "switch to the articles", applies: notCurrent("Articles"), run: (p) => tab(p, "Articles").click() },
  { name: "switch to the documents", applies: notCurrent("Documents"), run: (p) => tab(p, "Documents").click() },
  {
    name: "open a document's screen",
    applies: (p) => visible(p.getByRole("region", { name: "Documents", exact: true }).getByRole("heading").nth(1)),
    run: (p) => p.getByRole("region", { name: "Documents", exact: true }).getByRole("heading").nth(1).getByRole("link").click(),
  },
  {
    name: "open what I follow, from the header",
    applies: async (p) => !p.url().includes("view=following"),
    run: (p) => p.getByRole("banner").getByRole("link", { name: /^Following/ }).click(),
  },
  {
    name: "a document type",
    applies: (p) => visible(lawType(p)),
    run: (p) => lawType(p).click(),
  },
];

function lawType(page: Page) {
  return page.getByRole("region", { name: "Kinds of document" }).locator("a:not([aria-disabled])", { hasText: /^Law/ });
}

/** A link that opens an article: a card's title, a calendar event or period, or an agenda item's article. */
function articleLink(page: Page) {
  return page.locator(".card__link, .calendar__event, .calendar__bar-link, .agenda__meta a, .article__related a");
}

const starts = [
  "./",
  "./?tag=ICV",
  "./?view=calendar",
  "./?view=calendar&month=2021-09",
  "./?view=calendar&month=2021-07&tag=ICV",
  "./?view=agenda",
  "./?view=agenda&kind=publication",
  "./?article=data-security-law",
  "./?org=MIIT&view=agenda",
  "./?tag=Nope&view=calendar&month=2021-09&section=Cybersecurity",
  "./?view=documents",
  "./?doc=data-security-law",
  "./?view=following",
];

for (const start of starts) {
  test(`from ${start}, every action shows what a fresh load of its URL shows`, async ({ page, browser }) => {
    test.setTimeout(120_000);
    for (const action of actions) {
      await page.goto(start);
      await screen(page);
      if (!(await action.applies(page))) continue;
      await test.step(action.name, async () => {
        const before = page.url();
        await action.run(page);
        await expect(page).not.toHaveURL(before);
        await expectSameAsFreshLoad(page, browser, action.name);
      });
    }
  });
}

test("Back and Forward show what a fresh load of their URLs shows", async ({ page, browser }) => {
  test.setTimeout(60_000);
  await page.goto("./?view=calendar&month=2021-07");
  await screen(page);
  const steps = ["event kind in the legend", "tag in the cloud", "open an article", "close the article", "next month"];
  for (const name of steps) {
    const action = actions.find((a) => a.name === name);
    if (!action) throw new Error(name);
    await action.run(page);
    await expectSameAsFreshLoad(page, browser, name);
  }
  for (let i = 0; i < steps.length; i++) {
    await page.goBack();
    await expectSameAsFreshLoad(page, browser, `Back ${i + 1}`);
  }
  for (let i = 0; i < 3; i++) {
    await page.goForward();
    await expectSameAsFreshLoad(page, browser, `Forward ${i + 1}`);
  }
});

test("a long walk of clicks never leaves the screen behind its URL", async ({ page, browser }) => {
  test.setTimeout(120_000);
  // A fixed pseudo-random walk (same every run), so a failure can be replayed.
  let seed = 20211;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  await page.goto("./?view=calendar&month=2021-07");
  await screen(page);
  const walked: string[] = [];
  for (let step = 0; step < 24; step++) {
    const usable: Action[] = [];
    for (const action of actions) if (await action.applies(page)) usable.push(action);
    const action = usable[Math.floor(next() * usable.length)];
    walked.push(action.name);
    await test.step(`${step}: ${action.name}`, async () => {
      const before = page.url();
      await action.run(page);
      await expect(page, walked.join(" → ")).not.toHaveURL(before);
      await expectSameAsFreshLoad(page, browser, walked.join(" → "));
    });
  }
});
