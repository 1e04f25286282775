#!/usr/bin/env python3
"""Validate redflags14.en.tsv and re-derive `expect` from flags and assertions.

Usage: python3 check14.py [path/to/redflags14.en.tsv]
Exit 0 when every check passes, 1 otherwise. Prints counts either way.
"""
import collections
import os
import re
import sys

HEADER = ["id", "split", "section", "text", "flags", "assertions", "restrictions", "expect"]
N_ROWS = 200
SECTIONS = {"narrative", "pmh", "family", "instructions", "plan", "ros"}
KINDS = [
    "cauda-equina", "progressive-neurological-deficit", "possible-fracture", "cancer-history",
    "possible-infection", "immunosuppression", "unexplained-weight-loss", "night-pain",
    "aortic-aneurysm", "hold",
]
ASSERTIONS = ["affirmed", "negated", "possible", "historical", "hypothetical", "family"]
EXPECTS = ["refer-back", "needs-review", "ready"]
RESTRICTION_RE = re.compile(
    r"^(max-lift:[0-9]+(kg|lb)"
    r"|avoid-movement:(flexion|extension|rotation|overhead|axial-load)"
    r"|no-impact"
    r"|max-heart-rate:[0-9]+"
    r"|avoid-position:(supine|prone|quadruped|side-lying|standing|seated|kneeling)"
    r"|weight-bearing:(NWB|TTWB|PWB|WBAT|FWB)"
    r"|other|lifted)$"
)
# Crude guard against real identifiers slipping in.
IDENTIFIER_RE = re.compile(r"\b(DOB|D\.O\.B|date of birth|NHS (no|number)|MRN|UHID|SSN)\b", re.I)


