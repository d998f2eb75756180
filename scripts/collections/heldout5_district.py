"""district_jinshui: files as a district union (金水区, invented) receives them from schools,
kindergartens, agencies, enterprises and its own offices: Word with heading styles, tables, headers
and footers; PDF with running headers, page markers and hard line breaks; saved HTML; GB18030,
UTF-16 and UTF-8-BOM text; an e-mail; a summary and next year's plan pasted into one file.
All names, figures and sentences invented."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

from heldout5_page import Page, esc, html_page, ps
from heldout5_text import Composer, plan_open, summary_open

FILES = []


def dfile(fn):
    FILES.append(fn)
    return fn


# ---------------------------------------------------------------- Word

def _docx(path: Path, blocks: list[tuple], header: str | None = None, footer: str | None = None) -> None:
    """BLOCKS: ('title'|'h1'|'h2'|'p'|'bold_center', text) or ('table', rows)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    d.core_properties.author = "金水区"
    for kind, val in blocks:
        if kind == "title":
            d.add_paragraph(val, style="Title")
        elif kind == "h1":
            d.add_paragraph(val, style="Heading 1")
        elif kind == "h2":
            d.add_paragraph(val, style="Heading 2")
        elif kind == "bold_center":
            para = d.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            para.add_run(val).bold = True
        elif kind == "right":
            para = d.add_paragraph(val)
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
        else:
            d.add_paragraph(val)
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    path.parent.mkdir(parents=True, exist_ok=True)
    d.core_properties.created = d.core_properties.modified = datetime(2024, 1, 1)
    buf = io.BytesIO()
    d.save(buf)
    # the same bytes on every run: fixed entry dates in the zip
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(zipfile.ZipInfo(item.filename, date_time=(2024, 1, 1, 0, 0, 0)), zin.read(item.filename),
                          compress_type=zipfile.ZIP_DEFLATED)
    path.write_bytes(out.getvalue())


def _table(p: Page, rows: list[list[str]]) -> tuple:
    for row in rows:
        p.b(" | ".join(row))
    return ("table", rows)


# ---------------------------------------------------------------- PDF

def _wrap(text: str, width: int, cut_after: str | None = None) -> list[str]:
    """Hard line breaks every WIDTH characters; with CUT_AFTER, a break right after that string
    (a number broken over two lines, as layout does)."""
    if cut_after and cut_after in text:
        i = text.index(cut_after) + len(cut_after)
        return _wrap(text[:i], width) + _wrap(text[i:], width)
    return [text[i:i + width] for i in range(0, len(text), width)] or [""]


def _pdf(path: Path, pages: list[list[str]], header: str | None, marker: str) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), invariant=1)
    for n, lines in enumerate(pages, 1):
        c.setFont("STSong-Light", 9)
        if header:
            c.drawString(72, 800, header)
        c.setFont("STSong-Light", 11)
        y = 770
        for line in lines:
            c.drawString(72, y, line)
            y -= 17
        c.setFont("STSong-Light", 9)
        c.drawString(280, 40, marker.format(n=n, total=len(pages)))
        c.showPage()
    c.save()


def _pdf_pages(paras: list[tuple[str, str | None]], per_page: int, width: int = 34) -> list[list[str]]:
    lines = []
    for text, cut in paras:
        lines += _wrap(text, width, cut)
    return [lines[i:i + per_page] for i in range(0, len(lines), per_page)]


# ---------------------------------------------------------------- files

@dfile
def d01(K: Composer, root: Path):
    src = "2023/各校报送/附件1：金水区第三中学工会2023年工作总结.docx"
    p = Page(src, "docx_heading_styles_table")
    p.c("附件1")
    p.c("金水区第三中学")
    p.c("金水区第三中学工会 编印")
    p.art("金水区第三中学工会2023年工作总结", "金水区第三中学", "school", 2023, "summary")
    blocks = [("p", "附件1"), ("title", "金水区第三中学工会2023年工作总结"),
              ("p", p.b(summary_open("金水区第三中学", "2023年", "区教育工会")))]
    for head in ["加强师德建设，凝聚教职工共识", "深化校务公开，推进民主管理", "关心教职工生活，做实送温暖工作"]:
        blocks.append(("h1", p.b(head)))
        blocks += [("p", p.b(x)) for x in K.paras("summary", 2)]
    blocks.append(("h1", p.b("全年主要活动一览")))
    rows = [["月份", "活动", "参与人数"]] + [[f"{m}月", K.fill("{act}"), K.fill("{a}人")] for m in (3, 5, 10)]
    blocks.append(_table(p, rows))
    blocks += [("right", p.b("金水区第三中学工会")), ("right", p.b("2023年12月25日"))]
    _docx(root / src, blocks, header="金水区第三中学", footer="金水区第三中学工会 编印")
    return p.key()


