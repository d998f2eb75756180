"""Build the development web collection corpus/dev/web/ and its key corpus/dev/web.key.jsonl.

Every page is the team's own writing: invented organisations, people and figures, laid out in
site styles modelled on the patterns described in docs/COLLECTION_NOTES.md. Deterministic: the
same files and key on every run.

    PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/collections/make_dev_collection.py [--out corpus/dev]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "devcollection"))

from articles import ORGS, make_article, off_topic
from pages import Page, to_traditional

SEED = 20261129
TYPES = ["school", "school", "school", "university", "education_union", "enterprise", "agency", "other"]


def art(rng, org_type=None, kind=None, year=None, yt=None, org_in=None, **kw):
    org_type = org_type or rng.choice(TYPES)
    kind = kind or rng.choice(["summary", "summary", "plan"])
    year = year if year is not None else rng.choice([2019, 2020, 2021, 2022, 2023])
    yt = yt or rng.choice(["year", "year", "anon", "none"])
    org_in = org_in or rng.choice(["title", "title", "text", "signature", "none"])
    return make_article(rng, org_type, kind, year=year, year_in_title=yt, org_in=org_in, **kw)


def date(rng, year=None, time=True):
    y = year or rng.choice([2020, 2021, 2022, 2023, 2024])
    d = f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return d + (f" {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}" if time else "")


def related(rng, n=4):
    pool = ["教师节慰问活动方案", "工会经费使用管理办法", "三八妇女节活动总结", "教代会提案工作细则",
            "职工之家建设情况汇报", "工会小组长述职报告", "送温暖活动简报", "职工运动会开幕词",
            "工会会员大会主持词", "困难职工帮扶制度", "女职工委员会工作计划", "工会换届选举办法",
            "劳动竞赛实施方案", "读书月活动总结", "工会主席年终述职", "职工代表巡视制度"]
    return rng.sample(pool, n)


# ---------------------------------------------------------------------------------------------
# styles: each returns a Page


def s01_portal(rng, i):
    """Template essay site: link bar, 当前位置 breadcrumb, meta with 浏览, 字号, 上一篇/下一篇,
    相关推荐 list, 版权所有/ICP footer; <h1> title."""
    a = art(rng)
    p = Page(f"s01_portal_{i}.html", "s01", "html", head_title=f"{a.title}_工作总结_青苗范文网")
    p.chrome("设为首页 | 加入收藏 | 联系我们", el="nav")
    p.chrome("首页 | 工作总结 | 工作计划 | 心得体会 | 述职报告 | 演讲稿", el="nav")
    p.chrome("当前位置：首页 > 工作总结 > 工会工作总结", el="nav")
    p.article(a)
    p.chrome(f"发布时间：{date(rng)} 来源：网络 浏览：{rng.randint(200, 9000)}次")
    p.blocks.insert(4, p.blocks.pop())  # meta right under the title
    p.blocks.insert(5, __import__("pages").Block("chrome", "[字号：大 中 小]", "div"))
    prev, nxt = related(rng, 2)
    p.chrome(f"上一篇：{prev}", f"下一篇：{nxt}")
    p.chrome("相关推荐", el="h3")
    p.links(related(rng), "rel")
    p.chrome("关于我们 | 网站地图 | 免责声明 | 联系方式", el="nav")
    p.chrome(f"版权所有 © 2014-2024 青苗范文网 京ICP备{rng.randint(10000000, 99999999)}号-1", el="footer")
    return p


def _pian_page(rng, i, style, fmt, n=None, topic=None, encoding="utf-8"):
    """A compilation page: page heading, intro blurb, articles each introduced by a marker."""
    n = n or rng.randint(2, 4)
    org_type = topic or rng.choice(["school", "enterprise", "other", "education_union", "agency"])
    kind = rng.choice(["summary", "plan"])
    base = {"school": "学校工会", "enterprise": "企业工会", "other": "医院工会", "education_union": "教育工会",
            "agency": "机关工会"}[org_type] + ("工作总结" if kind == "summary" else "工作计划")
    p = Page(f"{style}_{i}.{ 'html' if fmt == 'html' else 'txt'}", style, fmt, head_title=f"{base}（精选{n}篇）",
             encoding=encoding)
    return p, n, org_type, kind, base


def _intro(base, n):
    return (f"时间过得真快，一年的工作又告一段落。下面是小编为大家整理的{base}{n}篇，"
            f"仅供参考，希望对大家有所帮助。")


def s02_pian_num(rng, i):
    """Compilation with title lines '学校工会工作总结 篇1' (marker carries the title)."""
    p, n, ot, kind, base = _pian_page(rng, i, "s02", "html")
    p.chrome(f"您的位置：笔友文库 > 范文 > {'工作总结' if kind == 'summary' else '工作计划'} > {base}", el="nav")
    p.chrome(f"{base}（通用{n}篇）", el="h1")
    p.chrome(f"时间：{date(rng)} {base[:-4]} 我要投稿")
    # the third page is page 2 of a paginated compilation: it starts at 篇4 and has no intro
    start = 4 if i == 3 else 1
    if start == 1:
        p.chrome(_intro(base, n))
    for k in range(start, start + n):
        a = art(rng, ot, kind, org_in=rng.choice(["text", "none", "signature"]), yt="none")
        a.title = base
        p.article(a, title_el="h2", title_text=f"{base} 篇{k}", title_role="titlemark")
    if start > 1:
        p.chrome("上一页 1 2 3 下一页")
    p.chrome(f"【{base}（通用{n}篇）】相关文章：", el="h3")
    p.links([f"{base[:-4]}{x}" for x in ("工作总结范文", "年度工作计划", "个人工作总结")], "rel")
    p.chrome("投诉建议 | 关于我们 | 网站地图", el="nav")
    return p


def s03_bracket_pian(rng, i):
    """Marker-only lines 【篇1】/【篇一】, each article with its own title line after."""
    p, n, ot, kind, base = _pian_page(rng, i, "s03", "html")
    p.chrome("知行范文 | 首页 | 范文大全 | 工作计划 | 工作总结 | 合同协议", el="nav")
    p.chrome(f"{base}{rng.choice(['1500字', '范文', '模板'])}{n}篇", el="h1")
    p.chrome(f"{date(rng, time=False)}", f"{base} {base[:-4]}工作")
    p.chrome(_intro(base, n))
    cn = "一二三四五六"
    for k in range(n):
        p.marker(f"【篇{k + 1}】" if i % 2 else f"【篇{cn[k]}】")
        p.article(art(rng, ot, kind), title_el="h3")
    p.chrome("上一篇：教代会提案工作细则", "下一篇：职工之家建设情况汇报")
    p.chrome(f"Copyright © 知行范文 版权所有 粤ICP备{rng.randint(1000000, 9999999)}号", el="footer")
    return p


def s04_dipian(rng, i):
    """Text page with '第一篇：X' then the title repeated (or 【第一篇】)."""
    p, n, ot, kind, base = _pian_page(rng, i, "s04", "txt")
    p.chrome(f"{base}（★）", f"时间：{date(rng)}下载本文作者：会员上传",
             f"简介：写作帮文库小编为你整理了多篇相关的《{base}》，但愿对你工作学习有帮助。")
    cn = "一二三四五"
    for k in range(n):
        a = art(rng, ot, kind)
        p.marker(f"第{cn[k]}篇：{a.title}" if i != 2 else f"【第{cn[k]}篇】")
        p.article(a)
    p.chrome(f"本文标签：{base} 工会")
    return p


def s05_fanwen(rng, i):
    """范文一：/范文二： (or 样文一 / 其一) marker-only lines; the first article's title sits above."""
    p, n, ot, kind, base = _pian_page(rng, i, "s05", "html")
    word = ["范文", "样文", "其"][i % 3]
    p.chrome("公文之家", el="h3")
    p.chrome("首页 > 公文写作 > 工作总结", el="nav")
    p.chrome(f"{base}范文（{n}篇）", el="h1")
    cn = "一二三四五"
    for k in range(n):
        label = f"{word}{cn[k]}：" if word != "其" else f"其{cn[k]}"
        p.marker(label)
        p.article(art(rng, ot, kind), title_el="h2")
    p.chrome("如果觉得本文对你有帮助，请分享给更多朋友。", "点击下载完整版Word文档")
    p.chrome("公文之家 版权所有 备案号：浙ICP备2021000123号", el="footer")
    return p


