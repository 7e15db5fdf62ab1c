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

async function load(q) {
  const list = Dossier.clear(document.getElementById("stories"));
  const hitList = Dossier.clear(document.getElementById("hits"));
  document.getElementById("hits-section").hidden = true;
  document.body.removeAttribute("data-loaded");
  Dossier.status("Loading…");
  try {
    const path = q ? "/api/stories?limit=100&q=" + encodeURIComponent(q) : "/api/stories?limit=100";
    const body = await Dossier.get(path);
    body.stories.forEach(s => list.append(storyItem(s)));
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
