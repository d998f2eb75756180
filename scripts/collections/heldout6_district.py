"""district_qinghe: files as a district union (清河区总工会, invented) receives them."""

from __future__ import annotations

from pathlib import Path

from heldout6_page import Page
from heldout6_text import Composer

PDF_FONT = "STSong-Light"


def _path(folder: Path, source: str) -> Path:
    path = folder / source
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _text(folder, page, encoding="utf-8", text=None):
    content = page.text() if text is None else text
    raw = (b"\xff\xfe" + content.encode("utf-16-le")) if encoding == "utf-16" else content.encode(encoding)
    if encoding == "utf-8-sig":
        raw = content.encode("utf-8-sig")
    _path(folder, page.source).write_bytes(raw)
    return page.key()


def _docx(folder, page, styles: dict, header: str | None = None, footer: str | None = None,
          table_after: int | None = None, table: list[tuple] | None = None, page_break_before: set | None = None):
    """Word file: each item a paragraph with the style STYLES[i] (default Normal); TABLE rows put
    after the item TABLE_AFTER (one body line per row)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    d.core_properties.author = "清河区总工会"
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for i, (role, x) in enumerate(page.items):
        style = styles.get(i, "Normal")
        if page_break_before and i in page_break_before:
            d.add_page_break()
        if style == "bold-centre":
            par = d.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            par.add_run(x).bold = True
        else:
            d.add_paragraph(x, style=style)
        if table is not None and i == table_after:
            tb = d.add_table(rows=0, cols=len(table[0]))
            tb.style = "Table Grid"
            for row in table:
                cells = tb.add_row().cells
                for c, v in zip(cells, row):
                    c.text = v
    d.save(str(_path(folder, page.source)))
    return page.key()


def _pdf(folder, page, header: str | None, marker: str, per_line: int = 32, lines_per_page: int = 34,
         break_in: dict | None = None):
    """PDF with hard line breaks every PER_LINE characters, a running HEADER and a page MARKER
    ('— {n} —', '- {n} -', '第{n}页 共{t}页'); the key's chrome gets them once per page.
    BREAK_IN maps a body line to the position where it must break (a number split over lines)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))
    physical: list[str] = []
    for role, x in page.items:
        if role == "t":
            physical += ["", x, ""]
            continue
        cut = (break_in or {}).get(x)
        rest = x
        if cut:
            physical.append(rest[:cut])
            rest = rest[cut:]
        while len(rest) > per_line:
            physical.append(rest[:per_line])
            rest = rest[per_line:]
        physical.append(rest)
    pages = [physical[i:i + lines_per_page] for i in range(0, len(physical), lines_per_page)]
    total = len(pages)
    c = canvas.Canvas(str(_path(folder, page.source)), invariant=1)
    extra = []
    for n, lines in enumerate(pages, 1):
        y = 800
        if header:
            c.setFont(PDF_FONT, 9)
            c.drawString(60, 810, header)
            extra.append(header)
        c.setFont(PDF_FONT, 11)
        for ln in lines:
            y -= 20
            if ln:
                c.drawString(60, y, ln)
        m = marker.format(n=n, t=total)
        c.setFont(PDF_FONT, 9)
        c.drawString(280, 40, m)
        extra.append(m)
        c.showPage()
    c.save()
    key = page.key()
    key["chrome"] = key["chrome"] + extra
    return key


