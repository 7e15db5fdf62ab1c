// The events view: a page of /api/events as a table, with the filter and the page in the page's address (the
// parameters of /api/events), so that a view can be shared and reloaded. Needs ui.js.
"use strict";

/** The filters the form offers; the address may hold any other /api/events parameter (location, admin1, near). */
const PAGE_SIZES = ["25", "50", "100", "250"];
const DEFAULT_LIMIT = "50";
const DEFAULT_SORT = "date";
/** The sorts that start highest first when a column's title is clicked: the likeliest events first. */
const DESCENDING_FIRST = ["confidence"];

/** The address's parameters without blank ones, as the API is sent them. */
function queryOfAddress() {
  const query = new URLSearchParams(window.location.search);
  for (const [name, value] of [...query.entries()]) {
    if (!value.trim()) query.delete(name);
  }
  return query;
}

/** This page's address with the query's offset set to another page. */
function pageHref(query, offset) {
  const next = new URLSearchParams(query);
  if (offset > 0) next.set("offset", String(offset));
  else next.delete("offset");
  return "/events.html?" + next.toString();
}

function fillForm(form, query) {
  for (const [name, value] of query.entries()) {
    const field = form.elements[name];
    if (field && field.type === "checkbox") field.checked = value === "true";
    else if (field && name !== "limit") field.value = value;
  }
  if (!query.has("sort")) form.elements.sort.value = DEFAULT_SORT;
  const limit = query.get("limit") || DEFAULT_LIMIT;
  if (!PAGE_SIZES.includes(limit)) {
    form.elements.limit.append(Dossier.el("option", { value: limit }, limit));
  }
  form.elements.limit.value = limit;
}

/** The map page with the same filter (the map has no paging: it shows up to 1,000 events). */
function mapHref(query) {
  const filter = new URLSearchParams(query);
  filter.delete("limit");
  filter.delete("offset");
  return "/map.html" + (filter.toString() ? "?" + filter.toString() : "");
}

/**
 * The exports of the filter, in its order: every matching event, not this page (the API's .csv, .jsonl and
 * .geojson?all=true take the filter's parameters and leave limit and offset aside).
 */
function exportHref(query, file) {
  const filter = new URLSearchParams(query);
  filter.delete("limit");
  filter.delete("offset");
  if (file === "geojson") filter.set("all", "true");
  const rest = filter.toString();
  return "/api/events." + file + (rest ? "?" + rest : "");
}

/** The column titles that sort: a link to the first page in the column's order, the other way when it is the order. */
function sortableHeaders(query) {
  const current = query.get("sort") || DEFAULT_SORT;
  for (const th of document.querySelectorAll("#events-table th[data-sort]")) {
    const key = th.getAttribute("data-sort");
    const descendingFirst = DESCENDING_FIRST.includes(key);
    let next = descendingFirst ? "-" + key : key;
    if (current === key) next = "-" + key;
    else if (current === "-" + key) next = key;
    th.setAttribute("aria-sort", current === key ? "ascending" : current === "-" + key ? "descending" : "none");
    const target = new URLSearchParams(query);
    target.set("sort", next);
    const title = th.textContent;
    Dossier.clear(th).append(Dossier.el("a", { href: pageHref(target, 0),
      title: "Sort by " + title.toLowerCase() + (next.startsWith("-") ? ", descending" : ", ascending") }, title));
  }
}

function cell(...children) {
  return Dossier.el("td", {}, ...children);
}

function row(e) {
  const el = Dossier.el;
  const place = e.place
    ? [e.place.name, e.place.country].filter(Boolean).join(", ")
    : e.location;
  const confidence = e.confidence === null || e.confidence === undefined ? "—" : e.confidence.toFixed(2);
  const words = Dossier.articleLink({ article: e.article, start: e.start, end: e.end, text: e.text }, e.text || "words");
  // A rejected event (listed when asked for) says so; undoing it is on the corrections page.
  return el("tr", { class: "event-row" + (e.quad_class >= 3 ? " conflict-row" : "") + (e.rejected ? " rejected-row" : "") },
    cell(e.date ? el("time", { datetime: e.date }, e.date) : el("span", { class: "muted" }, "undated"),
      e.rejected ? el("a", { class: "tag rejected", href: "/corrections.html", title: "Marked wrong: undo it on the corrections page" }, "rejected") : null),
    cell(Dossier.party(e.actor, e.actor_code)),
    cell(el("span", { class: "tag cameo" }, e.cameo), e.action ? " " + e.action.toLowerCase() : null),
    cell(Dossier.party(e.target, e.target_code)),
    cell(place || el("span", { class: "muted" }, "—")),
    cell(el("span", { class: "confidence" }, confidence)),
    cell(el("span", { class: "event-words" }, "“", words, "”"), el("div", { class: "muted" }, Dossier.sourceLabel(e))),
    cell(DossierCorrections.control("event", [e], e)));
}

function showPage(body, query) {
  const table = document.getElementById("events-table");
  const tbody = Dossier.clear(document.getElementById("events"));
  const pager = document.getElementById("pager");
  const total = body.total;
  const from = body.offset + 1;
  const to = body.offset + body.events.length;
  body.events.forEach(e => tbody.append(row(e)));
  table.hidden = body.events.length === 0;
  pager.hidden = body.events.length === 0;
  document.getElementById("range").textContent = from + "–" + to + " of " + total;
  const prev = document.getElementById("prev");
  const next = document.getElementById("next");
  prev.hidden = body.offset === 0;
  prev.setAttribute("href", pageHref(query, Math.max(0, body.offset - body.limit)));
  next.hidden = to >= total;
  next.setAttribute("href", pageHref(query, body.offset + body.limit));
  if (body.events.length === 0) {
    Dossier.status(total > 0 ? "This page is past the last of the " + total + " matching event(s)."
      : "No event matches this filter.");
  } else {
    Dossier.status("");
  }
  table.setAttribute("data-total", String(total));
}

async function main() {
  const query = queryOfAddress();
  const form = document.getElementById("events-filter");
  fillForm(form, query);
  document.getElementById("map-link").setAttribute("href", mapHref(query));
  for (const file of ["csv", "jsonl", "geojson"]) {
    document.getElementById("download-" + file).setAttribute("href", exportHref(query, file));
  }
  sortableHeaders(query);
  const asked = new URLSearchParams(query);
  if (!asked.has("limit")) asked.set("limit", DEFAULT_LIMIT);
  Dossier.status("Loading events…");
  try {
    showPage(await Dossier.get("/api/events?" + asked.toString()), query);
  } catch (e) {
    document.getElementById("events-table").hidden = true;
    document.getElementById("pager").hidden = true;
    Dossier.status("Could not list the events: " + e.message);
    document.getElementById("status").classList.add("error");
  }
  document.body.setAttribute("data-loaded", "true");
}

main();
