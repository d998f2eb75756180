#!/usr/bin/env python3
"""Round 34 (issue 13): the decisions after the fit (the 教代会 rule and ``[[context.drop]]``) measured on spent
theme sets 24-39, with no refit, through the package's own rule functions.

Round 33's harness (``real_themes_round33.py``) emulates the drops and can only widen the 教代会 rule (its dump holds
the shipped lifts). This one dumps each section's decisions with **neither** rule applied (``raw``) beside the shipped
ones, and applies ``themes.intro.congress_business`` and ``themes.intro.drops`` with the context of any taxonomy file,
in the order of ``supervised._context_rules``: the rule's lift reads the raw 民主管理 decision, then the drops take
their themes. So a narrowed rule, a new drop or a changed ``unless`` is measured exactly as the package would decide.
Texts stay local (the dump is written outside the repository); nothing of blind sets 40-41 is read.

    python scripts/real_themes_round34.py dump /tmp/t34/raw.pkl [SETS]          # default: spent sets 24-39 at hand
    python scripts/real_themes_round34.py apply /tmp/t34/raw.pkl TAXONOMY [BASE_TAXONOMY]
    python scripts/real_themes_round34.py check /tmp/t34/raw.pkl               # emulation == shipped, every set

``apply`` prints per set and pooled macro-F1 and exact match (BASE_TAXONOMY's decisions, default the dump's shipped
ones, against TAXONOMY's), per-theme F1 (其他 included) and every moved decision (set, id, theme, right or wrong,
the gold labels: never text). ``restamp`` and ``errors`` are round 33's (``real_themes_round33.py``).
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import real_themes_round33 as round33
from real_themes_round33 import THEMES, _figures

SETS = list(range(24, 40))  # spent; 40 and 41 are blind


def cmd_dump(out: str, sets: list[int]) -> None:
    """Per set, the shipped decisions and (``raw``) those with neither the 教代会 rule nor the drops."""
    round33.cmd_dump(out, sets, off=("drops", "congress_business"), key="raw")


def decide(raw: np.ndarray, texts: list[str], taxonomy: str) -> np.ndarray:
    """RAW decisions (no rule applied) with TAXONOMY's 教代会 rule and drops, as ``_context_rules`` applies them."""
    from unionmine.themes._text import prepare
    from unionmine.themes.intro import congress_business, drops
    from unionmine.themes.taxonomy import load_taxonomy

    context = load_taxonomy(taxonomy).context
    prepared, pred = [prepare(t) for t in texts], raw.copy()
    business = congress_business(prepared, context)
    if business.any():
        given, adds = (THEMES.index(t) for t in context.congress_business_adds)
        pred[business & raw[:, given], adds] = True
    for theme, where in drops(prepared, context):
        pred[where, THEMES.index(theme)] = False
    return pred


def cmd_apply(dump: str, taxonomy: str, base: str | None) -> None:
    data = pickle.loads(Path(dump).read_bytes())
    before_all, after_all, gold_all, right, wrong = [], [], [], 0, 0
    for n, d in data.items():
        before = decide(d["raw"], d["texts"], base) if base else d["shipped"]
        after = decide(d["raw"], d["texts"], taxonomy)
        (b_f, b_e, _), (a_f, a_e, _) = _figures(before, d["gold"]), _figures(after, d["gold"])
        flag = "" if abs(a_f - b_f) < 1e-9 and abs(a_e - b_e) < 1e-9 else "  <-"
        print(f"set {n}: macro-F1 {b_f:.3f} -> {a_f:.3f}, exact {b_e:.3f} -> {a_e:.3f}{flag}")
        for k, i in enumerate(d["ids"]):
            for j in np.flatnonzero(after[k] != before[k]):
                ok = after[k, j] == d["gold"][k, j]
                right, wrong = right + ok, wrong + (not ok)
                print(f"    {'right' if ok else 'WRONG'} set {n} {i} {THEMES[j]} {'+' if after[k, j] else '-'}  "
                      f"gold {'+'.join(d['labels'][k]) or '其他'}")
        before_all.append(before), after_all.append(after), gold_all.append(d["gold"])
    b, a, g = np.vstack(before_all), np.vstack(after_all), np.vstack(gold_all)
    (b_f, b_e, b_t), (a_f, a_e, a_t) = _figures(b, g), _figures(a, g)
    print(f"pooled ({len(g)} sections, sets {sorted(data)}): macro-F1 {b_f:.4f} -> {a_f:.4f}, exact {b_e:.4f} -> {a_e:.4f}")
    print(f"  per theme F1: {b_t}\n            -> {a_t}")
    print(f"moved decisions: right {right}, wrong {wrong}")


def cmd_check(dump: str) -> None:
    from unionmine.themes.taxonomy import DEFAULT_TAXONOMY

    data = pickle.loads(Path(dump).read_bytes())
    for n, d in data.items():
        same = (decide(d["raw"], d["texts"], str(DEFAULT_TAXONOMY)) == d["shipped"]).all()
        print(f"set {n}: emulation {'==' if same else '!='} the package's decisions")


if __name__ == "__main__":
    cmd, args = (sys.argv[1] if len(sys.argv) > 1 else ""), sys.argv[2:]
    if cmd == "dump":
        cmd_dump(args[0], [int(s) for s in args[1].split(",")] if len(args) > 1 else SETS)
    elif cmd == "apply":
        cmd_apply(args[0], args[1], args[2] if len(args) > 2 else None)
    elif cmd == "check":
        cmd_check(args[0])
    else:
        raise SystemExit(__doc__)
