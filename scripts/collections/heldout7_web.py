"""web9: web pages in many site styles, each page the team's own writing reproducing a pattern seen
on real sites (chrome, markers, layouts, noise); organisations, people and figures invented."""

from __future__ import annotations

from pathlib import Path

from heldout7_page import Page, art, bom, esc, row, utf16, write
from heldout7_text import Composer, trad, with_pinyin

INTRO = ("总结是对一定时期的工作加以回顾和分析的书面材料，写好总结能帮助我们发现规律、明确方向。"
         "下面是小编为大家整理的{topic}，仅供参考，希望能够帮助到大家。")


def w01(C: Composer):
    title = "桐川市樟岭小学2023—2024学年度工会工作计划"
    p = Page(title + "-桐川市教育局")
    p.c("桐川市教育局", cls="site")
    p.c("标题: " + title, cls="meta")
    p.c("索引号: 11330781MB1A2B3C4D/2023-0091288 文号:", cls="meta")
    p.c("发文日期: 2023-09-08 发布机构: 桐川市教育局", cls="meta")
    p.t(title)
    p.c("发布日期:2023-09-08", cls="date")
    p.ul(["字号:", "|", "打印"], cls="tools")
    body = C.body("plan", "樟岭小学", "school", scope="本学年", when="2023—2024学年", paras=1)
    p.ps(body)
    p.c("主办单位：桐川市教育局 地址：桐川市文昌路18号 邮编：322100", cls="foot")
    p.c("网站标识码：3307810099 备案号：ICP备13009999号-1", cls="foot")
    a = art(title, "桐川市樟岭小学", "school", 2023, "plan", body, org_also=["樟岭小学"])
    return "w01_xxgk_index.html", p.render(), row("w01_xxgk_index.html", "xxgk_index_table", [a], p.chrome)


def w02(C: Composer):
    title = "鹤汀经济开发区总工会召开园区工会工作推进会"
    p = Page("九州体育比分_官方平台-劲爆体育网")
    p.c("九州体育比分_官方平台-劲爆体育网", cls="logo")
    p.c("图片", cls="img")
    p.c("当前位置 : 首页 / 新闻中心 / 本地动态", cls="crumb")
    p.t(title)
    p.c("来源 : 鹤汀日报 发布时间 : 2025-05-29 访问次数 :", cls="meta")
    p.c("【字体 : 打印", cls="tools")
    news = C.news("鹤汀经济开发区总", "zone", "5月27日", "召开园区工会工作推进会")
    body = ["本报讯 " + news[0]] + news[1:] + [
        "会前，与会人员参观了园区两家企业的职工驿站，九州体育比分：开发区内五家企业工会作交流发言。"]
    p.ps(body)
    p.c("（本报记者 林晓岚）", tag="p", cls="credit")
    a = art(title, "鹤汀经济开发区总工会", "other", 2025, "other", body, org_also=["鹤汀经济开发区"])
    return "w02_slash_crumb.html", p.render(), row("w02_slash_crumb.html", "hijack_slash_crumb", [a], p.chrome)


def w03(C: Composer):
    title = "青石市住房和城乡建设局机关工会2023年度工作总结"
    p = Page(title)
    p.c("欢迎您访问青石机关党建网站!", cls="top")
    p.c("投稿邮箱:qsjgdj@example.cn", cls="top")
    p.c("站内搜索:", cls="top")
    p.t(title)
    p.c("作者:[db:作者]  发布人:青石机关党建  发布时间:2024-01-16  浏览量:161", cls="meta")
    body = C.body("summary", "局机关", "agency", scope="2023年", when="2023年",
                  sign=("青石市住房和城乡建设局机关工会", "2024年1月10日"))
    p.ps(body)
    p.c("版权所有：中共青石市委市级机关工作委员会 技术支持：青石网络", cls="foot")
    a = art(title, "青石市住房和城乡建设局", "agency", 2023, "summary", body, org_also=["青石市住建局"])
    return "w03_db_placeholder.html", p.render(), row("w03_db_placeholder.html", "db_placeholder_meta", [a], p.chrome)


def w04(C: Composer):
    title = "岚溪市建筑工会召开项目职工小家建设交流会"
    p = Page("岚溪工人报-第03版:工会新闻")
    p.c("第03版:工会新闻", cls="ban")
    p.c("下一版4", cls="ban")
    p.c("返回岚溪工人网 版面导航", cls="ban")
    p.c("3上一期", cls="ban")
    p.c("3上一篇 2024年5月22日 放大 缩小 默认", cls="ban")
    p.t(title)
    news = C.news("岚溪市建筑", "enterprise", "5月18日", "召开项目职工小家建设暨职工服务工作交流会")
    body = ["本报讯（记者 马青）“工地就是我们的家，职工小家要建在一线职工身边。”一名项目劳模说出了大家的心声。"] + news
    p.ps(body)
    p.c("（下转第4版）", tag="p", cls="jump")
    p.c("3上一篇", cls="ban")
    p.c("主办:岚溪工人报社 运营管理:岚溪市总工会信息中心 版权所有©2013-2024", cls="foot")
    a = art(title, "岚溪市建筑工会", "other", 2024, "other", body)
    return "w04_epaper.html", p.render(), row("w04_epaper.html", "epaper_banmian", [a], p.chrome)


