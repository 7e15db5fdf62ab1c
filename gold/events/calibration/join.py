#!/usr/bin/env python3
"""Joins the judged sample to the confidences of the analyze run it was drawn from (after judging) and prints
the share of events judged right per confidence tenth: the estimate of calibration on unseen news.

    python3 gold/events/calibration/join.py /tmp/geo7/out-base/articles.jsonl [judged.json]

With --pairs it prints one "confidence<TAB>right" line per event instead (input for a Platt fit).
"""
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def key(doc, e):
    return (doc, e["start"], e["end"], e["cameo"], e.get("actor_code"))


def confidences(articles_path, docs):
    found = {}
    for line in open(articles_path):
        article = json.loads(line)
        if article["id"] in docs:
            for e in article.get("events") or []:
                found[key(article["id"], e)] = e["confidence"]
    return found


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    judged = json.load(open(args[1] if len(args) > 1 else HERE / "judged.json"))["events"]
    conf = confidences(args[0], {j["id"] for j in judged})
    pairs = [(conf[key(j["id"], j)], j["judgment"] == "right") for j in judged]
    if "--pairs" in sys.argv:
        for c, r in pairs:
            print(f"{c:.6f}\t{int(r)}")
        return
    rows = defaultdict(list)
    for c, r in pairs:
        rows[min(int(c * 10), 9)].append((c, r))
    print("| confidence | judged | right | share right | mean confidence |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for t in range(10):
        got = rows.get(t, [])
        if got:
            right = sum(r for _, r in got)
            mean = sum(c for c, _ in got) / len(got)
            print(f"| {t / 10:.1f}-{(t + 1) / 10:.1f} | {len(got)} | {right} | {right / len(got):.2f} | {mean:.2f} |")
        else:
            print(f"| {t / 10:.1f}-{(t + 1) / 10:.1f} | 0 | 0 | - | - |")
    right = sum(r for _, r in pairs)
    print(f"| all | {len(pairs)} | {right} | {right / len(pairs):.2f} | {sum(c for c, _ in pairs) / len(pairs):.2f} |")


if __name__ == "__main__":
    main()
