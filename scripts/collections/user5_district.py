"""Write a district officer's inbox as she receives it (session 12, USER5): 清河区, invented.

Seven schools and the district union over three years (2022-2024), 16 files (and 5 more in a zip) as
the senders named them: folders by year and one by school, a zip of a year's folder, `附件2：` names,
`城北二中-2023年工会总结（定稿）.docx`, `新建 Microsoft Word 文档.docx` and the lock file Word leaves
beside it, Word files with a letterhead (page header), auto-numbered lists and a tracked revision,
Word files LibreOffice saved as .doc, .odt and .pdf, a reportlab PDF, a school page saved as GBK
.html, GB18030 text, a summary and next year's plan pasted into one file, an empty .docx and a
corrupt one. The key is the writers' text: it holds neither the tracked insertion nor the numbers Word
draws before the auto-numbered items, so a reader that drops them loses no key line. Every school,
person, number and sentence is invented (the text pools of make_district_collections.py). The files
LibreOffice writes carry its time of writing; the rest are the same bytes each run. Writes the folder
and a key beside it; needs LibreOffice for the converted files (without it they stay .docx, said on
stderr).

    PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/collections/user5_district.py --out /work/local/user5
"""

from __future__ import annotations

import argparse
import io
import random
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_district_collections as dc  # the district writers and text pools

SITE = {  # a school site's saved page
    "head": ["{school}", "首页 | 学校概况 | 工会园地 | 党建工作", "您现在的位置：首页 > 工会园地"],
    "meta": "作者：校工会　来源：本站原创　更新时间：{date}　点击：{hits}",
    "tail": ["上一篇：{prev}", "下一篇：{next}", "Copyright © {school}　地址：{addr}"],
}


def _revise(path: Path, deleted: str, inserted: str) -> None:
    """Add a tracked revision (one deleted and one inserted run) to the docx's second paragraph,
    as a sender's Word keeps it when she did not accept the changes."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document(str(path))
    p = d.paragraphs[2]._p
    for tag, text in (("w:del", deleted), ("w:ins", inserted)):
        el = OxmlElement(tag)
        el.set(qn("w:id"), "1" if tag == "w:del" else "2")
        el.set(qn("w:author"), "user")
        el.set(qn("w:date"), "2024-01-01T00:00:00Z")
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if tag == "w:del" else "w:t")
        t.text = text
        r.append(t)
        el.append(r)
        p.append(el)
    _save(d, path)


def _numbered_list(path: Path, items: list[str]) -> None:
    """Append Word auto-numbered items (style List Number: the numbers are Word's, not typed)."""
    import docx

    d = docx.Document(str(path))
    d.add_paragraph("附：下一步工作重点", style="Heading 1" if "Heading 1" in d.styles else None)
    for item in items:
        d.add_paragraph(item, style="List Number")
    _save(d, path)


def _save(d, path: Path) -> None:
    """The document saved with fixed zip dates, as the other writers' (the same bytes each run)."""
    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(dc._deterministic_zip(buf.getvalue()))


def _convert(path: Path, fmt: str) -> Path:
    """LibreOffice's conversion of ``path`` to ``fmt`` beside it; the .docx removed."""
    if not shutil.which("libreoffice"):
        print(f"no LibreOffice: {path.name} stays .docx", file=sys.stderr)
        return path
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["libreoffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
             "--convert-to", fmt, "--outdir", tmp, str(path)],
            check=True, capture_output=True, timeout=120,
        )
        made = Path(tmp) / (path.stem + "." + fmt)
        target = path.with_suffix("." + fmt)
        shutil.move(str(made), target)
    path.unlink()
    return target