def s06_numbered_titles(rng, i):
    """Repeated titles with a trailing number: '学校工会工作总结1', '学校工会工作总结2'."""
    p, n, ot, kind, base = _pian_page(rng, i, "s06", "html")
    p.chrome("学习站 > 实用范文 > 工作总结 > 单位工作总结 >", el="nav")
    p.chrome(f"{base}精选{n}篇", el="h1")
    p.chrome(f"{rng.choice(['子亨', '书远', '清扬'])}{rng.randint(1, 9)}分享")
    p.chrome(_intro(base, n))
    for k in range(1, n + 1):
        a = art(rng, ot, kind, org_in=rng.choice(["text", "none"]), yt="none")
        a.title = base
        p.article(a, title_el="h2", title_text=f"{base}{k}", title_role="titlemark")
    p.chrome(f"{base}相关文章：", el="h3")
    p.links(related(rng, 3), "rel")
    return p


def s07_glued(rng, i):
    """'篇1' glued to a year ('篇120xx年度，…') and ……此处隐藏N个字…… markers, as text."""
    p, n, ot, kind, base = _pian_page(rng, i, "s07", "txt")
    p.chrome(f"【精华】{base}{n}篇" if i % 2 else f"{base}{n}篇")
    p.chrome(_intro(base, n))
    from pages import Block
    for k in range(1, n + 1):
        a = art(rng, ot, kind, yt="anon", org_in="none", pinned={"anon": "20xx年"})
        a.title = base
        first = a.body[0]
        if not first.startswith("20xx年"):
            first = "20xx年，" + first.split("，", 1)[-1]
        p.articles.append(a)
        idx = len(p.articles) - 1
        # one physical line: title, 篇k and the first body line glued together
        p.blocks.append(Block("titlemark", f"{base} 篇{k}{first}", "p", art=idx))
        p.blocks.append(Block("body", first, "p", art=idx, shown=False))
        hide = i % 2 == 1 and k != n
        cut = len(a.body) - 3 if hide else len(a.body)
        for line in a.body[1:cut]:
            p.blocks.append(Block("body", line, "p", art=idx))
        if hide:
            p.chrome(f"……此处隐藏{rng.randint(1200, 5000)}个字……")
    return p


