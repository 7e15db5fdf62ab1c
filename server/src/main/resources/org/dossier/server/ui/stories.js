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

// Stories a page: 100, or the limit the address names (/?limit=20), so that a view can be shared as it is.
const PAGE = Math.min(1000, Math.max(1, parseInt(Dossier.param("limit"), 10) || 100));
/** What the list shows: the query (empty for all stories), how many stories are shown, how many there are. */
const listing = { q: "", shown: 0, total: 0 };

function storiesPath(q, offset) {
  return "/api/stories?limit=" + PAGE + "&offset=" + offset + (q ? "&q=" + encodeURIComponent(q) : "");
}

/** Appends a page of stories and shows the button only while the API's total says there are more. */
function showPage(body) {
  const list = document.getElementById("stories");
  body.stories.forEach(s => list.append(storyItem(s)));
  listing.shown += body.stories.length;
  listing.total = body.total;
  const more = document.getElementById("more");
  more.hidden = body.stories.length === 0 || listing.shown >= listing.total;
  more.textContent = "More stories (" + (listing.total - listing.shown) + " more)";
}

async function more() {
  const button = document.getElementById("more");
  button.disabled = true;
  try {
    showPage(await Dossier.get(storiesPath(listing.q, listing.shown)));
  } catch (e) {
    Dossier.status("Could not load more stories: " + e.message);
  }
  button.disabled = false;
}

function hitItem(h) {
  const label = h.title || "untitled article";
  return Dossier.el("li", { class: "hit" },
    Dossier.el("span", { class: "tag" }, h.kind), " ",
    Dossier.articleLink({ article: h.article, start: h.start, end: h.end, text: h.excerpt },
      Dossier.marked(h.excerpt, h.marks)),
    Dossier.el("span", { class: "muted" }, " — " + label));
}

async function load(q) {
  Dossier.clear(document.getElementById("stories"));
  document.getElementById("more").hidden = true;
  const hitList = Dossier.clear(document.getElementById("hits"));
  document.getElementById("hits-section").hidden = true;
  document.body.removeAttribute("data-loaded");
  Dossier.status("Loading…");
  Object.assign(listing, { q: q, shown: 0, total: 0 });
  try {
    const body = await Dossier.get(storiesPath(q, 0));
    showPage(body);
    Dossier.status(body.stories.length ? (q ? body.total + " stories match." : "")
      : (q ? "No story matches." : "The store holds no stories yet."));
    if (q) {
      const hits = await Dossier.get("/api/search?limit=20&q=" + encodeURIComponent(q));
      const items = hits.hits.filter(h => h.kind !== "article");
      items.forEach(h => hitList.append(hitItem(h)));
      document.getElementById("hits-section").hidden = items.length === 0;
    }
  } catch (e) {
    Dossier.status((q ? "Could not search: " : "Could not load the stories: ") + e.message);
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
