"""district_baiyun: files as a district union (白云区总工会, invented) receives them from its units:
Word with heading styles, tables, headers and footers; PDF with running headers, page markers and
hard line breaks; a saved school page; a public-account article; GB18030, UTF-16 and UTF-8-BOM text.
Every organisation, person, figure and sentence is invented."""

from __future__ import annotations

from pathlib import Path

from heldout4_page import Page, key_article
from heldout4_text import Composer, doc

C = Composer(5150)
BREAK = "\x00"  # a forced line break inside a PDF paragraph (removed from the key's text)


def entry(source: str, style: str, docs: list[dict], chrome: list[str]) -> dict:
    return {"source": source, "style": style, "articles": [key_article(d) for d in docs], "chrome": chrome}


# ---------------------------------------------------------------- Word

def write_docx(path: Path, blocks: list[tuple], header: str | None = None, footer: str | None = None) -> None:
    """BLOCKS: (style, text) paragraphs, ('bold-centre', text), ('table', rows), ('page-break', '')."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    for kind, content in blocks:
        if kind == "table":
            table = d.add_table(rows=len(content), cols=len(content[0]))
            table.style = "Table Grid"
            for r, row in enumerate(content):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        elif kind == "page-break":
            d.add_page_break()
        elif kind == "bold-centre":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(content)
            run.bold = True
        else:
            d.add_paragraph(content, style=kind)
    section = d.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        section.footer.paragraphs[0].text = footer
    path.parent.mkdir(parents=True, exist_ok=True)
    d.core_properties.author = "user"
    d.save(str(path))


def table_lines(rows: list[list[str]]) -> list[str]:
    return [" | ".join(r) for r in rows]


# ---------------------------------------------------------------- PDF

def write_pdf(path: Path, title: str, paras: list[str], header: str | None, marker: str, size: float = 12) -> list[str]:
    """Title centred, paragraphs wrapped by width (hard line breaks), HEADER on every page, MARKER
    ('— {n} —', '- {n} -', '第{n}页 共{total}页') at the foot. Returns the chrome lines, once per page."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    width, top, bottom, left, lead = 440, 760, 90, 78, 21

    def wrap(text: str, indent: str = "　　") -> list[str]:
        lines, cur = [], indent
        for ch in text:
            if ch == BREAK:
                lines.append(cur)
                cur = ""
                continue
            if pdfmetrics.stringWidth(cur + ch, font, size) > width:
                lines.append(cur)
                cur = ""
            cur += ch
        if cur:
            lines.append(cur)
        return lines

    titles = title.split(BREAK)  # a long title set on two centred lines
    rows: list[tuple[str, float, bool]] = [(t, size + 4, True) for t in titles] + [("", size, False)]
    for para in paras:
        rows += [(x, size, False) for x in wrap(para)]
    # paginate
    pages: list[list[tuple[str, float, bool]]] = [[]]
    y = top
    for row in rows:
        if y < bottom:
            pages.append([])
            y = top
        pages[-1].append(row)
        y -= lead + (6 if row[2] else 0)
    total = len(pages)
    chrome = []
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=(595.27, 841.89), invariant=1)
    for n, page in enumerate(pages, 1):
        if header:
            c.setFont(font, 9)
            c.drawString(left, 805, header)
            chrome.append(header)
        y = top
        for text, sz, centre in page:
            c.setFont(font, sz)
            if centre:
                c.drawCentredString(595.27 / 2, y, text)
            else:
                c.drawString(left, y, text)
            y -= lead + (6 if centre else 0)
        mark = marker.format(n=n, total=total)
        c.setFont(font, 10)
        c.drawCentredString(595.27 / 2, 45, mark)
        chrome.append(mark)
        c.showPage()
    c.save()
    return chrome


def clean(paras: list[str]) -> list[str]:
    return [p.replace(BREAK, "") for p in paras]


# ---------------------------------------------------------------- the files

