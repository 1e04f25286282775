#!/usr/bin/env python3
"""Validate redflags4.fr.tsv (held-out French red-flag and restriction table) and print counts.

Usage: python3 check_fr.py [path]   (default: redflags4.fr.tsv next to this script)
Exit 0 if no error was found, 1 otherwise.
"""
import collections, os, re, sys

HEADER = ['id', 'split', 'section', 'text', 'flags', 'assertions', 'restrictions', 'expect']
SECTIONS = ['history', 'findings', 'diagnosis', 'medications', 'plan', 'restrictions', 'instructions']
FLAGS = ['cauda-equina', 'progressive-neurological-deficit', 'possible-fracture', 'cancer-history',
         'possible-infection', 'immunosuppression', 'unexplained-weight-loss', 'night-pain',
         'aortic-aneurysm', 'hold']
ASSERTIONS = ['affirmed', 'negated', 'possible', 'historical', 'hypothetical', 'family']
EXPECTS = ['refer-back', 'needs-review', 'ready']
N_ROWS = 110
RESTRICTION_RE = re.compile(
    r'^(?:max-lift:[1-9][0-9]*(?:kg|lb)'
    r'|max-duration:[1-9][0-9]*min'
    r'|max-hr:[1-9][0-9]*'
    r'|avoid-movement:(?:flexion|extension|rotation|impact|overhead|axial-load)'
    r'|avoid-position:(?:prone|supine)'
    r'|weight-bearing:(?:as-tolerated|partial|none)'
    r'|progress:as-tolerated'
    r'|other)$')