def derive_expect(pairs):
    """Independent re-derivation of the expect rule."""
    if any(a == "affirmed" and k != "hold" for k, a in pairs):
        return "refer-back"
    if ("cancer-history", "historical") in pairs:
        return "refer-back"
    if any(a == "possible" for _, a in pairs):
        return "needs-review"
    if any(a == "historical" and k != "cancer-history" for k, a in pairs):
        return "needs-review"
    if ("hold", "affirmed") in pairs:
        return "needs-review"
    return "ready"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "redflags14.en.tsv")
    errors = []

    def err(msg):
        errors.append(msg)

    raw = open(path, "rb").read()
    if b"\r" in raw:
        err("file contains CR characters (LF line ends required)")
    if not raw.endswith(b"\n"):
        err("file does not end with a newline")
    try:
        raw.decode("ascii")
    except UnicodeDecodeError as e:
        err("file is not pure ASCII: %s" % e)
    lines = raw.decode("ascii", errors="replace").split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines:
        err("empty file")
        lines = [""]
    if lines[0].split("\t") != HEADER:
        err("header mismatch: %r" % lines[0])

    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(HEADER):
            err("line %d: %d fields, expected %d" % (n, len(fields), len(HEADER)))
            continue
        rows.append(dict(zip(HEADER, fields), _line=n))

    if len(rows) != N_ROWS:
        err("%d data rows, expected %d" % (len(rows), N_ROWS))

    seen_text = {}
    expect_count = collections.Counter()
    section_count = collections.Counter()
    kind_rows = collections.Counter()
    kind_flagged_rows = collections.Counter()
    kind_assert = collections.defaultdict(collections.Counter)
    assert_count = collections.Counter()
    restr_count = collections.Counter()
    restr_rows = 0
    none_rows = 0
    none_no_restr = 0

    for i, r in enumerate(rows, start=1):
        where = "line %d (%s)" % (r["_line"], r["id"])
        if r["id"] != "h14-%04d" % i:
            err("%s: id out of sequence, expected h14-%04d" % (where, i))
        if r["split"] != "heldout":
            err("%s: split %r" % (where, r["split"]))
        if r["section"] not in SECTIONS:
            err("%s: bad section %r" % (where, r["section"]))
        text = r["text"]
        if not text.strip():
            err("%s: empty text" % where)
        if text != text.strip():
            err("%s: leading or trailing whitespace" % where)
        if any(ord(c) > 126 or (ord(c) < 32) for c in text):
            err("%s: non-printable or non-ASCII character in text" % where)
        for bad in ['"', "|", "\t"]:
            if bad in text:
                err("%s: forbidden character %r in text" % (where, bad))
        if IDENTIFIER_RE.search(text):
            err("%s: text looks like it carries an identifier" % where)
        key = re.sub(r"\s+", " ", text.strip().lower())
        if key in seen_text:
            err("%s: duplicate text of %s" % (where, seen_text[key]))
        seen_text[key] = r["id"]

        # flags and assertions
        if r["flags"] == "none":
            pairs = []
            if r["assertions"] != "none":
                err("%s: flags none but assertions %r" % (where, r["assertions"]))
        else:
            flags = r["flags"].split("|")
            asserts = r["assertions"].split("|")
            if len(flags) != len(asserts):
                err("%s: %d flags but %d assertions" % (where, len(flags), len(asserts)))
            if len(set(flags)) != len(flags):
                err("%s: repeated kind in flags" % where)
            for k in flags:
                if k not in KINDS:
                    err("%s: bad kind %r" % (where, k))
            for a in asserts:
                if a not in ASSERTIONS:
                    err("%s: bad assertion %r" % (where, a))
            pairs = list(zip(flags, asserts))

        # restrictions
        if r["restrictions"] != "none":
            labels = r["restrictions"].split("|")
            if len(set(labels)) != len(labels):
                err("%s: repeated restriction label" % where)
            for lab in labels:
                if not RESTRICTION_RE.match(lab):
                    err("%s: bad restriction label %r" % (where, lab))
                else:
                    restr_count[lab] += 1
            restr_rows += 1

        # expect
        if r["expect"] not in EXPECTS:
            err("%s: bad expect %r" % (where, r["expect"]))
        derived = derive_expect(pairs)
        if derived != r["expect"]:
            err("%s: expect %r but flags/assertions give %r" % (where, r["expect"], derived))

        expect_count[r["expect"]] += 1
        section_count[r["section"]] += 1
        if not pairs:
            none_rows += 1
            if r["restrictions"] == "none":
                none_no_restr += 1
        for k, a in pairs:
            kind_rows[k] += 1
            kind_assert[k][a] += 1
            assert_count[a] += 1
            if r["expect"] != "ready":
                kind_flagged_rows[k] += 1

    # ---- report ----
    total = len(rows)
    print("rows: %d" % total)
    print("\nexpect:")
    for e in EXPECTS:
        print("  %-13s %4d" % (e, expect_count[e]))
    flagged = expect_count["refer-back"] + expect_count["needs-review"]
    if total:
        print("  refer-back + needs-review: %d (%.1f%%)" % (flagged, 100.0 * flagged / total))
    print("  flags none: %d (of which %d with no restriction)" % (none_rows, none_no_restr))
    print("\nsections:")
    for s, c in section_count.most_common():
        print("  %-13s %4d" % (s, c))
    print("\nper kind (rows, red-flag rows, then by assertion):")
    print("  %-33s %5s %5s " % ("kind", "rows", "rf") + " ".join("%5s" % a[:5] for a in ASSERTIONS))
    for k in KINDS:
        print("  %-33s %5d %5d " % (k, kind_rows[k], kind_flagged_rows[k])
              + " ".join("%5d" % kind_assert[k][a] for a in ASSERTIONS))
    print("\nassertion mentions:")
    for a in ASSERTIONS:
        print("  %-13s %4d" % (a, assert_count[a]))
    print("\nrestriction rows: %d" % restr_rows)
    print("restriction labels:")
    for lab, c in sorted(restr_count.items()):
        print("  %-28s %3d" % (lab, c))

    if errors:
        print("\nFAILED: %d problem(s)" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
