#!/usr/bin/env python3
"""Draws the calibration sample of events (issue 20): a seeded draw from an analyze run's articles.jsonl,
stratified by confidence tenth, for judging by hand blind to the confidence.

Population: the events of English articles of the run, less any document whose id is in
gold/events/develop.json (the events model was fitted there). Per tenth (0.0-0.1 ... 0.9-1.0) up to PER_TENTH
events (all of them where fewer), at most PER_DOC events per document in the whole sample. The sparse tenths
draw first, so the cap per document never starves them.

The output holds no confidence and no tenth (the judge must not see them) and no article text beyond a few
trigger words; judged events are joined back to their confidences by (id, start, end, cameo, actor_code) in
join.py, after judging.

    python3 gold/events/calibration/draw.py /tmp/geo7/out-base/articles.jsonl > sample.json
"""
import json
import re
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

SEED = 20
PER_TENTH = 30
PER_DOC = 3
TRIGGER_TOKENS = 5  # at most five word tokens ([a-z0-9]+, so "he's" is two): no six-word run of a bench page is kept
DEVELOP = Path(__file__).resolve().parents[1] / "develop.json"


def tenth(confidence):
    return min(int(confidence * 10), 9)


def trigger(text):
    """A few words of the event's span: all of it when short, else its first words up to TRIGGER_TOKENS tokens."""
    words, kept, tokens = text.split(), [], 0
    for word in words:
        tokens += len(re.findall(r"[a-z0-9]+", word.lower()))
        if tokens > TRIGGER_TOKENS:
            break
        kept.append(word)
    return " ".join(kept) + (" …" if len(kept) < len(words) else "")


def population(articles_path):
    develop = {a["id"] for a in json.load(open(DEVELOP))["articles"]}
    events = []
    for line in open(articles_path):
        article = json.loads(line)
        if article.get("language") != "en" or article["id"] in develop:
            continue
        for e in article.get("events") or []:
            events.append((article["id"], article["source"], e))
    return events


def draw(events):
    rng = random.Random(SEED)
    by_tenth = defaultdict(list)
    for item in events:
        by_tenth[tenth(item[2]["confidence"])].append(item)
    per_doc = Counter()
    sample = []
    for t in sorted(by_tenth, key=lambda t: (len(by_tenth[t]), t)):
        pool = sorted(by_tenth[t], key=lambda i: (i[0], i[2]["start"], i[2]["end"], i[2]["cameo"]))
        rng.shuffle(pool)
        taken = 0
        for doc, source, e in pool:
            if taken == PER_TENTH:
                break
            if per_doc[doc] == PER_DOC:
                continue
            per_doc[doc] += 1
            taken += 1
            sample.append(record(doc, source, e))
    rng.shuffle(sample)
    return sample


def bench_path(source):
    """The page as the gold names it, `<set>/<path>` under ../shared/bench, when the run read it through a link."""
    resolved = Path(source).resolve()
    parts = resolved.parts
    return "/".join(parts[parts.index("bench") + 1:]) if "bench" in parts else str(source)


def record(doc, source, e):
    return {"id": doc, "source": bench_path(source), "start": e["start"], "end": e["end"], "cameo": e["cameo"],
            "root": e["root"], "actor": e.get("actor"), "actor_code": e.get("actor_code"),
            "target": e.get("target"), "target_code": e.get("target_code"), "trigger": trigger(e["text"])}


def main():
    events = population(sys.argv[1])
    sample = draw(events)
    for i, s in enumerate(sample):
        s["item"] = f"c{i + 1:03d}"
    print(f"population {len(events)} events; sample {len(sample)} from "
          f"{len({s['id'] for s in sample})} documents", file=sys.stderr)
    json.dump({"seed": SEED, "per_tenth": PER_TENTH, "per_doc": PER_DOC, "events": sample}, sys.stdout,
              indent=1, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
