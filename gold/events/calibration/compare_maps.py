#!/usr/bin/env python3
"""Compares maps from the event model's probability to the confidence (session eighteen, issue 20).

    bin/dossier train-events --gold gold/events/develop.json --threshold 0.05 --threads 1 \\
        --model /tmp/evc/a --trigger-model /tmp/evc/b --statement-model /tmp/evc/c --scores-out /tmp/evc/scores.tsv
    python3 gold/events/calibration/compare_maps.py /tmp/evc/scores.tsv /tmp/geo7/out-s18/articles.jsonl

Develop, nested: the cross-validated probabilities of the proposals kept (threshold 0.05) are split into five folds by
story (as ConfidenceCalibrator does); each map is fitted on four folds' probabilities and scored on the fifth. Maps:
identity (the probability as it is), Platt (logistic regression on the logit, weak L2 as LIBLINEAR's C 100),
Platt halfway to the identity, isotonic (pool adjacent violators), isotonic with each block's share pulled toward its
mean probability by 10 pseudo-events. Then each map fitted on all of develop is scored on the judged events of
unseen news (judged.json less development documents, judged-s18.json; all, and the test half of judged-s18), whose
model probability is the run's confidence taken back through the calibration that run shipped with (--slope,
--intercept; default main at d53d6b7). Prints per-tenth tables (tenth, events, mean confidence, share right), the
largest gap over tenths of 20+ events, log loss and Brier.
"""
import argparse
import glob
import json
import os
import random
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]


def logit(p):
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return np.log(p / (1 - p))


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def platt(p, y, l2=1 / 100):
    x = np.stack([logit(p), np.ones_like(p)], 1)
    w = np.zeros(2)
    for _ in range(100):
        q = sigmoid(x @ w)
        step = np.linalg.solve((x * (q * (1 - q))[:, None]).T @ x + l2 * np.eye(2), x.T @ (q - y) + l2 * w)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return w


def isotonic_blocks(p, y):
    order = np.argsort(p)
    blocks = []  # [right, events, least p, most p]
    for x, v in zip(p[order], y[order]):
        blocks.append([v, 1, x, x])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] >= blocks[-1][0] / blocks[-1][1]:
            s, n, _, b = blocks.pop()
            blocks[-1][0] += s
            blocks[-1][1] += n
            blocks[-1][3] = b
    return blocks


def maps(p, y):
    a, b = platt(p, y)
    blocks = isotonic_blocks(p, y)
    mid = np.array([(k[2] + k[3]) / 2 for k in blocks])
    share = np.array([k[0] / k[1] for k in blocks])
    pulled = np.array([(k[0] + 10 * (k[2] + k[3]) / 2) / (k[1] + 10) for k in blocks])
    return {
        'identity': lambda q: q,
        'platt': lambda q: sigmoid(a * logit(q) + b),
        'platt-half': lambda q: sigmoid((1 + (a - 1) / 2) * logit(q) + b / 2),
        'isotonic': lambda q: np.interp(q, mid, share),
        'isotonic-pulled': lambda q: np.interp(q, mid, pulled),
    }, (a, b)


def report(name, confidences, y, least=20):
    rows, gap = [], 0.0
    for t in range(10):
        m = np.minimum(9, np.floor(confidences * 10)) == t
        if m.sum():
            mean, right = confidences[m].mean(), y[m].mean()
            rows.append(f'{t / 10:.1f} {int(m.sum())} {mean:.3f} {right:.3f}')
            if m.sum() >= least:
                gap = max(gap, abs(mean - right))
    c = np.clip(confidences, 1e-9, 1 - 1e-9)
    loss = -np.mean(y * np.log(c) + (1 - y) * np.log(1 - c))
    brier = np.mean((confidences - y) ** 2)
    print(f'  {name:16s} largest gap (20+) {gap:.3f}  log loss {loss:.4f}  Brier {brier:.4f}')
    print('      ' + '; '.join(rows))


