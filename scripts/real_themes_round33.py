#!/usr/bin/env python3
"""Round 33 (issue 13): decisions after the fit measured on the sets outside the fit pool, with no refit.

The local copies of theme sets 1-23 were lost with the machine, so the shipped calibration and char part cannot be
refitted or cross-validated this round; a ``[[context.drop]]`` is a decision after the fit (it sets a theme's score to 0
for a kind of section: no weight, threshold or other decision moves), so it can be measured on the shipped default's
output for the sets the fit never saw (theme sets 24-37). Texts stay local (the dump is written outside the
repository).

- ``dump OUT.pkl [SETS]``: the shipped default's decisions per section, once with the package's drops and once with
  none (``nodrop``), sets 24-37 by default (those with a local copy in ``/work/local``).
- ``apply DUMP TAXONOMY [NAME…]``: the dump's no-drop decisions with the 教代会 rule and the drops of TAXONOMY (a
  taxonomy.toml; NAME…: only the drops whose names start so) applied; prints per set and pooled macro-F1 and exact match, and every moved
  decision against the dump's decisions as shipped (set, id, theme, right or wrong: never text).
- ``restamp OLD_TAXONOMY``: after a change to the taxonomy's decisions only (``[[context.drop]]``,
  ``congress_business``: applied after the fit, read by nothing the fit reads), the calibration and the char part
  record the new training digest (and the char file's new sha256); their numbers are not touched. It checks first
  that OLD_TAXONOMY is the one the calibration was fitted for and that the two differ in those tables only (and
  comments): a refit would give the same numbers, so only the digests change (as round 32's refit showed).
- ``errors DUMP [THEME]``: the shipped decisions' errors, per set and id, labels and note (no text), for reading.

    python scripts/real_themes_round33.py dump /tmp/t33/dump.pkl
    python scripts/real_themes_round33.py apply /tmp/t33/dump.pkl unionmine/data/taxonomy.toml
"""

from __future__ import annotations

import json
import os
import pickle
import re
import sys
import tomllib
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from real_themes_metrics import check_digests, label_matrix, read_jsonl, score

ROOT = Path(__file__).resolve().parents[1]
LOCAL = Path(os.environ.get("REAL_LOCAL", "/work/local"))
SETS = list(range(24, 38))
THEMES = ["维权", "送温暖", "文体活动", "民主管理"]


def _rows(n: int) -> list[dict] | None:
    local = LOCAL / f"real_sections{n}.jsonl"
    if not local.exists():
        return None
    labels = read_jsonl(ROOT / "corpus/annotations/real" / f"labels{n}.jsonl")
    check = check_digests(labels, read_jsonl(local))
    if check["missing"] or check["changed"]:
        print(f"set {n}: {len(check['missing'])} missing, {len(check['changed'])} changed")
    return check["matched"]


#: the rules of ``supervised._context_rules`` a dump can switch off, each with what it returns when off
OFF = {"drops": lambda texts, context: [],
       "congress_business": lambda texts, context: np.zeros(len(texts), dtype=bool)}


def cmd_dump(out: str, sets: list[int], off: tuple[str, ...] = ("drops",), key: str = "nodrop") -> None:
    """Per set, the shipped decisions and (under KEY) those with the rules OFF names switched off."""
    from unionmine.themes import get_classifier, supervised

    model, real = get_classifier(), {name: getattr(supervised, name) for name in off}
    data = {}
    for n in sets:
        rows = _rows(n)
        if rows is None:
            print(f"set {n}: no local copy, skipped")
            continue
        texts = [r["text"] for r in rows]
        shipped = np.asarray(model.predict(texts)).astype(bool)
        for name in off:
            setattr(supervised, name, OFF[name])
        try:
            other = np.asarray(model.predict(texts)).astype(bool)
        finally:
            for name, value in real.items():
                setattr(supervised, name, value)
        data[n] = {"ids": [r["id"] for r in rows], "texts": texts, "gold": label_matrix([r["labels"] for r in rows], THEMES),
                   "labels": [r["labels"] for r in rows], "notes": [r.get("note", "") for r in rows],
                   "shipped": shipped, key: other}
        print(f"set {n}: {len(rows)} sections, {int((shipped != other).sum())} decisions moved by {', '.join(off)}")
    Path(out).write_bytes(pickle.dumps(data))


def taxonomy_drops(path: str, names: list[str] | None = None) -> list[tuple[str, str, str, str]]:
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    return [(d["name"], d["theme"], d["found"], d.get("unless", "")) for d in data.get("context", {}).get("drop", [])
            if not names or any(d["name"].startswith(n) for n in names)]


def taxonomy_business(path: str) -> list[str]:
    return tomllib.loads(Path(path).read_text(encoding="utf-8")).get("context", {}).get("congress_business", [])


def apply(drops, pred: np.ndarray, texts: list[str], business: list[str] = ()) -> np.ndarray:
    """PRED with the 教代会 rule's BUSINESS patterns (a section given 民主管理 in which every pattern is found gets 维权:
    only a widening of the shipped patterns can be measured so, as PRED holds the shipped lifts) and every drop
    applied, in the order of ``supervised._context_rules`` (on the Simplified text)."""
    from unionmine.themes._text import prepare

    pred, prepared = pred.copy(), [prepare(t) for t in texts]
    if business:
        patterns = [re.compile(p) for p in business]
        lift = np.array([all(p.search(t) for p in patterns) for t in prepared], dtype=bool) & pred[:, THEMES.index("民主管理")]
        pred[lift, THEMES.index("维权")] = True
    for _, theme, found, unless in drops:
        f, u = re.compile(found), (re.compile(unless) if unless else None)
        where = np.array([f.search(t) is not None and (u is None or u.search(t) is None) for t in prepared], dtype=bool)
        pred[where, THEMES.index(theme)] = False
    return pred