def w05(C: Composer):
    title = "杉湾市文化馆2024年上半年工会工作总结"
    p = Page(title + "_九州彩票app下载_welcome**")
    p.c("图片 " + title + "_九州彩票app下载_welcome**", cls="hijack")
    p.c("九州彩票app下载_welcome**", cls="logo")
    p.c("当前位置:主页 > 范文 > 工作总结 > 上半年工作总结 > >", cls="crumb")
    p.t(title)
    p.c("来源::未知 | 作者:九州彩票app下载_welcome** | 本文已影响", cls="meta")
    body = C.body("summary", "杉湾市文化馆", "agency", scope="上半年", when="2024年上半年",
                  themes=("minzhu", "wennuan", "wenti", "ziji"))
    p.ps(body)
    p.c("上一篇：社区文化站上半年工作总结", cls="prev")
    p.c("下一篇：图书馆工会上半年工作总结", cls="next")
    a = art(title, "杉湾市文化馆", "agency", 2024, "summary", body)
    return "w05_hijack_title.html", p.render(), row("w05_hijack_title.html", "hijack_title_star", [a], p.chrome)


def w06(C: Composer):
    p = Page("镇总工会工作总结_六六范文网")
    p.c("首页 入党申请心得体会 通知工作总结 讲话稿工作报告合同范本职业规划", cls="nav")
    p.c("当前位置:六六范文网>实用文档>工作总结>镇总工会工作总结", cls="crumb")
    p.t("镇总工会工作总结（精选2篇）")
    p.chrome.append("镇总工会工作总结（精选2篇）")
    p.c("时间:2024-08-16 12:30:06 工作总结 我要投稿", cls="meta")
    p.ul(["相关推荐"], cls="tab")
    p.c(INTRO.format(topic="镇总工会工作总结"), tag="p", cls="intro")
    b1 = C.body("summary", "石桥镇总", "street", scope="2023年", when="2023年", paras=1)
    b2 = C.body("summary", "镇总", "street", scope="20xx年", when="20xx年", paras=1)
    p.t("镇总工会工作总结1", "h2")
    p.ps(b1)
    p.t("镇总工会工作总结2", "h2")
    p.ps(b2)
    p.c("上一篇：社区工会工作总结", cls="prev")
    p.c("下一篇：企业工会工作总结范文", cls="next")
    arts = [art("镇总工会工作总结", "石桥镇总工会", "other", 2023, "summary", b1),
            art("镇总工会工作总结", None, "other", None, "summary", b2)]
    return "w06_glued_nav.html", p.render(), row("w06_glued_nav.html", "glued_nav_xiangguan", arts, p.chrome)


def w07(C: Composer):
    p = Page("文化館工會工作總結3篇 - 範文居")
    p.c("範文居", cls="logo")
    p.c("位置:首頁 > 行業範文 > 文化", cls="crumb")
    p.c("文化館工會工作總結3篇", tag="h1", cls="h")
    p.c("文化3.72K", cls="meta")
    p.c(trad(INTRO.format(topic="文化館工會工作總結")), tag="p", cls="intro")
    b1 = [trad(x) for x in C.body("summary", "荻浦区文化馆", "agency", scope="2023年", when="2023年", paras=1)]
    b2 = [trad(x) for x in C.body("summary", "馆", "agency", scope="20xx年", when="20xx年", paras=1)]
    b3 = [trad(x) for x in C.body("summary", "梅渚县文化馆", "agency", scope="2022年", when="2022年", paras=1,
                                  numbering="paren")]
    for n, b in enumerate((b1, b2, b3), 1):
        p.t(f"文化館工會工作總結{n}", "h2")
        p.ps(b)
    p.c("相關文章：鄉鎮文化站工作總結 / 圖書館工作總結", cls="rel")
    t = "文化館工會工作總結"
    arts = [art(t, "荻浦區文化館", "agency", 2023, "summary", b1),
            art(t, None, "agency", None, "summary", b2),
            art(t, "梅渚縣文化館", "agency", 2022, "summary", b3)]
    return "w07_trad_column.html", p.render(), row("w07_trad_column.html", "trad_fanwen_column_count", arts, p.chrome)


