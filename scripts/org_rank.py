#!/usr/bin/env python3
"""Round 16 (organisations): why main's organisation misses miss, and a learned candidate ranker judged
leave-one-set-out over the real development sets (cache from scripts/org_rank_cache.py, local only).

    PYTHONPATH=$PWD python scripts/org_rank.py split   # the misses of main by cause, per real set
    PYTHONPATH=$PWD python scripts/org_rank.py loso    # ranker vs main, each real set left out
    PYTHONPATH=$PWD python scripts/org_rank.py curve   # right/invented change by fill threshold
    PYTHONPATH=$PWD python scripts/org_rank.py gate    # a second model: does an article name its writer
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from org_rank_candidates import features, gather

from unionmine.documents.describe_rules import default_describe_rules
from unionmine.documents.news import is_news
from unionmine.documents.organisations.subject import news_subject
from unionmine.documents.organisations.types import find_org_type
from unionmine.documents.source_path import path_names
from unionmine.evaluation.ingest import compact
from unionmine.text.normalize import to_simplified

REAL = ["real2", "real3", "real4", "real5", "real6", "real7tune"]


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load(cache: Path) -> dict[str, list[dict]]:
    return {p.stem: [json.loads(x) for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]
            for p in sorted(cache.glob("*.jsonl"))}


def right(row: dict, org: str | None) -> bool:
    if not org or not row["key_org"]:
        return False
    forms = [row["key_org"], *row["key_org_also"]]
    if row["hashed"]:
        return sha(compact(org)) in forms
    return compact(org) in {compact(f) for f in forms}


WITH_SPANS = [True]  # --finders-only: the finders' names alone, no spans


def prepare(row: dict, rules) -> dict:
    """Candidates and their features for one cached key article."""
    title = to_simplified(row["written"]) if row["written"] else ""
    text = row["text"]
    unit = None
    if row["matched"] and row["kind"] == "other" and is_news(title, text):
        unit = news_subject(None, f"{title}\n{text[:300]}", rules)
    found_type, _ = find_org_type(text, rules, title) if row["matched"] else (None, [])
    cands = gather(title, text, row["path"], rules, row["main_org"], row["main_org_source"],
                   unit[0] if unit else None, path_names, WITH_SPANS[0]) if row["matched"] else []
    return {"row": row, "cands": cands, "feats": [features(c, title, text, found_type, len(cands), rules) for c in cands],
            "labels": [right(row, c["org"]) for c in cands], "found_type": found_type}


def split(data: dict) -> None:
    """Why main misses: per real set, named orgs right / no candidate / right one generated but another
    chosen / right one generated but main abstained / unmatched article; invented where none is named."""
    print("set        named right  no-cand  other-chosen  abstained  unmatched | none-named invented")
    for name in REAL + sorted(k for k in data if not k.startswith("real")):
        c = Counter()
        for item in data[name]:
            row = item["row"]
            if row["key_org"]:
                c["named"] += 1
                if right(row, row["main_org"]):
                    c["right"] += 1
                elif not row["matched"]:
                    c["unmatched"] += 1
                elif not any(item["labels"]):
                    c["nocand"] += 1
                elif row["main_org"]:
                    c["other"] += 1
                else:
                    c["abstained"] += 1
            else:
                c["none"] += 1
                c["invented"] += int(bool(row["main_org"]) and row["matched"])
        print(f"{name:10s} {c['named']:5d} {c['right']:5d}  {c['nocand']:7d}  {c['other']:12d}  {c['abstained']:9d}"
              f"  {c['unmatched']:9d} | {c['none']:10d} {c['invented']:8d}")


def vectorise(items: list[dict], names: list[str] | None = None):
    if names is None:
        names = sorted({k for it in items for f in it["feats"] for k in f})
    index = {n: i for i, n in enumerate(names)}
    rows, ys, owner = [], [], []
    for n, it in enumerate(items):
        for f, y in zip(it["feats"], it["labels"]):
            v = np.zeros(len(names))
            for k, x in f.items():
                if k in index:
                    v[index[k]] = x
            rows.append(v)
            ys.append(int(y))
            owner.append(n)
    return np.array(rows), np.array(ys), names, np.array(owner)


def fit(items: list[dict], c: float = 1.0, model: str = "lr"):
    """A model of P(candidate is the key's organisation) and the feature names it reads."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression

    names = sorted({k for it in items for f in it["feats"] for k in f if not k.startswith(tuple(DROPPED))})
    x, y, names, _owner = vectorise(items, names)
    if model == "lr":
        clf = LogisticRegression(C=c, max_iter=3000)
    else:
        clf = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, max_depth=4, random_state=0)
    clf.fit(x, y)
    return clf, names


