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
from real_themes import OTHER, _prf, digest, label_matrix, read_jsonl, resample_groups

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


# ---- agreement --------------------------------------------------------------------------

def cohen_kappa(a: np.ndarray, b: np.ndarray) -> float:
    """Cohen's kappa of two boolean vectors; nan when chance agreement is total (one value only)."""
    a, b = np.asarray(a, dtype=bool), np.asarray(b, dtype=bool)
    if not len(a):
        return float("nan")
    po = float((a == b).mean())
    pa, pb = float(a.mean()), float(b.mean())
    pe = pa * pb + (1 - pa) * (1 - pb)
    if pe >= 1.0:
        return 1.0 if po == 1.0 else float("nan")
    return (po - pe) / (1 - pe)


def pair_labels(first: list[dict], second: list[dict]) -> dict:
    """Rows of both files matched by ``sha256``. ``group`` comes from the first file that has one
    (else its ``url``, else the digest). Returns ``rows`` (sha256, id, group, a, b) in the second
    file's order, ``only_first`` and ``only_second`` (digests), and ``repeated``: rows whose digest
    another row of the same file already has (two sections of one page with the same text are one
    section here; the first row of each file is used)."""
    by_a: dict[str, dict] = {}
    by_b: dict[str, dict] = {}
    repeated = 0
    for rows_, by in ((first, by_a), (second, by_b)):
        for r in rows_:
            if r["sha256"] in by:
                repeated += 1
            else:
                by[r["sha256"]] = r
    rows = []
    for sha, rb in by_b.items():
        ra = by_a.get(sha)
        if ra is None:
            continue
        group = ra.get("group") or rb.get("group") or ra.get("url") or rb.get("url") or sha
        rows.append({"sha256": sha, "id": rb.get("id") or ra.get("id"), "group": group,
                     "a": list(ra["labels"]), "b": list(rb["labels"])})
    return {"rows": rows, "only_first": [s for s in by_a if s not in by_b],
            "only_second": [s for s in by_b if s not in by_a], "repeated": repeated}


def agreement(a: np.ndarray, b: np.ndarray, themes: list[str] = THEMES) -> dict:
    """Agreement of two boolean label matrices (rows x themes; an empty row is 其他).

    Per theme (and for 其他 = no theme) Cohen's kappa, F1 of one labeller against the other
    (symmetric: 2|A∩B| / (|A|+|B|)), the counts each labeller gave and both gave; macro-F1 over the
    themes; exact match overall and on the sections either labeller gave two or more themes."""
    a, b = np.asarray(a, dtype=bool), np.asarray(b, dtype=bool)
    cols = {t: (a[:, j], b[:, j]) for j, t in enumerate(themes)}
    cols[OTHER] = (~a.any(axis=1), ~b.any(axis=1))
    per = {}
    for t, (x, y) in cols.items():
        per[t] = {"kappa": cohen_kappa(x, y), "f1": _prf(y, x)[2], "a": int(x.sum()), "b": int(y.sum()),
                  "both": int((x & y).sum())}
    exact = (a == b).all(axis=1)
    multi = (a.sum(axis=1) > 1) | (b.sum(axis=1) > 1)
    return {"n": len(a), "per_theme": per,
            "macro_f1": float(np.mean([per[t]["f1"] for t in themes])),
            "exact_match": float(exact.mean()) if len(a) else float("nan"),
            "n_multi": int(multi.sum()),
            "exact_match_multi": float(exact[multi].mean()) if multi.any() else float("nan"),
            "multi_a": int((a.sum(axis=1) > 1).sum()), "multi_b": int((b.sum(axis=1) > 1).sum())}


def agreement_intervals(a: np.ndarray, b: np.ndarray, groups: list[str], n_boot: int = 1000,
                        seed: int = 0, level: float = 0.95, themes: list[str] = THEMES) -> dict:
    """Percentile intervals of kappa and F1 per theme, macro-F1 and exact match, resampling groups
    (pages, or repost groups) with replacement."""
    rng = np.random.default_rng(seed)
    keys = [*themes, OTHER]
    draws: dict[str, list[float]] = {f"{m}:{t}": [] for t in keys for m in ("kappa", "f1")}
    draws["macro_f1"], draws["exact_match"] = [], []
    for _ in range(n_boot):
        idx = resample_groups(groups, rng)
        res = agreement(a[idx], b[idx], themes)
        for t in keys:
            draws[f"kappa:{t}"].append(res["per_theme"][t]["kappa"])
            draws[f"f1:{t}"].append(res["per_theme"][t]["f1"])
        draws["macro_f1"].append(res["macro_f1"])
        draws["exact_match"].append(res["exact_match"])
    lo, hi = (1 - level) / 2 * 100, (1 + level) / 2 * 100
    return {k: [float(np.nanpercentile(v, lo)), float(np.nanpercentile(v, hi))] for k, v in draws.items()}


