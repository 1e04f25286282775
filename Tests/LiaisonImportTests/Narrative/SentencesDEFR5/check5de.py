#!/usr/bin/env python3
"""Validate redflags5.de.tsv (blind held-out German table) and print counts."""
import re
import sys
from collections import Counter
from pathlib import Path

PATH = Path(__file__).with_name('redflags5.de.tsv')
HEADER = ['id', 'split', 'section', 'text', 'flags', 'assertions', 'restrictions', 'expect']
SECTIONS = {'narrative', 'pmh', 'family', 'instructions', 'plan', 'ros'}
FLAGS = ['cauda-equina', 'possible-fracture', 'cancer-history', 'possible-infection',
         'immunosuppression', 'unexplained-weight-loss', 'night-pain',
         'progressive-neurological-deficit', 'aortic-aneurysm', 'hold']
ASSERTIONS = ['affirmed', 'negated', 'possible', 'historical', 'hypothetical', 'family']
EXPECTS = ['refer-back', 'needs-review', 'ready']
RESTRICTION = re.compile(
    r'^(max-lift:[1-9][0-9]*(kg|lb)'
    r'|avoid-movement:(flexion|extension|rotation|overhead|axial-load)'
    r'|no-impact'
    r'|max-heart-rate:[1-9][0-9]*'
    r'|avoid-position:(supine|prone|quadruped|side-lying|standing|seated|kneeling)'
    r'|weight-bearing:(NWB|TTWB|PWB|WBAT|FWB)'
    r'|other|lifted)$')
N_ROWS = 110


def expected(pairs):
    if any(f != 'hold' and a == 'affirmed' for f, a in pairs):
        return 'refer-back'
    if any(f == 'cancer-history' and a == 'historical' for f, a in pairs):
        return 'refer-back'
    if any(a in ('possible', 'historical') for _, a in pairs) or ('hold', 'affirmed') in pairs:
        return 'needs-review'
    return 'ready'


def main():
    errors = []
    raw = PATH.read_bytes()
    if b'\r' in raw:
        errors.append('CR line ending found')
    text = raw.decode('utf-8')
    if not text.endswith('\n'):
        errors.append('file does not end with LF')
    lines = text.rstrip('\n').split('\n')
    if lines[0].split('\t') != HEADER:
        errors.append('bad header: %r' % lines[0])
    rows = []
    for n, line in enumerate(lines[1:], 1):
        cols = line.split('\t')
        if len(cols) != 8:
            errors.append('line %d: %d columns' % (n + 1, len(cols)))
            continue
        rows.append(dict(zip(HEADER, cols)))
    if len(rows) != N_ROWS:
        errors.append('expected %d rows, found %d' % (N_ROWS, len(rows)))
    texts = Counter(r['text'] for r in rows)
    for t, c in texts.items():
        if c > 1:
            errors.append('duplicate text: %s' % t)
    flag_ct = {f: Counter() for f in FLAGS}
    assert_ct, expect_ct, section_ct, restr_ct = Counter(), Counter(), Counter(), Counter()
    restr_rows = flagged_rows = 0
    for i, r in enumerate(rows, 1):
        rid = r['id']
        if rid != 'd5-%04d' % i:
            errors.append('%s: id out of order (want d5-%04d)' % (rid, i))
        if r['split'] != 'heldout':
            errors.append('%s: split %r' % (rid, r['split']))
        if r['section'] not in SECTIONS:
            errors.append('%s: section %r' % (rid, r['section']))
        t = r['text']
        if not t.strip() or '"' in t or '|' in t or t != t.strip():
            errors.append('%s: bad text field' % rid)
        if r['flags'] == 'none':
            if r['assertions'] != '-':
                errors.append('%s: flags none but assertions %r' % (rid, r['assertions']))
            pairs = []
        else:
            fl = r['flags'].split('|')
            asr = r['assertions'].split('|')
            if len(fl) != len(asr):
                errors.append('%s: %d flags vs %d assertions' % (rid, len(fl), len(asr)))
            if len(set(fl)) != len(fl):
                errors.append('%s: repeated flag' % rid)
            for f in fl:
                if f not in FLAGS:
                    errors.append('%s: unknown flag %r' % (rid, f))
            for a in asr:
                if a not in ASSERTIONS:
                    errors.append('%s: unknown assertion %r' % (rid, a))
            pairs = list(zip(fl, asr))
            flagged_rows += 1
        for f, a in pairs:
            if f in flag_ct:
                flag_ct[f][a] += 1
            assert_ct[a] += 1
        if r['restrictions'] != 'none':
            restr_rows += 1
            items = r['restrictions'].split('|')
            for it in items:
                if not RESTRICTION.match(it):
                    errors.append('%s: bad restriction %r' % (rid, it))
                restr_ct[it.split(':')[0]] += 1
            if len(set(items)) != len(items):
                errors.append('%s: repeated restriction' % rid)
        if ('hold', 'affirmed') in pairs and r['restrictions'] != 'none':
            errors.append('%s: hold row must carry restrictions none' % rid)
        if r['expect'] not in EXPECTS:
            errors.append('%s: expect %r' % (rid, r['expect']))
        elif r['expect'] != expected(pairs):
            errors.append('%s: expect %s, rules give %s' % (rid, r['expect'], expected(pairs)))
        expect_ct[r['expect']] += 1
        section_ct[r['section']] += 1

    print('rows: %d  flagged: %d  with restrictions: %d' % (len(rows), flagged_rows, restr_rows))
    print('%-34s %s  total' % ('flag', ' '.join('%-5s' % a[:5] for a in ASSERTIONS)))
    for f in FLAGS:
        c = flag_ct[f]
        print('%-34s %s  %d' % (f, ' '.join('%-5d' % c[a] for a in ASSERTIONS), sum(c.values())))
    print('assertions:', dict(assert_ct))
    print('expect:', {e: expect_ct[e] for e in EXPECTS},
          'ready share: %.0f%%' % (100.0 * expect_ct['ready'] / max(len(rows), 1)))
    print('sections:', dict(section_ct))
    print('restriction kinds:', dict(restr_ct))
    if errors:
        print('%d error(s):' % len(errors))
        for e in errors:
            print('  ' + e)
        return 1
    print('OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
