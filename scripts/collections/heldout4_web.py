"""web6: pages of the fourth held-out set, each in its own site style (the key's `style`). Every
site, organisation, person, figure and sentence is invented; only the page patterns are modelled."""

from __future__ import annotations

from pathlib import Path

from heldout4_page import Page, trad, trad_doc, with_pinyin
from heldout4_text import Composer, doc

C = Composer(20261130)
NAV_SEP = " | "


def nav(items: list[str], sep: str = NAV_SEP) -> tuple[str, str]:
    """A link bar: its visible text and its markup."""
    return sep.join(items), '<div class="nav">' + sep.join(f'<a href="#">{x}</a>' for x in items) + "</div>"


def side(pg: Page, head: str, items: list[str]) -> None:
    """A sidebar list: its heading and every item are chrome lines."""
    pg.raw('<div class="sidebar">')
    pg.c(head, "<h3>{}</h3>")
    for item in items:
        pg.c(item, '<li><a href="#">{}</a></li>')
    pg.raw("</div>")


SCRIPT = '<script type="text/javascript">var _hmt = _hmt || []; (function(){ var s = document.createElement("script"); })();</script>'
STYLE = "<style>.nav a{margin:0 6px}.sidebar{float:right;width:260px}</style>"


def p01(out: Path) -> dict:
    pg = Page("p01_jiguan_xiaobian.html", "xiaobian_intro")
    pg.c("手机范文网", '<div class="logo">{}</div>')
    pg.c("首页 > 工作总结 > 单位工作总结", '<div class="crumb">{}</div>')
    d = doc("清河县审计局机关工会2024年度工作总结", "清河县审计局", "agency", 2024, "summary",
            C.summary("agency", 2024, 4, sign=["清河县审计局机关工会", "2024年12月18日"]))
    pg.raw('<div class="article">')
    pg.art(d, title_fmt='<h1 class="title">{}</h1>', inserts={0: [
        ("日子过得真快，转眼一年的工作又要结束了，写好工作总结能帮我们理清思路、找准方向。为此，小编为你收集整理了"
        "清河县审计局机关工会2024年度工作总结，欢迎阅读，希望大家能够喜欢！")]})
    pg.raw("</div>")
    pg.c("相关阅读：", "<h3>{}</h3>")
    pg.c("· 机关工会年度工作计划怎么写", "<li>{}</li>")
    pg.c("· 局工会年终总结开头语大全", "<li>{}</li>")
    pg.c("Copyright © 手机范文网 m.shoujifw.com 版权所有", '<div class="foot">{}</div>')
    side(pg, '猜你喜欢', ['机关单位年终总结结尾怎么写', '部门年度工作计划模板大全', '党支部书记述职报告范文'])
    pg.raw(SCRIPT)
    return pg.write(out, head_title="清河县审计局机关工会2024年度工作总结_手机范文网")


def p02(out: Path) -> dict:
    pg = Page("p02_doclib_bullets.html", "doclib_bullets")
    pg.c("• 26.50 KB", "<li>{}</li>")
    pg.c("• 2024-05-09 发布", "<li>{}</li>")
    pg.c("局机关工会工作总结范本", '<h1 class="doc-title">{}</h1>')
    pg.c("• 5页", "<li>{}</li>")
    pg.c("• 当前文档由用户上传发布，收益归属用户", "<li>{}</li>")
    pg.c("1. 1、本文档由用户上传，云阁文库整理发布，可阅读全部内容。", "<li>{}</li>")
    pg.c("2. 2、本文档内容版权归属内容提供方，所产生的收益全部归内容提供方所有。如果您对本文有版权争议，请立即联系网站客服。",
         "<li>{}</li>")
    pg.c("3. 3、本文档由用户上传，本站不保证质量和数量令人满意，可能有诸多瑕疵，付费之前，请仔细阅读内容确认后进行付费下载。",
         "<li>{}</li>")
    pg.c("4. 网站客服QQ：517730294", "<li>{}</li>")
    b1 = ["20xx年，我局工会在县总工会和局党组的领导下，围绕全局中心工作，认真履行工会职责，现将全年工作总结如下。"] + \
        C.sections("agency", None, "summary", 3, "一、") + ["20xx年12月"]
    b2 = ["一年来，局工会坚持服务大局、服务干部职工，各项工作稳步推进，主要做了以下几个方面的工作："] + \
        C.sections("agency", None, "summary", 3, "（一）")
    for marker, body in (("篇一", b1), ("篇二", b2)):
        d = doc("局机关工会工作总结", None, "agency", None, "summary", body)
        pg.art(d, title_line=marker, glue="   ", join="       ", join_fmt='<div class="txt">{}</div>')
    pg.c("下载文档 到电脑，查找使用更方便", '<div class="dl">{}</div>')
    pg.c("还剩2页未读，继续阅读", '<div class="more">{}</div>')
    return pg.write(out, head_title="局机关工会工作总结范本-云阁文库")


def p03(out: Path) -> dict:
    pg = Page("p03_toc_compilation.html", "toc_pages")
    pg.raw(STYLE)
    side(pg, '热门范文', ['机关工会换届选举工作方案', '教代会提案表填写范例', '工会经费使用管理办法解读'])
    pg.c("文稿范文网，海量公文素材，下载网址：www.wengaofw.com，咨询请加微：wg2024x。", '<p class="wm">{}</p>')
    pg.c("区直单位工会2024年工作总结汇编（3篇）", "<h1>{}</h1>")
    pg.c("- 目录", "<p>{}</p>")
    docs = [
        doc("临江区财政局机关工会2024年工作总结", "临江区财政局", "agency", 2024, "summary",
            C.summary("agency", 2024, 3, sign=["临江区财政局机关工会", "2024年12月20日"])),
        doc("临江区人民医院工会2024年工作总结", "临江区人民医院", "other", 2024, "summary",
            C.summary("hospital", 2024, 3, "（一）")),
        doc("临江区第四中学工会2024年工作总结", "临江区第四中学", "school", 2024, "summary",
            C.summary("school", 2024, 3, sign=["临江区第四中学工会", "2025年1月6日"])),
    ]
    pages = (2, 7, 12)
    for i, (d, n) in enumerate(zip(docs, pages), 1):
        pg.c(f"{i}.{d['title']}　{n}", "<p>{}</p>")
    for d in docs:
        pg.art(d, title_fmt="<h2>{}</h2>")
    pg.c("声明：本站资料均来源于网络，仅供学习参考。", '<p class="note">{}</p>')
    return pg.write(out, head_title="区直单位工会2024年工作总结汇编")


