"""The district collection of the held-out set: files as 东城区教育工会 receives them from its schools.

Word (.docx) with Heading 1/2 styles, a table, header and footer; PDF (reportlab, STSong-Light) with
running headers, page markers and hard line breaks; saved web pages; GB18030 / UTF-16 / UTF-8-BOM
text. Names and folders as a district office files them. All text invented (heldout_text.py).
"""

from __future__ import annotations

import datetime as dt
import html
import io
import random
import zipfile
from pathlib import Path

from heldout_text import build_body, fill

SEED = 1129


def art_key(title, body, org, org_type, year, kind, on_topic=True):
    return {"title": title, "org": org, "org_type": org_type, "year": year, "kind": kind, "on_topic": on_topic,
            "first": body[0], "last": body[-1], "body": list(body)}


# ----------------------------------------------------------------------------- Word


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a .docx zip with fixed timestamps so that the file is byte-for-byte reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2023, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def write_docx(path: Path, blocks: list[tuple[str, str]], header: str | None, footer: str | None) -> None:
    """blocks: (kind, text) with kind title | h1 | h2 | p | row (cells split on ' | ') | pagebreak."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    cp = d.core_properties
    cp.created = cp.modified = dt.datetime(2023, 1, 1)
    cp.author = cp.last_modified_by = "工会办公室"
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    table = None
    for kind, text in blocks:
        if kind != "row":
            table = None
        if kind == "title":
            par = d.add_paragraph()
            run = par.add_run(text)
            run.bold = True
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind in ("h1", "h2"):
            d.add_heading(text, level=int(kind[1]))
        elif kind == "p":
            d.add_paragraph(text)
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind == "row":
            cells = text.split(" | ")
            if table is None:
                table = d.add_table(rows=0, cols=len(cells))
                table.style = "Table Grid"
            row = table.add_row()
            for c, t in zip(row.cells, cells):
                c.text = t
    buf = io.BytesIO()
    d.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_fixed_zip(buf.getvalue()))


# ----------------------------------------------------------------------------- PDF


def _wrap(text: str, width: int, first_indent: int = 2) -> list[str]:
    out, cur, w = [], "", width - first_indent
    for ch in text:
        cur += ch
        if len(cur) >= w:
            out.append(cur)
            cur, w = "", width
    if cur:
        out.append(cur)
    return out


def write_pdf(path: Path, title: str, paras: list[str], header: str, marker: str, split_at: str | None = None,
              width: int = 30, per_page: int = 22) -> list[str]:
    """Draw title + paragraphs with hard line breaks; returns the chrome lines drawn (header, markers)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    lines: list[tuple[str, int, int]] = [(title, 16, 1)]  # text, size, centred
    for para in paras:
        if split_at and split_at in para:
            cut = para.index(split_at) + len(split_at)
            first = _wrap(para[:cut], width)
            rest = _wrap(para[cut:], width, first_indent=0)
            wrapped = first + rest
        else:
            wrapped = _wrap(para, width)
        for k, ln in enumerate(wrapped):
            lines.append((("\u3000\u3000" if k == 0 else "") + ln, 12, 0))
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("")
    w, h = A4
    chrome = []
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
    for n, chunk in enumerate(pages, start=1):
        c.setFont("STSong-Light", 9)
        c.drawString(72, h - 50, header)
        chrome.append(header)
        y = h - 90
        for text, size, centred in chunk:
            c.setFont("STSong-Light", size)
            if centred:
                c.drawCentredString(w / 2, y, text)
                y -= 30
            else:
                c.drawString(72, y, text)
                y -= 26
        mk = marker.format(n=n, total=len(pages))
        c.setFont("STSong-Light", 10)
        c.drawCentredString(w / 2, 40, mk)
        chrome.append(mk)
        c.showPage()
    c.save()
    return chrome


# ----------------------------------------------------------------------------- the collection