@dfile
def d02(K: Composer, root: Path):
    src = "2023/各校报送/金水路小学/工会工作总结.txt"
    p = Page(src, "gb18030_folder_only")
    p.art("工会工作总结", "金水路小学", "school", 2023, "summary")
    lines = ["工会工作总结"] + p.bs(["本年度，我校工会在区教育工会和学校党支部的领导下，围绕学校中心工作，依靠全体教职工，较好地完成了各项任务。"]
                                    + K.sections("summary", 4, "cn", per=(1, 1)) + ["校工会"])
    (root / src).parent.mkdir(parents=True, exist_ok=True)
    (root / src).write_bytes(("\r\n".join(lines) + "\r\n").encode("gb18030"))
    return p.key()


@dfile
def d03(K: Composer, root: Path):
    src = "2023/各校报送/附件2：金水区实验幼儿园工会2022-2023学年工作总结.pdf"
    p = Page(src, "pdf_header_dash_marker")
    p.art("金水区实验幼儿园工会2022-2023学年工作总结", "金水区实验幼儿园", "school", 2022, "summary")
    paras = [("金水区实验幼儿园工会2022-2023学年工作总结", None)]
    body = [summary_open("我园", "2022-2023学年", "区教育工会")] + K.sections("summary", 3, "cn", per=(1, 1))
    body.insert(3, K.fill("学年末开展的教职工满意度测评中，工会工作满意率为97.8%，较上一学年提高{c}个百分点。"))
    body += ["金水区实验幼儿园工会", "2023年7月10日"]
    p.bs(body)
    paras += [(x, "满意率为9" if "满意率为97.8%" in x else None) for x in body]
    pages = _pdf_pages(paras, 22)
    p.c("实验幼儿园工会材料汇编")
    for n in range(1, len(pages) + 1):
        p.c(f"— {n} —")
    _pdf(root / src, pages, "实验幼儿园工会材料汇编", "— {n} —")
    return p.key()


@dfile
def d04(K: Composer, root: Path):
    src = "2023/区直单位/金水区档案馆机关工会2023年工作计划.docx"
    p = Page(src, "docx_title_h2_month_table")
    p.c("金水区档案馆机关工会 文件")
    p.art("金水区档案馆机关工会2023年工作计划", "金水区档案馆", "agency", 2023, "plan")
    blocks = [("title", "金水区档案馆机关工会2023年工作计划"), ("p", p.b(plan_open("馆机关", "2023年")))]
    blocks.append(("h1", p.b("重点工作")))
    for head in ["思想引领", "服务职工", "自身建设"]:
        blocks.append(("h2", p.b(head)))
        blocks += [("p", p.b(x)) for x in K.paras("plan", 2)]
    blocks.append(("h1", p.b("月度安排")))
    rows = [["时间", "工作内容", "责任人"]] + [[f"{m}月", K.fill("{act}"), K.name()] for m in (2, 4, 6, 9, 11)]
    blocks.append(_table(p, rows))
    _docx(root / src, blocks, header="金水区档案馆机关工会 文件")
    return p.key()


@dfile
def d05(K: Composer, root: Path):
    src = "2023/企业/豫华物流公司工会2023年上半年工作总结.txt"
    p = Page(src, "utf16_enterprise_halfyear")
    t = "豫华物流公司工会2023年上半年工作总结"
    p.art(t, "豫华物流公司", "enterprise", 2023, "summary")
    lines = [t] + p.bs([summary_open("豫华物流公司", "2023年上半年", "区总工会")] + K.sections("summary", 3, "paren", per=(1, 2))
                       + ["豫华物流公司工会", "2023年7月5日"])
    (root / src).parent.mkdir(parents=True, exist_ok=True)
    (root / src).write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))
    return p.key()


