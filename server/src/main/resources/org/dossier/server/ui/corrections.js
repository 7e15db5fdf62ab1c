// Analysts' corrections: the small "Correct" control of an event, a quote or a figure (mark it wrong, set its
// actor, target, code or speaker), posted to /api/corrections. Used by the events view and the story page; the
// history with undo is corrections.html. Needs ui.js. Everything is built with Dossier.el (no innerHTML).
"use strict";

const DossierCorrections = {
  TOKEN_KEY: "dossier-token",

  /**
   * Posts to the API. A server started with a token answers 401 without it: the token is asked for once and kept
   * for this browser tab (sessionStorage), never in the page's address.
   */
  async post(path, body) {
    for (let attempt = 0; attempt < 2; attempt++) {
      const headers = { "Content-Type": "application/json", Accept: "application/json" };
      const token = sessionStorage.getItem(DossierCorrections.TOKEN_KEY);
      if (token) headers.Authorization = "Bearer " + token;
      const response = await fetch(path, { method: "POST", headers: headers, body: JSON.stringify(body || {}) });
      const answer = await response.json().catch(() => ({}));
      if (response.status === 401 && attempt === 0) {
        const given = window.prompt("This server takes corrections only with its token (serve --token-env). Token:");
        if (!given) throw new Error("a correction needs the server's token");
        sessionStorage.setItem(DossierCorrections.TOKEN_KEY, given.trim());
        continue;
      }
      if (!response.ok) throw new Error(answer.error || ("HTTP " + response.status));
      return answer;
    }
    throw new Error("the server refused the token");
  },

  /** The item fields of a correction from a source ({article, start, end}). */
  itemOf(source, kind) {
    return { article: source.article, item_kind: kind, start: source.start, end: source.end };
  },

  /** The item's sources: the list given, or what a function given for them (which reads them) answers. */
  async sourcesOf(sources) {
    return typeof sources === "function" ? await sources() : sources;
  },

  /** Posts one correction for each source (a merged event is corrected in each of its reports), then reloads. */
  async correct(sources, kind, itemKind, fields, status) {
    status.textContent = "Saving…";
    try {
      for (const source of await DossierCorrections.sourcesOf(sources)) {
        await DossierCorrections.post("/api/corrections",
          Object.assign({ kind: kind }, DossierCorrections.itemOf(source, itemKind), fields));
      }
      status.textContent = "Saved.";
      window.location.reload();
    } catch (e) {
      status.textContent = "Not saved: " + e.message;
      status.classList.add("error");
    }
  },

  field(label, name, value, attrs) {
    const input = Dossier.el("input", Object.assign({ name: name, value: value || "" }, attrs || {}));
    return Dossier.el("label", {}, label + " ", input);
  },

  /**
   * The control of one item: a disclosure ("Correct") holding "Mark wrong" and, for events and quotes, a form of
   * the fields a correction may set, filled with their values now. Only fields that were changed are sent.
   *
   * @param itemKind event, quote or figure
   * @param sources the item's sources ({article, start, end}); a merged event has one per report. A function
   *     instead (async) reads them when a correction is saved: the story page lists a few of an event's sources
   * @param current the values now: {actor, actor_code, target, target_code, cameo} or {speaker}
   */
  control(itemKind, sources, current) {
    const el = Dossier.el;
    const status = el("span", { class: "correction-status muted", role: "status" });
    const reject = el("button", { type: "button", class: "correction-reject" }, "Mark wrong");
    reject.addEventListener("click", () => DossierCorrections.correct(sources, "reject", itemKind,
      { note: note.querySelector("input").value || null }, status));
    const note = DossierCorrections.field("Note", "note", "", { placeholder: "why (optional)" });
    const box = el("div", { class: "correction-form" });
    let form = null;
    if (itemKind === "event") {
      form = el("form", { class: "correction-fields" },
        DossierCorrections.field("Actor", "actor", current.actor),
        DossierCorrections.field("Actor code", "actor_code", current.actor_code, { size: 7 }),
        DossierCorrections.field("Target", "target", current.target),
        DossierCorrections.field("Target code", "target_code", current.target_code, { size: 7 }),
        DossierCorrections.field("CAMEO code", "cameo", current.cameo, { size: 4, inputmode: "numeric" }),
        el("button", { type: "submit" }, "Save"));
      form.addEventListener("submit", event => {
        event.preventDefault();
        const f = form.elements;
        const changes = [];
        if (f.actor.value.trim() !== (current.actor || "") || f.actor_code.value.trim() !== (current.actor_code || "")) {
          changes.push(["set_actor", { value: f.actor.value, code: f.actor_code.value || null }]);
        }
        if (f.target.value.trim() !== (current.target || "")
            || f.target_code.value.trim() !== (current.target_code || "")) {
          changes.push(["set_target", { value: f.target.value, code: f.target_code.value || null }]);
        }
        if (f.cameo.value.trim() !== (current.cameo || "")) changes.push(["set_code", { value: f.cameo.value }]);
        DossierCorrections.saveAll(sources, itemKind, changes, note.querySelector("input").value, status);
      });
    } else if (itemKind === "quote") {
      form = el("form", { class: "correction-fields" },
        DossierCorrections.field("Speaker", "speaker", current.speaker), el("button", { type: "submit" }, "Save"));
      form.addEventListener("submit", event => {
        event.preventDefault();
        const speaker = form.elements.speaker.value;
        DossierCorrections.saveAll(sources, itemKind, speaker.trim() !== (current.speaker || "")
          ? [["set_speaker", { value: speaker }]] : [], note.querySelector("input").value, status);
      });
    }
    box.append(el("div", { class: "correction-actions" }, reject, note));
    if (form) box.append(form);
    box.append(status);
    const label = itemKind === "event" ? "Correct this event" : itemKind === "quote" ? "Correct this quote"
      : "Correct this figure";
    return el("details", { class: "correction" }, el("summary", { title: label, "aria-label": label }, "Correct"),
      box);
  },

  async saveAll(sources, itemKind, changes, note, status) {
    if (!changes.length) {
      status.textContent = "Nothing changed.";
      return;
    }
    status.textContent = "Saving…";
    try {
      const all = await DossierCorrections.sourcesOf(sources);
      for (const [kind, fields] of changes) {
        for (const source of all) {
          await DossierCorrections.post("/api/corrections", Object.assign({ kind: kind },
            DossierCorrections.itemOf(source, itemKind), fields, { note: note || null }));
        }
      }
      window.location.reload();
    } catch (e) {
      status.textContent = "Not saved: " + e.message;
      status.classList.add("error");
    }
  },
};
