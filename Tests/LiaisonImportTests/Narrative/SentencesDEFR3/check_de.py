#!/usr/bin/env python3
"""Validate redflags3.de.tsv: format, allowed labels, forbidden characters, ids, expect rule.
Usage: python3 check_de.py [path]   (default: redflags3.de.tsv next to this script)
Exits 1 on any error and prints counts on success."""
import os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'redflags3.de.tsv')
HEADER = 'id\tsplit\tsection\ttext\tflags\tassertions\trestrictions\texpect'
SECTIONS = {'narrative', 'pmh', 'ros', 'plan', 'instructions', 'family'}
FLAGS = ['cauda-equina', 'progressive-neurological-deficit', 'possible-fracture', 'cancer-history',
         'possible-infection', 'immunosuppression', 'unexplained-weight-loss', 'night-pain',
         'aortic-aneurysm', 'hold']
ASSERTIONS = ['affirmed', 'negated', 'possible', 'historical', 'hypothetical', 'family']
EXPECTS = ['refer-back', 'needs-review', 'ready']
RESTR_RE = [
    re.compile(r'max-lift:(0|[1-9][0-9]*)(\.[0-9]*[1-9])?kg'),
    re.compile(r'max-heart-rate:[1-9][0-9]*'),
    re.compile(r'no-impact'),
    re.compile(r'avoid-movement:(flexion|extension|rotation|overhead|axial-load)'),
    re.compile(r'avoid-position:(prone|supine|kneeling|seated|quadruped|side-lying)'),
    re.compile(r'weight-bearing:(WBAT|PWB|NWB|TTWB|FWB)'),
    re.compile(r'other'),
]
FORBIDDEN = {'"': 'ASCII double quote', '\u201e': 'low double quote', '\u201c': 'left double quote',
             '\u201d': 'right double quote', '\u00ab': 'guillemet', '\u00bb': 'guillemet',
             '\u2033': 'double prime', '|': 'pipe', '\t': 'tab', '\r': 'CR'}

def rule(flags, asserts):
    p = list(zip(flags, asserts))
    if any(a == 'affirmed' and f != 'hold' for f, a in p): return 'refer-back'
    if any(f == 'cancer-history' and a == 'historical' for f, a in p): return 'refer-back'
    if any(a == 'possible' for _, a in p): return 'needs-review'
    if any(a == 'historical' and f != 'cancer-history' for f, a in p): return 'needs-review'
    if any(f == 'hold' and a == 'affirmed' for f, a in p): return 'needs-review'
    return 'ready'

errors = []
raw = open(PATH, 'rb').read()
if raw.startswith(b'\xef\xbb\xbf'): errors.append('file starts with a BOM')
if b'\r' in raw: errors.append('file contains CR (line ends must be LF)')
if not raw.endswith(b'\n'): errors.append('file does not end with LF')
try:
    data = raw.decode('utf-8')
except UnicodeDecodeError as e:
    sys.exit(f'ERROR not UTF-8: {e}')
lines = data.split('\n')[:-1]
if lines[0] != HEADER: errors.append('header mismatch: %r' % lines[0])
rows = []
for n, ln in enumerate(lines[1:], 2):
    f = ln.split('\t')
    if len(f) != 8:
        errors.append(f'line {n}: {len(f)} fields'); continue
    rows.append((n, f))