def p04(out: Path) -> dict:
    pg = Page("p04_meta_glued.html", "doczj_glued")
    pg.c("- 格式:docx", "<li>{}</li>")
    pg.c("- 大小:31.62 KB", "<li>{}</li>")
    pg.c("- 文档页数:9", "<li>{}</li>")
    pg.c("2024年度企业工会工作总结报告2篇例文", "<h1>{}</h1>")
    pg.c("企业工会是职工群众的娘家，做好年度总结有助于理清思路。下面小编给大家分享一些企业工会工作总结，希望能够帮助大家，欢迎阅读！",
         "<p>{}</p>")
    for i in (1, 2):
        body = ["2024年，公司工会在公司党委和上级工会的领导下，坚持以职工为中心，较好完成了全年各项任务。"] + \
            C.sections("enterprise", 2024, "summary", 3, "一、" if i == 1 else "第一，")
        if i == 2:
            body[0] = "今年以来，公司工会围绕2024年度生产经营目标，团结带领广大职工攻坚克难，工作有了新的起色。"
        d = doc("企业工会工作总结", None, "enterprise", 2024, "summary", body)
        pg.art(d, title_line=f"企业工会工作总结{i}", glue="")
    pg.c("本文档由用户上传，仅供参考。", '<div class="tip">{}</div>')
    return pg.write(out, head_title="2024年度企业工会工作总结报告2篇例文 - 文档之家")


def p05(out: Path) -> dict:
    pg = Page("p05_gov_notice_yaodian.html", "gov_notice_points")
    pg.c("当前位置: 首页", '<div class="pos">{}</div>')
    pg.c(">政务公开 >通知公告 >本局文件", '<div class="pos2">{}</div>')
    notice = doc("临川市交通运输局机关工会关于印发2024年工作要点的通知", "临川市交通运输局", "agency", 2024, "other", [
        "临交工〔2024〕3号", "各工会小组：",
        "现将《临川市交通运输局机关工会2024年工作要点》印发给你们，请结合实际认真抓好落实。",
        "临川市交通运输局机关工会", "2024年3月8日"])
    plan = doc("临川市交通运输局机关工会2024年工作要点", "临川市交通运输局", "agency", 2024, "plan",
               ["2024年机关工会工作的总体要求是：围绕交通强市建设，团结动员干部职工担当作为，持续增强工会组织的吸引力和凝聚力。"]
               + C.sections("transport", 2024, "plan", 4, "一、", per=(2, 2)))
    pg.raw('<div class="title">临川市交通运输局机关工会关于印发<br>2024年工作要点的通知</div>')
    pg.c("• 时间：2024-03-12 09:30:41", "<li>{}</li>")
    pg.c("• 发布：临川市交通运输局", "<li>{}</li>")
    pg.art(notice, show_title=False)
    pg.art(plan, title_fmt="<p align=\"center\"><b>{}</b></p>")
    pg.c("【打印本页】 【关闭窗口】", '<div class="tools">{}</div>')
    pg.c("主办：临川市交通运输局 地址：临川市迎宾大道18号 电话：0798-6235117", '<div class="foot">{}</div>')
    pg.c("网站标识码3610000027 ICP备13004521号-1 公网安备36100202000117号", '<div class="foot">{}</div>')
    return pg.write(out, head_title="临川市交通运输局机关工会关于印发2024年工作要点的通知")


def p06(out: Path) -> dict:
    pg = Page("p06_gov_news_views.html", "gov_news_views")
    d = doc("泸溪县公路管理局工会召开2024年度工作总结会", "泸溪县公路管理局", "agency", 2024, "other", [
        "12月5日，泸溪县公路管理局工会召开2024年度工作总结会，局工会委员、各工会小组长和职工代表共41人参加会议。",
        ("会上，局工会主席向倩作年度工作报告，从思想引领、建家建设、帮扶慰问、文体活动四个方面回顾了一年来的工作，"
        "并通报了全年经费收支情况。"),
        "各工会小组长结合本组实际作交流发言，对2025年工会工作提出意见建议17条。",
        "局党组书记、局长覃建明在讲话中要求，各级工会组织要把职工冷暖放在心上，多办暖心事、实在事，为公路养护事业凝聚力量。",
    ])
    pg.art(d, title_fmt='<div class="article-title">{}</div>', inserts={0: ["来源 ：泸溪县公路管理局 时间：2024-12-06 15:20 浏览量："]})
    for _ in range(6):
        pg.raw("<p>&nbsp;</p>")
    pg.c("扫一扫在手机上查看当前页面", '<div class="qr">{}</div>')
    side(pg, '相关链接', ['县人民政府', '县交通运输局', '县总工会'])
    pg.raw(SCRIPT)
    return pg.write(out, head_title="泸溪县公路管理局")


def p07(out: Path) -> dict:
    pg = Page("p07_company_views.html", "company_news_views")
    text, markup = nav(["首页", "关于我们", "产品中心", "新闻中心", "联系我们"])
    pg.c(text, html_=markup)
    d = doc("公司工会召开2024年度会员代表大会", "宁海华岳橡塑制品有限公司", "enterprise", 2024, "other", [
        "为进一步发挥工会组织的桥梁纽带作用，推动企业民主管理，12月下旬，宁海华岳橡塑制品有限公司工会召开2024年度会员代表大会。",
        "会议听取了工会2024年工作总结和2025年工作打算，通报了全年工会经费使用情况，各车间会员代表踊跃发言，共提出建议9条。",
        "大会在热烈的掌声中结束，大家表示将以更饱满的热情投入新一年的生产。",
    ])
    pg.art(d, title_fmt="<h2>{}</h2>", inserts={0: ["浏览数量: 6 作者: 本站编辑 发布时间: 2024-12-27 来源: 本站"]})
    pg.c("上一篇：华岳橡塑通过质量管理体系复审", "<p>{}</p>")
    pg.c("下一篇：新春慰问送温暖 一线员工暖人心", "<p>{}</p>")
    pg.c("电话：0574-65581230 邮箱：sales@huayuexs.com", '<div class="foot">{}</div>')
    return pg.write(out, head_title="公司工会召开2024年度会员代表大会-宁海华岳橡塑制品有限公司")


