// The events map: the events of an /api/events.geojson query as points over Natural Earth country outlines, drawn
// as SVG with d3-geo and topojson-client (vendor/map-lib.js, copied from npm packages at build time: nothing is
// fetched from elsewhere). Events at the same coordinates share one point; clicking a point (or Enter on it)
// lists its events with their words, each linked to its sentence in the article. Needs ui.js.
"use strict";

const DossierMap = {
  /** The country outlines, loaded once per page. */
  outlines: null,

  PRECISION: { 1: "precision 1, the place itself", 2: "precision 2, part of or near the place",
    3: "precision 3, an admin area (at its centre)", 4: "precision 4, a country (at its centre)" },

  async countries() {
    if (!DossierMap.outlines) {
      const response = await fetch("/vendor/countries-50m.json");
      if (!response.ok) throw new Error("the country outlines are missing (HTTP " + response.status + ")");
      const topology = await response.json();
      DossierMap.outlines = topojson.feature(topology, topology.objects.countries);
    }
    return DossierMap.outlines;
  },

  /**
   * Draws the events that the query (the parameters of /api/events, without paging) answers into the container,
   * and shows a clicked point's events in the detail element. Sets data-map on the container to "ready" (or
   * "empty" when no event has coordinates) once drawn, and returns the collection.
   */
  async draw(container, detail, query) {
    const params = new URLSearchParams(query);
    params.set("limit", "1000");
    const [world, events] = await Promise.all([DossierMap.countries(),
      Dossier.get("/api/events.geojson?" + params.toString())]);
    Dossier.clear(container);
    Dossier.clear(detail);
    const width = container.clientWidth || 800;
    const height = Math.max(280, Math.round(width * 0.5));
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    svg.setAttribute("class", "map-svg");
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", "Map of " + events.features.length + " event(s)");

    const projection = d3.geoNaturalEarth1();
    const groups = DossierMap.byPoint(events.features);
    if (groups.length) {
      // Fit the events with room round each (a circle of 4 degrees), so that one point still shows its region.
      const circles = groups.map(g => d3.geoCircle().center(g.coordinates).radius(4)());
      projection.fitExtent([[12, 12], [width - 12, height - 12]], { type: "GeometryCollection", geometries: circles });
    } else {
      projection.fitExtent([[4, 4], [width - 4, height - 4]], { type: "Sphere" });
    }
    const path = d3.geoPath(projection);
    const sea = document.createElementNS(ns, "rect");
    sea.setAttribute("class", "map-sea");
    sea.setAttribute("width", width);
    sea.setAttribute("height", height);
    svg.append(sea);
    const land = document.createElementNS(ns, "g");
    land.setAttribute("class", "map-countries");
    world.features.forEach(country => {
      const d = path(country);
      if (!d) return;
      const shape = document.createElementNS(ns, "path");
      shape.setAttribute("d", d);
      shape.setAttribute("class", "map-country");
      const name = document.createElementNS(ns, "title");
      name.textContent = (country.properties && country.properties.name) || "";
      shape.append(name);
      land.append(shape);
    });
    svg.append(land);

    const points = document.createElementNS(ns, "g");
    points.setAttribute("class", "map-points");
    // The largest points first, so that a small one beside them stays on top and can be clicked.
    [...groups].sort((a, b) => b.events.length - a.events.length).forEach(group => {
      const xy = projection(group.coordinates);
      if (!xy) return;
      const dot = document.createElementNS(ns, "circle");
      dot.setAttribute("cx", xy[0].toFixed(1));
      dot.setAttribute("cy", xy[1].toFixed(1));
      dot.setAttribute("r", String(Math.min(16, 5 + 2.5 * Math.sqrt(group.events.length - 1))));
      const conflict = group.events.some(e => e.quad_class >= 3);
      dot.setAttribute("class", "event-point" + (conflict ? " conflict" : ""));
      dot.setAttribute("tabindex", "0");
      dot.setAttribute("role", "button");
      const place = group.events[0].place;
      dot.setAttribute("data-place", place.name);
      const label = place.name + ": " + group.events.length + " event(s)";
      dot.setAttribute("aria-label", label);
      const tip = document.createElementNS(ns, "title");
      tip.textContent = label;
      dot.append(tip);
      const show = () => {
        points.querySelectorAll(".selected").forEach(p => p.classList.remove("selected"));
        dot.classList.add("selected");
        DossierMap.showEvents(detail, group);
      };
      dot.addEventListener("click", show);
      dot.addEventListener("keydown", e => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          show();
        }
      });
      points.append(dot);
    });
    svg.append(points);
    container.append(svg);
    const shown = events.features.length;
    const more = events.total > shown ? " (the first " + shown + " of " + events.total + ")" : "";
    detail.append(Dossier.el("p", { class: "muted" }, shown
      ? shown + " event(s) with a place" + more + " at " + groups.length + " point(s); click a point for its events."
      : "No event of these has a place with coordinates."));
    container.setAttribute("data-map", shown ? "ready" : "empty");
    return events;
  },

  /** The features grouped by their coordinates, in the order first met. */
  byPoint(features) {
    const groups = new Map();
    features.forEach(f => {
      const key = f.geometry.coordinates.join(",");
      if (!groups.has(key)) groups.set(key, { coordinates: f.geometry.coordinates, events: [] });
      groups.get(key).events.push(f.properties);
    });
    return [...groups.values()];
  },

  showEvents(detail, group) {
    const el = Dossier.el;
    Dossier.clear(detail);
    const place = group.events[0].place;
    const where = [place.country, place.admin1 ? "admin1 " + place.admin1 : null,
      place.geonames_id ? "GeoNames " + place.geonames_id : null].filter(Boolean).join(", ");
    detail.append(el("h3", { class: "map-place" }, place.name),
      el("p", { class: "muted" }, where + (place.precision ? "; " + DossierMap.PRECISION[place.precision] : "")));
    const list = el("ol", { class: "map-events" });
    group.events.forEach(e => {
      const who = [e.actor || "someone", e.action ? e.action.toLowerCase() : e.cameo, e.target].filter(Boolean);
      list.append(el("li", { class: "map-event" },
        el("span", { class: "map-event-date" }, e.date || "undated"), " ",
        el("span", { class: "tag" }, "CAMEO " + e.cameo), " ",
        el("span", { class: "map-event-who" }, who.join(" · ")),
        el("div", { class: "map-event-words" }, "“",
          Dossier.articleLink({ article: e.article, start: e.start, end: e.end, text: e.text, outlet: e.outlet },
            e.text), "”", el("span", { class: "muted" }, " " + (e.outlet || "")))));
    });
    detail.append(list);
  },
};
