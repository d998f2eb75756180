#!/usr/bin/env python3
"""Round 32 (issue 13): the codebook's rulings R2, R14 and R15 read on every wording they cover, as decisions.

Reads round 30's harness output (``real_themes_round30.py loso|heldout``) of a package with **no** ``[[context.drop]]``
(``nodrop``: main's package with the drop tables cut from its taxonomy), so that every set of drops can be applied to
the same decisions (a drop is a decision after the fit: it moves no weight, threshold or other decision); nothing here
refits. Texts stay local (the cache).

- ``count TAG``: step 1, every section whose label note cites R2, R14 or R15 (sets 1-35), its labels and what TAG's
  GroupKFold decisions give it (out of fold: sets outside the fit's pool as the shipped default scores them).
- ``apply TAG NEW RULE[,RULE…]``: TAG's decisions with the drops named applied (``main``: the taxonomy's two drops
  as on main; ``r2``: R2's drop read wider; ``r14``, ``r15``: the new kinds; ``taxonomy``: the drops of the package on
  the path, what ships), written as NEW's pickles for every partition; ``real_themes_round31.py bar BASE NEW`` and
  ``real_themes_festivals.py table BASE NEW`` give the bar.
- ``moves BASE NEW``: every decision that differs under GroupKFold, right or wrong against the labels, per set.

    export FEST_OUT=/tmp/t32/fest REAL_SETS=1,…,12,14,…,35
    python scripts/real_themes_round32.py apply nodrop@a nodrop@main main        # equals main@a: checked
    python scripts/real_themes_round32.py apply nodrop@a nodrop@r14 main,r14
    python scripts/real_themes_round31.py bar main@a nodrop@r14
"""

from __future__ import annotations

import os
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import real_themes_festivals as fest
import real_themes_round31 as r31

THEMES, J = r31.THEMES, r31.J
# ``main`` and ``r5`` read main's taxonomy (round 31's two drops): MAIN_TAXONOMY=PATH, e.g. an export of main's package
MAIN_TAXONOMY = os.environ.get("MAIN_TAXONOMY")

# The round's drops, as the taxonomy ships them (``[[context.drop]]``, by the start of their names): ``r2`` R2's drop
# read wider (the union congress as 工会代表大会, a chair or committee elected; 职工代表 at a union congress marks no staff
# congress), ``r14`` contests, ``r15`` a staff home checked or named; ``r15dm``: R15's kind with R2's ``unless`` taking
# 民主管理 away (measured, not shipped).
NAMES = {"r2": "the union's own congress", "r14": "teaching, skill, knowledge", "r15": "a staff home checked"}


def _taxonomy_drops(path: str | None = None, name: str = "") -> list[tuple[str, str, str]]:
    """The drops of a taxonomy file (default: the package's on the path) whose name starts with NAME, as (theme,
    found, unless)."""
    import tomllib

    from unionmine.themes.taxonomy import DEFAULT_TAXONOMY

    data = tomllib.loads(Path(path or DEFAULT_TAXONOMY).read_text(encoding="utf-8"))
    return [(d["theme"], d["found"], d.get("unless", "")) for d in data.get("context", {}).get("drop", [])
            if d["name"].startswith(name)]


def rules(names: list[str]) -> list[tuple[str, str, str]]:
    out = []
    for name in names:
        if name == "main":  # main's two drops, R5 and R2 as round 31 shipped them
            out += _taxonomy_drops(MAIN_TAXONOMY)
        elif name == "r5":
            out += _taxonomy_drops(MAIN_TAXONOMY)[:1]
        elif name == "taxonomy":
            out += _taxonomy_drops()
        elif name == "r15dm":
            out += [("民主管理", _taxonomy_drops(name=NAMES["r15"])[0][1], _taxonomy_drops(name=NAMES["r2"])[0][2])]
        else:
            out += _taxonomy_drops(name=NAMES[name])
    return out


def apply(drops: list[tuple[str, str, str]], pred: np.ndarray, texts: list[str]) -> np.ndarray:
    from unionmine.themes._text import prepare

    pred, prepared = pred.copy(), [prepare(t) for t in texts]
    for theme, found, unless in drops:
        f, u = re.compile(found), (re.compile(unless) if unless else None)
        where = np.array([f.search(t) is not None and (u is None or u.search(t) is None) for t in prepared], dtype=bool)
        if len(where):
            pred[where, J[theme]] = False
    return pred


def cmd_apply(tag: str, new: str, names: list[str]) -> None:
    drops = rules(names)
    r31.cmd_apply(tag, new, names, lambda pred, texts: apply(drops, pred, texts))


def cmd_moves(base: str, new: str) -> None:
    a = pickle.loads(fest._path(base, "loso", None).read_bytes())
    b = pickle.loads(fest._path(new, "loso", None).read_bytes())
    text, right, wrong = r31._texts(base), Counter(), Counter()
    for n in a:
        for k, i in enumerate(a[n]["ids"]):
            pa, pb, g = a[n]["pred"][k], b[n]["pred"][k], a[n]["gold"][k]
            for j in np.flatnonzero(pa != pb):
                ok = pb[j] == g[j]
                (right if ok else wrong)[n] += 1
                print(f"{'right' if ok else 'WRONG'} set {n} {i} {THEMES[j]} {'+' if pb[j] else '-'}  gold {r31._names(g)}"
                      f"  {text[(n, i)][:50]!r}")
    print(f"right {sum(right.values())} ({dict(right)}), wrong {sum(wrong.values())} ({dict(wrong)})")


def cmd_count(tag: str) -> None:
    """Step 1 (out of fold): rows whose note cites R2, R14 or R15 and what TAG gives them under GroupKFold."""
    import json

    dec = pickle.loads(fest._path(tag, "loso", None).read_bytes())
    given = {(n, i): d["pred"][k] for n, d in dec.items() for k, i in enumerate(d["ids"])}
    for ruling, theme in (("R2", "民主管理"), ("R14", "文体活动"), ("R15", "文体活动"), ("R15", "民主管理")):
        cite = re.compile(rf"(?<![0-9A-Za-z]){ruling}(?![0-9])")
        rows = []
        for n, path, _ in fest.SETS:
            for line in Path(path).read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                if cite.search(row.get("note", "")) and (n, row["id"]) in given:
                    rows.append((n, row, given[(n, row["id"])]))
        labels = Counter("+".join(r["labels"]) for _, r, _ in rows)
        exact = sum(r31._names(p) == "+".join(r["labels"]) for _, r, p in rows)
        wrong = [(n, r) for n, r, p in rows if p[J[theme]] and theme not in r["labels"]]
        missed = [(n, r) for n, r, p in rows if not p[J[theme]] and theme in r["labels"]]
        print(f"{ruling} ({theme}): {len(rows)} rows in {len({n for n, _, _ in rows})} sets; labels "
              f"{dict(labels.most_common(5))}; exactly right {exact}; {theme} given wrongly {len(wrong)} "
              f"(sets {sorted({n for n, _ in wrong}, key=int)}), missed {len(missed)}")


if __name__ == "__main__":
    cmd, args = (sys.argv[1] if len(sys.argv) > 1 else ""), sys.argv[2:]
    if cmd == "apply":
        cmd_apply(args[0], args[1], args[2].split(","))
    elif cmd == "moves":
        cmd_moves(args[0], args[1])
    elif cmd == "count":
        cmd_count(args[0])
    else:
        raise SystemExit(__doc__)
