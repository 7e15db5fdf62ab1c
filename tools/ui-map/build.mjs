// Copies the web UI's map and chart assets from registry packages into the server's resources, at build time (the server
// module's Maven build runs it in generate-resources): `node build.mjs OUT_DIR`. It installs the pinned packages
// with `npm ci` when node_modules lacks them, and writes nothing when OUT_DIR's files are newer than this script
// and the lock file. Nothing is fetched while the server runs: the page loads these files from the server itself.
//
// Output, in OUT_DIR:
//   map-lib.js             d3-array, d3-geo and topojson-client (their UMD builds, which define the globals d3
//                          and topojson), one after another, each with its licence
//   chart-lib.js           the d3 modules the charts draw with (scales, time formats, shapes, force layout), their
//                          UMD builds one after another in the order they need each other, each with its licence;
//                          they extend the same global d3, so a page may load it beside map-lib.js
//   countries-50m.json     Natural Earth 1:50m country outlines as TopoJSON, from world-atlas
//   LICENSES.txt           the packages' licences and Natural Earth's terms
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) {
  fail("usage: node build.mjs OUT_DIR");
}

const libraries = [
  ["d3-array", "dist/d3-array.min.js"],
  ["d3-geo", "dist/d3-geo.min.js"],
  ["topojson-client", "dist/topojson-client.min.js"],
];
// A module's dependencies come before it: each UMD build reads them from the global d3.
const chartLibraries = ["d3-array", "d3-color", "d3-interpolate", "d3-format", "d3-time", "d3-time-format",
  "d3-scale", "d3-path", "d3-shape", "d3-dispatch", "d3-quadtree", "d3-timer", "d3-force"]
  .map((p) => [p, `dist/${p}.min.js`]);
const outlines = ["world-atlas", "countries-50m.json"];
const written = ["map-lib.js", "chart-lib.js", "countries-50m.json", "LICENSES.txt"].map((f) => join(out, f));
const inputs = [join(here, "build.mjs"), join(here, "package-lock.json")];
const newest = Math.max(...inputs.map((f) => statSync(f).mtimeMs));
if (written.every((f) => existsSync(f) && statSync(f).mtimeMs >= newest)) {
  console.log(`ui-map: ${out} is up to date`);
  process.exit(0);
}

const packages = [...new Set([...libraries, ...chartLibraries].map(([p]) => p)), outlines[0]];
if (!packages.every((p) => existsSync(join(here, "node_modules", p, "package.json")))) {
  console.log("ui-map: installing the pinned packages (npm ci in tools/ui-map)...");
  const npm = spawnSync("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], { cwd: here, stdio: "inherit" });
  if (npm.error || npm.status !== 0) {
    fail("npm ci failed in tools/ui-map" + (npm.error ? ": " + npm.error.message : "")
      + ". The web UI's map is built from the npm packages " + packages.join(", ") + ", fetched from the npm "
      + "registry at build time: make the registry reachable (or copy a node_modules that holds them into "
      + "tools/ui-map) and build again.");
  }
}

const version = (p) => JSON.parse(readFileSync(join(here, "node_modules", p, "package.json"), "utf8")).version;
const licence = (p) => readFileSync(join(here, "node_modules", p, "LICENSE"), "utf8").trim();

mkdirSync(out, { recursive: true });
const bundle = (list) => list.map(([p, file]) => `/* ${p} ${version(p)}, from the npm registry.\n${licence(p)}\n*/\n`
  + readFileSync(join(here, "node_modules", p, file), "utf8").trim() + "\n").join("\n");
writeFileSync(join(out, "map-lib.js"), bundle(libraries));
writeFileSync(join(out, "chart-lib.js"), bundle(chartLibraries));
copyFileSync(join(here, "node_modules", outlines[0], outlines[1]), join(out, outlines[1]));
writeFileSync(join(out, "LICENSES.txt"), [
  "The web UI's map and charts use these npm packages, copied at build time by tools/ui-map/build.mjs.",
  "",
  ...packages.map((p) => `== ${p} ${version(p)}\n\n${licence(p)}\n`),
  "== Natural Earth",
  "",
  "The country outlines in countries-50m.json are Natural Earth's 1:50m Admin 0 countries",
  "(https://www.naturalearthdata.com/), in the public domain, as TopoJSON from world-atlas.",
  "",
].join("\n"));
console.log(`ui-map: wrote ${written.join(", ")}`);

function fail(message) {
  console.error("ui-map: " + message);
  process.exit(1);
}
