// The actor page: with ?code=RUS, ?name=rescuers or ?id=RUS (an id of /api/actors), the actor across the store
// (its names, events as actor and target a page at a time, quotes, figures reported and stories); without, the
// list of the store's actors, most events first, with a search. Needs ui.js.
"use strict";

const PAGE = 50;

/** The actor's id as the API names it: a code, or "name:" and a name. */
function actorId() {
  const id = Dossier.param("id");
  if (id) return id.trim();
  const code = Dossier.param("code");
  if (code && code.trim()) return code.trim();
  const name = Dossier.param("name");
  return name && name.trim() ? "name:" + name.trim() : null;
}

function offsetParam() {
  const n = parseInt(Dossier.param("offset") || "0", 10);
  return isNaN(n) || n < 0 ? 0 : n;
}

function pageHref(offset) {
  const q = new URLSearchParams(window.location.search);
  if (offset > 0) q.set("offset", String(offset));
  else q.delete("offset");
  return "/actor.html?" + q.toString();
}

function pager(prefix, body, total, count) {
  const offset = body.offset;
  const to = offset + count;
  document.getElementById(prefix + "range").textContent = (count ? (offset + 1) + "–" + to : "0") + " of " + total;
  const prev = document.getElementById(prefix + "prev");
  const next = document.getElementById(prefix + "next");
  prev.hidden = offset === 0;
  prev.setAttribute("href", pageHref(Math.max(0, offset - body.limit)));
  next.hidden = to >= total;
  next.setAttribute("href", pageHref(offset + body.limit));
}

function eventRow(item) {
  const el = Dossier.el;
  const e = item.event;
  const words = Dossier.articleLink({ article: e.article, start: e.start, end: e.end, text: e.text }, e.text || "words");
  return el("tr", { class: "event-row" + (e.quad_class >= 3 ? " conflict-row" : ""), "data-role": item.role },
    el("td", {}, e.date ? el("time", { datetime: e.date }, e.date) : el("span", { class: "muted" }, "undated")),
    el("td", {}, item.role),
    el("td", {}, Dossier.party(e.actor, e.actor_code)),
    el("td", {}, el("span", { class: "tag cameo" }, e.cameo), e.action ? " " + e.action.toLowerCase() : null),
    el("td", {}, Dossier.party(e.target, e.target_code)),
    el("td", {}, el("span", { class: "event-words" }, "“", words, "”"),
      el("div", { class: "muted" }, Dossier.sourceLabel(e))));
}

