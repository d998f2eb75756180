"""web7: web pages in many site styles, each the team's own writing after patterns seen on real
sites (chrome wording, compilation markers, layouts, noise). Names, figures and sentences invented."""

from __future__ import annotations

from pathlib import Path

from heldout5_page import Page, esc, html_page, ps, trad, with_pinyin
from heldout5_text import Composer, plan_open, summary_open

PAGES = []


def page(fn):
    PAGES.append(fn)
    return fn


def _html(p: Page, head: str, body: str) -> tuple[str, bytes, dict]:
    return p.source, html_page(head, body).encode("utf-8"), p.key()


@page
def w01(K: Composer):
    p = Page("w01_yancao_news.html", "tobacco_portal")
    t = "凝心聚力建新功 卷烟厂工会召开年度工作总结会"
    p.art(t, "青岭卷烟厂", "enterprise", 2023, "other")
    body = [p.b(K.fill("{m}月{d}日，青岭卷烟厂召开2023年度基层工会目标考评会暨工会工作总结会，厂工会委员、各车间工会主席{a}人参加。", )),
            p.b(K.fill("厂工会主席{n}指出，2023年厂工会围绕生产经营中心，突出班组建设和劳模创新工作室创建，全年开展劳动竞赛{c2}项。")),
            *p.bs(K.paras("summary", 3)),
            p.b(K.fill("会议还对{c}个先进基层工会、{a}名优秀工会积极分子进行了表彰。"))]
    top = "\n".join(f"<span>{esc(p.c(x))}</span>" for x in ["本网站含有烟草内容，未成年人谢绝访问"])
    nav = esc(p.c("在线参阅 | 零售户在线 | 微品汇 | 手机版"))
    crumb = esc(p.c("您的位置： 首页 > 文化频道 > 正文"))
    meta = esc(p.c("2023年12月20日 来源：烟叶在线 作者：韩振宇"))
    html = (f"<div class='top'>{top}</div><div class='nav'>{nav}</div><div class='crumb'>{crumb}</div>"
            f"<h1>{esc(t)}</h1><div class='meta'>{meta}</div><div class='fs'>{esc(p.c('A+ A-'))}</div>"
            f"<div class='content'>{ps(body)}</div>"
            f"<div class='foot'><p>{esc(p.c('版权所有：烟叶在线 | 京ICP备10293847号'))}</p></div>")
    return _html(p, t + "_烟叶在线", html)


@page
def w02(K: Composer):
    p = Page("w02_trad_jiepinyin.html", "trad_mirror_pinyin")
    chars = "據報總結會職"
    t = "紅杉集團工會2022年度工作總結"
    p.art(with_pinyin(t, chars), "紅杉集團", "enterprise", 2022, "summary")
    lines = [summary_open("紅杉集團", "2022年")] + K.sections("summary", 4, "cn")
    body = [p.b(with_pinyin(trad(x), chars)) for x in lines]
    body.append(p.b(with_pinyin("紅杉集團工會委員會", chars)))
    body.append(p.b("2023年1月6日"))
    html = (f"<div>{esc(p.c(with_pinyin('煙葉在線據(jù)集團官網報道', '報')))}</div>"
            f"<h2>{esc(with_pinyin(t, chars))}</h2>{ps(body)}"
            f"<div class='related'><p>{esc(p.c('相關閱讀：'))}</p><p>{esc(p.c('· 紅杉集團召開第五屆職代會'))}</p>"
            f"<p>{esc(p.c('· 集團女職工委員會開展三八節活動'))}</p></div>")
    return _html(p, "紅杉集團", html)


@page
def w03(K: Composer):
    p = Page("w03_gov_big5_gate.html", "gov_big5_gate")
    t = "南河縣人民法院機關工會2023年工作總結"
    p.art(t, "南河縣人民法院", "agency", 2023, "summary")
    lines = [summary_open("院機關", "2023年", "縣總工會")] + K.sections("summary", 4, "paren")
    body = p.bs([trad(x) for x in lines] + ["南河縣人民法院機關工會", "2023年12月28日"])
    meta = p.c("南河縣人民政府門戶網站 www.nanhe.gov.cn 2024-01-05 10:48 來源： 縣法院")
    html = (f"<h1>{esc(t)}</h1><div class='meta'>{esc(meta)}</div>"
            f"<div class='tool'>{esc(p.c('【字體：大 中 小】 打印本頁 關閉窗口'))}</div>{ps(body)}"
            f"<div class='foot'>{esc(p.c('主辦：南河縣人民政府辦公室 網站標識碼：4101990023'))}</div>")
    return _html(p, t, html)


@page
def w04(K: Composer):
    p = Page("w04_wenku_abstract.html", "wenku_abstract_flat")
    t = "2024公路养护中心工会工作总结"
    p.art(t, None, "enterprise", 2024, "summary")
    lines = [summary_open("本中心", "2024年", "市交通工会")] + K.sections("summary", 3, "cn", per=(1, 1))
    abstract = p.c(t + lines[0][:46])
    segs = [p.b(x) for x in lines]
    # the library prints the text flattened, words broken by spaces, with a page marker inside
    flat = " ".join(s[:9] + " " + s[9:] for s in segs)
    html = (f"<h1>{esc(t)}</h1><div class='abs'>{esc(abstract)}</div>"
            f"<div class='doc'>{esc(flat)} {esc(p.c('第1 页共 3页'))}</div>"
            f"<div>{esc(p.c('打开APP阅读全文'))}</div>")
    segs_spaced = [s[:9] + " " + s[9:] for s in segs]
    p.arts[-1]["body"] = segs_spaced
    return _html(p, t, html)


