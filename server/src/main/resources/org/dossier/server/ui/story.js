"use strict";

const el = Dossier.el;

function dayNumber(iso) {
  const t = Date.parse(iso + "T00:00:00Z");
  return isNaN(t) ? null : t / 86400000;
}

/** The label of each article of the story shown (outlet, else title, else file name), by id. */
let articleLabels = new Map();

/** The story's id, and its page's lists as far as they are shown (the API gives the first items of each). */
let storyId = null;
let timelineEntries = [];

function labelOf(source) {
  return source.outlet || articleLabels.get(source.article) || "source";
}

function cite(source) {
  return Dossier.articleLink(source, labelOf(source));
}

function sourcesLinks(sources) {
  const span = el("span", { class: "sources" });
  (sources || []).forEach((s, i) => {
    if (i > 0) span.append(" ");
    span.append(Dossier.articleLink(s, "[" + labelOf(s) + "]"));
  });
  return span;
}

/**
 * A "Show more" button after a list of the story, while the list has more items than shown: each click reads the
 * next items from /api/stories/{id}/{part} and gives them to add(items).
 */
function moreButton(after, part, shownCount, total, add) {
  let shown = shownCount;
  const button = el("button", { type: "button", class: "more", id: "more-" + part });
  const label = () => {
    button.textContent = "Show more (" + (total - shown) + " more)";
    button.hidden = shown >= total;
  };
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const body = await Dossier.get("/api/stories/" + encodeURIComponent(storyId) + "/" + part + "?offset="
        + shown + "&limit=100");
      shown += body[part].length;
      add(body[part]);
      if (!body[part].length) shown = total;
    } catch (e) {
      Dossier.status("Could not load more: " + e.message);
    } finally {
      button.disabled = false;
      label();
    }
  });
  label();
  after.after(button);
}

function renderSummary(story) {
  const list = document.getElementById("summary");
  story.summary.forEach(sentence => list.append(el("li", {}, sentence.text, " ", sourcesLinks(sentence.sources))));
}

/**
 * The sources a correction of a timeline line's event applies to: all of them. The page lists a line's first
 * sources only (source_count says how many it has): then they are read, the line's own, when it is saved.
 */
function eventSources(entry, index) {
  if (!entry.source_count || entry.source_count <= (entry.sources || []).length) return entry.sources;
  return async () => {
    const body = await Dossier.get("/api/stories/" + encodeURIComponent(storyId) + "/timeline?offset=" + index
      + "&limit=1");
    return body.timeline[0].sources;
  };
}

/** The timeline of the lines shown so far (the page's first, then each "Show more"), drawn again whole. */
function renderTimeline() {
  const list = document.getElementById("timeline");
  const axis = document.getElementById("timeline-axis");
  list.replaceChildren();
  axis.replaceChildren();
  axis.hidden = false;
  const byDate = new Map();
  timelineEntries.forEach((entry, index) => {
    entry.index = index;
    const key = entry.date || "undated";
    if (!byDate.has(key)) byDate.set(key, []);
    byDate.get(key).push(entry);
  });
  const days = [...byDate.keys()].filter(d => dayNumber(d) !== null).map(dayNumber);
  const first = Math.min(...days);
  const last = Math.max(...days);
  const ticks = [];
  for (const [date, entries] of byDate) {
    const group = el("li", { class: "timeline-day", id: "day-" + date },
      el("div", { class: "timeline-date" }, date));
    const items = el("ol", { class: "timeline-items" });
    entries.forEach(entry => {
      const source = (entry.sources || [])[0];
      const text = source ? Dossier.articleLink(source, entry.text) : entry.text;
      const count = entry.source_count || (entry.sources || []).length;
      items.append(el("li", { class: "timeline-entry " + entry.kind },
        el("span", { class: "tag" }, entry.kind === "event" ? "event" : "report"), " ", text,
        count > 1 ? el("span", { class: "muted" }, " (" + count + " sources)") : null,
        entry.kind === "event" && entry.event
          ? DossierCorrections.control("event", eventSources(entry, entry.index), entry.event) : null));
    });
    group.append(items);
    list.append(group);
    const n = dayNumber(date);
    if (n !== null) {
      ticks.push({ date: date, n: n, count: entries.length });
    }
  }
  renderAxis(axis, ticks, first, last);
}