def tops(items: list[dict], clf, names) -> list[tuple[str | None, float]]:
    """Per item, the best candidate and its probability (None, 0 when there is none)."""
    x, _y, _names, _owner = vectorise(items, names)
    out = [(None, 0.0)] * len(items)
    if len(x):
        p = clf.predict_proba(x)[:, 1]
        k = 0
        for n, it in enumerate(items):
            best = (None, 0.0)
            for cand in it["cands"]:
                if p[k] > best[1]:
                    best = (cand["org"], float(p[k]))
                k += 1
            out[n] = best
    return out


def decide(item: dict, top: tuple, th_fill: float, th_over: float) -> str | None:
    """Main's organisation unless the ranker is sure of another (th_over); where main names none, the
    ranker's best when sure enough (th_fill)."""
    main = item["row"]["main_org"]
    org, p = top
    if main is None:
        return org if p >= th_fill else None
    return org if p >= th_over and org != main else main


def tally(items: list[dict], picks: list) -> Counter:
    t = Counter()
    for it, org in zip(items, picks):
        row = it["row"]
        if row["key_org"]:
            t["named"] += 1
            t["right"] += int(right(row, org))
        else:
            t["none"] += 1
            t["invented"] += int(bool(org) and row["matched"])
    return t


DROPPED: list[str] = []  # feature name prefixes left out (--drop chosen: the ranker without main's choice)
GRID = [round(x, 3) for x in np.arange(0.1, 1.0, 0.025)] + [1.01]


def thresholds(items: list[dict], top: list, penalty: float = 2.0, fill_only: bool = False) -> tuple[float, float]:
    """The (fill, override) thresholds that maximise right minus PENALTY x invented on training items
    (FILL_ONLY: main's organisation is never overridden)."""
    best = None
    for th_fill in GRID:
        for th_over in [1.01] if fill_only else GRID:
            t = tally(items, [decide(it, tp, th_fill, th_over) for it, tp in zip(items, top)])
            gain = (t["right"] - penalty * t["invented"], th_fill, th_over)
            if best is None or gain[0] > best[0]:
                best = gain
    return best[1], best[2]


def loso(data: dict, c: float, model: str, penalty: float, fill_only: bool = False) -> None:
    synthetic = [it for k, v in data.items() if not k.startswith("real") for it in v]
    print(f"model {model} C={c} penalty={penalty} fill_only={fill_only}")
    print("left out    main right/named inv/none | ranker right inv | fill over")
    sums = Counter()
    for out in REAL:
        train = synthetic + [it for k in REAL if k != out for it in data[k]]
        clf, names = fit(train, c, model)
        th = thresholds(train, tops(train, clf, names), penalty, fill_only)
        test = data[out]
        m = tally(test, [it["row"]["main_org"] for it in test])
        top = tops(test, clf, names)
        r = tally(test, [decide(it, tp, *th) for it, tp in zip(test, top)])
        # ranking alone, no abstaining: of the named articles with the key's organisation among the candidates,
        # how many have it ranked first
        ranked = [(any(it["labels"]), right(it["row"], tp[0])) for it, tp in zip(test, top) if it["row"]["key_org"]]
        gen, first = sum(g for g, _f in ranked), sum(f for _g, f in ranked)
        sums.update({"m_right": m["right"], "r_right": r["right"], "m_inv": m["invented"], "r_inv": r["invented"],
                     "generated": gen, "ranked_first": first})
        print(f"{out:10s} {m['right']:3d}/{m['named']:<3d} {m['invented']:3d}/{m['none']:<3d} | "
              f"{r['right']:3d} {r['invented']:3d} | {th[0]:.3f} {th[1]:.3f} | first {first}/{gen}")
    print("total", dict(sums))


GATE_FEATURES = ("in_title_str", "in_head_str", "in_sign_str", "all_clean", "log_count", "union_next", "acceptable",
                 "has_suffix", "first")


def gate_rows(items: list[dict], clf, names) -> tuple[np.ndarray, list]:
    """Per article where main names none: its ranker's best and second probabilities, the margin and the
    best candidate's own features (where and how it occurs), to decide whether the article names its writer."""
    x, _y, _n, _o = vectorise(items, names)
    p = clf.predict_proba(x)[:, 1] if len(x) else np.zeros(0)
    rows, best, k = [], [], 0
    for it in items:
        n = len(it["cands"])
        ps = sorted(((float(p[k + i]), i) for i in range(n)), reverse=True)
        k += n
        top = ps[0] if ps else (0.0, None)
        second = ps[1][0] if len(ps) > 1 else 0.0
        f = it["feats"][top[1]] if top[1] is not None else {}
        title = it["row"]["written"] or ""
        rows.append([top[0], top[0] - second, math.log1p(n), float(it["row"]["kind"] == "other"),
                     float(bool(title)), *[f.get(g, 0.0) for g in GATE_FEATURES]])
        best.append(it["cands"][top[1]]["org"] if top[1] is not None else None)
    return np.array(rows), best