def s08_yi_colon(rng, i):
    """Traditional-free agency page: '2021年机关工会工作总结一：' titles with 一:/二: suffixes."""
    year = rng.choice([2020, 2021, 2022])
    n = 3
    base = f"{year}年机关工会工作总结"
    p = Page(f"s08_yicolon_{i}.html", "s08", "html", head_title=f"{base}{n}篇")
    p.chrome(f"学习园地 > 实用范文 > 报告总结 > 工作总结 > {base}{n}篇", el="nav")
    p.chrome(f"{base}{n}篇", el="h1")
    p.chrome(f"时间：{date(rng)} {rng.choice(['玉凤', '海棠', '秋实'])}{rng.randint(100, 999)} 分享")
    p.chrome(f"{year}年，机关工会为本年度的工作做一个总结，本文是{base}，仅供参考。")
    cn = "一二三"
    for k in range(n):
        a = art(rng, "agency", "summary", year=year, yt="year", org_in=rng.choice(["text", "none"]))
        a.title = base
        p.article(a, title_el="p", title_text=f"{base}{cn[k]}：", title_role="titlemark")
    p.chrome("看了本文的人还看了：", el="h3")
    p.links(related(rng, 3), "more")
    return p


def s09_flat(rng, i):
    """A document-sharing page flattened into one line: chrome and body as segments."""
    a = art(rng)
    p = Page(f"s09_flat_{i}.txt", "s09", "flat", flat_sep=["", " "][i % 2])
    p.chrome("精选优质文档-倾情为你奉上")
    p.article(a, title_el="p")
    p.chrome("专心-专注-专业")
    return p


