// Shared helpers. Article text is untrusted: every string reaches the page through textContent or an
// attribute set with setAttribute on a known-safe name, never through innerHTML.
"use strict";

const Dossier = {
  async get(path) {
    const response = await fetch(path, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new Error(body.error || ("HTTP " + response.status));
    }
    return body;
  },

  /** An element with text content and attributes; children may be elements or strings. */
  el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined) continue;
      if (name === "class") node.className = value;
      else if (name === "href") node.setAttribute("href", Dossier.safeHref(value));
      else node.setAttribute(name, String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  },

  /** Only links into this site, or plain http(s) links out: no javascript: or data: URLs from article data. */
  safeHref(value) {
    const text = String(value);
    if (text.startsWith("/")) return text;
    try {
      const url = new URL(text);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : "#";
    } catch (e) {
      return "#";
    }
  },

  /**
   * The text with the spans of marks ({start, end}, as the search API gives them) in <mark> elements. Built from
   * text nodes, so that the text's own characters (<, &) stay text.
   */
  marked(text, marks) {
    const fragment = document.createDocumentFragment();
    let at = 0;
    (marks || []).filter(m => m.start >= at && m.end > m.start && m.end <= text.length)
      .sort((a, b) => a.start - b.start).forEach(m => {
        if (m.start < at) return;
        fragment.append(text.slice(at, m.start), Dossier.el("mark", { class: "term" }, text.slice(m.start, m.end)));
        at = m.end;
      });
    fragment.append(text.slice(at));
    return fragment;
  },

  /** How to cite an article: its outlet, else its title, else the name of its file, never its hex id alone. */
  articleLabel(article) {
    if (!article) return "article";
    if (article.outlet) return article.outlet;
    if (article.title) return article.title;
    const source = String(article.source || "");
    if (source && !source.startsWith("api:")) return source.split(/[\\/]/).pop();
    if (source.startsWith("api:http")) return source.slice(4);
    return "untitled article";
  },

  articleLink(source, label) {
    const href = "/article.html?id=" + encodeURIComponent(source.article)
      + "&start=" + source.start + "&end=" + source.end;
    return Dossier.el("a", { href: href, class: "source-link", title: source.text || "" },
      label || source.outlet || "source");
  },

  param(name) {
    return new URLSearchParams(window.location.search).get(name);
  },

  status(message) {
    const node = document.getElementById("status");
    if (node) node.textContent = message || "";
  },

  clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  },

  /** An event's party (actor or target) linked to its actor page: by its code, or by its name where it has none. */
  party(name, code) {
    if (!name && !code) return Dossier.el("span", { class: "muted" }, "—");
    const page = "/actor.html?" + (code ? "code=" + encodeURIComponent(code) : "name=" + encodeURIComponent(name));
    return Dossier.el("span", {}, Dossier.el("a", { href: page, class: "actor-link" }, name || code),
      name && code ? Dossier.el("span", { class: "muted" }, " " + code) : null);
  },

  /** Who said a quote, marked when the article does not name them ("rebel source (anonymous)"). */
  speakerLabel(quote) {
    if (!quote.speaker) return "unattributed";
    return quote.speaker_anonymous ? quote.speaker + " (anonymous)" : quote.speaker;
  },

  /** How to cite an item's article: its outlet, else its web address's host, else "article". */
  sourceLabel(item) {
    if (item.outlet) return item.outlet;
    try {
      if (item.url) return new URL(item.url).hostname;
    } catch (ignored) {
      // No web address: cite it as an article.
    }
    return "article";
  },
};