@dfile
def d06(K: Composer, root: Path):
    src = "2024/各校报送/金水区第五小学工会2023年总结及2024年计划.txt"
    p = Page(src, "pasted_summary_then_plan")
    t1, t2 = "金水区第五小学工会2023年工作总结", "金水区第五小学工会2024年工作计划"
    p.art(t1, "金水区第五小学", "school", 2023, "summary")
    lines = [t1] + p.bs([summary_open("我校", "2023年", "区教育工会")] + K.sections("summary", 3, "cn", per=(1, 1))
                        + ["金水区第五小学工会", "2023年12月29日"])
    p.art(t2, "金水区第五小学", "school", 2024, "plan")
    lines += ["", "", t2] + p.bs([plan_open("我校", "2024年")] + K.sections("plan", 3, "cn", per=(1, 1))
                                 + ["金水区第五小学工会", "2024年1月3日"])
    (root / src).parent.mkdir(parents=True, exist_ok=True)
    (root / src).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    return p.key()


@dfile
def d07(K: Composer, root: Path):
    src = "2024/述职/金水区第二中学工会主席2023年度述职报告.docx"
    p = Page(src, "docx_shuzhi_bold_title")
    t = "金水区第二中学工会主席2023年度述职报告"
    p.art(t, "金水区第二中学", "school", 2023, "report")
    blocks = [("bold_center", t), ("p", p.b("各位领导、老师们：")),
              ("p", p.b("本人自担任金水区第二中学工会主席以来，认真履行岗位职责，现将2023年度履职情况和下一步打算报告如下，请予评议。"))]
    for i, head in enumerate(["加强学习，提高履职能力", "围绕中心，组织开展活动", "联系群众，维护教职工权益", "存在不足和今后打算"]):
        blocks.append(("p", p.b(f"{'一二三四'[i]}、{head}")))
        blocks += [("p", p.b(x)) for x in K.paras("shuzhi", 2, y="2023")]
    blocks += [("right", p.b("述职人：姚慧敏")), ("right", p.b("2024年1月12日"))]
    _docx(root / src, blocks)
    return p.key()


@dfile
def d08(K: Composer, root: Path):
    src = "2024/邮件来稿/转发：东风路中学工会2023年工作总结.txt"
    p = Page(src, "email_saved_text")
    head = [p.c("发件人：东风路中学工会 <dfzx_gh@jinshui-edu.cn>"), p.c("收件人：区教育工会 <jyghbgs@jinshui-edu.cn>"),
            p.c("日 期：2024年1月8日 16:42"), p.c("主 题：转发：东风路中学工会2023年工作总结"),
            p.c("附 件：东风路中学工会2023年工作总结.docx"), "", p.c("王老师：您好！"),
            p.c("现将我校工会2023年工作总结报上，附件另附，正文也贴在下面，请审阅。"), ""]
    t = "东风路中学工会2023年工作总结"
    p.art(t, "东风路中学", "school", 2023, "summary")
    body = [t] + p.bs([summary_open("我校", "2023年", "区教育工会")] + K.sections("summary", 3, "cn", per=(1, 1))
                      + ["东风路中学工会", "2024年1月5日"])
    tail = ["", p.c("此致"), p.c("敬礼！"), p.c("东风路中学工会 孔立新"), p.c("联系电话：0371-6551208")]
    (root / src).parent.mkdir(parents=True, exist_ok=True)
    (root / src).write_bytes(("\r\n".join(head + body + tail) + "\r\n").encode("gb18030"))
    return p.key()


@dfile
def d09(K: Composer, root: Path):
    src = "2024/各校报送/金水区第七中学/2023-2024学年第二学期工会工作小结.pdf"
    p = Page(src, "pdf_term_folder_school")
    t = "2023-2024学年第二学期工会工作小结"
    p.art(t, "金水区第七中学", "school", 2024, "summary")
    body = p.bs([K.fill("本学期，校工会在学校党总支的领导下，围绕“温馨校园”建设目标，共组织活动{c2}项。")]
                + K.sections("summary", 3, "arabic", per=(1, 1)) + ["校工会", "2024年7月2日"])
    pages = _pdf_pages([(t, None)] + [(x, None) for x in body], 20, width=36)
    p.c("校工会工作材料")
    for n in range(1, len(pages) + 1):
        p.c(f"- {n} -")
    _pdf(root / src, pages, "校工会工作材料", "- {n} -")
    return p.key()


