#!/usr/bin/env python3
"""Validate redflags6.<LANG>.tsv (LANG = de or fr) and print its counts.

Usage: python3 check6.py de | python3 check6.py fr
Exit 0 when every check passes, 1 otherwise.
"""
import os, re, sys
from collections import Counter

HEADER = ["id", "split", "section", "text", "flags", "assertions", "restrictions", "expect"]
SECTIONS = {"narrative", "pmh", "family", "instructions", "plan", "ros"}
KINDS = ["cauda-equina", "progressive-neurological-deficit", "possible-fracture", "cancer-history",
         "possible-infection", "immunosuppression", "unexplained-weight-loss", "night-pain",
         "aortic-aneurysm", "hold"]
ASSERTIONS = ["affirmed", "negated", "possible", "historical", "hypothetical", "family"]
EXPECTS = ["refer-back", "needs-review", "ready"]
RESTR = re.compile(r"^(max-lift:[1-9][0-9]*(kg|lb)"
                   r"|avoid-movement:(flexion|extension|rotation|overhead|axial-load)"
                   r"|no-impact|max-heart-rate:[1-9][0-9]*"
                   r"|avoid-position:(supine|prone|quadruped|side-lying|standing|seated|kneeling)"
                   r"|weight-bearing:(NWB|TTWB|PWB|WBAT|FWB)|other|lifted)$")