def f01(out: Path) -> dict:
    src = "2024/各单位报送/附件3：白云区第二实验小学工会2024年工作总结.docx"
    heads = ["凝心铸魂，筑牢思想根基", "民主治校，落实教代会职权", "暖心服务，建好教职工之家", "强身健体，丰富校园文化生活"]
    rows = [["活动名称", "时间", "参与人数"], ["教职工迎新春趣味运动会", "2024年1月", "112人"],
            ["“书香校园”读书分享会", "2024年4月", "86人"], ["教职工气排球联赛", "2024年11月", "64人"]]
    body, blocks = [], []
    opening = "2024年，白云区第二实验小学工会在学校党支部和区教育工会的领导下，紧扣立德树人根本任务，依靠全体教职工，较好地完成了全年工作。"
    body.append(opening)
    blocks.append(("Normal", opening))
    for i, h in enumerate(heads):
        body.append(h)
        blocks.append(("Heading 1", h))
        sents = C.sections("school", 2024, "summary", 1, "", per=(2, 3))[1:]
        for s in sents:
            body.append(s)
            blocks.append(("Normal", s))
        if i == 3:
            intro = "全年主要文体活动见下表。"
            body.append(intro)
            blocks.append(("Normal", intro))
            body += table_lines(rows)
            blocks.append(("table", rows))
    tail = ["白云区第二实验小学工会", "2025年1月10日"]
    body += tail
    blocks += [("Normal", x) for x in tail]
    title = "白云区第二实验小学工会2024年工作总结"
    blocks.insert(0, ("Title", title))
    header, footer = "白云区第二实验小学工会材料", "报送：白云区教育工会"
    # the table sits after the paragraphs in a reader's order: keep the key's body in reading order
    write_docx(out / src, blocks, header, footer)
    d = doc(title, "白云区第二实验小学", "school", 2024, "summary", body)
    return entry(src, "docx_heading_table", [d], [header, footer])


def f02(out: Path) -> dict:
    src = "2024/各单位报送/白云区税务局机关工会2024年度工作总结.pdf"
    title = "白云区税务局机关工会2024年度工作总结"
    paras = [("2024年，白云区税务局机关工会在局党委和区直机关工会工委的领导下，围绕税收中心工作，团结带领全局税务干部履职尽责、"
             "担当作为，现将全年工作情况总结如下。")]
    paras += C.sections("tax", 2024, "summary", 3, "一、", per=(3, 3))
    paras += ["在“我为职工办实事”满意度测评中，干部职工对机关工会工作的满意率为9" + BREAK + "6.4%，比上年提高2.1个百分点。"]
    paras += C.sections("tax", 2024, "summary", 3, "一、", per=(3, 3), start=3)
    paras += ["白云区税务局机关工会", "2024年12月27日"]
    chrome = write_pdf(out / src, title, paras, "白云区税务局机关工会文件", "— {n} —")
    d = doc(title, "白云区税务局", "agency", 2024, "summary", clean(paras))
    return entry(src, "pdf_running_header", [d], chrome)


def f03(out: Path) -> dict:
    src = "2024/各单位报送/云岭供电公司工会2024年工作总结及2025年工作计划.txt"
    pg = Page(src, "gb18030_pasted", mode="text")
    s = doc("云岭供电公司工会2024年工作总结", "云岭供电公司", "enterprise", 2024, "summary",
            C.summary("power", 2024, 3, "一、", sign=["云岭供电公司工会", "2024年12月20日"]))
    p = doc("云岭供电公司工会2025年工作计划", "云岭供电公司", "enterprise", 2025, "plan",
            C.plan("power", 2025, 4, "（一）", sign=["云岭供电公司工会", "2024年12月20日"]))
    pg.art(s)
    pg.raw("")
    pg.raw("")
    pg.art(p)
    return pg.write(out, encoding="gb18030", newline="\r\n")


