// Reads page specs as JSON lines on stdin ({"id", "url", "path"} with a gzipped HTML file), runs Mozilla
// Readability on each page in jsdom, and writes {"id", "text", "ms"} lines on stdout, "ms" being the time spent
// parsing and extracting that page (file reading and unzipping excluded, as for the Java extractors).
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { createInterface } from "node:readline";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const quiet = new VirtualConsole();
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  const page = JSON.parse(line);
  const html = gunzipSync(readFileSync(page.path)).toString("utf8");
  const start = process.hrtime.bigint();
  let text = null;
  try {
    const dom = new JSDOM(html, { url: page.url || "https://example.invalid/", virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    text = article ? article.textContent : null;
    dom.window.close();
  } catch (e) {
    text = null;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(JSON.stringify({ id: page.id, text, ms }) + "\n");
}
