#!/usr/bin/env python3
"""Validate redflags7.de.tsv and redflags7.fr.tsv and print their counts.

Checks: exact header, 8 columns, ids in order (d7-0001.. / f7-0001..), split, section, flag and
assertion label sets, one assertion per flag, no repeated kind, restriction syntax, text rules
(UTF-8, LF, no tab, no double quote, no pipe, no duplicates) and an independent re-derivation of
`expect`. Exit status 0 when every check passes, 1 otherwise.
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["id", "split", "section", "text", "flags", "assertions", "restrictions", "expect"]
SECTIONS = {"narrative", "pmh", "family", "instructions", "plan", "ros"}
KINDS = ["cauda-equina", "progressive-neurological-deficit", "possible-fracture", "cancer-history",
         "possible-infection", "immunosuppression", "unexplained-weight-loss", "night-pain",
         "aortic-aneurysm", "hold"]
ASSERTIONS = ["affirmed", "negated", "possible", "historical", "hypothetical", "family"]
EXPECTS = ["refer-back", "needs-review", "ready"]
RESTRICTION_RES = [
    re.compile(r"max-lift:\d+(?:[.,]\d+)?kg"),
    re.compile(r"avoid-movement:(?:flexion|extension|rotation|overhead|axial-load)"),
    re.compile(r"no-impact"),
    re.compile(r"max-heart-rate:\d+"),
    re.compile(r"avoid-position:(?:supine|prone|quadruped|side-lying|standing|seated|kneeling)"),
    re.compile(r"weight-bearing:(?:NWB|TTWB|PWB|WBAT|FWB)"),
    re.compile(r"other"),
    re.compile(r"lifted"),
]
# crude guards against identifiers slipping into fictional text
IDENTIFIER_RES = [
    re.compile(r"\b\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}\b"),          # 12.03.1961
    re.compile(r"\b\d{1,2}/\d{1,2}/(?:19|20)\d{2}\b"),            # 12/03/1961
    re.compile(r"\b(?:geb\.|geboren am|née? le)\b", re.I),
    re.compile(r"\b756\.\d{4}\.\d{4}\.\d{2}\b"),                  # Swiss AHV number
    re.compile(r"\b[12]\s?\d{2}\s?\d{2}\s?\d{2}\s?\d{3}\s?\d{3}\b"),  # French NIR shape
]


def derive_expect(pairs):
    """Independent re-derivation of the outcome from (kind, assertion) pairs."""
    refer = False
    review = False
    for kind, assertion in pairs:
        if assertion == "affirmed":
            if kind == "hold":
                review = True
            else:
                refer = True
        elif assertion == "historical":
            if kind == "cancer-history":
                refer = True
            else:
                review = True
        elif assertion == "possible":
            review = True
    if refer:
        return "refer-back"
    if review:
        return "needs-review"
    return "ready"


def check_file(lang, prefix, errors):
    path = os.path.join(HERE, f"redflags7.{lang}.tsv")
    raw = open(path, "rb").read()
    where = os.path.basename(path)
    try:
        data = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{where}: not UTF-8 ({exc})")
        return []
    if "\r" in data:
        errors.append(f"{where}: CR characters found (LF line ends required)")
    if raw.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{where}: byte order mark found")
    if not data.endswith("\n"):
        errors.append(f"{where}: no final newline")
    lines = data.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0].split("\t") != HEADER:
        errors.append(f"{where}: header is not {HEADER}")
    rows = []
    seen_text = {}
    for n, line in enumerate(lines[1:], start=1):
        err = lambda msg: errors.append(f"{where} line {n + 1}: {msg}")
        cols = line.split("\t")
        if len(cols) != 8:
            err(f"{len(cols)} columns, expected 8")
            continue
        rid, split, section, text, flags, assertions, restrictions, expect = cols
        if rid != f"{prefix}-{n:04d}":
            err(f"id {rid!r}, expected {prefix}-{n:04d}")
        if split != "heldout":
            err(f"split {split!r}")
        if section not in SECTIONS:
            err(f"section {section!r}")
        # text rules
        if not text.strip() or text != text.strip():
            err("empty text or leading/trailing whitespace")
        for bad, name in (('"', "double quote"), ("|", "pipe"), ("\t", "tab")):
            if bad in text:
                err(f"text contains a {name}")
        if "  " in text:
            err("text contains a double space")
        for rx in IDENTIFIER_RES:
            if rx.search(text):
                err(f"text looks like it holds an identifier or birth date: {rx.pattern}")
        key = text.casefold()
        if key in seen_text:
            err(f"duplicate text (same as line {seen_text[key]})")
        seen_text[key] = n + 1
        # flags and assertions
        pairs = []
        if flags == "none" or assertions == "none":
            if flags != "none" or assertions != "none":
                err("flags and assertions must both be none")
        else:
            fl = flags.split("|")
            asr = assertions.split("|")
            if len(fl) != len(asr):
                err(f"{len(fl)} flags but {len(asr)} assertions")
            if len(set(fl)) != len(fl):
                err("a flag kind is repeated")
            for k in fl:
                if k not in KINDS:
                    err(f"unknown flag {k!r}")
            for a in asr:
                if a not in ASSERTIONS:
                    err(f"unknown assertion {a!r}")
            pairs = list(zip(fl, asr))
        # restrictions
        rlabels = []
        if restrictions != "none":
            rlabels = restrictions.split("|")
            if len(set(rlabels)) != len(rlabels):
                err("a restriction label is repeated")
            for r in rlabels:
                if not any(rx.fullmatch(r) for rx in RESTRICTION_RES):
                    err(f"bad restriction label {r!r}")
            kinds_of = [r.split(":")[0] for r in rlabels]
            for single in ("max-lift", "max-heart-rate", "weight-bearing"):
                if kinds_of.count(single) > 1:
                    err(f"more than one {single} value")
        # expect
        if expect not in EXPECTS:
            err(f"expect {expect!r}")
        derived = derive_expect(pairs)
        if expect != derived:
            err(f"expect {expect!r} but rules give {derived!r}")
        rows.append(dict(id=rid, section=section, pairs=pairs, restrictions=rlabels, expect=expect))
    return rows


def report(lang, rows):
    print(f"== {lang}: {len(rows)} rows")
    ex = collections.Counter(r["expect"] for r in rows)
    print("expect:     " + ", ".join(f"{e} {ex[e]}" for e in EXPECTS))
    flagged = sum(1 for r in rows if r["pairs"])
    restr = sum(1 for r in rows if r["restrictions"])
    print(f"rows:       flags none {len(rows) - flagged}, flagged {flagged}, with restrictions {restr}, "
          f"flags none and no restriction {sum(1 for r in rows if not r['pairs'] and not r['restrictions'])}")
    sec = collections.Counter(r["section"] for r in rows)
    print("sections:   " + ", ".join(f"{s} {sec[s]}" for s in sorted(SECTIONS)))
    print("kind                              rows " + " ".join(f"{a[:5]:>5}" for a in ASSERTIONS))
    by_assertion = collections.Counter()
    for k in KINDS:
        c = collections.Counter(a for r in rows for kk, a in r["pairs"] if kk == k)
        by_assertion.update(c)
        print(f"{k:33} {sum(c.values()):4} " + " ".join(f"{c[a]:5}" for a in ASSERTIONS))
    print(f"{'all mentions':33} {sum(by_assertion.values()):4} " + " ".join(f"{by_assertion[a]:5}" for a in ASSERTIONS))
    rc = collections.Counter(l for r in rows for l in r["restrictions"])
    print("restrictions: " + (", ".join(f"{l} {rc[l]}" for l in sorted(rc)) or "none"))
    print()


def main():
    errors = []
    results = {}
    for lang, prefix in (("de", "d7"), ("fr", "f7")):
        results[lang] = check_file(lang, prefix, errors)
        if len(results[lang]) != 110:
            errors.append(f"redflags7.{lang}.tsv: {len(results[lang])} data rows, expected 110")
    for lang in results:
        report(lang, results[lang])
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
