#!/usr/bin/env python3
"""How far the judge of the calibration sample agrees with the event gold: events of develop documents
(gold/events/develop.json; main's analyze of the same bench pages), judged by hand the same way and blind to the
gold (develop-check.json), against the verdict `dossier eval` gives them (EventScorer: overlapping words, same CAMEO
root, one system event per gold event preferring those whose actor and then target agree; right when the actor
code agrees on the first six characters, for any one of coordinated actors, or the folded names are equal).

    python3 gold/events/calibration/develop_check.py /tmp/geo7/out-base/articles.jsonl

The name comparison folds accents, case and punctuation; Dossier's Names.fold may differ in small ways.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def fold(name):
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"\W+", " ", ascii_name).strip()


def level(code):
    code = code.strip().upper()
    return code[:6] if len(code) > 6 else code


def same_actor(gold_name, gold_code, name, code):
    if gold_name is None and gold_code is None:
        return name is None and code is None
    if name is None and code is None:
        return False
    if gold_code and code and {level(c) for c in gold_code.split(";")} & {level(c) for c in code.split(";")}:
        return True
    return bool(gold_name and name and fold(gold_name) == fold(name))


def verdicts(gold_events, system_events):
    """The eval's verdict on each system event of one document: right, or wrong."""
    pairs = []
    for gi, g in enumerate(gold_events):
        for si, s in enumerate(system_events):
            if g["start"] < s["end"] and s["start"] < g["end"] and g["cameo"][:2] == s["root"]:
                overlap = min(g["end"], s["end"]) - max(g["start"], s["start"])
                actor = same_actor(g.get("actor"), g.get("actor_code"), s.get("actor"), s.get("actor_code"))
                target = same_actor(g.get("target"), g.get("target_code"), s.get("target"), s.get("target_code"))
                pairs.append((not actor, not target, -overlap, gi, si))
    pairs.sort()
    gold_used, system_used, right = set(), set(), set()
    for actor_wrong, _, _, gi, si in pairs:
        if gi in gold_used or si in system_used:
            continue
        gold_used.add(gi)
        system_used.add(si)
        if not actor_wrong:
            right.add(si)
    return ["right" if si in right else "wrong" for si in range(len(system_events))]


def kappa(pairs):
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[k] * second[k] for k in first) / (n * n)
    return observed, (observed - expected) / (1 - expected)


def main():
    gold = {a["id"]: a for a in json.load(open(HERE.parent / "develop.json"))["articles"]}
    judged = json.load(open(HERE / "develop-check.json"))["events"]
    docs = {j["id"] for j in judged}
    verdict = {}
    for line in open(sys.argv[1]):
        article = json.loads(line)
        if article["id"] in docs:
            events = article["events"]
            for e, v in zip(events, verdicts(gold[article["id"]]["events"], events)):
                verdict[(article["id"], e["start"], e["end"], e["cameo"], e.get("actor_code"))] = v
    for check in ("first", "second"):
        rows = [j for j in judged if j["check"] == check and not j.get("seen_gold")]
        pairs = [(j["judgment"], verdict[(j["id"], j["start"], j["end"], j["cameo"], j["actor_code"])]) for j in rows]
        observed, k = kappa(pairs)
        print(f"{check} check: {len(pairs)} events; judge right {sum(a == 'right' for a, _ in pairs)}, "
              f"eval right {sum(b == 'right' for _, b in pairs)}; equal {sum(a == b for a, b in pairs)} "
              f"({observed:.2f}); Cohen's kappa {k:.2f}")
        for j, (a, b) in zip(rows, pairs):
            if a != b:
                print(f"  {j['item']} judge {a} ({j['reason'] or ''}) eval {b}: {j['cameo']} {j['actor_code']} "
                      f"'{j['trigger']}'")


if __name__ == "__main__":
    main()
