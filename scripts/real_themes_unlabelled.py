#!/usr/bin/env python3
"""Round 24 (issue 13): can unlabelled real text help the shipped recipe? Self-training and domain-adapted features.

The pool: the article bodies of the real ingestion sets' pages (``/work/local/real_pagesN/pages``, N = 6-15; body lines
are those whose sha256 the ingestion labels hold), sectioned by ``unionmine.sections.parse_sections`` (a row's text is
heading + body, as the pipeline classifies it). Dropped: a section whose digest is any theme label file's, or whose
5-character shingles are more than half shared with a labelled section of any local copy (sets 1-19, 4_shared), and
repeats inside the pool. ``free``: pages whose address is in no theme label file (the brief's simplest safe pool);
``wide``: every page, a row kept out of a direction whose left-out set labels its page's address.

Variants, each fitted in every direction of round 15's harness (``real_themes_festivals.py``: sets in ``REAL_SETS``,
each scored set left out, ``R13_SEED`` the inner partition) and saved in its format (``FEST_OUT/TAG_loso[_sN].pkl``):
  ``sN``     self-training, config N of ``CONFIGS``: the recipe fitted on the training sets pseudo-labels the pool
             (in each inner fold the fold's char part with the direction's calibration, so no inner held-out row
             labels the pool its own fold is fitted with); a pool row is kept when every theme's probability is at or
             above HI (and its threshold) or at or below LO; kept rows join the char part's fit with weight W (at most
             CAP rows, most confident first); the calibration is fitted on the labelled rows only, as before;
  ``self``   per direction the config (or none) with the best grouped inner-CV macro-F1 of the calibration;
  ``dom``    the char part's vocabulary and idf from the committed rows, the training sets' rows and the pool;
  ``domlab`` the same without the pool (round 11's ``vocab-real``: what the pool adds beside it).
The tag's prefix names the pool: ``free-…`` or ``wide-…``.

    python scripts/real_themes_unlabelled.py pool                     # local/unl/pool.pkl (texts stay local)
    [R13_SEED=N] python scripts/real_themes_unlabelled.py loso free   # free-s1 … free-self, free-dom, free-domlab
    [R13_SEED=N] python scripts/real_themes_unlabelled.py heldout free
    python scripts/real_themes_unlabelled.py bar free-base free-self  # the brief's bar over three partitions
    python scripts/real_themes_unlabelled.py shipfit dom domlab       # fitted as the default is, on sets 9-18
"""

from __future__ import annotations

import json
import os
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import scipy.sparse as sp

sys.path.insert(0, str(Path(__file__).resolve().parent))
import real_themes_festivals as fest
import real_themes_round13 as r13
from real_themes_metrics import digest, macro_f1, paired_difference, read_jsonl

PAGES = Path(os.environ.get("UNL_PAGES", "/work/local"))
INGEST = Path("corpus/annotations/real_ingest")
INGEST_SETS = range(6, 16)
POOL = fest.OUT / "pool.pkl"
SHINGLE, NEAR = 5, 0.5
# the theme sets read to keep labelled text out of the pool, named one by one (a blind set's files are never read)
THEME_SETS = ["", *map(str, range(2, 20)), "4_shared"]
# name -> (LO, HI, W, CAP): a pool row is kept when each theme's probability is <= LO or >= HI; weight W; at most CAP
CONFIGS = {"s1": (0.05, 0.9, 1.0, None), "s2": (0.15, 0.7, 1.0, None), "s3": (0.05, 0.9, 3.0, None),
           "s4": (0.05, 0.9, 1.0, 300)}


def theme_set_name(path: Path) -> str:
    stem = path.stem.removeprefix("labels")
    return {"": "1", "4_shared": "4s"}.get(stem, stem)


def _shingles(text: str) -> set[str]:
    t = "".join(text.split())
    return {t[i : i + SHINGLE] for i in range(max(len(t) - SHINGLE + 1, 1))}