def w08(C: Composer):
    title = "梅渚區總工會2025年工作要點"
    p = Page(title)
    p.c("樟嶺市梅渚區人民政府辦公室", cls="top")
    p.c("樟嶺市梅渚區政務服務中心", cls="top")
    p.t(title)
    body = [trad(x) for x in C.body("plan", "梅渚区总", "street", scope="2025年", when="2025年")]
    p.ps(body)
    p.c("主辦單位:樟嶺市梅渚區人民政府辦公室 網站支持", cls="foot")
    p.c("備案:ICP備10060399號 網站標識碼:3205069999", cls="foot")
    p.c("公安部備案號:32050602019999", cls="foot")
    a = art(title, "梅渚區總工會", "other", 2025, "plan", body, org_also=["樟嶺市梅渚區總工會"])
    return "w08_trad_gov.html", p.render(), row("w08_trad_gov.html", "trad_gov_footer", [a], p.chrome)


def w09(C: Composer):
    title = "桐川市职业中等专业学校工会2023年工作总结"
    p = Page(title + " - 原创文档")
    p.ul(["1、本文档共6页，可阅读全部内容。",
          "2、付费下载只代表获得阅读和下载服务，文档版权仍归原作者，请勿用于商业用途。",
          "3、文档由用户自行上传，内容是否完整准确请下载前自行判断。",
          "4、发现侵权内容可通过页面底部“投诉”入口反映。"], cls="notice")
    p.t(title)
    p.c(INTRO.format(topic="职业学校工会工作总结"), tag="p", cls="intro")
    body = C.body("summary", "学校", "school", scope="2023年", when="2023年",
                  themes=("minzhu", "jianye", "wennuan", "wenti", "ziji"))
    body[0] = body[0].replace("学校工会", "桐川市职业中等专业学校工会", 1)
    p.ps(body)
    p.c("VIP文档为合作方或网友上传，每下载1次，网站将给予文档贡献者补贴。", cls="foot")
    a = art(title, "桐川市职业中等专业学校", "school", 2023, "summary", body, org_also=["桐川职专"])
    return "w09_doclib_notice.html", p.render(), row("w09_doclib_notice.html", "doclib_numbered_notice", [a], p.chrome)


def w10(C: Composer):
    title = "岚溪县交通运输局工会2023年上半年工作总结"
    p = Page(title)
    p.t(title)
    body = C.body("summary", "局", "agency", scope="上半年", when="2023年上半年", paras=1)
    body[2] = body[2].replace("，", "，___ ", 1)
    abstract = (title + " 半年工作总结延伸阅读 交通运输局工会上半年工作总结 交通运输局工会上半年工作总结第2页 "
                + body[0][:30])
    p.c(abstract, tag="p", cls="abstract")
    p.c(title + " 半年工作总结延伸阅读", tag="p", cls="abstract")
    p.ps(body)
    p.c("交通运输局工会上半年工作总结第2页", cls="pager")
    a = art(title, "岚溪县交通运输局", "agency", 2023, "summary", body, org_also=["岚溪县交通局"])
    return "w10_wenku_abstract.html", p.render(), row("w10_wenku_abstract.html", "wenku_abstract_yanshen", [a],
                                                      p.chrome)


def w11(C: Composer):
    title = "苇塘供电公司2024年职工之家建设方案"
    p = Page(title + "-人人文库")
    for n in range(1, 5):
        p.c(f"{title}_第{n}页", cls="img")
    p.c("已阅读4页，还剩9页未读 继续免费阅读", cls="more")
    p.c("下载本文档", cls="btn")
    p.c("版权说明：文档由上传用户提供，收益归上传者所有，如有侵权请联系举报", cls="cr")
    p.c("文档简介", cls="h")
    body = C.body("plan", "苇塘供电公司", "enterprise", scope="2024年", when="2024年",
                  themes=("ziji", "wennuan", "wenti", "minzhu"))
    p.c(" ".join(x for x in body if x[1:2] == "、"), tag="p", cls="toc")
    p.t(title, "h2")
    p.ps(body)
    a = art(title, "苇塘供电公司", "enterprise", 2024, "plan", body)
    return "w11_renrendoc.html", p.render(), row("w11_renrendoc.html", "renrendoc_pages_intro", [a], p.chrome)