def p08(out: Path) -> dict:
    pg = Page("p08_preview_sum_plan.html", "preview_censored")
    pg.c("资料预览 · 公文写作", '<div class="bar">{}</div>')
    pg.c("国企工会2024年工作总结及2025年工作计划（可编辑）", '<div class="name">{}</div>')
    body = [("2024年，在集团公司党委和公司党委的坚强领导下，XX公司工会坚持以***新时代中国特色社会主义思想为指导，"
            "认真履职尽责，团结引领广大职工在推动公司高质量发展中展现作为。现将有关情况报告如下。"), "一、工作总结"]
    body += C.sections("enterprise", 2024, "summary", 3, "（一）")
    body += ["二、2025年工作计划"] + C.sections("enterprise", 2025, "plan", 3, "（一）", per=(1, 2))
    d = doc("国企工会2024年工作总结及2025年工作计划", None, "enterprise", 2024, "report", body)
    pg.art(d, title_fmt="<h1>{}</h1>")
    pg.c("预览结束，下载后可查看完整内容", '<div class="end">{}</div>')
    pg.c("立即下载 ¥9.90", '<div class="btn">{}</div>')
    return pg.write(out, head_title="国企工会2024年工作总结及2025年工作计划")


def p09(out: Path) -> dict:
    pg = Page("p09_enterprise_print.html", "crumb_print_close")
    pg.c("首页>新闻中心>企业文化", '<div class="crumb">{}</div>')
    d = doc("远航科仪工会召开2024年度工作总结会", "远航科仪控股集团有限公司", "enterprise", 2024, "other", [
        "3月27日，远航科仪控股集团有限公司工会召开2024年度工作总结会。工会委员、经费审查委员会委员、女职工委员会委员以及会员代表等28人参加会议。",
        "工会主席梁曼如代表工会委员会作2024年度工会工作报告，经审委主任陶立群作经费审查报告，会议审议通过了上述报告。",
        "会议还对2025年职工提案工作进行了部署，号召会员从企业发展和自身成长出发，积极建言献策。",
        "梁曼如表示，公司工会将继续当好职工的娘家人，在稳岗位、强技能、暖人心上下功夫。",
    ])
    pg.art(d, title_fmt="<h2>{}</h2>", inserts={0: ["来源：远航科仪|2025-03-28|        【打印】【关闭】"]})
    pg.c("Copyright 2025 远航科仪控股集团有限公司 版权所有", '<div class="foot">{}</div>')
    side(pg, '新闻中心', ['公司新闻', '行业动态', '企业文化', '党建园地'])
    pg.raw(SCRIPT)
    return pg.write(out, head_title="远航科仪工会召开2024年度工作总结会")


def p10(out: Path) -> dict:
    pg = Page("p10_abstract_runs_in.html", "abstract_glued")
    pg.c("2024年工会工作年终总结6篇", "<h1>{}</h1>")
    pg.c(" 2025-01-06 19:42:10", '<div class="time">{}</div>')
    a1 = doc("2024年工会工作年终总结", None, "agency", 2024, "summary",
             ["职工是单位的主人，局工会长期以来一直关心职工生活，坚持职代会制度，增强职工的主人翁精神。现将本年度的工作做一总结："]
             + C.sections("agency", 2024, "summary", 3, "第一，"))
    a2 = doc("2024年工会工作年终总结", None, "school", 2024, "summary",
             C.summary("school", 2024, 3, closing=False))
    pg.c("摘要:年终总结要写得具体、写得实在，以下是小编精心为您推荐的2024年工会工作年终总结6篇，供大家参考。"
         "2024年工会工作年终总结篇1职工是单位的主人，局工会长期以来一直关心", '<div class="abstract">{}</div>')
    pg.c("年终总结要写得具体、写得实在，以下是小编精心为您推荐的2024年工会工作年终总结6篇，供大家参考。", "<p>{}</p>")
    pg.art(a1, title_line="2024年工会工作年终总结篇1", title_fmt="<h2>{}</h2>")
    pg.art(a2, title_line="2024年工会工作年终总结篇2", title_fmt="<h2>{}</h2>")
    pg.c("查看更多>>", '<div class="more">{}</div>')
    return pg.write(out, head_title="2024年工会工作年终总结6篇")


def p11(out: Path) -> dict:
    pg = Page("p11_college_column.html", "univ_column_en")
    pg.c("群团工作", '<div class="col">{}</div>')
    pg.c("教工大会 GROUP WORK", '<div class="col-en">{}</div>')
    d = doc("经济管理学院召开二届三次教职工代表大会", "江城理工学院经济管理学院", "university", 2024, "other", [
        "2024年12月18日下午，江城理工学院经济管理学院二届三次教职工代表大会在明理楼215室召开，院领导班子成员和教代会代表参加会议。",
        "院长杜文远作学院2024年工作报告及财务报告，从学科建设、教学科研、社会服务等方面总结了一年来的工作。",
        "分工会主席宋岚作2024年度分工会工作报告，介绍了教工之家建设、文体活动、福利慰问等工作情况，并汇报了经费使用情况。",
        "代表们以举手表决方式通过了上述报告。学院党委书记夏海峰在总结讲话中对分工会一年来的工作给予肯定。",
    ])
    pg.art(d, title_fmt="<h2>{}</h2>", inserts={0: ["2024-12-20"], 3: ["图 经济管理学院二届三次教代会现场"]})
    pg.c("【关闭】", "<div>{}</div>")
    return pg.write(out, head_title="经济管理学院召开二届三次教职工代表大会")


def p12(out: Path) -> dict:
    pg = Page("p12_trad_pinyin_preview.html", "trad_pinyin_doclib")
    shown = with_pinyin(trad("2024年特殊教育学校工会工作总结"))
    for i in (1, 2, 3):
        pg.c(f"{shown}_第{i}頁", '<div class="img-cap">{}</div>')
    pg.c(with_pinyin("全文預覽已結束"), "<div>{}</div>")
    pg.c(trad("下载本文档"), '<div class="btn">{}</div>')
    pg.c(with_pinyin(trad("版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领")), "<div>{}</div>")
    pg.c(trad("文档简介"), "<h3>{}</h3>")
    body = C.summary("special_school", 2024, 3, "第一，", closing=False)
    d = trad_doc(doc("2024年特殊教育学校工会工作总结", None, "school", 2024, "summary", body))
    d["body"] = [with_pinyin(x, 2) for x in d["body"]]
    pg.chrome.append("第頁共頁")
    pg.art(d, title_line="第頁共頁" + shown + shown, glue="", join="", join_fmt='<div class="intro">{}</div>')
    return pg.write(out, head_title="2024年特殊教育學校工會工作總結")


