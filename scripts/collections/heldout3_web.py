"""The web3 pages of the third held-out set: each page is a list of lines (chrome or article text)
in reading order, with the articles the key describes. All text is invented (heldout3_text)."""

from __future__ import annotations

from dataclasses import dataclass, field

from heldout3_text import Article, doc, report


@dataclass
class Line:
    text: str
    chrome: bool = False
    tag: str = "p"          # html element: p, h1, h2, nav, div, li, span, small
    region: str = "main"    # head, main, side, foot


@dataclass
class Page:
    source: str
    style: str
    lines: list[Line]
    articles: list[Article]
    render: str = "html"    # html, txt, flat (one line), flat_space
    encoding: str = "utf-8"  # utf-8, gbk, gb18030, utf-16, utf-8-sig
    title: str = ""         # <title> of an html page (never counted: browsers show it in the tab)
    skin: str = "cms"
    extra: dict = field(default_factory=dict)


def C(text, tag="div", region="main"):
    return Line(text, True, tag, region)


def H(text, tag="div"):
    return Line(text, True, tag, "head")


def F(text, tag="div"):
    return Line(text, True, tag, "foot")


def S(text):
    return Line(text, True, "li", "side")


def T(text, tag="h2"):
    return Line(text, False, tag)


def emit(art: Article, title_lines=None, tag="h2") -> list[Line]:
    """The article's own title line(s) (as written; None: no title line) and its body lines."""
    out = []
    if title_lines is None:
        title_lines = [art.title_line] if art.title_line else []
    out += [T(t, tag) for t in title_lines]
    out += [Line(b) for b in art.body]
    return out


_s2t = None


def trad(text: str) -> str:
    global _s2t
    if _s2t is None:
        import opencc

        _s2t = opencc.OpenCC("s2t")
    return _s2t.convert(text)


def trad_article(a: Article) -> Article:
    a.body = [trad(b) for b in a.body]
    a.title = trad(a.title)
    if a.title_line:
        a.title_line = trad(a.title_line)
    if a.org:
        a.org = trad(a.org)
    return a


# ---------------------------------------------------------------------------------------------


