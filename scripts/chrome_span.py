#!/usr/bin/env python3
"""Measure the text-span chrome pass (``unionmine.documents.chrome.span``) on every development set.

    # the scorers on the 16 collections and real sets 1-4, with the pass off and on
    scripts/chrome_span.py score --off
    scripts/chrome_span.py score
    # leave-one-set-out: the pass's three lengths chosen on the other 19 sets, scored on the one left out
    scripts/chrome_span.py loo

``loo`` labels the lines the pass takes from the keys (chrome / text by compact form, as
``scripts/chrome_model.py`` does) on the pages the rules leave (pass off), chooses
(SHORT_CHARS, SENTENCE_CHARS, HEADLINE_CJK) on the other sets by chrome taken minus five times
text taken, and prints what that choice takes on the set left out next to the shipped lengths.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import chrome_model as cm  # the sets, their labels and the scorers

GRID = list(itertools.product((15, 20, 25, 30), (12, 15, 20), (4, 6, 8, 10)))
#: Text taken costs this many chrome lines taken when the lengths are chosen.
TEXT_COST = 5


def _names() -> list[str]:
    return [*cm.DEV, *cm.PROMOTED, *(n for n, (_, pages) in cm.REAL.items() if (ROOT / pages).is_dir())]


def score(args) -> None:
    from unionmine.documents.chrome import find as chrome

    cm.MEASURES = ("split", "title", "kind", "org", "org_type", "year", "chrome_left", "body_lost")
    chrome.SPAN_PASS = not args.off
    for name in args.only or _names():
        s = cm._score(name)
        print(f"{name:18s} " + "  ".join(f"{m} {a}/{b}" for m, (a, b) in s.items()), flush=True)


def _pages(name: str):
    from unionmine.documents.chrome import find as chrome

    if name in cm.REAL:
        labels, pages = cm.REAL[name]
        folder, labs = ROOT / pages, cm._real_labels(labels, pages)
    else:
        folder, labs = cm._folder(name), cm._dev_labels(name)
    chrome.SPAN_PASS = False
    try:
        calls = cm._capture(folder)
    finally:
        chrome.SPAN_PASS = True
    seen = {}
    for lines, marks in calls:
        seen.setdefault(hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest(), (lines, marks))
    return list(seen.values()), labs


def _taken(pages, labs, lengths) -> tuple[int, int]:
    from unionmine.documents.chrome import span as cs
    from unionmine.documents.chrome.line_shapes import title_like
    from unionmine.evaluation.ingest import compact

    chrome_set, text_set = labs
    cs.SHORT_CHARS, cs.SENTENCE_CHARS, cs.HEADLINE_CJK = lengths
    good = bad = 0
    for lines, marks in pages:
        m = dict(marks)
        cs.span_chrome(lines, m, title_like)
        for i in set(m) - set(marks):
            c = compact(lines[i])
            good += c in chrome_set and c not in text_set
            bad += c in text_set
    return good, bad


def loo(args) -> None:
    from unionmine.documents.chrome import span as cs

    shipped = (cs.SHORT_CHARS, cs.SENTENCE_CHARS, cs.HEADLINE_CJK)
    names = _names()
    data = {n: _pages(n) for n in names}
    table = {(g, n): _taken(*data[n], g) for g in GRID for n in names}
    cs.SHORT_CHARS, cs.SENTENCE_CHARS, cs.HEADLINE_CJK = shipped
    for n in names:
        def on_others(g, n=n):
            return sum(table[(g, k)][0] - TEXT_COST * table[(g, k)][1] for k in names if k != n)

        best = max(GRID, key=lambda g: (on_others(g), g == shipped))
        (g1, b1), (g0, b0) = table[(best, n)], table[(shipped, n)]
        print(f"{n:18s} chosen without it {best}: chrome +{g1} text -{b1}   shipped {shipped}: +{g0} -{b0}")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("score")
    s.add_argument("--off", action="store_true", help="the pass off (the figures before it)")
    s.add_argument("--only", nargs="*")
    sub.add_parser("loo")
    args = parser.parse_args(argv)
    {"score": score, "loo": loo}[args.command](args)


if __name__ == "__main__":
    main()
