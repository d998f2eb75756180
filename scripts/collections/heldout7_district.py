"""district_yunhe: files as a district union (云河区总工会, invented) receives them from schools, a
vocational school, agencies, a bank, an airline service company, a prison, a street, a hospital,
the development zone and its own offices. All names, people and figures invented."""

from __future__ import annotations

import math
from pathlib import Path

from heldout7_page import Page, art, bom, docx_file, lay_out, pdf_file, row, utf16, write
from heldout7_text import Composer


def d01(C: Composer, out: Path):
    src = "2024年/附件3：云河区第二实验小学工会2024年工作总结.docx"
    title = "云河区第二实验小学工会2024年工作总结"
    body = C.body("summary", "云河区第二实验小学", "school", scope="2024年", when="2024年", numbering="none",
                  sign=("云河区第二实验小学工会", "2024年12月25日"))
    table = [["活动项目", "场次", "参与人次"], ["教工运动会", "1", "126"], ["读书分享会", "4", "210"],
             ["困难教职工慰问", "2", "17"]]
    rows = [" | ".join(r) for r in table]
    blocks = [("Normal", "附件3"), ("Title", title)]
    for line in body[:-3]:
        blocks.append(("Heading 1" if line in C.heads else "Normal", line))
    blocks.append(("table", table))
    blocks += [("Normal", x) for x in body[-3:]]
    key_body = body[:-3] + rows + body[-3:]
    docx_file(out / src, blocks, header="云河二实小 · 工会材料", footer="云河区第二实验小学工会办公室 制")
    a = art(title, "云河区第二实验小学", "school", 2024, "summary", key_body, org_also=["第二实验小学"])
    return row(src, "docx_heading_table", [a], ["附件3", "云河二实小 · 工会材料", "云河区第二实验小学工会办公室 制"])


def d02(C: Composer, out: Path):
    src = "2024年/云河区中等职业学校工会2024年度工作总结.pdf"
    title = "云河区中等职业学校工会2024年度工作总结"
    body = C.body("summary", "学校", "school", scope="2024年度", when="2024年",
                  themes=("minzhu", "jianye", "wennuan", "wenti"),
                  sign=("云河区中等职业学校工会委员会", "2024年12月30日"))
    pct = "年末组织教职工满意度测评，对工会工作的满意率为96.3%，比上年提高1.2个百分点。"
    body.insert(-3, pct)
    cut = pct.index("为9") + 2
    first = pct[:cut]
    pages, chrome = lay_out([title] + body, 34, 22, "云河中职 工会工作材料", lambda n: f"— {n} —",
                            breaks={pct: [first[:-12], first[-12:], pct[cut:]]})
    pdf_file(out / src, pages)
    a = art(title, "云河区中等职业学校", "school", 2024, "summary", body, org_also=["云河中职"])
    return row(src, "pdf_header_percent", [a], chrome)


def d03(C: Composer, out: Path):
    src = "学年材料/2023-2024学年/云河实验学校/工会工作计划.docx"
    body = C.body("plan", "学校", "school", scope="本学年", when="本学年", numbering="cn", paras=1,
                  sign=("学校工会", "2023年9月4日"))
    blocks = [("bold_center", "工会工作计划")] + [("Normal", x) for x in body]
    docx_file(out / src, blocks, footer="第 1 页")
    a = art("工会工作计划", "云河实验学校", "school", 2023, "plan", body, org_also=["云河区实验学校"])
    return row(src, "docx_folder_only", [a], ["第 1 页"])


def d04(C: Composer, out: Path):
    src = "区直单位/云河区水利局/2023年度机关工会工作总结.txt"
    title = "2023年度机关工会工作总结"
    body = C.body("summary", "局机关", "agency", scope="2023年度", when="2023年", numbering="paren", paras=1,
                  sign=("局机关工会", "2024年1月8日"))
    write(out, src, ("\r\n".join([title] + body) + "\r\n").encode("gb18030"))
    a = art(title, "云河区水利局", "agency", 2023, "summary", body, org_also=["区水利局"])
    return row(src, "gb18030_agency_path", [a], [])


