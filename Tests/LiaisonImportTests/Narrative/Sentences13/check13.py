#!/usr/bin/env python3
"""Validate redflags13.en.tsv and print its counts. Exit 0 when every check passes."""
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, 'redflags13.en.tsv')
HEADER = ['id', 'split', 'section', 'text', 'flags', 'assertions', 'restrictions', 'expect']
N_ROWS = 200
SECTIONS = {'narrative', 'pmh', 'family', 'instructions', 'plan', 'ros'}
KINDS = ['cauda-equina', 'progressive-neurological-deficit', 'possible-fracture', 'cancer-history',
         'possible-infection', 'immunosuppression', 'unexplained-weight-loss', 'night-pain',
         'aortic-aneurysm', 'hold']
ASSERTIONS = ['affirmed', 'negated', 'possible', 'historical', 'hypothetical', 'family']
EXPECTS = ['refer-back', 'needs-review', 'ready']
MOVEMENTS = {'flexion', 'extension', 'rotation', 'overhead', 'axial-load'}
POSITIONS = {'supine', 'prone', 'quadruped', 'side-lying', 'standing', 'seated', 'kneeling'}
WB = {'NWB', 'TTWB', 'PWB', 'WBAT', 'FWB'}


def restriction_ok(label):
    if label in ('no-impact', 'other', 'lifted'):
        return True
    if re.fullmatch(r'max-lift:[0-9]+(kg|lb)', label):
        return True
    if re.fullmatch(r'max-heart-rate:[0-9]+', label):
        return True
    kind, _, value = label.partition(':')
    if kind == 'avoid-movement':
        return value in MOVEMENTS
    if kind == 'avoid-position':
        return value in POSITIONS
    if kind == 'weight-bearing':
        return value in WB
    return False


def derive_expect(pairs):
    """Sentences4 README rules."""
    if not pairs:
        return 'ready'
    if any(a == 'affirmed' and k != 'hold' for k, a in pairs):
        return 'refer-back'
    if ('cancer-history', 'historical') in pairs:
        return 'refer-back'
    if any(a == 'possible' for _, a in pairs):
        return 'needs-review'
    if any(a == 'historical' and k != 'cancer-history' for k, a in pairs):
        return 'needs-review'
    if ('hold', 'affirmed') in pairs:
        return 'needs-review'
    return 'ready'