@dfile
def d10(K: Composer, root: Path):
    src = "2024/区教育工会发文/关于印发《金水区教育工会2024年工作要点》的通知.docx"
    p = Page(src, "docx_notice_then_points")
    p.c("金水区教育工会文件")
    p.c("金教工〔2024〕3号")
    t1 = "关于印发《金水区教育工会2024年工作要点》的通知"
    p.art(t1, "金水区教育工会", "education_union", 2024, "other")
    blocks = [("bold_center", "金水区教育工会文件"), ("p", "金教工〔2024〕3号"), ("title", t1),
              ("p", p.b("各基层工会：")),
              ("p", p.b("现将《金水区教育工会2024年工作要点》印发给你们，请结合本单位实际认真贯彻落实。")),
              ("right", p.b("金水区教育工会")), ("right", p.b("2024年2月26日")), ("pagebreak", None)]
    t2 = "金水区教育工会2024年工作要点"
    p.art(t2, "金水区教育工会", "education_union", 2024, "plan")
    blocks.append(("title", t2))
    blocks.append(("p", p.b("2024年全区教育工会工作的总体要求是：坚持服务教职工的工作主线，深化民主管理，做实关爱服务，建设温馨校园。")))
    for head in ["加强思想政治引领", "深化教代会制度建设", "做实教职工关爱服务", "加强基层工会建设"]:
        blocks.append(("h1", p.b(head)))
        blocks += [("p", p.b(x)) for x in K.paras("plan", 2)]
    _docx(root / src, blocks, footer="金水区教育工会办公室 2024年2月26日印发")
    p.c("金水区教育工会办公室 2024年2月26日印发")
    return p.key()


@dfile
def d11(K: Composer, root: Path):
    src = "2024/微信推送/文化路学校工会2023年工作回顾.html"
    p = Page(src, "wechat_saved_html")
    t = "凝心聚力暖人心——文化路学校工会2023年工作回顾"
    p.art(t, "金水区文化路学校", "school", 2023, "summary")
    body = p.bs([K.fill("2023年，金水区文化路学校工会以建设“教职工之家”为抓手，全年组织各类活动{c2}场，参与教职工{b}人次。")]
                + K.sections("summary", 3, "none", per=(1, 1)) + ["供稿：校工会", "审核：" + K.name()])
    html = (f"<h1 class='rich_media_title'>{esc(t)}</h1>"
            f"<div>{esc(p.c('原创 文化路学校工会 金水文化路学校 2024年01月08日 18:20 河南'))}</div>"
            f"<div id='js_content'>{ps(body)}</div>"
            f"<div>{esc(p.c('阅读 562'))}</div><div>{esc(p.c('赞 分享 推荐 写留言'))}</div>"
            f"<div>{esc(p.c('微信扫一扫关注该公众号'))}</div>")
    (root / src).parent.mkdir(parents=True, exist_ok=True)
    (root / src).write_bytes(html_page(t, html).encode("utf-8"))
    return p.key()


@dfile
def d12(K: Composer, root: Path):
    src = "2024/各校报送/金水区第一幼儿园工会2024年度工作计划.html"
    p = Page(src, "school_cms_gb18030_download")
    t = "金水区第一幼儿园工会2024年度工作计划"
    p.art(t, "金水区第一幼儿园", "school", 2024, "plan")
    body = p.bs([plan_open("我园", "2024年度")] + K.sections("plan", 4, "cn", per=(1, 1)) + ["园工会", "2024年2月20日"])
    html = (f"<div>{esc(p.c('网站首页 | 园所概况 | 保教动态 | 党建工会 | 家园共育'))}</div>"
            f"<div>{esc(p.c('当前位置：首页 > 党建工会 > 工会动态'))}</div><h2>{esc(t)}</h2>"
            f"<div>{esc(p.c('作者：园工会 来源：本站原创 点击数：318 更新时间：2024-02-21'))}</div>{ps(body)}"
            f"<div>{esc(p.c('附件下载：2024年度工会工作计划.docx'))}</div>"
            f"<div>{esc(p.c('Copyright 2024 金水区第一幼儿园 豫ICP备12034567号'))}</div>")
    (root / src).parent.mkdir(parents=True, exist_ok=True)
    (root / src).write_bytes(html_page(t, html, charset="gb2312").encode("gb18030"))
    return p.key()


