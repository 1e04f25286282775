#!/usr/bin/env python3
"""Validate redflags11.en.tsv and print counts. Exit 0 if every check passes, 1 otherwise.

Usage: python3 check11.py [path/to/redflags11.en.tsv]
"""
import collections
import os
import sys

HEADER = ["id", "split", "section", "text", "flags", "assertions", "restrictions", "expect"]
SECTIONS = {"narrative", "pmh", "plan", "ros", "instructions", "family"}
KINDS = ["cauda-equina", "progressive-neurological-deficit", "possible-fracture", "cancer-history",
         "possible-infection", "immunosuppression", "unexplained-weight-loss", "night-pain",
         "aortic-aneurysm", "hold"]
ASSERTIONS = ["affirmed", "negated", "possible", "historical", "hypothetical", "family"]
EXPECTS = ["refer-back", "needs-review", "ready"]
N_ROWS = 300


def expect_of(pairs):
    """The labelling rules of the Sentences4 README, applied to (kind, assertion) pairs."""
    if not pairs:
        return "ready"
    if any(a == "affirmed" and k != "hold" for k, a in pairs):
        return "refer-back"
    if any(k == "cancer-history" and a == "historical" for k, a in pairs):
        return "refer-back"
    if any(a == "possible" for k, a in pairs):
        return "needs-review"
    if any(a == "historical" and k != "cancer-history" for k, a in pairs):
        return "needs-review"
    if any(k == "hold" and a == "affirmed" for k, a in pairs):
        return "needs-review"
    return "ready"


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "redflags11.en.tsv")
    raw = open(path, "rb").read()
    errors = []

    def err(msg):
        errors.append(msg)

    try:
        raw.decode("ascii")
    except UnicodeDecodeError as e:
        err("non-ASCII byte at offset %d" % e.start)
    if b"\r" in raw:
        err("CR found: line ends must be LF only")
    if not raw.endswith(b"\n"):
        err("file does not end with a newline")
    text = raw.decode("ascii", errors="replace")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0].split("\t") != HEADER:
        err("header is not exactly: " + "\\t".join(HEADER))
    rows = lines[1:]
    if len(rows) != N_ROWS:
        err("expected %d rows, found %d" % (N_ROWS, len(rows)))

    seen_text = set()
    by_expect = collections.Counter()
    by_section = collections.Counter()
    by_assert = collections.Counter()
    kind_rows = collections.Counter()
    kind_flagrows = collections.Counter()
    kind_assert = collections.Counter()
    none_ready = 0
    for i, line in enumerate(rows, 1):
        f = line.split("\t")
        where = "line %d" % (i + 1)
        if len(f) != 8:
            err("%s: %d fields, expected 8" % (where, len(f)))
            continue
        rid, split, section, body, flags, asserts, restr, expect = f
        if rid != "h11-%04d" % i:
            err("%s: id %r, expected h11-%04d" % (where, rid, i))
        if split != "heldout":
            err("%s: split %r" % (where, split))
        if section not in SECTIONS:
            err("%s: section %r" % (where, section))
        if restr != "none":
            err("%s: restrictions %r" % (where, restr))
        if expect not in EXPECTS:
            err("%s: expect %r" % (where, expect))
        if not body.strip() or body != body.strip():
            err("%s: empty text or leading/trailing space" % where)
        for bad in ('"', "|"):
            if bad in body:
                err("%s: text contains %r" % (where, bad))
        if body in seen_text:
            err("%s: repeated text" % where)
        seen_text.add(body)
        if flags == "none":
            if asserts != "-":
                err("%s: flags none needs assertions '-'" % where)
            pairs = []
        else:
            ks = flags.split("|")
            as_ = asserts.split("|")
            if len(ks) != len(as_):
                err("%s: %d flags but %d assertions" % (where, len(ks), len(as_)))
                continue
            for k in ks:
                if k not in KINDS:
                    err("%s: unknown kind %r" % (where, k))
            for a in as_:
                if a not in ASSERTIONS:
                    err("%s: unknown assertion %r" % (where, a))
            if len(set(ks)) != len(ks):
                err("%s: a kind is repeated in one row" % where)
            pairs = list(zip(ks, as_))
        want = expect_of(pairs)
        if expect != want:
            err("%s: expect %r but the rules give %r" % (where, expect, want))
        by_expect[expect] += 1
        by_section[section] += 1
        if flags == "none" and expect == "ready":
            none_ready += 1
        for k, a in pairs:
            by_assert[a] += 1
            kind_rows[k] += 1
            kind_assert[(k, a)] += 1
            if expect != "ready":
                kind_flagrows[k] += 1

    n = sum(by_expect.values())
    print("rows: %d" % n)
    for e in EXPECTS:
        print("  %-13s %d" % (e, by_expect[e]))
    flagged = by_expect["refer-back"] + by_expect["needs-review"]
    if n:
        print("red-flag rows (refer-back + needs-review): %d (%.1f%%)" % (flagged, 100.0 * flagged / n))
    print("ready rows with flags = none: %d; ready rows with only negated/hypothetical/family flags: %d"
          % (none_ready, by_expect["ready"] - none_ready))
    print("sections: " + ", ".join("%s %d" % (s, c) for s, c in by_section.most_common()))
    print("mentions by assertion: " + ", ".join("%s %d" % (a, by_assert[a]) for a in ASSERTIONS))
    print()
    head = "%-33s %5s %8s" % ("kind", "rows", "rf-rows") + "".join(" %6s" % a[:6] for a in ASSERTIONS)
    print(head)
    for k in KINDS:
        print("%-33s %5d %8d" % (k, kind_rows[k], kind_flagrows[k])
              + "".join(" %6d" % kind_assert[(k, a)] for a in ASSERTIONS))
    print()
    if errors:
        for e in errors[:50]:
            print("ERROR: " + e)
        print("FAILED: %d error(s)" % len(errors))
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
