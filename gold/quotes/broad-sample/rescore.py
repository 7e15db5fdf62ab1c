#!/usr/bin/env python3
"""Read a later analyze run of the same pages against the judged sample (issue 22).

Each judged quote is matched to the new run's quote in the same document that overlaps it most (at least half of
the shorter span). Prints what can be known without judging again: non-quotes dropped (gains), true quotes lost
(losses), speakers that changed (right where the new speaker is the judged right name or shares a name word with
it, else listed to be read by hand), and the figures of judged.json recomputed on that basis.
Usage: python3 rescore.py NEW/articles.jsonl [judged.json]
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
STOP = {"the", "a", "an", "of", "mr", "ms", "mrs", "dr", "and"}


def words(name):
    return {w for w in re.findall(r"[a-z]+", (name or "").lower()) if w not in STOP and len(w) > 1}


def overlap(a_start, a_end, b_start, b_end):
    shared = min(a_end, b_end) - max(a_start, b_start)
    return shared / min(a_end - a_start, b_end - b_start) if shared > 0 else 0.0


def new_quotes(path, documents):
    found = {}
    for line in open(path, encoding="utf-8"):
        article = json.loads(line)
        if article["id"] in documents:
            found[article["id"]] = article.get("quotes") or []
    return found


def match(judged, quotes):
    best = max(quotes, key=lambda q: overlap(judged["start"], judged["end"], q["start"], q["end"]), default=None)
    if best is None or overlap(judged["start"], judged["end"], best["start"], best["end"]) < 0.5:
        return None
    return best


def speaker_now(judged, new):
    """The speaker judgment for the new run's speaker of a true quote, or None where it must be read by hand."""
    before = judged["judged"]["speaker_judgment"]
    if (new.get("speaker") or None) == (judged["speaker"] or None):
        return before
    right_name = judged["judged"]["right_speaker"]
    if new.get("speaker") and right_name and words(new["speaker"]) & words(right_name):
        return "right"
    if not new.get("speaker"):
        return "missing"
    return None


def main():
    new_path = sys.argv[1]
    judged_path = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE / "judged.json"
    sample = json.loads(judged_path.read_text(encoding="utf-8"))["quotes"]
    found = new_quotes(new_path, {q["document"] for q in sample})
    counts, to_read = Counter(), []
    for judged in sample:
        new = match(judged, found.get(judged["document"], []))
        is_quote = judged["judged"]["is_quote"]
        if not is_quote:
            counts["non-quote dropped (gain)" if new is None else "non-quote kept"] += 1
            continue
        if new is None:
            counts["true quote lost"] += 1
            continue
        counts["true quote kept"] += 1
        now = speaker_now(judged, new)
        if now is None:
            to_read.append((judged["n"], judged["speaker"], new.get("speaker"), judged["judged"]["right_speaker"]))
            now = "changed, to read"
        elif now != judged["judged"]["speaker_judgment"]:
            counts[f"speaker {judged['judged']['speaker_judgment']} -> {now}"] += 1
        counts[f"speaker {now}"] += 1
    for key, value in sorted(counts.items()):
        print(f"{value:4d}  {key}")
    kept = counts["non-quote kept"] + counts["true quote kept"]
    if kept:
        print(f"precision on the judged quotes still found: {counts['true quote kept'] / kept:.3f} "
              f"({counts['true quote kept']} of {kept})")
    true = sum(q["judged"]["is_quote"] for q in sample)
    print(f"speaker right on the {true} true quotes (a lost quote counts as not right; changed ones not yet read "
          f"count as not right): strict {counts['speaker right']}, lenient {counts['speaker right'] + counts['speaker near']}")
    for n, before, after, right_name in to_read:
        print(f"  read #{n}: {before!r} -> {after!r} (judged right name: {right_name!r})")


if __name__ == "__main__":
    main()
