"""Cut the seed pages into annotation units and (re)build unionmine/data/annotations/sections.jsonl.

This is a one-off tool for the gold annotations, deliberately independent of the library's
splitter and heading parser (the annotations must not inherit their mistakes).

Usage:
    python scripts/make_annotation_units.py cut [--show FROM TO]      # list candidate units
    python scripts/make_annotation_units.py merge LABELS.tsv [...]    # add labelled units, rebuild

A labels file has one line per unit: ``id<TAB>label,label<TAB>note``. Labels already in
sections.jsonl are kept (looked up by id); the split is recomputed over all cut units, so it
never depends on which units happen to be labelled yet.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus" / "raw"
OUT = ROOT / "unionmine" / "data" / "annotations" / "sections.jsonl"

THEMES = ["维权", "送温暖", "文体活动", "民主管理"]
OTHER = "其他"
TEST_SHARE = 0.30
MIN_TEST_POSITIVES = 20
NEAR_DUP_JACCARD = 0.6
MIN_CHARS = 15

CN_NUM = "一二三四五六七八九十"

# Site furniture of the pages these documents are scraped from.
JUNK = re.compile(
    r"^(导航栏|你的位置|发表时间|更新时间|工作计划 会员上传|申明敬告|文档介绍|查看更多|相关文章|"
    r"您可能关注|相关推荐|猜你喜欢|大家正在看|换一换|- 目录|目录$|ID[::]|大小[::]|页数[::]|时间[::]|"
    r"资源描述|温馨提示|当前文档最多预览|此文档下载收益|\d+\. ?(部分包含|本文档由|下载前|下载文档时)|"
    r"在众多文章中|.{0,40}由会员上传分享)"
)
PAGE_REF = re.compile(r"_第\d+页$")
PAGE_MARK = re.compile(r"第\d+页")
SITE_TAG = re.compile(r"[A-Za-z0-9]+\.(com|cn|net)", re.IGNORECASE)
ARTICLE_MARK = re.compile(
    rf"^(?:(?P<pre>.{{0,30}}?)\s*篇\s*[0-9{CN_NUM}]+|.{{2,20}}(计划|总结)表[{CN_NUM}]+)\s*[::]?\s*(?P<title>.{{0,40}})$"
)
HEADING_MARKS = [
    (1, re.compile(rf"^[{CN_NUM}]+\s*[、.．]")),
    (1, re.compile(r"^[IVX]+\s*[.、]")),
    (1, re.compile(rf"^亮点[{CN_NUM}]+[::]")),
    (2, re.compile(rf"^[((][{CN_NUM}]+[))]")),
    (3, re.compile(r"^\d{1,2}\s*(、|[.．。](?!\d))")),
    (4, re.compile(r"^[((]\d{1,2}[))]")),
    (4, re.compile(r"^[①-⑳]")),
]
SENT_END = re.compile(r"[。!?;:!?;:]")
CLOSING = re.compile(r"^(总之|综上|总而言之|回顾|展望|最后|各位代表|同志们)")
TITLE_WORDS = re.compile(r"(总结|计划|报告|材料)$")


def heading_level(par: str) -> int:
    for level, rx in HEADING_MARKS:
        if rx.match(par):
            return level
    return 0


def paragraphs(raw: str) -> list[str]:
    """Page text -> paragraphs, with viewer-page artefacts removed."""
    raw = re.sub(rf"[ \u3000]+(?=篇[{CN_NUM}\d]+[::])", "\n", raw.replace("\r\n", "\n"))
    lines = raw.split("\n")
    if any(line.startswith("资源描述") for line in lines):
        # Document-viewer page: the body is cut into numbered preview chunks ("1、", "2、")
        # that break sentences; join the chunks back into one run of text.
        start = next(i for i, line in enumerate(lines) if line.startswith("资源描述"))
        body = []
        for line in lines[start + 1 :]:
            if line.startswith("当前文档最多预览"):
                break
            if re.match(r"^\d+、", line):
                line = re.sub(r"^\d+、", "", line)
            body.append(line.strip())
        text = PAGE_MARK.sub("", "".join(x for x in body if not JUNK.match(x)))
        # Split the run of text before inline heading markers that follow a sentence end.
        text = re.sub(
            rf"(?<=[。!?;])(?=([{CN_NUM}]+、|\d{{1,2}}、|[((][{CN_NUM}\d]+[))]))", "\n", text
        )
        lines = text.split("\n")
    out = []
    for line in lines:
        for par in re.split(r"[ \u3000]{2,}", line):
            par = SITE_TAG.sub("", PAGE_MARK.sub("", par)).strip()
            if par and not JUNK.match(par) and not PAGE_REF.search(par):
                out.append(par)
    return out


def split_heading(par: str) -> tuple[str, str]:
    """A marked paragraph -> (heading, rest); the heading is its first sentence when short."""
    m = SENT_END.search(par)
    if (
        m is not None
        and heading_level(par[: m.end()])
        and len(re.sub(r"^\S{1,4}?[、.．。::))]", "", par[: m.end()])) < 4
    ):
        m = SENT_END.search(par, m.end())  # "亮点一:" or "3。" alone is a marker, not a heading
    if m is None:
        return (par, "") if len(par) <= 60 else ("", par)
    head = par[: m.end()]
    if len(head) <= 60:
        return head, par[m.end() :].strip()
    return "", par


def is_title(par: str) -> bool:
    return (
        len(par) <= 40
        and not re.search(r"[,,。;;]", par)
        and bool(TITLE_WORDS.search(par))
        and heading_level(par) == 0
    )


def cut_file(path: Path) -> list[dict]:
    """One seed page -> units (source, article, position, heading, text)."""
    pars = paragraphs(path.read_text(encoding="utf-8"))
    has_marks = any(ARTICLE_MARK.match(p) and len(p) <= 50 for p in pars)
    article = 0 if has_marks else 1
    units: list[dict] = []
    current: dict | None = None  # open unit
    pending: list[dict] = []  # heading-only paragraphs waiting for a body

    def close() -> None:
        nonlocal current
        if current is not None and article > 0:
            units.append(current)
        current = None

    for i, par in enumerate(pars):
        nxt = pars[i + 1] if i + 1 < len(pars) else None
        if len(par) <= 50 and ARTICLE_MARK.match(par):
            close()
            pending.clear()
            article += 1
            continue
        if article == 0:
            continue  # page header before the first article
        level = heading_level(par)
        if level == 0 and is_title(par):
            continue
        standalone_title = (
            level == 0
            and len(par) <= 25
            and not SENT_END.search(par)
            and not re.search(r"[,,]", par)
        )
        if level or standalone_title:
            head, rest = split_heading(par) if level else (par, "")
            lvl = level or 1
            if head and not rest:
                nxt_level = heading_level(nxt) if nxt else 0
                nxt_plain = (
                    nxt is not None
                    and nxt_level == 0
                    and not (len(nxt) <= 50 and ARTICLE_MARK.match(nxt))
                )
                deeper = nxt_level > lvl
                if (
                    not nxt_plain
                    and not deeper
                    and current is not None
                    and current["level"] < lvl
                    and current["heading"]
                    and (current["text"] == current["heading"] or current.get("items"))
                ):
                    current["text"] += "\n" + par  # a leaf list item: part of its parent's body
                    current["items"] = True
                    continue
                close()
                current = {
                    "level": lvl,
                    "heading": head,
                    "text": par,
                    "article": article,
                    "grouping": deeper,
                }
                continue
            close()
            current = {"level": lvl, "heading": head, "text": par, "article": article}
            continue
        # plain paragraph
        prev_open = current is not None and not re.search(r"[。!?!?”\"]$", current["text"])
        if current is not None and not CLOSING.match(par) and (current["heading"] or prev_open):
            glue = "" if prev_open and current["text"] != current["heading"] else "\n"
            current["text"] += glue + par
        else:
            close()
            current = {"level": 9, "heading": "", "text": par, "article": article}
    close()
    result = []
    for pos, u in enumerate(units):
        # a heading left without any body is a grouping heading, not a unit
        if u.get("grouping") and u["text"] == u["heading"]:
            continue
        if len(u["text"]) < MIN_CHARS:
            continue
        result.append(
            {
                "source": path.name,
                "article": u["article"],
                "position": pos,
                "heading": u["heading"],
                "text": u["text"],
            }
        )
    return result


def unit_id(u: dict) -> str:
    return hashlib.sha1(f"{u['source']}|{u['article']}|{u['text']}".encode()).hexdigest()[:12]


def cut_all() -> list[dict]:
    units, seen = [], set()
    for path in sorted(SEEDS.glob("*.txt")):
        for u in cut_file(path):
            u["id"] = unit_id(u)
            if u["id"] not in seen:  # a paragraph repeated within one article counts once
                seen.add(u["id"])
                units.append(u)
    return units


def grams(text: str, n: int = 4) -> set[str]:
    text = re.sub(r"\s+", "", text)
    return {text[i : i + n] for i in range(max(len(text) - n + 1, 1))}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def near_duplicate_groups(units: list[dict]) -> dict[tuple[str, int], tuple[str, int]]:
    """Map each article to the first article it shares a near-identical unit with (union-find)."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    gs = [grams(u["text"]) for u in units]
    for i, u in enumerate(units):
        a = (u["source"], u["article"])
        find(a)
        for j in range(i):
            b = (units[j]["source"], units[j]["article"])
            if a != b and jaccard(gs[i], gs[j]) > NEAR_DUP_JACCARD:
                ra, rb = find(a), find(b)
                if ra != rb:
                    first, second = sorted([ra, rb])
                    parent[second] = first
    return {k: find(k) for k in list(parent)}


