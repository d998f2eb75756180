"""district_xiangshan: files as a district union (香山区总工会, invented) receives them from schools,
kindergartens, a vocational school, a college, hospitals, enterprises, an agency, a street, a town and
a science park. Word (heading styles, tables, headers and footers), PDF (running headers, page markers,
hard line breaks), saved HTML, GB18030 / UTF-16 / UTF-8-BOM text. All text invented."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

from heldout3_text import Article, doc, report, sections

BREAK = "\x00"  # a forced line break inside a paragraph (a PDF or text copy broken by layout)


def clean(text: str) -> str:
    return text.replace(BREAK, "")


@dataclass
class DFile:
    source: str
    blocks: list[tuple]            # (role, text or rows); role: title, h1, h2, p, table, chrome, pagebreak
    articles: list[Article]
    fmt: str                       # docx, pdf, txt, html
    encoding: str = "utf-8"
    header: str | None = None      # Word header / PDF running header
    footer: str | None = None      # Word footer
    marker: str | None = None      # PDF page marker, '{n}' and '{total}' filled in
    chrome: list[str] = field(default_factory=list)  # other chrome lines (txt/html)
    per_page: int = 34
    width: int = 33

    # -------------------------------------------------------------------------------------------
    def key(self) -> dict:
        chrome = list(self.chrome)
        if self.header:
            chrome.append(self.header)
        if self.footer:
            chrome.append(self.footer)
        chrome += [m for m in self._markers() if m not in chrome]
        for role, text in self.blocks:
            if role == "chrome" and text not in chrome:
                chrome.append(text)
        return {"source": self.source, "style": self.fmt, "articles": [a.key() for a in self.articles],
                "chrome": chrome}

    def _markers(self) -> list[str]:
        if self.fmt == "pdf":
            n = len(self._pdf_pages())
            return [self.marker.format(n=i + 1, total=n) for i in range(n)]
        return []

    def write(self, folder: Path) -> None:
        path = folder / self.source
        path.parent.mkdir(parents=True, exist_ok=True)
        getattr(self, "_write_" + self.fmt)(path)

    # -------------------------------------------------------------------------------------------
    def _write_txt(self, path: Path) -> None:
        lines = []
        for role, text in self.blocks:
            if role == "table":
                lines += [" | ".join(r) for r in text]
            elif role != "pagebreak":
                lines += text.split(BREAK)
        body = "\r\n".join(lines) + "\r\n"
        if self.encoding == "utf-16":
            path.write_bytes(b"\xff\xfe" + body.encode("utf-16-le"))
        else:
            path.write_bytes(body.encode(self.encoding))

    def _write_html(self, path: Path) -> None:
        parts = []
        for role, text in self.blocks:
            t = html.escape(clean(text), quote=False) if isinstance(text, str) else ""
            if role == "title":
                parts.append(f"<h1>{t}</h1>")
            elif role in ("h1", "h2"):
                parts.append(f"<p><strong>{t}</strong></p>")
            elif role == "chrome":
                parts.append(f'<div class="bar">{t}</div>')
            elif role == "p":
                parts.append(f"<p>{t}</p>")
        charset = "gb18030" if self.encoding == "gb18030" else "utf-8"
        doc_html = ("<!DOCTYPE html>\n<html>\n<head>\n"
                    f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                    f"<title>{html.escape(Path(self.source).stem, quote=False)}</title>\n</head>\n<body>\n"
                    '<div id="page">\n' + "\n".join(parts) + "\n</div>\n</body>\n</html>\n")
        path.write_bytes(doc_html.encode(self.encoding))

    def _write_docx(self, path: Path) -> None:
        import docx
        from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

        d = docx.Document()
        sec = d.sections[0]
        if self.header:
            sec.header.paragraphs[0].text = self.header
        if self.footer:
            sec.footer.paragraphs[0].text = self.footer
        for role, text in self.blocks:
            if role == "title":
                p = d.add_paragraph(style="Title")
                p.add_run(text)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif role == "btitle":  # a title typed as a bold centred Normal paragraph
                p = d.add_paragraph()
                p.add_run(text).bold = True
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif role == "h1":
                d.add_heading(text, level=1)
            elif role == "h2":
                d.add_heading(text, level=2)
            elif role == "table":
                table = d.add_table(rows=len(text), cols=len(text[0]))
                table.style = "Table Grid"
                for r, row in enumerate(text):
                    for c, cell in enumerate(row):
                        table.cell(r, c).text = cell
            elif role == "pagebreak":
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            else:
                d.add_paragraph(text)
        d.core_properties.author = "香山区总工会"
        d.save(str(path))
        _fix_zip_times(path)

    # -------------------------------------------------------------------------------------------
    def _pdf_lines(self) -> list[tuple[str, str]]:
        out = []
        for role, text in self.blocks:
            if role == "title":
                out += [("title", t) for t in text.split(BREAK)]
                continue
            pieces = text.split(BREAK)
            for k, piece in enumerate(pieces):
                first = k == 0
                line = ("　　" if first and role == "p" else "") + piece
                while len(line) > self.width:
                    out.append(("p", line[: self.width]))
                    line = line[self.width:]
                out.append(("p", line))
        return out

    def _pdf_pages(self) -> list[list[tuple[str, str]]]:
        lines = self._pdf_lines()
        return [lines[i: i + self.per_page] for i in range(0, len(lines), self.per_page)]

    def _write_pdf(self, path: Path) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas

        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        c = canvas.Canvas(str(path), invariant=1)
        c.setAuthor("")
        pages_ = self._pdf_pages()
        for i, page in enumerate(pages_):
            if self.header:
                c.setFont("STSong-Light", 9)
                c.drawString(72, 800, self.header)
            y = 760
            for role, text in page:
                if role == "title":
                    c.setFont("STSong-Light", 16)
                    c.drawCentredString(297, y, text)
                    y -= 28
                else:
                    c.setFont("STSong-Light", 12)
                    c.drawString(72, y, text)
                    y -= 20
            c.setFont("STSong-Light", 10)
            c.drawCentredString(297, 40, self.marker.format(n=i + 1, total=len(pages_)))
            c.showPage()
        c.save()


def _fix_zip_times(path: Path) -> None:
    """Give every member of a saved .docx the same timestamp, so that the bytes do not change
    from one run to the next."""
    import io
    import zipfile

    with zipfile.ZipFile(path) as src:
        members = [(info, src.read(info)) for info in src.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info, data in members:
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, data)
    path.write_bytes(buf.getvalue())


def _art(title, body, org, org_type, year, kind, on_topic=True) -> Article:
    return Article(title, [clean(b) for b in body], org, org_type, year, kind, on_topic, title_line=title)


def _blocks(title, body, *, headings=None, title_role="title") -> list[tuple]:
    """Body lines as paragraphs; lines in HEADINGS (level 1 or 2 by a leading marker) as heading blocks."""
    out = [(title_role, title)]
    for b in body:
        if headings and b in headings:
            out.append((headings[b], b))
        else:
            out.append(("p", b))
    return out


def district_files() -> list[DFile]:
    files: list[DFile] = []

    # D1 -- Word: Title style, Heading 2 sections with no typed numbers, a table, header and footer
    sec = sections("D1", "school", "past", 4, numbered="none", paras=1)
    rows = [["月份", "活动", "参加人数"], ["3月", "教职工气排球赛", "46"], ["5月", "青年教师读书分享会", "28"],
            ["10月", "退休教师重阳座谈", "19"], ["12月", "迎新年趣味运动会", "73"]]
    body = ["2023年，学校工会在学校党支部和区教育工会的领导下，围绕“教工之家”建设，努力为教职工办实事、做好事。现将一年来的工作总结如下："]
    body += sec[:4]
    body += ["全年主要活动安排及参加人数见下表："]
    table_lines = [" | ".join(r) for r in rows]
    body_key = body + table_lines + sec[4:] + ["我们将认真总结经验，查找不足，在新的一年里把工会工作做得更实更细。",
                                               "香山第三小学工会", "2023年12月28日"]
    heads = {h: "h2" for h in sec[0::2]}
    blocks = _blocks("香山第三小学工会2023年度工作总结", body, headings=heads)
    blocks.append(("table", rows))
    for b in body_key[len(body) + len(table_lines):]:
        blocks.append((heads.get(b, "p"), b))
    files.append(DFile("2023/附件2：香山第三小学工会2023年度工作总结.docx", blocks,
                       [_art("香山第三小学工会2023年度工作总结", body_key, "香山第三小学", "school", 2023, "summary")],
                       "docx", header="香山区教育系统 工会材料汇编", footer="香山区总工会 印制"))

    # D2 -- GB18030 text; school and year only in the folder names
    body = doc("D2", "school", "学校工会", "一年来", "past", count=4, variant=2,
               sign=["学校工会", "十二月二十六日"])
    files.append(DFile("2023/香山实验中学/工会工作总结.txt", _blocks("工会工作总结", body),
                       [_art("工会工作总结", body, "香山实验中学", "school", 2023, "summary")], "txt", "gb18030"))

    # D3 -- PDF: running header, '— n —' markers, lines broken by layout, a percentage broken as 9 / 6.5%
    body = doc("D3", "school", "学校工会", "2023年", "past", count=4, variant=2, sign=["香山区职业技术学校工会",
                                                                                     "2024年1月8日"])
    body.insert(1, "年底开展的教职工满意度测评中，对工会工作表示满意的比例为9" + BREAK
                + "6.5%，比上年提高了2.1个百分点。")
    files.append(DFile("2023/附件5：香山区职业技术学校工会2023年工作总结.pdf",
                       _blocks("香山区职业技术学校工会2023年工作总结", body),
                       [_art("香山区职业技术学校工会2023年工作总结", body, "香山区职业技术学校", "school", 2023,
                             "summary")], "pdf", header="职校工会 年度材料", marker="— {n} —", per_page=30))

    # D4 -- Word plan with Heading 1 sections and a month table
    sec = sections("D4", "kinder", "plan", 3, numbered="none", paras=1)
    rows = [["时间", "工作内容"], ["二月", "开学慰问，制订工会工作计划"], ["三月", "“三八”节女教职工活动"],
            ["六月", "教职工趣味运动会"], ["九月", "教师节庆祝，新教职工入会"], ["十二月", "工会工作总结，迎新年联欢"]]
    opening = "2024年，幼儿园工会将在园党支部和区教育工会的领导下，以建设温馨的“教工之家”为目标，结合保教工作实际，制定本计划。"
    close = ["香山第二幼儿园工会", "2024年2月26日"]
    body_key = [opening] + sec + ["附：全年主要工作安排"] + [" | ".join(r) for r in rows] + close
    heads = {h: "h1" for h in sec[0::2]}
    blocks = _blocks("香山第二幼儿园工会2024年工作计划", [opening] + sec + ["附：全年主要工作安排"], headings=heads,
                     title_role="btitle")
    blocks += [("table", rows), ("p", close[0]), ("p", close[1])]
    files.append(DFile("2024/香山第二幼儿园工会2024年工作计划.docx", blocks,
                       [_art("香山第二幼儿园工会2024年工作计划", body_key, "香山第二幼儿园", "school", 2024, "plan")],
                       "docx", header="香山第二幼儿园", footer="内部资料 注意保存"))

    # D5 -- PDF 工作要点 with '- n -' markers and a running header
    body = doc("D5", "hospital", "院工会", "2024年", "plan", count=4, numbered="cn", paras=2, variant=0)
    files.append(DFile("2024/附件1：香山区人民医院工会2024年工作要点.pdf",
                       _blocks("香山区人民医院工会2024年工作要点", body),
                       [_art("香山区人民医院工会2024年工作要点", body, "香山区人民医院", "other", 2024, "plan")],
                       "pdf", header="香山区人民医院 党群工作部", marker="- {n} -", per_page=32))

    # D6 -- a school page saved as HTML in GB18030: nav, meta, download line
    body = doc("D6", "school", "学校工会", "2022-2023学年", "past", count=4, variant=3, next_period="新学年")
    chrome = ["网站首页 | 学校概况 | 教师发展 | 工会之家 | 校园新闻", "当前位置：首页 >> 工会之家",
              "发布时间：2023-07-05  作者：工会办  浏览：207次", "附件下载：2022-2023学年工会工作总结.doc",
              "香樟路小学 版权所有"]
    blocks = [("chrome", chrome[0]), ("chrome", chrome[1]), ("title", "香樟路小学2022-2023学年工会工作总结"),
              ("chrome", chrome[2])] + [("p", b) for b in body] + [("chrome", chrome[3]), ("chrome", chrome[4])]
    files.append(DFile("各校报送/香樟路小学/2022-2023学年工会工作总结.html", blocks,
                       [_art("香樟路小学2022-2023学年工会工作总结", body, "香樟路小学", "school", 2022, "summary")],  # start year
                       "html", "gb18030"))

    # D7 -- UTF-16 text: a summary and next year's plan pasted into one file
    s_body = doc("D7a", "school", "学校工会", "2023年", "past", count=3, variant=0,
                 sign=["香山第一中学工会", "2023年12月29日"])
    p_body = doc("D7b", "school", "学校工会", "2024年", "plan", count=3, variant=1, start=1,
                 sign=["香山第一中学工会", "2024年1月2日"])
    blocks = _blocks("香山第一中学工会2023年工作总结", s_body) + _blocks("香山第一中学工会2024年工作计划", p_body)
    files.append(DFile("各校报送/香山第一中学工会2023年工作总结及2024年工作计划.txt", blocks,
                       [_art("香山第一中学工会2023年工作总结", s_body, "香山第一中学", "school", 2023, "summary"),
                        _art("香山第一中学工会2024年工作计划", p_body, "香山第一中学", "school", 2024, "plan")],
                       "txt", "utf-16"))

    # D8 -- Word, street union, typed numbers in Normal paragraphs, a statistics table
    body = doc("D8", "street", "香山街道总工会", "2023年", "past", count=4, paras=2, variant=1)
    rows = [["指标", "2022年", "2023年"], ["基层工会（个）", "126", "141"], ["会员（人）", "9860", "10735"],
            ["集体合同覆盖企业（家）", "388", "412"]]
    body_key = body[:-1] + [" | ".join(r) for r in rows] + body[-1:] + ["香山街道总工会", "2024年1月15日"]
    blocks = _blocks("香山街道总工会2023年工作总结", body[:-1], title_role="btitle") + [("table", rows)] + \
        [("p", body[-1]), ("p", "香山街道总工会"), ("p", "2024年1月15日")]
    files.append(DFile("香山街道总工会2023年工作总结.docx", blocks,
                       [_art("香山街道总工会2023年工作总结", body_key, "香山街道总工会", "other", 2023, "summary")],
                       "docx"))

    # D9 -- UTF-8-BOM text, an agency's union
    body = doc("D9", "agency", "局机关工会", "2023年", "past", count=3, numbered="cn", variant=2,
               sign=["香山区教育局机关工会", "2023年12月20日"])
    files.append(DFile("2023/香山区教育局机关工会2023年度工作总结.txt",
                       _blocks("香山区教育局机关工会2023年度工作总结", body),
                       [_art("香山区教育局机关工会2023年度工作总结", body, "香山区教育局", "agency", 2023, "summary")],
                       "txt", "utf-8-sig"))

    # D10 -- Word: a work report to the 教代会, filed under the year it reports on
    body = report("D10", "school", "香山第四中学", "教代会", 2023, ["香山第四中学工会委员会", "2024年3月6日"])
    heads = {b: "h2" for b in body if b[:2] in ("一、", "二、")}
    files.append(DFile("2024/香山第四中学第五届教代会第三次会议工会工作报告.docx",
                       _blocks("香山第四中学第五届教代会第三次会议工会工作报告", body, headings=heads),
                       [_art("香山第四中学第五届教代会第三次会议工会工作报告", body, "香山第四中学", "school", 2023,
                             "report")], "docx", footer="第五届教代会第三次会议材料之三"))

    # D11 -- PDF: a science park's joint union, '第n页 共m页' markers
    body = doc("D11", "park", "园区联合工会", "2024年", "plan", count=4, numbered="cn", paras=1, variant=2)
    files.append(DFile("2024/香山科技园区联合工会2024年工作要点.pdf",
                       _blocks("香山科技园区联合工会2024年工作要点", body),
                       [_art("香山科技园区联合工会2024年工作要点", body, "香山科技园区联合工会", "other", 2024, "plan")],
                       "pdf", header="香山科技园区党群服务中心", marker="第{n}页 共{total}页", per_page=24))

    # D12 -- GB18030 text: a town union's half-year summary
    body = doc("D12", "town", "镇总工会", "2023年上半年", "past", count=3, variant=3, next_period="下半年",
               sign=["香山镇总工会", "2023年7月10日"])
    files.append(DFile("2023/香山镇总工会2023年上半年工作总结.txt", _blocks("香山镇总工会2023年上半年工作总结", body),
                       [_art("香山镇总工会2023年上半年工作总结", body, "香山镇总工会", "other", 2023, "summary")],
                       "txt", "gb18030"))

    # D13 -- Word with Heading 1/2; the college named only in the folder, the year only in the file name
    sec1 = sections("D13a", "university", "past", 2, numbered="none", paras=1)
    sec2 = sections("D13b", "university", "past", 2, numbered="none", paras=1, start=2)
    body = ["一年来，学院工会在学院党委和校工会的领导下，团结带领全院教职工，围绕教学科研中心工作开展了大量工作。",
            "工作回顾"] + sec1 + ["特色工作"] + sec2 + ["存在的不足和今后的努力方向",
                                                  "工会活动对青年教职工的吸引力还不够，下一步将多听取青年教师的意见，改进活动方式。"]
    heads = {"工作回顾": "h1", "特色工作": "h1", "存在的不足和今后的努力方向": "h1"}
    heads.update({h: "h2" for h in sec1[0::2] + sec2[0::2]})
    files.append(DFile("2023/香山学院工会/2023年工会工作总结.docx", _blocks("学院工会工作总结", body, headings=heads),
                       [_art("学院工会工作总结", body, "香山学院", "university", 2023, "summary")], "docx",
                       header="香山学院工会"))

    # D14 -- a public-account article saved as HTML
    body = ["2023年，香山区妇幼保健院工会以“职工之家”建设为抓手，把关心关爱落到每一位职工身上。",
            "一、民主管理更规范",
            "召开四届二次职代会，审议通过《绩效分配实施细则》；征集提案21件，办结率100%。",
            "二、关爱帮扶更贴心",
            "走访慰问生病住院和困难职工64人次；为夜班职工配备夜宵，开设职工子女暑托班。",
            "三、文体活动更丰富",
            "组织“健康妇幼”健步走、羽毛球赛和迎新联欢会，参与职工900余人次。",
            "新的一年，院工会将继续用心用情服务职工，为医院高质量发展凝聚力量。"]
    chrome = ["原创 香山妇幼工会 香山妇幼 2024-01-05 08:30 发表于浙江", "点击蓝字 关注我们",
              "文字：何敏  审核：唐海", "阅读 512", "微信扫一扫关注该公众号"]
    blocks = [("title", "香山区妇幼保健院工会：2023年工会工作回顾"), ("chrome", chrome[0]), ("chrome", chrome[1])] + \
        [("p", b) for b in body] + [("chrome", c) for c in chrome[2:]]
    files.append(DFile("微信推送/香山区妇幼保健院工会：2023年工会工作回顾.html", blocks,
                       [_art("香山区妇幼保健院工会：2023年工会工作回顾", body, "香山区妇幼保健院", "other", 2023,
                             "summary")], "html"))

    # D15 -- Word: a term plan, filed under the calendar year of the term
    sec = sections("D15", "school", "plan", 3, numbered="cn", paras=1)
    body = ["本学期学校工会将继续围绕教育教学中心工作，突出维护职能，关心教职工生活，制定计划如下："] + sec + \
        ["香山第五小学工会", "2022年9月5日"]
    files.append(DFile("2022/附件4：香山第五小学工会2022-2023学年第一学期工作计划.docx",
                       _blocks("香山第五小学工会2022-2023学年第一学期工作计划", body, title_role="btitle"),
                       [_art("香山第五小学工会2022-2023学年第一学期工作计划", body, "香山第五小学", "school", 2022,
                             "plan")], "docx", header="附件4"))

    # D16 -- PDF: a notice of issue, then the 工作要点 it issues
    notice = ["各基层工会：", "现将《香山区教育工会2024年工作要点》印发给你们，请结合实际认真贯彻落实。",
              "香山区教育工会", "2024年2月20日"]
    pts = doc("D16", "school", "区教育工会", "2024年", "plan", count=4, numbered="cn", paras=1, variant=0)
    pts[0] = ("2024年全区教育工会工作的总体要求是：围绕教育强区建设，团结动员全区教职工，突出维权服务，"
              "深化民主管理，加强自身建设。重点抓好以下工作：")
    pts[-1] = "各基层工会要结合实际，细化措施，确保全年各项工作落到实处。"
    blocks = [("title", "关于印发《香山区教育工会2024年工作要点》的通知")] + \
        [("p", b) for b in notice] + [("title", "香山区教育工会2024年工作要点")] + [("p", b) for b in pts]
    files.append(DFile("香山区教育工会2024年工作要点（印发稿）.pdf", blocks,
                       [_art("关于印发《香山区教育工会2024年工作要点》的通知", notice,
                             "香山区教育工会", "education_union", 2024, "other"),
                        _art("香山区教育工会2024年工作要点", pts, "香山区教育工会", "education_union", 2024, "plan")],
                       "pdf", marker="— {n} —", per_page=30))

    # D17 -- UTF-8 text converted from a scan: hard line breaks mid-sentence, page markers inside paragraphs
    body = doc("D17", "enterprise", "集团工会", "2023年", "past", count=4, paras=2, variant=3,
               sign=["香山物流集团工会", "2024年1月12日"])
    broken = []
    for k, b in enumerate(body):
        if len(b) > 40:
            b = BREAK.join(b[i: i + 26] for i in range(0, len(b), 26))
        broken.append(b)
    mid = next(k for k in range(len(broken) // 2, len(broken)) if BREAK in broken[k])
    txt_blocks = [("title", "香山物流集团工会2023年工作总结")]
    for k, b in enumerate(broken):
        if k == mid:
            first, rest = b.split(BREAK, 1)
            b = first + BREAK + "第 1 页 共 2 页" + BREAK + rest
        txt_blocks.append(("p", b))
    txt_blocks.append(("p", "第 2 页 共 2 页"))
    files.append(DFile("2023/香山物流集团工会2023年工作总结（转文字）.txt", txt_blocks,
                       [_art("香山物流集团工会2023年工作总结", body, "香山物流集团", "enterprise", 2023, "summary")],
                       "txt", "utf-8", chrome=["第 1 页 共 2 页", "第 2 页 共 2 页"]))
    return files
