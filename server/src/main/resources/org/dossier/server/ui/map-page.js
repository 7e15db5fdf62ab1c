// The map page: the events of the filter in its address (the parameters of /api/events) on the map, with a form
// to change the filter.
"use strict";

async function main() {
  const query = new URLSearchParams(window.location.search);
  for (const [name, value] of [...query.entries()]) {
    if (!value.trim() || name === "limit" || name === "offset") query.delete(name);
  }
  const form = document.getElementById("map-filter");
  for (const [name, value] of query.entries()) {
    if (form.elements[name]) form.elements[name].value = value;
  }
  // The same filter as a table, with paging.
  document.getElementById("events-link").setAttribute("href",
    "/events.html" + (query.toString() ? "?" + query.toString() : ""));
  try {
    await DossierMap.draw(document.getElementById("map"), document.getElementById("map-detail"), query);
    document.body.setAttribute("data-loaded", "true");
  } catch (e) {
    Dossier.status("Could not load the map: " + e.message);
    document.body.setAttribute("data-loaded", "true");
  }
}

main();