@dfile
def d13(K: Composer, root: Path):
    src = "2023/卫生/金水区疾控中心工会2023年工作总结.pdf"
    p = Page(src, "pdf_page_of_total")
    t = "金水区疾控中心工会2023年工作总结"
    p.art(t, "金水区疾病预防控制中心", "other", 2023, "summary")
    body = p.bs([summary_open("金水区疾病预防控制中心", "2023年", "区卫健委工会联合会")] + K.sections("summary", 4, "cn", per=(1, 1))
                + ["金水区疾病预防控制中心工会", "2024年1月10日"])
    pages = _pdf_pages([(t, None)] + [(x, None) for x in body], 24, width=33)
    p.c("金水区疾控中心 内部资料")
    for n in range(1, len(pages) + 1):
        p.c(f"第{n}页 共{len(pages)}页")
    _pdf(root / src, pages, "金水区疾控中心 内部资料", "第{n}页 共{total}页")
    return p.key()


@dfile
def d14(K: Composer, root: Path):
    src = "2022/金水区人民法院机关工会2022年度工作总结.txt"
    p = Page(src, "bom_agency_year_folder")
    t = "金水区人民法院机关工会2022年度工作总结"
    p.art(t, "金水区人民法院", "agency", 2022, "summary")
    lines = [t] + p.bs([summary_open("院机关", "2022年度", "区直机关工会")] + K.sections("summary", 3, "paren", per=(1, 1))
                       + ["金水区人民法院机关工会", "2022年12月30日"])
    (root / src).parent.mkdir(parents=True, exist_ok=True)
    (root / src).write_bytes(("\n".join(lines) + "\n").encode("utf-8-sig"))
    return p.key()


@dfile
def d15(K: Composer, root: Path):
    src = "2024/各校报送/南阳路小学工会上半年工作总结.txt"
    p = Page(src, "gb18030_year_in_date_line")
    t = "南阳路小学工会上半年工作总结"
    p.art(t, "南阳路小学", "school", 2024, "summary")
    lines = [t] + p.bs(["上半年，我校工会在上级工会和学校党支部的领导下，紧扣学校中心工作，扎实开展各项工作，现总结如下："]
                       + K.sections("summary", 3, "cn", per=(1, 1)) + ["南阳路小学工会", "2024年7月3日"])
    (root / src).parent.mkdir(parents=True, exist_ok=True)
    (root / src).write_bytes(("\r\n".join(lines) + "\r\n").encode("gb18030"))
    return p.key()


@dfile
def d16(K: Composer, root: Path):
    src = "2024/企业/豫中烟草金水配送中心工会2024年工作计划.docx"
    p = Page(src, "docx_typed_numbers_header")
    p.c("豫中烟草金水配送中心 工会办公室")
    p.c("内部资料 注意保存")
    t = "豫中烟草金水配送中心工会2024年工作计划"
    p.art(t, "豫中烟草金水配送中心", "enterprise", 2024, "plan")
    blocks = [("bold_center", t), ("p", p.b(plan_open("配送中心", "2024年")))]
    for line in K.sections("plan", 4, "cn", per=(1, 2)):
        blocks.append(("p", p.b(line)))
    _docx(root / src, blocks, header="豫中烟草金水配送中心 工会办公室", footer="内部资料 注意保存")
    return p.key()


@dfile
def d17(K: Composer, root: Path):
    src = "2024/街道来文/经八路街道总工会2023年工作总结暨2024年工作思路.txt"
    p = Page(src, "scan_text_broken_lines")
    t = "经八路街道总工会2023年工作总结暨2024年工作思路"
    p.art(t, "经八路街道总工会", "other", 2023, "report")
    paras = p.bs([summary_open("经八路街道总", "2023年", "区总工会")]
                 + ["一、2023年工作总结"] + K.paras("summary", 2) + [K.fill("全年新建基层工会{c}家，新发展会员{a}名，建会率达到96.3%，提高了{c}个百分点。")]
                 + ["二、2024年工作思路"] + K.paras("plan", 3) + ["经八路街道总工会", "2024年1月15日"])
    out = [t]
    for i, x in enumerate(paras):
        broken = _wrap(x, 27, "建会率达到9" if "建会率达到96.3%" in x else None)
        if i == 3:
            broken = broken[:1] + [p.c("第 1 页 共 2 页")] + broken[1:]
        out += broken
    (root / src).parent.mkdir(parents=True, exist_ok=True)
    (root / src).write_bytes(("\r\n".join(out) + "\r\n").encode("gb18030"))
    return p.key()


def make_district(folder: Path) -> list[dict]:
    keys = []
    for i, fn in enumerate(FILES, 1):
        keys.append(fn(Composer(9100 + i), folder))
    return keys