def judged_events(articles, slope, intercept):
    ids, files = set(), set()
    for f in glob.glob(str(ROOT / 'gold' / '*' / 'develop.json')):
        for a in json.load(open(f))['articles']:
            ids.add(a.get('id'))
            files.add(a.get('file'))
    run = {}
    for line in open(articles):
        a = json.loads(line)
        run[a['id']] = a
    out = {}
    for name in ('judged.json', 'judged-s18.json'):
        for j in json.load(open(HERE / name))['events']:
            a = run.get(j['id'])
            if a is None or j['id'] in ids or j['source'] in files:
                continue
            same = [e for e in a['events'] if (e['start'], e['end'], e['cameo'], e.get('actor_code'))
                    == (j['start'], j['end'], j['cameo'], j.get('actor_code'))]
            if same:
                z = float(logit(np.array(same[0]['confidence'])))
                out.setdefault(name, []).append((j.get('split'), float(sigmoid((z - intercept) / slope)),
                                                 j['judgment'] == 'right'))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('scores')
    ap.add_argument('articles')
    ap.add_argument('--slope', type=float, default=0.8350077654252367)
    ap.add_argument('--intercept', type=float, default=-0.10612032103802521)
    ap.add_argument('--threshold', type=float, default=0.05)
    args = ap.parse_args()
    rows = [line.rstrip('\n').split('\t') for line in open(args.scores)]
    rows = [r for r in rows if float(r[3]) >= args.threshold]
    stories = [r[1] for r in rows]
    y = np.array([int(r[2]) >= 0 for r in rows], float)
    p = np.array([float(r[3]) for r in rows])
    print(f'Develop: {len(p)} proposals kept, {int(y.sum())} right, {len(set(stories))} stories; nested, five folds '
          'by story')
    ordered = sorted(set(stories))
    held_out = {}
    for k in range(5):
        held = np.array([s in set(ordered[k::5]) for s in stories])
        for name, f in maps(p[~held], y[~held])[0].items():
            held_out.setdefault(name, np.zeros_like(p))[held] = f(p[held])
    for name, c in held_out.items():
        report(name, c, y)
    gaps = {}
    for seed in range(50):
        shuffled = list(ordered)
        random.Random(seed).shuffle(shuffled)
        c_by = {}
        for k in range(5):
            held = np.array([s in set(shuffled[k::5]) for s in stories])
            for name, f in maps(p[~held], y[~held])[0].items():
                c_by.setdefault(name, np.zeros_like(p))[held] = f(p[held])
        for name, c in c_by.items():
            gap = max((abs(c[m].mean() - y[m].mean()) for t in range(10)
                       for m in [np.minimum(9, np.floor(c * 10)) == t] if m.sum() >= 20), default=0)
            gaps.setdefault(name, []).append(gap)
    print('50 other assignments of stories to folds: mean largest gap, share of assignments within 0.1')
    for name, g in gaps.items():
        print(f'  {name:16s} {np.mean(g):.3f} {np.mean(np.array(g) <= 0.1):.2f}')
    fitted, (a, b) = maps(p, y)
    print(f'Platt fitted on all of develop: slope {a:.4f}, intercept {b:.4f}')
    judged = judged_events(args.articles, args.slope, args.intercept)
    groups = {'judged.json, no development document': judged.get('judged.json', []),
              'judged-s18.json': judged.get('judged-s18.json', []),
              'judged-s18.json, test half': [j for j in judged.get('judged-s18.json', []) if j[0] == 'test']}
    groups['both'] = groups['judged.json, no development document'] + groups['judged-s18.json']
    for title, events in groups.items():
        q = np.array([e[1] for e in events])
        r = np.array([e[2] for e in events], float)
        print(f'Judged unseen news, {title}: {len(q)} events, {int(r.sum())} right')
        for name, f in fitted.items():
            report(name, f(q), r)


if __name__ == '__main__':
    main()