def gate(data: dict, c: float) -> None:
    """A second model, on the articles where main names none: does the article name its writer as the
    ranker's best (fitted on the other sets' articles, in-sample ranker probabilities), threshold by the
    training articles' right minus 2 x invented."""
    from sklearn.linear_model import LogisticRegression

    synthetic = [it for k, v in data.items() if not k.startswith("real") for it in v]
    print("left out    main right/named inv/none | gated right inv | threshold")
    for out in REAL:
        train = synthetic + [it for k in REAL if k != out for it in data[k]]
        clf, names = fit(train, c, "lr")
        pool = [it for it in train if it["row"]["main_org"] is None and it["row"]["matched"]]
        x, best = gate_rows(pool, clf, names)
        y = np.array([int(right(it["row"], b)) for it, b in zip(pool, best)])
        g = LogisticRegression(C=c, max_iter=2000).fit(x, y)
        pg = g.predict_proba(x)[:, 1]
        th = max(GRID, key=lambda t: sum(yy for yy, pp in zip(y, pg) if pp >= t)
                 - 2 * sum(1 for it, pp in zip(pool, pg) if pp >= t and not it["row"]["key_org"]))
        test = data[out]
        tpool = [i for i, it in enumerate(test) if it["row"]["main_org"] is None and it["row"]["matched"]]
        picks = [it["row"]["main_org"] for it in test]
        if tpool:
            xt, bt = gate_rows([test[i] for i in tpool], clf, names)
            for i, b, pp in zip(tpool, bt, g.predict_proba(xt)[:, 1]):
                if pp >= th:
                    picks[i] = b
        m = tally(test, [it["row"]["main_org"] for it in test])
        r = tally(test, picks)
        print(f"{out:10s} {m['right']:3d}/{m['named']:<3d} {m['invented']:3d}/{m['none']:<3d} | "
              f"{r['right']:3d} {r['invented']:3d} | {th:.3f}")


def curve(data: dict, c: float, model: str) -> None:
    """The change against main (named right / invented) per set left out, for fixed fill thresholds
    (main's organisation kept; the ranker's best where main names none and its probability is at least TH)."""
    synthetic = [it for k, v in data.items() if not k.startswith("real") for it in v]
    top = {}
    for out in REAL:
        clf, names = fit(synthetic + [it for k in REAL if k != out for it in data[k]], c, model)
        top[out] = tops(data[out], clf, names)
    print("fill threshold: right/invented change per set left out, " + " ".join(REAL))
    for th in (0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3):
        cells = []
        for out in REAL:
            m = tally(data[out], [it["row"]["main_org"] for it in data[out]])
            r = tally(data[out], [decide(it, tp, th, 1.01) for it, tp in zip(data[out], top[out])])
            cells.append(f"{r['right'] - m['right']:+d}/{r['invented'] - m['invented']:+d}")
        print(f"{th:<6} " + "  ".join(cells))


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("split", "loso", "curve", "gate"))
    parser.add_argument("--cache", default="local/orgrank")
    parser.add_argument("--C", type=float, default=1.0)
    parser.add_argument("--model", choices=("lr", "gb"), default="lr")
    parser.add_argument("--penalty", type=float, default=2.0)
    parser.add_argument("--finders-only", action="store_true", help="candidates from the finders only, no spans")
    parser.add_argument("--drop", nargs="*", default=[], help="feature name prefixes to leave out")
    parser.add_argument("--fill-only", action="store_true", help="never override main's organisation")
    args = parser.parse_args(argv)
    DROPPED.extend(args.drop)
    WITH_SPANS[0] = not args.finders_only
    rules = default_describe_rules()
    data = {k: [prepare(r, rules) for r in rows] for k, rows in load(Path(args.cache)).items() if rows}
    print({k: len(v) for k, v in data.items()}, file=sys.stderr)
    if args.command == "split":
        split(data)
    elif args.command == "gate":
        gate(data, args.C)
    elif args.command == "curve":
        curve(data, args.C, args.model)
    else:
        loso(data, args.C, args.model, args.penalty, args.fill_only)


if __name__ == "__main__":
    main()