@page
def w05(K: Composer):
    p = Page("w05_jiuai_fanwen.html", "fanwen_intro_digit")
    head = "企业工会工作总结范文实用3篇"
    intro = (f"【报告写作】以下精品范例“{head}”是由就读网热心的网友为您精挑细选，以供您写作参考之用，"
             "希望对您有所帮助，喜欢就复制下载支持吧！")
    parts = [f"<h1>{esc(p.c(head))}</h1>", f"<div>{esc(p.c('时间：2024-03-11 16:15:59 分享：网友 下载本文'))}</div>",
             f"<p>{esc(p.c(intro))}</p>"]
    for i in range(1, 4):
        p.art("企业工会工作总结", None, "enterprise", None, "summary")
        parts.append(f"<h2>企业工会工作总结{i}</h2>")
        parts.append(ps(p.bs([summary_open("公司", "20xx年")] + K.sections("summary", 3, "cn", per=(1, 1)))))
    parts.append(f"<div>{esc(p.c('喜欢就复制下载支持吧！更多相关办公文档请搜索查阅'))}</div>")
    return _html(p, head, "\n".join(parts))


@page
def w06(K: Composer):
    p = Page("w06_court_cms.html", "court_cms_meta")
    t = "我院工会2022年工作总结"
    p.art(t, "封丘县人民法院", "agency", 2022, "summary")
    body = p.bs([K.fill("2022年，封丘县人民法院工会立足审判工作，扎实推进职工之家建设，全年组织活动{c2}次。")]
                + K.sections("summary", 3, "none", per=(1, 1)) + ["封丘县人民法院工会", "2023年1月10日"])
    html = (f"<div>{esc(p.c('无障碍浏览'))}</div><div class='nav'>{esc(p.c('首页 法院概况 审判动态 队伍建设 工会之窗'))}</div>"
            f"<h1>{esc(t)}</h1><div>{esc(p.c('作者：封丘法院 信息来源： 发布时间：2023-01-12 浏览次数：2602'))}</div>"
            f"{ps(body)}<div>{esc(p.c('【关闭窗口】'))}</div>")
    return _html(p, t, html)


@page
def w07(K: Composer):
    p = Page("w07_trad_wenxueba.html", "trad_site_pian")
    head = "實用的工會年終工作總結範文集合三篇"
    parts = [f"<div>{esc(p.c('稻香文學苑'))}</div>", f"<div>{esc(p.c('位置：首頁 > 範文 > 工作總結'))}</div>",
             f"<h1>{esc(p.c(head))}</h1>",
             f"<p>{esc(p.c('總結是對某一階段工作的回顧和分析，下面是小編整理的工會年終工作總結3篇，僅供參考，希望能夠幫助到大家。'))}</p>",
             f"<h2>{esc(p.c('實用的工會年終工作總結範文集合三篇（匯總）'))}</h2>"]
    for i in range(1, 4):
        p.art("工會年終工作總結", None, None, None, "summary")
        parts.append(f"<h3>工會年終工作總結 篇{i}</h3>")
        parts.append(ps(p.bs([trad(x) for x in [summary_open("我單位", "20xx年")] + K.sections("summary", 3, "cn", per=(1, 1))])))
    parts.append(f"<div>{esc(p.c('【實用的工會年終工作總結範文集合三篇】相關文章：'))}</div>")
    return _html(p, head, "\n".join(parts))


@page
def w08(K: Composer):
    p = Page("w08_trad_huanjie.html", "trad_pinyin_intro")
    chars = "報會導"
    parts = [f"<p>{esc(p.c(with_pinyin('報告材料主要是向上級匯報工作，其表達方式以敘述、說明為主，下面是小編為大家帶來的報告優秀範文，希望大家可以喜歡。', chars)))}</p>",
             f"<h2>{esc(p.c(with_pinyin('收費站工會換屆工作報告（2篇）', chars)))}</h2>"]
    for n in ("篇一", "篇二"):
        p.art(with_pinyin("工會換屆工作報告", chars), None, "enterprise", None, "report")
        parts.append(f"<h3>{esc(with_pinyin('工會換屆工作報告' + n, chars))}</h3>")
        lines = [K.fill("本屆工會委員會任期內，公司兩級工會共開展勞動競賽{c2}項，懸賞攻關{c}項，對生產經營起到了促進作用。")]
        lines += K.sections("report", 3, "arabic", per=(1, 1))
        parts.append(ps(p.bs([with_pinyin(trad(x), chars) for x in lines])))
    return _html(p, "收費站工會換屆工作報告", "\n".join(parts))


@page
def w09(K: Composer):
    p = Page("w09_meipian_intro.txt", "meipian_intro_text")
    out = [p.c("下面是有美文范文网小编为您分享的2024年工会小组年度总结3篇，感谢您的参阅。")]
    for i in range(1, 4):
        p.art("2024年工会小组年度总结", None, "enterprise", 2024, "summary")
        out.append(f"2024年工会小组年度总结篇{i}")
        out += p.bs([summary_open("本组", "2024年", "车间工会")] + K.sections("summary", 2, "arabic", per=(1, 1)))
    out.append(p.c("更多工会小组年度总结请关注美文范文网"))
    return p.source, ("\n".join(out) + "\n").encode("utf-8"), p.key()