def _fmt(res: dict, ci: dict | None, title: str) -> str:
    lines = [f"{title}: {res['n']} sections; macro-F1 {res['macro_f1']:.3f}"
             + (f" [{ci['macro_f1'][0]:.2f}-{ci['macro_f1'][1]:.2f}]" if ci else "")
             + f", exact match {res['exact_match']:.3f}"
             + (f" [{ci['exact_match'][0]:.2f}-{ci['exact_match'][1]:.2f}]" if ci else "")
             + f"; multi-label (either, {res['n_multi']}) exact {res['exact_match_multi']:.3f}"
             + f"; given >=2 themes: first {res['multi_a']}, second {res['multi_b']}",
             (f"  {'theme':<6} {'first':>5} {'second':>6} {'both':>5}  kappa{' [95%]' if ci else ''}"
              f"          F1{' [95%]' if ci else ''}")]
    for t, r in res["per_theme"].items():
        k = f"{r['kappa']:.3f}" + (f" [{ci['kappa:' + t][0]:.2f}-{ci['kappa:' + t][1]:.2f}]" if ci else "")
        f = f"{r['f1']:.3f}" + (f" [{ci['f1:' + t][0]:.2f}-{ci['f1:' + t][1]:.2f}]" if ci else "")
        lines.append(f"  {t:<6} {r['a']:>5} {r['b']:>6} {r['both']:>5}  {k:<20} {f}")
    return "\n".join(lines)


def cmd_agreement(args) -> int:
    first: list[dict] = []
    for k, path in enumerate(args.first):
        for row in read_jsonl(path):
            if "group" in row and len(args.first) > 1:
                row = {**row, "group": f"{k + 1}:{row['group']}"}
            first.append(row)
    second = read_jsonl(args.against)
    paired = pair_labels(first, second)
    rows = paired["rows"]
    if paired["repeated"]:
        print(f"{paired['repeated']} rows repeat a digest of their file (same text) and count once")
    if paired["only_second"]:
        print(f"{len(paired['only_second'])} rows of {args.against} have no counterpart (digest) in the first labels")
    if not rows:
        raise SystemExit("no section is labelled in both")
    a = label_matrix([r["a"] for r in rows], THEMES)
    b = label_matrix([r["b"] for r in rows], THEMES)
    groups = [r["group"] for r in rows]
    res = agreement(a, b)
    ci = agreement_intervals(a, b, groups, n_boot=args.boot, seed=args.seed) if args.boot else None
    print(_fmt(res, ci, f"all ({len(set(groups))} groups, {args.boot} resamples, seed {args.seed})"))
    out = {"all": {**res, "intervals": ci}}
    prefixes = sorted({g.split(":", 1)[0] for g in groups if ":" in g})
    for pre in prefixes if len(args.first) > 1 else []:
        sel = np.array([g.startswith(pre + ":") for g in groups])
        sub_groups = [g for g, s in zip(groups, sel) if s]
        r_sub = agreement(a[sel], b[sel])
        ci_sub = agreement_intervals(a[sel], b[sel], sub_groups, n_boot=args.boot, seed=args.seed) if args.boot else None
        print(_fmt(r_sub, ci_sub, f"{args.first[int(pre) - 1]}"))
        out[args.first[int(pre) - 1]] = {**r_sub, "intervals": ci_sub}
    if args.json:
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.diff:
        with open(args.diff, "w", encoding="utf-8") as fh:
            for r in rows:
                if set(r["a"]) != set(r["b"]):
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        n_diff = int((a != b).any(axis=1).sum())
        print(f"{n_diff} sections labelled differently -> {args.diff}")
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
    p = sub.add_parser("agreement", help="agreement of two label files keyed by sha256")
    p.add_argument("first", nargs="+", help="the first labeller's file(s); several are joined, groups kept apart")
    p.add_argument("--against", required=True, help="the second labeller's file")
    p.add_argument("--boot", type=int, default=1000, help="resamples of pages for the intervals (0: none)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--json", help="write the figures here")
    p.add_argument("--diff", help="write the sections labelled differently here (ids, digests, labels; no text)")
    p.set_defaults(func=cmd_agreement)
    args = ap.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