def w12(C: Composer):
    p = Page("最新水利局工会工作总结(优秀3篇)")
    p.c("最新水利局工会工作总结(优秀3篇)", tag="h1", cls="h")
    p.ul(["上传日期:2023-11-26 12:00:36 |", "zdfb |", "12页"], cls="meta")
    p.c("年底将至，写总结的朋友不妨看看下面几篇水利局工会工作总结，或许能给你一些思路。",
        tag="p", cls="intro")
    b1 = C.body("summary", "橙川市水利局", "agency", scope="2023年", when="2023年", paras=1)
    b2 = C.body("summary", "局", "agency", scope="20xx年", when="20xx年", paras=1, numbering="arabic")
    p.t("水利局工会工作总结篇一", "h2")
    p.ps(b1)
    p.t("水利局工会工作总结篇二", "h2")
    p.ps(b2)
    p.c("猜你喜欢：水利局年终工作总结 水务公司工会工作计划", cls="rel")
    t = "水利局工会工作总结"
    arts = [art(t, "橙川市水利局", "agency", 2023, "summary", b1), art(t, None, "agency", None, "summary", b2)]
    return "w12_upload_meta.html", p.render(), row("w12_upload_meta.html", "meidekan_upload_bullets", arts, p.chrome)


def w13(C: Composer):
    t1, t2 = "砚湖市审计局工会2023年工作总结", "砚湖市审计局工会2024年工作计划"
    p = Page(t1)
    p.c("- 目录", cls="toc")
    p.c(f"第1篇 {t1} ……1", cls="toc")
    p.c(f"第2篇 {t2} ……4", cls="toc")
    b1 = C.body("summary", "局", "agency", scope="2023年", when="2023年")
    b2 = C.body("plan", "局", "agency", scope="2024年", when="2024年", paras=1)
    p.t(f"第1篇 {t1}", "h2")
    p.raw("<p>" + esc("".join(b1)) + "</p>")  # the site glues the first document into one paragraph
    p.t(f"第2篇 {t2}", "h2")
    p.ps(b2)
    p.c("本文由会员上传，仅供参考。", cls="foot")
    arts = [art(t1, "砚湖市审计局", "agency", 2023, "summary", b1), art(t2, "砚湖市审计局", "agency", 2024, "plan", b2)]
    return "w13_toc_pages.html", p.render(), row("w13_toc_pages.html", "toc_dotted_pages", arts, p.chrome)


def w14(C: Composer):
    t1 = "荻浦区妇联工会2024年工作总结及2025年工作计划"
    t2 = "荻浦区妇联工会2023年工作总结"
    p = Page(t1 + "_写写帮文库")
    p.c("第一篇:2024年荻浦区妇联工会工作总结及2025年工作计划", cls="marker")
    p.t("荻浦区妇联工会2024年工作总结", "p")
    p.t("及2025年工作计划", "p")
    s = C.body("summary", "区妇联", "agency", scope="2024年", when="2024年", paras=1, numbering="paren",
               themes=("minzhu", "wennuan", "wenti"), closing=False)
    pl = C.body("plan", "区妇联", "agency", scope="2025年", when="2025年", paras=1, numbering="paren",
                themes=("weiquan", "ziji"), opening=False)
    b1 = ["一、2024年工作总结"] + s + ["二、2025年工作计划"] + pl
    p.ps(b1)
    p.c("第二篇:荻浦区妇联工会2023年工作总结", cls="marker")
    p.t(t2, "p")
    b2 = C.body("summary", "区妇联", "agency", scope="2023年", when="2023年", paras=1)
    p.ps(b2)
    arts = [art(t1, "荻浦区妇联", "agency", 2024, "report", b1), art(t2, "荻浦区妇联", "agency", 2023, "summary", b2)]
    return "w14_diyipian_combo.html", p.render(), row("w14_diyipian_combo.html", "diyipian_combo_broken", arts,
                                                      p.chrome)


def w15(C: Composer):
    title = "中学工会工作总结和工作计划"
    p = Page(title + "-特牛文库")
    p.c("特牛文库 > 工作总结 > 工会工作总结", cls="crumb")
    p.t("第一篇:" + title, "p")
    s = C.body("summary", "杉湾市第二中学", "school", scope="2023年", when="2023年", paras=1,
               themes=("minzhu", "wenti", "ziji"), closing=False)
    pl = C.body("plan", "学校", "school", scope="2024年", when="2024年", paras=1, opening=False,
                themes=("weiquan", "wennuan"), numbering="paren")
    s[1] = s[1] + "中学工会工作总结和工作计划。"  # the site's keyword injected into the text
    s[-1] = "工作计划《中学工会工作总结和工作计划》" + s[-1]
    body = s + ["2024年工作计划"] + pl
    p.ps(body)
    p.c("《中学工会工作总结和工作计划》相关文档：", cls="rel")
    p.ul(["初中工会年度总结范文", "中学教代会工作报告"], cls="rel")
    a = art(title, "杉湾市第二中学", "school", 2023, "report", body, org_also=["杉湾二中"])
    return "w15_keyword_injected.html", p.render(), row("w15_keyword_injected.html", "keyword_injected", [a], p.chrome)


