#!/usr/bin/env python3
"""Round 16 (organisations): cache what the describer sees for every key article of the development sets.

For each development set (real ingest sets 1-6 and set 7's TUNE half, read page by page from the label ids
so the test half is never opened; the synthetic development collections) the pipeline is run once with
`describe_article` wrapped, and for every key article matched to an output article (as the scorers match
them) one row is written: the describer's inputs (title as written, text, source, several), main's output
(org, org_type, org_source, kind) and the key's org forms (compact text for synthetic keys, sha256 of the
compact form for the real labels) and org type. Rows hold page text: the cache goes under local/ only.

    PYTHONPATH=$PWD python scripts/org_rank_cache.py --out local/orgrank
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import shutil
import sys
import tempfile
from pathlib import Path

import pandas as pd

REAL = {"real1": ("/work/local/real_pages/pages", "labels.jsonl"),
        **{f"real{i}": (f"/work/local/real_pages{i}/pages", f"labels{i}.jsonl") for i in range(2, 7)},
        "real7tune": ("/work/local/real_pages7/pages", "labels7.jsonl")}
SYNTHETIC = [f"corpus/dev/{n}" for n in ("web", "web2", "web3", "web4", "web5", "web6", "district_baiyun",
                                         "district_chengbei", "district_nanhu", "district_nanshan",
                                         "district_xiangshan", "district_xihu")] + \
    [f"corpus/heldout/{n}" for n in ("web7", "web8", "web9", "district_jinshui", "district_qinghe", "district_yunhe")]


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def run_pipeline(folder: Path) -> tuple[pd.DataFrame, dict]:
    """documents.parquet of FOLDER and the describer's inputs keyed by (source, sha of text)."""
    from unionmine.run import chain
    from unionmine.run.pipeline import ingest

    seen: dict = {}
    original = chain.describe_article

    def wrapped(title, text, source=None, *, several=False):
        seen[(source, sha(text))] = {"written": title, "several": several}
        return original(title, text, source, several=several)

    chain.describe_article = wrapped
    try:
        with tempfile.TemporaryDirectory() as scratch:
            ingest([folder], Path(scratch), use_cache=False, progress=False, workers=1)
            documents = pd.read_parquet(Path(scratch) / "documents.parquet")
    finally:
        chain.describe_article = original
    return documents, seen


def _row(name, source, art_key, out, seen, matched):
    text = str(out.get("text") or "") if matched else ""
    inputs = seen.get((out.get("source"), sha(text)), {}) if matched else {}
    return {"set": name, "source": source, "matched": matched,
            "written": inputs.get("written"), "text": text, "path": out.get("source"),
            "several": inputs.get("several", False),
            "main_org": out.get("org") if matched else None, "main_org_type": out.get("org_type") if matched else None,
            "main_org_source": out.get("org_source") if matched else None, "kind": out.get("kind"),
            "key_org": art_key.get("org"), "key_org_also": art_key.get("org_also") or [],
            "key_org_type": art_key.get("org_type"), "hashed": art_key.get("hashed", False)}


def _clean(value):
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else value


def cache_real(name: str, pages_dir: str, labels_name: str) -> list[dict]:
    from unionmine.evaluation.ingest import compact, match_articles

    labels = [json.loads(x) for x in (Path("corpus/annotations/real_ingest") / labels_name).read_text(
        encoding="utf-8").splitlines() if x.strip()]
    if name == "real7tune":
        labels = [e for e in labels if e["half"] == "tune"]  # the test half is blind: never opened
    rows = []
    with tempfile.TemporaryDirectory() as copy:
        for entry in labels:
            page = Path(pages_dir) / f"{entry['id']}.txt"
            if page.exists() and sha(page.read_text(encoding="utf-8")) == entry["page_sha256"]:
                shutil.copy(page, Path(copy) / page.name)
        documents, seen = run_pipeline(Path(copy))
    records = [{k: _clean(v) for k, v in r.items()} for r in documents.to_dict("records")]
    for entry in labels:
        lines = None
        outs = sorted([r for r in records if Path(str(r["source"])).name == f"{entry['id']}.txt"],
                      key=lambda r: r.get("article") or 0)
        page = Path(pages_dir) / f"{entry['id']}.txt"
        if not outs and not page.exists():
            continue
        lines = {sha(ln.strip()): ln.strip() for ln in page.read_text(encoding="utf-8").splitlines()}
        texts = [compact(o.get("title")) + compact(o.get("text")) for o in outs]
        arts = [{"body": [lines[h] for h in a["body"] if h in lines]} for a in entry["articles"]]
        for label, oi in zip(entry["articles"], match_articles(arts, outs, texts)):
            if "org_type" not in label:
                continue
            key = {"org": label.get("org"), "org_also": label.get("org_also"), "org_type": label.get("org_type"),
                   "hashed": True}
            rows.append(_row(name, entry["id"], key, outs[oi] if oi is not None else {}, seen, oi is not None))
    return rows


def cache_synthetic(folder: str) -> list[dict]:
    from unionmine.evaluation.ingest import compact, load_key, match_articles, outputs_by_source

    documents, seen = run_pipeline(Path(folder))
    key = load_key(folder + ".key.jsonl")
    outputs = outputs_by_source(documents, [e["source"] for e in key])
    rows = []
    for entry in key:
        outs = [{k: _clean(v) for k, v in o.items()} for o in outputs.get(entry["source"], [])]
        texts = [compact(o.get("title")) + compact(o.get("text")) for o in outs]
        arts = entry.get("articles") or []
        for art, oi in zip(arts, match_articles(arts, outs, texts)):
            rows.append(_row(Path(folder).name, entry["source"], art, outs[oi] if oi is not None else {}, seen,
                             oi is not None))
    return rows


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default="local/orgrank")
    parser.add_argument("--only", nargs="*")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    jobs = [(n, lambda n=n, p=p, lb=lb: cache_real(n, p, lb)) for n, (p, lb) in REAL.items()] + \
        [(Path(f).name, lambda f=f: cache_synthetic(f)) for f in SYNTHETIC]
    for name, job in jobs:
        if args.only and name not in args.only:
            continue
        rows = job()
        with open(out / f"{name}.jsonl", "w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        print(name, len(rows), "key articles", file=sys.stderr)


if __name__ == "__main__":
    main()