def pool_rows(pages: Path = PAGES, labels_dir: Path = Path(fest.L), ingest: Path = INGEST) -> tuple[list[dict], Counter]:
    """The pool's rows (id, url, ingestion set, text, ``in_sets``: the theme sets labelling the page's address) and
    what was dropped, counted."""
    from unionmine.sections import parse_sections

    url_sets, digests = defaultdict(set), set()
    for f in [labels_dir / f"labels{k}.jsonl" for k in THEME_SETS]:
        if not f.exists():
            continue
        for r in read_jsonl(f):
            url_sets[r["url"]].add(theme_set_name(f))
            digests.add(r["sha256"])
    index = defaultdict(set)  # shingle -> labelled local texts holding it
    sizes = []
    for f in [pages / f"real_sections{k}.jsonl" for k in THEME_SETS]:
        if not f.exists():
            continue
        for r in read_jsonl(f):
            sh = _shingles(r["text"])
            for s in sh:
                index[s].add(len(sizes))
            sizes.append(len(sh))
    rows, dropped, seen = [], Counter(), set()
    for n in INGEST_SETS:
        for entry in read_jsonl(ingest / f"labels{n}.jsonl"):
            page = pages / f"real_pages{n}" / "pages" / f"{entry['id']}.txt"
            if not page.exists():
                continue
            lines = [x.strip() for x in page.read_text(encoding="utf-8").splitlines() if x.strip()]
            for a, art in enumerate(entry.get("articles", [])):
                body = set(art.get("body", []))
                text = "\n".join(x for x in lines if digest(x) in body)
                for sec in parse_sections(f"i{n}{entry['id']}a{a}", text):
                    t = (sec["heading"] + "\n" + sec["text"]).strip()
                    if len(t) < 10:
                        dropped["under 10 characters"] += 1
                        continue
                    if digest(t) in digests:
                        dropped["a labelled digest"] += 1
                        continue
                    sh = _shingles(t)
                    hits = Counter(i for s in sh for i in index.get(s, ()))
                    if any(k > NEAR * min(len(sh), sizes[i]) for i, k in hits.items()):
                        dropped["near a labelled section"] += 1
                        continue
                    if digest(t) in seen:
                        dropped["repeat in the pool"] += 1
                        continue
                    seen.add(digest(t))
                    rows.append({"id": sec["section_id"], "url": entry["url"], "ingest": n, "text": t,
                                 "in_sets": sorted(url_sets.get(entry["url"], ()))})
    return rows, dropped


def cmd_pool() -> None:
    from real_themes_data import _calibration, _fit

    from unionmine.themes._text import prepare

    rows, dropped = pool_rows()
    texts = [r["text"] for r in rows]
    free = [not r["in_sets"] for r in rows]
    feats = {split: _calibration(_fit("blend", split, None)[0], texts) for split in (None, "train")}
    fest.OUT.mkdir(parents=True, exist_ok=True)
    POOL.write_bytes(pickle.dumps({"rows": rows, "ptexts": [prepare(t) for t in texts], "feats": feats}))
    print(f"pool: {len(rows)} sections ({sum(free)} free, on {len({r['url'] for r, f in zip(rows, free) if f})} "
          f"pages; wide {len({r['url'] for r in rows})} pages); dropped: {dict(dropped)}")
    print("per ingestion set (free / all): " + ", ".join(
        f"{n} {sum(f for r, f in zip(rows, free) if r['ingest'] == n)}/{sum(r['ingest'] == n for r in rows)}"
        for n in INGEST_SETS))


# ---- fitting ----------------------------------------------------------------------------------------

def fit_part(Xs: list, ys: list, ws: list, C: float = 10.0) -> list:
    """Per theme the char part's regression (liblinear, C 10) on the row blocks XS with labels YS and weights WS."""
    from sklearn.linear_model import LogisticRegression

    X, y = sp.vstack(Xs).tocsr(), np.vstack(ys)
    w = np.concatenate(ws)
    return [LogisticRegression(C=C, solver="liblinear").fit(X, y[:, j], sample_weight=w[:, j]) for j in range(y.shape[1])]


def cal_cv(fin, y, groups, k: int = 4):
    """``realcal.fit_joint_calibration`` and its grouped inner-CV macro-F1 at the C and thresholds it chose."""
    from unionmine.themes import realcal

    coef, icpt, thr, C = realcal.fit_joint_calibration(fin, y, groups, k)
    oof = np.zeros(y.shape)
    for fi, si in realcal.group_folds(groups, k):
        oof[si] = realcal.joint_scores(fin[si], *realcal._fit_joint(fin[fi], y[fi], C))
    pred = oof >= thr
    f1 = np.mean([2 * (pred[:, j] & (y[:, j] == 1)).sum() / max(pred[:, j].sum() + y[:, j].sum(), 1)
                  for j in range(y.shape[1])])
    return coef, icpt, thr, float(f1)