def w16(C: Composer):
    title = "柳港市第五中学工会工作总结"
    body = C.body("summary", "柳港市第五中学", "school", scope="2023年", when="2023年", paras=1, numbering="arabic")
    head = "中学工会工作总结结凝心聚力办实事,服务教职工促发展凝心聚力办实事服务教职工促发展"
    text = head + title + "".join(body)
    p = Page("中学工会工作总结 - 文客久久")
    p.raw('<div class="one">' + esc(text) + "</div>")
    a = art(title, "柳港市第五中学", "school", 2023, "summary", body)
    return "w16_flat_doubled.html", p.render(), row("w16_flat_doubled.html", "flat_doubled_slogan", [a], [head])


def w17(C: Composer):
    p = Page("2024年医院工会工作计划范本(汇总3篇)")
    p.c("2024年医院工会工作计划范本(汇总3篇)", tag="h1", cls="h")
    p.c("2024年医院工会工作计划范本(精选3篇)", tag="h2", cls="h")
    b1 = C.body("plan", "医院", "hospital", scope="2024年", when="2024年", paras=1)
    b2 = C.body("plan", "南塘县中医院", "hospital", scope="2024年", when="2024年", paras=1, numbering="paren")
    t = "2024年医院工会工作计划范本"
    p.t(t + " 篇1", "h3")
    p.ps(b1)
    p.t(t + " 篇2", "h3")
    p.ps(b2)
    p.c("2024年医院工会工作计划范本 相关文章", cls="rel")
    arts = [art(t, None, "other", 2024, "plan", b1), art(t, "南塘县中医院", "other", 2024, "plan", b2)]
    return "w17_huizong_jingxuan.html", p.render(), row("w17_huizong_jingxuan.html", "huizong_jingxuan_pian", arts,
                                                        p.chrome)


def w18(C: Composer):
    title = "苇塘农村商业银行工会2023年度工作报告"
    p = Page(title)
    p.c("党群建设", cls="col")
    p.c("工会工作", cls="col")
    p.c("党群建设>工会工作", cls="crumb")
    p.t(title)
    p.c("发布时间:2024-02-20阅读次数:", cls="meta")
    body = C.report("苇塘农村商业银行", "bank", scope="2023年", nxt="2024年")
    p.ps(body)
    p.c("苇塘农商银行网群Network group", cls="foot")
    a = art(title, "苇塘农村商业银行", "enterprise", 2023, "report", body, org_also=["苇塘农商银行", "苇塘农商行"])
    return "w18_bank_congress.html", p.render(), row("w18_bank_congress.html", "bank_congress_report", [a], p.chrome)


def w19(C: Composer):
    title = "杉湾航空地面服务分公司工会2023年工作总结"
    p = Page(title)
    p.c(f"查看完整版本: [-- {title} --]", cls="top")
    p.c("航空论坛 -> 民航职工之家", cls="crumb")
    p.t(title, "h2")
    p.c("发帖: 蓝天小刘 2024-01-05 09:12", cls="meta")
    body = C.body("summary", "分公司", "enterprise", scope="2023年", when="2023年",
                  themes=("jianye", "weiquan", "wennuan", "wenti"))
    body[0] = body[0].replace("分公司工会", "杉湾航空地面服务分公司工会", 1)
    p.ps(body)
    p.c("页:", cls="pg")
    p.c("[1]", cls="pg")
    a = art(title, "杉湾航空地面服务分公司", "enterprise", 2023, "summary", body)
    return "w19_bbs_archiver.html", p.render(), row("w19_bbs_archiver.html", "bbs_archiver_page", [a], p.chrome)


def w20(C: Composer):
    title = "樟岭路桥公司召开工会四届四次全委（扩大）会议"
    p = Page("鑫博官网网站")
    p.c("鑫博官网网站 - 首页", cls="logo")
    p.links(["首页", "关于我们", "新闻资讯", "联系我们"], sep=" ")
    p.t(title)
    news = C.news("樟岭路桥公司", "enterprise", "3月26日", "召开四届四次全委（扩大）会议")
    body = [x.replace("，", ",,,,,,,,").replace("。", "。。。。。。。") for x in news]
    body[0] = body[0].replace("樟岭路桥公司", "鑫博官网网站樟岭路桥公司", 1)
    body.append("会议强调，2024年各级工会要增强引领力、组织力、服务力,,,,,,,,在服务中心工作中展现新作为。。。。。。。")
    p.ps(body)
    p.c("Copyright © 鑫博官网网站 All Rights Reserved", cls="foot")
    a = art(title, "樟岭路桥公司", "enterprise", 2024, "other", body)
    return "w20_spun_punct.html", p.render(), row("w20_spun_punct.html", "spun_punct_runs", [a], p.chrome)