/** One marker per dated day, placed by date between the first and the last, sized by how much happened. */
function renderAxis(axis, ticks, first, last) {
  if (!ticks.length) {
    axis.hidden = true;
    return;
  }
  const most = Math.max(...ticks.map(t => t.count));
  let lastLabelled = -100;
  ticks.sort((a, b) => a.n - b.n).forEach(t => {
    const left = last > first ? ((t.n - first) / (last - first)) * 100 : 50;
    const size = 1.4 + 1.2 * (t.count / most);
    const marker = el("button", { class: "marker", type: "button", title: t.date + ": " + t.count + " item(s)" },
      String(t.count));
    // Set through the CSSOM: the content security policy refuses style attributes.
    marker.style.width = size.toFixed(2) + "em";
    marker.style.height = size.toFixed(2) + "em";
    marker.addEventListener("click", () => {
      const target = document.getElementById("day-" + t.date);
      target.scrollIntoView({ behavior: "smooth", block: "start" });
      target.classList.add("flash");
      setTimeout(() => target.classList.remove("flash"), 1200);
    });
    const tick = el("div", { class: "tick" }, marker);
    tick.style.left = left.toFixed(2) + "%";
    if (left - lastLabelled >= 9 || ticks.length === 1) {
      tick.append(el("span", { class: "tick-label" }, t.date));
      lastLabelled = left;
    }
    axis.append(tick);
  });
}

function addQuotes(quotes) {
  const list = document.getElementById("quotes");
  quotes.forEach(q => list.append(el("li", { class: "quote" },
    el("div", { class: "speaker" }, Dossier.speakerLabel(q)),
    el("blockquote", {}, q.direct ? "“" + q.text + "”" : q.text),
    el("div", { class: "muted" }, (q.date || "undated") + " · ", cite(q.source)),
    DossierCorrections.control("quote", [q.source], q))));
}

function renderQuotes(story) {
  const list = document.getElementById("quotes");
  addQuotes(story.quotes);
  if (!story.quotes.length) list.append(el("li", { class: "muted" }, "No quotes."));
  moreButton(list, "quotes", story.quotes.length, story.counts.quotes, addQuotes);
}

function figureKey(source) {
  return source.article + ":" + source.start;
}

/** The figures in a conflict, by source: their rows are marked. */
const conflicted = new Set();

function addConflicts(conflicts) {
  const box = document.getElementById("conflicts");
  conflicts.forEach(conflict => {
    const values = el("ul", {});
    conflict.values.forEach(v => {
      conflicted.add(figureKey(v.source));
      values.append(el("li", {}, el("strong", {}, (v.qualifier ? v.qualifier + " " : "") + v.value), " "
        + (v.unit || "") + " — " + (v.reported_by || "unattributed") + ", ", cite(v.source)));
    });
    box.append(el("div", { class: "conflict-box" },
      el("div", { class: "conflict-title" }, "Conflicting figures: " + (conflict.what || conflict.unit || "")
        + (conflict.place ? " in " + conflict.place : "") + (conflict.date ? " on " + conflict.date : "")), values));
  });
}

function addFigures(figures) {
  const body = document.querySelector("#figures tbody");
  figures.forEach(f => body.append(el("tr", { class: conflicted.has(figureKey(f.source)) ? "conflict" : "" },
    el("td", {}, (f.qualifier ? f.qualifier + " " : "") + (f.value === null ? "some" : f.value)),
    el("td", {}, [f.unit, f.what].filter(Boolean).join(" ")),
    el("td", {}, f.reported_by || ""),
    el("td", {}, f.date || ""),
    el("td", {}, cite(f.source)),
    el("td", {}, DossierCorrections.control("figure", [f.source], f)))));
}