@page
def w10(K: Composer):
    p = Page("w10_wenshu_tougao.html", "column_tougao_digit")
    parts = [f"<div>{esc(p.c('年度总结栏目'))}</div>", f"<h1>{esc(p.c('车间工会年度工作总结（精选2篇）'))}</h1>",
             f"<div>{esc(p.c('时间：2022-07-24 19:38:44 年度总结 我要投稿'))}</div>",
             f"<p>{esc(p.c('忙碌而又充实的工作已经告一段落了，下面是小编帮大家整理的车间工会年度工作总结，仅供参考。'))}</p>"]
    for i in (1, 2):
        p.art("车间工会年度工作总结", None, "enterprise", 2021, "summary")
        parts.append(f"<h2>车间工会年度工作总结{i}</h2>")
        parts.append(ps(p.bs([summary_open("车站车间", "2021年", "段工会")] + K.sections("summary", 3, "arabic", per=(1, 1)))))
    parts.append(f"<div>{esc(p.c('上一篇：车间工会半年工作总结'))}</div><div>{esc(p.c('下一篇：车间女工委员会工作总结'))}</div>")
    return _html(p, "车间工会年度工作总结", "\n".join(parts))


@page
def w11(K: Composer):
    p = Page("w11_cdc_cms.html", "cdc_cms_reviewer")
    t = "市疾控中心工会2023年工作总结"
    p.art(t, "梧州市疾病预防控制中心", "other", 2023, "summary")
    body = p.bs([summary_open("梧州市疾病预防控制中心", "2023年", "市卫健委工会联合会")] + K.sections("summary", 4, "cn")
                + ["梧州市疾控中心工会", "2024年1月16日"])
    html = (f"<div>{esc(p.c('梧州市疾病预防控制中心（梧州市预防医学会）'))}</div><ul><li>{esc(p.c('• IPV6'))}</li></ul>"
            f"<div>{esc(p.c('2024-01-21'))}</div><div>{esc(p.c('发稿： 覃晓玲'))}</div>"
            f"<div>{esc(p.c('审稿： 蒙立新；黄德明'))}</div><div>{esc(p.c('来源： 工会'))}</div>"
            f"<h1>{esc(t)}</h1><div>{esc(p.c('字体 ：大 中 小'))}</div><div>{esc(p.c('分享到 ：'))}</div>"
            f"{ps(body)}<div class='foot'>{esc(p.c('梧州市疾病预防控制中心 版权所有 桂ICP备09001234号'))}</div>")
    return _html(p, t, html)


@page
def w12(K: Composer):
    p = Page("w12_gov_archives.html", "gov_double_gt_crumb")
    t = "市档案馆机关工会2023年工作计划"
    p.art(t, "柳川市档案馆", "agency", 2023, "plan")
    body = p.bs([plan_open("柳川市档案馆机关", "2023年")] + K.sections("plan", 4, "cn") + ["柳川市档案馆机关工会", "2023年2月15日"])
    html = (f"<div>{esc(p.c('您当前的位置：首页 >> 新闻动态 >> 工会之窗 >> 内容'))}</div>"
            f"<h1>{esc(t)}</h1><div>{esc(p.c('发布日期：2023-02-16 来源：市档案馆 浏览次数： 字号：〖大 中 小〗'))}</div>"
            f"{ps(body)}<div>{esc(p.c('【打印本页】【关闭窗口】'))}</div>"
            f"<div>{esc(p.c('柳川市档案馆 主办 地址：柳川市人民路88号 电话：0771-5550123'))}</div>")
    return _html(p, t, html)


@page
def w13(K: Composer):
    p = Page("w13_doclib_kb.html", "doclib_kb_spaces")
    head = "2023年学校工会工作报告2篇"
    parts = [f"<ul><li>{esc(p.c('• 38.50 KB'))}</li><li>{esc(p.c('• 2023-05-17 发布'))}</li></ul>",
             f"<h1>{esc(p.c(head))}</h1>", f"<ul><li>{esc(p.c('• 9页'))}</li>",
             f"<li>{esc(p.c('• 当前文档由用户上传发布，收益归属用户'))}</li></ul>"]
    for i, x in enumerate(["本文档由用户上传，青果文库整理发布，可阅读全部内容。",
                           "本文档内容版权归属内容提供方，如果您对本文有版权争议，请立即联系网站客服。",
                           "网站客服QQ：820193746"], 1):
        parts.append(f"<p>{esc(p.c(f'{i}、{x}'))}</p>")
    flat = [p.c(head)]
    for n in ("（一）", "（二）"):
        p.art("2023年学校工会工作报告", None, "school", 2023 if n == "（一）" else 2022, "report")
        flat.append(f"2023年学校工会工作报告{n}")
        flat += p.bs(["各位领导、各位代表：", "我受学校工会委员会的委托，向大会作工会工作报告，请予审议。",
                      "一年来工会工作的回顾"] if n == "（一）" else ["各位代表、老师们：",
                     "现在，我代表学校工会委员会向大会报告2022年的工作，请各位代表审议。"])
        flat += p.bs(K.sections("report", 3, "cn", per=(1, 1)))
    parts.append("<div class='txt'>" + esc("   ".join(flat)) + "</div>")
    return _html(p, head, "\n".join(parts))


@page
def w14(K: Composer):
    p = Page("w14_crumb_glued_source.html", "crumb_glued_source")
    t = "2024小学工会年度工作总结"
    p.art(t, None, "school", 2024, "summary")
    body = p.bs([summary_open("我校", "2024年", "区教育工会")] + K.sections("summary", 4, "cn"))
    html = (f"<div>{esc(p.c('您的当前位置：首页2024小学工会年度工作总结(3篇)'))}</div>"
            f"<h1>{esc(p.c('2024小学工会年度工作总结(3篇)'))}</h1><div>{esc(p.c('来源：云朵旅游网'))}</div>"
            f"<h2>{esc(t)}</h2>{ps(body)}<div>{esc(p.c('本文来源于网络，仅供学习参考。'))}</div>")
    return _html(p, t, html)


