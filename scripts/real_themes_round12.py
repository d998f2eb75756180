#!/usr/bin/env python3
"""Round 12 (issue 13 item 3): new authored rows aimed at the LOSO errors of round 11, measured with the round-11
harness (``real_themes_round11.py``) fitted on two annotation folders, paired: ``base`` (the committed rows without
the new file) and ``new`` (with it). Both folders are copies under ``local/`` (texts of real sets stay local).

    python scripts/real_themes_round12.py folders FILE    # local/r12_ann_base (committed less the new file),
                                                          # local/r12_ann_new (and FILE as it); R12_NEW=TAG: another
    python scripts/real_themes_round12.py build base|new  # local/r12_cache_TAG.pkl (round 11's cache, that folder)
    python scripts/real_themes_round12.py loso [SEED]     # LOSO over sets 1-10, base and new, paired; per set, per
                                                          # theme, errors; SEED: another inner partition
    python scripts/real_themes_round12.py heldout         # heldout's char row (sets 1-10, 4_shared), base and new, paired
    python scripts/real_themes_round12.py heldout8        # the same fitted on sets 1-8 and 4_shared (the shipped fit)

SEED deals the groups of every inner grouped split (char part out-of-fold inputs, the calibration's C and
thresholds) to the folds in a seeded order (``real_themes_cv.real_folds``), as round 11b's ``R11B_SEED`` did.
Sets 11 and 12 are blind and never read.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import real_themes_round11 as r11
from real_themes_metrics import macro_f1

ANN = Path("unionmine/data/annotations")
NEW_FILE = "authored_real_errors2.jsonl"
NEW = os.environ.get("R12_NEW", "new")  # the tag compared with base (another version of the new file)
FOLDER = {"base": Path("local/r12_ann_base"), NEW: Path(f"local/r12_ann_{NEW}")}


def cache(tag: str) -> Path:
    return Path(f"local/r12_cache_{tag}.pkl")


def folders(new_file: str) -> None:
    """``base``: the committed files less ``NEW_FILE``; the tag ``R12_NEW``: the same and NEW_FILE (a path) as it."""
    for tag, path in FOLDER.items():
        shutil.rmtree(path, ignore_errors=True)
        path.mkdir(parents=True)
        for f in sorted(ANN.glob("*.jsonl")):
            if f.name != NEW_FILE:
                shutil.copy(f, path / f.name)
        if tag != "base":
            shutil.copy(new_file, path / NEW_FILE)
        print(tag, sorted(p.name for p in path.glob("*.jsonl")))


def build(tag: str) -> None:
    r11.ANNOTATIONS, r11.CACHE = str(FOLDER[tag]), cache(tag)
    r11.build()


def _seeded(seed: int | None) -> None:
    if seed is None:
        return
    from real_themes_cv import real_folds

    from unionmine.themes import realcal

    realcal.group_folds = lambda groups, k: real_folds(list(groups), min(k, len(set(groups))), seed)


def _weight_new_rows(weight: float) -> None:
    """Diagnostic (``R12_W``): in the char part, the rows of the new file count WEIGHT times (the blend unchanged)."""
    import scipy.sparse as sp
    from sklearn.linear_model import LogisticRegression

    from unionmine.themes._text import prepare

    mine = {prepare(json.loads(line)["text"]) for line in (FOLDER[NEW] / NEW_FILE).read_text(encoding="utf-8").splitlines()}

    def part(self, Xc, Xr, idx, w, cw=None, C=10.0):
        committed = np.where([t in mine for t in self.pctexts], weight, 1.0)
        X = sp.vstack([Xc, Xr[idx]]).tocsr()
        ws = np.broadcast_to(np.asarray(w, dtype=float), (len(self.themes),))
        return [LogisticRegression(C=C, solver="liblinear", class_weight=cw).fit(
            X, np.r_[self.cy[:, j], self.gold[idx, j]], sample_weight=np.r_[committed, np.full(len(idx), ws[j])])
            for j in range(len(self.themes))]

    r11.Harness.part = part


def _per_theme_f1(pred: np.ndarray, gold: np.ndarray) -> list[float]:
    return [2 * (pred[:, j] & gold[:, j]).sum() / max(pred[:, j].sum() + gold[:, j].sum(), 1)
            for j in range(gold.shape[1])]


def loso(seed: int | None = None) -> dict:
    _seeded(seed)
    if os.environ.get("R12_W"):
        _weight_new_rows(float(os.environ["R12_W"]))
    out = {}
    for tag in ("base", NEW):
        r11.CACHE = cache(tag)
        h = r11.Harness()
        f1s, themes_f1, errs, preds = [], [], {}, {}
        for n in h.names:
            score_idx, pred, _ = r11.direction(h, n, [m for m in h.names if m != n])
            gold = h.gold[score_idx].astype(bool)
            f1s.append(macro_f1(pred, gold))
            themes_f1.append(_per_theme_f1(pred, gold))
            other = ~gold.any(axis=1)
            for j, t in enumerate(h.themes):
                e = errs.setdefault(t, [0, 0, 0])
                e[0] += int((pred[:, j] & ~gold[:, j]).sum())
                e[1] += int((pred[:, j] & ~gold[:, j] & other).sum())
                e[2] += int((~pred[:, j] & gold[:, j]).sum())
            preds[n] = pred.astype(int).tolist()
        out[tag] = {"f1": f1s, "themes": themes_f1, "errors": errs, "names": h.names, "theme_names": h.themes,
                    "preds": preds}
        print(f"{tag} (seed {seed}): " + " ".join(f"{f:.3f}" for f in f1s) + f" mean {np.mean(f1s):.3f}", flush=True)
    d = np.array(out[NEW]["f1"]) - np.array(out["base"]["f1"])
    print(f"{NEW} minus base: " + " ".join(f"{x:+.3f}" for x in d) +
          f" mean {d.mean():+.3f} (up {(d > 0).sum()} / down {(d < 0).sum()})")
    for tag in ("base", NEW):
        t = np.mean(out[tag]["themes"], axis=0)
        print(f"{tag} per theme (mean over sets): " + " ".join(f"{n} {v:.3f}" for n, v in zip(out[tag]["theme_names"], t)))
        print(f"{tag} errors (added, of which on 其他, / missed): " +
              "; ".join(f"{k} {a} ({o}) / {m}" for k, (a, o, m) in out[tag]["errors"].items()))
    Path(f"local/r12_loso_{NEW}{os.environ.get('R12_W', '')}{'' if seed is None else '_s' + str(seed)}.json").write_text(json.dumps(out))
    return out


def heldout() -> None:
    from real_themes_metrics import paired_difference

    res = {}
    for tag in ("base", NEW):
        pred, gold = r11.HeldoutHarness(str(FOLDER[tag])).variant("default")
        res[tag] = (pred, gold.astype(bool))
        print(f"held out, {tag}: {macro_f1(*res[tag]):.3f}; per theme " +
              " ".join(f"{v:.2f}" for v in _per_theme_f1(*res[tag])), flush=True)
    from unionmine.taxonomy import load_taxonomy
    from unionmine.themes import load_annotations

    test = load_annotations(str(FOLDER["base"]), load_taxonomy().names).query("split == 'test'")
    gold = res["base"][1]
    lo, hi = paired_difference(res[NEW][0], res["base"][0], gold, test["group"].tolist(), 1000, 0)
    print(f"held out, new minus base {macro_f1(res[NEW][0], gold) - macro_f1(res['base'][0], gold):+.3f} "
          f"(95% {lo:+.3f} to {hi:+.3f}); decisions that differ {(res[NEW][0] != res['base'][0]).sum()}")


def heldout8() -> None:
    """``heldout``'s char row fitted as the shipped default is (real rows of sets 1-8 and 4_shared), base and new."""
    from real_themes_metrics import paired_difference

    shared = ("4_shared", f"{r11.L}/labels4_shared.jsonl", f"{r11.W}/real_sections4_shared.jsonl")
    res = {tag: r11._heldout_char([*r11.SETS[:8], shared], str(FOLDER[tag])) for tag in ("base", NEW)}
    (pb, gold, groups, _), (pn, *_) = res["base"], res[NEW]
    for tag, (p, g, _, c) in res.items():
        print(f"held out (sets 1-8), {tag}: {macro_f1(p, g):.3f} (C {c}); per theme " +
              " ".join(f"{v:.2f}" for v in _per_theme_f1(p, g)))
    lo, hi = paired_difference(pn, pb, gold, groups, 1000, 0)
    print(f"held out (sets 1-8), {NEW} minus base {macro_f1(pn, gold) - macro_f1(pb, gold):+.3f} (95% {lo:+.3f} to "
          f"{hi:+.3f}); decisions that differ {(pn != pb).sum()}")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "folders":
        folders(sys.argv[2])
    elif cmd == "build":
        build(sys.argv[2])
    elif cmd == "loso":
        loso(int(sys.argv[2]) if len(sys.argv) > 2 else None)
    elif cmd == "heldout":
        heldout()
    elif cmd == "heldout8":
        heldout8()
    else:
        raise SystemExit(__doc__)