def p13(out: Path) -> dict:
    pg = Page("p13_trad_daoyu_plan.html", "trad_daoyu")
    pg.c(trad("交通运输工会工作思路"), "<h1>{}</h1>")
    pg.c(trad("时间:2024-12-30 10:21:07"), "<div>{}</div>")
    pg.c(trad("导语:交通运输工会工作思路一文来源于网友上传,不代表本站观点,若需要原创文章可咨询客服老师,欢迎参考。"),
         '<div class="daoyu">{}</div>')
    body = ["结合2025年全县交通运输工会工作实际，根据县总工会总体要求，重点推进以下五个方面的工作："]
    body += C.sections("transport", 2025, "plan", 5, "（一）", per=(1, 1))
    d = trad_doc(doc("平阳县交通运输工会2025年工作思路", "平阳县交通运输工会", "other", 2025, "plan", body))
    pg.art(d, title_fmt="<h2>{}</h2>")
    pg.c(trad("上一篇:交通局工会上半年工作总结"), "<p>{}</p>")
    return pg.write(out, head_title=trad("交通运输工会工作思路"))


def p14(out: Path) -> dict:
    pg = Page("p14_watermark_lines.html", "watermark_lines")
    pg.raw(STYLE)
    side(pg, '栏目导航', ['工作总结', '工作计划', '述职报告', '心得体会', '演讲稿'])
    pg.c("当前位置： 首页 > 计划总结 > 工作总结", '<div class="crumb">{}</div>')
    pg.c("工会上半年的工作总结", "<h1>{}</h1>")
    pg.c("时间：2024-07-12 工作总结 我要投稿", '<div class="info">{}</div>')
    pg.c("2024-07-12", '<div class="date">{}</div>')
    pg.c("工会进行上半年工作总结的意义在于促使工会工作落到实处，那么工会上半年工作总结怎么写呢？下面小编就和大家分享"
         "工会上半年工作总结，来欣赏一下吧。 稿子林 www.gaozilin.com", "<p>{}</p>")
    body = [("2024年上半年，城东区总工会在区委和市总工会的正确领导下，按照“组织起来、切实维权”的要求，突出维护职能，"
            "团结动员全区职工为城东发展作出了贡献。")] + C.sections("district", 2024, "summary", 3, "一、")
    d = doc("工会上半年工作总结", "城东区总工会", "other", 2024, "summary", body)
    pg.art(d, title_line="工会上半年工作总结 稿子林，范文学习文库", title_fmt="<h2>{}</h2>",
           inserts={1: ["稿子林，范文学习文库"], 4: ["公文林 www.gongwenlin.com"], 8: ["稿子林 www.gaozilin.com"]})
    pg.c("【工会上半年的工作总结】相关文章：", "<h3>{}</h3>")
    pg.c("工会上半年工作总结范文07-09", "<li>{}</li>")
    return pg.write(out, head_title="工会上半年的工作总结")


def p15(out: Path) -> dict:
    pg = Page("p15_paginated_page5.html", "paginated_pian5")
    pg.c("首页总结工会工作总结", '<div class="crumb">{}</div>')
    pg.c("工会上半年工作总结(6篇)", "<h1>{}</h1>")
    pg.c("优秀实用范文分享", '<div class="tag">{}</div>')
    body = ["镇工会在镇党委、政府的领导下，在区总工会的指导下，创新机制，踏实工作，现将20xx年上半年主要工作汇报如下："]
    body += C.sections("street", None, "summary", 4, "一、", per=(1, 2))
    d = doc("工会上半年工作总结", None, "other", None, "summary", body)
    pg.art(d, title_line="工会上半年工作总结篇5", title_fmt="<h2>{}</h2>")
    pg.c("上一页 1 2 3 4 5 6 下一页", '<div class="pages">{}</div>')
    return pg.write(out, head_title="工会上半年工作总结(6篇)")


def p16(out: Path) -> dict:
    pg = Page("p16_label_table.html", "bracket_label_table")
    pg.c("海工资讯网 > 百科问答", '<div class="crumb">{}</div>')
    rows = ["项目 | 数量/情况 | 备注 |", "职工代表大会次数 | 2次 | 上下半年各一次 |", "文体活动场次 | 7场 | 含运动会、联欢会等 |",
            "培训课程数量 | 6门 | 涵盖技能、安全、法律 |", "困难职工帮扶人数 | 14人 | 发放补助金共计3.1万元 |",
            "职工意见建议采纳率 | 88% | 收到建议41条，采纳36条 |"]
    body = [("在2024年的工作中，工会紧紧围绕企业发展的中心任务，积极发挥桥梁纽带作用，切实履行维护职工权益、促进企业发展的职责。"
            "以下是对本年度工会工作的总结。"), "一、主要工作内容"]
    body += C.sections("enterprise", 2024, "summary", 3, "1.", per=(1, 1))
    body += ["二、工作成果统计表"] + rows + ["三、存在的问题与不足",
                                           "尽管本年度工作取得了一定成效，但职工参与的广度仍需拓展，线上服务平台使用率不高。"]
    d = doc("工会工作总结范文", None, "enterprise", 2024, "summary", body)
    pg.chrome.append("【工会总结范文】")
    pg.art(d, title_line="【工会总结范文】", glue="", title_fmt="<h1>{}</h1>")
    pg.parts.insert(-len(d["body"]), "<h1>工会工作总结范文</h1>")
    pg.c("（本文由AI辅助生成，内容仅供参考）", '<div class="ai">{}</div>')
    return pg.write(out, head_title="工会工作总结范文")