@page
def w15(K: Composer):
    p = Page("w15_year_mismatch.html", "crumb_heading_year_mismatch")
    parts = [f"<div>{esc(p.c('当前位置: 桦林文档网 > 范文大全 > 公文范文 >'))}</div>",
             f"<h1>{esc(p.c('2022年学校工会换届报告两篇'))}</h1>", f"<div>{esc(p.c('| 浏览量：'))}</div>",
             f"<h2>{esc(p.c('2021年学校工会换届报告两篇'))}</h2>",
             f"<p>{esc(p.c('下面工作范文网的小编就给大家分享下关于学校工会换届报告，欢迎阅读！'))}</p>"]
    for n in ("篇一", "篇二"):
        p.art("学校工会换届报告", None, "school", None, "report")
        parts.append(f"<h3>学校工会换届报告{n}</h3>")
        parts.append(ps(p.bs(["五年来，我校工会在上级教育工会和学校党支部的领导下，依靠广大教职工，围绕维护、建设、参与、教育四项职能开展工作。"
                              if n == "篇一" else "本届工会委员会任期即将届满，现将五年来的工作向全体会员报告如下："]
                             + K.sections("report", 3, "cn", per=(1, 1)))))
    return _html(p, "学校工会换届报告两篇", "\n".join(parts))


@page
def w16(K: Composer):
    p = Page("w16_shuzhi_wordcount.html", "shuzhi_wordcount_gaishu")
    parts = [f"<div>{esc(p.c('首页 > 述职报告'))}</div>", f"<h1>{esc(p.c('工会主席述职报告(多篇)'))}</h1>",
             f"<div>{esc(p.c('时间：2025-08-17 07:10:54'))}</div>",
             f"<div>{esc(p.c('工会主席述职报告(多篇)(全文共8312字)'))}</div>",
             f"<p>{esc(p.c('【概述】工会主席述职报告(多篇)为的会员投稿推荐，但愿对你的学习工作带来帮助。'))}</p>"]
    for i in (1, 2):
        p.art("工会主席述职报告", None, "school", None, "report")
        parts.append(f"<h2>工会主席述职报告{i}</h2>")
        parts.append(ps(p.bs(["各位领导、老师们：", "大家好！"] + K.sections("shuzhi", 4, "cn", per=(1, 1), y="本")
                             + ["述职人：" + K.name()])))
    return _html(p, "工会主席述职报告", "\n".join(parts))


@page
def w17(K: Composer):
    p = Page("w17_welcome_tags.html", "welcome_tags_bracket_pian")
    parts = [f"<div>{esc(p.c('欢迎来到青禾方案网！'))}</div>", f"<div>{esc(p.c('2023-04-04'))}</div>",
             f"<div>{esc(p.c('九年一贯制学校工会工作计划 学校工会工作'))}</div>",
             f"<h1>{esc(p.c('九年一贯制学校工会工作计划模板2篇。'))}</h1>",
             f"<p>{esc(p.c('一份合理的工作计划有助于理清思路，也许下面的“九年一贯制学校工会工作计划”正合你意！不妨参考一下。'))}</p>"]
    for i in (1, 2):
        p.art("九年一贯制学校工会工作计划", None, "school", 2023, "plan")
        parts.append(f"<h2>九年一贯制学校工会工作计划 【篇{i}】</h2>")
        parts.append(ps(p.bs([plan_open("我校", "2023年")] + K.sections("plan", 3, "cn", per=(1, 1)))))
    return _html(p, "九年一贯制学校工会工作计划", "\n".join(parts))


@page
def w18(K: Composer):
    p = Page("w18_quoted_title_months.html", "quoted_title_month_list")
    t = "“2024年学校工会计划”工会工作计划"
    p.art(t, None, "school", 2024, "plan")
    body = [p.b("2024年，学校工会将在党支部和校长室的领导下，团结和带领全校教职工，以教育教学为中心，力争工会工作观念创新、思路创新。"),
            p.b("全年主要工作安排：")]
    for m in ("一月份：", "三月份：", "五月份：", "九月份：", "十二月份："):
        body.append(p.b(m))
        body += p.bs([f"{j}、{x}" for j, x in enumerate(K.paras("plan", 2), 1)])
    html = (f"<div>{esc(p.c('当前位置: 范文大全 > 工作范文 > 工作计划范文 > “2024年学校工会计划”工会工作计划范文'))}</div>"
            f"<h1>{esc(t)}</h1><div>{esc(p.c('发布时间：2024-02-17 12:58:53'))}</div>{ps(body)}"
            f"<div>{esc(p.c('热门文章：学校工会工作计划（通用10篇）'))}</div>")
    return _html(p, t, html)


@page
def w19(K: Composer):
    p = Page("w19_diyipian_broken_title.html", "diyipian_broken_title")
    parts = [f"<p>{esc(p.c('第一篇：2022年区妇联工会工作总结及2023年工会计划'))}</p>"]
    p.art("金桥区妇联工会2022年工作总结及2023年工作计划", "金桥区妇联", "agency", 2022, "report")
    parts.append("<p>金桥区妇联工会2022年工作总结</p><p>及2023年工作计划</p>")
    parts.append(ps(p.bs([p_ for p_ in ["一、工作总结", summary_open("金桥区妇联", "2022年", "区直机关工委")]
                          + K.sections("summary", 3, "paren", per=(1, 1))
                          + ["二、2023年工作计划"] + K.sections("plan", 2, "paren", per=(1, 1))])))
    parts.append(f"<p>{esc(p.c('第二篇：机关工会2023年工作要点'))}</p>")
    p.art("机关工会2023年工作要点", None, "agency", 2023, "plan")
    parts.append("<p>机关工会2023年工作要点</p>")
    parts.append(ps(p.bs(K.sections("plan", 3, "cn", per=(1, 1)))))
    return _html(p, "2022年区妇联工会工作总结及2023年工会计划", "\n".join(parts))


