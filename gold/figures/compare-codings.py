"""Usage: python3 gold/figures/compare-codings.py GOLD.json SECOND.json

Compare a second annotator's figure coding with the gold, matching as dossier eval's FigureScorer does:
for each gold figure in text order, an unused second figure of equal value whose words overlap, else the first
unused one of equal value; when both are vague (no value), one whose words overlap. Each figure is matched once.
Only the gold's documents that the second coding holds are compared. Sources are compared after folding case, one
name inside the other counting as the same (the scorer also matches names as entities); units as the scorer
compares them (equal, or one the head word of the other). Prints the table of agreement.md and every difference."""
import json, sys, unicodedata
gold_path, second_path = sys.argv[1], sys.argv[2]
second = {a['id']: a for a in json.load(open(second_path))['articles']}
gold = {a['id']: a for a in json.load(open(gold_path))['articles'] if a['id'] in second}
fold = lambda s: unicodedata.normalize('NFC', s.strip()).lower() if s else ''
overlaps = lambda g, s: g['start'] < s['end'] and s['start'] < g['end']
def same_unit(g, s):
    if g is None or s is None: return g is None and s is None
    g, s = fold(g), fold(s); return g == s or g.endswith(' ' + s) or s.endswith(' ' + g)
def same_source(g, s):
    if g is None or s is None: return g is None and s is None
    g, s = fold(g), fold(s); return g in s or s in g
def match(g, figs, used):
    fallback = -1
    for i, s in enumerate(figs):
        if used[i]: continue
        if g['value'] is not None and g['value'] == s['value']:
            if overlaps(g, s): return i
            if fallback < 0: fallback = i
        elif g['value'] is None and s['value'] is None and overlaps(g, s): return i
    return fallback
tot = dict(gold=0, second=0, matched=0, measure=0, qualifier=0, source=0, unit=0, scope=0, words=0, overlap=0)
rows = []
for doc_id, ga in gold.items():
    figs = second[doc_id]['figures']; used = [False] * len(figs)
    tot['gold'] += len(ga['figures']); tot['second'] += len(figs)
    per = dict(gold=len(ga['figures']), second=len(figs), matched=0)
    for g in ga['figures']:
        i = match(g, figs, used)
        if i < 0:
            rows.append(('gold only', doc_id, g, None)); continue
        used[i] = True; s = figs[i]; tot['matched'] += 1; per['matched'] += 1
        checks = dict(measure=g['measure'] == s['measure'], qualifier=g['qualifier'] == s['qualifier'],
                      source=same_source(g['source'], s['source']), unit=same_unit(g['unit'], s['unit']),
                      scope=(g['scope'] or '') == (s['scope'] or ''), words=g['text'] == s['text'],
                      overlap=overlaps(g, s))
        for k, v in checks.items(): tot[k] += v
        differ = [k for k, v in checks.items() if not v and k != 'words']
        if differ or not checks['words']: rows.append(('matched, differ: ' + ','.join(differ or ['words']), doc_id, g, s))
    for i, s in enumerate(figs):
        if not used[i]: rows.append(('second only', doc_id, None, s))
    print(f"{ga['file'][-60:]:60} {doc_id} gold {per['gold']:2} second {per['second']:2} matched {per['matched']:2}")
m = tot['matched']; p = m / tot['second']; r = m / tot['gold']
print(f"\nfigures gold / second: {tot['gold']} / {tot['second']}; matched {m}: "
      f"F1 {2*p*r/(p+r):.3f} (precision {p:.3f}, recall {r:.3f})")
for k in ('measure', 'qualifier', 'source', 'unit', 'scope', 'words', 'overlap'):
    print(f"  on matched: same {k}: {tot[k]/m:.3f} ({tot[k]}/{m})")
print()
short = lambda f: None if f is None else {k: f[k] for k in ('start', 'text', 'measure', 'value', 'qualifier', 'unit', 'source', 'scope')}
for kind, doc_id, g, s in rows:
    print(kind, doc_id); print('   gold  ', short(g)); print('   second', short(s))