def p17(out: Path) -> dict:
    pg = Page("p17_chunks_addressee.html", "chunk_addressee")
    pg.c("关于青石供电所工会2024年上半年工作的总结.doc", '<div class="fn">{}</div>')
    pg.c("本文档共3页 · 内容提供方：电力文秘", '<div class="meta">{}</div>')
    d = doc("关于青石供电所工会2024年上半年工作的总结", "青石供电所", "enterprise", 2024, "summary", [
        "县供电公司工会：",
        ("今年以来，青石供电所工会在县供电公司工会的领导下，在所党支部的关心支持下，认真履行工会组织的基本职能，"
        "继续抓好“三个维护”，为供电所各项工作的开展发挥了积极作用。现将上半年工会工作总结如下："),
        "一、不断学习，加强工会自身建设。",
        "坚持依法治会，从思想上、组织上、工作上加强自身建设，全所46名会员全部完成会籍信息核对，严格财务纪律，加强工会经费管理。",
        "二、积极推动所务公开，坚持职工大会制度",
        "开展所务公开，不搞形式、不走过场，上半年召开职工大会2次，公开事项19项，职工对公开 2、工作的满意率达97.5%。",
        "三、关心职工生活，增强工会凝聚力",
        "春节前走访慰问困难职工7户，为一线抢修班组送去防寒用品32套；5月组织职工参加县公司羽毛球比赛，获团体第三名。",
        "青石供电所工会", "2024年7月3日"])
    pg.art(d, title_line="1、关于青石供电所工会2024年上半年工作的总结", glue=" ", join=" ", join_fmt='<div class="chunk">{}</div>')
    pg.c("下载文档", '<a class="dl">{}</a>')
    return pg.write(out, head_title="关于青石供电所工会2024年上半年工作的总结")


def p18(out: Path) -> dict:
    pg = Page("p18_portal_repost.html", "portal_repost_footer")
    pg.c("当前位置：", '<div class="pos">{}</div>')
    d = doc("湘能电力两家工会获评“2024年度电力行业最美职工之家”", "湘能电力有限公司", "enterprise", 2024, "other", [
        "近日，省电力企业协会公布“2024年度电力行业最美职工之家”评选结果，湘能电力有限公司本部工会及所属云溪发电公司工会入选。",
        ("作为一家组建不到三年的企业工会，湘能电力有限公司工会坚持高标准建家，持续开展“湘能杯”劳动竞赛和技能竞赛，"
        "区域各单位现有创新工作室6个，年内转化成果11项。"),
        "公司持续深化“我为职工办实事”实践活动，常态化开展走访慰问，推动职工食堂、职工书屋提档升级，让工会真正成为职工信赖的娘家人。",
    ])
    pg.art(d, title_fmt="<h1>{}</h1>", inserts={
        0: ["来源：湘江网 作者：彭立夏 田思远 编辑：罗晓雯 2025-02-14 16:32:08", "时刻新闻", "—分享—",
            "IMG_20250210_0931.jpeg", "湘能电力开展“迎峰度夏”劳动竞赛。"]})
    for line in ("来源：湘江网", "作者：彭立夏 田思远", "编辑：罗晓雯", "本文为工会频道原创文章，转载请附上原文出处链接和本声明。",
                 "本文链接：https://gh.xiangjiangw.cn/content/2025/02/14/5518.html", "阅读下一篇", "返回湘江网首页 返回工会频道首页"):
        pg.c(line, "<p>{}</p>")
    side(pg, '热点推荐', ['全省职工技能大赛决赛开幕', '“最美职工之家”申报指南发布', '一线职工夏送清凉行动启动'])
    pg.raw(SCRIPT)
    return pg.write(out, head_title="湘能电力两家工会获评2024年度电力行业最美职工之家_工会频道")


def p19(out: Path) -> dict:
    pg = Page("p19_wordcount_jishi.html", "wordcount_title")
    pg.c("当前位置: 首页 > 企业文化", '<div class="pos">{}</div>')
    d = doc("同心筑家园——华光县供电公司工会工作纪实", "华光县供电公司", "enterprise", 2024, "summary", [
        "古人说“上下同欲者胜”。一个企业走得远不远，要看职工的心齐不齐。",
        "2024年9月，华光县供电公司职工文化活动中心揭牌，首届职工文化成果展演同日举行，21个节目全部由一线职工自编自演。",
        "以职工为本，把准职工脉搏。公司工会每年召开一次职工代表大会，今年收集职工提案23件，全部办结并公开答复。",
        "山区线路多、抢修任务重，公司工会在7个供电所建成职工小家，配齐热水器、洗衣机和健身器材，让一线职工下班有个歇脚的地方。",
        "今年公司工会还组建了“光明”志愿服务队，走进留守儿童较多的4个村开展安全用电宣传，累计服务时长1260小时。",
        "一年来，华光县供电公司工会用心用情做好服务，“职工之家”的牌子越擦越亮。",
    ])
    pg.art(d, title_fmt="<h1>{}</h1>", inserts={0: ["时间:2024-11-08 10:10:29", "同心筑家园——华光县供电公司工会工作纪实[本文共1860字]"]})
    pg.c("上一篇：县公司开展安全生产月活动", "<p>{}</p>")
    return pg.write(out, head_title="同心筑家园——华光县供电公司工会工作纪实")


def p20(out: Path) -> dict:
    pg = Page("p20_forum_repost.html", "forum_repost")
    pg.c("马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。", '<div class="reg">{}</div>')
    pg.c("您需要 登录 才可以下载或查看，没有账号？立即注册", '<div class="login">{}</div>')
    pg.c("×", '<span class="x">{}</span>')
    pg.c("[转帖] 滨湖区总工会2025年工作要点", '<h1 class="thread">{}</h1>')
    pg.c("楼主 | 发表于 2025-1-20 09:12 | 只看该作者", '<div class="post-meta">{}</div>')
    body = ["2025年全区工会工作的总体要求是：坚持围绕中心、服务大局，团结动员全区职工在滨湖高质量发展中建功立业。"]
    body += C.sections("district", 2025, "plan", 5, "一、", per=(1, 2))
    body += ["滨湖区总工会", "2025年1月15日"]
    d = doc("滨湖区总工会2025年工作要点", "滨湖区总工会", "other", 2025, "plan", body)
    pg.art(d, title_fmt='<div class="post-title">{}</div>', body_fmt="{}<br>")
    pg.c("回复 使用道具 举报", '<div class="act">{}</div>')
    pg.c("沙发 | 发表于 2025-1-20 10:03", '<div class="post-meta">{}</div>')
    pg.c("学习了，感谢楼主分享！", '<div class="reply">{}</div>')
    return pg.write(out, head_title="[转帖] 滨湖区总工会2025年工作要点 - 工会干部论坛")


