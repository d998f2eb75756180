#!/usr/bin/env python3
"""List candidate key lines for the conventions settled on 2026-11-30 (issue 12, KEYRULES).

Reads every real-page set (hand-labelled files, or for set 1 the hash labels and its pages) and
every synthetic key, and prints the lines matching each ruling's pattern with their current
label, so each can be decided by the ruling (corpus/annotations/real_ingest/README.md,
"Conventions settled (2026-11-30)"). Real sets 1-10. Rule g (level-only unit names) prints per article
its description and the level-named units of its lines that none of its forms holds, the org's own level
form used alone (`SHORT`), and `LEVEL-ORG` where a form starts with its level (a place named 县河 too).
Prints page text: run it locally, never commit its output.

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
    # (g) a unit named by its level and its own words, no place (`区机关幼儿园`, `市第一人民医院`):
    # a level character not preceded by a place name (line start, punctuation or a function word)
    "g": re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[的在由和与與及、对對到向为為是经經同我本该該其日午月年]))"
                    r"[市区县縣區镇鎮乡鄉旗](?:直|属|屬)?[\u4e00-\u9fff]{0,14}?"
                    r"(幼儿园|幼兒園|幼稚园|幼稚園|小学|小學|中学|中學|学校|學校|医院|醫院|卫生院|衛生院|中心|工委|"
                    r"工会|工會|局|公司|学院|學院|大学|大學|机关|機關)"),
}
# (g) an org label that starts with its level (named only if it has its own distinguishing words)
G_LEVEL_ORG = re.compile(r"^[市区县縣區镇鎮乡鄉旗]")
# a position not preceded by a place name: line start, a non-CJK character or a function word
G_ALONE = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[的在由和与與及、对對到向为為是经經同我本该該其日午月年]))")


def _find_all(line: str, sub: str):
    k = line.find(sub)
    while k >= 0:
        yield k
        k = line.find(sub, k + 1)


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
    for n in range(2, 11):
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
    ap.add_argument("--rule", default="abcdeg")
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
                    if rule == "g":
                        continue
                    if RULES[rule].search(text):
                        print(f"{rule}\t{setname}\t{pid}\t{tag}\t{art}\t{text[:140]}")
                if rule == "g":
                    scan_g(setname, pid, tagged)


def scan_g(setname, pid, tagged) -> None:
    """(g): per article, its description and the lines naming a unit by level (+ own words)
    when the org is null or none of its forms holds that name; and every org that starts with
    its level (a level-plus-bare-category org would go null)."""
    arts: dict = {}
    for tag, line, art in tagged:
        if art is not None and tag in "TBA":
            arts.setdefault(art, []).append((tag, line))
    for art, lines in arts.items():
        desc = next((ln for tag, ln in lines if tag == "A"), "")
        forms = re.findall(r"org(?:_also)?=([^|]*)", desc)
        forms = [f for part in forms for f in re.split(r"[;；]|', '|\\[|\\]|'", part) if f and f not in ("null", "None")]
        hits = []
        for tag, line in lines:
            if tag == "A":
                continue
            for m in RULES["g"].finditer(line):
                if not any(m.group(0) in f or f.endswith(m.group(0)) for f in forms):
                    hits.append((tag, m.group(0), line))
        # the org's own level form (`某某市第一人民医院` -> `市第一人民医院`) used alone in the text
        for f in forms:
            for i, ch in enumerate(f):
                short = f[i:]
                if i == 0 or ch not in "市区县縣區镇鎮乡鄉旗" or short in forms:
                    continue
                for tag, line in lines:
                    if tag != "A" and any(G_ALONE.match(line, k) for k in _find_all(line, short)):
                        hits.append((tag, "SHORT " + short, line))
                        break
        level_org = any(G_LEVEL_ORG.match(f) for f in forms)
        if hits or level_org:
            print(f"g\t{setname}\t{pid}\tA\t{art}\t{desc[:140]}" + ("\tLEVEL-ORG" if level_org else ""))
            for tag, name, line in hits:
                print(f"g\t{setname}\t{pid}\t{tag}\t{art}\t[{name}]\t{line[:140]}")


if __name__ == "__main__":
    main()
