#!/usr/bin/env python3
"""Validate redflags12.en.tsv (held-out red-flag sentences, set 12) and print its counts.

Usage: python3 check12.py [path/to/redflags12.en.tsv]
Exit status 0 when every check passes, 1 otherwise.

The label vocabulary and the expect rules are those of ../Sentences4/README.md.
Multi-value cells (flags, assertions, restrictions) are joined with SEP below.
"""
import collections
import os
import re
import sys

SEP = "|"
HEADER = ["id", "split", "section", "text", "flags", "assertions", "restrictions", "expect"]
N_ROWS = 200
ID_FMT = "h12-%04d"
SECTIONS = ["narrative", "pmh", "plan", "ros", "instructions", "family"]
KINDS = [
    "cauda-equina",
    "progressive-neurological-deficit",
    "possible-fracture",
    "cancer-history",
    "possible-infection",
    "immunosuppression",
    "unexplained-weight-loss",
    "night-pain",
    "aortic-aneurysm",
    "hold",
]
ASSERTIONS = ["affirmed", "negated", "possible", "historical", "hypothetical", "family"]
EXPECTS = ["refer-back", "needs-review", "ready"]
# Restriction tokens (DOMAIN.md section 6 wording mapped to engine constraints).
RESTRICTION_FIXED = {
    "no-flexion", "no-extension", "no-rotation", "no-overhead", "no-impact",
    "no-prone", "no-supine", "wbat", "progress-as-tolerated",
}
RESTRICTION_PARAM = re.compile(r"^(max-load-kg|max-load-lb|max-hr)=([1-9][0-9]*)$")


def expected(pairs):
    """The expect value that follows from (kind, assertion) pairs (Sentences4 README rules)."""
    if any(a == "affirmed" and k != "hold" for k, a in pairs):
        return "refer-back"
    if any(k == "cancer-history" and a == "historical" for k, a in pairs):
        return "refer-back"
    if any(a == "possible" for _, a in pairs):
        return "needs-review"
    if any(a == "historical" for k, a in pairs):  # non-cancer historical (cancer handled above)
        return "needs-review"
    if any(k == "hold" and a == "affirmed" for k, a in pairs):
        return "needs-review"
    return "ready"


