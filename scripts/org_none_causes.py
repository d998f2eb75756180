#!/usr/bin/env python3
"""Where the key's organisation stands when the describer misses it (2026-12-01, session 19, ORGS34; all misses: ORGS35).

For every labelled article of the spent real ingestion sets whose key names an organisation and whose output has none
(`--misses none`, the default), or names another (`wrong`), or whose key names none and the output one (`invented`),
the key's forms are recovered by hashing the compact page's substrings (as scripts/ruling_h.py does) and the row tells
whether the form is in the output's title or text, whether `org_candidates` forms it, and the describer's evidence.

    PYTHONPATH=$PWD python scripts/org_none_causes.py --sets 6-11,13-31 --misses none,wrong,invented OUT.json

The output holds page text: keep it local (git-ignored), never commit it. Never run on the validation set 12, nor on a
set still blind (above `LAST_SPENT`): both are refused. Sets 27-29 spent in session 21 (ORGS38), 30-31 in session 22
(ORGS39).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from real_ingest import sha
from ruling_h import form_texts

from unionmine.documents.describe import describe_article
from unionmine.documents.describe_rules import default_describe_rules
from unionmine.documents.organisations.candidates import org_candidates
from unionmine.evaluation.ingest import compact, match_articles
from unionmine.run.pipeline import ingest

LAST_SPENT = 31  # the last spent ingestion set; later ones are blind until the lead spends them


def sets_of(spec: str) -> list[int]:
    out = []
    for part in spec.split(","):
        a, _, b = part.partition("-")
        out += list(range(int(a), int(b or a) + 1))
    if any(n > LAST_SPENT for n in out):
        raise SystemExit(f"sets above {LAST_SPENT} are blind: not read here")
    return [n for n in out if n != 12]


def miss_of(label: dict, got: dict) -> str | None:
    """'none', 'wrong' or 'invented' when the output's organisation misses the key's, else None."""
    org = got.get("org")
    org = None if org is None or isinstance(org, float) or not str(org).strip() else str(org)
    wanted = {label["org"], *(label.get("org_also") or ())} if label.get("org") else set()
    if not wanted:
        return "invented" if org else None
    if org is None:
        return "none"
    return None if sha(compact(org)) in wanted else "wrong"


def rows_of(n: int, rules, kinds: set[str] = frozenset({"none"})) -> list[dict]:
    labels = [json.loads(x) for x in Path(f"corpus/annotations/real_ingest/labels{n}.jsonl").read_text().splitlines()
              if x.strip()]
    pages = Path(f"/work/local/real_pages{n}/pages")
    by_sha = {sha(p.read_text(encoding="utf-8")): p for p in sorted(pages.glob("*.txt"))}
    with tempfile.TemporaryDirectory() as scratch:
        ingest([pages], Path(scratch), use_cache=False, progress=False)
        docs = pd.read_parquet(Path(scratch) / "documents.parquet").to_dict("records")
    rows = []
    for entry in labels:
        path = by_sha.get(entry["page_sha256"])
        if path is None:
            continue
        raw = path.read_text(encoding="utf-8")
        lines = {sha(ln.strip()): ln.strip() for ln in raw.splitlines()}
        outs = sorted((r for r in docs if Path(str(r["source"])).name == path.name), key=lambda r: r.get("article") or 0)
        texts = [compact(o.get("title")) + compact(o.get("text")) for o in outs]
        arts = [{"body": [lines[h] for h in a["body"]]} for a in entry["articles"]]
        for label, oi in zip(entry["articles"], match_articles(arts, outs, texts)):
            if "org_type" not in label:
                continue
            got = outs[oi] if oi is not None else {}
            miss = miss_of(label, got)
            if miss not in kinds:
                continue
            wanted = {label["org"], *(label.get("org_also") or ())} if label.get("org") else set()
            forms = sorted(set(form_texts(raw, wanted).values()), key=len)
            full = f"{got.get('title') or ''}\n{got.get('text') or ''}"
            cands = [c[0] for c in org_candidates(full, rules)]
            ctext = compact(full)
            rows.append({"set": n, "page": entry["id"], "site": entry["site"], "miss": miss, "got": got.get("org"),
                         "forms": forms,
                         "in_output": [f for f in forms if f in ctext],
                         "count": {f: ctext.count(f) for f in forms},
                         "formed": [f for f in forms if any(compact(c) == f for c in cands)],
                         "cands": cands[:12], "title": got.get("title"), "head": (got.get("text") or "")[:300],
                         "evidence": [e for e in describe_article(got.get("title") or "", got.get("text") or "")["evidence"]
                                      if e.startswith("org")][:8],
                         "exp_type": label.get("org_type"), "matched": oi is not None})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="6-11,13-31")
    ap.add_argument("--misses", default="none", help="none,wrong,invented (a comma list)")
    ap.add_argument("out")
    args = ap.parse_args()
    rules = default_describe_rules()
    rows = []
    for n in sets_of(args.sets):
        rows += rows_of(n, rules, set(args.misses.split(",")))
        print(n, len(rows), file=sys.stderr, flush=True)
    Path(args.out).write_text(json.dumps(rows, ensure_ascii=False, indent=1, default=str))


if __name__ == "__main__":
    main()
