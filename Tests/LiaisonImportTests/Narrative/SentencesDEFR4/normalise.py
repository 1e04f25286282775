#!/usr/bin/env python3
"""Rewrites the blind tables' section and restriction labels into the project's own.

The two helpers who wrote redflags4.de.blind.tsv and redflags4.fr.blind.tsv saw only DOMAIN.md
and Sentences/README.de-fr.md, which does not list every section or restriction label, so each
chose its own names (see README.de.md and README.fr.md). This script maps them one to one onto
the labels the sentence-table loader knows (SentenceRow.kinds, SentenceEvaluation.name) and
writes redflags4.de.tsv and redflags4.fr.tsv. Texts, flags, assertions and expect are copied
unchanged. It stops on a label it does not know.

Usage: python3 normalise.py
"""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

# The project's sections: narrative (an assessment or history of present illness, no default
# assertion), pmh, family, instructions, plan, ros. The helpers' history, findings, imaging,
# diagnosis, medication(s) and referral rows are all read with no section default (narrative):
# their texts say themselves when something is past ("ATCD", "en 2018", "Z. n."). Their
# restrictions rows are a plan's.
SECTIONS = {
    'history': 'narrative', 'findings': 'narrative', 'imaging': 'narrative',
    'diagnosis': 'narrative', 'medication': 'narrative', 'medications': 'narrative',
    'referral': 'narrative', 'restrictions': 'plan', 'plan': 'plan', 'instructions': 'instructions',
}

# Restrictions: the model's kinds (LiaisonModel/Restriction.swift). A time limit, an RPE limit
# and "progress as tolerated" have no kind of their own there: they are `other`.
def restriction(label):
    if label in ('none', 'lifted', 'other'):
        return label
    key, _, value = label.partition(':')
    if key in ('max-load', 'max-lift') and re.fullmatch(r'\d+(\.\d+)?(kg|lb)', value):
        return 'max-lift:' + value
    if key == 'max-hr' and value.isdigit():
        return 'max-heart-rate:' + value
    if key == 'avoid-movement' and value == 'impact':
        return 'no-impact'
    if key == 'avoid-movement' and value in ('flexion', 'extension', 'rotation', 'overhead', 'axial-load'):
        return label
    if key == 'avoid-position' and value in ('supine', 'prone', 'quadruped', 'side-lying', 'standing', 'seated', 'kneeling'):
        return label
    if key == 'weight-bearing':
        status = {'none': 'NWB', 'partial': 'PWB', 'as-tolerated': 'WBAT', 'full': 'FWB'}.get(value)
        if status:
            return 'weight-bearing:' + status
    if key in ('time-limit', 'max-duration', 'max-rpe', 'progress'):
        return 'other'
    sys.exit(f'normalise.py: unknown restriction label {label!r}; add it to the mapping')


for language in ('de', 'fr'):
    source = os.path.join(HERE, f'redflags4.{language}.blind.tsv')
    lines = open(source, encoding='utf-8').read().split('\n')
    out = [lines[0]]
    for line in lines[1:]:
        if not line:
            continue
        f = line.split('\t')
        if f[2] not in SECTIONS:
            sys.exit(f'normalise.py: {source}: unknown section {f[2]!r} in {f[0]}')
        f[2] = SECTIONS[f[2]]
        labels = [restriction(r) for r in f[6].split('|')]
        # Two labels that map to one (a time limit and an RPE limit, both `other`) count once.
        f[6] = '|'.join(dict.fromkeys(labels))
        out.append('\t'.join(f))
    with open(os.path.join(HERE, f'redflags4.{language}.tsv'), 'w', encoding='utf-8', newline='\n') as target:
        target.write('\n'.join(out) + '\n')
    print(f'redflags4.{language}.tsv: {len(out) - 1} rows')