def s10_trad_pinyin(rng, i):
    """Traditional characters with pinyin in brackets after some of them (開(kāi))."""
    a = art(rng)
    p = Page(f"s10_tradpinyin_{i}.html", "s10", "html", head_title=a.title)
    p.chrome("學習網 > 實用范文 > 報告總結 > 工作總結", el="nav")
    p.article(a)
    p.chrome(f"時間：{date(rng)} 作者：{rng.choice(['文軒', '雅蕊', '子涵'])} 分享")
    from pages import Block
    p.blocks.insert(2, p.blocks.pop())
    p.blocks.insert(3, Block("chrome", "【導讀】本文為網友投稿，僅供參考，歡迎閱讀與收藏。", "div"))
    p.chrome("下載本文檔", "相關推薦", el="div")
    p.links(related(rng, 3), "rel")
    p.convert(lambda t: to_traditional(t, pinyin=True))
    return p


def s11_traditional(rng, i):
    """Traditional compilation page without pinyin, 篇1 markers, 來源 line."""
    p, n, ot, kind, base = _pian_page(rng, i, "s11", "html", n=2)
    p.chrome(f"有關{base}範文彙總{n}篇", el="h1")
    p.chrome(f"來源：文萃谷 {rng.randint(1, 9)}.{rng.randint(1, 9)}W")
    p.chrome(_intro(base, n))
    for k in range(1, n + 1):
        a = art(rng, ot, kind, org_in=rng.choice(["text", "none"]), yt="none")
        a.title = base
        p.article(a, title_el="h2", title_text=f"{base} 篇{k}", title_role="titlemark")
    p.chrome("猜你喜歡", el="h3")
    p.links(related(rng, 3), "like")
    p.convert(lambda t: to_traditional(t))
    return p


def s12_gov(rng, i):
    """Government department site: 发布时间/作者/来源/浏览次数/字体 line, 供稿 line, 打印/关闭."""
    year = rng.choice([2021, 2022, 2023])
    a = art(rng, "agency", "plan", year=year, yt="year", org_in="title")
    name = a.org
    p = Page(f"s12_gov_{i}.html", "s12", "html", head_title=f"{a.title}-{name}")
    p.chrome(f"{name}门户网站", el="div")
    p.chrome("首页 | 机构概况 | 政务公开 | 工作动态 | 互动交流 | 办事服务", el="nav")
    p.chrome("当前位置：首页 > 工作动态 > 机关党建", el="nav")
    p.article(a)
    from pages import Block
    p.blocks.insert(4, Block("chrome", f"发布时间：{year}-01-{rng.randint(5, 28):02d} 09:{rng.randint(10, 59)} 作者： "
                                     f"来源：{name[2:]} 浏览次数： 字体：【大】 【中】 【小】", "div"))
    p.chrome("扫一扫在手机打开当前页", "【打印本页】 【关闭窗口】")
    p.chrome(f"主办：{name}  地址：{name[:3]}人民路{rng.randint(1, 300)}号", el="footer")
    p.chrome(f"网站标识码：{rng.randint(1000000000, 9999999999)}  湘ICP备{rng.randint(10000000, 99999999)}号", el="footer")
    return p