def pages() -> list[Page]:
    out: list[Page] = []

    # w01 -- site name and 发表于 meta on one line; markers '第1篇:' glued to the title
    a1 = Article("街道工会工作总结", doc("w01a", "street", "青禾街道总工会", "2022年", "past", variant=0),
                 "青禾街道总工会", "other", 2022, "summary", title_line="第1篇:街道工会工作总结")
    a2 = Article("街道工会2023年上半年工作总结",
                 doc("w01b", "street", "xx街道总工会", "2023年上半年", "past", count=3, variant=1,
                     next_period="下半年"),
                 None, "other", 2023, "summary", title_line="第2篇:街道工会2023年上半年工作总结")
    out.append(Page("w01_jwfb.html", "site_fabiaoyu", [
        H("文句网 | 范文 | 总结 | 计划 | 心得体会 | 报告", "nav"),
        C("街道工会工作总结范文", "h1"),
        C("文句网    发表于:2023-09-21 11:28:24"),
        *emit(a1), *emit(a2),
        C("上一篇：社区工会工作计划范文"), C("下一篇：企业工会年度工作要点"),
        F("文句网 版权所有 备案号：苏ICP备19027715号-2")], [a1, a2], title="街道工会工作总结_文句网"))

    # w02 -- lone 篇一/篇二/篇三 markers; the titles stand only in the page heading
    b1 = Article("乡镇工会年度工作总结", doc("w02a", "town", "柳溪镇总工会", "2020年", "past", count=3, variant=2),
                 "柳溪镇总工会", "other", 2020, "summary")
    b2 = Article("乡镇工会年度工作总结", doc("w02b", "town", "我镇工会", "20xx年", "past", count=3, variant=3),
                 None, "other", None, "summary")
    b3 = Article("乡镇工会年度工作总结", doc("w02c", "town", "石门镇总工会", "2021年", "past", count=2, variant=0,
                                           start=2), "石门镇总工会", "other", 2021, "summary")
    out.append(Page("w02_pianalone.html", "lone_pian_heading", [
        H("范文114 首页 | 工作总结 | 工作计划 | 述职报告 | 心得体会", "nav"),
        C("乡镇工会年度工作总结三篇", "h1"),
        C("时间:2021-10-30 09:55:33 工作总结"),
        C("篇一", "h3"), *emit(b1), C("篇二", "h3"), *emit(b2), C("篇三", "h3"), *emit(b3),
        S("乡镇工会工作计划2篇"), S("工会年度工作要点汇编"),
        F("Copyright © 范文114 All Rights Reserved")], [b1, b2, b3], title="乡镇工会年度工作总结三篇"))

    # w03 -- welcome line, bare date line, tag line, 小编 introduction, '【篇1】' after a space
    c1 = Article("医院工会工作计划", doc("w03a", "hospital", "明湖区人民医院工会", "2024年", "plan", variant=0),
                 "明湖区人民医院", "other", 2024, "plan", title_line="医院工会工作计划 【篇1】")
    c2 = Article("医院工会工作计划", doc("w03b", "hospital", "院工会", "20xx年", "plan", count=3, variant=1),
                 None, "other", None, "plan", title_line="医院工会工作计划 【篇2】")
    c3 = Article("医院工会工作计划",
                 doc("w03c", "hospital", "枫林社区卫生服务中心工会", "2023年", "plan", count=3, variant=2, start=1),
                 "枫林社区卫生服务中心", "other", 2023, "plan", title_line="医院工会工作计划 【篇3】")
    out.append(Page("w03_welcome.html", "welcome_date_tags", [
        H("欢迎来到启思方案网网站!"),
        C("医院工会工作计划模板3篇", "h1"),
        C("2023-04-04"),
        C("医院工作计划 工会工作"),
        C("做事之前先定个计划，心里就有了底。本页收集的几篇医院工会计划样本，写法各有侧重，供各位对照取用。"),
        *emit(c1), *emit(c2), *emit(c3),
        S("更多相关内容：卫生院工会工作总结"),
        F("启思方案网 www.qisifa.cn 浙ICP备20001234号")], [c1, c2, c3], title="医院工会工作计划模板3篇"))

    # w04 -- Traditional compilation '集錦', titles numbered by a trailing digit
    d1 = trad_article(Article("街道工会工作总结", doc("w04a", "street", "桂香街道总工会", "2022年", "past", variant=1),
                              "桂香街道总工会", "other", 2022, "summary", title_line="街道工会工作总结1"))
    d2 = trad_article(Article("街道工会工作总结", doc("w04b", "street", "街道工会", "今年", "past", count=3,
                                                     variant=2, start=1),
                              None, "other", None, "summary", title_line="街道工会工作总结2"))
    out.append(Page("w04_trad_jijin.html", "trad_jijin_digit", [
        H(trad("首页 > 工作总结 > 工会工作总结"), "nav"),
        C(trad("街道工会工作总结集锦2篇"), "h1"),
        C(trad("年底到了，回头看看走过的路，才知道下一步往哪儿使劲。"
               "本站编辑选了两篇街道工会的总结，欢迎转发。")),
        *emit(d1), *emit(d2),
        C(trad("【街道工会工作总结集锦2篇】相关文章：")), S(trad("社区工会年度工作计划")), S(trad("企业工会工作要点")),
        F(trad("本站内容来源于网络，如有侵权请联系删除"))], [d1, d2], title=trad("街道工会工作总结集锦2篇")))

    # w05 -- '您的当前位置:首页正文', one article numbered 篇17, 来源 a travel site
    e1 = Article("2024年乡镇工会工作计划范例",
                 doc("w05a", "town", "白沙镇总工会", "2024年", "plan", count=4, paras=2, variant=1),
                 # org None (was 白沙镇总工会): this plan's opening (variant 1) names no writer, and the
                 # name is nowhere else in the file (key corrected 2026-11-30, after promotion to dev)
                 None, "other", 2024, "plan", title_line="2024年乡镇工会工作计划范例 篇17")
    out.append(Page("w05_zhengwen.html", "crumb_zhengwen_pian17", [
        H("您的当前位置:首页正文"),
        *emit(e1, tag="h1")[:1],
        C("2024-07-16 来源:悠然旅游网"),
        *emit(e1)[1:],
        S("热门推荐"), S("社区工会工作总结范文"), S("村工会工作报告"),
        F("本站所有内容均由用户上传，仅供学习参考。 copyright © 2024 悠然旅游网")], [e1], skin="travel",
        title="2024年乡镇工会工作计划范例 篇17-悠然旅游网"))

    # w06 -- [此文共N字], [摘要]…会员投稿推荐, '篇一' glued, a hidden-text marker inside a paragraph
    f1_body = doc("w06a", "town", "镇总工会", "2023年", "plan", count=2, variant=0, sign=None)
    f1_body = f1_body[:-1] + ["三、共建和谐，维护职工权益", "一是充分发挥劳动关系三方协调机制",
                              "和工作要求，把矛盾纠纷化解在基层，促进劳动关系和谐稳定。",
                              "四、加强自身建设，提升服务水平",
                              "镇总工会要带头学习，带头服务，带头落实，做到年初有计划、年中有检查、年底有考核。"]
    f1 = Article("乡镇工会工作计划", f1_body, None, "other", 2023, "plan", title_line="乡镇工会工作计划篇一")
    f2 = Article("乡镇工会工作计划", doc("w06b", "town", "青山乡工会", "2023年", "plan", count=3, variant=2,
                                        start=2), "青山乡工会", "other", 2023, "plan", title_line="乡镇工会工作计划篇二")
    lines6 = [H("苏启文库 首页 > 工作计划 > 工会工作计划", "nav"),
              C("2023乡镇工会工作计划", "h1"),
              C("时间:2023-12-03 09:41:15"),
              C("2023乡镇工会工作计划[此文共2816字]"),
              C("[摘要]本文由网友投稿，收录2023乡镇工会工作计划两篇，可供写作参考。"),
              C("乡镇工会的计划该从哪些方面入手？编辑从投稿中挑了两篇，供大家写作时参考。"),
              T(f1.title_line)]
    for b in f1.body:
        if b == "一是充分发挥劳动关系三方协调机制":
            lines6.append(Line(b + " ……此处隐藏1937个字……", False))
        elif b.startswith("和工作要求"):
            continue
        else:
            lines6.append(Line(b))
    # the hidden-text marker and the text after it share one paragraph
    i = next(k for k, ln in enumerate(lines6) if ln.text.startswith("一是充分发挥劳动关系三方协调机制"))
    lines6[i] = Line("一是充分发挥劳动关系三方协调机制 ……此处隐藏1937个字……"
                     "和工作要求，把矛盾纠纷化解在基层，促进劳动关系和谐稳定。")
    lines6 += [*emit(f2), C("2023乡镇工会工作计划相关文章："), S("乡镇工会工作总结三篇"),
               F("苏启文库 版权所有")]
    out.append(Page("w06_hidden.html", "zishu_zhaiyao_hidden", lines6, [f1, f2],
                    extra={"chrome_inline": ["……此处隐藏1937个字……"]}, title="2023乡镇工会工作计划"))

    # w07 -- breadcrumb glued into one word chain ending in 内容页
    g1 = Article("社区工会工作计划范本", doc("w07a", "street", "云杉社区工会", "2024年", "plan", count=3, variant=1),
                 # org None (was 云杉社区): named nowhere in the file, as for w05 above
                 None, "other", 2024, "plan", title_line="社区工会工作计划范本 篇1")
    g2 = Article("社区工会工作计划范本", doc("w07b", "street", "社区工会", "新的一年", "plan", count=3, variant=2,
                                          start=1), None, "other", None, "plan", title_line="社区工会工作计划范本 篇2")
    out.append(Page("w07_neirongye.html", "crumb_glued_neirongye", [
        H("当前位置:作文屋实用文档工作计划内容页"),
        C("社区工会工作计划范本精选", "h1"),
        *emit(g1), *emit(g2),
        C("【社区工会工作计划范本精选】相关文章"), S("社区居委会年度计划"),
        F("作文屋 zuowenwu.net 版权所有")], [g1, g2], title="社区工会工作计划范本精选_作文屋"))

    # w08 -- one article of a paginated compilation: the first number on the page is 篇16
    h1 = Article("企业工会的总结模板",
                 doc("w08a", "enterprise", "恒基建工集团第七项目部工会", "2023年", "past", count=3, paras=2,
                     variant=3), "恒基建工集团第七项目部", "enterprise", 2023, "summary",
                 title_line="企业工会的总结模板篇16")
    out.append(Page("w08_pian16.html", "pagination_pian16", [
        H("首页总结工会工作总结"),
        C("企业工会的总结模板(27篇)", "h1"),
        *emit(h1),
        C("上一页 1 2 … 14 15 16 … 27 下一页"),
        F("Copyright 2019-2024 广源范文 粤ICP备18012345号")], [h1], title="企业工会的总结模板(27篇)"))

    # w09 -- '第一篇:title' above the document's own title broken over two lines
    i1 = Article("云岭物流集团工会2023年度工作总结",
                 doc("w09a", "enterprise", "云岭物流集团工会", "2023年", "past", count=4, numbered="paren", variant=0,
                     sign=["云岭物流集团工会", "2024年1月10日"]),
                 "云岭物流集团", "enterprise", 2023, "summary")
    i2 = Article("物流公司工会2024年工作计划",
                 doc("w09b", "enterprise", "xx物流公司工会", "2024年", "plan", count=3, variant=1),
                 None, "enterprise", 2024, "plan", title_line="物流公司工会2024年工作计划")
    out.append(Page("w09_twoline.html", "diyipian_twoline_title", [
        H("妙笔文库 - 文档资料 随时下载", "nav"),
        C("物流公司工会工作总结", "h1"),
        C("时间:2019-05-12 13:17:02 下载本文 作者:会员上传"),
        C("简介:妙笔文库为你汇总了与《物流公司工会工作总结》相关的多篇文档，可在线阅读。"),
        C("第一篇:云岭物流集团工会2023年度工作总结"),
        *emit(i1, ["云岭物流集团工会", "2023年度工作总结"]),
        C("第二篇:物流公司工会2024年工作计划"),
        *emit(i2),
        F("妙笔文库 版权所有 联系客服")], [i1, i2], title="物流公司工会工作总结"))

    # w10 -- flattened document preview with English glosses '(summary)' after 总结
    gl1 = doc("w10a", "town", "青石镇总工会", "2021年", "past", count=3, variant=1)
    gl1 = [x.replace("工作总结如下", "工作总结(summary)如下").replace("总结经验", "总结(summary)经验") for x in gl1]
    gl2 = doc("w10b", "town", "镇工会联合会", "2021年", "past", count=3, variant=0, start=2)
    gl2 = [x.replace("工作总结如下", "工作总结(summary)如下") for x in gl2]
    j1 = Article("乡镇工会2021年总结", gl1, "青石镇总工会", "other", 2021, "summary",
                 title_line="乡镇工会2021年总结(summary)1")
    j2 = Article("乡镇工会2021年总结", gl2, None, "other", 2021, "summary", title_line="乡镇工会2021年总结(summary)2")
    out.append(Page("w10_flat_gloss.html", "flat_english_gloss", [
        C("精品文档，欢迎下载"),
        C("这里整理了两篇乡镇工会2021年总结(summary)，文字可直接编辑，欢迎查阅！"),
        *emit(j1), *emit(j2),
        C("精品文档，欢迎下载如有侵权请联系删除")], [j1, j2], render="flat_html", title="乡镇工会2021年总结两篇"))

    # w11 -- '影响了:' meta; the second article of a school heading is an agency's summary
    k1 = Article("2023学校工会年工作总结", doc("w11a", "school", "学校工会", "一年来", "past", count=4, variant=2),
                 None, "school", 2023, "summary", title_line="2023学校工会年工作总结篇1")
    k2 = Article("2023学校工会年工作总结", doc("w11b", "agency", "我局工会", "20xx年度", "past", count=3, variant=0,
                                             start=1), None, "agency", 2023, "summary",
                 title_line="2023学校工会年工作总结篇2")
    out.append(Page("w11_yingxiang.html", "meta_yingxiangle", [
        H("当前位置:首页 > 工作总结 > 2023学校工会年工作总结模板2篇", "nav"),
        C("2023学校工会年工作总结模板2篇", "h1"),
        C("发布时间:2023-03-04 09:02:14 影响了:"),
        C("写总结最怕没有头绪，职涯范文网编辑为您挑选了"
          "2023学校工会年工作总结模板2篇，仅作格式参考。"),
        *emit(k1), *emit(k2),
        F("职涯范文网 湘ICP备17003456号-1")], [k1, k2], title="2023学校工会年工作总结模板2篇"))

    # w12 -- '…范文一' suffix marker, 发布时间 without seconds
    l1 = Article("医院工会上半年工作总结",
                 doc("w12a", "hospital", "明湖医院工会", "2017年上半年", "past", count=3, variant=1,
                     next_period="下半年"), "明湖医院", "other", 2017, "summary",
                 title_line="医院工会上半年工作总结范文一")
    l2 = Article("医院工会上半年工作总结",
                 doc("w12b", "hospital", "我院工会", "上半年", "past", count=3, variant=3, start=2,
                     next_period="下半年"), None, "other", None, "summary", title_line="医院工会上半年工作总结范文二")
    out.append(Page("w12_fanwenyi.html", "fanwen_suffix_number", [
        H("散文在线 | 美文 | 范文 | 专题", "nav"),
        C("医院工会上半年工作总结范文", "h1"),
        C("发布时间:2017-06-15 20:29"),
        C("半年过去，医院工会做了哪些事？下面两篇上半年总结由编辑整理，供您写作时借鉴。"),
        *emit(l1), *emit(l2),
        C("看了“医院工会上半年工作总结范文”的人还看了："), S("医院工会年度工作计划"),
        F("散文在线 版权所有")], [l1, l2], title="医院工会上半年工作总结范文"))

    # w13 -- '>>' crumb with the page title, '小编:' author line, '篇一' glued
    m1 = Article("物业公司工会工作总结",
                 doc("w13a", "enterprise", "远帆物业服务有限公司工会", "2022年", "past", count=3, variant=0),
                 "远帆物业服务有限公司", "enterprise", 2022, "summary", title_line="物业公司工会工作总结篇一")
    m2 = Article("物业公司工会工作总结",
                 doc("w13b", "enterprise", "公司工会", "一年来", "past", count=3, variant=2, start=3),
                 None, "enterprise", None, "summary", title_line="物业公司工会工作总结篇二")
    out.append(Page("w13_xiaobian.html", "crumb_gtgt_xiaobian", [
        H("查范文网 >> 最新物业公司工会工作总结(精选2篇)"),
        C("最新物业公司工会工作总结(精选2篇)", "h1"),
        C("小编:云舒"),
        C("物业行业职工多、岗位散，工会工作怎么总结？小编整理了两篇，欢迎阅读。"),
        *emit(m1), *emit(m2),
        F("查范文网 2024 辽ICP备13002345号")], [m1, m2], title="最新物业公司工会工作总结(精选2篇)"))

    # w14 -- one article; crumb with '查看格言:', QR-code line, 'this article about 《…》' line
    n1 = Article("锦江湾大酒店工会2022年年终总结",
                 doc("w14a", "enterprise", "酒店工会", "2022年", "past", count=4, paras=2, variant=1,
                     sign=["锦江湾大酒店工会委员会", "二〇二二年十二月二十日"]),
                 "锦江湾大酒店", "enterprise", 2022, "summary", title_line="锦江湾大酒店工会2022年年终总结")
    out.append(Page("w14_geyan.html", "qrcode_zhejianguanyu", [
        H("当前位置: 首页 > 总结 > 年终总结 查看格言:锦江湾大酒店工会2022年年终总结"),
        *emit(n1, tag="h1")[:1],
        C("时间:2022-12-28 23:46:52 来源:名句格言网"),
        C("请扫描下方二维码浏览本页手机版"),
        C("这篇关于《锦江湾大酒店工会2022年年终总结》的文章，是名句格言网编辑整理的，希望对大家有所帮助！"),
        *emit(n1)[1:],
        S("相关格言"), S("关于团结的格言"), F("名句格言网 版权所有")], [n1], title="酒店工会年终总结_名句格言网"))

    # w15 -- document library: numbered warnings, the cover title shattered one word a line,
    #        a paragraph broken before a percentage
    o_body = doc("w15a", "hospital", "院工会", "2023年上半年", "past", count=3, variant=0, next_period="下半年")
    o_body.insert(1, "一、参与民主管理，促进民主监督")
    o_body.insert(2, "三月份召开的职代会共收到代表意见47条，院工会分类交办到职能科室，到六月底，"
                     "72%的意见已经办结，19.5%的意见正在落实，8.5%的意见列入明年计划。")
    o_body = [o_body[0], o_body[1], o_body[2]] + [x.replace("一、", "二、", 1) if x.startswith("一、") else
                                                 x.replace("二、", "三、", 1) if x.startswith("二、") else
                                                 x.replace("三、", "四、", 1) if x.startswith("三、") else x
                                                 for x in o_body[3:]]
    o1 = Article("西山区人民医院上半年工会工作总结", o_body, "西山区人民医院", "other", 2023, "summary",
                 title_line="西山区人民医院上半年工会工作总结")
    lines15 = [H("温馨提示："),
               C("1. 在线预览可能与原文排版略有出入，以下载后的文件为准。"),
               C("2. 文档由会员上传，博览文库仅提供存储空间；如对内容有异议，请与客服联系。"),
               C("3. 下载前请先预览，确认是您需要的文档。"),
               C("网站客服：400-800-0000（工作日9:00-17:00）"),
               C("2023", "span"), C("西山区人民医院", "span"), C("上半年", "span"), C("工会工作", "span"),
               C("总结", "span"),
               T(o1.title_line, "p")]
    for b in o1.body:
        if b.startswith("三月份召开的职代会"):
            head, tail = b.split("办结，19.5%", 1)
            lines15 += [Line(head + "办结，"), Line("19.5%" + tail)]
        else:
            lines15.append(Line(b))
    out.append(Page("w15_doclib.html", "doclib_shattered_cover", lines15, [o1], title="2023人民医院上半年工会工作总结-博览文库"))

    # w16 -- Traditional page with '- 相關推薦' as the first line, numbered titles
    p1 = trad_article(Article("年终公交公司工会工作总结",
                              doc("w16a", "enterprise", "南岭公交集团工会", "2023年", "past", count=4, variant=2),
                              "南岭公交集团", "enterprise", 2023, "summary", title_line="年终公交公司工会工作总结1"))
    p2 = trad_article(Article("年终公交公司工会工作总结",
                              doc("w16b", "enterprise", "公司工会", "20xx年", "past", count=3, variant=3, start=1),
                              None, "enterprise", None, "summary", title_line="年终公交公司工会工作总结2"))
    out.append(Page("w16_trad_related.html", "trad_related_top", [
        H(trad("- 相关推荐")),
        C(trad("年终公交公司工会工作总结（精选2篇）"), "h1"),
        C(trad("一年的工作告一段落，公交公司工会的总结该写些什么？编辑整理了两篇，供大家参考。")),
        *emit(p1), *emit(p2),
        F(trad("【年终公交公司工会工作总结】相关文章：")), F(trad("公交驾驶员年终总结"))], [p1, p2],
        title=trad("年终公交公司工会工作总结")))

    # w17 -- author name alone, '分享', 'WORD下载 PDF下载 投诉', ' 篇一'
    q1 = Article("中学工会工作总结", doc("w17a", "school", "白鹭湖中学工会", "2022年", "past", count=4, variant=0),
                 "白鹭湖中学", "school", 2022, "summary", title_line="中学工会工作总结 篇一")
    q2 = Article("中学工会工作总结", doc("w17b", "school", "我校工会", "本年度", "past", count=3, variant=0, start=2),
                 None, "school", None, "summary", title_line="中学工会工作总结 篇二")
    out.append(Page("w17_wordpdf.html", "author_share_download", [
        H("蓝天文库 首页 | 工作总结 | 工作计划 | 合同范本", "nav"),
        C("中学工会工作总结(优秀2篇)", "h1"),
        C("时间:2023-03-03 05:45:45"), C("晚晴"), C("分享"), C("WORD下载 PDF下载 投诉"),
        *emit(q1), *emit(q2),
        C("tags: 中学工会 学校工会"),
        F("蓝天文库 lanwenku.com 冀ICP备16012345号")], [q1, q2], title="中学工会工作总结(优秀2篇)"))

    # w18 -- site slogan header, '手机版 | 网站地图', a title with an alias in brackets
    r1 = Article("小学工会工作总结报告(学校工会年度工作总结)",
                 doc("w18a", "school", "澄江中心小学工会", "这一年", "past", count=4, paras=2, variant=2,
                     sign=["澄江中心小学工会", "2022年12月30日"]),
                 "澄江中心小学", "school", 2022, "summary", title_line="小学工会工作总结报告(学校工会年度工作总结)")
    out.append(Page("w18_alias.html", "slogan_header_alias_title", [
        H("指南大全网 - 各类指南随手查"), H("手机版  |  网站地图"),
        *emit(r1, tag="h1"),
        C("上一篇：教师个人工作总结"), C("下一篇：幼儿园教研工作计划"),
        F("指南大全网 京ICP备15054321号")], [r1], title="小学工会工作总结报告"))

    # w19 -- school CMS: a union group's term summary, spaces inside the title
    s_body = ["一、本学期小组的几件事",
              "1.每月一次组室读书交流，人人有发言。",
              "2.组内老师生日当天送上一张手写贺卡。",
              "3.配合学校完成“春风杯”比赛的组队和训练。",
              "二、做了什么，效果如何",
              "这一学期组里十一位老师都很忙，但小组的活动一次也没落下。三月，我们组的气排球队拿了年级第二。",
              "四月的读书交流选了三本书，大家轮流领读，推荐书目后来被学校图书室整套采购。",
              "五月，组里有两位老师先后住院，小组长带着工会的慰问品去医院看望，并帮忙调了课。",
              "六月毕业季，男老师们包下了礼堂布置的搬运和搭建，女老师们负责签到和摄影。",
              "三、还差在哪里",
              "活动时间总被临时任务挤占，下学期打算固定在每周四下午第二节课后。",
              "东林小学第三工会小组",
              "2023年6月28日"]
    s1 = Article("东林小学2022学年第二学期第 三 工会小组创建文明组室总结", s_body, "东林小学", "school", 2023,
                 "summary", title_line="东林小学2022学年第二学期第 三 工会小组创建文明组室总结")
    out.append(Page("w19_school_cms.html", "school_cms_group", [
        H("学校首页 | 学校概况 | 党建工作 | 工会之窗 | 教育教学 | 家校互动", "nav"),
        H("您现在的位置：首页 > 工会之窗 > 工会动态"),
        *emit(s1, tag="h1")[:1],
        C("作者：工会  发布时间：2023-06-28  点击：312"),
        *emit(s1)[1:],
        C("【关闭窗口】【打印本页】"),
        F("Copyright © 2023 东林小学 版权所有 沪ICP备05012345号")], [s1], skin="school",
        title="东林小学"))

    # w20 -- 《title》 line, '时间：' empty, each article with its own title
    u1 = Article("工会总结报告", doc("w20a", "school", "学校工会", "几年来", "past", count=3, variant=3),
                 None, "school", None, "summary", title_line="工会总结报告 篇1")
    u2 = Article("工会年终总结", doc("w20b", "enterprise", "**厂工会", "20XX年", "past", count=3, variant=0, start=1),
                 None, "enterprise", None, "summary", title_line="工会年终总结 篇2")
    u3 = Article("工会工作总结", doc("w20c", "agency", "翠屏区税务局机关工会", "2022年", "past", count=3, variant=1,
                                    start=2), "翠屏区税务局", "agency", 2022, "summary", title_line="工会工作总结 篇3")
    out.append(Page("w20_zhengwen_titles.html", "double_book_title", [
        H("首页 > 工作相关 > 总结报告 > 年终总结 > 工会年终总结3篇正文"),
        C("《工会年终总结3篇》", "h1"), C("时间："),
        C("年终总结怎么写才不空？编辑找来三篇不同单位的工会年终总结，供大家比较着看。"),
        *emit(u1), *emit(u2), *emit(u3),
        F("读书文库 粤ICP备17034567号")], [u1, u2, u3], title="工会年终总结3篇"))

    # w21 -- date line with a leading space, an abstract cut mid-sentence that runs into article 1
    v1b = doc("w21a", "agency", "局工会", "2024年", "past", count=3, variant=1)
    v1b.insert(0, "一年来，局工会把服务干部职工放在首位，每季度召开一次工会委员会议研究职工关心的事。")
    v1 = Article("2024工会工作年终总结", v1b, None, "agency", 2024, "summary", title_line="2024工会工作年终总结篇1")
    v2 = Article("2024工会工作年终总结",
                 doc("w21b", "enterprise", "晨光纺织有限公司工会", "2024年", "past", count=3, variant=2, start=1),
                 "晨光纺织有限公司", "enterprise", 2024, "summary", title_line="2024工会工作年终总结篇2")
    out.append(Page("w21_abstract.html", "abstract_cut_midsentence", [
        C("2024工会工作年终总结2篇", "h1"),
        C(" 2025-01-03 20:31:11"),
        C("摘要:把一年的工作理清楚，年终总结才写得实在，以下是编辑推荐的2024工会工作年终总结2篇，"
          "供大家参考。2024工会工作年终总结篇1一年来，局工会把服务干部职工放在"),
        C("把一年的工作理清楚，年终总结才写得实在，以下是编辑推荐的2024工会工作年终总结2篇，供大家参考。"),
        *emit(v1), *emit(v2),
        F("聚文查 版权所有")], [v1, v2], title="2024工会工作年终总结2篇"))

    # w22 -- '我要投稿' meta; article 1 is a postal business plan filed under 工会工作计划 (off topic)
    w1 = Article("工会工作计划", [
        "今年快递进村是全市寄递业务的重头戏。为把网点铺到每个行政村，分公司确定以下工作安排：",
        "1.三月底前完成全部乡镇网点的设备更新，统一使用新版揽收系统。",
        "2.与供销社合作设立村级代收点，年内新增代收点45个，覆盖率达到九成以上。",
        "3.开通“土特产进城”专线，每周两班，帮助合作社把山货卖出去。",
        "4.投诉处理时限压缩到24小时，每月通报各网点的时效和差错率。"],
        None, "enterprise", None, "plan", on_topic=False, title_line="工会工作计划 篇1")
    w2 = Article("工会工作计划", doc("w22b", "agency", "清河区水务局工会", "20xx年", "plan", count=3, variant=0),
                 "清河区水务局", "agency", None, "plan", title_line="工会工作计划 篇2")
    out.append(Page("w22_offtopic.html", "tougao_offtopic_first", [
        H("美文库 > 范文网 > 工作计划范文 > 工会工作计划", "nav"),
        C("时间:2020-08-14 20:01:03 工会工作计划 我要投稿"),
        C("有关工会工作计划范文锦集2篇", "h1"),
        C("计划写在前面，工作才有章法。本站收录了两篇工会工作计划，欢迎参考。"),
        *emit(w1), *emit(w2),
        F("美文库 版权所有 本站部分内容来自网络")], [w1, w2], title="有关工会工作计划范文锦集2篇"))
    return out + pages2()


