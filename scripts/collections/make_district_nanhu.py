"""Write the third district-style development collection corpus/dev/district_nanhu/ and its key.

Folders by year, then by school, as a district education union (南湖区教育工会, invented) keeps
what its schools send: schools that go by short names (城东三小, 十一中, 实验二小, 师大附小,
城南二十三中), documents whose text never names the school or the year (the folder does),
PDFs whose running header repeats the title, years as 二〇二三年, 2022-2023学年度 or 2021学年,
a half-year summary, Word files with heading styles, GB18030 and UTF-16 text, `附件2：` names.
Every school, person, number and sentence is invented; the writers and text pools are those of
scripts/collections/make_district_collections.py. Deterministic.

    PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/collections/make_district_nanhu.py [--out corpus/dev] [--check]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_district_collections as dc  # the district writers and text pools

SITE_C = {  # a school site of the kind the district's schools use
    "head": [
        "{school}",
        "首页 | 学校简介 | 工会之窗 | 教学科研 | 校园文化",
        "当前位置：首页 > 工会之窗",
    ],
    "meta": "发布人：工会办公室　发布时间：{date}　浏览：{hits}次",
    "tail": ["【打印】【关闭】", "上一篇：{prev}", "下一篇：{next}", "版权所有 {school}　地址：{addr}"],
}


def nanhu(root: Path) -> dc.Collection:
    c = dc.Collection(root, "district_nanhu")
    rng = random.Random(20261130)
    school = "school"

    # ---- 2021
    a = dc.summary(rng, title="幼儿园工会工作总结", org="桂苑幼儿园", year=2021, we="我园", we_full="我园",
                   text_year=False)
    c.txt("2021/桂苑幼儿园/幼儿园工会工作总结.txt", [a], encoding="gb18030", crlf=True, indent="　　")
    p = dc.plan(rng, title="2022年工会工作计划", org="桂苑幼儿园", year=2022, we="我园", we_full="我园",
                sign="桂苑幼儿园工会")
    c.docx("2021/桂苑幼儿园/2022年工作计划.docx", p, styled=True, header=None)
    a = dc.summary(rng, title="城东三小2021年工会工作总结", org="城东三小", year=2021, pdf_rate=True)
    c.pdf("2021/城东三小/城东三小2021年工会工作总结.pdf", a, marker="— {n} —", running="城东三小2021年工会工作总结")
    a = dc.summary(rng, title="工会工作总结", org="十一中", year=2021, we_full="学校", text_year=False)
    c.docx("2021/十一中/工会工作总结（定稿）.docx", a, styled=False, header="十一中工会")
    a = dc.summary(rng, title="师大附小2021学年工会工作总结", org="师大附小", year=2021)
    c.txt("2021/师大附小/师大附小2021学年工会工作总结.txt", [a])

    # ---- 2022
    a = dc.summary(rng, title="2022年工会工作总结", org="城东三小", year=2022, we_full="学校", table=True)
    c.docx("2022/城东三小/工会工作总结.docx", a, styled=True, header=None, outline=True)
    a = dc.summary(rng, title="十一中工会2022年工作总结", org="十一中", year=2022)
    c.pdf("2022/十一中/十一中工会2022年工作总结.pdf", a, marker="第{n}页 共{total}页",
          running="十一中工会2022年工作总结")
    p = dc.plan(rng, title="十一中工会2022-2023学年度第一学期工作计划", org="十一中", year=2022, months=False)
    c.txt("2022/十一中/附件2：十一中工会2022-2023学年度第一学期工作计划.txt", [p], encoding="utf-16",
          before=("附件2", ""))
    c.rows[-1]["chrome"] = ["附件2"]
    a = dc.summary(rng, title="师大附小工会2022年工作总结", org="师大附小", year=2022)
    c.html("2022/师大附小/工作总结.html", a, site=SITE_C, school="南湖区师大附小", date="2022-12-30",
           prev="教师节慰问活动简报", nxt="冬季教职工趣味运动会", addr="南湖区学府路8号")
    a = dc.union_article(rng, title="南湖区教育工会2022年工作总结", org="南湖区教育工会", year=2022,
                         kind="summary")
    c.pdf("2022/南湖区教育工会/南湖区教育工会2022年工作总结.pdf", a, marker="- {n} -",
          running="南湖区教育工会2022年工作总结")

    # ---- 2023
    a = dc.summary(rng, title="实验二小2023年工会工作总结", org="实验二小", year=2023)
    c.docx("2023/实验二小/实验二小2023年工会工作总结.docx", a, styled=False, header="实验二小工会")
    p = dc.plan(rng, title="二〇二三年工会工作要点", org="实验二小", year=2023, we_full="学校")
    c.docx("2023/实验二小/二〇二三年工会工作要点.docx", p, styled=True, header=None)
    a = dc.summary(rng, title="工会上半年工作总结", org="城南二十三中", year=2023, we_full="学校",
                   text_year=False, date=False)
    a.blocks.append(("end", f"2023年7月{rng.randint(3, 20)}日"))
    c.txt("2023/城南二十三中/工会上半年工作总结.txt", [a], encoding="gb18030", indent="　　")
    a = dc.summary(rng, title="2023年工会工作总结", org="城南二十三中", year=2023, we_full="学校")
    c.pdf("2023/城南二十三中/2023年工会工作总结.pdf", a, marker="— {n} —", running="2023年工会工作总结")
    a = dc.union_article(rng, title="南湖区教育工会2023年工作总结", org="南湖区教育工会", year=2023,
                         kind="summary")
    c.docx("2023/南湖区教育工会/南湖区教育工会2023年工作总结.docx", a, styled=True, header="南湖区教育工会")
    p = dc.union_article(rng, title="南湖区教育工会2024年工作要点", org="南湖区教育工会", year=2024, kind="plan")
    c.txt("2023/南湖区教育工会/2024年工作要点.txt", [p])
    for row in c.rows:
        for art in row["articles"]:
            assert art["org_type"] in (school, "education_union")
    return c


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=dc.ROOT / "corpus" / "dev")
    parser.add_argument("--check", action="store_true", help="re-read every file and verify the key")
    args = parser.parse_args(argv)
    c = nanhu(args.out)
    c.write_key()
    print(f"{c.dir}: {len(c.rows)} files, {sum(len(r['articles']) for r in c.rows)} articles -> {c.key_path.name}")
    errors = dc.check(c) if args.check else []
    # the check reads a PDF without its chrome lines; a running header that repeats the title
    # takes the title with it there, while the title is on page 1 all the same
    titles = {a["title"] for r in c.rows for a in r["articles"] if a["title"] in r["chrome"]}
    errors = [e for e in errors if not any(e.endswith(f"line missing: {t[:30]}") for t in titles)]
    for e in errors:
        print("CHECK:", e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