def s13_university_pasted(rng, i):
    """University union site: one page holding last year's summary and this year's 工作要点."""
    year = rng.choice([2020, 2021, 2022])
    name = ORGS["university"][i % len(ORGS["university"])]
    a = make_article(rng, "university", "summary", year=year, year_in_title="year", org_in="text",
                     pinned={"org_entry": name, "title": f"{year}年度工作总结"})
    b = make_article(rng, "university", "plan", year=year + 1, year_in_title="year", org_in="none",
                     pinned={"org_entry": name, "title": f"{year + 1}年度工作要点"}, title_word="工作要点")
    b.org = name[0]  # the page (and the summary) name the university
    p = Page(f"s13_unipasted_{i}.html", "s13", "html", head_title=f"{name[0]}工会")
    p.chrome("首页 | 工会概况 | 教代会 | 工作动态 | 文体协会 | 下载中心", el="nav")
    p.chrome(f"{year}年度工作总结和{year + 1}年度工作要点", el="h1")
    p.chrome(f"发布时间：{year + 1}-03-{rng.randint(1, 28):02d}  浏览次数：")
    p.article(a, title_el="h2")
    p.article(b, title_el="h2")
    p.chrome(f"版权所有：{name[0]}工会  地址：{name[0][:2]}市学府路{rng.randint(1, 99)}号", el="footer")
    return p


def s14_hospital(rng, i):
    """Hospital site with 公众版|医院版 bar and 来自/发布时间 line."""
    a = art(rng, "other", rng.choice(["summary", "plan"]))
    p = Page(f"s14_hospital_{i}.html", "s14", "html", head_title=a.title)
    p.chrome("公众版|医院版|English|返回引导页", el="nav")
    p.chrome("工会之窗 首页 > 新闻中心 > 工会之窗", el="nav")
    p.article(a)
    from pages import Block
    p.blocks.insert(3, Block("chrome", f"来自：院工会   发布时间：{date(rng, time=False)}", "div"))
    p.chrome("【关闭】 【打印】 【返回顶部】")
    p.chrome("预约挂号 | 就诊指南 | 专家介绍 | 联系我们", el="nav")
    return p


def s15_related_under_date(rng, i):
    """相关推荐 block placed right under the date line, above the article body."""
    a = art(rng)
    p = Page(f"s15_relunder_{i}.html", "s15", "html", head_title=a.title)
    p.chrome("当前位置：首页 > 工作计划 >", el="nav")
    p.article(a)
    from pages import Block
    extra = [Block("chrome", f"时间：{date(rng)} 来源：网友投稿", "div"),
             Block("chrome", "相关推荐", "h3")]
    extra += [Block("chrome", t, "li", group="rel") for t in related(rng, 5)]
    p.blocks[2:2] = extra
    p.chrome("热点文章", el="h3")
    p.links(related(rng, 4), "hot")
    p.chrome(f"Copyright 2019-2024 优学范文 All Rights Reserved 蜀ICP备{rng.randint(10000000, 99999999)}号", el="footer")
    return p


def s16_docshare(rng, i):
    """Document-sharing text page: 已阅读/继续免费阅读, 下载本文档, 版权说明 lines, pages marked."""
    a = art(rng)
    p = Page(f"s16_docshare_{i}.txt", "s16", "txt", encoding="gb18030" if i == 1 else "utf-8")
    p.chrome(f"{a.title}_第1页", f"{a.title}_第2页")
    p.chrome(f"已阅读{rng.randint(2, 5)}页，还剩{rng.randint(1, 3)}页未读 继续免费阅读", "下载本文档")
    p.chrome("版权说明：本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领", "文档简介")
    p.article(a)
    p.chrome("文档评论（0）", "下载须知：下载的文档不会出现在预览中")
    return p


