#!/usr/bin/env python3
"""Joins the judged sample to the confidences of the analyze run it was drawn from (after judging) and prints
the share of events judged right per confidence tenth: the estimate of calibration on unseen news.

    python3 gold/events/calibration/join.py /tmp/geo7/out-base/articles.jsonl [judged.json]

With --pairs it prints one "confidence<TAB>right" line per event instead (input for a Platt fit). With --strict an
event judged right only because the system names its actor as the gold would (its code being wrong or missing,
"actor_by_name") counts as wrong. With --reasons it prints the reasons of the wrong events by tenth.
"""
import json
import sys
from collections import Counter, defaultdict
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
    strict = "--strict" in sys.argv
    pairs = [(conf[key(j["id"], j)], j["judgment"] == "right" and not (strict and j.get("actor_by_name")))
             for j in judged]
    if "--reasons" in sys.argv:
        reasons = ["no event", "wrong root", "wrong actor", "duplicate", "other"]
        print("| confidence | judged | right | " + " | ".join(reasons) + " |")
        print("| --- |" + " ---: |" * (len(reasons) + 2))
        by = defaultdict(Counter)
        for j in judged:
            by[min(int(conf[key(j["id"], j)] * 10), 9)][j["reason"] or "right"] += 1
        for t in sorted(by):
            c = by[t]
            print(f"| {t / 10:.1f}-{(t + 1) / 10:.1f} | {sum(c.values())} | {c['right']} | "
                  + " | ".join(str(c[r]) for r in reasons) + " |")
        total = sum(by.values(), Counter())
        print(f"| all | {sum(total.values())} | {total['right']} | "
              + " | ".join(str(total[r]) for r in reasons) + " |")
        return
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