def w21(C: Composer):
    title = "公司工会召开2022年度会员代表大会"
    p = Page(title + "-橙川橡胶制品有限公司")
    p.links(["首页", "产品中心", "关于我们", "新闻中心", "联系我们"])
    p.c("浏览数量: 4 作者: 本站编辑 发布时间: 2022-12-29 来源: 本站", cls="meta")
    p.t(title)
    body = [
        ("岁末年初，橙川橡胶制品有限公司工会于2022年12月下旬召开会员代表大会，"
         "各工会小组长和会员代表共46人参加会议。"),
        "工会主席在会上回顾了全年工作、介绍了下一年的打算，并向代表说明了2022年度经费收支。",
        "代表们分组讨论，围绕班组休息室改造、夜班餐补和技能培训提出意见建议11条。",
        "会议在热烈的气氛中完成各项议程，大家表示将以更饱满的热情迎接新的一年。"]
    p.ps(body)
    p.c("Copyright © 2024 橙川橡胶制品有限公司 All Rights Reserved.", cls="foot")
    p.c("网站地图", cls="foot")
    a = art(title, "橙川橡胶制品有限公司", "enterprise", 2022, "other", body)
    return "w21_product_site.html", p.render(), row("w21_product_site.html", "product_site_news", [a], p.chrome)


def w22(C: Composer):
    title = "荻浦监狱工会2024年工作总结"
    p = Page(title + " - 荻浦生活网")
    p.c("门户 › 资讯 › 工会动态 › 查看内容", cls="crumb")
    p.t(title)
    p.c("2024-12-16 08:41| 发布者: 小编| 查看: 1052| 评论: 0", cls="meta")
    body = C.body("summary", "荻浦监狱", "prison", scope="2024年", when="2024年")
    body[-1] = body[-1] + " |"
    p.ps(body)
    p.c("相关阅读", cls="rel")
    p.c("返回顶部", cls="top")
    a = art(title, "荻浦监狱", "agency", 2024, "summary", body)
    return "w22_discuz_pipe.html", p.render(), row("w22_discuz_pipe.html", "discuz_portal_pipe", [a], p.chrome)


def w23(C: Composer):
    title = with_pinyin("鶴汀市總工會2023年工作綜述")
    p = Page("鶴汀市總工會2023年工作綜述")
    p.c(with_pinyin("中國工會網>>地方工會新聞"), cls="crumb")
    p.t(title)
    p.c("2024年01月24日09:02", cls="date")
    p.c(with_pinyin("1月5日，鶴汀市總工會舉辦職工技能大賽決賽。林夕 攝"), tag="p", cls="cap")
    p.c(with_pinyin("3月8日，女職工健步走活動在濱江公園舉行。林夕 攝"), tag="p", cls="cap")
    body = [with_pinyin(trad(x)) for x in C.body("summary", "鹤汀市总", "street", scope="2023年", when="2023年",
                                                 themes=("jianye", "weiquan", "wennuan", "ziji"), paras=1)]
    p.ps(body)
    p.c(with_pinyin("（責任編輯：周穎）"), cls="ed")
    a = art("鶴汀市總工會2023年工作綜述", "鶴汀市總工會", "other", 2023, "summary", body)
    return "w23_trad_pinyin_captions.html", p.render(), row("w23_trad_pinyin_captions.html",
                                                            "trad_pinyin_captions", [a], p.chrome)


def w24(C: Composer):
    title = "桐港市產業總工會舉行新春團拜 表揚績優工會"
    p = Page(title)
    p.c("首圖", cls="img")
    p.c("產業總工會團拜現場，理事長（左三）與獲獎工會幹部合影。（圖／記者陳明攝）", tag="p", cls="cap")
    p.t(title)
    p.c("2024/02/26 15:30", cls="date")
    body = ["桐港市產業總工會26日在市府禮堂辦理2024年新春團拜，副市長到場致詞，肯定各工會過去一年為勞工奔走。",
            "活動中頒發了十二個績優工會獎牌，三十八位熱心會務的幹部也一同受獎，工會志工隊並接受授旗。",
            "產業總工會理事長表示，今年將持續推動勞資協商與職場安全，為會員爭取更好的勞動條件。",
            "副市長說，希望工會和企業在新的一年攜手合作，讓每位勞工都能安心工作。 ......"]
    p.ps(body)
    p.c("更多新聞", cls="more")
    a = art(title, "桐港市產業總工會", "other", 2024, "other", body)
    return "w24_tw_news.html", p.render(), row("w24_tw_news.html", "trad_tw_news_shoutu", [a], p.chrome)