def pseudo(pin, coef, icpt, thr, lo, hi, cap):
    """Pool rows kept and their labels: every theme's probability at or above max(HI, threshold) or at or below
    min(LO, threshold); CAP: the most confident (largest distance of the least sure theme from its threshold)."""
    from unionmine.themes import realcal

    p = realcal.joint_scores(pin, coef, icpt)
    sure = ((p >= np.maximum(hi, thr)) | (p <= np.minimum(lo, thr))).all(1)
    sel = np.flatnonzero(sure)
    if cap is not None and len(sel) > cap:
        margin = np.abs(p - thr).min(1)
        sel = sel[np.argsort(-margin[sel], kind="stable")[:cap]]
    return sel, (p[sel] >= thr).astype(int)


def vectors(h, docs_idx, pool_texts, docs: str = "committed"):
    """Committed, real and pool rows as TF-IDF (2-3-grams, min_df 3, sublinear tf, as the char part); the vocabulary
    and idf from DOCS: the committed rows (``committed``, as shipped), and also the real rows DOCS_IDX (``labelled``),
    the pool (``pool``) or both (``all``)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    fit = list(h.pctexts) + ([h.ptexts[i] for i in docs_idx] if docs in ("labelled", "all") else []) \
        + (list(pool_texts) if docs in ("pool", "all") else [])
    vec = TfidfVectorizer(analyzer="char", ngram_range=(2, 3), min_df=3, sublinear_tf=True).fit(fit)
    return vec.transform(h.pctexts).tocsr(), vec.transform(h.ptexts).tocsr(), vec.transform(list(pool_texts)).tocsr()


def direction(h, idx, groups, score_idx, pool: dict, keep: np.ndarray, split, variants: list[str]) -> dict:
    """Decisions on SCORE_IDX per variant (and the self-training configs' inner CV, counts), the recipe fitted on the
    real rows IDX (groups GROUPS) and the pool rows KEEP."""
    from unionmine.themes import realcal

    y, nt = h.gold[idx], h.gold.shape[1]
    texts = [pool["ptexts"][i] for i in keep]
    pfeats = pool["feats"][split][keep]
    folds = realcal.group_folds(groups, 4)
    w_real = np.full((len(idx), nt), 3.0)
    out = {}

    def stack(Xc, Xr, Xp=None, pl_rows=None):
        """Out-of-fold char decisions on IDX and the full part's on SCORE_IDX; PL_ROWS(fold part index) gives the
        pool rows and labels to fit with (None: no pool)."""
        oof, parts = np.zeros((len(idx), nt)), []
        for f, (fi, si) in enumerate(folds + [(np.arange(len(idx)), None)]):
            Xs, ys, ws = [Xc, Xr[idx[fi]]], [h.cy, y[fi]], [np.ones((Xc.shape[0], nt)), w_real[fi]]
            if pl_rows is not None:
                sel, lab, w = pl_rows(f)
                Xs, ys, ws = Xs + [Xp[sel]], ys + [lab.reshape(-1, nt)], ws + [np.full((len(sel), nt), w)]
            m = fit_part(Xs, ys, ws)
            parts.append(m)
            if si is not None:
                oof[si] = r13._dec(m, Xr[idx[si]])
        fin = np.concatenate([h.feats[idx], oof[..., None]], -1)
        sin = np.concatenate([h.feats[score_idx], r13._dec(parts[-1], Xr[score_idx])[..., None]], -1)
        coef, icpt, thr, f1 = cal_cv(fin, y, groups)
        return realcal.joint_scores(sin, coef, icpt) >= thr, f1, parts, (coef, icpt, thr)

    def selftrain(Xc, Xr, Xp, names, prefix=""):
        """The recipe on these vectors (PREFIX + ``base``), each self-training config of NAMES, and (``self`` in
        NAMES) the one of them with the best inner CV."""
        pred, f1, parts, cal = stack(Xc, Xr)
        res = {prefix + "base": {"pred": pred, "cv": f1}}
        pins = [np.concatenate([pfeats, r13._dec(m, Xp)[..., None]], -1) for m in parts]
        configs = [v for v in names if v in CONFIGS]
        for name in configs:
            lo, hi, w, cap = CONFIGS[name]
            labelled = [pseudo(pin, *cal, lo, hi, cap) for pin in pins]
            pred, f1, _, _ = stack(Xc, Xr, Xp, lambda f, lab=labelled, w=w: (*lab[f], w))
            sel, lab = labelled[-1]
            res[prefix + name] = {"pred": pred, "cv": f1, "n": len(sel), "pos": lab.sum(0).tolist()}
        if "self" in names:
            best = max(["base", *configs], key=lambda v: res[prefix + v]["cv"])
            res[prefix + "self"] = {**res[prefix + best], "chosen": best}
        return res

    out = selftrain(*vectors(h, idx, texts), variants)
    for name, docs in (("dom", "all"), ("domlab", "labelled"), ("dompool", "pool")):
        if name in variants:
            out[name] = {"pred": stack(*vectors(h, idx, texts, docs)[:2])[0]}
    if "domself" in variants:
        res = selftrain(*vectors(h, idx, texts, "all"), ["s1", "s2", "s3", "self"], "dom-")
        out["domself"] = res["dom-self"]
    return out


VARIANTS = [*CONFIGS, "self", "dom", "domlab"]  # the first run; also ``dompool`` and ``domself``


def _pool() -> tuple[dict, list]:
    pool = pickle.loads(POOL.read_bytes())
    return pool, [r["in_sets"] for r in pool["rows"]]


def _keep(in_sets, kind: str, left_out: str | None) -> np.ndarray:
    if kind == "free":
        return np.array([i for i, s in enumerate(in_sets) if not s], dtype=int)
    return np.array([i for i, s in enumerate(in_sets) if left_out not in s], dtype=int)


def cmd_loso(kind: str, variants: list[str]) -> None:
    r13.CACHE = fest.OUT / "base_cache.pkl"
    h = r13.harness()
    pool, in_sets = _pool()
    saved = {v: {} for v in ["base", *variants]}
    notes = {}
    for n in fest.SCORED:
        score_idx = np.flatnonzero(h.setof == n)
        idx, groups = h.fit_rows([m for m in h.names if m != n])
        keep = _keep(in_sets, kind, n)
        out = direction(h, idx, groups, score_idx, pool, keep, None, variants)
        gold = h.gold[score_idx].astype(bool)
        for v, d in out.items():
            saved[v][n] = {"pred": d["pred"], "gold": gold, "groups": list(h.raw_group[score_idx]),
                           "ids": [h.rows[i]["id"] for i in score_idx]}
        notes[n] = {v: {k: x for k, x in d.items() if k != "pred"} for v, d in out.items()}
        print(f"  set {n} (pool {len(keep)}): " + " ".join(f"{v} {macro_f1(d['pred'], gold):.3f}" for v, d in out.items())
              + f"; chosen {out.get('self', {}).get('chosen')}; kept " + " ".join(
                  f"{v}:{d['n']}" for v, d in out.items() if "n" in d), flush=True)
    for v, dec in saved.items():
        fest._path(f"{kind}-{v}", "loso").write_bytes(pickle.dumps(dec))
    fest._path(f"{kind}-notes", "loso").with_suffix(".json").write_text(json.dumps(notes, indent=1))


def cmd_heldout(kind: str, variants: list[str]) -> None:
    """The 150 held-out sections, the recipe and each variant fitted on sets 1-8 and 4_shared (the shipped sets)."""
    r13.SETS = [s for s in fest.SETS if int(s[0]) <= 8]
    h = r13.Heldout()
    h.gold = h.gold.astype(int)
    pool, in_sets = _pool()
    cal = [str(k) for k in range(1, 9)] + [str(len(r13.SETS) + 1)]
    idx, groups = h.rows_of(cal)
    score_idx = np.arange(h.n_real, len(h.gold))
    out = direction(h, idx, groups, score_idx, pool, _keep(in_sets, kind, None), "train", variants)
    gold = h.gold[score_idx].astype(bool)
    for v, d in out.items():
        fest._path(f"{kind}-{v}", "heldout").write_bytes(
            pickle.dumps({8: d["pred"], "gold": gold, "groups": h.test_groups}))
        print(f"  held out {v}: {macro_f1(d['pred'], gold):.3f}" + (f" (chosen {d['chosen']})" if "chosen" in d else ""))


def cmd_shipfit(variants: list[str]) -> None:
    """What would ship: each variant fitted as the default is (sets 1-8 and 4_shared, the free pool), scored on every
    other set, beside the shipped files' decisions (the default as shipped) and the recipe refitted on the same rows."""
    r13.CACHE = fest.OUT / "base_cache.pkl"
    h = r13.harness()
    pool, in_sets = _pool()
    fit = [n for n in h.names if n in {*r13.OLD, "4s"}]
    idx, groups = h.fit_rows(fit)
    score_idx = np.flatnonzero(~np.isin(h.setof, fit))
    out = direction(h, idx, groups, score_idx, pool, _keep(in_sets, "free", None), None, variants)
    out = {"shipped": {"pred": r13.shipped_decisions(h, score_idx)}, **out}
    sets = [n for n in fest.SCORED if n not in fit]
    print("| fitted on sets 1-8 and 4_shared | " + " | ".join(sets) + " | mean |")
    for v, d in out.items():
        f = [macro_f1(d["pred"][h.setof[score_idx] == n], h.gold[score_idx][h.setof[score_idx] == n].astype(bool))
             for n in sets]
        print(f"| `{v}` | " + " | ".join(f"{x:.3f}" for x in f) + f" | {np.mean(f):.4f} |")


def cmd_bar(base: str, new: str) -> None:
    """The brief's bar: on each of three partitions the LOSO mean up by 0.010 or more with no more sets down than up
    (a set moved by less than 0.0005 is flat), and the held-out split (sets 1-8) not down on any."""
    ok = []
    for seed in (None, 1, 2):
        pa, pb = fest._path(base, "loso", seed), fest._path(new, "loso", seed)
        ha, hb = fest._path(base, "heldout", seed), fest._path(new, "heldout", seed)
        name = "GroupKFold" if seed is None else f"seed {seed}"
        if not (pa.exists() and pb.exists()):
            print(f"{name}: not run")
            ok.append(False)
            continue
        c = fest.compare(pickle.loads(pa.read_bytes()), pickle.loads(pb.read_bytes()))
        d = c["b"] - c["a"]
        up, flat, down = int((d > 5e-4).sum()), int((abs(d) <= 5e-4).sum()), int((d < -5e-4).sum())
        line = f"{name}: {base} {c['a'].mean():.4f}, {new} {c['b'].mean():.4f} ({d.mean():+.4f}; {up}/{flat}/{down})"
        line += " per set " + " ".join(f"{n}:{x:+.3f}" for n, x in zip(fest.SCORED, d))
        line += "; themes " + " ".join(f"{t} {x:.3f}→{y:.3f}" for t, x, y in zip(fest.THEMES, c["ta"], c["tb"]))
        held = None
        if ha.exists() and hb.exists():
            a, b = pickle.loads(ha.read_bytes()), pickle.loads(hb.read_bytes())
            fa, fb = macro_f1(a[8], a["gold"]), macro_f1(b[8], b["gold"])
            lo, hi = paired_difference(b[8], a[8], a["gold"], a["groups"], 1000, 0)
            held = fb - fa
            line += f"\n    held out {fa:.3f} → {fb:.3f} ({held:+.3f}; 95% {lo:+.3f} to {hi:+.3f}; " \
                    f"{int((a[8] != b[8]).sum())} decisions)"
        print(line)
        ok.append(d.mean() >= 0.010 and down <= up and held is not None and held >= -5e-4)
    print("bar per partition:", ok, "-> clears" if all(ok) else "-> does not clear")


if __name__ == "__main__":
    r13._seeded_partition()
    cmd, args = (sys.argv[1] if len(sys.argv) > 1 else ""), sys.argv[2:]
    if cmd == "pool":
        cmd_pool()
    elif cmd in ("loso", "heldout") and args and args[0] in ("free", "wide"):
        (cmd_loso if cmd == "loso" else cmd_heldout)(args[0], args[1:] or VARIANTS)
    elif cmd == "shipfit":
        cmd_shipfit(args or ["dom", "domlab"])
    elif cmd == "bar":
        cmd_bar(*args)
    else:
        raise SystemExit(__doc__)
