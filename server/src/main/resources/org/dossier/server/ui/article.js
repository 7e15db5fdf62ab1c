"use strict";

const el = Dossier.el;
let articleText = "";

/** Where the sentence around start–end begins and ends: at a sentence end or a paragraph break. */
function sentenceAround(start, end) {
  let from = start;
  while (from > 0) {
    const before = articleText.slice(Math.max(0, from - 3), from);
    if (/\n\s*$/.test(before) || /[.!?]["”’)]?\s$/.test(before)) break;
    from--;
  }
  let to = end;
  while (to < articleText.length) {
    const c = articleText[to];
    if (c === "\n") break;
    to++;
    if (/[.!?]/.test(c) && (to === articleText.length || /[\s"”’)]/.test(articleText[to]))) {
      while (to < articleText.length && /["”’)]/.test(articleText[to])) to++;
      break;
    }
  }
  return [from, to];
}

/**
 * Shows the text with the sentence around start–end shaded and the characters start–end marked, and scrolls
 * them into view.
 */
function highlight(start, end) {
  const box = Dossier.clear(document.getElementById("article-text"));
  const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start
    && end <= articleText.length;
  if (!valid) {
    box.append(articleText);
    return;
  }
  const [from, to] = sentenceAround(start, end);
  box.append(articleText.slice(0, from),
    el("span", { id: "sentence", class: "sentence" }, articleText.slice(from, start),
      el("mark", { id: "highlight" }, articleText.slice(start, end)), articleText.slice(end, to)),
    articleText.slice(to));
  document.getElementById("highlight").scrollIntoView({ block: "center" });
}

function item(text, detail, start, end) {
  const link = el("a", { href: "#", class: "item-link" }, text);
  link.addEventListener("click", event => {
    event.preventDefault();
    history.replaceState(null, "", "?id=" + encodeURIComponent(Dossier.param("id")) + "&start=" + start + "&end=" + end);
    highlight(start, end);
  });
  return el("li", {}, link, detail ? el("div", { class: "muted" }, detail) : null);
}

async function main() {
  const id = Dossier.param("id");
  try {
    const body = await Dossier.get("/api/articles/" + encodeURIComponent(id || ""));
    const a = body.article;
    articleText = a.text || "";
    document.title = "Dossier — " + (a.title || Dossier.articleLabel(a));
    document.getElementById("title").textContent = a.title || Dossier.articleLabel(a);
    document.getElementById("meta").append([a.outlet, a.published, a.dateline].filter(Boolean).join(" · "),
      a.url ? " · " : "", a.url ? el("a", { href: a.url, rel: "noopener noreferrer" }, "original") : "");
    if (a.error) Dossier.status("This document could not be analyzed: " + a.error);
    if (body.story) {
      const back = document.getElementById("story-link");
      back.setAttribute("href", "/story.html?id=" + encodeURIComponent(body.story));
      back.hidden = false;
    }
    const events = document.getElementById("events");
    a.events.forEach(e => events.append(item(e.text, [e.date, e.actor, e.action, e.target].filter(Boolean).join(" · ")
      + " (CAMEO " + e.cameo + ")", e.start, e.end)));
    const quotes = document.getElementById("quotes");
    a.quotes.forEach(q => quotes.append(item(q.text, Dossier.speakerLabel(q), q.start, q.end)));
    const figures = document.getElementById("figures");
    a.figures.forEach(f => figures.append(item(f.text, [f.value, f.unit, f.what, f.source].filter(v => v !== null && v !== undefined).join(" · "), f.start, f.end)));
    highlight(parseInt(Dossier.param("start"), 10), parseInt(Dossier.param("end"), 10));
    document.body.setAttribute("data-loaded", "true");
  } catch (e) {
    Dossier.status("Could not load the article: " + e.message);
  }
}

main();