def w25(C: Composer):
    title = "2024年工会主席述职报告"
    p = Page(title)
    p.links(["网站首页", "政务动态", "党建工会", "卫生健康"], sep="  ")
    p.t(title)
    p.c("发布人：管理员 发布时间：2024-12-30 点击：86", cls="meta")
    body = ["各位领导、同志们，大家好：",
            ("2024年，我在梅渚区卫生健康局工会主席岗位上，在局党组和区总工会的领导下，认真履行职责，"
             "现将一年来的履职情况报告如下，请予评议。")]
    body += C.body("summary", "局", "agency", scope="2024年", when="2024年", opening=False,
                   themes=("minzhu", "wennuan", "ziji"), paras=1, closing=False)
    body += ["下一步，我将加强学习，改进作风，把工会工作做得更扎实。", "述职人：方静", "2024年12月27日"]
    p.ps(body)
    p.c("【关闭】", cls="tools")
    a = art(title, "梅渚区卫生健康局", "agency", 2024, "report", body, org_also=["梅渚区卫健局"])
    return "w25_speech_shuzhi.html", p.render(), row("w25_speech_shuzhi.html", "speech_shuzhi", [a], p.chrome)


def w26(C: Composer):
    title = "樟岭实验学校工会2025年工作计划"
    p = Page("对话 - 智能助手")
    p.c("已深度思考（用时 12 秒）", cls="think")
    p.c("好的，用户需要一份学校工会的年度工作计划，我需要包含指导思想、主要工作和月度安排。", tag="p",
        cls="think")
    p.t("# " + title, "p")
    body = [("## " + x if x[1:2] == "、" else x) for x in
            C.body("plan", "樟岭实验学校", "school", scope="2025年", when="2025年", paras=1)]
    p.ps(body)
    p.c("以上计划可根据学校实际情况进一步细化调整。", tag="p", cls="tail")
    p.c("内容由 AI 生成，请仔细甄别", cls="tail")
    a = art(title, "樟岭实验学校", "school", 2025, "plan", body)
    return "w26_ai_think.html", p.render(), row("w26_ai_think.html", "ai_deep_think", [a], p.chrome)


def w27(C: Composer):
    title = "工会换届选举工作报告"
    p = Page(title + " (共7页)")
    p.c(title + " (共7页)", tag="h1", cls="h")
    p.c("内容速览：这份报告分三块，讲了上一届工会做了什么、哪里还不够、下一届准备怎么干。"
        "1.**做了什么**-维权、帮扶、文体。2.**哪里不够**-参与面和服务手段。3.**怎么干**-新一届的目标。",
        tag="p", cls="ai")
    p.t(title, "h2")
    body = C.report("公司", "enterprise", scope="五年来", nxt="今后五年")
    p.ps(body)
    p.c("下载文档", cls="btn")
    a = art(title, None, "enterprise", None, "report", body)
    return "w27_summary_box.html", p.render(), row("w27_summary_box.html", "guifan_summary_box", [a], p.chrome)


def w28(C: Composer):
    p = Page("工会工作计划2篇 - 华夏图书")
    howto = ["工会工作计划是工会组织在一定时期内为履行职能而确定的目标、任务和措施。",
             "一、明确目标。计划首先要写清一年要达到什么目标，目标要具体、可检查。",
             "二、列出任务。把维权、服务、文体、民主管理等任务逐项写明，并落实到人。",
             "三、排出时间。按月或按季度安排进度，重要活动写清时间节点。",
             "四、提出保障。写明经费、人员和制度保障，便于检查落实。"]
    plan = C.body("plan", "梅渚镇中心小学", "school", scope="2024年", when="2024年", paras=1,
                  themes=("minzhu", "wennuan", "wenti"))
    p.t("工会工作计划 篇一", "h2")
    p.ps(howto)
    p.t("工会工作计划 篇二", "h2")
    p.ps(plan)
    p.c("本文标签：工会 工作计划", cls="tags")
    arts = [art("工会工作计划", None, None, None, "other", howto),
            art("工会工作计划", "梅渚镇中心小学", "school", 2024, "plan", plan)]
    return "w28_howto_pian.html", p.render(), row("w28_howto_pian.html", "howto_jihua_pian", arts, p.chrome)


def w29(C: Composer):
    title = "桐川市实验学校2023-2024学年第一学期工会工作计划"
    body = C.body("plan", "学校", "school", scope="本学期", when="本学期", paras=1, numbering="paren")
    body[0] = body[0].replace("学校工会", "桐川市实验学校工会", 1) if "学校工会" in body[0] else body[0]
    chrome = ["来源：桐川教育网", "（本文来自网络，仅供参考）"]
    text = "\r\n".join([chrome[0], title, ""] + body + ["", chrome[1]]) + "\r\n"
    a = art(title, "桐川市实验学校", "school", 2023, "plan", body)
    return "w29_gbk_term.txt", text.encode("gbk"), row("w29_gbk_term.txt", "txt_gbk_term_plan", [a], chrome)


