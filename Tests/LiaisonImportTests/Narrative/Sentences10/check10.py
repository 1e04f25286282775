#!/usr/bin/env python3
"""Validate redflags10.en.tsv against the Sentences4 README conventions and print counts.

Usage: python3 check10.py [path-to-tsv]   (default: redflags10.en.tsv next to this script)
Exit status 0 when every check passes, 1 otherwise.
"""
import collections, pathlib, re, sys

HEADER = ['id', 'split', 'section', 'text', 'flags', 'assertions', 'restrictions', 'expect']
SECTIONS = {'narrative', 'pmh', 'plan', 'ros', 'instructions', 'family'}
KINDS = ['cauda-equina', 'progressive-neurological-deficit', 'possible-fracture', 'cancer-history',
         'possible-infection', 'immunosuppression', 'unexplained-weight-loss', 'night-pain',
         'aortic-aneurysm', 'hold']
ASSERTIONS = ['affirmed', 'negated', 'possible', 'historical', 'hypothetical', 'family']
EXPECTS = ['refer-back', 'needs-review', 'ready']
N_ROWS = 300


def rule_expect(pairs):
    """README rules: refer-back > needs-review > ready."""
    if any(a == 'affirmed' and k != 'hold' for k, a in pairs):
        return 'refer-back'
    if any(k == 'cancer-history' and a == 'historical' for k, a in pairs):
        return 'refer-back'
    if any(a == 'possible' for _, a in pairs):
        return 'needs-review'
    if any(a == 'historical' and k != 'cancer-history' for k, a in pairs):
        return 'needs-review'
    if any(k == 'hold' and a == 'affirmed' for k, a in pairs):
        return 'needs-review'
    return 'ready'


def main():
    path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name('redflags10.en.tsv')
    raw = path.read_bytes()
    fails = []
    def check(ok, msg):
        if not ok:
            fails.append(msg)

    try:
        content = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        print('FAIL: not UTF-8:', e); return 1
    check(b'\r' not in raw, 'CR characters found (line ends must be LF)')
    check(raw.endswith(b'\n'), 'file does not end with a newline')
    check(all(b < 128 for b in raw), 'non-ASCII bytes found')
    lines = content.split('\n')[:-1]
    check(lines[0].split('\t') == HEADER, f'header mismatch: {lines[0]!r}')
    body = lines[1:]
    check(len(body) == N_ROWS, f'expected {N_ROWS} rows, found {len(body)}')

    ids, texts = [], collections.Counter()
    by_expect, by_section = collections.Counter(), collections.Counter()
    by_assert = collections.Counter()
    kind_rows, kind_red = collections.Counter(), collections.Counter()
    kind_assert = collections.defaultdict(collections.Counter)
    none_rows = 0
    for n, line in enumerate(body, 2):
        f = line.split('\t')
        if len(f) != 8:
            check(False, f'line {n}: {len(f)} fields'); continue
        rid, split, section, text, flags, asserts, restr, exp = f
        ids.append(rid); texts[text] += 1
        check(split == 'heldout', f'line {n}: split {split!r}')
        check(restr == 'none', f'line {n}: restrictions {restr!r}')
        check(section in SECTIONS, f'line {n}: section {section!r}')
        check(exp in EXPECTS, f'line {n}: expect {exp!r}')
        check(text == text.strip() and text != '', f'line {n}: empty or padded text')
        check(not re.search(r'["|\t]', text), f'line {n}: forbidden character in text')
        if flags == 'none' or asserts == '-':
            check(flags == 'none' and asserts == '-', f'line {n}: none/- mismatch ({flags} / {asserts})')
            pairs = []
            none_rows += 1
        else:
            fl, al = flags.split('|'), asserts.split('|')
            check(len(fl) == len(al), f'line {n}: {len(fl)} flags vs {len(al)} assertions')
            for k in fl: check(k in KINDS, f'line {n}: unknown kind {k!r}')
            for a in al: check(a in ASSERTIONS, f'line {n}: unknown assertion {a!r}')
            check(len(set(fl)) == len(fl), f'line {n}: kind repeated')
            pairs = list(zip(fl, al))
        want = rule_expect(pairs)
        check(exp == want, f'line {n} ({rid}): expect {exp} but rules give {want}')
        by_expect[exp] += 1; by_section[section] += 1
        for k, a in pairs:
            by_assert[a] += 1; kind_rows[k] += 1; kind_assert[k][a] += 1
            if exp != 'ready': kind_red[k] += 1

    check(len(set(ids)) == len(ids), 'duplicate ids')
    check(ids == [f'h10-{i:04d}' for i in range(1, len(body) + 1)], 'ids not h10-0001.. in order')
    dup = [t for t, c in texts.items() if c > 1]
    check(not dup, f'repeated texts: {dup[:3]}')

    print(f'file: {path.name}  rows: {len(body)}')
    print('expect:', ', '.join(f'{e} {by_expect[e]}' for e in EXPECTS))
    red = by_expect['refer-back'] + by_expect['needs-review']
    print(f'red-flag rows: {red} ({100 * red / max(len(body), 1):.1f}%); ready with flags=none: {none_rows}; '
          f'ready with only negated/hypothetical/family flags: {by_expect["ready"] - none_rows}')
    print('sections:', ', '.join(f'{s} {c}' for s, c in by_section.most_common()))
    print('assertion mentions:', ', '.join(f'{a} {by_assert[a]}' for a in ASSERTIONS))
    print(f'{"kind":34s} rows red ' + ' '.join(f'{a[:5]:>5s}' for a in ASSERTIONS))
    for k in KINDS:
        print(f'{k:34s} {kind_rows[k]:4d} {kind_red[k]:3d} ' + ' '.join(f'{kind_assert[k][a]:5d}' for a in ASSERTIONS))
    if fails:
        print(f'FAILED: {len(fails)} problem(s)')
        for m in fails: print('  -', m)
        return 1
    print('ALL CHECKS PASSED')
    return 0


if __name__ == '__main__':
    sys.exit(main())
