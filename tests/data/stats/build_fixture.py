"""Build the statistics fixture corpus: 4 organisations x 3 years x (summary, plan) + special cases.

Run `python tests/data/stats/build_fixture.py` to rewrite documents.parquet, sections.parquet,
problems.csv and profile.csv beside this file. Every article has one section per theme whose
length is (share x 1000) characters, so the hand-chosen shares below are the real profile.

Design (shares of 维权, 送温暖, 文体活动, 民主管理, 其他; a plan moves 0.1 from 其他 to 民主管理):
  A 平安路小学 (school):        维权 0.2/0.3/0.4 in 2018/2019/2020, 送温暖 0.2, 文体 0.2, 民主 0.1
  B 实验中学 (school):          0.1, 0.4, 0.2, 0.1, 0.2
  C 城南小学 (school):          0.1, 0.1, 0.5, 0.1, 0.2
  D 新区教育工会 (education_union): 0.3, 0.1, 0.0, 0.3, 0.3   (never 文体活动)
Special cases: an off-topic article (A, 2019), a near-duplicate of A's 2018 summary (all 维权),
one article without a year from a fifth school E 河西小学 (a group too small to compare), and
a title with a <script> tag (C's 2019 summary) for the escaping test.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from unionmine.schema import DOCUMENTS, SECTIONS, THEMES
from unionmine.store.tables import write_csv, write_parquet

ALL = [*THEMES, "其他"]
PHRASES = {
    "维权": "维护教职工合法权益,开展工资集体协商,签订集体合同。",
    "送温暖": "走访慰问困难教职工,看望生病住院的退休教师。",
    "文体活动": "组织教职工开展羽毛球比赛和登山活动。",
    "民主管理": "召开教代会审议提案,推进校务公开和民主评议。",
    "其他": "组织政治学习,加强师德师风建设。",
}
ORGS = {
    "A": ("平安路小学", "school", "青蓝工程"),
    "B": ("实验中学", "school", "书香校园"),
    "C": ("城南小学", "school", "阳光体育"),
    "D": ("新区教育工会", "education_union", "基层工会"),
    "E": ("河西小学", "school", "河西特色"),
}
BASE = {
    "A": [None, 0.2, 0.2, 0.1],
    "B": [0.1, 0.4, 0.2, 0.1],
    "C": [0.1, 0.1, 0.5, 0.1],
    "D": [0.3, 0.1, 0.0, 0.3],
}
A_RIGHTS = {2018: 0.2, 2019: 0.3, 2020: 0.4}
KIND_NAME = {"summary": "工作总结", "plan": "工作计划", "other": "宿舍管理报告"}


def fill(phrase: str, n: int) -> str:
    """Exactly N characters made of PHRASE repeated."""
    return (phrase * (n // len(phrase) + 1))[:n]


def shares_for(key: str, year: int, kind: str) -> list[float]:
    base = list(BASE[key])
    if key == "A":
        base[0] = A_RIGHTS[year]
    if kind == "plan":
        base[3] += 0.1
    return [*base, round(1 - sum(base), 10)]


def build() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    docs, secs, prof = [], [], []

    def add(key, year, kind, shares, *, on_topic=True, duplicate_of=None, title=None, doc_id=None):
        org, org_type, special = ORGS[key]
        doc_id = doc_id or f"{key}-{year or 'x'}-{kind}"
        title = title or f"{org}{year or ''}年工会{KIND_NAME[kind]}"
        parts = []
        for i, (theme, share) in enumerate(zip(ALL, shares), start=1):
            n = round(share * 1000)
            if not n:
                continue
            phrase = PHRASES[theme] + (special + "。" if theme == "其他" else "")
            heading = f"{'一二三四五'[i - 1]}、{theme}工作"
            body = fill(phrase, n)
            parts.append(heading + "\n" + body)
            secs.append(
                {"doc_id": doc_id, "section_id": f"{doc_id}/{i}", "parent_id": None, "level": 1,
                 "heading": heading, "text": body, "n_chars": n, "labels": [theme],
                 **{f"score_{t}": float(t == theme) for t in THEMES}}
            )
        text = "\n".join(parts)
        docs.append(
            {"doc_id": doc_id, "source": f"{key}/{doc_id}.txt", "article": 1, "title": title, "org": org,
             "org_type": org_type, "year": year, "year_source": "title" if year else None, "kind": kind,
             "on_topic": on_topic, "duplicate_of": duplicate_of, "encoding": "utf-8", "n_chars": len(text),
             "text": text, "original_text": text, "content_hash": f"h-{doc_id}"}
        )
        prof.append({"doc_id": doc_id, **dict(zip(ALL, shares))})

    for key in "ABCD":
        for year in (2018, 2019, 2020):
            for kind in ("summary", "plan"):
                title = None
                if (key, year, kind) == ("C", 2019, "summary"):
                    title = "城南小学2019年工会工作总结<script>window.__xss=1</script>"
                add(key, year, kind, shares_for(key, year, kind), title=title)
    add("A", 2019, "other", [0, 0, 0, 0, 1.0], on_topic=False)
    add("A", 2018, "summary", [1.0, 0, 0, 0, 0], duplicate_of="A-2018-summary", doc_id="A-2018-summary-copy")
    add("E", None, "summary", [0.5, 0.1, 0.1, 0.1, 0.2])
    documents = pd.DataFrame(docs)
    documents["year"] = documents["year"].astype("Int64")
    return documents, pd.DataFrame(secs), pd.DataFrame(prof)


def main() -> None:
    documents, sections, profile = build()
    write_parquet(documents, HERE / "documents.parquet", DOCUMENTS)
    write_parquet(sections, HERE / "sections.parquet", SECTIONS)
    write_csv(profile, HERE / "profile.csv")
    problems = pd.DataFrame(
        [{"source": "F/损坏的文件.doc", "stage": "read", "reason": "文件已损坏,无法打开(不是有效的 Word 文件)"}]
    )
    write_csv(problems, HERE / "problems.csv")


if __name__ == "__main__":
    main()