def s17_comments(rng, i):
    """Article followed by 网友评论 with comments, 发表评论, 验证码, 本文标签."""
    a = art(rng)
    p = Page(f"s17_comments_{i}.html", "s17", "html", head_title=a.title)
    p.chrome("墨香文苑 - 首页 - 总结 - 计划 - 报告", el="nav")
    p.article(a)
    p.chrome(f"本文标签：工会 {a.title[-4:]}")
    p.chrome("网友评论", el="h3")
    for who in rng.sample(["游客", "风铃", "小北", "晴川", "路人甲"], 2):
        p.chrome(f"{who}{rng.randint(10, 999)}：写得很实在，收藏了，谢谢分享！")
    p.chrome("发表评论", "验证码：", "提交")
    return p


def s18_ads(rng, i):
    """Ad and download lines around the article: 写作神器, WORD下载 PDF下载, 扫码关注."""
    a = art(rng)
    p = Page(f"s18_ads_{i}.html", "s18", "html", head_title=a.title)
    p.chrome("公文高手，超级方便的公文写作神器！ 立即了解")
    p.article(a)
    from pages import Block
    p.blocks.insert(2, Block("chrome", f"时间：{date(rng)} {rng.choice(['染雾', '青禾', '晓月'])} 分享", "div"))
    p.blocks.insert(3, Block("chrome", "WORD下载 PDF下载 投诉", "div"))
    p.chrome("点击下载本文完整版", "扫码关注公众号，获取更多范文")
    p.chrome("广告", el="span")
    return p


def s19_saved_txt(rng, i):
    """A school page copied into a .txt (GB18030): 设为首页, 点击数, 打印/关闭/返回顶部, Copyright."""
    a = art(rng, "school", org_in="title")
    p = Page(f"s19_savedtxt_{i}.txt", "s19", "txt", encoding="gb18030" if i != 2 else "utf-8-sig",
             indent="　　", blank_lines=i == 1)
    p.chrome("设为首页 | 加入收藏 | 联系我们")
    p.chrome("学校首页 | 学校概况 | 党建工作 | 工会之家 | 教育教学 | 德育天地")
    p.chrome("您现在的位置：首页 >> 工会之家 >> 工作总结", "")
    p.blocks.pop()
    p.article(a)
    from pages import Block
    p.blocks.insert(4, Block("chrome", f"作者：校工会  点击数：{rng.randint(50, 999)}  更新时间：{date(rng, time=False)}"))
    p.chrome("【打印本页】 【关闭窗口】 【返回顶部】", "上一篇：教代会提案工作细则", "下一篇：送温暖活动简报")
    p.chrome(f"Copyright © 2012-2023 {a.org or '实验学校'} 版权所有 苏ICP备{rng.randint(10000000, 99999999)}号")
    return p


def s20_title_tag_only(rng, i):
    """No <h1>: the title is only in <title> (with a site suffix); sidebar 热点文章 and 栏目导航."""
    a = art(rng)
    p = Page(f"s20_titletag_{i}.html", "s20", "html", head_title=f"{a.title}_{rng.choice(['好文网', '启航文档'])}")
    p.chrome("栏目导航", el="h3")
    p.links(["工作总结", "工作计划", "述职报告", "心得体会"], "side")
    p.article(a, with_title=False)
    p.chrome("热点文章", el="h3")
    p.links(related(rng, 4), "hot")
    return p


def s21_kids_2pian(rng, i):
    """Kindergarten / education-union page with a '（2篇）' header, UTF-8 with BOM."""
    ot = "school" if i != 2 else "education_union"
    base = "幼儿园工会工作计划" if ot == "school" else "教育工会工作计划"
    p = Page(f"s21_2pian_{i}.html", "s21", "html", encoding="utf-8-sig", head_title=f"{base}（2篇）")
    p.chrome("当前位置: 首页 > 工作计划 >", el="nav")
    p.chrome(f"{base}（2篇）", el="h1")
    p.chrome(f"{date(rng)} 来源：范文大全 收藏 下载本文")
    pool = ORGS[ot][8:11] if ot == "school" else ORGS[ot]
    for _ in range(2):
        a = make_article(rng, ot, "plan", year=rng.choice([2021, 2022]), year_in_title="year", org_in="title",
                         pinned={"org_entry": rng.choice(pool)})
        p.article(a, title_el="h2")
    p.chrome("推荐度：★★★★☆", "点击下载文档", "文档为doc格式")
    return p