@page
def w20(K: Composer):
    p = Page("w20_halfyear_placeholder.html", "share_banner_placeholder_year")
    t = "汽机班工会小组上半年工作总结"
    p.art(t, None, "enterprise", None, "summary")
    body = p.bs(["20--年上半年，汽机转机班按照公司班组建设的要求，从安全生产、文明生产、基础管理等方面着力推进班组建设，现将上半年工会小组工作总结如下："]
                + K.sections("summary", 4, "arabic", per=(1, 1)))
    html = (f"<div>{esc(p.c('优秀实用范文分享'))}</div><h1>{esc(t)}</h1>{ps(body)}"
            f"<div>{esc(p.c('本文由用户投稿，如有侵权请联系删除'))}</div>")
    return _html(p, t, html)


@page
def w21(K: Composer):
    p = Page("w21_hospital_pian.html", "tougao_hospital_pian")
    parts = [f"<h1>{esc(p.c('医院工会工作计划（3篇）'))}</h1>",
             f"<div>{esc(p.c('时间：2021-08-24 12:14:09 工会工作计划 我要投稿'))}</div>",
             f"<p>{esc(p.c('日子如同白驹过隙，立即行动起来写一份计划吧。下面是小编收集整理的医院工会工作计划3篇，希望能够帮助到大家。'))}</p>"]
    for i in (1, 2, 3):
        p.art("医院工会工作计划", None, "other", None, "plan")
        parts.append(f"<h2>医院工会工作计划 篇{i}</h2>")
        parts.append(ps(p.bs([plan_open("院", "新的一年")] + K.sections("plan", 3, "cn", per=(1, 1)))))
    parts.append(f"<div>{esc(p.c('【医院工会工作计划（3篇）】相关文章：'))}</div><div>{esc(p.c('医院护理部工作计划'))}</div>")
    return _html(p, "医院工会工作计划", "\n".join(parts))


@page
def w22(K: Composer):
    p = Page("w22_hospital_month_cells.html", "month_table_cells")
    t = "2024年工会工作计划"
    p.art(t, "清源市肿瘤医院", "other", 2024, "plan")
    body = [p.b("指导思想：在清源市肿瘤医院党政班子领导下，以构建和谐医院为主线，以服务职工和医院中心工作为目的，创造性地开展工作。"),
            p.b("具体工作：")]
    body += p.bs(["时间 |", "活动内容 |", "参加范围 |"])
    for m in ("一月", "三月", "五月", "九月", "十二月"):
        body += p.bs([f"{m} |", K.fill("{f}慰问 {act} |"), K.fill("全院职工 {c}个工会小组 |")])
    html = (f"<div>{esc(p.c('清源市肿瘤医院 | 医院概况 | 科室导航 | 党群工作 | 院务公开'))}</div>"
            f"<h1>{esc(t)}</h1>{ps(body)}<div>{esc(p.c('Copyright © 清源市肿瘤医院 All Rights Reserved'))}</div>")
    return _html(p, t, html)


@page
def w23(K: Composer):
    p = Page("w23_sanqi_doclib.html", "doclib_glued_marker")
    parts = [f"<div>{esc(p.c('您好，欢迎访问七彩文档'))}</div>",
             f"<div>{esc(p.c('当前位置：首页 > 办公文档 > 工作计划 > 2023年医院工会工作计划精选2篇'))}</div>"]
    flat = [p.c("1/10") + p.c("2023年医院工会工作计划精选2篇计划是人们为了更好地组织和管理时间、资源和能力而制定的一种指导性工具。")]
    for n in ("【第一篇】", "【第二篇】"):
        p.art("医院工会工作计划", None, "other", 2023, "plan")
        lines = K.paras("plan", 4)
        p.bs(lines)
        flat.append("医院工会工作计划" + n + "".join(f"{j}.{x}" for j, x in enumerate(lines, 1)))
        if n == "【第一篇】":
            flat.append(p.c("2/10"))
    parts.append("<div class='txt'>" + esc("".join(flat)) + "</div>")
    return _html(p, "2023年医院工会工作计划精选2篇", "\n".join(parts))


@page
def w24(K: Composer):
    p = Page("w24_ai_markdown.txt", "ai_markdown_plan")
    t = "医院2025年工会工作计划范本"
    p.art(t, None, "other", 2025, "plan")
    out = [f"### {t}", "", p.b("#### 引言"), p.b(plan_open("医院", "2025年")), p.b("#### 一、总体目标")]
    out += [p.b(f"{j}. **{h}**：{x}") for j, (h, x) in enumerate(zip(["构建和谐劳动关系", "提升职工福祉", "强化组织建设"],
                                                                    K.paras("plan", 3)), 1)]
    out.append(p.b("#### 二、具体计划"))
    out += [p.b(f"- {x}") for x in K.paras("plan", 4)]
    out += ["", p.c("以上内容由AI生成，仅供参考")]
    return p.source, ("\n".join(out) + "\n").encode("utf-8"), p.key()