def make_district(root: Path) -> list[dict]:
    rng = random.Random(SEED)
    keys: list[dict] = []

    def body(org, year, kind, th, style="cn", sign=True, date=None, text_org="same"):
        named = org if text_org == "same" else text_org
        return build_body(rng, org=named, year=year, kind=kind, themes=th, heading_style=style, sign=sign, date=date)

    def txt(rel, title, lines, enc, org, ot, year, kind, extra_articles=(), lead=()):
        text_lines = list(lead) + [title, ""] + ["\u3000\u3000" + x for x in lines]
        arts = [art_key(title, lines, org, ot, year, kind)]
        for t2, l2, o2, ot2, y2, k2 in extra_articles:
            text_lines += ["", "", t2, ""] + ["\u3000\u3000" + x for x in l2]
            arts.append(art_key(t2, l2, o2, ot2, y2, k2))
        data = "\r\n".join(text_lines) + "\r\n"
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if enc == "utf-16":
            p.write_bytes(b"\xff\xfe" + data.encode("utf-16-le"))
        elif enc == "utf-8-sig":
            p.write_bytes(b"\xef\xbb\xbf" + data.encode("utf-8"))
        else:
            p.write_bytes(data.encode(enc))
        keys.append({"source": rel, "style": f"txt-{enc}", "articles": arts, "chrome": list(lead)})

    def docx_file(rel, title, lines, heads, org, ot, year, kind, header, footer, table=None, numbered=False,
                  style="docx"):
        blocks = [("title", title)]
        for j, ln in enumerate(lines):
            blocks.append(("h1" if j in heads else "p", ln))
        key_body = list(lines)
        if table:
            at = heads[-1] if heads else len(lines) - 2
            rows = [("row", r) for r in table]
            pos = next(i for i, b in enumerate(blocks) if b[1] == lines[at]) + 1
            blocks[pos:pos] = rows
            key_body[at + 1 : at + 1] = table
        write_docx(root / rel, blocks, header, footer)
        chrome = [x for x in (header, footer) if x]
        keys.append({"source": rel, "style": style, "articles": [art_key(title, key_body, org, ot, year, kind)],
                     "chrome": chrome})

    def pdf_file(rel, title, lines, org, ot, year, kind, header, marker, split_at=None):
        chrome = write_pdf(root / rel, title, lines, header, marker, split_at=split_at)
        keys.append({"source": rel, "style": "pdf", "articles": [art_key(title, lines, org, ot, year, kind)],
                     "chrome": chrome})

    T = ["维权", "送温暖", "文体活动", "民主管理", "组织建设"]

    # 1. the district's own notice (on topic, kind other)
    notice = ["各基层工会：",
              "为全面了解各校工会一年来的工作情况，请各校工会于2022年12月30日前将本校2022年工会工作总结电子稿报送区教育工会办公室。",
              "总结请按“主要工作、存在问题、明年打算”的顺序撰写，字数控制在三千字以内，文件名注明学校名称。",
              "附件：1.东城实验小学工会2022年度工作总结 2.东城二中工会2022年工作总结及2023年工作计划 3.东城三小工会工作总结",
              "东城区教育工会", "2022年12月5日"]
    docx_file("2022/关于报送2022年工会工作总结的通知.docx", "关于报送2022年工会工作总结的通知", notice, [],
              "东城区教育工会", "education_union", 2022, "other", "东城区教育工会文件", "东教工〔2022〕18号",
              style="docx-notice")

    # 2. attachment 3: school never named in the text; Heading styles without typed numbers; a table
    lines, heads = body("东城三小", 2022, "summary", rng.sample(T, 4), style="plain", text_org=None)
    table = ["月份 | 活动 | 参加人数", "3月 | 女职工插花体验 | 46", "5月 | 教职工趣味运动会 | 88", "12月 | 迎新年联欢会 | 91"]
    docx_file("2022/关于报送2022年工会工作总结的通知-附件3-东城三小.docx", "2022年工会工作总结", lines, heads,
              "东城三小", "school", 2022, "summary", "东城区第三小学工会", "第 1 页", table=table, style="docx-headings")

    # 3. attachment 1 as PDF with page markers, running header, hard breaks and a percentage across lines
    lines, _ = body("东城实验小学", 2022, "summary", rng.sample(T, 4))
    lines.insert(2, "全年征集教代会提案14件，立案9件，均已按期答复，代表对答复的满意率为97.8%，比去年有所提高。")
    pdf_file("2022/附件1：东城实验小学工会2022年度工作总结.pdf", "东城实验小学工会2022年度工作总结", lines,
             "东城实验小学", "school", 2022, "summary", "东城实验小学工会", "— {n} —", split_at="满意率为9")

    # 4. attachment 2: summary and next year's plan pasted into one GB18030 text file
    l1, _ = body("东城二中", 2022, "summary", rng.sample(T, 3))
    l2, _ = body("东城二中", 2023, "plan", rng.sample(T, 3))
    txt("2022/附件2-东城二中工会2022年工作总结及2023年工作计划.txt", "东城二中工会2022年工作总结", l1, "gb18030",
        "东城二中", "school", 2022, "summary",
        extra_articles=[("东城二中工会2023年工作计划", l2, "东城二中", "school", 2023, "plan")])

    # 5. UTF-16 text in a school folder; neither school nor year in the text
    lines, _ = body(None, None, "summary", rng.sample(T, 3), text_org=None)
    txt("2022/东城四小/工会工作总结.txt", "工会工作总结", lines, "utf-16", "东城四小", "school", 2022, "summary")

    # 6. a saved school web page
    lines, heads = body("青柳幼儿园", 2022, "summary", rng.sample(T, 3))
    chrome_top = ["网站首页 | 幼儿园概况 | 保教动态 | 家园共育 | 党建工会", "当前位置：首页 > 党建工会 > 工会工作",
                  "作者：园工会  发布时间：2022-12-26  点击数：208"]
    chrome_end = ["附件：【下载】青柳幼儿园2022年工会工作总结.docx", "【关闭窗口】", "上一篇：青柳幼儿园开展教职工健步走活动",
                  "Copyright © 2022 东城区青柳幼儿园  备案号：京ICP备10020030号"]
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>青柳幼儿园2022年工会工作总结</title></head><body>",
             f"<div class='nav'>{html.escape(chrome_top[0])}</div>", f"<div class='path'>{html.escape(chrome_top[1])}</div>",
             "<h1>青柳幼儿园2022年工会工作总结</h1>", f"<div class='info'>{html.escape(chrome_top[2])}</div>",
             "<div class='article'>"]
    parts += [f"<p>{html.escape(x)}</p>" for x in lines]
    parts += ["</div>"] + [f"<div>{html.escape(x)}</div>" for x in chrome_end] + ["</body></html>"]
    p = root / "2022/青柳幼儿园2022年工会工作总结.html"
    p.write_text("\n".join(parts) + "\n", encoding="utf-8")
    keys.append({"source": "2022/青柳幼儿园2022年工会工作总结.html", "style": "html-school",
                 "articles": [art_key("青柳幼儿园2022年工会工作总结", lines, "青柳幼儿园", "school", 2022, "summary")],
                 "chrome": chrome_top + chrome_end})

    # 7. a plan in a school folder; heading "主要工作" and Word heading styles
    lines, heads = body(None, 2023, "plan", rng.sample(T, 3), style="plain", text_org=None)
    lines.insert(1, "主要工作")
    heads = [1] + [h + 1 for h in heads]
    docx_file("2023/东城三小/2023年工会工作计划.docx", "2023年工会工作计划", lines, heads, "东城三小", "school", 2023,
              "plan", None, "东城区第三小学", style="docx-headings")

    # 8. 工作要点 as PDF (plan), footer page x of y
    lines, _ = body("东城一中", 2023, "plan", rng.sample(T, 4), style="paren")
    pdf_file("2023/东城一中工会2023年工作要点.pdf", "东城一中工会2023年工作要点", lines, "东城一中", "school", 2023, "plan",
             "东城一中工会 二〇二三年工作要点", "第{n}页 共{total}页")

    # 9. the district education union's own work points
    lines, heads = body("东城区教育工会", 2023, "plan", rng.sample(T, 4))
    docx_file("2023/东城区教育工会2023年工作要点.docx", "东城区教育工会2023年工作要点", lines, heads, "东城区教育工会",
              "education_union", 2023, "plan", "东城区教育工会", "— 内部资料 —", style="docx")

    # 10. GB18030 summary whose opening mentions a 工会工作报告 (kind trap)
    lines, _ = body("东城五小", 2021, "summary", rng.sample(T, 3))
    lines[0] = "2021年3月，我校召开三届四次教代会，审议通过了校长工作报告和工会工作报告。一年来，东城五小工会按照会议确定的任务扎实工作，现总结如下："
    txt("2021/东城五小2021年工会工作总结.txt", "东城五小2021年工会工作总结", lines, "gb18030", "东城五小", "school", 2021,
        "summary")

    # 11. a work report to the 教代会 (kind report)
    lines, heads = body("东城三小", 2021, "report", rng.sample(T, 4), style="plain")
    docx_file("2021/东城三小2021年度教代会工会工作报告.docx", "在东城三小三届三次教代会上的工会工作报告", lines, heads,
              "东城三小", "school", 2021, "report", "东城区第三小学工会", None, style="docx-headings")

    # 12. UTF-8 with BOM, 小结, year only from the folder
    lines, _ = body("东城一中", None, "summary", rng.sample(T, 2), style="arabic")
    lines[0] = "上半年，东城一中工会围绕学校中心工作，主要做了以下几件事："
    txt("2021/东城一中/上半年工会工作小结.txt", "上半年工会工作小结", lines, "utf-8-sig", "东城一中", "school", 2021,
        "summary")

    # 13. PDF with a title that puts the year in brackets
    lines, _ = body("东城六小", 2022, "summary", rng.sample(T, 3))
    pdf_file("2022/附件4 东城六小工会工作总结（2022年）.pdf", "东城六小工会工作总结（2022年）", lines, "东城六小", "school",
             2022, "summary", "东城六小工会", "- {n} -")

    # 14. a public-account article saved as HTML
    lines, _ = body("东城二中", 2023, "summary", rng.sample(T, 3), sign=False)
    wx_top = ["原创 东城二中工会 东城二中工会 2023-07-10 10:20 发表于北京", "收录于合集 #工会工作 5个"]
    wx_end = ["阅读 312", "分享 收藏 点赞 在看", "微信扫一扫关注该公众号", "预览时标签不可点"]
    title = "东城二中工会2023年上半年工作总结"
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>" + title + "</title></head><body>",
             f"<h1 class='rich_media_title'>{title}</h1>"]
    parts += [f"<div class='meta'>{html.escape(x)}</div>" for x in wx_top]
    parts += ["<div class='rich_media_content'>"] + [f"<section><span>{html.escape(x)}</span></section>" for x in lines]
    parts += ["</div>"] + [f"<div class='tool'>{html.escape(x)}</div>" for x in wx_end] + ["</body></html>"]
    (root / "2023").mkdir(parents=True, exist_ok=True)
    (root / "2023/东城二中工会2023年上半年工作总结.html").write_text("\n".join(parts) + "\n", encoding="utf-8")
    keys.append({"source": "2023/东城二中工会2023年上半年工作总结.html", "style": "html-wechat",
                 "articles": [art_key(title, lines, "东城二中", "school", 2023, "summary")], "chrome": wx_top + wx_end})

    # 15. vocational school: heading styles, table, header and footer
    lines, heads = body("东城职业学校", 2023, "summary", rng.sample(T, 4), style="plain")
    table = ["项目 | 次数 | 受益人数", "走访慰问 | " + str(rng.randint(20, 40)) + " | " + str(rng.randint(30, 60)),
             "文体活动 | " + str(rng.randint(5, 12)) + " | " + str(rng.randint(200, 400))]
    docx_file("2023/东城职业学校工会2023年工作总结.docx", "东城职业学校工会2023年工作总结", lines, heads, "东城职业学校",
              "school", 2023, "summary", "东城职业学校工会 2023年度总结", "东城职业学校 工会办公室 印", table=table,
              style="docx-headings")

    # 16. UTF-16 text from a school that wrote the year only in the file name
    lines, _ = body("东城七小", None, "summary", rng.sample(T, 3))
    txt("2023/东城七小工会2023年工作总结.txt", "东城七小工会工作总结", lines, "utf-16", "东城七小", "school", 2023,
        "summary")

    # 17. a compilation in Word: cover, table of contents, two school summaries, page breaks
    blocks = [("title", "东城区各校工会工作总结汇编（2022）"), ("p", "目录"),
              ("p", "一、东城八小工会2022年工作总结……1"), ("p", "二、东城九小工会2022年工作总结……4"), ("pagebreak", "")]
    arts = []
    for name in ("东城八小", "东城九小"):
        t = f"{name}工会2022年工作总结"
        ls, hs = body(name, 2022, "summary", rng.sample(T, 3), style="cn")
        blocks.append(("title", t))
        blocks += [("h2" if j in hs else "p", x) for j, x in enumerate(ls)]
        blocks.append(("pagebreak", ""))
        arts.append(art_key(t, ls, name, "school", 2022, "summary"))
    write_docx(root / "汇编/东城区各校工会工作总结汇编（2022）.docx", blocks, "东城区教育工会编印", None)
    keys.append({"source": "汇编/东城区各校工会工作总结汇编（2022）.docx", "style": "docx-compilation", "articles": arts,
                 "chrome": ["东城区教育工会编印", "东城区各校工会工作总结汇编（2022）", "目录",
                            "一、东城八小工会2022年工作总结……1", "二、东城九小工会2022年工作总结……4"]})
    _ = fill
    return keys
