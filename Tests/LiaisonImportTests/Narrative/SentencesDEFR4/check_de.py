#!/usr/bin/env python3
"""Validates redflags4.de.tsv and prints its counts. Exit 0 when no error is found.

Usage: python3 check_de.py [path/to/redflags4.de.tsv]
"""
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "redflags4.de.blind.tsv")

HEADER = ["id", "split", "section", "text", "flags", "assertions", "restrictions", "expect"]
N_ROWS = 110
ID_PREFIX = "d4-"
SPLITS = {"heldout"}
SECTIONS = {"history", "findings", "imaging", "diagnosis", "medication", "plan",
            "restrictions", "instructions", "referral"}
FLAGS = ["cauda-equina", "progressive-neurological-deficit", "possible-fracture", "cancer-history",
         "possible-infection", "immunosuppression", "unexplained-weight-loss", "night-pain",
         "aortic-aneurysm", "hold"]
ASSERTIONS = ["affirmed", "negated", "possible", "historical", "hypothetical", "family"]
EXPECTS = ["refer-back", "needs-review", "ready"]

# Restriction label grammar (see README.de.md). `none` and `lifted` stand alone.
RESTRICTION_PATTERNS = [
    ("max-load", re.compile(r"^max-load:(?:[1-9][0-9]*|0)(?:\.[0-9]+)?kg$")),
    ("max-hr", re.compile(r"^max-hr:[1-9][0-9]{1,2}$")),
    ("max-rpe", re.compile(r"^max-rpe:(?:[6-9]|1[0-9]|20)$")),
    ("time-limit", re.compile(r"^time-limit:[1-9][0-9]*min$")),
    ("avoid-movement", re.compile(r"^avoid-movement:(?:flexion|extension|rotation|axial-load|impact|overhead)$")),
    ("avoid-position", re.compile(r"^avoid-position:(?:prone|supine)$")),
    ("weight-bearing", re.compile(r"^weight-bearing:(?:none|partial|as-tolerated|full)$")),
    ("progress", re.compile(r"^progress:as-tolerated$")),
    ("other", re.compile(r"^other$")),
]
BAD_TEXT_CHARS = ['"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "\t", "\r"]


def compute_expect(flags, assertions):
    """The expect rules of README.de-fr.md."""
    pairs = list(zip(flags, assertions))
    if any(f != "hold" and a == "affirmed" for f, a in pairs):
        return "refer-back"
    if any(f == "cancer-history" and a in ("affirmed", "historical") for f, a in pairs):
        return "refer-back"
    if any(a in ("possible", "historical") for _, a in pairs):
        return "needs-review"
    if any(f == "hold" and a == "affirmed" for f, a in pairs):
        return "needs-review"
    return "ready"


def restriction_kind(label):
    for kind, pat in RESTRICTION_PATTERNS:
        if pat.match(label):
            return kind
    return None


def table(title, cols, rows):
    print(f"\n{title}")
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    for r in rows:
        print("| " + " | ".join(str(c) for c in r) + " |")


def main():
    errors = []
    raw = open(PATH, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        errors.append("file starts with a BOM")
    if b"\r" in raw:
        errors.append("file contains CR characters (need LF line ends)")
    if not raw.endswith(b"\n"):
        errors.append("file does not end with LF")
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print("ERROR: not UTF-8:", e)
        return 1
    lines = content.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0].split("\t") != HEADER:
        errors.append("header is not: " + "\\t".join(HEADER))
    body = lines[1:]
    if len(body) != N_ROWS:
        errors.append(f"{len(body)} rows, expected {N_ROWS}")

    texts = Counter()
    parsed = []
    for n, line in enumerate(body, 1):
        where = f"line {n + 1}"
        if line.strip() == "":
            errors.append(f"{where}: empty line")
            continue
        cols = line.split("\t")
        if len(cols) != len(HEADER):
            errors.append(f"{where}: {len(cols)} fields, expected {len(HEADER)}")
            continue
        rid, split, section, text, flags_s, asserts_s, restr_s, expect = cols
        where = f"{rid or where}"
        if rid != f"{ID_PREFIX}{n:04d}":
            errors.append(f"{where}: id should be {ID_PREFIX}{n:04d}")
        if split not in SPLITS:
            errors.append(f"{where}: split {split!r} not in {sorted(SPLITS)}")
        if section not in SECTIONS:
            errors.append(f"{where}: section {section!r} not allowed")
        if not text.strip() or text != text.strip():
            errors.append(f"{where}: empty text or surrounding whitespace")
        for ch in BAD_TEXT_CHARS:
            if ch in text:
                errors.append(f"{where}: text contains {ch!r}")
        texts[text] += 1

        # flags and assertions
        if (flags_s == "none") != (asserts_s == "none"):
            errors.append(f"{where}: flags and assertions must both be none or both be set")
        flags = [] if flags_s == "none" else flags_s.split("|")
        asserts = [] if asserts_s == "none" else asserts_s.split("|")
        if len(flags) != len(asserts):
            errors.append(f"{where}: {len(flags)} flags but {len(asserts)} assertions")
        for f in flags:
            if f not in FLAGS:
                errors.append(f"{where}: unknown flag {f!r}")
        for a in asserts:
            if a not in ASSERTIONS:
                errors.append(f"{where}: unknown assertion {a!r}")
        if len(set(flags)) != len(flags):
            errors.append(f"{where}: a flag kind appears twice (one label per kind)")

        # restrictions
        labels = restr_s.split("|")
        kinds = []
        if restr_s in ("none", "lifted"):
            pass
        elif "none" in labels or "lifted" in labels:
            errors.append(f"{where}: none/lifted must stand alone")
        else:
            if len(set(labels)) != len(labels):
                errors.append(f"{where}: duplicate restriction label")
            for lab in labels:
                k = restriction_kind(lab)
                if k is None:
                    errors.append(f"{where}: bad restriction label {lab!r}")
                kinds.append(k)
            if kinds.count("max-load") > 1:
                errors.append(f"{where}: more than one max-load (take the stricter / current value)")
        pairs = list(zip(flags, asserts))
        if ("hold", "affirmed") in pairs and restr_s != "none":
            errors.append(f"{where}: a row with hold affirmed must have restrictions none")

        if expect not in EXPECTS:
            errors.append(f"{where}: expect {expect!r} not allowed")
        elif len(flags) == len(asserts):
            want = compute_expect(flags, asserts)
            if want != expect:
                errors.append(f"{where}: expect {expect} but rules give {want}")
        parsed.append(dict(id=rid, section=section, text=text, flags=flags, asserts=asserts,
                           restr=restr_s, labels=[] if restr_s in ("none",) else labels,
                           expect=expect))

    for t, c in texts.items():
        if c > 1:
            errors.append(f"duplicate text ({c}x): {t}")

    # ---------------- counts ----------------
    print(f"file: {PATH}")
    print(f"rows: {len(parsed)}")
    ex = Counter(r["expect"] for r in parsed)
    table("expect", ["expect", "rows"], [(e, ex[e]) for e in EXPECTS])
    sec = Counter(r["section"] for r in parsed)
    table("section", ["section", "rows"], sorted(sec.items(), key=lambda x: (-x[1], x[0])))

    ka = defaultdict(Counter)
    for r in parsed:
        for f, a in zip(r["flags"], r["asserts"]):
            ka[f][a] += 1
    table("kind x assertion (mentions)", ["flag"] + ASSERTIONS + ["total"],
          [[f] + [ka[f][a] for a in ASSERTIONS] + [sum(ka[f].values())] for f in FLAGS]
          + [["total"] + [sum(ka[f][a] for f in FLAGS) for a in ASSERTIONS]
             + [sum(sum(ka[f].values()) for f in FLAGS)]])

    rk = Counter()
    rl = Counter()
    for r in parsed:
        for lab in r["labels"]:
            rl[lab] += 1
            rk[restriction_kind(lab) or lab] += 1
    table("restriction labels", ["label", "rows"], sorted(rl.items(), key=lambda x: (-x[1], x[0])))
    table("restriction kinds (label occurrences)", ["kind", "labels"], sorted(rk.items(), key=lambda x: (-x[1], x[0])))

    def present(r):
        return any(a in ("affirmed", "possible", "historical") for a in r["asserts"])

    has_r = lambda r: r["restr"] != "none"
    groups = Counter()
    for r in parsed:
        if present(r):
            groups["red flag present (affirmed/possible/historical)" + (" + restrictions" if has_r(r) else "")] += 1
        elif has_r(r):
            groups["no flag present, restrictions only (incl. lifted)"] += 1
        elif r["flags"]:
            groups["negated/hypothetical/family only"] += 1
        else:
            groups["no flag, no restriction (benign)"] += 1
    table("row groups", ["group", "rows"], sorted(groups.items()))
    rr = Counter(r["restr"] for r in parsed)
    print(f"\nrows with restrictions other than none: {sum(v for k, v in rr.items() if k != 'none')}"
          f" (lifted: {rr['lifted']})")

    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
