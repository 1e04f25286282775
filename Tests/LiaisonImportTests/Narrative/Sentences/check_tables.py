#!/usr/bin/env python3
"""Validate every redflags.*.tsv in this folder and print counts.

Checks: exact header; 8 tab-separated fields per row; ids <lang>-NNNN unique and in file order;
split is heldout exactly when the id number is divisible by 5; flags and assertions have the
same length; every value is from the allowed sets; restrictions are well formed; minimum row
counts (en 480, de/fr 120 when present). Exits 1 on any problem.
Usage: python3 check_tables.py [folder]
"""
import collections
import pathlib
import re
import sys

HEADER = "id\tsplit\tsection\ttext\tflags\tassertions\trestrictions\texpect"
SECTIONS = {"narrative", "pmh", "family", "instructions", "plan", "ros"}
FLAGS = {
    "cauda-equina", "progressive-neurological-deficit", "possible-fracture", "cancer-history",
    "possible-infection", "immunosuppression", "unexplained-weight-loss", "night-pain",
    "aortic-aneurysm", "hold",
}
ASSERTIONS = {"affirmed", "negated", "possible", "historical", "hypothetical", "family"}
EXPECT = {"ready", "needs-review", "refer-back"}
MOVEMENTS = {"flexion", "extension", "rotation", "overhead", "axial-load"}
POSITIONS = {"supine", "prone", "quadruped", "side-lying", "standing", "seated", "kneeling"}
WEIGHT_BEARING = {"NWB", "TTWB", "PWB", "WBAT", "FWB"}
MINIMUM = {"en": 480, "de": 120, "fr": 120}


def restriction_ok(item):
    if item in {"no-impact", "other", "lifted"}:
        return True
    kind, _, value = item.partition(":")
    if kind == "max-lift":
        return re.fullmatch(r"\d+(\.\d+)?(lb|kg)", value) is not None
    if kind == "max-heart-rate":
        return re.fullmatch(r"\d{2,3}", value) is not None
    if kind == "avoid-movement":
        return value in MOVEMENTS
    if kind == "avoid-position":
        return value in POSITIONS
    if kind == "weight-bearing":
        return value in WEIGHT_BEARING
    return False


def check(path):
    problems = []
    lang = path.name.split(".")[1]
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != HEADER:
        problems.append(f"{path.name}:1: header must be exactly: {HEADER!r}")
        return problems, None
    counts = {k: collections.Counter() for k in
              ("flag_rows", "mentions", "assertion", "split", "expect", "section", "restriction")}
    seen = set()
    previous = 0
    rows = 0
    flagged_rows = 0
    for number, line in enumerate(lines[1:], start=2):
        where = f"{path.name}:{number}"
        fields = line.split("\t")
        if len(fields) != 8:
            problems.append(f"{where}: {len(fields)} fields, expected 8")
            continue
        rid, split, section, text, flags, assertions, restrictions, expect = fields
        rows += 1
        m = re.fullmatch(rf"{re.escape(lang)}-(\d{{4}})", rid)
        if not m:
            problems.append(f"{where}: id {rid!r} is not {lang}-NNNN")
        else:
            n = int(m.group(1))
            if rid in seen:
                problems.append(f"{where}: duplicate id {rid}")
            if n <= previous:
                problems.append(f"{where}: id {rid} not in increasing order")
            previous = n
            want = "heldout" if n % 5 == 0 else "dev"
            if split != want:
                problems.append(f"{where}: split {split!r}, expected {want!r} for {rid}")
        seen.add(rid)
        counts["split"][split] += 1
        if section not in SECTIONS:
            problems.append(f"{where}: unknown section {section!r}")
        counts["section"][section] += 1
        if not text.strip() or text != text.strip() or '"' in text:
            problems.append(f"{where}: text empty, padded, or contains a double quote")
        if expect not in EXPECT:
            problems.append(f"{where}: unknown expect {expect!r}")
        counts["expect"][expect] += 1
        if flags == "none":
            if assertions != "-":
                problems.append(f"{where}: flags none needs assertions '-'")
        else:
            fl = flags.split("|")
            asn = assertions.split("|")
            if len(fl) != len(asn):
                problems.append(f"{where}: {len(fl)} flags but {len(asn)} assertions")
            for f in fl:
                if f not in FLAGS:
                    problems.append(f"{where}: unknown flag {f!r}")
            for a in asn:
                if a not in ASSERTIONS:
                    problems.append(f"{where}: unknown assertion {a!r}")
            pairs = list(zip(fl, asn))
            if len(set(pairs)) != len(pairs):
                problems.append(f"{where}: the same flag/assertion pair is listed twice")
            flagged_rows += 1
            for f in set(fl):
                counts["flag_rows"][f] += 1
            for f, a in pairs:
                counts["mentions"][f] += 1
                counts["assertion"][a] += 1
            # expect must follow from the assertions (README "expect")
            strongest = "ready"
            for f, a in pairs:
                if f == "hold" and a == "affirmed":
                    level = "needs-review"
                elif a == "affirmed" or (f == "cancer-history" and a == "historical"):
                    level = "refer-back"
                elif a == "possible":
                    level = "needs-review"
                else:
                    level = None  # historical non-cancer may be either; others ready
                if level == "refer-back" or (level == "needs-review" and strongest == "ready"):
                    strongest = level
            if strongest == "refer-back" and expect != "refer-back":
                problems.append(f"{where}: affirmed red flag needs expect refer-back")
            if strongest == "needs-review" and expect == "ready":
                problems.append(f"{where}: possible/hold needs at least needs-review")
        if flags == "none" and expect != "ready":
            problems.append(f"{where}: no flag but expect {expect!r}")
        if restrictions != "none":
            for item in restrictions.split("|"):
                if not restriction_ok(item):
                    problems.append(f"{where}: bad restriction {item!r}")
                counts["restriction"][item.split(":")[0]] += 1
    minimum = MINIMUM.get(lang, 0)
    if rows < minimum:
        problems.append(f"{path.name}: {rows} rows, minimum {minimum}")
    summary = (rows, flagged_rows, counts)
    return problems, summary


def show(name, summary):
    rows, flagged, counts = summary
    print(f"{name}: {rows} rows, {flagged} with a red flag ({100 * flagged / max(rows, 1):.0f}%)")
    for key in ("split", "section", "expect", "flag_rows", "mentions", "assertion", "restriction"):
        c = counts[key]
        total = sum(c.values())
        body = ", ".join(f"{k} {v} ({100 * v / max(total, 1):.0f}%)" for k, v in c.most_common())
        print(f"  {key}: {body}")


def main():
    folder = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parent)
    tables = sorted(folder.glob("redflags.*.tsv"))
    if not tables:
        print(f"no redflags.*.tsv in {folder}")
        return 1
    failed = False
    for path in tables:
        problems, summary = check(path)
        for p in problems:
            print(p)
        if problems:
            failed = True
        if summary:
            show(path.name, summary)
    print("FAILED" if failed else "OK")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