def d05(C: Composer, out: Path):
    src = "区直单位/区文化馆工会2024年上半年工作总结.html"
    title = "区文化馆工会2024年上半年工作总结"
    p = Page(title + "_云河区人民政府门户网站")
    p.c("云河区人民政府门户网站", cls="site")
    p.c("您的位置：首页 > 政务公开 > 部门动态", cls="crumb")
    p.t(title)
    p.c("信息来源：区文化馆 发布时间：2024-07-10 浏览次数：", cls="meta")
    body = C.body("summary", "云河区文化馆", "agency", scope="上半年", when="2024年上半年", paras=1,
                  themes=("minzhu", "wennuan", "wenti"))
    p.ps(body)
    p.c("【打印本页】 【关闭窗口】", cls="tools")
    write(out, src, p.render())
    a = art(title, "云河区文化馆", "agency", 2024, "summary", body, org_also=["区文化馆"])
    return row(src, "gov_page_half_year", [a], p.chrome)


def d06(C: Composer, out: Path):
    src = "企业/云河农商银行工会2025年工作要点.docx"
    title = "云河农村商业银行工会2025年工作要点"
    body = C.body("plan", "云河农村商业银行", "bank", scope="2025年", when="2025年", paras=1)
    months = C.month_rows("行", "bank", months=(1, 3, 5, 7, 9, 11))
    table = [["月份", "重点工作"]] + [list(m) for m in months]
    rows = [" | ".join(r) for r in table]
    blocks = [("Title", title)] + [("Heading 1" if x in C.heads else "Normal", x) for x in body[:-1]]
    blocks += [("Normal", "附：全年重点工作安排表"), ("table", table), ("Normal", body[-1])]
    key_body = body[:-1] + ["附：全年重点工作安排表"] + rows + body[-1:]
    docx_file(out / src, blocks, header="云河农商银行工会办公室")
    a = art(title, "云河农村商业银行", "enterprise", 2025, "plan", key_body,
            org_also=["云河农商银行", "云河农商行"])
    return row(src, "docx_bank_month_table", [a], ["云河农商银行工会办公室"])


def _ocr_lines(paragraphs, C: Composer):
    """Physical lines of a scan's text layer: irregular widths, spaces between characters in some lines,
    half-width commas."""
    breaks = {}
    for p in paragraphs:
        lines, i = [], 0
        while i < len(p):
            w = C.rng.randint(22, 31)
            seg = p[i:i + w]
            if C.rng.random() < 0.3:
                seg = " ".join(seg[:8]) + seg[8:]
            lines.append(seg.replace("，", ","))
            i += w
        breaks[p] = lines
    return breaks


def d07(C: Composer, out: Path):
    src = "企业/云河航空服务公司/工会工作汇报.pdf"
    title = "2024年工会工作汇报"
    body = C.body("summary", "云河航空服务有限公司", "enterprise", scope="全年", when="今年以来",
                  themes=("jianye", "weiquan", "wennuan", "ziji"), paras=1,
                  sign=("云河航空服务有限公司工会", "二〇二四年十二月二十日"))
    body[0] = body[0].replace("现将全年工作总结如下", "现将全年工作汇报如下")
    breaks = _ocr_lines(body, C)
    per_page = math.ceil((1 + sum(len(x) for x in breaks.values())) / 2)
    pages, chrome = lay_out([title] + body, 30, per_page, None, lambda n: f"第 {n} 页 共 2 页", breaks=breaks)
    pdf_file(out / src, pages, size=10.5)
    a = art(title, "云河航空服务有限公司", "enterprise", 2024, "summary", body, org_also=["云河航空服务公司"])
    return row(src, "pdf_scan_text_layer", [a], chrome)


def d08(C: Composer, out: Path):
    src = "述职/云河区教师进修学校工会主席述职报告.docx"
    title = "云河区教师进修学校工会主席述职报告"
    body = ["述职人：徐文", "各位领导、各位老师：",
            "2024年，我在学校党总支和区总工会的领导下履行工会主席职责，现将一年来的工作述职如下。"]
    body += C.body("summary", "学校", "school", scope="2024年", when="2024年", opening=False, closing=False,
                   themes=("minzhu", "wennuan", "ziji"), paras=1)
    body += ["2025年，我将围绕教师培训中心工作，把服务教职工的事情办得更实。", "2025年1月6日"]
    blocks = [("bold_center", title)] + [("Normal", x) for x in body]
    docx_file(out / src, blocks, footer="区进修学校工会 印")
    a = art(title, "云河区教师进修学校", "school", 2024, "report", body, org_also=["区教师进修学校"])
    return row(src, "docx_shuzhi_bold", [a], ["区进修学校工会 印"])