def w30(C: Composer):
    title = with_pinyin("荻浦區梅渚街道總工會2023年度工作總結")
    body = [with_pinyin(trad(x)) for x in C.body("summary", "梅渚街道总", "street", scope="2023年", when="2023年",
                                                 paras=1)]
    chrome = [with_pinyin("工會年度工作總結_範文大全網"), "本文鏈接：範文大全網/zongjie/88213.html"]
    text = "\n".join([chrome[0], "", title, ""] + body + ["", chrome[1]]) + "\n"
    a = art("荻浦區梅渚街道總工會2023年度工作總結", "梅渚街道總工會", "other", 2023, "summary", body,
            org_also=["荻浦區梅渚街道總工會"])
    return "w30_utf16_trad.txt", utf16(text), row("w30_utf16_trad.txt", "txt_utf16_trad_pinyin", [a], chrome)


def w31(C: Composer):
    title = "杉湾市启航民办学校工会2024年下半年工作总结"
    body = C.body("summary", "启航民办学校", "school", scope="下半年", when="2024年下半年", paras=1,
                  themes=("minzhu", "weiquan", "wennuan", "wenti"))
    chrome = ["—— 复制自 杉湾教育在线 ——", "阅读 1.2万"]
    text = "\n".join([chrome[0], title] + body + [chrome[1]]) + "\n"
    a = art(title, "杉湾市启航民办学校", "school", 2024, "summary", body, org_also=["启航民办学校"])
    return "w31_bom_private_school.txt", bom(text), row("w31_bom_private_school.txt", "txt_bom_half_year", [a], chrome)


def w32(C: Composer):
    p = Page("工会经费收支范围与标准")
    p.c("工会经费收支范围与标准", tag="h1", cls="tag")
    p.c("相关标签", cls="tags")
    p.ul(["工会经费", "收支标准"], cls="tags")
    return "w32_tag_page.html", p.render(), row("w32_tag_page.html", "tag_page_single", [], p.chrome)


def w33(C: Composer):
    title = "年终盘点｜杉湾市总工会2023年度工作回顾"
    p = Page(title)
    p.t(title)
    p.c("原创 杉湾工会 杉湾职工之家 2024年01月12日 18:30", cls="meta")
    p.c("听全文", cls="audio")
    p.c("点击上方蓝字 关注我们", cls="follow")
    body = C.body("summary", "杉湾市总", "street", scope="2023年", when="2023年", numbering="none", paras=1,
                  themes=("jianye", "weiquan", "wennuan", "ziji"))
    body = [("▌" + x if k and len(x) < 30 else x) for k, x in enumerate(body)]
    p.ps(body)
    p.ul(["END", "来源：市总工会办公室", "编辑：沈悦  审核：黄立", "往期推荐", "↓↓↓", "分享 收藏 点赞 在看"], cls="end")
    a = art(title, "杉湾市总工会", "other", 2023, "summary", body)
    return "w33_wechat_review.html", p.render(), row("w33_wechat_review.html", "wechat_pandian", [a], p.chrome)


def w34(C: Composer):
    title = "交流经验 携手共进——鹤汀航空学院樟岭分院工会赴梅渚分院开展工会工作交流"
    p = Page(title)
    p.t(title)
    p.c("作者: 阅读量:", cls="meta")
    body = ["本网讯 陈立报道：2024年5月，鹤汀航空学院樟岭分院工会主席带领部分分工会主席一行6人前往梅渚分院开展工会工作交流。",
            "交流团走进机务、安检等部门的分工会，围绕小家阵地、班组管理和安全竞赛听取介绍、互相切磋。",
            "梅渚分院机务大队把原来的工具间改成了职工休息室，墙上贴满了班组成员自己写的安全格言。",
            "樟岭分院工会表示，回去后将把看到的好做法转化为分工会的具体制度。"]
    p.ps(body)
    p.c("参观安检站班组文化建设", tag="p", cls="cap")
    p.c("双方交流人员合影", tag="p", cls="cap")
    a = art(title, "鹤汀航空学院樟岭分院", "university", 2024, "other", body, org_also=["鹤汀航空学院"])
    return "w34_univ_news.html", p.render(), row("w34_univ_news.html", "univ_news_captions", [a], p.chrome)


PAGES = [w01, w02, w03, w04, w05, w06, w07, w08, w09, w10, w11, w12, w13, w14, w15, w16, w17, w18, w19, w20,
         w21, w22, w23, w24, w25, w26, w27, w28, w29, w30, w31, w32, w33, w34]


def make_web9(folder: Path) -> list[dict]:
    C = Composer(2026113009)
    keys = []
    for make in PAGES:
        source, data, key = make(C)
        write(folder, source, data)
        keys.append(key)
    return keys
