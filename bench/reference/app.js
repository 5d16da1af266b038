// The peer the app is measured against: the same JSON, JSON.parse, the same tag and text
// filter with its facet counts, the same card markup (first 30 cards, as the app), in plain
// JavaScript.
"use strict";

const PAGE = 30;
let articles = [];
let selected = new Set();
let terms = [];

const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

function matches(a) {
  for (const t of selected) if (!a._tags.includes(t)) return false;
  for (const t of terms) if (!a._text.includes(t)) return false;
  return true;
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

// The view's data, as the app's recompute gives it: the matching articles, newest first, and
// how many of them carry each tag. Timed like the app's (performance.measure "radar:recompute").
function select() {
  performance.mark("radar:recompute:start");
  const hits = articles.filter(matches);
  hits.sort((x, y) => (x.date < y.date ? 1 : x.date > y.date ? -1 : 0));
  const counts = new Map();
  for (const a of hits) for (const t of a._tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  performance.clearMeasures("radar:recompute");
  performance.measure("radar:recompute", "radar:recompute:start");
  return { hits, counts };
}

function render() {
  const { hits } = select();
  document.querySelector(".result-count").textContent = `${hits.length} of ${articles.length} articles`;
  const list = document.getElementById("cards");
  list.replaceChildren(
    ...hits.slice(0, PAGE).map((a) => {
      const li = el("li");
      const card = el("article", "card");
      const h2 = el("h2", "card__title");
      const link = el("a", "card__link", a.title);
      link.href = `?article=${encodeURIComponent(a.id)}`;
      h2.append(link);
      const meta = el("p", "card__meta");
      meta.append(el("span", "card__section", a.section), el("time", "card__date", a.date));
      const tags = el("ul", "card__tags");
      for (const t of a.tags) {
        const tl = el("li");
        tl.append(el("a", "tag", t));
        tags.append(tl);
      }
      card.append(h2, meta, el("p", "card__summary", a.summary), tags);
      li.append(card);
      return li;
    }),
  );
}

function renderTags() {
  const counts = new Map();
  for (const a of articles) for (const t of a.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  const ul = document.getElementById("tags");
  ul.replaceChildren(
    ...[...counts.entries()].sort((x, y) => y[1] - x[1]).map(([t, n]) => {
      const li = el("li");
      const b = el("button", "tag-cloud__tag", `${t} ${n}`);
      b.type = "button";
      b.setAttribute("aria-label", `${t}, ${n} articles`);
      b.addEventListener("click", () => {
        const key = t.toLowerCase();
        if (selected.has(key)) selected.delete(key); else selected.add(key);
        b.setAttribute("aria-pressed", String(selected.has(key)));
        render();
      });
      li.append(b);
      return li;
    }),
  );
}

(async () => {
  const params = new URLSearchParams(location.search);
  for (const t of params.getAll("tag")) selected.add(t.toLowerCase());
  terms = fold(params.get("q") ?? "").split(/\s+/).filter(Boolean);
  const response = await fetch("data/articles.json");
  const text = await response.text();
  performance.mark("radar:data-fetched");
  const data = JSON.parse(text);
  performance.mark("radar:data-parsed");
  articles = data.articles;
  for (const a of articles) {
    a._tags = a.tags.map((t) => t.toLowerCase());
    a._text = fold([a.title, a.summary, a.section, a.tags.join(" "), ...a.body.map((b) => b.text ?? "")].join("\n"));
  }
  renderTags();
  render();
  performance.mark("radar:search-ready");
  document.getElementById("search-input").addEventListener("input", (e) => {
    terms = fold(e.target.value).split(/\s+/).filter(Boolean);
    render();
  });
  requestAnimationFrame(() => performance.mark("radar:cards-painted"));
})();