def make_district_qinghe(folder: Path) -> list[dict]:
    keys = []
    add = keys.append

    # 1 Word: attachment label, Title and Heading 1/2 without typed numbers, table, header/footer
    k = Composer(901)
    p = Page("2023/各校报送/附件1：清河区实验中学工会2023年工作总结.docx", "word_heading_styles")
    p.c("附件1")
    t = "清河区实验中学工会2023年工作总结"
    heads = ["加强思想引领", "推进民主管理", "关爱教职工生活"]
    body = [k.opening("summary", "学校工会", "2023年")]
    styles = {1: "Title"}
    for h in heads:
        styles[len(body) + 2] = "Heading 1"
        body.append(h)
        body += k.plain("summary", 2)
    rows = [("项目", "次数", "参与人次"), ("教职工文体活动", "12", "856"), ("困难教职工慰问", "4", "37")]
    body_keyed = body + [" | ".join(r) for r in rows] + ["清河区实验中学工会", "2023年12月28日"]
    p.art(t, t, "清河区实验中学", "school", 2023, "summary", body + ["清河区实验中学工会", "2023年12月28日"])
    p.articles[-1]["body"] = body_keyed
    p.articles[-1]["last"] = body_keyed[-1]
    key = _docx(folder, p, styles, header="清河区实验中学", footer="第 1 页", table_after=len(body) + 1,
                table=rows)
    key["chrome"] += ["清河区实验中学", "第 1 页"]
    add(key)

    # 2 GB18030 text, school named only by its folder, year only in the folder
    k = Composer(902)
    p = Page("2023/各校报送/清河路小学/工会工作总结.txt", "folder_school_gb18030")
    p.art("工会工作总结", "工会工作总结", "清河路小学", "school", 2023, "summary",
          k.body("summary", "学校工会", "本年度", 3, 2, "cn", "学校工会\n十二月二十五日"))
    add(_text(folder, p, "gb18030"))

    # 3 PDF: a port company's report to the workers' congress, running header, '— 1 —', a number split
    k = Composer(903)
    p = Page("2023/企业/清河港务公司工会2023年度工作报告.pdf", "pdf_report_header")
    t = "清河港务公司工会2023年度工作报告"
    body = ["各位代表："] + k.body("report", "公司工会委员会", "2023年", 3, 2, "cn")
    split = "全年职工满意度测评满意率为96.5%，连续三年保持在95%以上。"
    body.insert(4, split)
    p.art(t, t, "清河港务公司", "enterprise", 2023, "report", body)
    add(_pdf(folder, p, "清河港务公司职代会文件", "— {n} —", break_in={split: split.index("96.5%") + 1}))

    # 4 Word: bold centred title, typed numbers in Normal paragraphs, a 工作要点 of an agency union
    k = Composer(904)
    p = Page("2024/区直单位/清河区气象局机关工会2024年工作要点.docx", "word_bold_title_points")
    t = "清河区气象局机关工会2024年工作要点"
    p.art(t, t, "清河区气象局", "agency", 2024, "plan",
          k.body("plan", "局机关工会", "2024年", 4, 2, "cn", "清河区气象局机关工会\n2024年2月6日"))
    add(_docx(folder, p, {0: "bold-centre"}))

    # 5 PDF: a hospital's summary with next year's plan in one document, '第1页 共2页'
    k = Composer(905)
    p = Page("2023/卫生/清河区妇幼保健院工会2023年工作总结暨2024年工作计划.pdf", "pdf_summary_plan_one")
    t = "清河区妇幼保健院工会2023年工作总结暨2024年工作计划"
    body = [k.opening("summary", "院工会", "2023年"), "一、2023年工作总结"] + k.plain("summary", 5)
    body += ["二、2024年工作计划"] + k.plain("plan", 4) + ["清河区妇幼保健院工会", "2024年1月5日"]
    p.art(t, t, "清河区妇幼保健院", "other", 2023, "report", body)
    add(_pdf(folder, p, None, "第{n}页 共{t}页", per_line=30, lines_per_page=22))

    # 6 e-mail saved as text: header, greeting, signature; a half-year summary
    k = Composer(906)
    p = Page("邮件来稿/转发：清河三中工会上半年工作小结.txt", "email_half_year")
    p.c("发件人：清河三中工会 <qhsz_gh@example.cn>", "收件人：区总工会办公室 <qhzgh@example.cn>",
        "日期：2024年7月3日 16:20", "主题：转发：清河三中工会上半年工作小结", "附件：无", "各位老师好：",
        "现将我校工会上半年工作小结报上，请审阅。")
    t = "清河三中工会2024年上半年工作小结"
    p.art(t, t, "清河三中", "school", 2024, "summary", k.body("summary", "学校工会", "2024年上半年", 2, 2, "cn"))
    p.c("此致", "敬礼！", "清河三中工会 王晓岚", "电话：0000-6612345", "-------- 原始邮件 --------")
    add(_text(folder, p))

    # 7 Word: a union chair's 述职报告 with a bold centred title and a name line
    k = Composer(907)
    p = Page("述职/工会主席述职报告（清河第二中学）.docx", "word_shuzhi")
    t = "清河第二中学工会主席2023年度述职报告"
    body = ["述职人：许文杰", "各位老师："] + k.body("report", "学校工会", "2023年", 3, 2, "paren")
    p.art(t, t, "清河第二中学", "school", 2023, "report", body)
    add(_docx(folder, p, {0: "bold-centre"}, footer="清河二中工会办公室印"))
    keys[-1]["chrome"].append("清河二中工会办公室印")

    # 8 saved school page in GB18030 with a download line; a whole school year (filed under its start)
    k = Composer(908)
    p = Page("2022-2023学年/清河实验小学工会2022-2023学年工作总结.html", "school_page_gb18030")
    p.c("清河实验小学 | 学校概况 | 教师发展 | 工会之家", "发布人：admin  发布时间：2023-07-06  浏览：178次")
    t = "清河实验小学工会2022-2023学年工作总结"
    p.items.insert(1, ("t", t))
    p.art(None, t, "清河实验小学", "school", 2022, "summary",
          k.body("summary", "学校工会", "2022-2023学年", 3, 2, "cn"))
    p.c("附件下载：工会工作总结.doc", "Copyright © 清河实验小学 技术支持：校园网络中心")
    add(_text(folder, p, "gb18030", p.html(t, charset="gb2312")))

    # 9 UTF-16 text: a kindergarten's spring-term plan
    k = Composer(909)
    p = Page("2024/各校报送/清河中心幼儿园工会2024年春季学期工作计划.txt", "utf16_term_plan")
    t = "清河中心幼儿园工会2024年春季学期工作计划"
    p.art(t, t, "清河中心幼儿园", "school", 2024, "plan", k.body("plan", "园工会", "本学期", 3, 2, "digit"))
    add(_text(folder, p, "utf-16"))

    # 10 Word: a college department's 分工会 (filed under the college), Heading 2 sections
    k = Composer(910)
    p = Page("2023/各校报送/清河职业技术学院建筑分工会2023年工作总结.docx", "word_faculty_branch")
    t = "清河职业技术学院建筑工程系分工会2023年工作总结"
    body = [k.opening("summary", "系分工会", "2023年")]
    styles = {0: "Heading 1"}
    for h in ["组织建设", "教工小家", "文体活动"]:
        styles[len(body) + 1] = "Heading 2"
        body.append(h)
        body += k.plain("summary", 2)
    p.art(t, t, "清河职业技术学院", "university", 2023, "summary", body)
    add(_docx(folder, p, styles, header="建筑系分工会 · 2023"))
    keys[-1]["chrome"].append("建筑系分工会 · 2023")

    # 11 public-account article saved as HTML: the district union's year review
    k = Composer(911)
    p = Page("微信推送/清河区总工会2023年度工作回顾.html", "wechat_year_review")
    t = "清河区总工会2023年度工作回顾"
    p.items.append(("t", t))
    p.c("原创 清河工会 清河工会 2024-01-16 18:30 发表于清河")
    p.art(None, t, "清河区总工会", "other", 2023, "summary", k.body("summary", "区总工会", "2023年", 3, 2, "paren"))
    p.c("编辑：杨帆  审核：周敏", "阅读 2306", "微信扫一扫关注该公众号", "分享 收藏 点赞 在看")
    add(_text(folder, p, "utf-8", p.html(t)))

    # 12 a street union's summary and next year's plan pasted into one UTF-8-BOM file
    k = Composer(912)
    p = Page("2023/街道来文/清河街道总工会2023年总结及2024年打算.txt", "pasted_summary_plan")
    t1, t2 = "清河街道总工会2023年工作总结", "清河街道总工会2024年工作打算"
    p.art(t1, t1, "清河街道总工会", "other", 2023, "summary",
          k.body("summary", "街道总工会", "2023年", 2, 2, "cn", "清河街道总工会\n2023年12月20日"))
    p.art(t2, t2, "清河街道总工会", "other", 2024, "plan", k.body("plan", "街道总工会", "2024年", 2, 2, "cn"))
    add(_text(folder, p, "utf-8-sig"))

    # 13 PDF: a telecom branch's summary with '- 1 -' markers and no header
    k = Composer(913)
    p = Page("2023/企业/清河通信分公司工会2023年工作总结.pdf", "pdf_plain_dash")
    t = "清河通信分公司工会2023年工作总结"
    p.art(t, t, "清河通信分公司", "enterprise", 2023, "summary",
          k.body("summary", "分公司工会", "2023年", 4, 2, "cn", "清河通信分公司工会\n2023年12月29日"))
    add(_pdf(folder, p, None, "- {n} -", per_line=34, lines_per_page=26))

    # 14 GB18030 text from an agency: the procuratorate's union, year only in the closing date
    k = Composer(914)
    p = Page("2023/区直单位/区检察院工会工作总结.txt", "gb18030_date_year")
    t = "清河区人民检察院工会工作总结"
    p.art(t, t, "清河区人民检察院", "agency", 2023, "summary",
          k.body("summary", "院工会", "今年以来", 3, 2, "cn", "清河区人民检察院工会\n2023年12月22日"))
    add(_text(folder, p, "gb18030"))

    # 15 Word: the high-tech zone union's plan with a monthly table, header and footer
    k = Composer(915)
    p = Page("2024/清河高新区总工会2024年工作计划.docx", "word_plan_table")
    t = "清河高新区总工会2024年工作计划"
    body = k.body("plan", "高新区总工会", "2024年", 3, 2, "cn")
    rows = [("月份", "重点工作"), ("3月", "女职工健康讲座"), ("5月", "劳动技能竞赛"), ("9月", "职工子女助学")]
    p.art(t, t, "清河高新区总工会", "other", 2024, "plan", body)
    key = _docx(folder, p, {0: "Title"}, header="清河高新区总工会文件", footer="— 1 —", table_after=len(body),
                table=rows)
    key["articles"][0]["body"] += [" | ".join(r) for r in rows]
    key["articles"][0]["last"] = key["articles"][0]["body"][-1]
    key["chrome"] += ["清河高新区总工会文件", "— 1 —"]
    add(key)

    # 16 Word: the district union's notice asking for the reports (kind other)
    p = Page("区总工会发文/关于报送2023年度工会工作总结的通知.docx", "word_notice")
    t = "关于报送2023年度工会工作总结的通知"
    p.c("清工发〔2023〕18号")
    p.art(t, t, "清河区总工会", "other", 2023, "other", [
        "各基层工会：",
        "为做好年度工作考核，请各基层工会于2024年1月10日前将本单位2023年度工会工作总结和2024年工作计划报区总工会办公室。",
        "总结应包括主要工作、存在问题和下一步打算，篇幅一般不超过3000字，并附电子文档。",
        "联系人：孙婷，电话：0000-6600001。",
        "清河区总工会", "2023年12月1日"])
    add(_docx(folder, p, {1: "Title"}))

    # 17 text from a scan: lines broken mid-sentence, '第 1 页 共 2 页' inside a paragraph
    k = Composer(917)
    p = Page("2023/各校报送/清河镇中心校工会2023年工作总结（扫描件）.txt", "scan_broken_lines")
    t = "清河镇中心校工会2023年工作总结"
    body = k.body("summary", "中心校工会", "2023年", 3, 2, "cn", "清河镇中心校工会\n2023年12月26日")
    p.art(t, t, "清河镇中心校", "school", 2023, "summary", body)
    phys = [t, ""]
    marked = False
    for i, x in enumerate(body):
        chunks = [x[j:j + 23] for j in range(0, len(x), 23)]
        if i >= 4 and len(chunks) > 1 and not marked:
            chunks.insert(1, "第 1 页 共 2 页")
            marked = True
        phys += chunks
    p.c("第 1 页 共 2 页", "第 2 页 共 2 页")
    phys += ["", "第 2 页 共 2 页"]
    add(_text(folder, p, "utf-8", "\n".join(phys) + "\n"))
    return keys
