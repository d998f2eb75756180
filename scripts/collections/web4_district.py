"""corpus/dev/district_nanshan (written as the second held-out set, promoted to development on
2026-11-30): files as 南山区总工会 (invented) receives them from schools, kindergartens, a
vocational school, a college, a hospital, a power-supply company, the education bureau's own union
and a street union.

Word (.docx, python-docx) with Heading styles, tables, headers and footers; PDF (reportlab) with
running headers, page markers and hard line breaks; saved web pages; GB18030 / UTF-16 / UTF-8-BOM
text; names and folders as a district office files them (by year, by unit). All text invented.
"""

from __future__ import annotations

import html
import random
from pathlib import Path

from heldout_district import write_docx, write_pdf
from web4_text import build

SEED = 1130
SCHOOL = ["维权", "送温暖", "文体活动", "民主管理", "师德", "自身建设"]
WORK = ["维权", "送温暖", "文体活动", "民主管理", "安全生产", "自身建设"]


def art_key(title, body, org, org_type, year, kind, on_topic=True):
    return {"title": title, "org": org, "org_type": org_type, "year": year, "kind": kind, "on_topic": on_topic,
            "first": body[0], "last": body[-1], "body": list(body)}


def make_district(root: Path) -> list[dict]:
    rng = random.Random(SEED)
    keys: list[dict] = []

    def body(org, year, kind, pool=SCHOOL, k=3, **kw):
        return build(rng, org=org, year=year, kind=kind, themes=rng.sample(pool, k), **kw)

    def write_txt(rel, text_lines, enc):
        data = "\r\n".join(text_lines) + "\r\n"
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if enc == "utf-16":
            p.write_bytes(b"\xff\xfe" + data.encode("utf-16-le"))
        elif enc == "utf-8-sig":
            p.write_bytes(b"\xef\xbb\xbf" + data.encode("utf-8"))
        else:
            p.write_bytes(data.encode(enc))

    def txt(rel, style, parts, enc, lead=(), tail=()):
        """parts: (title line, body lines, key article dict)."""
        lines = list(lead)
        arts = []
        for i, (tline, blines, key) in enumerate(parts):
            if i:
                lines += ["", ""]
            if tline:
                lines += [tline, ""]
            lines += ["\u3000\u3000" + x for x in blines]
            arts.append(key)
        lines += list(tail)
        write_txt(rel, lines, enc)
        keys.append({"source": rel, "style": style, "articles": arts, "chrome": list(lead) + list(tail)})

    def docx_file(rel, style, title, lines, heads, key, header, footer, table=None, table_after=None,
                  level2=()):
        blocks = [("title", title)] if title else []
        key_body = []
        for j, ln in enumerate(lines):
            blocks.append(("h2" if j in level2 else "h1" if j in heads else "p", ln))
            key_body.append(ln)
            if table and j == table_after:
                blocks += [("row", r) for r in table]
                key_body += table
        write_docx(root / rel, blocks, header, footer)
        key = dict(key, body=key_body, first=key_body[0], last=key_body[-1])
        keys.append({"source": rel, "style": style, "articles": [key],
                     "chrome": [x for x in (header, footer) if x]})

    def pdf_file(rel, style, title, lines, key, header, marker, split_at=None):
        chrome = write_pdf(root / rel, title, lines, header, marker, split_at=split_at, width=32, per_page=24)
        keys.append({"source": rel, "style": style, "articles": [key], "chrome": chrome})

    # 1. attachment 3: Word, Heading styles with no typed numbers, a table of activities
    title = "南山实验小学工会2022年度工作总结"
    lines, heads = body("南山实验小学", 2022, "summary", k=4, style="plain", unit="学校", party="学校党支部",
                        upper="区教育工会", sign="南山实验小学工会", date="2022年12月26日")
    table = ["时间 | 活动名称 | 参与人数", "3月8日 | 女教职工手工香皂体验 | 52", "5月20日 | 教职工气排球联赛 | 74",
             "12月30日 | 迎新年游园会 | 118"]
    docx_file("2022/附件3：南山实验小学工会2022年度工作总结.docx", "docx-headings", title, lines, heads,
              art_key(title, lines, "南山实验小学", "school", 2022, "summary"),
              "南山实验小学工会委员会", "第 1 页", table=table, table_after=heads[2])

    # 2. attachment 1: PDF, running header, — 1 — markers, a percentage broken across lines
    title = "南山第二高级中学工会2022年工作总结"
    lines, _ = body("南山第二高级中学", 2022, "summary", k=4, unit="学校", party="学校党委")
    lines.insert(3, "全年组织教职工健康体检一次，参检率为96.4%，对体检发现的问题逐一建立了健康档案。")
    pdf_file("2022/附件1：南山第二高级中学工会2022年工作总结.pdf", "pdf-dash", title, lines,
             art_key(title, lines, "南山第二高级中学", "school", 2022, "summary"),
             "南山第二高级中学工会文件", "— {n} —", split_at="参检率为9")

    # 3. GB18030 text in a school folder under the year: no school, no year in the text
    lines, _ = body("", None, "summary", k=3, unit="学校", party="学校党支部", year_txt="今年")
    lines = [x.replace("，工会", "，我校工会", 1) if i == 0 else x for i, x in enumerate(lines)]
    txt("2022/桃源中学/工会工作总结.txt", "txt-gb18030-path",
        [("工会工作总结", lines, art_key("工会工作总结", lines, "桃源中学", "school", 2022, "summary"))],
        "gb18030")

    # 4. kindergarten half-year summary in Word, Heading 2 sub-headings
    title = "荔湾幼儿园2022年上半年工会工作小结"
    lines, heads = body("荔湾幼儿园", 2022, "summary", k=3, style="plain", unit="幼儿园", party="园党支部",
                        year_txt="2022年上半年", per=(2, 2))
    lines.insert(heads[0] + 1, "女职工关爱")
    level2 = [heads[0] + 1]
    heads = [h if h <= heads[0] else h + 1 for h in heads]
    docx_file("2022/荔湾幼儿园2022年上半年工会工作小结.docx", "docx-headings", title, lines, heads,
              art_key(title, lines, "荔湾幼儿园", "school", 2022, "summary"), None, "荔湾幼儿园工会委员会",
              level2=level2)

    # 5. summary and next year's plan pasted into one UTF-16 file
    t1, t2 = "南山职业技术学校工会2022年工作总结", "南山职业技术学校工会2023年工作计划"
    used: set = set()
    l1, _ = body("南山职业技术学校", 2022, "summary", k=3, unit="学校", party="学校党委", used=used,
                 sign="南山职业技术学校工会", date="2022年12月20日")
    l2, _ = body("南山职业技术学校", 2023, "plan", k=3, unit="学校", party="学校党委", used=used, style="paren")
    txt("2022/南山职业技术学校工会2022年工作总结及2023年工作计划.txt", "txt-utf16-pasted",
        [(t1, l1, art_key(t1, l1, "南山职业技术学校", "school", 2022, "summary")),
         (t2, l2, art_key(t2, l2, "南山职业技术学校", "school", 2023, "plan"))], "utf-16")

    # 6. a saved school page with a download line
    title = "西丽街道中心小学工会2022年工作总结"
    lines, _ = body("西丽街道中心小学", 2022, "summary", k=3, unit="学校", party="学校党支部")
    top = ["学校首页 | 学校概况 | 德育天地 | 教学科研 | 党建工会 | 联系我们", "当前位置：首页 > 党建工会 > 工会之窗",
           "作者：校工会 来源：本站原创 点击数：143 更新时间：2023-01-04"]
    end = ["相关附件：西丽街道中心小学工会2022年工作总结.doc （点击下载）", "【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】",
           "上一篇文章：我校开展教职工三八节趣味活动", "下一篇文章：西丽街道中心小学2023年寒假值班安排",
           "Copyright 2023 西丽街道中心小学 版权所有 粤ICP备09087654号"]
    parts = ["<!DOCTYPE html><html><head><meta charset='gb2312'><title>西丽街道中心小学工会2022年工作总结 - 党建工会</title></head><body>",
             f"<table><tr><td>{html.escape(top[0])}</td></tr></table>", f"<div>{html.escape(top[1])}</div>",
             f"<p align=center><b>{html.escape(title)}</b></p>", f"<div class=info>{html.escape(top[2])}</div>"]
    parts += [f"<p>\u3000\u3000{html.escape(x)}</p>" for x in lines]
    parts += [f"<div>{html.escape(x)}</div>" for x in end] + ["</body></html>"]
    p = root / "2022/西丽街道中心小学工会2022年工作总结.html"
    p.write_bytes(("\n".join(parts) + "\n").encode("gb18030"))
    keys.append({"source": "2022/西丽街道中心小学工会2022年工作总结.html", "style": "html-school-gb",
                 "articles": [art_key(title, lines, "西丽街道中心小学", "school", 2022, "summary")],
                 "chrome": top + end})

    # 7. street union summary as PDF, '- 1 -' markers
    title = "西丽街道总工会2022年工作总结"
    lines, _ = body("西丽街道总", 2022, "summary", pool=WORK, k=4, unit="街道", party="街道党工委",
                    upper="区总工会")
    pdf_file("2022/西丽街道总工会2022年工作总结.pdf", "pdf-dash", title, lines,
             art_key(title, lines, "西丽街道总工会", "other", 2022, "summary"), "西丽街道总工会", "- {n} -")

    # 8. 工作要点 in Word with typed numbers and a month table
    title = "蛇口育才中学2023年工会工作要点"
    lines, heads = body("蛇口育才中学", 2023, "plan", k=4, unit="学校", party="学校党委")
    lines.insert(len(lines) - 1, "附：全年工会活动安排表")
    table = ["月份 | 主要工作", "2月 | 召开教代会，审议学校工作报告", "3月 | 庆“三八”女教职工活动", "9月 | 教师节慰问",
             "12月 | 迎新年教职工游园活动"]
    docx_file("2023/蛇口育才中学2023年工会工作要点.docx", "docx-table", title, lines, heads,
              art_key(title, lines, "蛇口育才中学", "school", 2023, "plan"), "蛇口育才中学", None,
              table=table, table_after=len(lines) - 2)

    # 9. a plan as PDF whose headings include 主要工作; '第1页 共2页'
    title = "南山实验小学工会2023年工作计划"
    lines, _ = body("南山实验小学", 2023, "plan", k=4, unit="学校", party="学校党支部", style="paren")
    lines.insert(1, "一、主要工作")
    pdf_file("2023/南山实验小学工会2023年工作计划.pdf", "pdf-pages", title, lines,
             art_key(title, lines, "南山实验小学", "school", 2023, "plan"), "南山实验小学工会委员会文件",
             "第{n}页 共{total}页")

    # 10. a report to the 教代会 (Word); the opening mentions 工作报告
    title = "凝心聚力 共建共享——在海湾学校第三届教代会第二次会议上的工会工作报告"
    lines, heads = body("海湾学校", 2022, "report", k=4, unit="学校", party="学校党委", style="cn")
    docx_file("2023/海湾学校第三届教代会第二次会议工会工作报告.docx", "docx-report", title, lines, heads,
              art_key(title, lines, "海湾学校", "school", 2022, "report"), "海湾学校第三届教职工代表大会第二次会议文件之三",
              "海湾学校工会委员会  2023年2月")

    # 11. a school-year summary as GB18030 text, the year only as 2022-2023学年
    title = "2022-2023学年桃源中学工会工作总结"
    lines, _ = body("桃源中学", 2023, "summary", k=3, unit="学校", party="学校党支部", year_txt="本学年")
    txt("2023/2022-2023学年桃源中学工会工作总结.txt", "txt-gb18030",
        [(title, lines, art_key(title, lines, "桃源中学", "school", 2022, "summary"))], "gb18030")  # a school year: its start year

    # 12. the education bureau's own (agency) union, Word
    title = "南山区教育局机关工会2023年工作总结"
    lines, heads = body("南山区教育局机关", 2023, "summary", pool=WORK, k=3, unit="局机关", party="局党组",
                        upper="区直机关工会", style="paren")
    docx_file("2023/南山区教育局机关工会2023年工作总结.docx", "docx-agency", title, lines, heads,
              art_key(title, lines, "南山区教育局机关", "agency", 2023, "summary"), None, "- 1 -")

    # 13. the district education union's 要点, PDF
    title = "南山区教育工会2023年工作要点"
    lines, _ = body("南山区教育", 2023, "plan", k=4, unit="全区教育系统", party="区教育局党组", upper="区总工会")
    pdf_file("2023/南山区教育工会2023年工作要点.pdf", "pdf-dash", title, lines,
             art_key(title, lines, "南山区教育工会", "education_union", 2023, "plan"), "南教工〔2023〕3号",
             "— {n} —")

    # 14. a public-account article saved as HTML
    title = "回眸2023｜珠光小学工会这一年"
    lines, _ = body("珠光小学", 2023, "summary", k=3, unit="学校", party="学校党支部", style="paren")
    top = ["原创 珠光小学工会 珠光小学 2023-12-29 17:30 发表于广东"]
    end = ["珠光小学", "微信号 zhuguangxx", "长按识别二维码关注我们", "阅读 426", "写留言"]
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>回眸2023｜珠光小学工会这一年</title></head><body>",
             f"<h1 class='rich_media_title'>{html.escape(title)}</h1>",
             f"<div class='rich_media_meta_list'>{html.escape(top[0])}</div><div id='js_content'>"]
    parts += [f"<section><span>{html.escape(x)}</span></section>" for x in lines]
    parts += ["</div>"] + [f"<div>{html.escape(x)}</div>" for x in end] + ["</body></html>"]
    p = root / "2023/回眸2023｜珠光小学工会这一年.html"
    p.write_text("\n".join(parts) + "\n", encoding="utf-8")
    keys.append({"source": "2023/回眸2023｜珠光小学工会这一年.html", "style": "html-wechat",
                 "articles": [art_key(title, lines, "珠光小学", "school", 2023, "summary")], "chrome": top + end})

    # 15. kindergarten named only by its folder; the text says 我园 and 今年
    lines, heads = body("我园", None, "summary", k=3, style="plain", unit="幼儿园", party="园党支部", year_txt="今年")
    docx_file("2023/南山第二幼儿园/工会工作总结.docx", "docx-path", "工会工作总结", lines, heads,
              art_key("工会工作总结", lines, "南山第二幼儿园", "school", 2023, "summary"), None, None)

    # 16. a hospital, UTF-8 with BOM, in the units' folder
    title = "南山区人民医院工会2023年工作总结"
    lines, _ = body("南山区人民医院", 2023, "summary", pool=WORK, k=4, unit="医院", party="院党委",
                    sign="南山区人民医院工会", date="2024年1月10日")
    txt("各单位报送/南山区人民医院工会2023年工作总结.txt", "txt-utf8bom",
        [(title, lines, art_key(title, lines, "南山区人民医院", "other", 2023, "summary"))], "utf-8-sig")

    # 17. an enterprise's half-year summary in Word with a table and header/footer
    title = "南山供电公司工会2023年上半年工作总结"
    lines, heads = body("南山供电公司", 2023, "summary", pool=WORK, k=3, unit="公司", party="公司党委",
                        year_txt="2023年上半年", style="cn")
    table = ["项目 | 上半年完成 | 全年目标", "困难职工慰问（户） | 18 | 30", "劳动竞赛（项） | 4 | 6", "职工培训（人次） | 612 | 1200"]
    docx_file("各单位报送/南山供电公司工会2023年上半年工作总结.docx", "docx-table", title, lines, heads,
              art_key(title, lines, "南山供电公司", "enterprise", 2023, "summary"), "南山供电公司工会委员会",
              "内部资料 注意保存", table=table, table_after=0)

    # 18. a college's first-term plan, 2023-2024学年第一学期, Word
    title = "南山科技学院工会2023-2024学年第一学期工作计划"
    lines, heads = body("南山科技学院", 2023, "plan", k=3, unit="学院", party="学院党委", style="paren",
                        year_txt="本学期")
    docx_file("各单位报送/南山科技学院工会2023-2024学年第一学期工作计划.docx", "docx-university", title, lines, heads,
              art_key(title, lines, "南山科技学院", "university", 2023, "plan"), "南山科技学院工会委员会", "第 1 页 共 1 页")

    return keys