def valid_restriction(tok):
    return tok in RESTRICTION_FIXED or RESTRICTION_PARAM.match(tok) is not None


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "redflags12.en.tsv")
    errors = []

    def err(msg):
        errors.append(msg)

    raw = open(path, "rb").read()
    if b"\r" in raw:
        err("file contains CR characters (LF line ends required)")
    try:
        content = raw.decode("ascii")
    except UnicodeDecodeError as e:
        err("file is not pure ASCII: %s" % e)
        content = raw.decode("ascii", "replace")
    if not content.endswith("\n"):
        err("file does not end with a newline")
    lines = content.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0].split("\t") != HEADER:
        err("header is not exactly: %s" % "\\t".join(HEADER))
    body = lines[1:]
    if len(body) != N_ROWS:
        err("expected %d data rows, found %d" % (N_ROWS, len(body)))

    rows = []
    seen_text = {}
    for n, line in enumerate(body, 1):
        f = line.split("\t")
        where = "line %d" % (n + 1)
        if len(f) != 8:
            err("%s: %d fields, expected 8" % (where, len(f)))
            continue
        rid, split, section, text, flags, asserts, restr, expect = f
        where = "%s (%s)" % (where, rid)
        if rid != ID_FMT % n:
            err("%s: id out of sequence, expected %s" % (where, ID_FMT % n))
        if split != "heldout":
            err("%s: split %r is not heldout" % (where, split))
        if section not in SECTIONS:
            err("%s: unknown section %r" % (where, section))
        if not text.strip() or text != text.strip():
            err("%s: empty text or leading/trailing space" % where)
        for ch in ('"', "|"):
            if ch in text:
                err("%s: text contains %r" % (where, ch))
        key = text.lower()
        if key in seen_text:
            err("%s: text repeats line %d" % (where, seen_text[key]))
        seen_text[key] = n + 1
        # flags / assertions
        pairs = []
        if flags == "none":
            if asserts != "-":
                err("%s: flags none needs assertions '-', got %r" % (where, asserts))
        else:
            ks = flags.split(SEP)
            ass = asserts.split(SEP)
            if len(ks) != len(ass):
                err("%s: %d flags but %d assertions" % (where, len(ks), len(ass)))
            for k in ks:
                if k not in KINDS:
                    err("%s: unknown flag kind %r" % (where, k))
            for a in ass:
                if a not in ASSERTIONS:
                    err("%s: unknown assertion %r" % (where, a))
            if len(set(ks)) != len(ks):
                err("%s: a kind is repeated in one row" % where)
            pairs = list(zip(ks, ass))
        # restrictions
        toks = []
        if restr != "none":
            toks = restr.split(SEP)
            for t in toks:
                if not valid_restriction(t):
                    err("%s: unknown restriction token %r" % (where, t))
            if len(set(toks)) != len(toks):
                err("%s: a restriction token is repeated" % where)
            base = [t.split("=")[0] for t in toks]
            if "max-load-kg" in base and "max-load-lb" in base:
                err("%s: load cap given in both kg and lb" % where)
        # expect
        if expect not in EXPECTS:
            err("%s: unknown expect %r" % (where, expect))
        elif expect != expected(pairs):
            err("%s: expect %r but the rules give %r" % (where, expect, expected(pairs)))
        rows.append(dict(section=section, pairs=pairs, restr=toks, expect=expect))

    # ---- counts ----
    total = len(rows)
    ex = collections.Counter(r["expect"] for r in rows)
    print("rows: %d" % total)
    print("\nexpect:")
    for e in EXPECTS:
        print("  %-13s %4d" % (e, ex[e]))
    flagged = ex["refer-back"] + ex["needs-review"]
    if total:
        print("  red-flag rows (refer-back + needs-review): %d (%.1f%%)" % (flagged, 100.0 * flagged / total))
        ready_none = sum(1 for r in rows if r["expect"] == "ready" and not r["pairs"])
        print("  ready rows with flags = none: %d; ready rows with only negated/hypothetical/family mentions: %d"
              % (ready_none, ex["ready"] - ready_none))
    print("\nsection:")
    sc = collections.Counter(r["section"] for r in rows)
    for s in SECTIONS:
        print("  %-13s %4d" % (s, sc[s]))
    print("\nper kind (rows, red-flag rows, then mentions per assertion):")
    print("  %-33s %5s %7s " % ("kind", "rows", "rf-rows") + " ".join("%5s" % a[:5] for a in ASSERTIONS))
    for k in KINDS:
        kr = [r for r in rows if any(kk == k for kk, _ in r["pairs"])]
        rf = sum(1 for r in kr if r["expect"] != "ready")
        ac = collections.Counter(a for r in kr for kk, a in r["pairs"] if kk == k)
        print("  %-33s %5d %7d " % (k, len(kr), rf) + " ".join("%5d" % ac[a] for a in ASSERTIONS))
    print("\nper assertion (mentions over all flags):")
    am = collections.Counter(a for r in rows for _, a in r["pairs"])
    for a in ASSERTIONS:
        print("  %-13s %4d" % (a, am[a]))
    print("\nrestrictions:")
    rr = [r for r in rows if r["restr"]]
    print("  rows with restrictions: %d (none: %d)" % (len(rr), total - len(rr)))
    tc = collections.Counter(t.split("=")[0] for r in rr for t in r["restr"])
    for t, c in sorted(tc.items()):
        print("  %-22s %4d" % (t, c))
    rex = collections.Counter(r["expect"] for r in rr)
    print("  restriction rows by expect: " + ", ".join("%s %d" % (e, rex[e]) for e in EXPECTS))

    if errors:
        print("\nFAILED: %d problem(s)" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
