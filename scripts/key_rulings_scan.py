#!/usr/bin/env python3
"""List candidate key lines for the conventions settled on 2026-11-30 (issue 12, KEYRULES).

Reads every real-page set (hand-labelled files, or for set 1 the hash labels and its pages) and
every synthetic key, and prints the lines matching each ruling's pattern with their current
label, so each can be decided by the ruling (corpus/annotations/real_ingest/README.md,
"Conventions settled (2026-11-30)"). Prints page text: run it locally, never commit its output.

    scripts/key_rulings_scan.py --local /work/local [--rule a]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
from pathlib import Path

RULES = {
    # (a) a 发文字号 line
    "a": re.compile(r"[〔\[［(（【]\s*(19|20)\d\d\s*[〕\]］)）】]\s*\d+\s*号|字\s*[〔\[［]"),
    # (b) a year in an event's name (meeting, congress, contest, activity)
    "b": re.compile(r"(19|20)\d\d\s*(年度?|学年)[^，。；,;]{0,24}?(会议|大会|代表大会|教代会|职代会|会员大会|述职|总结会|表彰|比赛|竞赛|运动会|联欢|活动|座谈会|晚会|培训)"),
    # (c) a title with a site's decoration
    "c": re.compile(r"范文|範文|模板|范本|範本|样本|篇[一二三四五六七八九十\d]|第[一二三四五六七八九十\d]+篇|[（(【\[［〔].*[）)】\]］〕]|\d\s*$|20_|_\d|精选|通用|合集|大全"),
    # (d) a bracketed unit line
    "d": re.compile(r"^\s*[（(][^（()）]{2,40}(工会|工會|委员会|委員會|学校|學校|中学|中學|小学|小學|幼儿园|幼兒園|公司|医院|醫院|大学|大學|学院|學院|局)[^（()）]{0,10}[）)]\s*$"),
    # (e) a photo caption
    "e": re.compile(r"摄|攝|图为|圖為|图片|圖片|合影|留影|照片|▲|△|↑|↓|现场图|現場|剪影|风采|風采"),
}


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def real_pages(local: Path):
    """(set, page id, url, [(tag, line, article_no)], articles[{title_line, expected, a_line}])"""
    # set 1: hash labels and pages
    labels = Path("corpus/annotations/real_ingest/labels.jsonl")
    by_sha = {sha(p.read_text(encoding="utf-8")): p for p in sorted((local / "real_pages/pages").glob("*.txt"))}
    for row in map(json.loads, labels.read_text(encoding="utf-8").splitlines()):
        page = by_sha.get(row["page_sha256"])
        if page is None:
            continue
        lines = [ln.strip() for ln in page.read_text(encoding="utf-8").splitlines()]
        tagged = []
        for ln in lines:
            h = sha(ln)
            tag, art = "?", None
            if h in row["chrome"]:
                tag = "C"
            elif h in row["ignored"]:
                tag = "D"
            for i, a in enumerate(row["articles"]):
                if h == a.get("title_line"):
                    tag, art = "T", i
                elif h in a["body"]:
                    tag, art = "B", i
            tagged.append((tag, ln, art))
        yield 1, row["id"], row["url"], tagged
    for n in range(2, 9):
        number = 0
        for path in sorted((local / f"real_pages{n}").glob("labelled_*.txt")):
            page = None
            for raw in path.read_text(encoding="utf-8").splitlines():
                if raw.startswith("#url "):
                    if page:
                        yield page
                    number += 1
                    page = (n, f"p{number:02d}", raw[5:].strip(), [])
                    art = -1
                    continue
                if not raw.strip() or raw.startswith("#"):
                    continue
                tag, _, rest = raw.partition("|")
                if tag == "T":
                    art += 1
                elif tag == "B" and art < 0:
                    art = 0
                page[3].append((tag, rest, art if tag in "TBA" else None))
            if page:
                yield page


def synthetic():
    for key in sorted(Path("corpus").glob("*/*.key.jsonl")):
        for row in map(json.loads, key.read_text(encoding="utf-8").splitlines()):
            tagged = [("C", c, None) for c in row.get("chrome") or []]
            for i, a in enumerate(row["articles"]):
                tagged.append(("T", f"{a.get('title')}", i))
                desc = (f"org={a.get('org')}|org_also={a.get('org_also')}|org_type={a.get('org_type')}"
                        f"|year={a.get('year')}|kind={a.get('kind')}")
                tagged.append(("A", desc, i))
                tagged += [("B", b, i) for b in a.get("body") or []]
            yield str(key), row["source"], "", tagged


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--local", default="/work/local")
    ap.add_argument("--rule", default="abcde")
    ap.add_argument("--synthetic-only", action="store_true")
    ap.add_argument("--real-only", action="store_true")
    args = ap.parse_args()
    sources = []
    if not args.synthetic_only:
        sources.append(real_pages(Path(args.local)))
    if not args.real_only:
        sources.append(synthetic())
    for source in sources:
        for setname, pid, _url, tagged in source:
            for rule in args.rule:
                for tag, line, art in tagged:
                    text = line
                    if rule == "c" and tag != "T":
                        continue
                    if rule == "b" and tag not in "BTA":
                        continue
                    if RULES[rule].search(text):
                        print(f"{rule}\t{setname}\t{pid}\t{tag}\t{art}\t{text[:140]}")


if __name__ == "__main__":
    main()