def article_hash(key: tuple[str, int], salt: int = 0) -> float:
    h = hashlib.sha1(f"{key[0]}#{key[1]}#{salt}".encode()).hexdigest()
    return int(h[:8], 16) / 0xFFFFFFFF


def assign_splits(units: list[dict], labels: dict[str, list[str]]) -> dict[tuple[str, int], str]:
    """Article groups -> split; the lowest salt whose test split has >= 20 positives per theme."""
    groups = near_duplicate_groups(units)
    roots = sorted(set(groups.values()))
    sizes = {r: sum(1 for u in units if groups[(u["source"], u["article"])] == r) for r in roots}
    total = sum(sizes.values())
    best = None
    for salt in range(500):
        order = sorted(roots, key=lambda r: article_hash(r, salt))
        test, n = set(), 0
        for r in order:
            if n >= TEST_SHARE * total:
                break
            if n + sizes[r] <= TEST_SHARE * total * 1.15:
                test.add(r)
                n += sizes[r]
        split = {k: ("test" if r in test else "train") for k, r in groups.items()}
        pos = {t: 0 for t in THEMES}
        for u in units:
            if split[(u["source"], u["article"])] == "test":
                for t in labels.get(u["id"], []):
                    if t in pos:
                        pos[t] += 1
        score = min(pos.values())
        if best is None or score > best[0]:
            best = (score, salt, split)
        if score >= MIN_TEST_POSITIVES and abs(n / total - TEST_SHARE) < 0.05:
            return split
    return best[2]