def p21(out: Path) -> dict:
    pg = Page("p21_energy_portal.html", "industry_portal_qr")
    pg.c("当前位置: 能源网 » 行业要闻 » 电力要闻 » 正文", '<div class="pos">{}</div>')
    body = C.summary("power", 2024, 4, "一、", sign=["金川水电公司工会", "2025年1月10日"])
    d = doc("金川水电公司工会2024年工作总结", "金川水电公司", "enterprise", 2024, "summary", body)
    pg.art(d, title_fmt="<h1>{}</h1>", inserts={0: ["日期:2025-01-15    来源:金川水电    作者:宋立平", "文章二维码", "手机扫码看新闻",
                                                    "关键词: 工会 工作总结"]})
    for line in ("返回 能源网 首页", "能源资讯一手掌握，关注 \"能源网\" 微信公众号", "看资讯 / 读政策 / 找项目 / 推品牌 / 卖产品 / 招投标",
                 "扫码关注", "0条 [查看全部]   相关评论", "能源网站群", "能源网 新能源网 光伏网 电力网 风电网 储能网"):
        pg.c(line, "<div>{}</div>")
    side(pg, '24小时热闻', ['风电装机容量再创新高', '电力企业迎峰度夏保供有力', '储能项目集中开工'])
    pg.raw(SCRIPT)
    return pg.write(out, head_title="金川水电公司工会2024年工作总结-能源网")


def p22(out: Path) -> dict:
    pg = Page("p22_meipian_ql.html", "meipian_ql")
    pg.c("心语（桐城）", '<div class="author">{}</div>')
    pg.c("阅读 1632", '<div class="read">{}</div>')
    d = doc("2024年工作汇报（提纲）", "桐城区市场监督管理局", "agency", 2024, "summary", [
        "按照区总工会的通知要求，把桐城区市场监督管理局工会2024年的工作情况汇报一下。",
        ("一、学习贯彻全会精神。我们先在职工微信群（3个群210多人）发出学习通知，组织会员通过报刊、网络和专题党课进行学习，"
        "集中学习4次，转发辅导材料11篇。"),
        "二、做好常规性的工会工作。全年走访慰问困难职工和生病住院职工36人次，组织职工健康体检1次，参检158人。",
        "三、围绕中心开展劳动竞赛。开展“食品安全我守护”岗位练兵，举办执法文书评比和业务知识竞赛各1次，9名职工获评业务标兵。",
        "四、丰富职工文化生活。组织春季健步走、“三八”插花沙龙和秋季趣味运动会，参与职工累计430人次。",
        "五、存在的不足。基层所站距离远，集中活动参与不够均衡，明年将探索“线上+线下”方式加以改进。",
    ])
    pg.art(d, title_fmt='<p class="ql-block"> {}</p>', body_fmt='<p class="ql-block"> {}</p>')
    for line in ("赞 26", "评论", "分享", "举报"):
        pg.c(line, '<span class="op">{}</span>')
    return pg.write(out, head_title="2024年工作汇报（提纲） - 美篇")


def p23(out: Path) -> dict:
    pg = Page("p23_filename_year.html", "filename_year_conflict")
    pg.c("2024卫生局卫生工会工作总结.doc", '<h1 class="fn">{}</h1>')
    for _ in range(5):
        pg.raw('<img src="star.png" alt="资源得分">')
    pg.c("《2024卫生局卫生工会工作总结.doc》由会员分享，可在线阅读，更多相关《2024卫生局卫生工会工作总结.doc(8页珍藏版)》"
         "请在淘文轩 - 分享文档赚钱的网站上搜索。", '<div class="share">{}</div>')
    d = doc("卫生局卫生工会工作总结", None, "agency", 2019, "summary", [
        ("局党委的正确领导下，在省卫生工会和市总工会的指导下，全市卫生工会认真履行职能，改进作风，真抓实干，为促进全市卫生事业发展作出了一定贡献，"
        "市卫生工会被市总工会评为2019年度工会主席述职考评一等奖单位。"),
        "一、2019年所做的主要工作",
        "（一）民主管理和职工维权工作有新进展。院务公开工作进一 2、步规范，全市23家医疗卫生单位全部按期召开职代会，审议通过事项117项。",
        "（二）职工素质建设有新提升。举办护理、检验、药剂等岗位技能竞赛8项，1460名职工参赛，43人被授予技术能手称号。",
        "（三）送温暖工作有新举措。春节期间慰问困难职工182户，发放慰问金27.3万元；为住院职工办理互助保障理赔96人次。",
        "二、2020年工作打算",
        "围绕深化医改，继续抓好职代会规范化建设，推进职工之家和职工书屋建设，做好困难职工帮扶。"])
    pg.art(d, title_line="1、卫生局卫生工会工作总结", glue=" ", join=" ", join_fmt='<div class="page-text">{}</div>')
    pg.c("还剩6页未读，继续阅读", '<div class="more">{}</div>')
    return pg.write(out, head_title="2024卫生局卫生工会工作总结.doc")


def p24(out: Path) -> dict:
    pg = Page("p24_flat_toc.html", "flat_toc_watermark", mode="html")
    d1 = doc("南湖街道总工会2024年工作总结和2025年工作计划", "南湖街道总工会", "other", 2024, "report",
             ["2024年，南湖街道总工会在街道党工委和区总工会的领导下，围绕基层治理中心工作，扎实推进各项任务。", "一、工作总结"]
             + C.sections("street", 2024, "summary", 2, "（一）", per=(2, 2))
             + ["二、2025年工作计划"] + C.sections("street", 2025, "plan", 2, "（一）", per=(1, 2)))
    d2 = doc("北苑街道总工会2024年工作总结", "北苑街道总工会", "other", 2024, "summary",
             C.summary("street", 2024, 3, "一、", sign=["北苑街道总工会", "2024年12月26日"]))
    head = ["文稿网，海量公文素材资料，下载网址：www.wengao8.com，润笔请加微：wengao_88。", "街道工会2024年工作总结汇编（2篇）",
            "目录 1. " + d1["title"] + " 2 2." + d2["title"] + " 9"]
    segs = head + [d1["title"]] + d1["body"] + [d2["title"]] + d2["body"]
    pg.chrome += head
    from heldout4_page import key_article
    pg.articles += [key_article(d1), key_article(d2)]
    pg.raw('<div class="content">' + " ".join(segs) + "</div>")
    return pg.write(out, head_title="街道工会2024年工作总结汇编（2篇）")