def _figures(pred: np.ndarray, gold: np.ndarray) -> tuple[float, float, dict]:
    res = score(pred, gold, THEMES)
    return res["macro_f1"], res["exact_match"], {t: round(v["f1"], 3) for t, v in res["per_theme"].items()}


def cmd_apply(dump: str, taxonomy: str, names: list[str]) -> None:
    data = pickle.loads(Path(dump).read_bytes())
    drops, business = taxonomy_drops(taxonomy, names), taxonomy_business(taxonomy)
    base_all, new_all, gold_all, right, wrong = [], [], [], 0, 0
    for n, d in data.items():
        new = apply(drops, d["nodrop"], d["texts"], business)
        (b_f, b_e, _), (n_f, n_e, _) = _figures(d["shipped"], d["gold"]), _figures(new, d["gold"])
        flag = "" if abs(n_f - b_f) < 1e-9 and abs(n_e - b_e) < 1e-9 else "  <-"
        print(f"set {n}: macro-F1 {b_f:.3f} -> {n_f:.3f}, exact {b_e:.3f} -> {n_e:.3f}{flag}")
        for k, i in enumerate(d["ids"]):
            for j in np.flatnonzero(new[k] != d["shipped"][k]):
                ok = new[k, j] == d["gold"][k, j]
                right, wrong = right + ok, wrong + (not ok)
                print(f"    {'right' if ok else 'WRONG'} set {n} {i} {THEMES[j]} {'+' if new[k, j] else '-'}  "
                      f"gold {'+'.join(d['labels'][k]) or '其他'}")
        base_all.append(d["shipped"]), new_all.append(new), gold_all.append(d["gold"])
    b, nw, g = np.vstack(base_all), np.vstack(new_all), np.vstack(gold_all)
    (b_f, b_e, b_t), (n_f, n_e, n_t) = _figures(b, g), _figures(nw, g)
    print(f"pooled ({len(g)} sections, sets {sorted(data)}): macro-F1 {b_f:.4f} -> {n_f:.4f}, exact {b_e:.4f} -> {n_e:.4f}")
    print(f"  per theme F1: {b_t}\n            -> {n_t}")
    print(f"moved decisions: right {right}, wrong {wrong}")


DECISIONS = ("drop", "congress_business")  # the [context] tables applied after the fit (supervised._context_rules)


def cmd_restamp(old_taxonomy: str) -> None:
    from unionmine.store.paths import ANNOTATIONS
    from unionmine.themes import realcal
    from unionmine.themes.charpart import CharPart, file_digest
    from unionmine.themes.taxonomy import DEFAULT_TAXONOMY

    cal_path = realcal.REAL_CALIBRATION
    cal = json.loads(cal_path.read_text(encoding="utf-8"))
    if cal["training_digest"] != realcal.training_digest(ANNOTATIONS, old_taxonomy):
        raise SystemExit(f"{old_taxonomy} is not the taxonomy the calibration was fitted for: refit instead")

    def fitted(path) -> dict:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        data.get("context", {}).pop("drop", None), data.get("context", {}).pop("congress_business", None)
        return data

    if fitted(old_taxonomy) != fitted(DEFAULT_TAXONOMY):
        raise SystemExit("the taxonomy changed outside its decisions (terms, weights, context cues): refit instead")
    new = realcal.training_digest(ANNOTATIONS)
    char_path = cal_path.parent / cal["char_file"]
    if file_digest(char_path) != cal["char_sha256"]:
        raise SystemExit(f"{char_path} is not the char part the calibration was fitted with")
    fitted_on = json.loads(char_path.read_text(encoding="utf-8"))["fitted_on"]
    CharPart.load(char_path).save(char_path, {**fitted_on, "annotations_digest": new})
    text = cal_path.read_text(encoding="utf-8")
    for key, old_value, value in (("training_digest", cal["training_digest"], new),
                                  ("char_sha256", cal["char_sha256"], file_digest(char_path))):
        assert text.count(f'"{key}": "{old_value}"') == 1
        text = text.replace(f'"{key}": "{old_value}"', f'"{key}": "{value}"')
    cal_path.write_text(text, encoding="utf-8")
    print(f"training digest {cal['training_digest'][:12]} -> {new[:12]}; char part {cal['char_sha256'][:12]} -> "
          f"{file_digest(char_path)[:12]}; coefficients, thresholds and char weights unchanged")


def cmd_errors(dump: str, theme: str | None) -> None:
    data = pickle.loads(Path(dump).read_bytes())
    for n, d in data.items():
        for k, i in enumerate(d["ids"]):
            p, g = d["shipped"][k], d["gold"][k]
            if (p == g).all():
                continue
            got = "+".join(t for t, on in zip(THEMES, p) if on) or "其他"
            gold = "+".join(d["labels"][k]) or "其他"
            if theme and theme not in (got, gold) and theme not in got.split("+") + gold.split("+"):
                continue
            print(json.dumps({"set": n, "id": i, "gold": gold, "got": got, "note": d["notes"][k]}, ensure_ascii=False))


if __name__ == "__main__":
    cmd, args = (sys.argv[1] if len(sys.argv) > 1 else ""), sys.argv[2:]
    if cmd == "dump":
        cmd_dump(args[0], [int(s) for s in args[1].split(",")] if len(args) > 1 else SETS)
    elif cmd == "apply":
        cmd_apply(args[0], args[1], args[2:])
    elif cmd == "restamp":
        cmd_restamp(args[0])
    elif cmd == "errors":
        cmd_errors(args[0], args[1] if len(args) > 1 else None)
    else:
        raise SystemExit(__doc__)