def f04(out: Path) -> dict:
    src = "2024/各单位报送/白云区特殊教育学校/工会工作总结.docx"
    body = ["本年度，我校工会在学校党总支和区教育工会的领导下，立足特殊教育实际，关心教职工工作和生活，各项工作有序推进。"]
    blocks = [("Heading 1", "工会工作总结"), ("Normal", body[0])]
    for h in ("思想引领", "民主管理", "关爱服务"):
        body.append(h)
        blocks.append(("Heading 2", h))
        for s in C.sections("special_school", None, "summary", 1, "", per=(2, 2))[1:]:
            body.append(s)
            blocks.append(("Normal", s))
    body += ["学校工会", "12月"]
    blocks += [("Normal", "学校工会"), ("Normal", "12月")]
    write_docx(out / src, blocks, None, None)
    d = doc("工会工作总结", "白云区特殊教育学校", "school", 2024, "summary", body)
    return entry(src, "docx_folder_only", [d], [])


def f05(out: Path) -> dict:
    src = "2024/各单位报送/白云区人民医院工会2024年上半年工作总结及下半年工作计划.pdf"
    title = "白云区人民医院工会2024年上半年工作总结及下半年工作计划"
    paras = [("2024年上半年，院工会在医院党委和区卫生健康工会的领导下，围绕医疗服务提质中心工作，团结带领医务职工攻坚克难，"
             "现将上半年工作总结及下半年工作计划报告如下。"), "一、上半年工作总结"]
    paras += C.sections("hospital", 2024, "summary", 4, "（一）", per=(2, 3))
    paras += ["二、下半年工作计划"] + C.sections("hospital", 2024, "plan", 4, "（一）", per=(2, 3))
    paras += ["白云区人民医院工会", "2024年7月5日"]
    chrome = write_pdf(out / src, title, paras, "白云区人民医院工会工作材料", "- {n} -", size=11.5)
    d = doc(title, "白云区人民医院", "other", 2024, "report", clean(paras))
    return entry(src, "pdf_half_year", [d], chrome)


def f06(out: Path) -> dict:
    src = "2025/区总工会发文/白云区总工会关于印发2025年工作要点的通知.docx"
    n_body = ["白工〔2025〕2号", "各街道（镇）总工会，区直各基层工会，各产业工会：",
              "现将《白云区总工会2025年工作要点》印发给你们，请结合实际，认真贯彻落实。", "白云区总工会", "2025年2月12日"]
    notice = doc("白云区总工会关于印发2025年工作要点的通知", "白云区总工会", "other", 2025, "other", n_body)
    p_body = ["2025年全区工会工作的总体要求是：围绕区委中心工作，团结动员全区职工建功立业，持续深化工会改革，为白云高质量发展贡献工会力量。"]
    blocks = [("Title", notice["title"])] + [("Normal", x) for x in n_body] + [("page-break", "")]
    blocks.append(("Heading 1", "白云区总工会2025年工作要点"))
    blocks.append(("Normal", p_body[0]))
    for h in ("聚焦思想政治引领", "聚焦建功立业", "聚焦维权服务", "聚焦基层基础"):
        p_body.append(h)
        blocks.append(("Heading 2", h))
        for s in C.sections("district", 2025, "plan", 1, "", per=(2, 2))[1:]:
            p_body.append(s)
            blocks.append(("Normal", s))
    plan = doc("白云区总工会2025年工作要点", "白云区总工会", "other", 2025, "plan", p_body)
    header, footer = "白云区总工会文件", "白云区总工会办公室 2025年2月12日印发"
    write_docx(out / src, blocks, header, footer)
    return entry(src, "docx_notice_points", [notice, plan], [header, footer])


