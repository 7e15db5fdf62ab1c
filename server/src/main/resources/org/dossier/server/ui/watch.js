// The feed watcher's state (/api/watch) as a table: one row per feed or folder, failing ones marked.
"use strict";

const REFRESH_MS = 30000;

function time(iso) {
  if (!iso) return Dossier.el("span", { class: "muted" }, "—");
  return Dossier.el("time", { datetime: iso }, iso.replace("T", " ").replace(/\.\d+Z$|Z$/, " UTC"));
}

function sourceRow(s) {
  const el = Dossier.el;
  const failing = s.failures > 0;
  return el("tr", { class: "watch-source" + (failing ? " conflict-row" : "") },
    el("td", {}, s.source),
    el("td", {}, time(s.last_poll)),
    el("td", {}, time(s.last_success)),
    el("td", {}, String(s.new_items)),
    el("td", {}, String(s.total_items)),
    el("td", {}, String(s.pending)),
    el("td", {}, String(s.failures)),
    el("td", {}, time(s.next_poll)),
    el("td", { class: failing ? "error" : "muted" }, s.last_error || "—"));
}

function show(state) {
  const summary = document.getElementById("summary");
  const table = document.getElementById("sources");
  if (!state.watching) {
    summary.textContent = "This server watches no feeds. Start it with 'dossier serve --store DIR --watch FEEDS' "
      + "to keep the store current from the feeds and folders listed in FEEDS.";
    table.hidden = true;
    return;
  }
  const minutes = Math.round(state.interval_seconds / 60);
  summary.textContent = "Watching " + state.sources.length + " source(s) since "
    + state.started.replace("T", " ").replace(/\.\d+Z$|Z$/, " UTC") + ", polling every "
    + (minutes >= 1 ? minutes + " min" : state.interval_seconds + " s") + "; " + state.polls + " poll(s)"
    + (state.last_poll ? ", the last at " + state.last_poll.replace("T", " ").replace(/\.\d+Z$|Z$/, " UTC") : "")
    + ".";
  const body = Dossier.clear(table.querySelector("tbody"));
  for (const s of state.sources) body.appendChild(sourceRow(s));
  table.hidden = state.sources.length === 0;
}

async function refresh() {
  try {
    show(await Dossier.get("/api/watch"));
    Dossier.status("");
    document.getElementById("status").classList.remove("error");
  } catch (e) {
    Dossier.status("Could not read the watcher's state: " + e.message);
    document.getElementById("status").classList.add("error");
  }
  document.body.setAttribute("data-loaded", "true");
}

refresh();
setInterval(refresh, REFRESH_MS);
