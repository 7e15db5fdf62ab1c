// The charts page: the charts of the filter in its address (the parameters of /api/events, and interval), with a
// form to change it and links to the same events as a table and on the map. Needs ui.js and charts.js.
"use strict";

async function main() {
  const query = new URLSearchParams(window.location.search);
  for (const [name, value] of [...query.entries()]) {
    if (!value.trim() || name === "limit" || name === "offset") query.delete(name);
  }
  const form = document.getElementById("charts-filter");
  for (const [name, value] of query.entries()) {
    if (form.elements[name]) form.elements[name].value = value;
  }
  const filter = DossierCharts.filterOf(query);
  const suffix = filter.toString() ? "?" + filter.toString() : "";
  document.getElementById("events-link").setAttribute("href", "/events.html" + suffix);
  document.getElementById("map-link").setAttribute("href", "/map.html" + suffix);
  Dossier.status("Loading charts…");
  const charts = [
    DossierCharts.load(document.getElementById("events-over-time"), "events-over-time", query,
      DossierCharts.eventsOverTime, { interval: query.get("interval") }),
    DossierCharts.load(document.getElementById("top-actors"), "top-actors", query, DossierCharts.topActors,
      { limit: "12" }),
    DossierCharts.load(document.getElementById("dyads"), "dyads", query, DossierCharts.dyads, { limit: "12" }),
    DossierCharts.load(document.getElementById("network"), "network", query, DossierCharts.network,
      { limit: "40" }),
    DossierCharts.load(document.getElementById("figures-chart"), "figures", query, DossierCharts.figures,
      { limit: "500" }),
  ];
  const results = await Promise.allSettled(charts);
  const failed = results.find(r => r.status === "rejected");
  if (failed) {
    Dossier.status("Could not draw the charts: " + failed.reason.message);
    document.getElementById("status").classList.add("error");
  } else {
    Dossier.status("");
  }
  document.body.setAttribute("data-loaded", "true");
}

main();
