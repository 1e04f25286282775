#!/usr/bin/env python3
"""Validate redflags3.fr.tsv (format, allowed values, forbidden characters, expect rule) and print counts."""
import re, sys
from collections import Counter
from pathlib import Path

PATH = Path(__file__).with_name('redflags3.fr.tsv')
HEADER = ['id', 'split', 'section', 'text', 'flags', 'assertions', 'restrictions', 'expect']
SECTIONS = {'narrative', 'pmh', 'ros', 'plan', 'instructions', 'family'}
FLAGS = ['cauda-equina', 'progressive-neurological-deficit', 'possible-fracture', 'cancer-history',
         'possible-infection', 'immunosuppression', 'unexplained-weight-loss', 'night-pain',
         'aortic-aneurysm', 'hold']
ASSERTIONS = ['affirmed', 'negated', 'possible', 'historical', 'hypothetical', 'family']
EXPECTS = ['refer-back', 'needs-review', 'ready']
RESTR_ITEM = re.compile(
    r'^(max-lift:(0|[1-9]\d*)(\.\d+)?kg'
    r'|max-heart-rate:[1-9]\d*'
    r'|no-impact'
    r'|avoid-movement:(flexion|extension|rotation|overhead|axial-load)'
    r'|avoid-position:(prone|supine|kneeling|seated|quadruped|side-lying)'
    r'|weight-bearing:(WBAT|PWB|NWB|TTWB|FWB)'
    r'|other)$')
FORBIDDEN = ['"', '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\t', '|', '\r']

def rule(flags, asserts):
    pairs = list(zip(flags, asserts))
    if any(a == 'affirmed' and f != 'hold' for f, a in pairs):
        return 'refer-back'
    if ('cancer-history', 'historical') in pairs:
        return 'refer-back'
    if any(a == 'possible' for _, a in pairs):
        return 'needs-review'
    if any(a == 'historical' and f != 'cancer-history' for f, a in pairs):
        return 'needs-review'
    if ('hold', 'affirmed') in pairs:
        return 'needs-review'
    return 'ready'

def main():
    errors = []
    raw = PATH.read_bytes()
    if raw.startswith(b'\xef\xbb\xbf'):
        errors.append('file starts with a BOM')
    if b'\r' in raw:
        errors.append('file contains CR (line ends must be LF)')
    if not raw.endswith(b'\n'):
        errors.append('file does not end with LF')
    text = raw.decode('utf-8')  # raises if not UTF-8
    lines = text.split('\n')[:-1]
    if lines[0].split('\t') != HEADER:
        errors.append('bad header: %r' % lines[0])
    rows = []
    for n, line in enumerate(lines[1:], 2):
        cols = line.split('\t')
        if len(cols) != 8:
            errors.append('line %d: %d columns' % (n, len(cols)))
            continue
        rows.append((n, cols))
    ids, texts = [], Counter()
    fc = {f: Counter() for f in FLAGS}
    ac, rc, ec, sc, cat = Counter(), Counter(), Counter(), Counter(), Counter()
    for idx, (n, c) in enumerate(rows, 1):
        rid, split, sec, txt, fl, asr, restr, exp = c
        for col in c:
            if col != col.strip() or col == '':
                errors.append('line %d: empty field or stray whitespace' % n)
        ids.append(rid)
        if rid != 'f3-%04d' % idx:
            errors.append('line %d: id %s out of order (expected f3-%04d)' % (n, rid, idx))
        if split != 'heldout':
            errors.append('line %d: split %s' % (n, split))
        if sec not in SECTIONS:
            errors.append('line %d: section %s' % (n, sec))
        for ch in FORBIDDEN:
            if ch in txt:
                errors.append('line %d: forbidden character %r in text' % (n, ch))
        if re.search(r"\bdon[\u2019']t\b", txt, re.I):
            errors.append('line %d: English don\'t in text' % n)
        if txt.count('«') != txt.count('»'):
            errors.append('line %d: unbalanced guillemets' % n)
        texts[txt] += 1
        if fl == 'none':
            flags, asserts = [], []
            if asr != '-':
                errors.append('line %d: flags none but assertions %s' % (n, asr))
        else:
            flags, asserts = fl.split('|'), asr.split('|')
            if len(flags) != len(asserts):
                errors.append('line %d: %d flags vs %d assertions' % (n, len(flags), len(asserts)))
            if len(set(flags)) != len(flags):
                errors.append('line %d: flag kind repeated' % n)
            for f in flags:
                if f not in FLAGS:
                    errors.append('line %d: unknown flag %s' % (n, f))
            for a in asserts:
                if a not in ASSERTIONS:
                    errors.append('line %d: unknown assertion %s' % (n, a))
        if restr not in ('none', 'lifted'):
            items = restr.split('|')
            if len(set(items)) != len(items):
                errors.append('line %d: restriction item repeated' % n)
            for it in items:
                if not RESTR_ITEM.match(it):
                    errors.append('line %d: bad restriction item %s' % (n, it))
        if exp not in EXPECTS:
            errors.append('line %d: expect %s' % (n, exp))
        elif exp != rule(flags, asserts):
            errors.append('line %d: expect %s, rule gives %s' % (n, exp, rule(flags, asserts)))
        if 'hold' in flags and asserts[flags.index('hold')] == 'affirmed' and restr != 'none':
            errors.append('line %d: affirmed hold row carries restrictions' % n)
        # counts
        for f, a in zip(flags, asserts):
            if f in fc:
                fc[f][a] += 1
            ac[a] += 1
        if restr == 'none':
            rc['none'] += 1
        elif restr == 'lifted':
            rc['lifted'] += 1
        else:
            for it in restr.split('|'):
                rc[it.split(':')[0]] += 1
        ec[exp] += 1
        sc[sec] += 1
        has_f, has_r = bool(flags), restr != 'none'
        cat['flagged' if has_f else 'clean'] += 1
        cat['with restrictions'] += has_r
        cat['flagged + restrictions'] += has_f and has_r
        cat['clean + restrictions'] += (not has_f) and has_r
        cat['clean, no restrictions'] += (not has_f) and (not has_r)
    if len(set(ids)) != len(ids):
        errors.append('duplicate ids')
    for t, k in texts.items():
        if k > 1:
            errors.append('duplicate text: %s' % t)
    if len(rows) != 110:
        errors.append('expected 110 rows, found %d' % len(rows))

    print('rows:', len(rows))
    print('\nflag | ' + ' | '.join(ASSERTIONS) + ' | total')
    for f in FLAGS:
        print('%s | %s | %d' % (f, ' | '.join(str(fc[f][a]) for a in ASSERTIONS), sum(fc[f].values())))
    print('\nassertions:', ', '.join('%s %d' % (a, ac[a]) for a in ASSERTIONS), '| mentions', sum(ac.values()))
    print('restriction items:', ', '.join('%s %d' % kv for kv in sorted(rc.items())))
    print('expect:', ', '.join('%s %d' % (e, ec[e]) for e in EXPECTS))
    print('section:', ', '.join('%s %d' % (s, sc[s]) for s in sorted(SECTIONS)))
    print('rows:', ', '.join('%s %d' % kv for kv in cat.items()))
    if errors:
        print('\n%d ERROR(S):' % len(errors))
        for e in errors:
            print('  ' + e)
        return 1
    print('\nOK: no errors')
    return 0

if __name__ == '__main__':
    sys.exit(main())