def expect_of(pairs):
    if any(f != 'hold' and a == 'affirmed' for f, a in pairs):
        return 'refer-back'
    if any(f == 'cancer-history' and a in ('affirmed', 'historical') for f, a in pairs):
        return 'refer-back'
    if any(a in ('possible', 'historical') for _, a in pairs) or ('hold', 'affirmed') in pairs:
        return 'needs-review'
    return 'ready'


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'redflags4.fr.blind.tsv')
    errors = []
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        errors.append('file starts with a BOM')
    if b'\r' in raw:
        errors.append('file contains CR characters (LF line ends required)')
    if not raw.endswith(b'\n'):
        errors.append('file does not end with a newline')
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        print('ERROR: not UTF-8:', e); return 1
    lines = text.split('\n')[:-1]
    if not lines or lines[0].split('\t') != HEADER:
        errors.append('bad header: %r' % (lines[0] if lines else ''))
    rows = []
    for n, line in enumerate(lines[1:], 2):
        cols = line.split('\t')
        if len(cols) != 8:
            errors.append('line %d: %d fields, want 8' % (n, len(cols))); continue
        rows.append((n, dict(zip(HEADER, cols))))
    if len(rows) != N_ROWS:
        errors.append('%d rows, want %d' % (len(rows), N_ROWS))

    seen_text = {}
    per_flag = collections.defaultdict(collections.Counter)
    by_assert = collections.Counter(); by_expect = collections.Counter(); by_section = collections.Counter()
    by_restr = collections.Counter(); by_group = collections.Counter()
    for i, (n, r) in enumerate(rows, 1):
        where = 'line %d (%s)' % (n, r['id'])
        if r['id'] != 'f4-%04d' % i:
            errors.append('%s: id out of order, want f4-%04d' % (where, i))
        if r['split'] != 'heldout':
            errors.append('%s: split %r, want heldout' % (where, r['split']))
        if r['section'] not in SECTIONS:
            errors.append('%s: unknown section %r' % (where, r['section']))
        t = r['text']
        if not t.strip() or t != t.strip():
            errors.append('%s: empty text or surrounding spaces' % where)
        if any(q in t for q in '"\u201c\u201d\u00ab\u00bb'):
            errors.append('%s: double quote in text' % where)
        if t in seen_text:
            errors.append('%s: duplicate text of line %d' % (where, seen_text[t]))
        seen_text[t] = n
        # flags and assertions
        if r['flags'] == 'none' or r['assertions'] == 'none':
            if not (r['flags'] == 'none' and r['assertions'] == 'none'):
                errors.append('%s: flags/assertions must both be none' % where)
            pairs = []
        else:
            fl = r['flags'].split('|'); asr = r['assertions'].split('|')
            if len(fl) != len(asr):
                errors.append('%s: %d flags but %d assertions' % (where, len(fl), len(asr)))
            if len(set(fl)) != len(fl):
                errors.append('%s: a flag kind appears twice' % where)
            for f in fl:
                if f not in FLAGS:
                    errors.append('%s: unknown flag %r' % (where, f))
            for a in asr:
                if a not in ASSERTIONS:
                    errors.append('%s: unknown assertion %r' % (where, a))
            pairs = list(zip(fl, asr))
        # restrictions
        rs = r['restrictions'].split('|')
        if rs in (['none'], ['lifted']):
            pass
        elif 'none' in rs or 'lifted' in rs:
            errors.append('%s: none/lifted must stand alone' % where)
        else:
            for x in rs:
                if not RESTRICTION_RE.match(x):
                    errors.append('%s: bad restriction label %r' % (where, x))
            kinds = [x.split(':')[0] for x in rs if x.startswith(('max-lift', 'max-duration', 'max-hr', 'weight-bearing'))]
            if len(set(rs)) != len(rs) or len(set(kinds)) != len(kinds):
                errors.append('%s: duplicate restriction' % where)
        if ('hold', 'affirmed') in pairs and r['restrictions'] != 'none':
            errors.append('%s: affirmed hold row must have restrictions none' % where)
        # expect
        if r['expect'] not in EXPECTS:
            errors.append('%s: unknown expect %r' % (where, r['expect']))
        e = expect_of(pairs)
        if r['expect'] != e:
            errors.append('%s: expect %r, rules give %r' % (where, r['expect'], e))
        # counts
        by_expect[r['expect']] += 1; by_section[r['section']] += 1
        for f, a in pairs:
            per_flag[f][a] += 1; by_assert[a] += 1
        for x in rs:
            if x != 'none':
                by_restr[re.sub(r':[0-9]+(kg|lb|min)?$', ':N\\1', x) if x.startswith('max-') else x] += 1
        positive = any(a in ('affirmed', 'possible', 'historical') for _, a in pairs)
        has_r = r['restrictions'] != 'none'
        if positive:
            by_group['red flag (affirmed/possible/historical)' + (' + restriction' if has_r else '')] += 1
        elif pairs:
            by_group['only negated/hypothetical/family' + (' + restriction' if has_r else '')] += 1
        else:
            by_group['no flag' + (', restriction' if has_r else ', no restriction')] += 1

    print('file:', path)
    print('rows:', len(rows))
    print('\nexpect:'); [print('  %-14s %3d' % (k, by_expect[k])) for k in EXPECTS]
    print('\nsection:'); [print('  %-14s %3d' % (k, by_section[k])) for k in SECTIONS]
    print('\nkind x assertion:')
    print('  %-34s' % 'flag' + ''.join('%13s' % a for a in ASSERTIONS) + '%8s' % 'total')
    for f in FLAGS:
        c = per_flag[f]
        print('  %-34s' % f + ''.join('%13d' % c[a] for a in ASSERTIONS) + '%8d' % sum(c.values()))
    print('  %-34s' % 'total' + ''.join('%13d' % by_assert[a] for a in ASSERTIONS) + '%8d' % sum(by_assert.values()))
    print('\nrestriction labels:'); [print('  %-28s %3d' % (k, v)) for k, v in sorted(by_restr.items())]
    print('\nrow groups:'); [print('  %-52s %3d' % (k, v)) for k, v in sorted(by_group.items())]
    if errors:
        print('\n%d ERROR(S):' % len(errors)); [print('  ' + e) for e in errors]
        return 1
    print('\nOK: no error found')
    return 0


if __name__ == '__main__':
    sys.exit(main())
