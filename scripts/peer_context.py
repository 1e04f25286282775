"""medspaCy's ConText on Liaison's sentence tables, scored the same way as Liaison.

Usage: python3 scripts/peer_context.py TABLE.tsv LIAISON_PREDICTIONS.tsv [SPLIT]
  TABLE.tsv: Tests/LiaisonImportTests/Narrative/Sentences/redflags.en.tsv
  LIAISON_PREDICTIONS.tsv: written by the sentence-table test (LIAISON_PREDICTIONS_OUT)
  SPLIT: dev, heldout or all (default all)

medspaCy gets the same concept terms as target rules: for every concept of Liaison's English
vocabulary (Protocols/vocabulary/en), the terms of its first (head) term class, labelled with
the concept's red flag, each with the word forms Liaison lists for it and plain English
inflections (medspaCy matches literal words; Liaison lemmatises). Its ConText runs with its own
default English rules. For both systems a gold mention (flag, assertion) counts as right when
the system reports that flag with that assertion in the row; the accuracy is right / gold.
"""
import collections
import glob
import os
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RANK = ["family", "hypothetical", "negated", "possible", "historical"]


def vocabulary():
    forms, classes, concepts = {}, {}, []
    for path in sorted(glob.glob(os.path.join(ROOT, "Protocols/vocabulary/en/*.yaml"))):
        part = (yaml.safe_load(open(path)) or {}).get("vocabulary") or {}
        for lemma, words in (part.get("word-forms") or {}).items():
            forms.setdefault(lemma, set()).update(words)
        for name, entry in (part.get("terms") or {}).items():
            classes[name] = entry["words"]
        concepts += part.get("concepts") or []
    return forms, classes, concepts


def inflections(term, forms):
    words = term.split()
    if len(words) != 1 or term.startswith("<"):
        return {term}
    out = {term} | forms.get(term, set())
    for suffix in ["s", "es", "ed", "ing", "ness", "ly"]:
        out.add(term + suffix)
    return out


def target_rules():
    from medspacy.ner import TargetRule

    forms, classes, concepts = vocabulary()
    seen, rules = set(), []
    for concept in concepts:
        flag = concept["flag"]
        if flag == "red-flag":
            continue
        for term in classes.get(concept["requires"][0], []):
            for literal in inflections(str(term), forms):
                if "<" in literal or (literal, flag) in seen:
                    continue
                seen.add((literal, flag))
                rules.append(TargetRule(literal, flag))
    return rules


def medspacy_pairs(nlp, text):
    pairs = set()
    for ent in nlp(text).ents:
        found = {
            "family": ent._.is_family, "hypothetical": ent._.is_hypothetical, "negated": ent._.is_negated,
            "possible": ent._.is_uncertain, "historical": ent._.is_historical,
        }
        assertion = next((a for a in RANK if found[a]), "affirmed")
        pairs.add(f"{ent.label_}={assertion}")
    return pairs


def main():
    table, predictions = sys.argv[1], sys.argv[2]
    split = sys.argv[3] if len(sys.argv) > 3 else "all"
    import logging

    logging.disable(logging.WARNING)
    try:
        from loguru import logger

        logger.remove()
    except ImportError:
        pass
    import medspacy

    nlp = medspacy.load()
    nlp.get_pipe("medspacy_target_matcher").add(target_rules())
    liaison = {}
    for line in open(predictions):
        row_id, _, pairs = line.rstrip("\n").partition("\t")
        liaison[row_id] = set(p for p in pairs.split("|") if p)
    totals = collections.Counter()
    per_assertion = collections.defaultdict(collections.Counter)
    for line in list(open(table))[1:]:
        f = line.rstrip("\n").split("\t")
        if split != "all" and f[1] != split:
            continue
        flags = [] if f[4] == "none" else f[4].split("|")
        assertions = [] if f[5] == "-" else f[5].split("|")
        gold = {f"{a}={b}" for a, b in zip(flags, assertions)}
        if not gold:
            continue
        peer = medspacy_pairs(nlp, f[3])
        ours = liaison.get(f[0], set())
        for pair in gold:
            assertion = pair.split("=")[1]
            totals["gold"] += 1
            per_assertion[assertion]["gold"] += 1
            if pair in ours:
                totals["liaison"] += 1
                per_assertion[assertion]["liaison"] += 1
            if pair in peer:
                totals["medspacy"] += 1
                per_assertion[assertion]["medspacy"] += 1
    gold = totals["gold"] or 1
    print(f"rows: {split}; gold mentions: {totals['gold']}")
    print(f"assertion accuracy: Liaison {totals['liaison'] / gold:.1%}, medspaCy {totals['medspacy'] / gold:.1%}")
    for assertion in ["affirmed"] + RANK:
        c = per_assertion[assertion]
        if c["gold"]:
            print(f"  {assertion}: Liaison {c['liaison']}/{c['gold']}, medspaCy {c['medspacy']}/{c['gold']}")


if __name__ == "__main__":
    main()
