#!/usr/bin/env python3
"""Ruling (h), a province before a unit's own place: the key lists the other form in `org_also` (2026-12-01).

For every labelled organisation form (`org` and each `org_also`) of the real ingestion sets whose local copy is here,
the form's text is found by hashing the compact page's substrings (sha256 of the compact form, as the labels hold it).
Then, as the lead ruled (corpus/annotations/real_ingest/README.md, "(h)"):

- a form that opens with a province before its own city or county (山东省青河市柳湾区总工会, 江西石桥县…) gains the form
  without it (`unionmine.documents.organisations.names.own_place`, the finder's own definition of a leading province);
- a form without one gains each form with a province that the page's text writes before it (山东省 + 青河市柳湾区总工会).

`org` is never changed (the unit's own name as its title or signature writes it); only `org_also` grows.

    PYTHONPATH=$PWD python scripts/ruling_h.py [--write] [--show] [--sets 6-20]   # a later set: --sets 21 (the lead)

Without `--write` it only lists the rows it would touch (set, page, article, direction). `--show` prints the forms
(page text: run it locally, never commit its output; never shown for the validation set 12).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from real_ingest import sha

from unionmine.documents.organisations.names import _PROVINCES, own_place
from unionmine.evaluation.ingest import compact

LAB = Path("corpus/annotations/real_ingest")
SETS = "6-20"  # sets 1-5 have no local copy; a blind set only once it is spent, by whoever may read it
VALIDATION = 12
_PROVINCE_FORMS = [p + s for p in _PROVINCES for s in ("省", "自治区", "壮族自治区", "回族自治区", "维吾尔自治区", "")]


def form_texts(page: str, wanted: set[str], longest: int = 40) -> dict[str, str]:
    """The compact text of each WANTED hash found among the compact page's substrings."""
    text = compact(page)
    found = {}
    for i in range(len(text)):
        for j in range(i + 2, min(len(text), i + longest) + 1):
            h = sha(text[i:j])
            if h in wanted:
                found[h] = text[i:j]
    return found


def other_forms(form: str, page: str) -> list[tuple[str, str]]:
    """(direction, form) pairs ruling (h) adds for FORM on a page of text PAGE (both compact)."""
    out = []
    short = own_place(form)
    if short != form:
        out.append(("drop province", short))
    else:
        for province in _PROVINCE_FORMS:
            longer = province + form
            if longer in page and own_place(longer) == form and ("drop", longer) not in out:
                out.append(("add province", longer))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--sets", default=SETS, help="a set number or a range (6-20)")
    args = parser.parse_args()
    first, _, last = args.sets.partition("-")
    unresolved = 0
    for n in range(int(first), int(last or first) + 1):
        path = LAB / f"labels{n}.jsonl"
        pages = {sha(p.read_text(encoding="utf-8")): p for p in Path(f"/work/local/real_pages{n}/pages").glob("*.txt")}
        entries = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        changed = False
        for entry in entries:
            page = pages.get(entry["page_sha256"])
            arts = [a for a in entry["articles"] if a.get("org")]
            if page is None or not arts:
                continue
            raw = page.read_text(encoding="utf-8")
            wanted = {h for a in arts for h in [a["org"], *(a.get("org_also") or [])]}
            texts = form_texts(raw, wanted)
            whole = compact(raw)
            for index, art in enumerate(entry["articles"]):
                if not art.get("org"):
                    continue
                have = [art["org"], *(art.get("org_also") or [])]
                for h in list(have):
                    if h not in texts:
                        unresolved += 1
                        if args.show and n != VALIDATION:
                            print(f"set {n} {entry['id']} article {index + 1}: form not found", file=sys.stderr)
                        continue
                    for direction, other in other_forms(texts[h], whole):
                        oh = sha(compact(other))
                        if oh in have:
                            continue
                        have.append(oh)
                        art.setdefault("org_also", []).append(oh)
                        changed = True
                        shown = f" {texts[h]} -> {other}" if args.show and n != VALIDATION else ""
                        print(f"set {n} {entry['id']} article {index + 1}: {direction}{shown}")
        if changed and args.write:
            path.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries), encoding="utf-8")
    print(f"{unresolved} labelled forms not found among their page's substrings (left as they are)", file=sys.stderr)


if __name__ == "__main__":
    main()