def d09(C: Composer, out: Path):
    src = "邮件来稿/RE：报送2024年工会工作总结（云河监狱工会）.txt"
    title = "云河监狱工会2024年工作总结"
    head = ["发件人：云河监狱工会 <ghb@yunhe-jy.example>", "发送时间：2024年12月30日 16:42",
            "收件人：云河区总工会组织部", "主题：RE：报送2024年工会工作总结（云河监狱工会）", "区总工会组织部："]
    mid = ["现将我单位2024年工会工作总结报上，请审阅。"]
    body = C.body("summary", "云河监狱", "prison", scope="2024年", when="2024年", paras=1)
    tail = ["此致", "敬礼！", "云河监狱工会 周敏", "电话：0571-8899xxxx", "-----原始邮件-----",
            "发件人：云河区总工会组织部", "主题：关于报送2024年度工会工作总结的通知",
            "各基层工会：请于12月31日前报送全年工作总结。"]
    text = "\n".join(head + mid + ["", title] + body + [""] + tail) + "\n"
    write(out, src, text.encode("utf-8"))
    a = art(title, "云河监狱", "agency", 2024, "summary", body)
    return row(src, "email_text", [a], head + mid + tail)


def d10(C: Composer, out: Path):
    src = "街道来文/枫林街道总工会2024年总结及2025年计划.txt"
    t1, t2 = "枫林街道总工会2024年工作总结", "枫林街道总工会2025年工作计划"
    b1 = C.body("summary", "枫林街道总", "street", scope="2024年", when="2024年", paras=1,
                sign=("枫林街道总工会", "2024年12月20日"))
    b2 = C.body("plan", "枫林街道总", "street", scope="2025年", when="2025年", paras=1, numbering="paren",
                sign=("枫林街道总工会", "2024年12月20日"))
    text = "\r\n".join([t1] + b1 + ["", t2] + b2) + "\r\n"
    write(out, src, utf16(text))
    also = ["云河区枫林街道总工会"]
    return row(src, "utf16_pasted_pair", [art(t1, "枫林街道总工会", "other", 2024, "summary", b1, org_also=also),
                                          art(t2, "枫林街道总工会", "other", 2025, "plan", b2, org_also=also)], [])


def d11(C: Composer, out: Path):
    src = "微信推送/启明学校工会下半年工作回眸.html"
    title = "云河区启明民办学校工会2024年下半年工作回眸"
    p = Page(title)
    p.t(title)
    p.c("原创 启明工会 启明学校 2025年01月08日 17:05", cls="meta")
    body = C.body("summary", "启明民办学校", "school", scope="下半年", when="2024年下半年", numbering="none",
                  paras=1, themes=("wenti", "wennuan", "minzhu"))
    p.ps(body)
    p.ul(["长按二维码关注", "阅读原文", "喜欢此内容的人还喜欢"], cls="end")
    write(out, src, p.render())
    a = art(title, "云河区启明民办学校", "school", 2024, "summary", body, org_also=["启明民办学校"])
    return row(src, "wechat_saved_half_year", [a], p.chrome)


def d12(C: Composer, out: Path):
    src = "开发区/云河经开区总工会关于印发2025年工作要点的通知.pdf"
    t1 = "关于印发《云河经济开发区总工会2025年工作要点》的通知"
    t2 = "云河经济开发区总工会2025年工作要点"
    n = ["各基层工会、工会联合会：", "现将《云河经济开发区总工会2025年工作要点》印发给你们，请结合实际认真贯彻落实。",
         "云河经济开发区总工会", "2025年2月18日"]
    plan = C.body("plan", "开发区总", "zone", scope="2025年", when="2025年", paras=1)
    head = ["云河经济开发区总工会文件", "云经开工〔2025〕3号"]
    pages1, chrome1 = lay_out([t1] + n, 30, 24, None, lambda k: f"- {k} -")
    pages1[0] = head + pages1[0]
    pages2, chrome2 = lay_out([t2] + plan, 30, 24, None, lambda k: f"- {k + len(pages1)} -")
    pdf_file(out / src, pages1 + pages2)
    also = ["云河经开区总工会"]
    arts = [art(t1, "云河经济开发区总工会", "other", 2025, "other", n, org_also=also),
            art(t2, "云河经济开发区总工会", "other", 2025, "plan", plan, org_also=also)]
    return row(src, "pdf_notice_and_plan", arts, head + chrome1 + chrome2)


def d13(C: Composer, out: Path):
    src = "2023年度/各校/云河区实验中学工会2023年度工作总结.txt"
    title = "云河区实验中学工会2023年度工作总结"
    body = C.body("summary", "学校", "school", scope="2023年度", when="2023年度", paras=1, numbering="arabic",
                  sign=("云河区实验中学工会", "2024年1月12日"))
    write(out, src, bom("\n".join([title, ""] + body) + "\n"))
    a = art(title, "云河区实验中学", "school", 2023, "summary", body)
    return row(src, "bom_niandu", [a], [])