def p25(out: Path) -> dict:
    pg = Page("p25_gov_pipe_footer.html", "gov_pipe_footer")
    d = doc("市卫健工联会召开2024年上半年度工会工作会议", "江州市卫健工联会", "other", 2024, "other", [
        "8月14日上午，江州市卫健工联会召开2024年上半年度工作会议，市卫健委副主任、机关党委书记孔令辉出席会议。",
        "会上，委属9家医院工会主席交流了上半年工会工作情况和下半年工作打算，市卫健工联会主席谭晓岚总结了上半年工作，并对下半年工作作了部署。",
        "孔令辉要求，基层工会要以职工呼声为第一信号、以职工满意为第一追求，把工会工作与医院文化建设结合起来，使工会组织真正成为职工的娘家人。",
    ])
    pg.art(d, title_line=d["title"] + " |", title_fmt='<div class="t">{}</div>',
           inserts={0: ["发布日期：2024-08-16 来源：卫生健康工联会 |"]})
    pg.c("|", "<div>{}</div>")
    for line in ("主办单位：江州市卫生健康委员会", "地址：江州市龙湖大道1280号 电话：0519-86612560 网站地图",
                 "技术支持电话：0519-86615023（工作日9:00-17:00）",
                 "网站支持IPV6 推荐使用1024*768或以上分辨率，并使用IE9.0或以上版本浏览器"):
        pg.c(line, '<div class="foot">{}</div>')
    side(pg, '政务公开', ['政府信息公开指南', '政府信息公开目录', '依申请公开'])
    pg.raw(SCRIPT)
    return pg.write(out, head_title="市卫健工联会召开2024年上半年度工会工作会议")


def p26(out: Path) -> dict:
    pg = Page("p26_univ_table_cells.html", "univ_table_cells")
    text, markup = nav(["首页", "工会概况", "工作动态", "教工之家", "文件下载"])
    pg.c(text, html_=markup)
    pg.c("发布时间：2025-01-09 浏览次数：215", '<div class="info">{}</div>')
    cells = [["序号", "活动时间", "活动名称", "参与人数"], ["1", "2024年3月", "“三八”节校园踏青赏花", "46人"],
             ["2", "2024年5月", "春季趣味运动会", "63人"], ["3", "2024年10月", "“喜迎国庆”棋牌赛", "38人"],
             ["4", "2024年12月", "职工小家健身器材添置", "全体会员"]]
    body = ["在南屏大学工会的关怀支持下，机关第十二分工会围绕学校中心工作，加强师德师风教育，积极开展文体、参观、慰问等活动。",
            "全年开展分工会文体活动4次（见表1），活跃了教职工生活，增强了凝聚力和向心力。", "表1 2024年分工会文体活动情况表"]
    body += [c + " |" for row in cells for c in row]
    body += ["分工会还组织会员参加学校运动会、教代会等活动，走访慰问生病住院会员5人次。",
             "机关第十二分工会", "2025年1月8日"]
    d = doc("机关第十二分工会2024年工作总结", "南屏大学", "university", 2024, "summary", body)
    pg.art(d, title_fmt="<h1>{}</h1>")
    pg.c("南屏大学工会 版权所有 地址：南屏市学府路1号", '<div class="foot">{}</div>')
    return pg.write(out, head_title="机关第十二分工会2024年工作总结-南屏大学工会")


def p27(out: Path) -> dict:
    pg = Page("p27_long_crumb.html", "long_crumb_zhengwen")
    pg.raw(STYLE)
    side(pg, '本类最新', ['学校工会庆三八活动方案（精选5篇）', '工会会员代表大会主持词', '教师节慰问信范文'])
    pg.c("首页 > 工作相关 > 总结报告 > 工作总结 > 学校工作总结 > 中学工会2024年工作总结【通用3篇】正文", '<div class="crumb">{}</div>')
    pg.c("《中学工会2024年工作总结【通用3篇】》", "<h1>{}</h1>")
    pg.c("时间：", '<div class="time">{}</div>')
    pg.c("中学工会2024年工作总结(精选3篇)", "<h2>{}</h2>")
    for i in (1, 2):
        body = C.summary("school", 2024, 3, "一、" if i == 1 else "（一）", closing=i == 1)
        d = doc("中学工会2024年工作总结", None, "school", 2024, "summary", body)
        pg.art(d, title_line=f"中学工会2024年工作总结 篇{i}", title_fmt="<h3>{}</h3>")
    pg.c("中学工会2024年工作总结 篇3", "<h3>{}</h3>")
    pg.c("……此处隐藏8362个字……", '<div class="hide">{}</div>')
    pg.c("开通会员，查看全部内容", '<div class="vip">{}</div>')
    return pg.write(out, head_title="中学工会2024年工作总结【通用3篇】")


def p28(out: Path) -> dict:
    pg = Page("p28_seo_bullets.html", "seo_heading_bullets")
    pg.c("工会工作报告_2024年度公司工会工作报告最新完整版", "<h1>{}</h1>")
    pg.c("admin72025-02-26 14:03:55", '<div class="meta">{}</div>')
    body = ["一、工作回顾与成效", "1. 思想引领与组织建设"]
    body += ["  • " + C.fill(t, "enterprise", 2024) for t in (
        "组织职工学习工会十八大精神，开展专题宣讲{b}场，覆盖职工{n2}人次。",
        "推进党建带工建，新建工会小组{a}个，实现生产班组全覆盖。")]
    body += ["2. 民主管理与权益维护"]
    body += ["  • " + C.fill(t, "enterprise", 2024) for t in (
        "坚持职代会制度，审议薪酬调整方案和福利政策，职工人均收入增长{n2}元。",
        "开展工资集体协商，处理职工提案{b}件，办结率{p1}%。")]
    body += ["3. 服务职工与困难帮扶"]
    body += ["  • " + C.fill(t, "enterprise", 2024) for t in (
        "为困难职工建档立卡，全年发放救助金{w}万元，惠及{n2}人次。",
        "落实医疗互助和金秋助学，资助职工子女{b}名。")]
    body += ["二、下一步工作", "围绕公司2025年生产经营目标，继续深化劳动竞赛，做实职工服务，提升工会工作水平。"]
    d = doc("2024年度公司工会工作报告", None, "enterprise", 2024, "report", body)
    pg.art(d, title_fmt="<h2>{}</h2>")
    pg.c("本文由网友投稿，如有侵权请联系删除。", '<div class="note">{}</div>')
    pg.c("上一篇：工会主席年度述职报告怎么写", "<p>{}</p>")
    pg.c("下一篇：职工代表大会主持词", "<p>{}</p>")
    return pg.write(out, head_title="工会工作报告_2024年度公司工会工作报告最新完整版")