function renderProfile(body) {
  const el = Dossier.el;
  const actor = body.actor;
  document.getElementById("profile").hidden = false;
  document.title = "Dossier — " + actor.name;
  document.getElementById("title").textContent = actor.name;
  document.getElementById("meta").textContent = [actor.code ? "CAMEO code " + actor.code : "no CAMEO code",
    body.as_actor + " event(s) as actor", body.as_target + " as target", body.quotes.total + " quote(s)",
    body.figures.total + " figure(s) reported", body.stories.total + " story(ies)"].join(" · ");
  const filter = actor.code || actor.name;
  const q = new URLSearchParams({ actor: filter }).toString();
  document.getElementById("charts-link").setAttribute("href", "/charts.html?" + q);
  document.getElementById("events-link").setAttribute("href", "/events.html?" + q);
  document.getElementById("filter-text").textContent = "“" + filter + "”"
    + (actor.code ? " (codes starting with it, or names containing it)" : " (names containing it)") + ".";

  const names = document.getElementById("names");
  body.names.forEach(n => names.append(el("li", {}, n.name, el("span", { class: "muted" },
    " — " + n.as_actor + " as actor, " + n.as_target + " as target"))));
  if (!body.names.length) names.append(el("li", { class: "muted" }, "Named in no event: known by its words only."));

  const events = body.events;
  const tbody = document.getElementById("events");
  events.events.forEach(item => tbody.append(eventRow(item)));
  document.getElementById("events-table").hidden = events.events.length === 0;
  document.getElementById("pager").hidden = events.total <= events.limit && events.offset === 0;
  pager("", events, events.total, events.events.length);

  const quotes = document.getElementById("quotes");
  body.quotes.quotes.forEach(qu => quotes.append(el("li", { class: "quote" },
    el("div", { class: "speaker" }, Dossier.speakerLabel(qu)),
    el("blockquote", {}, qu.direct ? "“" + qu.text + "”" : qu.text),
    el("div", { class: "muted" }, (qu.published || "undated") + " · ",
      Dossier.articleLink({ article: qu.article, start: qu.start, end: qu.end, text: qu.text },
        Dossier.sourceLabel(qu))))));
  if (!body.quotes.quotes.length) quotes.append(el("li", { class: "muted" }, "No quotes."));
  if (body.quotes.total > body.quotes.quotes.length) {
    quotes.append(el("li", { class: "muted" }, "The first " + body.quotes.quotes.length + " of "
      + body.quotes.total + "."));
  }

  const figures = document.querySelector("#figures tbody");
  body.figures.figures.forEach(f => figures.append(el("tr", {},
    el("td", {}, (f.qualifier ? f.qualifier + " " : "") + (f.value === null ? "some" : f.value)),
    el("td", {}, [f.unit, f.what].filter(Boolean).join(" ")),
    el("td", {}, f.date || ""),
    el("td", {}, Dossier.articleLink({ article: f.article, start: f.start, end: f.end, text: f.text },
      Dossier.sourceLabel(f))))));
  if (!body.figures.figures.length) {
    figures.append(el("tr", {}, el("td", { colspan: "4", class: "muted" }, "No figures reported.")));
  }

  const stories = document.getElementById("stories");
  body.stories.stories.forEach(s => stories.append(el("li", {},
    el("a", { href: "/story.html?id=" + encodeURIComponent(s.id) }, s.title || s.id),
    el("span", { class: "muted" }, " — " + s.items + " of its events and quotes"))));
  if (!body.stories.stories.length) stories.append(el("li", { class: "muted" }, "No story."));
}

function renderList(body) {
  const el = Dossier.el;
  document.getElementById("list-section").hidden = false;
  const tbody = document.querySelector("#actor-list tbody");
  body.actors.forEach(a => tbody.append(el("tr", {},
    el("td", {}, el("a", { href: "/actor.html?id=" + encodeURIComponent(a.actor.id), class: "actor-link" },
      a.actor.name)),
    el("td", {}, a.actor.code || el("span", { class: "muted" }, "—")),
    el("td", {}, a.as_actor), el("td", {}, a.as_target))));
  document.getElementById("actor-list").hidden = body.actors.length === 0;
  pager("list-", body, body.total, body.actors.length);
  if (!body.actors.length) Dossier.status(body.total ? "This page is past the last actor." : "No actor matches.");
}

async function main() {
  const id = actorId();
  const q = Dossier.param("q");
  if (q) document.querySelector("#actor-search input[name=q]").value = q;
  try {
    if (id) {
      Dossier.status("Loading the actor…");
      const body = await Dossier.get("/api/actors/" + encodeURIComponent(id) + "?limit=" + PAGE + "&offset="
        + offsetParam());
      Dossier.status("");
      renderProfile(body);
    } else {
      const params = new URLSearchParams({ limit: String(PAGE), offset: String(offsetParam()) });
      if (q && q.trim()) params.set("q", q.trim());
      const body = await Dossier.get("/api/actors?" + params.toString());
      Dossier.status("");
      renderList(body);
    }
  } catch (e) {
    Dossier.status("Could not load " + (id ? "the actor" : "the actors") + ": " + e.message);
    document.getElementById("status").classList.add("error");
  }
  document.body.setAttribute("data-loaded", "true");
}

main();
