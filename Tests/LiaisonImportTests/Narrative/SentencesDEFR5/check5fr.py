#!/usr/bin/env python3
"""Validate redflags5.fr.tsv (held-out French red-flag / restriction table). Exit 0 if valid."""
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TSV = HERE / "redflags5.fr.tsv"
HEADER = ["id", "split", "section", "text", "flags", "assertions", "restrictions", "expect"]
N_ROWS = 110
SECTIONS = {"narrative", "pmh", "family", "instructions", "plan", "ros"}
FLAGS = ["cauda-equina", "possible-fracture", "cancer-history", "possible-infection",
         "immunosuppression", "unexplained-weight-loss", "night-pain",
         "progressive-neurological-deficit", "aortic-aneurysm", "hold"]
ASSERTIONS = ["affirmed", "negated", "possible", "historical", "hypothetical", "family"]
EXPECTS = ["refer-back", "needs-review", "ready"]
RESTR_RE = re.compile(
    r"^(max-lift:\d+(kg|lb)"
    r"|avoid-movement:(flexion|extension|rotation|overhead|axial-load)"
    r"|no-impact"
    r"|max-heart-rate:\d+"
    r"|avoid-position:(supine|prone|quadruped|side-lying|standing|seated|kneeling)"
    r"|weight-bearing:(NWB|TTWB|PWB|WBAT|FWB)"
    r"|other|lifted)$")


def expected(flags, assertions):
    pairs = list(zip(flags, assertions))
    for f, a in pairs:
        if f != "hold" and a == "affirmed":
            return "refer-back"
        if f == "cancer-history" and a in ("affirmed", "historical"):
            return "refer-back"
    for f, a in pairs:
        if a in ("possible", "historical"):
            return "needs-review"
        if f == "hold" and a == "affirmed":
            return "needs-review"
    return "ready"


def main():
    errors = []
    raw = TSV.read_bytes()
    if b"\r" in raw:
        errors.append("CR character found (LF line ends required)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"ERROR: not UTF-8: {e}")
        return 1
    if not text.endswith("\n"):
        errors.append("file does not end with LF")
    lines = text.rstrip("\n").split("\n")
    if lines[0].split("\t") != HEADER:
        errors.append(f"bad header: {lines[0]!r}")
    rows = lines[1:]
    if len(rows) != N_ROWS:
        errors.append(f"expected {N_ROWS} rows, found {len(rows)}")

    flag_assert = Counter()
    per_flag = Counter()
    assert_count = Counter()
    expect_count = Counter()
    section_count = Counter()
    restr_count = Counter()
    n_flagged = n_restr = n_flag_restr = 0
    texts = set()

    for n, line in enumerate(rows, 1):
        cols = line.split("\t")
        where = f"row {n}"
        if len(cols) != 8:
            errors.append(f"{where}: {len(cols)} fields, expected 8")
            continue
        rid, split, section, txt, flags, assertions, restrictions, expect = cols
        where = rid
        if rid != f"f5-{n:04d}":
            errors.append(f"{where}: id out of order, expected f5-{n:04d}")
        if split != "heldout":
            errors.append(f"{where}: split {split!r} (must be heldout)")
        if section not in SECTIONS:
            errors.append(f"{where}: bad section {section!r}")
        section_count[section] += 1
        if not txt.strip() or txt != txt.strip():
            errors.append(f"{where}: empty text or surrounding whitespace")
        for bad in ('"', "|"):
            if bad in txt:
                errors.append(f"{where}: text contains {bad!r}")
        if txt in texts:
            errors.append(f"{where}: duplicate text")
        texts.add(txt)

        if flags == "none":
            fl, asr = [], []
            if assertions != "-":
                errors.append(f"{where}: flags none but assertions {assertions!r}")
        else:
            fl, asr = flags.split("|"), assertions.split("|")
            if len(fl) != len(asr):
                errors.append(f"{where}: {len(fl)} flags vs {len(asr)} assertions")
            if len(set(fl)) != len(fl):
                errors.append(f"{where}: repeated flag")
            for f in fl:
                if f not in FLAGS:
                    errors.append(f"{where}: bad flag {f!r}")
            for a in asr:
                if a not in ASSERTIONS:
                    errors.append(f"{where}: bad assertion {a!r}")
        if restrictions == "none":
            rl = []
        else:
            rl = restrictions.split("|")
            for r in rl:
                if not RESTR_RE.match(r):
                    errors.append(f"{where}: bad restriction {r!r}")
            if len(set(rl)) != len(rl):
                errors.append(f"{where}: repeated restriction")
        if "hold" in fl and asr[fl.index("hold")] == "affirmed" and rl:
            errors.append(f"{where}: affirmed hold must carry restrictions none")
        if expect not in EXPECTS:
            errors.append(f"{where}: bad expect {expect!r}")
        elif expect != expected(fl, asr):
            errors.append(f"{where}: expect {expect} but rules give {expected(fl, asr)}")

        expect_count[expect] += 1
        for f, a in zip(fl, asr):
            flag_assert[(f, a)] += 1
            per_flag[f] += 1
            assert_count[a] += 1
        for r in rl:
            restr_count[r.split(":")[0]] += 1
        n_flagged += bool(fl)
        n_restr += bool(rl)
        n_flag_restr += bool(fl) and bool(rl)

    print(f"rows: {len(rows)}  flagged: {n_flagged}  with restrictions: {n_restr}  "
          f"flagged+restrictions: {n_flag_restr}  clean (no flag, no restriction): "
          f"{len(rows) - n_flagged - n_restr + n_flag_restr}")
    print("expect: " + ", ".join(f"{e} {expect_count[e]}" for e in EXPECTS))
    print("sections: " + ", ".join(f"{s} {section_count[s]}" for s in sorted(SECTIONS)))
    print("assertions: " + ", ".join(f"{a} {assert_count[a]}" for a in ASSERTIONS))
    print("flag".ljust(34) + "".join(a[:6].rjust(8) for a in ASSERTIONS) + "total".rjust(8))
    for f in FLAGS:
        print(f.ljust(34) + "".join(str(flag_assert[(f, a)]).rjust(8) for a in ASSERTIONS)
              + str(per_flag[f]).rjust(8))
    print("restriction kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(restr_count.items())))
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