def f07(out: Path) -> dict:
    src = "2024/微信推送/白云区交通运输局工会：回望2024，这一年我们这样走过.html"
    pg = Page(src, "wechat_saved")
    pg.raw('<div class="rich_media">')
    d = doc("回望2024，这一年我们这样走过", "白云区交通运输局", "agency", 2024, "summary", [
        "2024年，白云区交通运输局工会始终把职工冷暖放在心上，围绕交通强区建设，办实事、解难题，和大家一起走过了充实的一年。",
        "▌思想引领 凝心聚力",
        C.fill("全年组织干部职工集中学习{a}次，开展“交通人讲交通故事”宣讲{b}场。", "transport", 2024),
        "▌建功立业 比学赶超",
        C.fill("围绕国省道养护和“四好农村路”建设开展劳动竞赛{a}项，{b}名职工获评岗位能手。", "transport", 2024),
        "▌暖心服务 有求必应",
        C.fill("建成“司机之家”{a}个，春节前走访慰问一线职工和困难职工{n2}人次。", "transport", 2024),
        "▌多彩活动 活力满满",
        C.fill("举办{act}等活动{a2}场，职工参与{n2}人次。", "transport", 2024),
        "一年辛苦，一年收获。",
        "2025，我们继续同行！",
    ])
    pg.art(d, title_fmt='<h1 class="rich_media_title">{}</h1>',
           inserts={0: ["原创 白云交通工会 白云交通工会 2024年12月30日 17:05 广东"]})
    for line in ("阅读 856", "微信扫一扫关注该公众号", "在看", "写留言", "预览时标签不可点"):
        pg.c(line, '<span class="tool">{}</span>')
    pg.raw("</div>")
    return pg.write(out, head_title="回望2024，这一年我们这样走过")


def f08(out: Path) -> dict:
    src = "2024/各单位报送/白云学院工会2023-2024学年工作总结.docx"
    title = "白云学院工会2023-2024学年工作总结"
    body = ["2023-2024学年，学院工会在学院党委和省教育工会的领导下，服务学院内涵式发展，围绕教职工所需所盼开展工作，现总结如下。"]
    blocks = [("Title", title), ("Normal", body[0])]
    for h in C.sections("university", 2023, "summary", 4, "一、", per=(0, 0)):
        body.append(h)
        blocks.append(("Heading 1", h))
        for s in C.sections("university", 2023, "summary", 1, "", per=(2, 2))[1:]:
            body.append(s)
            blocks.append(("Normal", s))
    body += ["白云学院工会委员会", "2024年7月"]
    blocks += [("Normal", "白云学院工会委员会"), ("Normal", "2024年7月")]
    header, footer = "白云学院工会", "第一页"
    write_docx(out / src, blocks, header, footer)
    d = doc(title, "白云学院", "university", 2023, "summary", body)
    return entry(src, "docx_school_year", [d], [header, footer])


def f09(out: Path) -> dict:
    src = "街道来文/白云街道总工会工作总结.txt"
    pg = Page(src, "utf16_date_only", mode="text")
    body = ["今年以来，白云街道总工会在街道党工委和区总工会的领导下，围绕基层治理中心工作，扎实推进辖区工会各项工作，现总结如下："]
    body += C.sections("street", None, "summary", 4, "一、", per=(2, 2))
    body += ["白云街道总工会", "2024年12月25日"]
    d = doc("白云街道总工会工作总结", "白云街道总工会", "other", 2024, "summary", body)
    pg.art(d)
    return pg.write(out, encoding="utf-16", newline="\r\n")


def f10(out: Path) -> dict:
    src = "2024/各单位报送/白云区第一初级中学/2024-2025学年第一学期工会工作计划.txt"
    pg = Page(src, "bom_term_plan", mode="text")
    body = ["本学期，我校工会将在学校党支部的领导下，围绕学校工作重点，依靠全体教职工，开展以下工作："]
    body += C.sections("school", 2024, "plan", 4, "一、", per=(1, 2))
    body += ["附：本学期主要活动安排", "9月：庆祝教师节，慰问退休教师。", "10月：教职工趣味运动会。", "11月：青年教师教学基本功比赛。",
             "12月：迎新年教职工联欢；学期工会工作总结。", "校工会", "2024年9月2日"]
    d = doc("2024-2025学年第一学期工会工作计划", "白云区第一初级中学", "school", 2024, "plan", body)
    pg.art(d)
    return pg.write(out, encoding="utf-8-sig", newline="\r\n")


