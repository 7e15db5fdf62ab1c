#!/usr/bin/env python3
"""Figures of the judged sample: precision, span, type, speaker accuracy (95% Wilson interval), error classes,
and the agreement of the second pass with the first. Usage: python3 tally.py [judged.json [second-pass.json]]"""
import json
import math
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent


def wilson(right, total, z=1.96):
    if total == 0:
        return (0.0, 0.0)
    p = right / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return (centre - half, centre + half)


def share(right, total):
    low, high = wilson(right, total)
    return f"{right / total:.3f} ({right} of {total}; 95% {low:.3f}-{high:.3f})" if total else "-"


# Families of the reason classes, for the speaker's errors (the classes themselves are in judged.json).
SPEAKER_FAMILIES = {
    "the article's own description of a source it names elsewhere (near)": (
        "description of a named body, unresolved", "description of a named person, unresolved",
        "office title of a named person, unresolved", "a document (statement) of a named body, unresolved"),
    "speaker cut short: a head noun, one of two (near)": ("description cut to its head noun", "one of a coordinated source"),
    "resolved to the wrong person (pronoun, shared surname)": (
        "pronoun resolved to the wrong antecedent", "pronoun resolved to the wrong person",
        "shared surname resolved to another person"),
    "wrong phrase taken as speaker (another clause's subject, a place, a name in a description)": (
        "subject of another clause taken as speaker", "a name inside the speaker's description taken as speaker",
        "place name taken as speaker", "trailing attribution missed, speaker taken from the sentence before",
        "trailing attribution missed, another verb read as the cue"),
    "first-person speaker dropped (I, we)": (
        "first-person speaker dropped", "first-person speaker dropped; narration joined into the quotation"),
    "speaker outside the sentence, not carried (a quotation that goes on, a speaker named before)": (
        "quotation that goes on after an attributed one, not joined",
        "speaker in the sentence before the quotation, no cue in reach",
        "speaker named by an action beat, no speech verb"),
    "other missing (a surname's trailing attribution, a cue in German, an attributing phrase)": (
        "trailing attribution with a surname, speaker dropped", "cue in another language (German page)",
        "quoted fragment attributed by a phrase (by her own accounting), no speech verb"),
}


def family(reason):
    return next((name for name, reasons in SPEAKER_FAMILIES.items() if reason in reasons), reason)


def figures(quotes, label):
    judged = [q["judged"] for q in quotes]
    true = [q for q in quotes if q["judged"]["is_quote"]]
    print(f"## {label}")
    print("quotes at all (precision):", share(len(true), len(judged)))
    for kind in ("direct", "reported"):
        of_kind = [q for q in quotes if q["type"] == kind]
        print(f"  of Dossier's {kind} quotes:", share(sum(q["judged"]["is_quote"] for q in of_kind), len(of_kind)))
    spans = Counter(q["judged"]["span"] for q in true)
    print("span right:", share(spans["right"], len(true)), dict(spans))
    print("type right:", share(sum(q["judged"]["type_right"] for q in true), len(true)))
    speakers = Counter(q["judged"]["speaker_judgment"] for q in true)
    print("speaker judgments:", dict(speakers))
    print("speaker accuracy, strict (the name the article gives):", share(speakers["right"], len(true)))
    print("speaker accuracy, lenient (also the article's own description or a part of the source, as PolNeAR "
          "scores it):", share(speakers["right"] + speakers["near"], len(true)))
    given = len(true) - speakers["missing"]
    print("speaker accuracy where Dossier gives a speaker, strict:", share(speakers["right"], given))
    for kind in ("direct", "reported"):
        of_kind = [q for q in true if q["type"] == kind]
        right = sum(q["judged"]["speaker_judgment"] == "right" for q in of_kind)
        near = sum(q["judged"]["speaker_judgment"] == "near" for q in of_kind)
        print(f"  {kind}: strict {share(right, len(of_kind))}; lenient {share(right + near, len(of_kind))}")
    anonymous = [q for q in true if q["speaker_anonymous"]]
    print("speakers flagged anonymous among true quotes:", len(anonymous),
          "right:", sum(q["judged"]["speaker_judgment"] == "right" for q in anonymous))
    print("\nnot quotes, by class:")
    for reason, count in Counter(q["judged"]["reason"] for q in quotes if not q["judged"]["is_quote"]).most_common():
        print(f"  {count:3d}  {reason}")
    print("speaker errors of true quotes (near, wrong, missing), by family:")
    for name, count in Counter(family(q["judged"]["reason"]) for q in true
                               if q["judged"]["speaker_judgment"] != "right").most_common():
        print(f"  {count:3d}  {name}")
    print("span or type errors of true quotes whose speaker is right, by class:")
    for reason, count in Counter(q["judged"]["reason"] for q in true if q["judged"]["speaker_judgment"] == "right"
                                 and q["judged"]["reason"] != "right").most_common():
        print(f"  {count:3d}  {reason}")
    debatable = [q for q in quotes if q["judged"].get("debatable")]
    flips = sum(1 for q in debatable if q["judged"]["debatable"].startswith("quote at all"))
    print(f"debatable calls: {len(debatable)} (on 'quote at all': {flips}); precision if every such call went the "
          f"other way: {(len(true) - sum(1 for q in debatable if q['judged']['is_quote'] and q['judged']['debatable'].startswith('quote at all'))) / len(quotes):.3f} to "
          f"{(len(true) + sum(1 for q in debatable if not q['judged']['is_quote'] and q['judged']['debatable'].startswith('quote at all'))) / len(quotes):.3f}")
    print()


def by_page(quotes):
    news = [q for q in quotes if q["page"] == "news"]
    true = [q for q in news if q["judged"]["is_quote"]]
    right = sum(q["judged"]["speaker_judgment"] == "right" for q in true)
    near = sum(q["judged"]["speaker_judgment"] == "near" for q in true)
    print(f"## news and commentary pages only ({len(news)} quotes; {len(quotes) - len(news)} are on wikis, fiction, "
          "spam and company pages)")
    print("quotes at all (precision):", share(len(true), len(news)))
    print("span right:", share(sum(q["judged"]["span"] == "right" for q in true), len(true)))
    print("type right:", share(sum(q["judged"]["type_right"] for q in true), len(true)))
    print("speaker accuracy, strict:", share(right, len(true)), "; lenient:", share(right + near, len(true)))
    print()


def agreement(first, second):
    by_n = {q["n"]: q["judged"] for q in first}
    print(f"## agreement of the second pass ({len(second)} quotes) with the first")
    questions = [("quote at all", lambda j: j["is_quote"]), ("span", lambda j: j["span"]),
                 ("type", lambda j: j["type_right"]), ("speaker", lambda j: j["speaker_judgment"])]
    for name, value in questions:
        pairs = [(value(by_n[q["n"]]), value(q["judged"])) for q in second]
        if name != "quote at all":
            pairs = [p for p, q in zip(pairs, second) if by_n[q["n"]]["is_quote"] and q["judged"]["is_quote"]]
        equal = sum(a == b for a, b in pairs)
        print(f"  {name}: {equal} of {len(pairs)} equal ({equal / len(pairs):.3f})")
    print()


def main():
    first_path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "judged.json"
    second_path = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE / "second-pass.json"
    first = json.loads(first_path.read_text(encoding="utf-8"))["quotes"]
    figures(first, f"first pass ({len(first)} quotes)")
    by_page(first)
    if second_path.exists():
        agreement(first, json.loads(second_path.read_text(encoding="utf-8"))["quotes"])


if __name__ == "__main__":
    main()
