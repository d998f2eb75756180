#!/usr/bin/env python3
"""Round 16 (organisation names formed): how many keyed organisations the finders form at all.

For every named key article of the development real sets (1-8; set 7 both halves and set 8 are development
since round 16), cached by `org_rank_cache.py` (main's describer inputs and outputs; the key's org forms as
sha256 of their compact text), it says whether the key's name is main's choice, one of the names
`org_candidates` forms over the title and the text, among `org_rank_candidates.spans`, or in the text at
all (the shortest compact substring whose sha256 is a key form). Page text stays under local/.

    PYTHONPATH=$PWD python scripts/org_formed.py cache --out local/orgformed   # run the pipeline once
    PYTHONPATH=$PWD python scripts/org_formed.py count --cache local/orgformed [-v]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import org_rank_cache
from org_rank_candidates import spans

from unionmine.documents.describe_rules import default_describe_rules
from unionmine.documents.organisations.candidates import org_candidates
from unionmine.evaluation.ingest import compact

DEV_REAL = {"real1": ("/work/local/real_pages/pages", "labels.jsonl"),
            **{f"real{i}": (f"/work/local/real_pages{i}/pages", f"labels{i}.jsonl") for i in range(2, 9)}}


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def count(cache: Path, verbose: bool) -> dict[str, int]:
    rules = default_describe_rules()
    tally = {"named": 0, "main_right": 0, "formed": 0, "not_formed": 0, "not_formed_in_text": 0,
             "not_formed_in_spans": 0}
    for path in sorted(cache.glob("real*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if not row["matched"] or not row["key_org"]:
                continue
            keys = {k for k in [row["key_org"], *(row["key_org_also"] or [])] if k}
            tally["named"] += 1
            title, text = row["written"] or "", row["text"]
            if row["main_org"] and _sha(compact(row["main_org"])) in keys:
                tally["main_right"] += 1
                continue
            formed = {org for chunk in (title, text) for org, *_rest in org_candidates(chunk, rules)}
            if any(_sha(compact(c)) in keys for c in formed):
                tally["formed"] += 1
                continue
            tally["not_formed"] += 1
            whole = compact(title + "\n" + text)
            hit = next((whole[i:i + n] for n in range(2, 26) for i in range(len(whole) - n + 1)
                        if _sha(whole[i:i + n]) in keys), None)
            in_spans = any(_sha(compact(c)) in keys for c in spans(title, text, rules))
            tally["not_formed_in_text"] += hit is not None
            tally["not_formed_in_spans"] += in_spans
            if verbose:
                print(path.stem, row["source"], "spans" if in_spans else "-", row["main_org"], hit)
    return tally


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("cache", "count"))
    parser.add_argument("--out", "--cache", dest="cache", default="local/orgformed")
    parser.add_argument("-v", action="store_true")
    args = parser.parse_args(argv)
    if args.what == "cache":
        org_rank_cache.REAL = DEV_REAL
        org_rank_cache.main(["--out", args.cache, "--only", *DEV_REAL])
    else:
        print(json.dumps(count(Path(args.cache), args.v)))


if __name__ == "__main__":
    main()