def main():
    errors = []
    raw = open(PATH, 'rb').read()
    try:
        raw.decode('ascii')
    except UnicodeDecodeError as exc:
        errors.append('file is not pure ASCII: %s' % exc)
    if b'\r' in raw:
        errors.append('file contains CR characters (LF line ends required)')
    if not raw.endswith(b'\n'):
        errors.append('file does not end with a newline')
    lines = raw.decode('ascii', 'replace').split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    if not lines or lines[0].split('\t') != HEADER:
        errors.append('header is not exactly: %s' % '\\t'.join(HEADER))
    body = lines[1:]
    if len(body) != N_ROWS:
        errors.append('expected %d rows, found %d' % (N_ROWS, len(body)))

    seen_text = {}
    expect_count = Counter()
    section_count = Counter()
    kind_assert = defaultdict(Counter)
    kind_redflag_rows = Counter()
    assert_mentions = Counter()
    restr_rows = 0
    restr_labels = Counter()
    restr_with_flags = 0
    flagless = 0
    flag_rows = 0

    for n, line in enumerate(body, 1):
        where = 'row %d' % n
        cols = line.split('\t')
        if len(cols) != 8:
            errors.append('%s: %d columns instead of 8' % (where, len(cols)))
            continue
        rid, split, section, text, flags, asserts, restrictions, expect = cols
        want_id = 'h13-%04d' % n
        if rid != want_id:
            errors.append('%s: id %r, expected %r' % (where, rid, want_id))
        where = rid
        if split != 'heldout':
            errors.append('%s: split %r' % (where, split))
        if section not in SECTIONS:
            errors.append('%s: bad section %r' % (where, section))
        section_count[section] += 1
        if not text.strip() or text != text.strip():
            errors.append('%s: empty text or surrounding whitespace' % where)
        for ch in ('"', '|'):
            if ch in text:
                errors.append('%s: text contains %r' % (where, ch))
        if not all(32 <= ord(c) < 127 for c in text):
            errors.append('%s: text has non-printable or non-ASCII characters' % where)
        key = text.strip().lower()
        if key in seen_text:
            errors.append('%s: text duplicates %s' % (where, seen_text[key]))
        seen_text[key] = where

        if flags == 'none':
            if asserts != 'none':
                errors.append('%s: flags none but assertions %r' % (where, asserts))
            pairs = []
        else:
            fl = flags.split('|')
            al = asserts.split('|')
            if len(fl) != len(al):
                errors.append('%s: %d flags but %d assertions' % (where, len(fl), len(al)))
            if len(set(fl)) != len(fl):
                errors.append('%s: a flag kind is repeated' % where)
            for k in fl:
                if k not in KINDS:
                    errors.append('%s: bad flag kind %r' % (where, k))
            for a in al:
                if a not in ASSERTIONS:
                    errors.append('%s: bad assertion %r' % (where, a))
            pairs = list(zip(fl, al))

        if restrictions == 'none':
            rl = []
        else:
            rl = restrictions.split('|')
            if len(set(rl)) != len(rl):
                errors.append('%s: a restriction label is repeated' % where)
            for r in rl:
                if not restriction_ok(r):
                    errors.append('%s: bad restriction label %r' % (where, r))

        if expect not in EXPECTS:
            errors.append('%s: bad expect %r' % (where, expect))
        derived = derive_expect(pairs)
        if expect != derived:
            errors.append('%s: expect %r but the rules give %r' % (where, expect, derived))

        expect_count[expect] += 1
        if pairs:
            flag_rows += 1
        else:
            flagless += 1
        for k, a in pairs:
            kind_assert[k][a] += 1
            assert_mentions[a] += 1
            if expect != 'ready':
                kind_redflag_rows[k] += 1
        if rl:
            restr_rows += 1
            if pairs:
                restr_with_flags += 1
            for r in rl:
                restr_labels[r.split(':')[0]] += 1

    if errors:
        for e in errors:
            print('ERROR: ' + e)
        print('%d error(s)' % len(errors))
        return 1

    total = len(body)
    print('rows: %d, all checks passed' % total)
    print()
    print('expect:')
    for e in EXPECTS:
        print('  %-13s %4d' % (e, expect_count[e]))
    print('  red-flag rows (refer-back + needs-review): %d (%.1f%%)' % (
        expect_count['refer-back'] + expect_count['needs-review'],
        100.0 * (expect_count['refer-back'] + expect_count['needs-review']) / total))
    print('  rows with flags = none: %d; rows with at least one flag: %d' % (flagless, flag_rows))
    print()
    print('sections: ' + ', '.join('%s %d' % (s, c) for s, c in section_count.most_common()))
    print()
    print('per kind (rows | red-flag rows | by assertion):')
    head = '  %-33s %5s %5s ' % ('kind', 'rows', 'rf') + ' '.join('%5s' % a[:5] for a in ASSERTIONS)
    print(head)
    for k in KINDS:
        c = kind_assert[k]
        print('  %-33s %5d %5d ' % (k, sum(c.values()), kind_redflag_rows[k]) +
              ' '.join('%5d' % c[a] for a in ASSERTIONS))
    print()
    print('assertion mentions: ' + ', '.join('%s %d' % (a, assert_mentions[a]) for a in ASSERTIONS))
    print()
    print('restriction rows: %d (%d also carry a flag)' % (restr_rows, restr_with_flags))
    print('restriction labels: ' + ', '.join('%s %d' % (r, c) for r, c in sorted(restr_labels.items())))
    return 0


if __name__ == '__main__':
    sys.exit(main())