FORBIDDEN = ['"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "\t", "|", "\r"]
PREFIX = {"de": "d6", "fr": "f6"}
ACCENTS = {"de": "äöüÄÖÜß", "fr": "éèêëàâçîïôûùœÉÈÀÇ"}
N_ROWS = 110


def derive_expect(pairs):
    if any(f != "hold" and a == "affirmed" for f, a in pairs):
        return "refer-back"
    if ("cancer-history", "historical") in pairs:
        return "refer-back"
    if any(a in ("possible", "historical") for _, a in pairs):
        return "needs-review"
    if ("hold", "affirmed") in pairs:
        return "needs-review"
    return "ready"


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in PREFIX:
        print("usage: check6.py de|fr")
        return 2
    lang = sys.argv[1]
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), f"redflags6.{lang}.tsv")
    errors = []
    raw = open(path, "rb").read()
    try:
        data = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"FAIL: not UTF-8: {e}")
        return 1
    if raw.startswith(b"\xef\xbb\xbf"):
        errors.append("file starts with a BOM")
    if b"\r" in raw:
        errors.append("file contains CR (line ends must be LF)")
    if not data.endswith("\n") or data.endswith("\n\n"):
        errors.append("file must end with exactly one LF")
    lines = data.rstrip("\n").split("\n")
    if lines[0].split("\t") != HEADER:
        errors.append(f"bad header: {lines[0]!r}")
    rows = []
    for n, line in enumerate(lines[1:], 2):
        cols = line.split("\t")
        if len(cols) != 8:
            errors.append(f"line {n}: {len(cols)} fields, want 8")
            continue
        rows.append((n, cols))
    if len(rows) != N_ROWS:
        errors.append(f"{len(rows)} rows, want {N_ROWS}")

    seen_text = {}
    kind_asr = Counter()
    asr_tot = Counter()
    exp_tot = Counter()
    sec_tot = Counter()
    restr_rows = 0
    restr_labels = Counter()
    flagged_rows = 0
    clean_rows = 0
    clean_restr = 0
    flagged_restr = 0
    accent_rows = 0
    for i, (n, c) in enumerate(rows, 1):
        rid, split, section, text, flags, asrts, restr, exp = c
        want_id = f"{PREFIX[lang]}-{i:04d}"
        if rid != want_id:
            errors.append(f"line {n}: id {rid!r}, want {want_id!r}")
        if split != "heldout":
            errors.append(f"{rid}: split {split!r}, want heldout")
        if section not in SECTIONS:
            errors.append(f"{rid}: bad section {section!r}")
        sec_tot[section] += 1
        # text
        if not text.strip() or text != text.strip():
            errors.append(f"{rid}: empty text or leading/trailing blanks")
        for ch in FORBIDDEN:
            if ch in text:
                errors.append(f"{rid}: forbidden character {ch!r} in text")
        if "  " in text:
            errors.append(f"{rid}: double space in text")
        key = " ".join(text.lower().split())
        if key in seen_text:
            errors.append(f"{rid}: duplicate text (also {seen_text[key]})")
        seen_text[key] = rid
        if any(ch in ACCENTS[lang] for ch in text):
            accent_rows += 1
        # flags and assertions
        if flags == "none":
            if asrts != "none":
                errors.append(f"{rid}: flags none but assertions {asrts!r}")
            pairs = []
        else:
            fl = flags.split("|")
            al = asrts.split("|")
            if len(fl) != len(al):
                errors.append(f"{rid}: {len(fl)} flags but {len(al)} assertions")
            for f in fl:
                if f not in KINDS:
                    errors.append(f"{rid}: unknown flag {f!r}")
            for a in al:
                if a not in ASSERTIONS:
                    errors.append(f"{rid}: unknown assertion {a!r}")
            if len(set(fl)) != len(fl):
                errors.append(f"{rid}: repeated flag kind")
            pairs = list(zip(fl, al))
            for f, a in pairs:
                kind_asr[(f, a)] += 1
                asr_tot[a] += 1
        # restrictions
        if restr == "none":
            labels = []
        else:
            labels = restr.split("|")
            for lab in labels:
                if lab == "none" or not RESTR.match(lab):
                    errors.append(f"{rid}: bad restriction label {lab!r}")
            if len(set(labels)) != len(labels):
                errors.append(f"{rid}: repeated restriction label")
            kinds = [lab.split(":")[0] for lab in labels]
            for single in ("max-lift", "max-heart-rate", "weight-bearing"):
                if kinds.count(single) > 1:
                    errors.append(f"{rid}: more than one {single}")
        if any(f == "hold" for f, _ in pairs) and any(lab != "lifted" for lab in labels):
            errors.append(f"{rid}: hold row carries a restriction other than lifted")
        for lab in labels:
            restr_labels[lab.split(":")[0]] += 1
        if labels:
            restr_rows += 1
        if pairs:
            flagged_rows += 1
            flagged_restr += bool(labels)
        else:
            clean_rows += 1
            clean_restr += bool(labels)
        # expect
        if exp not in EXPECTS:
            errors.append(f"{rid}: bad expect {exp!r}")
        want = derive_expect(pairs)
        if exp != want:
            errors.append(f"{rid}: expect {exp!r}, rules give {want!r}")
        exp_tot[exp] += 1

    if accent_rows < 30:
        errors.append(f"only {accent_rows} rows carry {lang} accented letters")

    # report
    print(f"redflags6.{lang}.tsv: {len(rows)} rows (all heldout)")
    print("expect: " + ", ".join(f"{e} {exp_tot[e]}" for e in EXPECTS))
    print("sections: " + ", ".join(f"{s} {sec_tot[s]}" for s in sorted(sec_tot)))
    print(f"rows with a flag {flagged_rows}, without a flag {clean_rows}")
    print(f"rows with restrictions {restr_rows} (no flag {clean_restr}, flagged {flagged_restr})")
    print("restriction labels: " + ", ".join(f"{k} {v}" for k, v in sorted(restr_labels.items())))
    print()
    w = max(len(k) for k in KINDS)
    print(f"{'kind':<{w}} " + " ".join(f"{a[:5]:>5}" for a in ASSERTIONS) + "  total")
    for k in KINDS:
        vals = [kind_asr[(k, a)] for a in ASSERTIONS]
        print(f"{k:<{w}} " + " ".join(f"{v:>5}" for v in vals) + f"  {sum(vals):>5}")
    vals = [asr_tot[a] for a in ASSERTIONS]
    print(f"{'all':<{w}} " + " ".join(f"{v:>5}" for v in vals) + f"  {sum(vals):>5}")
    print(f"rows with {lang} accented letters: {accent_rows}")
    print()
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"FAIL: {len(errors)} error(s)")
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
