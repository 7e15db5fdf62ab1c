#!/usr/bin/env python3
"""Draw the judged sample of quotes from broad news (issue 22).

Reads an analyze run's articles.jsonl (default: main's analyze of /tmp/geo7/in2, bench pages in no measured part),
keeps English pages, and draws quotes at random with a fixed seed: all quotes of all pages are shuffled once and
taken in that order, skipping a quote whose page already gave MAX_PER_DOC or whose outlet (the URL's host) already
gave MAX_PER_OUTLET, until SAMPLE quotes are drawn. The draw is a quote-weighted random sample with caps that
spread it over many pages and outlets.

Writes sample.json (no article text: ids, offsets, type, speaker, cue) to stdout or --out. A second, seeded subset
of SECOND quotes (for a blind second judgment) is listed under "second_pass".
"""
import argparse
import json
from pathlib import Path
import random
from collections import Counter
from urllib.parse import urlparse

SEED = 22
SAMPLE = 200
MAX_PER_DOC = 3
MAX_PER_OUTLET = 6
SECOND = 40


def outlet_of(article):
    host = urlparse(article.get("url") or "").hostname or ""
    return host[4:] if host.startswith("www.") else host or (article.get("outlet") or "?")


def candidates(path):
    for line in open(path, encoding="utf-8"):
        article = json.loads(line)
        if article.get("language") != "en" or article.get("skipped"):
            continue
        for index, quote in enumerate(article.get("quotes") or []):
            yield article, index, quote


def bench_path(source):
    """The page as the gold names it, `<set>/<path>` under ../shared/bench, when the run read it through a link."""
    resolved = Path(source).resolve()
    parts = resolved.parts
    return "/".join(parts[parts.index("bench") + 1:]) if "bench" in parts else str(source)


def record(article, index, quote):
    return {
        "document": article["id"],
        "source": bench_path(article["source"]),
        "outlet": outlet_of(article),
        "quote_index": index,
        "start": quote["start"],
        "end": quote["end"],
        "type": "direct" if quote["direct"] else "reported",
        "parts": len(quote.get("parts") or []) or 1,
        "speaker": quote.get("speaker"),
        "speaker_anonymous": quote.get("speaker_anonymous"),
        "cue": quote.get("cue"),
    }


def draw(path):
    pool = list(candidates(path))
    # Sort before shuffling so that the draw does not depend on the order of the run's lines.
    pool.sort(key=lambda c: (c[0]["id"], c[1]))
    rng = random.Random(SEED)
    rng.shuffle(pool)
    per_doc, per_outlet, drawn = Counter(), Counter(), []
    for article, index, quote in pool:
        outlet = outlet_of(article)
        if per_doc[article["id"]] >= MAX_PER_DOC or per_outlet[outlet] >= MAX_PER_OUTLET:
            continue
        per_doc[article["id"]] += 1
        per_outlet[outlet] += 1
        drawn.append(record(article, index, quote))
        if len(drawn) == SAMPLE:
            break
    for number, item in enumerate(drawn, 1):
        item["n"] = number
    second = sorted(random.Random(SEED + 1).sample(range(1, len(drawn) + 1), SECOND))
    return {
        "population": {"quotes": len(pool), "documents": len({c[0]["id"] for c in pool}),
                       "outlets": len({outlet_of(c[0]) for c in pool})},
        "seed": SEED, "max_per_document": MAX_PER_DOC, "max_per_outlet": MAX_PER_OUTLET,
        "sample": drawn, "second_pass": second,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?", default="/tmp/geo7/out-base/articles.jsonl")
    parser.add_argument("--out", help="write here instead of stdout")
    args = parser.parse_args()
    result = json.dumps(draw(args.articles), indent=1, ensure_ascii=False)
    if args.out:
        open(args.out, "w", encoding="utf-8").write(result + "\n")
    else:
        print(result)


if __name__ == "__main__":
    main()