function renderFigures(story) {
  addConflicts(story.conflicts);
  addFigures(story.figures);
  moreButton(document.getElementById("conflicts"), "conflicts", story.conflicts.length, story.counts.conflicts,
    addConflicts);
  moreButton(document.getElementById("figures"), "figures", story.figures.length, story.counts.figures, addFigures);
}

function addActors(actors) {
  const body = document.querySelector("#actors tbody");
  actors.forEach(a => body.append(el("tr", {},
    el("td", {}, el("a", { href: "/actor.html?" + (a.code ? "code=" + encodeURIComponent(a.code)
      : "name=" + encodeURIComponent(a.name)) }, a.name)), el("td", {}, a.code || ""), el("td", {}, a.as_actor), el("td", {}, a.as_target),
    el("td", {}, a.as_speaker))));
}

function renderActors(story) {
  addActors(story.actors);
  moreButton(document.getElementById("actors"), "actors", story.actors.length, story.counts.actors, addActors);
}

function addArticles(articles) {
  const list = document.getElementById("articles");
  articles.forEach(a => articleLabels.set(a.id, Dossier.articleLabel(a)));
  articles.forEach(a => list.append(el("li", {},
    el("a", { href: "/article.html?id=" + encodeURIComponent(a.id) }, a.title || Dossier.articleLabel(a)),
    el("span", { class: "muted" }, " " + [a.outlet, a.published].filter(Boolean).join(", ")
      + (a.duplicate_of ? " (copy of " + a.duplicate_of + ")" : "")))));
}

function renderArticles(story) {
  addArticles(story.articles);
  moreButton(document.getElementById("articles"), "articles", story.articles.length, story.counts.articles,
    addArticles);
}

async function main() {
  const id = Dossier.param("id");
  if (!id) {
    Dossier.status("No story given.");
    return;
  }
  try {
    // The story's page: the first items of each list, with every list's length in counts.
    const story = await Dossier.get("/api/stories/" + encodeURIComponent(id));
    storyId = story.id;
    articleLabels = new Map(story.articles.map(a => [a.id, Dossier.articleLabel(a)]));
    document.title = "Dossier — " + (story.title || story.id);
    document.getElementById("title").textContent = story.title || story.id;
    document.getElementById("meta").textContent = story.counts.articles + " article(s), "
      + story.counts.outlets + " outlet(s), " + story.counts.events + " merged event(s)";
    renderSummary(story);
    timelineEntries = story.timeline.slice();
    renderTimeline();
    moreButton(document.getElementById("timeline"), "timeline", story.timeline.length, story.counts.timeline,
      entries => {
        timelineEntries = timelineEntries.concat(entries);
        renderTimeline();
      });
    renderQuotes(story);
    renderFigures(story);
    renderActors(story);
    renderArticles(story);
    document.getElementById("map-link").setAttribute("href", "/map.html?story=" + encodeURIComponent(story.id));
    document.getElementById("charts-link").setAttribute("href", "/charts.html?story="
      + encodeURIComponent(story.id));
    try {
      await DossierCharts.load(document.getElementById("story-chart"), "events-over-time",
        new URLSearchParams({ story: story.id }), DossierCharts.eventsOverTime);
    } catch (e) {
      // The chart's box says why.
    }
    try {
      await DossierMap.draw(document.getElementById("map"), document.getElementById("map-detail"),
        { story: story.id });
    } catch (e) {
      document.getElementById("map-detail").textContent = "Could not draw the map: " + e.message;
    }
    document.body.setAttribute("data-loaded", "true");
  } catch (e) {
    Dossier.status("Could not load the story: " + e.message);
  }
}

main();