def f11(out: Path) -> dict:
    src = "2025/职代会/白云水务集团工会2024年度工作报告.pdf"
    title = "白云水务集团工会2024年度工作报告"
    paras = ["——在白云水务集团三届二次职工代表大会上", "工会主席 邹明华", "各位代表：",
             "现在，我代表集团工会委员会向大会报告2024年工作和2025年工作安排，请予审议。", "一、2024年工作回顾"]
    paras += C.sections("water", 2024, "summary", 4, "（一）", per=(2, 3))
    paras += ["二、2025年工作安排"] + C.sections("water", 2025, "plan", 4, "（一）", per=(2, 3))
    paras += ["各位代表，让我们团结一心、奋发有为，为建设一流水务企业作出新的更大贡献！"]
    chrome = write_pdf(out / src, title, paras, "白云水务集团三届二次职代会文件之三", "第{n}页 共{total}页")
    d = doc(title, "白云水务集团", "enterprise", 2024, "report", paras)
    return entry(src, "pdf_congress_report", [d], chrome)


def f12(out: Path) -> dict:
    src = "2024/各单位报送/白云区公安分局机关工会2025年工作计划.docx"
    title = "白云区公安分局机关工会2025年工作计划"
    body = ["为进一步发挥工会组织作用，服务平安白云建设，结合分局实际，制定机关工会2025年工作计划如下。"]
    blocks = [("bold-centre", title), ("Normal", body[0])]
    for h in ("指导思想", "主要任务"):
        body.append(h)
        blocks.append(("Heading 2", h))
        for s in C.sections("police", 2025, "plan", 1, "", per=(2, 3))[1:]:
            body.append(s)
            blocks.append(("Normal", s))
    body.append("全年重点活动安排")
    blocks.append(("Heading 2", "全年重点活动安排"))
    rows = [["月份", "活动内容", "责任人"], ["3月", "“三八”节女民警辅警健康讲座", "方晓静"], ["5月", "民警辅警气排球赛", "侯立军"],
            ["8月", "夏送清凉慰问一线执勤岗位", "陶卫东"], ["12月", "年度工会工作考评", "邵丹"]]
    body += table_lines(rows)
    blocks.append(("table", rows))
    body += ["白云区公安分局机关工会", "2024年12月30日"]
    blocks += [("Normal", "白云区公安分局机关工会"), ("Normal", "2024年12月30日")]
    footer = "白云区公安分局机关工会 印"
    write_docx(out / src, blocks, None, footer)
    d = doc(title, "白云区公安分局", "agency", 2025, "plan", body)
    return entry(src, "docx_bold_title_table", [d], [footer])


def f13(out: Path) -> dict:
    src = "2024/各单位报送/白云区第三中学工会工作总结（网页另存）.html"
    pg = Page(src, "school_page_gb18030")
    pg.c("白云区第三中学", '<div class="sitename">{}</div>')
    text = "网站首页 学校概况 党建工作 工会之窗 教学科研 招生信息"
    pg.c(text, html_='<div class="menu">' + " ".join(f"<a>{x}</a>" for x in text.split()) + "</div>")
    pg.c("您现在的位置：网站首页 >> 工会之窗 >> 工作总结", '<div class="pos">{}</div>')
    d = doc("2024年学校工会工作总结", "白云区第三中学", "school", 2024, "summary",
            C.summary("school", 2024, 3, "一、", sign=["校工会", "2024年12月"]))
    pg.art(d, title_fmt='<div class="arttitle">{}</div>',
           inserts={0: ["作者：校工会 来源：本站原创 点击数：137 更新时间：2024-12-31"]})
    pg.c("附件：【点击下载】2024年学校工会工作总结.doc", '<div class="att">{}</div>')
    pg.c("【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】", '<div class="tools">{}</div>')
    pg.c("Copyright © 2024 白云区第三中学 All Rights Reserved", '<div class="copy">{}</div>')
    return pg.write(out, encoding="gb18030", head_title="2024年学校工会工作总结 - 白云区第三中学")