def load_existing() -> dict[str, dict]:
    if not OUT.exists():
        return {}
    return {
        r["id"]: r
        for r in (json.loads(x) for x in OUT.read_text(encoding="utf-8").splitlines() if x.strip())
    }


def merge(label_files: list[str]) -> None:
    units = cut_all()
    known = {u["id"] for u in units}
    existing = load_existing()
    labels = {k: r["labels"] for k, r in existing.items()}
    notes = {k: r.get("note", "") for k, r in existing.items()}
    for f in label_files:
        for line in Path(f).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            uid, labs = parts[0].strip(), [x.strip() for x in parts[1].split(",") if x.strip()]
            if uid not in known:
                raise SystemExit(f"unknown unit id {uid} in {f}")
            bad = [x for x in labs if x not in THEMES + [OTHER]]
            if bad or not labs or (OTHER in labs and len(labs) > 1):
                raise SystemExit(f"bad labels {labs} for {uid} in {f}")
            labels[uid] = labs
            notes[uid] = parts[2].strip() if len(parts) > 2 else ""
    split = assign_splits(units, labels)
    # The split is fixed once written: articles already in the file keep their stored split.
    split.update({(r["source"], r["article"]): r["split"] for r in existing.values()})
    order = {t: i for i, t in enumerate(THEMES + [OTHER])}
    rows = []
    for u in units:
        if u["id"] not in labels:
            continue
        rows.append(
            {
                "id": u["id"],
                "source": u["source"],
                "article": u["article"],
                "heading": u["heading"],
                "text": u["text"],
                "labels": sorted(labels[u["id"]], key=order.get),
                "split": split[(u["source"], u["article"])],
                "note": notes.get(u["id"], ""),
            }
        )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    tmp = OUT.with_suffix(".tmp")
    tmp.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    tmp.replace(OUT)
    print(f"{len(rows)} labelled units of {len(units)} cut -> {OUT}")


def main(argv: list[str]) -> None:
    if argv and argv[0] == "merge":
        merge(argv[1:])
        return
    units = cut_all()
    lo, hi = (
        (int(argv[2]), int(argv[3])) if len(argv) >= 4 and argv[1] == "--show" else (0, len(units))
    )
    for i, u in enumerate(units[lo:hi], lo):
        print(f"#{i} {u['id']} {u['source'][:3]} a{u['article']} H[{u['heading']}]")
        print(u["text"])
        print()
    print(f"{len(units)} units", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
