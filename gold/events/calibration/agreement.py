#!/usr/bin/env python3
"""The second pass of the calibration sample: which events are judged again, and how far the two passes agree.

    python3 gold/events/calibration/agreement.py subset        # the seeded 40 items to judge a second time
    python3 gold/events/calibration/agreement.py               # agreement of judged.json and agreement-second-pass.json

Agreement is on the judgment (right/wrong): the share of equal judgments and Cohen's kappa; the reason classes of
the events both passes judge wrong are compared beside it.
"""
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 2020
SIZE = 40


def subset(sample_items):
    return sorted(random.Random(SEED).sample(sorted(sample_items), SIZE))


def kappa(pairs):
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first = Counter(a for a, _ in pairs)
    second = Counter(b for _, b in pairs)
    expected = sum(first[k] * second[k] for k in set(first) | set(second)) / (n * n)
    return observed, (observed - expected) / (1 - expected) if expected < 1 else 1.0


def main():
    judged = {e["item"]: e for e in json.load(open(HERE / "judged.json"))["events"]}
    if sys.argv[1:] == ["subset"]:
        print(json.dumps(subset(judged)))
        return
    second = {e["item"]: e for e in json.load(open(HERE / "agreement-second-pass.json"))["events"]}
    pairs = [(judged[i]["judgment"], second[i]["judgment"]) for i in sorted(second)]
    observed, k = kappa(pairs)
    print(f"events judged twice: {len(pairs)}; equal judgments: {sum(a == b for a, b in pairs)} "
          f"({observed:.2f}); Cohen's kappa {k:.2f}")
    print("first pass x second pass:", dict(Counter(pairs)))
    both_wrong = [i for i in second if judged[i]["judgment"] == second[i]["judgment"] == "wrong"]
    same_reason = sum(judged[i]["reason"] == second[i]["reason"] for i in both_wrong)
    print(f"judged wrong by both: {len(both_wrong)}; same reason class: {same_reason}")
    for i in sorted(second):
        a, b = judged[i], second[i]
        if (a["judgment"], a["reason"]) != (b["judgment"], b["reason"]):
            print(f"  {i}: first {a['judgment']} {a['reason'] or ''} | second {b['judgment']} {b['reason'] or ''}")


if __name__ == "__main__":
    main()
