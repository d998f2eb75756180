#!/usr/bin/env python3
"""How far do two labellers agree on the real-document theme sets? (issue 13)

``sample`` draws the sections a second labeller reads: from each local copy of a real set
(``local/real_sections.jsonl``, ``local/real_sections2.jsonl``) a fixed number of sections,
stratified by page (at most ``--per-page`` sections of one page; pages in a seeded random order,
one section of each page per round, until the quota is reached). It reads only the local copy
(``id``, ``url``, ``unit_type``, ``kind``, ``heading``, ``text``), never the committed labels,
and writes the sample (with text, so git-ignored) for labelling:

    python scripts/label_agreement.py sample --out local/agree/sample.jsonl          # seed 20261130

``agreement`` compares any two label files keyed by ``sha256`` (rows: ``sha256``, ``labels``;
optional ``group``/``url`` for resampling): per theme Cohen's kappa and F1 of one labeller
against the other (symmetric), macro-F1 over the four themes, exact match overall and on the
sections either labeller gave two or more themes, and 95% intervals from resampling pages
(repost groups when a file has them):

    python scripts/label_agreement.py agreement corpus/annotations/real/labels.jsonl \\
        corpus/annotations/real/labels2.jsonl --against corpus/annotations/real/agreement_b.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from real_themes import _prf, digest, label_matrix, read_jsonl, resample_groups  # noqa: E402

THEMES = ["维权", "送温暖", "文体活动", "民主管理"]
SEED = 20261130
SETS = [("local/real_sections.jsonl", 120), ("local/real_sections2.jsonl", 120)]


# ---- sampling ---------------------------------------------------------------------------

def stratified_sample(rows: list[dict], n: int, per_page: int, rng: np.random.Generator) -> list[dict]:
    """``n`` rows, at most ``per_page`` from one ``url``: pages in random order, each page's
    rows shuffled, one row per page per round. Returned in the input order."""
    pages: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        pages.setdefault(row["url"], []).append(i)
    order = list(pages)
    rng.shuffle(order)
    queues = {u: list(rng.permutation(pages[u])) for u in order}
    chosen: list[int] = []
    for rnd in range(per_page):
        for u in order:
            if len(chosen) == n:
                break
            if rnd < len(queues[u]):
                chosen.append(int(queues[u][rnd]))
    if len(chosen) < n:
        raise SystemExit(f"only {len(chosen)} sections with at most {per_page} a page (wanted {n})")
    return [rows[i] for i in sorted(chosen)]


FIELDS = ("id", "url", "unit_type", "kind", "group", "heading", "text")


def cmd_sample(args) -> int:
    rng = np.random.default_rng(args.seed)
    out = []
    for k, (path, n) in enumerate(zip(args.local, args.n)):
        rows = read_jsonl(path)
        for row in stratified_sample(rows, n, args.per_page, rng):
            rec = {f: row.get(f, "") for f in FIELDS}
            rec["set"] = k + 1
            rec["sha256"] = digest(row["text"])
            out.append(rec)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    pages = len({r["url"] for r in out})
    print(f"{len(out)} sections from {pages} pages (seed {args.seed}) -> {args.out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("sample", help="draw the sections to label")
    p.add_argument("--local", nargs="+", default=[s for s, _ in SETS])
    p.add_argument("--n", nargs="+", type=int, default=[n for _, n in SETS])
    p.add_argument("--per-page", type=int, default=3)
    p.add_argument("--seed", type=int, default=SEED)
    p.add_argument("--out", default="local/agree/sample.jsonl")
    p.set_defaults(func=cmd_sample)
    args = ap.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