def s22_enterprise_txt(rng, i):
    """Enterprise union news saved as text (UTF-8 with BOM): >> breadcrumb, 审议了…工会工作报告."""
    year = rng.choice([2021, 2022])
    a = make_article(rng, "enterprise", "summary", year=year, year_in_title="year", org_in="title",
                     pinned={"after_opening": [
                         "{party}于3月召开职工代表大会，审议了行政工作报告和工会工作报告，通过了集体合同草案。"]})
    p = Page(f"s22_enterprise_{i}.txt", "s22", "txt", encoding="utf-8-sig")
    p.chrome(f"{a.org}工会 | 集团首页 | 新闻中心 | 工会工作 | 职工之家")
    p.chrome("当前位置：集团首页 >> 工会工作 >> 工作总结")
    p.article(a)
    p.chrome(f"【编辑：{rng.choice(['王丽', '陈涛', '赵敏'])}】  【字号 大 中 小】")
    p.chrome("分享到：微信 微博 QQ空间")
    return p


def s23_mobile(rng, i):
    """Mobile page: 返回|首页|菜单, 打开APP阅读全文, 展开全文, 相关阅读."""
    year = rng.choice([2021, 2022, 2023])
    org = rng.choice(ORGS["school"])
    a = make_article(rng, "school", "plan", year=year, year_in_title="year", org_in="title",
                     pinned={"org_entry": org, "main_work_heading": True,
                             "title": f"{org[0]}{year}年工作计划"})
    p = Page(f"s23_mobile_{i}.html", "s23", "html", head_title=a.title)
    p.chrome("返回 | 首页 | 菜单", el="nav")
    p.article(a, title_el="h1")
    p.chrome("打开APP，阅读全文", "展开全文")
    p.chrome("相关阅读", el="h3")
    p.links(related(rng, 3), "rd")
    return p


def s24_offtopic_and_index(rng, i):
    """Off-topic articles on template sites, and one index page that holds no article."""
    p = Page(f"s24_misc_{i}.html", "s24", "html")
    p.chrome("首页 | 工作总结 | 工作计划 | 心得体会", el="nav")
    if i == 3:
        p.head_title = "工作总结_栏目列表"
        p.chrome("工作总结栏目", el="h1")
        p.links([f"{o[0]}工会{y}年工作总结" for o, y in zip(rng.sample(ORGS["school"], 6), range(2018, 2024))], "list")
        p.chrome("1 2 3 4 5 下一页 尾页")
        return p
    a = off_topic(rng, ["dorm", "npc", "banzhuren"][i - 1])
    p.head_title = a.title
    p.chrome(f"发布时间：{date(rng)}")  # the date line above the title
    p.article(a)
    p.chrome("上一篇：工会经费使用管理办法")
    return p


def s25_report_teachers(rng, i):
    """A school/university report to the 教代会 ('在…教代会上的工会工作报告'), GB18030 HTML."""
    ot = ["school", "university", "school"][i - 1]
    org = rng.choice(ORGS[ot])
    year = rng.choice([2020, 2021, 2022])
    title = f"在{org[0]}{rng.choice(['三', '四', '五'])}届{rng.choice(['二', '三'])}次教代会上的工会工作报告"
    a = make_article(rng, ot, "report", year=year, year_in_title="none", org_in="text",
                     pinned={"org_entry": org, "title": title})
    p = Page(f"s25_report_{i}.html", "s25", "html", encoding="gb18030", head_title=title)
    p.chrome(f"{org[0]}工会 教代会", el="div")
    p.chrome("网站首页 | 工会动态 | 教代会 | 民主管理 | 文件下载", el="nav")
    p.article(a)
    p.chrome(f"点击：{rng.randint(30, 900)}次  录入：校工会", "【打印此文】【关闭窗口】")
    return p