seen_ids, seen_text = set(), {}
flag_ct = {k: Counter() for k in FLAGS}
asrt_ct, sec_ct, exp_ct, restr_ct = Counter(), Counter(), Counter(), Counter()
flagged = restricted = both = 0
for i, (n, (rid, split, sec, text, fl, asr, rs, exp)) in enumerate(rows, 1):
    if rid != f'd3-{i:04d}': errors.append(f'line {n}: id {rid} out of order (want d3-{i:04d})')
    if rid in seen_ids: errors.append(f'line {n}: duplicate id {rid}')
    seen_ids.add(rid)
    if split != 'heldout': errors.append(f'line {n}: split {split}')
    if sec not in SECTIONS: errors.append(f'line {n}: section {sec}')
    sec_ct[sec] += 1
    if not text.strip() or text != text.strip(): errors.append(f'line {n}: empty or padded text')
    for ch, name in FORBIDDEN.items():
        if ch in text: errors.append(f'line {n}: text contains {name}')
    if text in seen_text: errors.append(f'line {n}: text duplicates line {seen_text[text]}')
    seen_text[text] = n
    # flags / assertions
    if fl == 'none':
        if asr != '-': errors.append(f'line {n}: flags none but assertions {asr}')
        flags, asserts = [], []
    else:
        flags, asserts = fl.split('|'), asr.split('|')
        if len(flags) != len(asserts): errors.append(f'line {n}: {len(flags)} flags vs {len(asserts)} assertions')
        if len(set(flags)) != len(flags): errors.append(f'line {n}: flag kind repeated')
        for fk in flags:
            if fk not in FLAGS: errors.append(f'line {n}: unknown flag {fk}')
        for a in asserts:
            if a not in ASSERTIONS: errors.append(f'line {n}: unknown assertion {a}')
        for fk, a in zip(flags, asserts):
            if fk in flag_ct and a in ASSERTIONS: flag_ct[fk][a] += 1; asrt_ct[a] += 1
    # restrictions
    if rs in ('none', 'lifted'):
        items = []
    else:
        items = rs.split('|')
        for it in items:
            if not any(r.fullmatch(it) for r in RESTR_RE): errors.append(f'line {n}: bad restriction {it!r}')
        if len(set(items)) != len(items): errors.append(f'line {n}: restriction item repeated')
        mk = [it.split(':')[0] for it in items if it.startswith(('max-lift', 'max-heart-rate', 'weight-bearing'))]
        if len(set(mk)) != len(mk): errors.append(f'line {n}: two values for one capped restriction')
    restr_ct[rs if rs in ('none', 'lifted') else None] += 1 if rs in ('none', 'lifted') else 0
    for it in items: restr_ct[it.split(':')[0]] += 1
    # expect
    if exp not in EXPECTS: errors.append(f'line {n}: expect {exp}')
    want = rule(flags, asserts)
    if exp != want: errors.append(f'line {n}: expect {exp}, rule gives {want}')
    exp_ct[exp] += 1
    isf, isr = bool(flags), rs != 'none'
    flagged += isf; restricted += isr; both += isf and isr

if len(rows) != 110: errors.append(f'{len(rows)} rows, want 110')
restr_ct.pop(None, None)
if errors:
    for e in errors: print('ERROR', e)
    print(f'{len(errors)} error(s)'); sys.exit(1)

N = len(rows)
print(f'OK {PATH}: {N} rows, header exact, ids d3-0001..d3-{N:04d} unique, split heldout, UTF-8 no BOM, LF')
print(f'rows with a flag: {flagged} ({100*flagged/N:.0f}%), with restrictions (incl. lifted): {restricted} '
      f'({100*restricted/N:.0f}%), both: {both}, neither: {N-flagged-restricted+both}')
print('\nflag\t' + '\t'.join(ASSERTIONS) + '\ttotal')
for k in FLAGS:
    print(k + '\t' + '\t'.join(str(flag_ct[k][a]) for a in ASSERTIONS) + f'\t{sum(flag_ct[k].values())}')
print('\nassertions: ' + ', '.join(f'{a} {asrt_ct[a]}' for a in ASSERTIONS) + f' (total {sum(asrt_ct.values())})')
print('restriction items: ' + ', '.join(f'{k} {v}' for k, v in sorted(restr_ct.items())))
print('expect: ' + ', '.join(f'{e} {exp_ct[e]}' for e in EXPECTS))
print('section: ' + ', '.join(f'{s} {sec_ct[s]}' for s in sorted(SECTIONS)))