def f14(out: Path) -> dict:
    src = "2024/各单位报送/白云科技园联合工会2024年工作总结.txt"
    title = "白云科技园联合工会2024年工作总结"
    paras = ["2024年，白云科技园联合工会在园区党委和区总工会的指导下，围绕园区企业发展，推进建会入会、维权服务和职工文化建设，现总结如下："]
    paras += C.sections("park", 2024, "summary", 3, "一、", per=(2, 2))
    paras[2] = "全年新建企业工会8家，园区会员总数达到3127人，其中新就业形态劳动者入会216人。"
    paras += ["白云科技园联合工会", "2024年12月23日"]
    lines = [title]
    marked = next(i for i, p in enumerate(paras) if i > 3 and len(p) > 24)
    for i, para in enumerate(paras):
        if len(para) > 24:
            cut = [para[j:j + 22] for j in range(0, len(para), 22)]
            if i == 2:  # a number split by the scan's line end
                cut = ["全年新建企业工会8家，园区会员总数达到31", "27人，其中新就业形态劳动者入会216人。"]
            if i == marked:
                cut = cut[:1] + ["第 1 页 共 2 页"] + cut[1:]
            lines += cut
        else:
            lines.append(para)
    path = out / src
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gb18030"))
    d = doc(title, "白云科技园联合工会", "other", 2024, "summary", paras)
    return entry(src, "scan_text_gb18030", [d], ["第 1 页 共 2 页"])


def f15(out: Path) -> dict:
    src = "2024/女职工委员会/白云区教育工会女职工委员会2024年工作总结.docx"
    title = "白云区教育工会女职工委员会2024年工作总结"
    body = ["2024年，区教育工会女职工委员会围绕教育强区建设，关注女教职工发展需求，较好完成了全年各项任务。"]
    blocks = [("bold-centre", title), ("Normal", body[0])]
    for s in C.sections("women", 2024, "summary", 4, "一、", per=(1, 2)):
        body.append(s)
        blocks.append(("Heading 2" if s[1] == "、" else "Normal", s))
    body += ["白云区教育工会女职工委员会", "2024年12月16日"]
    blocks += [("Normal", body[-2]), ("Normal", body[-1])]
    header = "白云区教育工会"
    write_docx(out / src, blocks, header, None)
    d = doc(title, "白云区教育工会", "education_union", 2024, "summary", body)
    return entry(src, "docx_women_committee", [d], [header])


def f16(out: Path) -> dict:
    src = "2024/经审/白云区总工会经费审查委员会2024年工作报告.docx"
    title = "白云区总工会经费审查委员会2024年工作报告"
    body = ["各位委员：", "受区总工会经费审查委员会委托，现将2024年经审工作情况和2025年工作安排报告如下，请予审议。"]
    blocks = [("Title", title)] + [("Normal", x) for x in body]
    for h, kind, year in (("2024年主要工作", "summary", 2024), ("2025年工作安排", "plan", 2025)):
        body.append(h)
        blocks.append(("Heading 1", h))
        for s in C.sections("audit", year, kind, 1, "", per=(3, 3))[1:]:
            body.append(s)
            blocks.append(("Normal", s))
    write_docx(out / src, blocks, "白云区总工会经审会", "内部资料 注意保存")
    d = doc(title, "白云区总工会", "other", 2024, "report", body)
    return entry(src, "docx_audit_report", [d], ["白云区总工会经审会", "内部资料 注意保存"])


def f17(out: Path) -> dict:
    src = "2024/各单位报送/白云燃气有限公司工会2024年工作总结.pdf"
    title = "白云燃气有限公司工会2024年工作总结"
    paras = C.summary("gas", 2024, 6, "一、", sign=["白云燃气有限公司工会", "2025年1月3日"])
    chrome = write_pdf(out / src, title, paras, None, "第{n}页 共{total}页", size=12.5)
    d = doc(title, "白云燃气有限公司", "enterprise", 2024, "summary", paras)
    return entry(src, "pdf_no_header", [d], chrome)