@page
def w25(K: Composer):
    p = Page("w25_abstract_cut.html", "abstract_cut_pian")
    intro = "分析好以往的工作问题之后，我们才能将年终总结写得有意义，以下是小编精心为您推荐的2024工会工作年终总结2篇，供大家参考。"
    parts = [f"<h1>{esc(p.c('2024工会工作年终总结2篇'))}</h1>", f"<div>{esc(p.c('2025-01-03 20:31:11'))}</div>",
             f"<div>{esc(p.c('摘要：' + intro + '2024工会工作年终总结篇1职工是企业的主人'))}</div>",
             f"<p>{esc(p.c(intro))}</p>"]
    for i in (1, 2):
        p.art("2024工会工作年终总结", None, "enterprise", 2024, "summary")
        parts.append(f"<h2>2024工会工作年终总结篇{i}</h2>")
        first = ("职工是企业的主人，是企业物质文明和精神文明的创造者和建设者，现将本年度的工作总结如下："
                 if i == 1 else summary_open("公司", "2024年"))
        parts.append(ps(p.bs([first] + K.sections("summary", 3, "di", per=(1, 1)))))
    return _html(p, "2024工会工作年终总结", "\n".join(parts))


@page
def w26(K: Composer):
    p = Page("w26_trad_caihua.html", "trad_read_count")
    t = "商貿公司工會2023年年終工作總結"
    p.art(t, "遠帆商貿公司", "enterprise", 2023, "summary")
    body = p.bs([trad(x) for x in [summary_open("遠帆商貿公司", "2023年", "區商貿工會")] + K.sections("summary", 4, "cn")])
    html = (f"<div>{esc(p.c('當前位置：才學齋>範例>工作總結>'))}</div><h1>{esc(t)}</h1>"
            f"<div>{esc(p.c('工作總結 閱讀(1.51W)'))}</div>{ps(body)}"
            f"<div>{esc(p.c('相關推薦'))}</div><div>{esc(p.c('商貿公司工會年度工作計劃'))}</div>")
    return _html(p, t, html)


@page
def w27(K: Composer):
    p = Page("w27_glued_crumb_pian16.html", "glued_crumb_paginated")
    t = "企业工会的总结模板"
    p.art(t, "东港分公司第三项目部", "enterprise", None, "summary")
    body = p.bs(["202x年东港分公司第三项目部工会在分公司工会的支持下成立了，这一年是我们工会成立的第一年。"]
                + K.sections("summary", 3, "cn", per=(1, 1)))
    html = (f"<div>{esc(p.c('首页总结工会工作总结'))}</div><h1>{esc(p.c('企业工会的总结模板(27篇)'))}</h1>"
            f"<h2>企业工会的总结模板篇16</h2>{ps(body)}"
            f"<div>{esc(p.c('上一页 1 2 … 15 16 17 … 27 下一页'))}</div>")
    return _html(p, "企业工会的总结模板(27篇)", html)


@page
def w28(K: Composer):
    p = Page("w28_toc_flat.html", "toc_flat_di_pian")
    titles = ["2023年局工会工作报告工作总结", "2023年税务分局工会工作总结"]
    parts = [f"<div>{esc(p.c('- 目录'))}</div>"]
    for i, t in enumerate(titles, 1):
        parts.append(f"<div>{esc(p.c(f'第{i}篇 {t}'))}</div>")
    flat = []
    for i, t in enumerate(titles, 1):
        p.art(t, None, "agency", 2023, "summary")
        flat.append(f"第{i}篇 {t}")
        flat += p.bs([summary_open("我局", "2023年")] + K.sections("summary", 3, "cn", per=(1, 1)))
    parts.append("<div class='txt'>" + esc("".join(flat)) + "</div>")
    return _html(p, "局工会工作总结2篇", "\n".join(parts))


@page
def w29(K: Composer):
    p = Page("w29_summary_and_plan.html", "one_doc_summary_plan")
    t = "2018年工会工作总结及2019年工作计划"
    p.art(t, "鹤鸣水泥有限公司", "enterprise", 2018, "report")
    body = p.bs(["2018年，鹤鸣水泥有限公司工会在上级工会的正确领导下，紧紧围绕中心工作，切实履行维护职工权益的基本职责。现将全年工作总结及2019年工作计划汇报如下：",
                 "一、2018年工会工作总结"] + K.sections("summary", 3, "paren", per=(1, 1))
                + ["二、2019年工会工作计划"] + K.sections("plan", 3, "paren", per=(1, 1)) + ["鹤鸣水泥有限公司工会", "2019年1月8日"])
    html = (f"<div>{esc(p.c('精选范文 > 工会工作 > 正文'))}</div><h1>{esc(t)}</h1>{ps(body)}"
            f"<div>{esc(p.c('声明：本站部分内容来自网络，如有侵权请联系删除。'))}</div>")
    return _html(p, t, html)


@page
def w30(K: Composer):
    p = Page("w30_duwenku_quoted.html", "quoted_heading_zhengwen")
    parts = [f"<div>{esc(p.c('首页 > 工作相关 > 总结报告 > 年终总结 > 工会年终总结3篇正文'))}</div>",
             f"<h1>{esc(p.c('《工会年终总结3篇》'))}</h1>", f"<div>{esc(p.c('时间：'))}</div>",
             f"<p>{esc(p.c('总结就是把一个时间段取得的成绩进行一次全面系统的总结，这次帅气的小编为您整理了工会年终总结3篇。'))}</p>"]
    for i, t in enumerate(["工会总结报告", "工会年终总结", "厂工会年度工作总结"], 1):
        p.art(t, None, "school" if i == 1 else "enterprise", None, "summary")
        parts.append(f"<h2>{t} 篇{i}</h2>")
        first = ("几年来学校工会组织老师参加了片区一年一度的教工篮球赛，并取得了优异的成绩。" if i == 1
                 else summary_open("厂", "今年", "分厂党委和上级工会"))
        parts.append(ps(p.bs([first] + K.sections("summary", 2, "arabic", per=(1, 1)))))
    return _html(p, "工会年终总结3篇", "\n".join(parts))