def s26_wrong_charset(rng, i):
    """A page whose <meta charset> names the wrong encoding (UTF-8 bytes labelled gb2312, or
    GB18030 bytes labelled utf-8), as saved pages often are."""
    a = art(rng, "school", org_in="title")
    p = Page(f"s26_charset_{i}.html", "s26", "html", head_title=a.title,
             encoding="utf-8" if i == 1 else "gb18030", charset_label="gb2312" if i == 1 else "utf-8")
    p.chrome("学校首页 | 学校概况 | 工会之家 | 教学科研", el="nav")
    p.chrome("当前位置：学校首页 > 工会之家", el="nav")
    p.article(a)
    p.chrome(f"{a.org}  地址：{a.org[:2]}路{rng.randint(1, 99)}号  备案号：闽ICP备{rng.randint(10000000, 99999999)}号",
             el="footer")
    return p


def s27_pasted_txt(rng, i):
    """A text file holding a summary and next year's plan pasted together: the second title
    follows the first one's signature and date; no chrome at all."""
    ot = ["school", "enterprise"][i - 1]
    org = rng.choice(ORGS[ot])
    year = rng.choice([2021, 2022])
    a = make_article(rng, ot, "summary", year=year, year_in_title="year", org_in="title", signature=True,
                     pinned={"org_entry": org})
    b = make_article(rng, ot, "plan", year=year + 1, year_in_title="year", org_in="title", signature=False,
                     pinned={"org_entry": org})
    p = Page(f"s27_pasted_{i}.txt", "s27", "txt", encoding="gb18030" if i == 1 else "utf-8")
    p.article(a)
    p.article(b)
    return p


STYLES = [(s01_portal, 4), (s02_pian_num, 3), (s03_bracket_pian, 3), (s04_dipian, 3), (s05_fanwen, 3),
          (s06_numbered_titles, 2), (s07_glued, 3), (s08_yi_colon, 2), (s09_flat, 3), (s10_trad_pinyin, 3),
          (s11_traditional, 2), (s12_gov, 3), (s13_university_pasted, 2), (s14_hospital, 3),
          (s15_related_under_date, 3), (s16_docshare, 2), (s17_comments, 2), (s18_ads, 2),
          (s19_saved_txt, 3), (s20_title_tag_only, 3), (s21_kids_2pian, 2), (s22_enterprise_txt, 2),
          (s23_mobile, 2), (s24_offtopic_and_index, 3), (s25_report_teachers, 3), (s26_wrong_charset, 2), (s27_pasted_txt, 2)]


def build(out: Path) -> list[dict]:
    web = out / "web"
    if web.exists():
        shutil.rmtree(web)
    web.mkdir(parents=True)
    keys = []
    for fn, count in STYLES:
        for i in range(1, count + 1):
            rng = random.Random(f"{SEED}-{fn.__name__}-{i}")
            page = fn(rng, i)
            (web / page.source).write_bytes(page.render())
            keys.append(page.key())
    with open(out / "web.key.jsonl", "w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(entry, ensure_ascii=False) + "\n" for entry in keys)
    return keys


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="corpus/dev", type=Path)
    args = parser.parse_args(argv)
    keys = build(args.out)
    styles = {k["style"] for k in keys}
    n_art = sum(len(k["articles"]) for k in keys)
    print(f"{len(keys)} pages, {len(styles)} styles, {n_art} articles -> {args.out}/web")
    return 0


if __name__ == "__main__":
    sys.exit(main())