def pages2() -> list[Page]:
    out: list[Page] = []

    # w23 -- '>' crumb without spaces, 投诉建议, 【推荐】…汇总 heading repeated
    a1 = Article("工会女职工工作计划",
                 doc("w23a", "enterprise", "晨光纺织有限公司工会女职工委员会", "2024年", "plan", count=3, variant=2),
                 "晨光纺织有限公司", "enterprise", 2024, "plan", title_line="工会女职工工作计划 篇1")
    a2 = Article("工会女职工工作计划",
                 doc("w23b", "street", "区总工会女职委", "20xx年", "plan", count=3, variant=0, start=1),
                 None, "other", None, "plan", title_line="工会女职工工作计划 篇2")
    out.append(Page("w23_kuaitao.html", "crumb_nospace_tousu", [
        H("您的位置:快搜文稿网>范文>工作计划>工会工作计划>工会女职工工作计划"),
        H("投诉建议"),
        C("时间：2020-08-30 20:02:57 工会工作计划"),
        C("【推荐】工会女职工工作计划汇总2篇", "h1"),
        C("女职工工作有哪些重点？以下两篇计划由网友投稿，欢迎借鉴。"),
        C("【推荐】工会女职工工作计划汇总2篇", "h2"),
        *emit(a1), *emit(a2),
        F("快搜文稿网 闽ICP备12345678号")], [a1, a2], title="【推荐】工会女职工工作计划汇总2篇"))

    # w24 -- Traditional month list, second page of a paginated article
    months = [trad(x) for x in [
        "4月份", "1、组织教职工春季健步走；", "2、开展工间操展示评比；", "3、退休教师踏青座谈；",
        "5月份", "1、办理新进教师入会手续；", "2、组队参加区教职工乒乓球团体赛；",
        "6月份", "1、召开青年教师成长沙龙；", "2、为有小学生子女的教职工送儿童节礼物；",
        "9月份", "1、更新教工之家的图书和健身器材；", "2、筹备教师节表彰茶话会；",
        "10月份", "1、退休教师金秋联谊会；", "2、教职工环湖健身跑；",
        "12月份", "1、走访困难教职工家庭；", "2、筹办新年游园会。"]]
    b1 = Article("學校工會工作思路", months, None, "school", None, "plan", title_line="學校工會工作思路")
    out.append(Page("w24_trad_months_p2.html", "trad_month_list_page2", [
        H("佳句美文網 > 範文 > 學校工作計劃", "nav"),
        *emit(b1, tag="h1"),
        C("上一頁 1 2 下一頁"),
        F("佳句美文網 版權所有")], [b1], title="學校工會工作思路(2)"))

    # w25 -- second page of a paginated plan: the body starts mid-list
    c_body = ["4、办好工会宣传栏和校园网“工会之窗”栏目，每月至少更新两次，活动材料及时归档。",
              "四、主要活动安排",
              "一月份：", "1、新年团拜和教职工包饺子比赛。", "2、走访八十岁以上退休教师。",
              "三月份：", "1、“三八”节女教工插花活动。", "2、听取工会小组长对教工之家布置的意见。",
              "五月份：", "1、教职工乒乓球联赛。", "2、劳动节一线后勤职工慰问。",
              "九月份：", "1、教师节新老教师结对仪式。", "2、新教职工入会宣誓。",
              "十二月份：", "1、年度工会工作述职。", "2、经费收支向会员公开。",
              "松涛中学工会", "2024年2月20日"]
    c1 = Article("松涛中学2024年工会工作计划", c_body, "松涛中学", "school", 2024, "plan",
                 title_line="松涛中学2024年工会工作计划")
    out.append(Page("w25_page2.html", "paginated_tail_page", [
        H("千文阅读 首页 > 工作 > 工作计划", "nav"),
        *emit(c1, tag="h1")[:1],
        C("当前页：第2页 共2页"),
        *emit(c1)[1:],
        C("上一页 1 2"),
        F("千文阅读 版权所有")], [c1], title="松涛中学2024年工会工作计划(2)"))

    # w26 -- Traditional government site: office names on top, footer with 主辦單位/備案/網站標識碼
    d_body = [trad(x) for x in [
        ("4月11日上午，东篱区总工会召开2025年全区工会工作部署会。区总工会主席顾建平对全年工作作了动员，"
        "三位副主席分别布置了组织建设、职工服务和劳动竞赛三条线的任务，12家基层工会负责人作了表态发言。"),
        ("会议提出，今年全区工会要办好三件实事：新建职工驿站20个，为新就业形态劳动者开展免费体检，"
        "在重点工程项目上组织技能比武。"),
        "会议要求，各基层工会在4月底前把任务分解到月、落实到人，区总工会将每季度通报一次进度。"]]
    d1 = Article(trad("东篱区召开2025年工会工作部署会议"), d_body, trad("东篱区总工会"), "other", 2025, "other",
                 title_line=trad("东篱区召开2025年工会工作部署会议"))
    out.append(Page("w26_gov_trad.html", "gov_trad_footer_beian", [
        H(trad("东篱区政务服务管理办公室")), H(trad("东篱区政务服务中心")),
        *emit(d1, tag="h1"),
        F(trad("主办单位：东篱区人民政府办公室 网站支持")),
        F(trad("备案：苏ICP备10061234号 网站标识码：3299000099")),
        F(trad("公安部备案号：32990002000123"))], [d1], skin="gov", title=trad("部门动态")))

    # w27 -- college site: 发布者/发布时间/浏览次数 glued, an image caption, writer and photographer credit
    e1 = Article("经济管理学院分工会2023年工作总结",
                 doc("w27a", "university", "北辰大学经济管理学院分工会", "2023年", "past", count=4, variant=0),
                 "北辰大学经济管理学院", "university", 2023, "summary",
                 title_line="经济管理学院分工会2023年工作总结")
    e_lines = emit(e1, tag="h1")
    out.append(Page("w27_college.html", "college_glued_meta_credit", [
        H("学院首页 | 学院概况 | 党建工作 | 工会工作 | 联系我们", "nav"),
        e_lines[0],
        C("发布者:周立新发布时间:2024-01-08浏览次数:216"),
        *e_lines[1:4], C("工会活动剪影", "small"), *e_lines[4:],
        C("（撰写人：林岚，摄影：周立新）"),
        F("地址：北辰市东湖路88号经管楼    电话：0571-88881234    邮箱：jggh@bcu.edu.cn"),
        F("Copyright © 2024 北辰大学经济管理学院 All Rights Reserved")], [e1], skin="school",
        title="经济管理学院分工会2023年工作总结"))

    # w28 -- public-account article: account line, 原创 line, numbered sub-headings, 往期推荐, 阅读原文
    f_body = ["2023年，明湖区中医院工会在医院党委的领导下，围绕“建家、暖心、聚力”三件事，为全院医务职工做了一些实事。",
              "01 民主管理有温度",
              "全年召开职代会2次，审议通过《绩效考核分配方案》等4项制度；征集提案37件，全部办结。",
              "02 关爱职工有力度",
              "走访慰问生病住院和困难职工86人次，发放慰问金6.2万元；为全院职工组织健康体检，为女职工续保特疾保险。",
              "03 文体活动有热度",
              "举办职工趣味运动会、八段锦比赛和“医路书香”读书会，参与职工1300余人次。",
              "04 自身建设有深度",
              "调整工会小组长9名，新会员入会42人，经费收支每半年向会员公开一次。",
              "新的一年，院工会将继续当好职工的“娘家人”，让每一位医务职工都能感受到家的温暖。"]
    f1 = Article("2023，我们这样走过——明湖区中医院工会年度工作回顾", f_body, "明湖区中医院", "other", 2023, "summary",
                 title_line="2023，我们这样走过——明湖区中医院工会年度工作回顾")
    out.append(Page("w28_wechat.html", "wechat_numbered_subheads", [
        *emit(f1, tag="h1")[:1],
        C("原创 明湖区中医院工会 明湖区中医院工会 2024-01-12 17:30 发表于浙江"),
        C("点击上方蓝字 关注我们"),
        *emit(f1)[1:],
        C("编辑：吴悠  审核：陈立"),
        C("往期推荐"), C("院工会开展“三八”节女职工健康讲座"), C("我院职工在全市护理技能大赛中获佳绩"),
        C("阅读原文"), C("分享 收藏 点赞 在看"),
        F("微信扫一扫关注该公众号")], [f1], skin="wechat", title="2023，我们这样走过"))

    # w29 -- company news on a congress; the department and date close the article
    g_body = [("1月18日下午，凤栖公交公司二届四次职工代表大会暨工会会员代表大会在调度中心三楼召开，"
               "52名职工代表出席，副总经理刘启明主持。"),
              "董事长陈家骏在报告中回顾了过去一年新开线路、车辆更新和安全运营的情况，提出今年要把准点率再提高两个百分点。",
              ("工会主席郑晓云作工会工作报告，讲了一年来为驾驶员办的几件实事：场站休息室全部装上空调，"
               "夜班车配了热饭柜，困难职工帮扶做到月月跟进。"),
              "代表们举手表决，通过了公司年度工作报告、工会工作报告和驾驶员薪酬调整方案，会上还通报了上届十七件提案的办理结果。",
              "党群工作部",
              "2024.1.19"]
    g1 = Article("凤栖公交公司召开二届四次职代会暨工会会员代表大会", g_body, "凤栖公交公司", "enterprise", 2024,
                 "other", title_line="凤栖公交公司召开二届四次职代会暨工会会员代表大会")
    out.append(Page("w29_company_news.html", "company_news_dept_sign", [
        H("网站首页 | 关于我们 | 新闻中心 | 党建工会 | 联系我们", "nav"),
        H("当前位置：首页 > 新闻中心 > 党建工会"),
        *emit(g1, tag="h1"),
        C("上一篇：公司开展春运安全大检查"), C("下一篇：公司党委节前走访慰问困难职工"),
        F("凤栖公交有限公司 版权所有 技术支持：云帆网络")], [g1], skin="enterprise", title="新闻中心"))

    # w30 -- industry portal: '»' crumb, date and source, the date shattered into three lines, QR lines
    h1 = Article("凤栖燃气有限公司工会2024年工作要点",
                 doc("w30a", "enterprise", "公司工会", "2024年", "plan", count=4, numbered="paren", variant=2),
                 "凤栖燃气有限公司", "enterprise", 2024, "plan", title_line="凤栖燃气有限公司工会2024年工作要点")
    out.append(Page("w30_portal.html", "industry_portal_qr", [
        H("当前位置: 燃气网 » 行业要闻 » 企业动态 » 正文"),
        *emit(h1, tag="h1")[:1],
        C("日期:2024-02-27    来源:凤栖燃气"),
        C("燃气网"), C("2024", "span"), C("02/27", "span"), C("09:15", "span"),
        C("文章二维码"), C("手机扫码看新闻"),
        C("关键词: 燃气 工会 工作要点"),
        *emit(h1)[1:],
        F("燃气网 客服热线 400-000-1234")], [h1], skin="portal", title="凤栖燃气有限公司工会2024年工作要点-燃气网"))

    # w31 -- a plan with a month table flattened to cells ending in ' |'
    i_body = [("指导思想：青松肿瘤医院工会今年以“让职工在医院里也有家的感觉”为目标，"
               "围绕医疗服务抓好民主管理、关爱帮扶和文化活动。"),
              "具体工作：",
              "时间 |", "活动内容 |", "参加范围 |",
              "一月 |", "新春走访 迎新茶话会 第九届职代会第一次会议 |", "住院和困难职工 全院职工 职工代表 |",
              "三月 |", "女职工健康讲座 气排球赛 |", "全院女职工 各科室 |",
              "五月 |", "护士节技能展示 职工书画展 |", "全院护士 全院职工 |",
              "九月 |", "中秋游园 乒乓球团体赛 |", "全院职工 参赛科室 |",
              "十二月 |", "工会小组考评 年度述职会 |", "各工会小组 工会委员 |"]
    i1 = Article("2024年工会工作计划", i_body, "青松肿瘤医院", "other", 2024, "plan", title_line="2024年工会工作计划")
    out.append(Page("w31_month_table.html", "hospital_month_table_pipes", [
        H("医院首页 | 医院概况 | 科室导航 | 党群工作 | 就医指南", "nav"),
        H("党群工作 > 工会园地"),
        *emit(i1, tag="h1"),
        C("【打印】【关闭】"),
        F("青松肿瘤医院 地址：青松市健康路1号 京ICP备05012345号")], [i1], skin="hospital",
        title="工会园地-青松肿瘤医院"))

    # w32 -- a machine-translated English copy of a school union plan
    j_body = [("This plan sets out what the union of our school will do for its teachers and staff in the coming "
               "school year."),
              "I. What we aim for",
              ("The union works under the school party branch. It speaks for the staff at the teachers' congress, "
               "looks after colleagues who are ill or in difficulty, and keeps the staff room a friendly place."),
              "II. Targets",
              "1. Hold the teachers' congress twice and publish its decisions on the notice board;",
              "2. Visit every colleague in hospital within a week;",
              "3. Run a staff sports day in spring and a New Year party in December.",
              "III. Calendar",
              ("March: table tennis for staff; September: Teachers' Day tea party; December: visits to retired "
               "teachers with small gifts.")]
    j1 = Article("Work plan of school trade union", j_body, None, "school", None, "plan",
                 title_line="Work plan of school trade union 1")
    out.append(Page("w32_english.html", "machine_translated_english", [
        H("Essay Collection Website - Bulletin headlines - Work plan of school trade union"),
        C("Work plan of school trade union", "h1"),
        *emit(j1),
        F("Copyright Essay Collection Website All Rights Reserved")], [j1], title="Work plan of school trade union"))
    # the page heading equals the title: it is the article's title line, not chrome
    out[-1].lines[1] = Line("Work plan of school trade union", False, "h1")
    j1.title_line = "Work plan of school trade union 1"

    # w33 -- GBK text copy: '>' crumb, 我要投稿 meta, a bullet "· 相关推荐", '(通用2篇)'
    k1 = Article("园区工会年度工作总结",
                 doc("w33a", "park", "滨海高新区工会联合会", "2024年", "past", count=4, variant=1),
                 "滨海高新区工会联合会", "other", 2024, "summary", title_line="园区工会年度工作总结1")
    k2 = Article("园区工会年度工作总结",
                 doc("w33b", "park", "xx工业园区工会", "今年", "past", count=3, variant=3, start=1),
                 None, "other", None, "summary", title_line="园区工会年度工作总结2")
    out.append(Page("w33_park_gbk.txt", "text_copy_gbk_bullet", [
        C("职达范文>实用文>工作总结>园区工会年度工作总结"),
        C("园区工会年度工作总结（通用2篇）"),
        C("时间:2024-08-06 07:14:27 工作总结 我要投稿"),
        C("  · 相关推荐"),
        C("园区企业多、职工流动快，工会总结有自己的写法。下面两篇供大家参考。"),
        *emit(k1), *emit(k2),
        C("【园区工会年度工作总结（通用2篇）】相关文章：")], [k1, k2], render="txt", encoding="gbk"))

    # w34 -- UTF-16 text copy of an enterprise news page with 浏览数量/作者/发布时间/来源 on one line
    l_body = [("12月27日，博远橡胶有限公司工会在二号厂区会议室召开2022年度会员代表大会，"
               "38名会员代表到会，工会主席主持。"),
              ("会上听取了工会2022年工作情况和2023年工作打算的汇报，审查了全年工会经费收支，"
               "代表们就倒班车、夜班餐补和新员工培训提了十几条意见。"),
              "工会主席表示，代表们的意见会逐条整理交行政研究，一个月内给大家答复。"]
    l1 = Article("博远橡胶召开2022年度工会会员代表大会", l_body, "博远橡胶有限公司", "enterprise", 2022, "other",
                 title_line="博远橡胶召开2022年度工会会员代表大会")
    out.append(Page("w34_news_utf16.txt", "text_copy_utf16_news", [
        C("首页 | 关于我们 | 产品中心 | 新闻资讯 | 联系我们"),
        *emit(l1)[:1],
        C("浏览数量: 4     作者: 本站编辑     发布时间: 2022-12-29      来源: 本站"),
        *emit(l1)[1:],
        C("相关新闻"), C("博远橡胶荣获市级安全生产先进单位"),
        C("版权所有 © 博远橡胶有限公司 | 技术支持：商网")], [l1], render="txt", encoding="utf-16"))

    # w35 -- UTF-8-BOM copy: '搜索' line, a dotted date, markers '总结一:' glued to a repeated title
    m1 = Article("乡镇工会年度工作总结",
                 doc("w35a", "street", "街道总工会", "一年来", "past", count=3, variant=2),
                 None, "other", None, "summary", title_line="总结一:乡镇工会年度工作总结")
    m2 = Article("乡镇工会年度工作总结",
                 doc("w35b", "town", "红石镇总工会", "2019年", "past", count=3, variant=3, start=2),
                 "红石镇总工会", "other", 2019, "summary", title_line="总结二:乡镇工会年度工作总结")
    out.append(Page("w35_bom.txt", "text_copy_bom_zongjieyi", [
        C("搜索"),
        C("工会年度工作总结范文"),
        C("发布时间: 2019.08.14"),
        C("一年忙到头，总结写什么？本站整理了两篇基层工会的年度总结，供阅读参考。"),
        *emit(m1), *emit(m2),
        C("更多工会年度工作总结相关内容请访问本站")], [m1, m2], render="txt", encoding="utf-8-sig"))

    # w36 -- 【阅读指引】 line; summary-and-plan documents numbered 【第一篇】 at the end of the title
    r1 = report("w36a", "enterprise", "华远电子有限公司", "职代会", 2023, [])
    r1 = [x.replace("各位代表：", "各位会员：") for x in r1][1:]
    r1[0] = "2023年，华远电子有限公司工会在公司党委和上级工会的领导下，按照年度工作要点认真履行各项职能。现将全年工作总结和2024年工作计划报告如下："
    n1 = Article("工会年度工作总结及计划", r1, "华远电子有限公司", "enterprise", 2023, "report",
                 title_line="工会年度工作总结及计划【第一篇】")
    r2 = report("w36b", "school", "学校", "教代会", 2023, ["xx学校工会", "20xx年12月"])
    r2 = [x for x in r2 if x != "各位代表："]
    r2[0] = "本年度，学校工会按照年初计划开展工作，现将一年来的工作和明年的打算汇报如下："
    r2[-3] = "新的一年，让我们同心同德、奋发有为，为学校发展作出新的贡献！"
    n2 = Article("工会年度工作总结及计划", r2, None, "school", 2023, "report",
                 title_line="工会年度工作总结及计划【第二篇】")
    out.append(Page("w36_zhiyin.html", "yuedu_zhiyin_diyipian_suffix", [
        H("乐读范文网 首页 > 范文大全 > 工作总结", "nav"),
        C("2024年工会年度工作总结范文及计划 工会年度工作总结范文【集合2篇】", "h1"),
        C("时间:2024-01-22 11:48:56 分享:网友 下载本文"),
        C("【阅读指引】本文由乐读范文网网友整理上传，供您写作时参考。觉得有用的话，"
          "请点个赞再复制下载，谢谢支持！"),
        *emit(n1), *emit(n2),
        F("乐读范文网 版权所有")], [n1, n2], title="工会年度工作总结范文【集合2篇】"))
    return out