@page
def w31(K: Composer):
    p = Page("w31_shattered_cover.html", "doclib_shattered_cover")
    parts = [f"<div>{esc(p.c('温馨提示：'))}</div>"]
    for i, x in enumerate(["部分包含公式或动画的文件，查看预览时可能会显示错乱，下载后无此问题。",
                           "本文档由用户上传，版权归属用户，汇智网负责整理代发布。"], 1):
        parts.append(f"<p>{esc(p.c(f'{i}. {x}'))}</p>")
    parts.append(f"<div>{esc(p.c('网站客服：3074922707'))}</div>")
    parts.append(ps([p.c(x) for x in ["2023", "局机关", "工会", "上半年", "工作总结"]]))
    p.art("局机关工会XX年上半年工作总结", None, "agency", 2022, "summary")
    parts.append("<p>局机关工会XX年上半年工作总结</p>")
    parts.append(ps(p.bs([K.fill("局机关现有在岗职工{b}人，其中女职工{a}人，退休职工{a}人，困难户{c2}户。"),
                          "2022年上半年局机关工会在局工会的领导下，紧紧围绕我局工作重心和机关职工队伍建设开展工作，现将上半年工会工作总结如下："]
                         + K.sections("summary", 3, "cn", per=(1, 1)))))
    return _html(p, "局机关工会上半年工作总结", "\n".join(parts))


@page
def w32(K: Composer):
    p = Page("w32_univ_column.html", "univ_column_jihua_xiaojie")
    t = "2024年外国语学院分工会工作总结"
    p.art(t, "东陵师范大学", "university", 2024, "summary")
    body = p.bs([K.fill("2024年，东陵师范大学外国语学院分工会在校工会和学院党委的领导下，主动服务，积极作为，全年组织活动{c2}场。")]
                + K.sections("summary", 4, "cn"))
    html = (f"<div>{esc(p.c('您的位置： 首页  工会工作  计划小结'))}</div><h1>{esc(t)}</h1>"
            f"<div>{esc(p.c('发布日期： 2025-01-12   浏览次数 10'))}</div>{ps(body)}"
            f"<div>{esc(p.c('东陵师范大学外国语学院 地址：东陵市文苑路9号'))}</div>")
    return _html(p, t, html)


@page
def w33(K: Composer):
    p = Page("w33_glued_meta_college.html", "college_glued_meta")
    t = "国际教育学院工会2008年工作计划"
    p.art(t, "国际教育学院", "university", 2008, "plan")
    body = p.bs([f"{j}.  {x}" for j, x in enumerate(K.paras("plan", 6), 1)])
    html = (f"<h1>{esc(t)}</h1><div>{esc(p.c('来源：系统管理员发稿时间：2008-03-04浏览次数：292'))}</div>{ps(body)}")
    return _html(p, t, html)


@page
def w34(K: Composer):
    p = Page("w34_trad_pinyin_plan.html", "trad_pinyin_college_plan")
    chars = "導習會職點實圍"
    t = "職業技術學院工會2023年工作計劃"
    p.art(with_pinyin(t, chars), "青川職業技術學院", "university", 2023, "plan")
    lines = ["一、指導思想", "2023年，青川職業技術學院工會堅持以習近平新時代中國特色社會主義思想為指導，緊扣學院中心工作，進一步強化政治引領、深化維權服務。",
             "二、主要工作"] + [trad(x) for x in K.sections("plan", 3, "paren", per=(1, 1))]
    body = p.bs([with_pinyin(x, chars) for x in lines])
    html = (f"<div>{esc(p.c(with_pinyin('學院首頁 | 工會概況 | 工作動態 | 教代會', chars)))}</div>"
            f"<h1>{esc(with_pinyin(t, chars))}</h1>{ps(body)}"
            f"<div>{esc(p.c('版權所有©青川職業技術學院工會'))}</div>")
    return _html(p, t, html)


@page
def w35(K: Composer):
    p = Page("w35_trad_page_glued.txt", "trad_flat_page_glued")
    t = "2024年瑞豐物流公司工會工作計劃"
    p.art(t, "瑞豐物流公司", "enterprise", 2024, "plan")
    lines = [trad(x) for x in ["一、指导思想", plan_open("瑞丰物流公司", "2024年"), "二、重点工作"] + K.paras("plan", 4)]
    p.bs(lines)
    out = [p.c("版權說明：本文檔由用戶提供並上傳，收益歸屬內容提供方，若內容存在侵權，請進行舉報或認領"),
           p.c("文檔簡介"), p.c("PAGE") + t + "".join(lines)]
    return p.source, ("\n".join(out) + "\n").encode("utf-16"), p.key()


@page
def w36(K: Composer):
    p = Page("w36_gbk_copy.txt", "gbk_copy_tougao")
    t = "收费站工会小组2023年工作总结"
    p.art(t, "白沙收费站", "enterprise", 2023, "summary")
    out = [p.c("当前位置：首页 > 工作总结 > 工会工作总结"), t, p.c("时间：2023-12-29 我要投稿 阅读：1207")]
    out += p.bs([summary_open("白沙收费站", "2023年", "路段分公司工会")] + K.sections("summary", 3, "cn", per=(1, 1))
                + ["白沙收费站工会小组", "二〇二三年十二月二十六日"])
    out += [p.c("上一篇：收费站女职工工作总结"), p.c("下一篇：养护中心工会工作计划")]
    return p.source, ("\r\n".join(out) + "\r\n").encode("gbk"), p.key()