def p29(out: Path) -> dict:
    pg = Page("p29_trad_news_photos.html", "trad_news_captions")
    pg.c(trad("中国工会新闻网>>地方工会"), '<div class="crumb">{}</div>')
    d = trad_doc(doc("云州市总工会召开2023年度工作总结表彰会", "云州市总工会", "other", 2023, "other", [
        "1月16日，云州市总工会召开2023年度工作总结表彰会，市总工会党组书记、常务副主席邵明远出席会议并讲话。",
        ("会议回顾了2023年全市工会工作：新建基层工会组织214家，发展会员1.8万人；开展职工技能竞赛56项，"
        "“春送岗位、夏送清凉、金秋助学、冬送温暖”四季服务惠及职工4.6万人次。"),
        "会议表彰了2023年度先进基层工会和优秀工会工作者，5家单位作了交流发言。",
        "邵明远要求，各级工会要聚焦职工急难愁盼，持续擦亮服务品牌，为云州高质量发展贡献工会力量。",
    ]))
    pg.art(d, title_fmt="<h1>{}</h1>", inserts={
        0: [trad("2024年01月17日09:02"), trad("1月16日，云州市总工会2023年度工作总结表彰会现场。刘安 摄")],
        2: [trad("市总工会领导为先进基层工会代表颁奖。陆炯明 摄")]})
    pg.c(trad("(责编：何雨、林晓)"), '<div class="edit">{}</div>')
    return pg.write(out, head_title=d["title"])


def p30(out: Path) -> dict:
    pg = Page("p30_gbk_recommend.txt", "gbk_recommend_list", mode="text")
    pg.c("- 初级中学工会工作计划 推荐度：")
    pg.c("- 中学工会学期工作计划 推荐度：")
    pg.c("- 相关推荐")
    pg.c("中学工会工作计划（通用2篇）")
    pg.c("时间的脚步是无声的，它在不经意间流逝，是时候静下心来好好写写计划了。下面是小编帮大家整理的中学工会工作计划，仅供参考，大家一起来看看吧。")
    d1 = doc("中学工会工作计划", None, "school", None, "plan",
             ["一、指导思想", "学校工会将以县教育工会工作为指导，紧紧围绕学校中心工作，服务大局，情系教工，增强工会的活力和凝聚力。",
              "二、工作重点"] + C.sections("school", None, "plan", 3, "（一）", per=(1, 2)))
    months = ["一月份：", "1、" + C.fill("慰问{n1}名退休老教师，开展迎新春活动。", "school", None), "三月份：",
              "1、" + C.fill("庆祝“三八”妇女节，组织女教工参加{act}。", "school", None), "五月份：",
              "1、" + C.fill("组织教职工参加区{act}。", "school", None), "九月份：",
              "1、" + C.fill("开展教师节庆祝活动，表彰{b}名优秀教师。", "school", None), "十二月份：",
              "1、学校工会工作总结。", "2、各类先进评比。"]
    d2 = doc("中学工会工作计划", None, "school", None, "plan", ["主要活动安排："] + months)
    pg.art(d1, title_line="中学工会工作计划 篇1")
    pg.raw("")
    pg.art(d2, title_line="中学工会工作计划 篇2")
    pg.raw("")
    pg.c("【中学工会工作计划（通用2篇）】相关文章：")
    pg.c("中学工会工作计划范文12-06")
    return pg.write(out, encoding="gbk", newline="\r\n")


def p31(out: Path) -> dict:
    pg = Page("p31_utf16_company.txt", "utf16_company_meta", mode="text")
    for line in ("栏目：工作动态", "来源：鸿远科技集团", "时间：2025-01-10", "热度：187"):
        pg.c(line)
    d = doc("鸿远科技集团工会2024年工作总结", "鸿远科技集团", "enterprise", 2024, "summary",
            C.summary("tech", 2024, 4, "一、"))
    pg.art(d)
    pg.c("撰稿人：吴纯露")
    pg.c("【关闭】【打印】")
    return pg.write(out, encoding="utf-16", newline="\r\n")


def p32(out: Path) -> dict:
    pg = Page("p32_bom_flat_office.txt", "bom_flat_office", mode="flat", sep="")
    d = doc("白沙县税务局机关工会2024年上半年工作总结", "白沙县税务局", "agency", 2024, "summary",
            [("2024年上半年，白沙县税务局机关工会在局党委和县直机关工会工委的领导下，围绕税收中心工作，认真履行工会职能，"
             "现将上半年工作总结如下：")] + C.sections("tax", 2024, "summary", 3, "一、", per=(1, 2))
            + ["下半年，机关工会将继续围绕中心、服务大局，把各项工作抓实抓细。"])
    pg.chrome.append("【办公文库】——最全面的私人公文资料库网站地址：www.bangongwk.com")
    pg.parts.append("【办公文库】——最全面的私人公文资料库网站地址：www.bangongwk.com")
    pg.art(d, join="")
    pg.c("更多公文请访问办公文库")
    return pg.write(out, encoding="utf-8-sig")


def p33(out: Path) -> dict:
    pg = Page("p33_school_cms_term.html", "school_cms_term")
    text, markup = nav(["学校首页", "学校概况", "党群工作", "教育教学", "德育天地", "校园动态"], sep="  ")
    pg.c(text, html_=markup)
    pg.c("当前位置：首页 > 党群工作 > 工会之窗", '<div class="pos">{}</div>')
    d = doc("2024学年第二学期工会工作计划", "明德路小学", "school", 2025, "plan",
            ["本学期学校工会将在学校党支部领导下，围绕学校新学期工作重点，依靠全体教职工，做好以下工作。"]
            + C.sections("school", 2025, "plan", 4, "一、", per=(1, 2)) + ["明德路小学工会", "2025年2月"])
    pg.art(d, title_fmt='<td class="title">{}</td>', inserts={0: ["作者：校工会 发布时间：2025-02-17 点击：86"]})
    pg.c("版权所有：明德路小学 沪ICP备05017726号", '<div class="foot">{}</div>')
    side(pg, '最新动态', ['我校举行春季开学典礼', '三年级开展科技节活动', '学校召开家长会'])
    pg.raw(SCRIPT)
    return pg.write(out, head_title="2024学年第二学期工会工作计划")


PAGES = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15, p16, p17, p18, p19, p20, p21,
         p22, p23, p24, p25, p26, p27, p28, p29, p30, p31, p32, p33]


def make_web6(out: Path) -> list[dict]:
    return [page(out) for page in PAGES]
