// The corrections history: every correction newest first, what it changed and when, with undo; and a form to
// merge two actors' names. Needs ui.js and corrections.js.
"use strict";

const CORRECTION_LABELS = {
  reject: "marked wrong", set_actor: "actor set", set_target: "target set", set_speaker: "speaker set",
  set_code: "CAMEO code set", merge_actor: "names merged",
};
const HISTORY_PAGE = 50;

function when(iso) {
  return iso ? iso.replace("T", " ").replace(/\.\d+Z$|Z$/, " UTC") : "";
}

function itemCell(c) {
  if (!c.article) return Dossier.el("span", { class: "muted" }, "every item with the name");
  const words = Dossier.articleLink({ article: c.article, start: c.start, end: c.end, text: c.item_text },
    c.item_text || "words");
  return Dossier.el("span", {}, Dossier.el("span", { class: "tag" }, c.item_kind), " ",
    Dossier.el("span", { class: "event-words" }, "“", words, "”"),
    c.story ? Dossier.el("div", { class: "muted" },
      Dossier.el("a", { href: "/story.html?id=" + encodeURIComponent(c.story) }, "its story")) : null);
}

function stateCell(c) {
  if (!c.active) return Dossier.el("span", { class: "muted correction-state" }, "undone " + when(c.undone_at));
  const undo = Dossier.el("button", { type: "button", class: "correction-undo" }, "Undo");
  const status = Dossier.el("span", { class: "muted", role: "status" });
  undo.addEventListener("click", async () => {
    undo.disabled = true;
    try {
      await DossierCorrections.post("/api/corrections/" + c.id + "/undo");
      window.location.reload();
    } catch (e) {
      status.textContent = "Not undone: " + e.message;
      undo.disabled = false;
    }
  });
  return Dossier.el("span", {}, Dossier.el("span", { class: "correction-state" }, "applies"), " ", undo, status);
}

function historyRow(c) {
  const td = (...children) => Dossier.el("td", {}, ...children);
  const after = c.kind === "reject" ? "left out" : [c.value, c.code ? "(" + c.code + ")" : null].filter(Boolean).join(" ");
  return Dossier.el("tr", { class: "correction-row" + (c.active ? "" : " undone"), "data-kind": c.kind,
    "data-id": String(c.id) },
  td(Dossier.el("time", { datetime: c.created_at }, when(c.created_at))),
  td(CORRECTION_LABELS[c.kind] || c.kind), td(itemCell(c)), td(c.before || Dossier.el("span", { class: "muted" }, "—")),
  td(after), td(c.note || ""), td(stateCell(c)));
}

async function showHistory() {
  const offset = Math.max(0, parseInt(Dossier.param("offset") || "0", 10) || 0);
  const body = await Dossier.get("/api/corrections?limit=" + HISTORY_PAGE + "&offset=" + offset);
  const rows = Dossier.clear(document.getElementById("corrections"));
  body.corrections.forEach(c => rows.append(historyRow(c)));
  document.getElementById("corrections-table").hidden = body.corrections.length === 0;
  const pager = document.getElementById("pager");
  pager.hidden = body.total <= HISTORY_PAGE;
  document.getElementById("range").textContent = (offset + 1) + "–" + (offset + body.corrections.length) + " of "
    + body.total;
  const prev = document.getElementById("prev");
  prev.hidden = offset === 0;
  prev.setAttribute("href", "/corrections.html?offset=" + Math.max(0, offset - HISTORY_PAGE));
  const next = document.getElementById("next");
  next.hidden = offset + body.corrections.length >= body.total;
  next.setAttribute("href", "/corrections.html?offset=" + (offset + HISTORY_PAGE));
  Dossier.status(body.total === 0 ? "No corrections yet: use “Correct” on an event of the events view or on a "
    + "story's quotes, figures and timeline." : body.active + " of " + body.total + " correction(s) apply.");
}

async function main() {
  const form = document.getElementById("merge-form");
  form.addEventListener("submit", async event => {
    event.preventDefault();
    const f = form.elements;
    try {
      await DossierCorrections.post("/api/corrections", { kind: "merge_actor", from: f.from.value,
        value: f.value.value, code: f.code.value || null, note: f.note.value || null });
      window.location.reload();
    } catch (e) {
      Dossier.status("Not merged: " + e.message);
      document.getElementById("status").classList.add("error");
    }
  });
  try {
    await showHistory();
  } catch (e) {
    Dossier.status("Could not list the corrections: " + e.message);
    document.getElementById("status").classList.add("error");
  }
  document.body.setAttribute("data-loaded", "true");
}

main();
