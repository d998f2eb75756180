#!/usr/bin/env python3
"""Describer figures on every real development set, one line per set, as JSON (for before/after tables).

    PYTHONPATH=$PWD python scripts/org_sets.py --out local/sets_main.json [--misses]

Real sets 1-8 are scored whole (`real_ingest.py score --half all`); set 9 only through a copy of its TUNE
half made beforehand (`local/set9tune/pages` + `local/set9tune/labels.jsonl`: the tune-half labels and the
pages whose sha256 they hold), so its test half is never ingested or scored. Synthetic development
collections are scored with `unionmine evaluate-ingest`'s counts.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))
import real_ingest

LAB = Path("corpus/annotations/real_ingest")
REAL = [("1", LAB / "labels.jsonl", "/work/local/real_pages/pages")] + [
    (str(n), LAB / f"labels{n}.jsonl", f"/work/local/real_pages{n}/pages") for n in range(2, 9)
] + [("9tune", Path("local/set9tune/labels.jsonl"), "local/set9tune/pages")]
SYNTH = [f"corpus/dev/{n}" for n in ("web", "web2", "web3", "web4", "web5", "web6", "district_baiyun",
                                     "district_chengbei", "district_nanhu", "district_nanshan",
                                     "district_xiangshan", "district_xihu")] + [
    f"corpus/heldout/{n}" for n in ("web7", "web8", "web9", "district_jinshui", "district_qinghe", "district_yunhe")]
MEASURES = ("org", "org_invented", "org_type", "title", "kind", "year")


def real(name, labels, pages, misses):
    buf = io.StringIO()
    args = SimpleNamespace(labels=str(labels), pages=pages, misses=misses, half="all")
    with contextlib.redirect_stdout(buf):
        tallies = real_ingest.score(args)
    out = {m: tallies["all"][m] for m in MEASURES if m in tallies["all"]}
    if misses:
        out["misses"] = [ln.strip() for ln in buf.getvalue().splitlines()
                         if ln.startswith("   ") and ("org" in ln)]
    return out


def synth(path):
    from unionmine.evaluation.ingest import evaluate_ingest
    res = evaluate_ingest(Path(path), Path(path + ".key.jsonl"))
    tot = next(iter(res["collections"].values()))
    out = {m: [tot[m]["count"], tot[m]["total"]] for m in MEASURES if m in tot}
    out["org_misses"] = [f"{k}: {x['source']} #{x['article']} exp {x['expected']!r} got {x['got']!r}"
                         for k in ("org", "org_invented") for x in res["misses"].get(k, [])]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--only", default="")
    ap.add_argument("--no-synth", action="store_true")
    a = ap.parse_args()
    res = {}
    for name, labels, pages in REAL:
        if a.only and name not in a.only.split(","):
            continue
        res["real" + name] = real(name, labels, pages, a.misses)
        print("real" + name, {m: v for m, v in res["real" + name].items() if m != "misses"}, flush=True)
    if not a.no_synth:
        for path in SYNTH:
            res[path] = synth(path)
            print(path, res[path], flush=True)
    Path(a.out).write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
