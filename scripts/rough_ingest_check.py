"""Rough ingestion check of an `unionmine ingest` output against a collection key (KEYFORMAT.md).

    PYTHONPATH=$PWD .venv/bin/python scripts/rough_ingest_check.py OUT_DIR KEY.jsonl [--misses]

A stop-gap until `unionmine evaluate-ingest` exists: pages split right (same number of articles),
then per key article (matched to the output article sharing most body lines): title, kind, org,
org_type, year, on_topic; chrome lines left in the output text; key body lines missing from it.
Lines are compared after the compact normalisation (t2s, CJK/ASCII letters/digits, lower case).
"""

from __future__ import annotations

import argparse
import functools
import json
import re
from collections import Counter

import pandas as pd

_KEEP = re.compile(r"[^0-9a-z\u3400-\u9fff]+")


@functools.lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def compact(text) -> str:
    if text is None or (isinstance(text, float) and pd.isna(text)):
        return ""
    return _KEEP.sub("", _t2s().convert(str(text)).lower())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("key")
    ap.add_argument("--misses", action="store_true", help="print every miss")
    a = ap.parse_args(argv)
    docs = pd.read_parquet(f"{a.out}/documents.parquet")
    with open(a.key, encoding="utf-8") as fh:
        keys = [json.loads(x) for x in fh]
    c = Counter()
    misses: list[str] = []
    for entry in keys:
        got = docs[docs["source"].str.endswith(entry["source"])].sort_values("article")
        out_arts = got.to_dict("records")
        c["files"] += 1
        c["split_ok"] += len(out_arts) == len(entry["articles"])
        if len(out_arts) != len(entry["articles"]):
            misses.append(f"SPLIT {entry['source']}: key {len(entry['articles'])} out {len(out_arts)}")
        out_lines = [[compact(x) for x in str(o["text"]).splitlines()] for o in out_arts]
        out_text = "".join("".join(ls) for ls in out_lines)  # titles apart: a page heading may equal a title
        out_line_set = {x for ls in out_lines for x in ls}
        key_text = "".join(compact(x) for art in entry["articles"] for x in [art["title"], *art["body"]])
        for ch in entry["chrome"]:
            cc = compact(ch)
            if not cc:
                continue
            c["chrome"] += 1
            # a whole output line, or (for run-together pages) a long enough piece of the text that the
            # article itself does not contain
            if cc in out_line_set or (len(cc) >= 6 and cc in out_text and cc not in key_text):
                c["chrome_left"] += 1
                misses.append(f"CHROME {entry['source']}: {ch[:40]}")
        for art in entry["articles"]:
            for line in art["body"]:
                cc = compact(line)
                if len(cc) < 2:
                    continue
                c["body"] += 1
                if cc not in out_text:
                    c["body_lost"] += 1
                    misses.append(f"LOST {entry['source']}: {line[:40]}")
            body = {compact(x) for x in art["body"]}
            best = max(out_arts, key=lambda o: len(body & {compact(x) for x in str(o["text"]).splitlines()}),
                       default=None)
            c["articles"] += 1
            if best is None:
                continue
            checks = {
                "title": compact(best["title"]) == compact(art["title"]),
                "kind": best["kind"] == art["kind"],
                "on_topic": bool(best["on_topic"]) == art["on_topic"],
                "year": (None if pd.isna(best["year"]) else int(best["year"])) == art["year"],
                "org": compact(best["org"]) == compact(art["org"]),
                "org_type": (best["org_type"] if isinstance(best["org_type"], str) else None) == art["org_type"],
            }
            for k, ok in checks.items():
                c[k] += ok
                if not ok:
                    have = best[k] if k != "title" else str(best["title"])[:30]
                    misses.append(f"{k.upper()} {entry['source']}: key {str(art[k])[:30]!r} out {have!r}")
            if art["org"]:
                c["org_named"] += 1
                c["org_named_ok"] += checks["org"]
            if art["year"]:
                c["year_stated"] += 1
                c["year_stated_ok"] += checks["year"]
    n = c["articles"]
    print(f"files {c['files']}, key articles {n}, output articles {len(docs)}")
    print(f"pages split right {c['split_ok']}/{c['files']}")
    for k in ("title", "kind", "on_topic", "org_type"):
        print(f"{k:10s} {c[k]}/{n}")
    print(f"org (named) {c['org_named_ok']}/{c['org_named']}  org (all) {c['org']}/{n}")
    print(f"year (stated) {c['year_stated_ok']}/{c['year_stated']}  year (all) {c['year']}/{n}")
    print(f"chrome lines left {c['chrome_left']}/{c['chrome']}  body lines lost {c['body_lost']}/{c['body']}")
    if a.misses:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