def inbox(root: Path) -> dc.Collection:
    c = dc.Collection(root, "district_qinghe")
    rng = random.Random(20261201)
    converted: dict[str, str] = {}

    def convert(rel: str, fmt: str) -> None:
        new = _convert(c.path(rel), fmt)
        converted[rel] = str(new.relative_to(c.dir))

    # ---- 2022年/ : the year's folder as she filed it
    a = dc.summary(rng, title="阳光小学2022年工会工作总结", org="阳光小学", year=2022, table=True)
    c.docx("2022年/阳光小学2022年工会工作总结.docx", a, styled=True, header="清河区阳光小学工会委员会")
    a = dc.summary(rng, title="育才中学工会2022年工作总结", org="育才中学", year=2022)
    c.docx("2022年/附件2：育才中学工会2022年工作总结.docx", a, styled=False, header=None)
    convert("2022年/附件2：育才中学工会2022年工作总结.docx", "doc")
    a = dc.summary(rng, title="城南一中工会2022年工作总结", org="城南一中", year=2022)
    c.docx("2022年/城南一中工会2022年工作总结.docx", a, styled=True, header="城南一中")
    convert("2022年/城南一中工会2022年工作总结.docx", "pdf")
    a = dc.summary(rng, title="新华路小学2022年工会工作总结", org="新华路小学", year=2022)
    c.html("2022年/新华路小学2022年工会工作总结 - 新华路小学.html", a, site=SITE, school="清河区新华路小学",
           date="2022-12-28", prev="教师节慰问活动", nxt="迎新年趣味运动会", addr="清河区新华路18号",
           charset="gbk")
    a = dc.summary(rng, title="2022年工会工作总结", org="清河区实验幼儿园", year=2022, we="我园", we_full="我园")
    c.txt("2022年/实验幼儿园/2022年工会工作总结.txt", [a], encoding="gb18030", crlf=True, indent="　　")

    # ---- 城北二中/ : one school's folder, its files named by year only
    a = dc.summary(rng, title="2022年工会工作总结", org="城北二中", year=2022, we_full="学校")
    c.docx("城北二中/2022年工会工作总结.docx", a, styled=False, header="城北二中工会")

    # ---- 2023年/
    a = dc.summary(rng, title="城北二中2023年工会工作总结", org="城北二中", year=2023, table=True)
    c.docx("2023年/城北二中-2023年工会总结（定稿）.docx", a, styled=True, header="清河区城北第二中学工会")
    _revise(c.path("2023年/城北二中-2023年工会总结（定稿）.docx"), "（此句已删除）", "经校长办公会研究，")
    a = dc.summary(rng, title="明德小学2023年工会工作总结", org="明德小学", year=2023)
    c.docx("2023年/新建 Microsoft Word 文档.docx", a, styled=False, header=None)
    # the owner file Word leaves beside an open document (162 bytes, the user's name inside)
    c.path("2023年/~$建 Microsoft Word 文档.docx").write_bytes(b"\x04user" + b"\x00" * 157)
    a = dc.summary(rng, title="阳光小学2023年工会工作总结", org="阳光小学", year=2023)
    c.docx("2023年/阳光小学2023年工会工作总结.docx", a, styled=True, header=None)
    convert("2023年/阳光小学2023年工会工作总结.docx", "odt")
    a = dc.summary(rng, title="育才中学工会2023年工作总结", org="育才中学", year=2023)
    p = dc.plan(rng, title="育才中学工会2024年工作计划", org="育才中学", year=2024, sign="育才中学工会")
    c.txt("2023年/育才中学2023年总结及2024年计划.txt", [a, p], encoding="gb18030", crlf=True)
    a = dc.summary(rng, title="城南一中工会2023年工作总结", org="城南一中", year=2023)
    c.pdf("2023年/城南一中工会2023年工作总结.pdf", a, marker="— {n} —", running=None)
    a = dc.union_article(rng, title="清河区教育工会2023年工作总结", org="清河区教育工会", year=2023,
                         kind="summary")
    c.docx("2023年/附件1：清河区教育工会2023年工作总结.docx", a, styled=True, header="清河区教育工会")
    _numbered_list(c.path("2023年/附件1：清河区教育工会2023年工作总结.docx"),
                   ["深化教代会制度建设，提高提案办理质量。", "做实困难教职工帮扶，建立动态台账。",
                    "办好第三届教职工运动会。"])

    # ---- 2024年/ : sent as a zip of the folder; the folder itself is not kept
    zipped = []
    for org, year, we in (("阳光小学", 2024, "我校"), ("新华路小学", 2024, "我校"), ("明德小学", 2024, "我校"),
                          ("城北二中", 2024, "我校"), ("清河区实验幼儿园", 2024, "我园")):
        a = dc.summary(rng, title=f"{year}年工会工作总结", org=org, year=year, we=we,
                       we_full="我园" if we == "我园" else None)
        rel = f"2024年/{org}/工会工作总结.docx"
        c.docx(rel, a, styled=rng.random() < 0.5, header=None)
        zipped.append(rel)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for rel in zipped:
            info = zipfile.ZipInfo(rel, date_time=dc.FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, c.path(rel).read_bytes())
    c.path("2024年各校工会总结.zip").write_bytes(buf.getvalue())
    shutil.rmtree(c.dir / "2024年")
    for row in c.rows:
        if row["source"] in zipped:
            row["source"] = "2024年各校工会总结.zip/" + row["source"]

    # ---- the broken ones
    c.path("2024年材料/附件3：城南一中2024年工会工作总结.docx").write_bytes(b"")
    c.add("2024年材料/附件3：城南一中2024年工会工作总结.docx", "empty", [])
    c.path("2024年材料/育才中学2024年工会工作总结.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 60)
    c.add("2024年材料/育才中学2024年工会工作总结.docx", "broken_docx", [])
    for row in c.rows:
        if row["source"] in converted:
            row["source"] = converted[row["source"]]
            row["style"] = "libreoffice_" + Path(row["source"]).suffix[1:]  # the style the scorer reports by
    return c


def write_inbox(argv: list[str] | None, build, folder: str, description: str) -> int:
    """The command line of an inbox generator: --out, BUILD(out) writes FOLDER, then its key; one line said."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, required=True, help=f"folder to hold {folder}/ and its key")
    args = parser.parse_args(argv)
    c = build(args.out)
    c.write_key()
    files = sorted(p for p in c.dir.rglob("*") if p.is_file())
    print(f"{c.dir}: {len(files)} files, {sum(len(r['articles']) for r in c.rows)} articles -> {c.key_path.name}")
    return 0


def main(argv: list[str] | None = None) -> int:
    return write_inbox(argv, inbox, "district_qinghe", __doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
