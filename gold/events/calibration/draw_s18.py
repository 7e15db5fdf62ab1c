#!/usr/bin/env python3
"""Draws session eighteen's second sample of events on unseen news (judged-s18.json) from an analyze run.

    python3 gold/events/calibration/draw_s18.py /tmp/geo7/out-s18/articles.jsonl > sample.json

Population: the events of the run's English documents that are in no gold/*/develop.json (by id or by bench path,
read through the run's symbolic links) and not at the words of an event of judged.json. Stratified by tenth of the
event model's own probability (the run's confidence taken back through the calibration it shipped with, slope and
intercept below): 13 per tenth where that many exist, at most 2 per document, sparsest tenths first; seed 18. The
documents are split in two halves (fit, test; seed 1818) before any event is judged.
"""
import glob
import json
import math
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SLOPE, INTERCEPT = 0.8350077654252367, -0.10612032103802521  # the calibration main shipped at d53d6b7


def probability(confidence):
    z = math.log(confidence / (1 - confidence))
    return 1 / (1 + math.exp(-(z - INTERCEPT) / SLOPE))


def bench_path(source):
    try:
        target = os.readlink(source)
    except OSError:
        return None
    i = target.find('/bench/')
    return target[i + 7:] if i >= 0 else target


def main():
    ids, files = set(), set()
    for f in glob.glob(str(ROOT / 'gold' / '*' / 'develop.json')):
        for a in json.load(open(f))['articles']:
            ids.add(a.get('id'))
            files.add(a.get('file'))
    spans = {}
    for x in json.load(open(Path(__file__).parent / 'judged.json'))['events']:
        spans.setdefault(x['id'], []).append((x['start'], x['end']))
    population = []
    for line in open(sys.argv[1]):
        a = json.loads(line)
        if a.get('language') != 'en' or not a.get('events'):
            continue
        if a['id'] in ids or bench_path(a['source']) in files:
            continue
        for e in a['events']:
            if any(e['start'] < b and s < e['end'] for s, b in spans.get(a['id'], [])):
                continue
            population.append((a['id'], e, probability(e['confidence'])))
    rng = random.Random(18)
    rng.shuffle(population)
    by_tenth = {}
    for p in population:
        by_tenth.setdefault(min(9, int(p[2] * 10)), []).append(p)
    per_doc, sample = {}, []
    for t in sorted(by_tenth, key=lambda t: len(by_tenth[t])):
        n = 0
        for p in by_tenth[t]:
            if n >= 13:
                break
            if per_doc.get(p[0], 0) >= 2:
                continue
            per_doc[p[0]] = per_doc.get(p[0], 0) + 1
            sample.append(p)
            n += 1
    docs = sorted({p[0] for p in sample})
    random.Random(1818).shuffle(docs)
    half = {d: 'fit' if i % 2 == 0 else 'test' for i, d in enumerate(docs)}
    rng.shuffle(sample)
    out = [{'item': f'n{i + 1:03d}', 'id': d, 'split': half[d], 'start': e['start'], 'end': e['end'],
            'cameo': e['cameo'], 'root': e['root'], 'actor': e.get('actor'), 'actor_code': e.get('actor_code'),
            'target': e.get('target'), 'target_code': e.get('target_code')} for i, (d, e, _) in enumerate(sample)]
    json.dump(out, sys.stdout, indent=1)


if __name__ == '__main__':
    main()
