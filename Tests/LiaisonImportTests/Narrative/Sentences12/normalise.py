#!/usr/bin/env python3
"""Rewrites the blind table's restriction labels into the project's own.

The helper who wrote redflags12.en.blind.tsv saw only DOMAIN.md, Sentences4/README.md and the
header of Sentences4/redflags4.en.tsv. Table 4 has no restrictions, so the helper named them
from DOMAIN.md section 6 (README.md, "restrictions"). This script maps those names one to one
onto the labels the sentence-table loader knows (SentenceRow.kinds, SentenceEvaluation.name)
and writes redflags12.en.tsv. Ids, sections, texts, flags, assertions and expect are copied
unchanged. It stops on a label it does not know.

Usage: python3 normalise.py
"""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SECTIONS = {'narrative', 'pmh', 'family', 'instructions', 'plan', 'ros'}
MOVEMENTS = {'flexion', 'extension', 'rotation', 'overhead'}
POSITIONS = {'supine', 'prone', 'quadruped', 'side-lying', 'standing', 'seated', 'kneeling'}


def restriction(label):
    if label == 'none':
        return label
    if label == 'no-impact':
        return 'no-impact'
    if label == 'wbat':
        return 'weight-bearing:WBAT'
    # "Progress as tolerated" has no kind of its own in the model: `other`.
    if label == 'progress-as-tolerated':
        return 'other'
    match = re.fullmatch(r'max-load-(kg|lb)=(\d+(?:\.\d+)?)', label)
    if match:
        return f'max-lift:{match.group(2)}{match.group(1)}'
    match = re.fullmatch(r'max-hr=(\d+)', label)
    if match:
        return f'max-heart-rate:{match.group(1)}'
    key, _, value = label.partition('-')
    if key == 'no' and value in MOVEMENTS:
        return f'avoid-movement:{value}'
    if key == 'no' and value in POSITIONS:
        return f'avoid-position:{value}'
    sys.exit(f'normalise.py: unknown restriction label {label!r}; add it to the mapping')


lines = open(os.path.join(HERE, 'redflags12.en.blind.tsv'), encoding='utf-8').read().split('\n')
out = [lines[0]]
for line in lines[1:]:
    if not line:
        continue
    f = line.split('\t')
    if f[2] not in SECTIONS:
        sys.exit(f'normalise.py: unknown section {f[2]!r} in {f[0]}')
    f[6] = '|'.join(restriction(r) for r in f[6].split('|'))
    out.append('\t'.join(f))
open(os.path.join(HERE, 'redflags12.en.tsv'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(f'normalise.py: {len(out) - 1} rows written to redflags12.en.tsv')
