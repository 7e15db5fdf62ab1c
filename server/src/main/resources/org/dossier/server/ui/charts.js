// Charts drawn with d3's scales, shapes and force layout (vendor/chart-lib.js, bundled from npm at build time) as
// SVG built node by node: names from articles reach the page only as text nodes and attributes, never as markup.
// Each chart is a <figure> whose marks are links (Tab reaches them, Enter follows them) with labels that say
// what they count; the events over time also come as a table. Needs ui.js. Used by the charts, story and actor
// pages.
"use strict";

const DossierCharts = (() => {
  const SVG = "http://www.w3.org/2000/svg";
  const QUADS = [
    { key: "verbal_cooperation", label: "verbal cooperation", quad: 1 },
    { key: "material_cooperation", label: "material cooperation", quad: 2 },
    { key: "verbal_conflict", label: "verbal conflict", quad: 3 },
    { key: "material_conflict", label: "material conflict", quad: 4 },
  ];

  /** An SVG element; attributes set one by one (href through Dossier.safeHref), children as nodes or text. */
  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined) continue;
      node.setAttribute(name, name === "href" ? Dossier.safeHref(value) : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function title(text) {
    return svg("title", {}, text);
  }

  function plural(n, word) {
    return n + " " + word + (n === 1 ? "" : "s");
  }

  /** The chart's width: its box's, within bounds, so that the viewBox scales it on smaller screens. */
  function widthOf(container, fallback) {
    const w = container.clientWidth || fallback;
    return Math.max(320, Math.min(w, 1400));
  }

  /** A URL query of a filter without the parameters that page or size a chart. */
  function filterOf(query) {
    const filter = new URLSearchParams(query);
    for (const name of ["limit", "offset", "interval"]) filter.delete(name);
    return filter;
  }

  /** The events table of the filter narrowed to a period ("2016-10", "2016-10-03", "2016"). */
  function eventsHref(filter, period) {
    const q = new URLSearchParams(filter);
    const days = periodDays(period);
    if (days) {
      q.set("from", days[0]);
      q.set("to", days[1]);
    }
    return "/events.html?" + q.toString();
  }

  function periodDays(period) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(period)) return [period, period];
    if (/^\d{4}-\d{2}$/.test(period)) {
      const [y, m] = period.split("-").map(Number);
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      return [period + "-01", period + "-" + String(last).padStart(2, "0")];
    }
    if (/^\d{4}$/.test(period)) return [period + "-01-01", period + "-12-31"];
    return null;
  }

  function actorHref(actor) {
    return "/actor.html?id=" + encodeURIComponent(actor.id);
  }

  function legend(items) {
    const list = Dossier.el("ul", { class: "chart-legend" });
    items.forEach(item => list.append(Dossier.el("li", {},
      Dossier.el("span", { class: "swatch " + item.cls, "aria-hidden": "true" }), item.label)));
    return list;
  }

  function yAxis(group, scale, x, format, side, whole) {
    // Counts take whole-number ticks only (no "0.5 events").
    const ticks = scale.ticks(5).filter(t => !whole || Number.isInteger(t));
    const fmt = format || scale.tickFormat(5);
    ticks.forEach(t => {
      const y = scale(t);
      group.append(svg("line", { class: "grid", x1: side === "right" ? x - 4 : x, x2: side === "right" ? x : x + 4,
        y1: y, y2: y }));
      group.append(svg("text", { class: "chart-tick", x: side === "right" ? x + 6 : x - 6, y: y, dy: "0.32em",
        "text-anchor": side === "right" ? "start" : "end" }, fmt(t)));
    });
  }

  /**
   * Events over time: a bar per period stacked by quad class, each bar a link to the events table of that period,
   * the mean Goldstein score as a line on its own scale (-10 to 10), and the numbers as a table.
   */
  function eventsOverTime(container, data, query) {
    Dossier.clear(container);
    const filter = filterOf(query || new URLSearchParams());
    const periods = data.periods;
    const figure = Dossier.el("figure", { class: "chart", "data-chart": "events-over-time" });
    container.append(figure);
    if (!periods.length) {
      figure.append(Dossier.el("p", { class: "muted chart-empty" }, data.undated
        ? "No dated event: " + plural(data.undated, "event") + " without a day." : "No event matches this filter."));
      container.setAttribute("data-chart-state", "empty");
      return;
    }
    const width = widthOf(container, 900);
    const height = 280;
    const margin = { top: 24, right: 48, bottom: 44, left: 44 };
    // Bars at most 48 px wide, centred, so that a story of a day or two does not draw one wall of colour.
    const plot = width - margin.left - margin.right;
    const used = Math.min(plot, periods.length * 56);
    const left = margin.left + (plot - used) / 2;
    const x = d3.scaleBand().domain(periods.map(p => p.period)).range([left, left + used])
      .paddingInner(0.15).paddingOuter(0.05);
    const most = d3.max(periods, p => p.events) || 1;
    const y = d3.scaleLinear().domain([0, most]).nice().range([height - margin.bottom, margin.top]);
    const g = d3.scaleLinear().domain([-10, 10]).range([height - margin.bottom, margin.top]);
    const chart = svg("svg", { class: "chart-svg", viewBox: "0 0 " + width + " " + height, role: "group",
      "aria-label": "Events per " + data.interval + " by quad class, " + periods[0].period + " to "
        + periods[periods.length - 1].period + "; each bar opens its events" });
    const axes = svg("g", { class: "chart-axis" });
    yAxis(axes, y, margin.left, d3.format("~d"), "left", true);
    yAxis(axes, g, width - margin.right, d3.format("+~d"), "right");
    axes.append(svg("line", { class: "baseline", x1: margin.left, x2: width - margin.right,
      y1: height - margin.bottom, y2: height - margin.bottom }));
    axes.append(svg("text", { class: "axis-title", x: 4, y: 10 }, "events"));
    axes.append(svg("text", { class: "axis-title", x: width - 4, y: 10, "text-anchor": "end" },
      "Goldstein"));
    // Label every k-th period so that labels do not overlap (about 70 px each).
    const every = Math.max(1, Math.ceil(periods.length / Math.max(1, Math.floor((width - 90) / 70))));
    periods.forEach((p, i) => {
      if (i % every === 0) {
        axes.append(svg("text", { class: "chart-tick", x: x(p.period) + x.bandwidth() / 2, y: height - margin.bottom + 16,
          "text-anchor": "middle" }, p.period));
      }
    });
    chart.append(axes);
    const bars = svg("g", { class: "bars" });
    periods.forEach(p => {
      if (!p.events) return;
      const parts = QUADS.filter(q => p.quad_classes[q.key]).map(q => p.quad_classes[q.key] + " " + q.label);
      const label = p.period + ": " + plural(p.events, "event") + " (" + parts.join(", ") + ")"
        + (p.goldstein_mean === null ? "" : ", mean Goldstein " + p.goldstein_mean.toFixed(1));
      const link = svg("a", { href: eventsHref(filter, p.period), class: "bar", "aria-label": label,
        "data-period": p.period, "data-events": p.events }, title(label));
      let base = 0;
      QUADS.forEach(q => {
        const n = p.quad_classes[q.key];
        if (!n) return;
        link.append(svg("rect", { class: "quad-" + q.quad, x: x(p.period), width: Math.max(1, x.bandwidth()),
          y: y(base + n), height: Math.max(0, y(base) - y(base + n)) }));
        base += n;
      });
      bars.append(link);
    });
    chart.append(bars);
    const line = d3.line().defined(p => p.goldstein_mean !== null)
      .x(p => x(p.period) + x.bandwidth() / 2).y(p => g(p.goldstein_mean));
    chart.append(svg("path", { class: "goldstein-line", d: line(periods) }));
    periods.filter(p => p.goldstein_mean !== null).forEach(p => chart.append(svg("circle", { class: "goldstein-dot",
      cx: x(p.period) + x.bandwidth() / 2, cy: g(p.goldstein_mean), r: 2.5 })));
    figure.append(chart);
    figure.append(legend([...QUADS.map(q => ({ cls: "quad-" + q.quad, label: q.label })),
      { cls: "goldstein", label: "mean Goldstein score (right scale, −10 to +10)" }]));
    const caption = Dossier.el("figcaption", { class: "muted" }, plural(data.dated, "dated event") + " by "
      + data.interval + ", an event counted once for each article that states it"
      + (data.undated ? "; " + plural(data.undated, "event") + " without a day are not shown" : "")
      + ". Each bar opens its events in the table.");
    figure.append(caption);
    figure.append(numbersTable(data));
    container.setAttribute("data-chart-state", "ready");
  }

  function numbersTable(data) {
    const table = Dossier.el("table", { class: "chart-table" },
      Dossier.el("caption", {}, "Events per " + data.interval),
      Dossier.el("thead", {}, Dossier.el("tr", {}, Dossier.el("th", { scope: "col" }, data.interval),
        Dossier.el("th", { scope: "col" }, "events"),
        ...QUADS.map(q => Dossier.el("th", { scope: "col" }, q.label)),
        Dossier.el("th", { scope: "col" }, "mean Goldstein"))));
    const body = Dossier.el("tbody", {});
    data.periods.filter(p => p.events).forEach(p => body.append(Dossier.el("tr", {},
      Dossier.el("th", { scope: "row" }, p.period), Dossier.el("td", {}, p.events),
      ...QUADS.map(q => Dossier.el("td", {}, p.quad_classes[q.key])),
      Dossier.el("td", {}, p.goldstein_mean === null ? "—" : p.goldstein_mean.toFixed(2)))));
    table.append(body);
    return Dossier.el("details", { class: "chart-numbers" }, Dossier.el("summary", {}, "The numbers"), table);
  }

  /** Horizontal bars, one row per item: label (a link) on the left, bar segments on the right. */
  function rowsChart(container, name, rows, opts) {
    Dossier.clear(container);
    const figure = Dossier.el("figure", { class: "chart", "data-chart": name });
    container.append(figure);
    if (!rows.length) {
      figure.append(Dossier.el("p", { class: "muted chart-empty" }, opts.empty));
      container.setAttribute("data-chart-state", "empty");
      return;
    }
    const width = widthOf(container, 560);
    const row = 24;
    const labelWidth = Math.min(260, Math.round(width * 0.45));
    const height = rows.length * row + 24;
    const most = d3.max(rows, r => r.total) || 1;
    const x = d3.scaleLinear().domain([0, most]).range([labelWidth + 8, width - 40]);
    const chart = svg("svg", { class: "chart-svg", viewBox: "0 0 " + width + " " + height, role: "group",
      "aria-label": opts.label });
    rows.forEach((r, i) => {
      const y = i * row + 4;
      const link = svg("a", { href: r.href, class: "row-link", "aria-label": r.aria, "data-id": r.id },
        title(r.aria));
      link.append(svg("text", { class: "row-label", x: labelWidth, y: y + row / 2, dy: "0.32em",
        "text-anchor": "end" }, clip(r.label, Math.floor(labelWidth / 7))));
      let base = 0;
      r.parts.forEach(part => {
        if (!part.n) return;
        link.append(svg("rect", { class: part.cls, x: x(base), y: y + 3, height: row - 8,
          width: Math.max(1, x(base + part.n) - x(base)) }));
        base += part.n;
      });
      link.append(svg("text", { class: "row-value", x: x(base) + 4, y: y + row / 2, dy: "0.32em" }, r.total));
      chart.append(link);
    });
    figure.append(chart);
    if (opts.legend) figure.append(legend(opts.legend));
    figure.append(Dossier.el("figcaption", { class: "muted" }, opts.caption));
    container.setAttribute("data-chart-state", "ready");
  }

  function clip(text, max) {
    const s = String(text || "");
    return s.length > max ? s.slice(0, Math.max(1, max - 1)) + "…" : s;
  }

  function actorLabel(actor) {
    return actor.code && actor.code !== actor.name ? actor.name + " (" + actor.code + ")" : actor.name;
  }

  /** The actors with most events, as actor and as target, each a link to its page. */
  function topActors(container, data) {
    rowsChart(container, "top-actors", data.actors.map(a => ({
      id: a.actor.id, label: actorLabel(a.actor), href: actorHref(a.actor), total: a.events,
      aria: actorLabel(a.actor) + ": " + plural(a.as_actor, "event") + " as actor, " + a.as_target + " as target",
      parts: [{ cls: "role-actor", n: a.as_actor }, { cls: "role-target", n: a.as_target }],
    })), {
      label: "Top actors by events; each opens the actor's page",
      empty: "No actor in the events of this filter.",
      legend: [{ cls: "role-actor", label: "as actor" }, { cls: "role-target", label: "as target" }],
      caption: plural(data.actors.length, "actor") + " with most events, of " + data.total
        + "; names that share a CAMEO code are one actor. Each opens the actor's page.",
    });
  }

  /** The pairs with most events, split by quad class, each a link to the acting actor's page. */
  function dyads(container, data) {
    rowsChart(container, "dyads", data.dyads.map(d => ({
      id: d.actor.id + ">" + d.target.id, label: d.actor.name + " → " + d.target.name, href: actorHref(d.actor),
      total: d.events,
      aria: d.actor.name + " on " + d.target.name + ": " + plural(d.events, "event") + ", mean Goldstein "
        + d.goldstein_mean.toFixed(1),
      parts: QUADS.map(q => ({ cls: "quad-" + q.quad, n: d.quad_classes[q.key] })),
    })), {
      label: "Who acts on whom: pairs of actor and target by events; each opens the actor's page",
      empty: "No event of this filter names both an actor and a target.",
      legend: QUADS.map(q => ({ cls: "quad-" + q.quad, label: q.label })),
      caption: plural(data.dyads.length, "pair") + " of actor and target with most events, of " + data.total
        + ".",
    });
  }

  /**
   * Who acts on whom as a network: actors as circles sized by their events, an arrow from actor to target for
   * each pair, red where the pair's mean Goldstein score is below zero. The layout is d3-force's, run to its end
   * before drawing (no animation; the same data gives the same picture).
   */
  function network(container, data) {
    Dossier.clear(container);
    const figure = Dossier.el("figure", { class: "chart", "data-chart": "network" });
    container.append(figure);
    if (!data.nodes.length) {
      figure.append(Dossier.el("p", { class: "muted chart-empty" },
        "No event of this filter names both an actor and a target."));
      container.setAttribute("data-chart-state", "empty");
      return;
    }
    const width = widthOf(container, 900);
    const height = Math.max(240, Math.min(620, 140 + data.nodes.length * 18));
    const most = d3.max(data.nodes, n => n.events) || 1;
    const radius = d3.scaleSqrt().domain([0, most]).range([4, 22]);
    const nodes = data.nodes.map(n => ({ id: n.actor.id, actor: n.actor, events: n.events, r: radius(n.events) }));
    const links = data.edges.map(e => Object.assign({}, e));
    const heaviest = d3.max(links, l => l.events) || 1;
    d3.forceSimulation(nodes)
      .force("link", d3.forceLink(links).id(n => n.id).distance(110))
      .force("charge", d3.forceManyBody().strength(-380))
      .force("collide", d3.forceCollide(n => n.r + 6))
      .force("x", d3.forceX(width / 2).strength(0.06))
      .force("y", d3.forceY(height / 2).strength(0.1))
      .stop().tick(300);
    nodes.forEach(n => {
      n.x = Math.max(n.r + 4, Math.min(width - n.r - 4, n.x));
      n.y = Math.max(n.r + 14, Math.min(height - n.r - 14, n.y));
    });
    const chart = svg("svg", { class: "chart-svg network", viewBox: "0 0 " + width + " " + height, role: "group",
      "aria-label": "Who acts on whom: " + plural(nodes.length, "actor") + " and " + plural(links.length, "pair")
        + "; each actor opens its page" });
    const defs = svg("defs", {});
    ["conflict", "cooperation"].forEach(kind => defs.append(svg("marker", { id: "arrow-" + kind,
      viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse",
      orient: "auto-start-reverse" },
    svg("path", { class: "arrow-" + kind, d: "M0,0L10,5L0,10z" }))));
    chart.append(defs);
    const edges = svg("g", { class: "edges" });
    links.forEach(l => {
      if (l.source.id === l.target.id) return;
      const dx = l.target.x - l.source.x;
      const dy = l.target.y - l.source.y;
      const len = Math.hypot(dx, dy) || 1;
      const kind = l.goldstein_mean < 0 ? "conflict" : "cooperation";
      const text = l.source.actor.name + " on " + l.target.actor.name + ": " + plural(l.events, "event")
        + ", mean Goldstein " + l.goldstein_mean.toFixed(1);
      edges.append(svg("line", { class: "edge edge-" + kind, "data-source": l.source.id, "data-target": l.target.id,
        x1: l.source.x + dx / len * l.source.r, y1: l.source.y + dy / len * l.source.r,
        x2: l.target.x - dx / len * (l.target.r + 2), y2: l.target.y - dy / len * (l.target.r + 2),
        "stroke-width": (1 + 4 * l.events / heaviest).toFixed(2), "marker-end": "url(#arrow-" + kind + ")" },
      title(text)));
    });
    chart.append(edges);
    const group = svg("g", { class: "nodes" });
    nodes.forEach(n => {
      const label = actorLabel(n.actor) + ": " + plural(n.events, "event") + " in these pairs";
      group.append(svg("a", { href: actorHref(n.actor), class: "node", "aria-label": label, "data-id": n.id },
        title(label),
        svg("circle", { cx: n.x.toFixed(1), cy: n.y.toFixed(1), r: n.r.toFixed(1) }),
        svg("text", { x: n.x.toFixed(1), y: (n.y + n.r + 12).toFixed(1), "text-anchor": "middle" },
          clip(n.actor.name, 28))));
    });
    chart.append(group);
    figure.append(chart);
    figure.append(legend([{ cls: "edge-conflict", label: "conflict (mean Goldstein below 0)" },
      { cls: "edge-cooperation", label: "cooperation" }]));
    figure.append(Dossier.el("figcaption", { class: "muted" }, plural(links.length, "pair") + " with most events, of "
      + data.total + "; arrows point from actor to target, thicker for more events. Each actor opens its page."));
    container.setAttribute("data-chart-state", "ready");
  }

  /**
   * Figures over time: each figure a point on its day at its value (log scale), coloured by what it counts, ringed
   * red where its story shows it among conflicting figures; each point a link to its words in the article. The
   * conflicts follow as a list with their sources.
   */
  function figures(container, data) {
    Dossier.clear(container);
    const figure = Dossier.el("figure", { class: "chart", "data-chart": "figures" });
    container.append(figure);
    if (data.not_applied && data.not_applied.length) {
      figure.append(Dossier.el("p", { class: "muted" }, "Figures are not filtered by "
        + data.not_applied.join(", ") + ": those filters are about events."));
    }
    if (!data.figures.length) {
      figure.append(Dossier.el("p", { class: "muted chart-empty" }, "No figure with a value and a day matches."));
      container.setAttribute("data-chart-state", "empty");
      return;
    }
    const series = seriesOf(data.figures);
    const width = widthOf(container, 900);
    const height = 300;
    const margin = { top: 14, right: 20, bottom: 40, left: 64 };
    const days = data.figures.map(f => new Date(f.day.slice(0, 10) + "T00:00:00Z")).filter(d => !isNaN(d));
    const [first, last] = d3.extent(days);
    const x = d3.scaleUtc().domain([d3.utcDay.offset(first, -1), d3.utcDay.offset(last, 1)])
      .range([margin.left, width - margin.right]);
    const values = data.figures.map(f => Math.max(1, f.value));
    const y = d3.scaleLog().domain([Math.max(1, d3.min(values) / 2), d3.max(values) * 2])
      .range([height - margin.bottom, margin.top]).nice();
    const chart = svg("svg", { class: "chart-svg", viewBox: "0 0 " + width + " " + height, role: "group",
      "aria-label": "Figures over time on a log scale; each point opens its words in its article" });
    const axes = svg("g", { class: "chart-axis" });
    y.ticks(6).filter(t => Number.isInteger(Math.log10(t))).forEach(t => {
      axes.append(svg("line", { class: "grid", x1: margin.left, x2: width - margin.right, y1: y(t), y2: y(t) }));
      axes.append(svg("text", { class: "chart-tick", x: margin.left - 6, y: y(t), dy: "0.32em", "text-anchor": "end" },
        d3.format(",~d")(t)));
    });
    x.ticks(Math.max(2, Math.floor(width / 110))).forEach(t => axes.append(svg("text", { class: "chart-tick", x: x(t),
      y: height - margin.bottom + 18, "text-anchor": "middle" }, d3.utcFormat("%Y-%m-%d")(t))));
    axes.append(svg("line", { class: "baseline", x1: margin.left, x2: width - margin.right,
      y1: height - margin.bottom, y2: height - margin.bottom }));
    chart.append(axes);
    // Figures of one day and one series side by side rather than on top of each other.
    const seen = new Map();
    const points = svg("g", { class: "points" });
    data.figures.forEach(f => {
      const key = f.day + "|" + series.of(f);
      const n = seen.get(key) || 0;
      seen.set(key, n + 1);
      const cx = x(new Date(f.day.slice(0, 10) + "T00:00:00Z")) + (n % 5) * 5 - 10;
      const text = figureText(f);
      const label = f.day + ": " + text + (f.reported_by ? ", reported by " + f.reported_by : "") + " — "
        + Dossier.articleLabel(f) + (f.conflict ? " (conflicting figures)" : "");
      points.append(svg("a", { href: "/article.html?id=" + encodeURIComponent(f.article) + "&start=" + f.start
          + "&end=" + f.end, class: "figure-point" + (f.conflict ? " conflict" : ""), "aria-label": label,
        "data-value": f.value }, title(label),
      svg("circle", { class: "series-" + series.index(f), cx: cx.toFixed(1), cy: y(Math.max(1, f.value)).toFixed(1),
        r: f.conflict ? 6 : 4.5 })));
    });
    chart.append(points);
    figure.append(chart);
    figure.append(legend([...series.shown.map((s, i) => ({ cls: "series-" + i, label: s })),
      ...(series.other ? [{ cls: "series-other", label: "other figures" }] : []),
      { cls: "conflict-ring", label: "conflicting figures in their story" }]));
    figure.append(Dossier.el("figcaption", { class: "muted" }, plural(data.figures.length, "figure")
      + (data.total > data.figures.length ? " of " + data.total : "") + " on the day they name (else their "
      + "article's)" + (data.left_out ? "; " + data.left_out + " without a value or a day are not shown" : "")
      + ". Each point opens its words in the article."));
    if (data.conflicts.length) {
      const list = Dossier.el("ul", { class: "chart-conflicts" });
      data.conflicts.forEach(c => {
        const values = Dossier.el("ul", {});
        c.values.forEach(v => values.append(Dossier.el("li", {}, Dossier.el("strong", {},
          (v.qualifier ? v.qualifier + " " : "") + v.value), " " + (v.unit || "") + " — "
          + (v.reported_by || "unattributed") + ", ", Dossier.articleLink(v.source, v.source.outlet || "source"))));
        list.append(Dossier.el("li", { class: "conflict-box" }, Dossier.el("div", { class: "conflict-title" },
          "Conflicting figures: " + (c.what || c.unit || "") + (c.place ? " in " + c.place : "")
          + (c.date ? " on " + c.date : "") + " ", Dossier.el("a", { href: "/story.html?id="
            + encodeURIComponent(c.story) }, "story")), values));
      });
      figure.append(list);
    }
    container.setAttribute("data-chart-state", "ready");
  }

  function figureText(f) {
    return (f.qualifier ? f.qualifier + " " : "") + d3.format(",")(f.value) + " " + [f.unit, f.what]
      .filter(Boolean).join(" ");
  }

  /** The six series with most figures get their own colours ("people killed"); the rest share one. */
  function seriesOf(list) {
    const of = f => [f.unit, f.what].filter(Boolean).join(" ") || "figures";
    const counts = d3.rollup(list, v => v.length, of);
    const shown = [...counts.entries()].sort((a, b) => b[1] - a[1] || d3.ascending(a[0], b[0])).slice(0, 6)
      .map(e => e[0]);
    return { of: of, shown: shown, other: counts.size > shown.length,
      index: f => (shown.indexOf(of(f)) >= 0 ? shown.indexOf(of(f)) : "other") };
  }

  /**
   * Fetches a chart's data from /api/charts/PATH with the filter's parameters (and {@code extra}, such as the
   * interval) and draws it; a failure is said in the chart's place.
   */
  async function load(container, path, query, draw, extra) {
    const params = filterOf(query);
    for (const [name, value] of Object.entries(extra || {})) {
      if (value) params.set(name, value);
    }
    try {
      const data = await Dossier.get("/api/charts/" + path + "?" + params.toString());
      draw(container, data, filterOf(query));
      return data;
    } catch (e) {
      Dossier.clear(container).append(Dossier.el("p", { class: "error chart-error" },
        "Could not draw this chart: " + e.message));
      container.setAttribute("data-chart-state", "error");
      throw e;
    }
  }

  return { eventsOverTime, topActors, dyads, network, figures, load, actorHref, filterOf };
})();
