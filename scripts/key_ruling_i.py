#!/usr/bin/env python3
"""Ruling (i), 2026-12-01 (session 18): a 述职报告 is a report.

`unionmine/data/organisations.toml` (the kinds' comment) rules a 述职报告 a report: an office-holder's account of a term
to those who elected him, as its title says; set 6 and the synthetic keys label it so. This lists every article of the
real ingestion keys (`corpus/annotations/real_ingest/labelsN.jsonl`) whose title line (found in the local copy of its
page by the line's sha256) names a 述职 and whose kind is not `report`, and with `--apply` sets the kind to `report`.
It prints set, page id, article number, the title line's sha256 prefix and the kinds, never page text; sets with no
local copy (or a page without one) are listed as unchecked. Synthetic keys are checked by their titles.

    scripts/key_ruling_i.py --local /work/local [--apply] [--sets 6-20]

The blind set in the making (its labels and pages) is never read: pass only the spent sets.
"""
from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

CUE = ("述职", "述職")
LABELS = Path("corpus/annotations/real_ingest")


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _sets(spec: str) -> list[int]:
    out: list[int] = []
    for part in spec.split(","):
        a, _, b = part.partition("-")
        out += list(range(int(a), int(b or a) + 1))
    return out


def _labels_path(n: int) -> Path:
    return LABELS / ("labels.jsonl" if n == 1 else f"labels{n}.jsonl")


def _pages_dir(local: Path, n: int) -> Path:
    return local / ("real_pages" if n == 1 else f"real_pages{n}") / "pages"


def real_disagreements(local: Path, n: int) -> tuple[list[dict], list[tuple[int, str, int, str, str]], int]:
    """The set's rows, the disagreeing articles (set, page, article, title line sha prefix, kind) and the number of
    labelled pages with no local copy."""
    rows = [json.loads(x) for x in _labels_path(n).read_text(encoding="utf-8").splitlines() if x.strip()]
    pages = _pages_dir(local, n)
    by_sha = {sha(p.read_text(encoding="utf-8")): p for p in sorted(pages.glob("*.txt"))} if pages.is_dir() else {}
    found, unchecked = [], 0
    for row in rows:
        page = by_sha.get(row["page_sha256"])
        if page is None:
            unchecked += 1
            continue
        titles = {sha(ln.strip()): ln for ln in page.read_text(encoding="utf-8").splitlines()}
        for i, art in enumerate(row["articles"]):
            line = titles.get(art.get("title_line") or "")
            if line and any(c in line for c in CUE) and art.get("kind") != "report":
                found.append((n, row["id"], i, art["title_line"][:12], art.get("kind")))
    return rows, found, unchecked


def synthetic_disagreements() -> list[tuple[str, str, str, str]]:
    out = []
    for key in sorted(Path("corpus").glob("*/*.key.jsonl")):
        for row in map(json.loads, key.read_text(encoding="utf-8").splitlines()):
            for a in row["articles"]:
                if any(c in (a.get("title") or "") for c in CUE) and a.get("kind") != "report":
                    out.append((str(key), row["source"], a.get("title"), a.get("kind")))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--local", type=Path, required=True)
    ap.add_argument("--sets", default="1-20")
    ap.add_argument("--apply", action="store_true")
    args = ap.parse_args()
    for n in _sets(args.sets):
        rows, found, unchecked = real_disagreements(args.local, n)
        print(f"set {n}: {len(found)} to change, {unchecked} of {len(rows)} pages with no local copy (unchecked)")
        for s, pid, i, prefix, kind in found:
            print(f"  {s}\t{pid}\tarticle {i}\ttitle line sha256 {prefix}\t{kind} -> report")
        if args.apply and found:
            wanted = {(pid, i) for _, pid, i, _, _ in found}
            for row in rows:
                for i, art in enumerate(row["articles"]):
                    if (row["id"], i) in wanted:
                        art["kind"] = "report"
            _labels_path(n).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                       encoding="utf-8")
    for key, source, title, kind in synthetic_disagreements():
        print(f"synthetic {key} {source}: {title} ({kind})")


if __name__ == "__main__":
    main()