def f18(out: Path) -> dict:
    src = "2024/各单位报送/附件2：白云区第五小学工会2024年工作总结及2025年工作计划.docx"
    s_title, p_title = "白云区第五小学工会2024年工作总结", "白云区第五小学工会2025年工作计划"
    s_body = C.summary("school", 2024, 0, sign=["白云区第五小学工会", "2024年12月24日"], closing=False)
    s_body[1:1] = [x for h in ("师德引领", "民主建校", "关爱教职工") for x in
                   [h] + C.sections("school", 2024, "summary", 1, "", per=(2, 2))[1:]]
    p_body = C.plan("school", 2025, 0, closing=False)
    p_body += [x for h in ("加强思想引领", "深化校务公开", "做实暖心服务") for x in
               [h] + C.sections("school", 2025, "plan", 1, "", per=(2, 2))[1:]]
    heads = {"师德引领", "民主建校", "关爱教职工", "加强思想引领", "深化校务公开", "做实暖心服务"}
    blocks = [("Normal", "附件2"), ("Title", s_title)]
    blocks += [("Heading 1" if x in heads else "Normal", x) for x in s_body]
    blocks += [("page-break", ""), ("Title", p_title)]
    blocks += [("Heading 1" if x in heads else "Normal", x) for x in p_body]
    write_docx(out / src, blocks, None, "白云区第五小学工会 报送材料")
    docs = [doc(s_title, "白云区第五小学", "school", 2024, "summary", s_body),
            doc(p_title, "白云区第五小学", "school", 2025, "plan", p_body)]
    return entry(src, "docx_two_documents", docs, ["附件2", "白云区第五小学工会 报送材料"])


def f19(out: Path) -> dict:
    src = "2024/邮件来稿/第六中学工会年度总结（邮件正文）.txt"
    pg = Page(src, "email_body", mode="text")
    for line in ("发件人：白云六中工会<bygh06@example.cn>", "收件人：白云区教育工会<byjygh@example.cn>",
                 "发送时间：2024年12月30日(星期一) 下午4:12", "主题：报送六中工会2024年工作总结", "",
                 "区教育工会：您好！附件打不开的话，正文如下，请查收。"):
        if line:
            pg.c(line)
        else:
            pg.raw("")
    pg.raw("")
    d = doc("白云区第六中学工会2024年工作总结", "白云区第六中学", "school", 2024, "summary",
            C.summary("school", 2024, 3, "一、", sign=["白云区第六中学工会", "2024年12月30日"]))
    pg.art(d)
    pg.raw("")
    pg.c("————————————————")
    pg.c("白云六中工会 韦丽芳 电话：020-86613702")
    pg.c("发自我的手机")
    return pg.write(out, encoding="utf-8", newline="\n")


def f20(out: Path) -> dict:
    src = "2025/各单位报送/白云区城市管理和综合执法局机关工会2024年工作总结暨2025年工作打算.pdf"
    title = "白云区城市管理和综合执法局机关工会" + BREAK + "2024年工作总结暨2025年工作打算"
    paras = [("2024年，局机关工会在局党组和区直机关工会工委的领导下，围绕城市精细化管理中心工作，团结带领干部职工攻坚克难，"
             "现将一年来的工作和2025年工作打算报告如下。"), "一、2024年工作总结"]
    paras += C.sections("agency", 2024, "summary", 3, "（一）", per=(2, 3))
    paras += ["二、2025年工作打算"] + C.sections("agency", 2025, "plan", 3, "（一）", per=(2, 2))
    paras += ["白云区城市管理和综合执法局机关工会", "2025年1月8日"]
    chrome = write_pdf(out / src, title, paras, None, "— {n} —")
    d = doc(title.replace(BREAK, ""), "白云区城市管理和综合执法局", "agency", 2024, "report", paras)
    return entry(src, "pdf_title_two_lines", [d], chrome)


FILES = [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20]


def make_baiyun(out: Path) -> list[dict]:
    return [f(out) for f in FILES]