@page
def w37(K: Composer):
    p = Page("w37_bom_yidong.txt", "bom_copy_company_plan")
    t = "移动分公司工会2024年工作要点"
    p.art(t, "临川移动分公司", "enterprise", 2024, "plan")
    out = ["\ufeff" + p.c("搜索"), p.c("2024.02.18"), t]
    out += p.bs(["2024年，临川移动分公司工会工作的总体思路是：围绕公司发展大局，突出维权服务主责，激发员工建功热情。"]
                + K.sections("plan", 4, "cn", per=(1, 1)))
    out.append(p.c("（责任编辑：吴丽娟）"))
    return p.source, ("\n".join(out) + "\n").encode("utf-8"), p.key()


@page
def w38(K: Composer):
    p = Page("w38_school_cms_term.html", "school_cms_term_plan")
    t = "龙湖九年一贯制学校工会2024学年第一学期工作计划"
    p.art(t, "龙湖九年一贯制学校", "school", 2024, "plan")
    body = p.bs([plan_open("我校", "本学期")] + K.sections("plan", 3, "paren", per=(1, 1)) + ["附：本学期工会活动安排"]
                + [K.fill("第{c}周 {act}") for _ in range(3)] + ["校工会", "2024年9月6日"])
    html = (f"<div>{esc(p.c('学校首页 | 学校概况 | 德育天地 | 教师发展 | 工会之家 | 信息公开'))}</div>"
            f"<div>{esc(p.c('当前位置：学校首页 > 工会之家 > 工作计划'))}</div><h3>{esc(t)}</h3>"
            f"<div>{esc(p.c('发布者：工会 发布时间：2024-09-06 点击次数：186'))}</div>{ps(body)}"
            f"<div>{esc(p.c('【打印】 【关闭】'))}</div>"
            f"<div>{esc(p.c('龙湖九年一贯制学校 版权所有 技术支持：校园网络中心'))}</div>")
    return _html(p, t, html)


@page
def w39(K: Composer):
    p = Page("w39_wechat_year_review.html", "wechat_numbered_blocks")
    t = "年度盘点｜青石街道总工会2024年工作回顾"
    p.art(t, "青石街道总工会", "other", 2024, "summary")
    lines = [K.fill("2024年，青石街道总工会紧扣辖区{c2}个行业工会、{a}家非公企业的职工需求，交出了一份有温度的答卷。")]
    for i, head in enumerate(["组织覆盖再扩面", "关爱服务更贴心", "文体活动有声色"], 1):
        lines.append(f"0{i} | {head}")
        lines += K.paras("summary", 2)
    lines.append("新的一年，我们继续与职工朋友们同行！")
    body = p.bs(lines)
    html = (f"<h1>{esc(t)}</h1><div>{esc(p.c('原创 青石工会 青石工惠 2025年01月10日 09:30 浙江'))}</div>"
            f"<div>{ps(body)}</div><div>{esc(p.c('编辑：陆思琪 审核：戴永刚'))}</div>"
            f"<div>{esc(p.c('预览时标签不可点'))}</div><div>{esc(p.c('阅读原文'))}</div>"
            f"<div>{esc(p.c('分享 收藏 点赞 在看'))}</div>")
    return _html(p, t, html)


@page
def w40(K: Composer):
    p = Page("w40_trad_news_mirror.html", "trad_pinyin_news_captions")
    chars = "國產黨網聞動態縣會"
    t = "河陽縣總工會2023年工作總結"
    p.art(with_pinyin(t, chars), with_pinyin("河陽縣總工會", chars), "other", 2023, "summary")
    lines = [trad(summary_open("河阳县总", "2023年", "市总工会和县委"))]
    captions = [f"{m}月{d}日，縣總工會開展“送清涼”慰問活動。{n} 攝" for m, d, n in ((7, 12, "周振宇"), (9, 3, "林雪松"))]
    for i, x in enumerate(K.sections("summary", 3, "cn", per=(1, 1))):
        lines.append(trad(x))
    body = [p.b(with_pinyin(x, chars)) for x in lines]
    cap = [p.c(with_pinyin(x, chars)) for x in captions]
    html = (f"<div>{esc(p.c(with_pinyin('職工日報網>>基層工會動態', chars)))}</div><h1>{esc(with_pinyin(t, chars))}</h1>"
            f"<div>{esc(p.c('2024年01月22日09:02'))}</div>"
            f"<p>{esc(cap[0])}</p>{ps(body[:3])}<p>{esc(cap[1])}</p>{ps(body[3:])}"
            f"<div>{esc(p.c(with_pinyin('(責任編輯：高晚霞)', chars)))}</div>")
    return _html(p, "河陽縣總工會2023年工作總結", html)


@page
def w41(K: Composer):
    p = Page("w41_keywords_line.html", "keywords_line_essay_plan")
    t = "学校工会工作计划范文"
    p.art(t, None, "school", None, "plan")
    body = p.bs(["一、引言", "学校工会是教职工的“娘家”，为了更好地服务教职工，提高工会的组织能力和工作效率，特制定本计划。",
                 "二、工作目标"] + [f"{j}. {x}" for j, x in enumerate(K.paras("plan", 3), 1)]
                + ["三、活动方案"] + [f"（{j}）{x}" for j, x in enumerate(K.paras("plan", 3), 1)])
    html = (f"<h1>{esc(t)}</h1><div>{esc(p.c('关键词：学校工会工作计划、范文、写作、活动方案'))}</div>{ps(body)}"
            f"<div>{esc(p.c('本文标签：学校工会 工作计划 范文'))}</div>")
    return _html(p, t, html)


def make_web(folder: Path) -> list[dict]:
    keys = []
    for i, fn in enumerate(PAGES, 1):
        name, data, key = fn(Composer(7000 + i))
        (folder / name).write_bytes(data)
        keys.append(key)
    return keys
