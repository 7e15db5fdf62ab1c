"use strict";

async function showStats() {
  try {
    const s = await Dossier.get("/api/stats");
    document.getElementById("stats").textContent =
      s.analyzed + " articles · " + s.stories + " stories · " + s.events + " events · " + s.quotes + " quotes";
  } catch (e) {
    document.getElementById("stats").textContent = "";
  }
}

function storyItem(story) {
  const days = story.first_day
    ? (story.first_day === story.last_day ? story.first_day : story.first_day + " – " + story.last_day)
    : "undated";
  return Dossier.el("li", { class: "story" },
    Dossier.el("a", { href: "/story.html?id=" + encodeURIComponent(story.id), class: "story-title" },
      story.title || story.id),
    Dossier.el("div", { class: "muted" }, days + " · " + story.articles + " article(s) · " + story.events
      + " event(s)" + (story.conflicts ? " · " + story.conflicts + " figure conflict(s)" : "")));
}

const PAGE = 100;
let shown = 0;

async function more() {
  const button = document.getElementById("more");
  button.disabled = true;
  try {
    const body = await Dossier.get("/api/stories?limit=" + PAGE + "&offset=" + shown);
    body.stories.forEach(s => document.getElementById("stories").append(storyItem(s)));
    shown += body.stories.length;
    button.hidden = body.stories.length < PAGE;
  } catch (e) {
    Dossier.status("Could not load more stories: " + e.message);
  }
  button.disabled = false;
}

async function load(q) {
  const list = Dossier.clear(document.getElementById("stories"));
  document.getElementById("more").hidden = true;
  const hitList = Dossier.clear(document.getElementById("hits"));
  document.getElementById("hits-section").hidden = true;
  document.body.removeAttribute("data-loaded");
  Dossier.status("Loading…");
  try {
    const path = q ? "/api/stories?limit=" + PAGE + "&q=" + encodeURIComponent(q) : "/api/stories?limit=" + PAGE;
    const body = await Dossier.get(path);
    body.stories.forEach(s => list.append(storyItem(s)));
    shown = body.stories.length;
    document.getElementById("more").hidden = Boolean(q) || body.stories.length < PAGE;
    Dossier.status(body.stories.length ? "" : (q ? "No story matches." : "The store holds no stories yet."));
    if (q) {
      const hits = await Dossier.get("/api/search?limit=20&q=" + encodeURIComponent(q));
      const items = hits.hits.filter(h => h.kind !== "article");
      items.forEach(h => hitList.append(Dossier.el("li", { class: "hit" },
        Dossier.el("span", { class: "tag" }, h.kind), " ",
        Dossier.articleLink({ article: h.article, start: h.start, end: h.end, text: h.excerpt }, h.excerpt),
        Dossier.el("span", { class: "muted" }, " — " + (h.title || h.article)))));
      document.getElementById("hits-section").hidden = items.length === 0;
    }
  } catch (e) {
    Dossier.status("Could not load the stories: " + e.message);
  }
  document.body.setAttribute("data-loaded", "true");
}

document.getElementById("more").addEventListener("click", more);
document.getElementById("search-form").addEventListener("submit", event => {
  event.preventDefault();
  const q = document.getElementById("q").value.trim();
  history.replaceState(null, "", q ? "/?q=" + encodeURIComponent(q) : "/");
  load(q);
});

const initial = Dossier.param("q") || "";
document.getElementById("q").value = initial;
showStats();
load(initial);