def d14(C: Composer, out: Path):
    src = "卫健/云河区人民医院工会经费审查委员会2024年度工作报告.docx"
    title = "云河区人民医院工会经费审查委员会2024年度工作报告"
    body = ["各位代表：", "受院工会经费审查委员会委托，现将2024年度经费审查工作报告如下，请予审议。",
            "一、经费收支情况",
            ("2024年，院工会经费收入共计86.4万元，其中拨缴经费留成68.1万元，行政补助18.3万元；支出共计79.2万元，"
             "主要用于职工活动、送温暖和职工之家建设。"),
            "二、审查工作开展情况",
            "经审委员会每半年审查一次经费收支，全年审查凭证412张，对两笔手续不全的支出提出了补正意见，均已整改。",
            "对年度预算执行情况进行了审查，预算执行率为91.7%，未发现超范围、超标准列支。",
            "三、存在的问题和建议",
            "部分活动的报销材料不够完整，建议财务和工会共同制定报销清单，做到一次告知、一次补齐。",
            "云河区人民医院工会经费审查委员会", "2025年1月15日"]
    blocks = [("bold_center", title)] + [("Normal", x) for x in body]
    docx_file(out / src, blocks, header="院工会经审会", footer="- 1 -")
    a = art(title, "云河区人民医院", "other", 2024, "report", body)
    return row(src, "docx_audit_report", [a], ["院工会经审会", "- 1 -"])


def d15(C: Composer, out: Path):
    src = "2024年/云河区第三小学/工会工作小结.html"
    title = "2024学年第一学期工会工作小结"
    p = Page(title + "-云河区第三小学", charset="gb18030")
    p.c("云河区第三小学", cls="site")
    p.links(["首页", "学校概况", "党建工会", "教育教学", "联系我们"], sep=" ")
    p.t(title)
    p.c("作者：工会 来源：本站原创 点击数：208 更新时间：2025-01-20", cls="meta")
    body = C.body("summary", "学校", "school", scope="本学期", when="本学期", paras=1, numbering="paren",
                  themes=("minzhu", "wennuan", "wenti"))
    body[0] = body[0].replace("学校工会", "云河区第三小学工会", 1)
    p.ps(body)
    p.c("附件：【下载】2024学年第一学期工会工作小结.docx", cls="down")
    p.c("Copyright 2025 云河区第三小学 版权所有", cls="foot")
    write(out, src, p.render())
    a = art(title, "云河区第三小学", "school", 2024, "summary", body, org_also=["云河三小"])
    return row(src, "school_cms_gb18030_term", [a], p.chrome)


def d16(C: Composer, out: Path):
    src = "区总工会发文/关于报送2024年度工会工作总结的通知.docx"
    title = "关于报送2024年度工会工作总结的通知"
    body = ["各基层工会、街道总工会：",
            "为全面掌握全区工会工作情况，请各单位认真总结2024年度工会工作，于12月31日前将书面总结报送区总工会组织部。",
            "一、总结内容包括全年主要工作、特色亮点、存在问题和2025年工作打算，字数一般不超过3000字。",
            "二、请同时报送电子文档，文件名统一为“单位名称+2024年工会工作总结”。",
            "联系人：孙莉，电话：0571-8899xxxx。", "云河区总工会", "2024年12月2日"]
    blocks = [("bold_center", title)] + [("Normal", x) for x in body]
    docx_file(out / src, blocks, header="云河区总工会办公室")
    a = art(title, "云河区总工会", "other", 2024, "other", body)
    return row(src, "docx_notice", [a], ["云河区总工会办公室"])


def d17(C: Composer, out: Path):
    src = "2024年/云河区梅园幼儿园/下半年工作总结.txt"
    title = "下半年工会工作总结"
    body = C.body("summary", "园", "school", scope="下半年", when="下半年", paras=1, numbering="cn",
                  themes=("wennuan", "wenti", "ziji"))
    write(out, src, ("\r\n".join([title, ""] + body) + "\r\n").encode("gb18030"))
    a = art(title, "云河区梅园幼儿园", "school", 2024, "summary", body, org_also=["梅园幼儿园"])
    return row(src, "gb18030_folder_half_year", [a], [])


FILES = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17]


def make_district_yunhe(folder: Path) -> list[dict]:
    C = Composer(2026113010)
    return [make(C, folder) for make in FILES]
