"""Build the third development web collection corpus/dev/web3/ and its key corpus/dev/web3.key.jsonl.

Written for issue 12 (chrome left on saved HTML pages): every page is the team's own writing
(invented organisations, people, figures; article texts from scripts/collections/web2/texts.py), laid out
as real CMS pages are: the site chrome sits INSIDE the main container next to the article, where
a main-content extractor keeps it: meta blocks of several <span>s under the title (作者/来源/
摄影/审核/浏览次数), 附件/下载 cards, 分享到 bars, 责任编辑 lines, 打印本页/关闭窗口, 上一篇/
下一篇 links, 相关阅读 lists, tag lists, author boxes, visit counters, comment areas, footers.
Sixteen site styles (school CMS, district union, hospital, enterprise, WeChat mirror, document
library, template site, university news, education bureau table layout, blog, mobile page,
community site; and four whose chrome uses wording the line rules were not written for, inside
named containers: association, city union, school with its own labels, enterprise with author
box and comments), two pages each. Deterministic.

    PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/collections/make_dev_web3.py [--out corpus/dev]
"""

from __future__ import annotations

import argparse
import html
import random
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "web2"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_dev_web2 import date_s, make
from pages import Page, write_collection

SEED = 20261201
RELATED = ["工会会员代表大会筹备工作方案", "女职工权益保护专项集体合同", "职工书屋借阅管理办法", "困难职工档案管理规定",
           "春节送温暖活动简报", "职工疗休养工作安排", "工会小组考核细则", "工会经费使用负面清单", "职工羽毛球赛秩序册",
           "劳模创新工作室建设情况", "青年职工读书沙龙纪实", "教代会提案办理情况通报", "职工心理健康讲座综述",
           "基层工会规范化建设自查表", "工会财务公开情况说明"]


def esc(s: str) -> str:
    return html.escape(s)


def href(s: str) -> str:
    return f"/info/{zlib.crc32(s.encode()) % 9973}.htm"


def spans(p: Page, parts: list[str], cls: str, tag: str = "div", sep: str = " ") -> None:
    """A meta block: several <span>s in one block; its visible text is one chrome line."""
    p.chrome_lines.append(sep.join(parts))
    p.raw(f'<{tag} class="{cls}">' + esc(sep).join(f"<span>{esc(x)}</span>" for x in parts) + f"</{tag}>")


def linked(p: Page, label: str, title: str, cls: str = "pn") -> None:
    """'上一篇：<a>title</a>' as one line."""
    p.chrome_lines.append(f"{label}{title}")
    p.raw(f'<p class="{cls}">{esc(label)}<a href="{href(title)}">{esc(title)}</a></p>')


def related(p: Page, head: str, items: list[str], cls: str = "related", dates: bool = False,
            rng: random.Random | None = None) -> None:
    p.chrome(head, tag="h3")
    lis = []
    for t in items:
        if dates and rng is not None:
            d = date_s(rng, time=False)
            p.chrome_lines.append(f"{t} {d}")
            lis.append(f'<li><a href="{href(t)}">{esc(t)}</a> <span>{d}</span></li>')
        else:
            p.chrome_lines.append(t)
            lis.append(f'<li><a href="{href(t)}">{esc(t)}</a></li>')
    p.raw(f'<ul class="{cls}">' + "".join(lis) + "</ul>")


def share(p: Page, label: str, items: list[str], cls: str = "share") -> None:
    text = label + " ".join(items)
    p.chrome_lines.append(text)
    p.raw(f'<div class="{cls}">{esc(label)}' + " ".join(f'<a href="javascript:;">{esc(x)}</a>' for x in items)
          + "</div>")


def tags(p: Page, label: str, items: list[str]) -> None:
    p.chrome_lines.append(label + " ".join(items))
    p.raw(f'<div class="tags">{esc(label)}' + " ".join(f'<a href="/tag/{i}">{esc(x)}</a>' for i, x in enumerate(items))
          + "</div>")


def footer(p: Page, lines: list[str]) -> None:
    p.raw('<div class="footer">')
    for t in lines:
        p.chrome(t, tag="p")
    p.raw("</div>")


def head_nav(p: Page, items: list[str]) -> None:
    p.raw('<div class="header"><div class="logo"><img src="/logo.png" alt=""></div>')
    p.nav(items, sep=" ")
    p.raw("</div>")


# ---------------------------------------------------------------------------------------------
# site styles


def c01_school_cms(rng, i, a, school):
    """School CMS: crumb, <h1> in the article box, meta of spans (作者/来源/发布时间/浏览次数),
    attachment card, 分享到, 上一条/下一条, 【打印本页】【关闭窗口】 inside the box."""
    p = Page(f"c01_school_{i}.html", "c01", head_title=f"{a.title}-{school}")
    head_nav(p, ["首页", "学校概况", "党建园地", "教师发展", "工会之窗", "德育天地"])
    p.raw('<div class="main"><div class="location">')
    p.chrome("当前位置：首页 > 工会之窗 > 正文", tag="span")
    p.raw('</div><div class="article">')
    p.title(a.title)
    spans(p, ["作者：工会办", "来源：本站", f"发布时间：{date_s(rng, time=False)}", f"浏览次数：{rng.randint(60, 900)}"],
          "info")
    p.raw('<div class="v_news_content">')
    p.body(a)
    p.raw("</div>")
    p.raw('<div class="attach">')
    p.chrome("附件【1】：", tag="span")
    name = f"{a.title}.docx"
    p.chrome_lines.append(name)
    p.raw(f'<a href="/system/_content/download.jsp?id={rng.randint(1000, 9999)}">{esc(name)}</a></div>')
    share(p, "分享到：", ["微信", "QQ空间", "新浪微博"])
    linked(p, "上一条：", rng.choice(RELATED))
    linked(p, "下一条：", rng.choice(RELATED))
    p.chrome("【打印本页】 【关闭窗口】", tag="div")
    p.raw("</div></div>")
    footer(p, [f"Copyright © 2023 {school} 版权所有", f"地址：松川区学府路{rng.randint(2, 99)}号 电话：0571-8{rng.randint(1000000, 9999999)}"])
    return p


def c02_district_union(rng, i, a):
    """District federation of trade unions: title in <div class="title"> (no h1), meta with
    信息来源/发布日期 and 【字体：大 中 小】, 责任编辑 line at the end of the text, 扫一扫 box,
    网站标识码 footer."""
    p = Page(f"c02_union_{i}.html", "c02", head_title=f"{a.title}_基层动态_清河区总工会")
    head_nav(p, ["首页", "工会要闻", "基层动态", "维权服务", "劳模风采", "网上工会"])
    p.chrome("您所在的位置：首页 > 基层动态", tag="div")
    p.raw('<div class="content-box">')
    p.title(a.title, tag="div")
    spans(p, [f"发布日期：{date_s(rng, time=False)}", "信息来源：清河区总工会", "【字体：大 中 小】"], "xx_info", sep="  ")
    p.raw('<div class="TRS_Editor">')
    p.body(a)
    p.raw("</div>")
    p.chrome(f"责任编辑：{rng.choice(['周海', '韩冰', '宋佳'])}", tag="p")
    p.raw('<div class="bottom-tool">')
    p.chrome("【打印本页】【关闭窗口】【返回顶部】", tag="span")
    p.raw("</div>")
    p.chrome("扫一扫在手机打开当前页", tag="div")
    p.raw("</div>")
    footer(p, ["主办：清河区总工会 承办：清河区总工会办公室",
               f"网站标识码：{rng.randint(1100000000, 1199999999)} 京ICP备{rng.randint(10000000, 99999999)}号"])
    return p


def c03_hospital(rng, i, a):
    """Hospital site: 党群工作 crumb, meta with 作者/审核/点击, article body, 相关新闻 list inside the
    article box, footer with address and 急诊电话."""
    p = Page(f"c03_hospital_{i}.html", "c03", head_title=f"{a.title}-工会园地")
    head_nav(p, ["医院首页", "医院概况", "就医指南", "科室导航", "党群工作", "招聘信息"])
    p.raw('<div class="container"><div class="breadcrumb">')
    p.chrome("首页 > 党群工作 > 工会园地", tag="span")
    p.raw('</div><div class="news-detail">')
    p.title(a.title, tag="h2")
    spans(p, ["作者：院工会", f"审核：{rng.choice(['郑红', '邱明'])}", f"时间：{date_s(rng, time=False)}",
              f"点击：{rng.randint(30, 800)}次"], "news-info", sep=" | ")
    p.raw('<div class="news-content">')
    p.body(a)
    p.raw("</div>")
    related(p, "相关新闻", rng.sample(RELATED, 4), dates=True, rng=rng)
    p.raw("</div></div>")
    footer(p, [f"地址：南湖市滨江路{rng.randint(10, 200)}号 邮编：{rng.randint(410000, 439999)}",
               f"急诊电话：0731-{rng.randint(80000000, 89999999)} 版权所有 南湖市第二人民医院"])
    return p


def c04_enterprise(rng, i, a):
    """Enterprise site: meta of 来源 | 编辑 | date, share bar of icons with words, tag list,
    相关阅读 in the article box, 返回列表."""
    p = Page(f"c04_company_{i}.html", "c04", head_title=f"{a.title} - 新闻中心")
    head_nav(p, ["关于我们", "新闻中心", "产品服务", "党建工作", "社会责任", "联系我们"])
    p.raw('<div class="page-main"><div class="detail">')
    p.title(a.title)
    spans(p, ["来源：公司工会", f"编辑：{rng.choice(['冯晓', '田甜'])}", date_s(rng, time=False)], "detail-meta", sep=" | ")
    p.raw('<div class="detail-body">')
    p.body(a)
    p.raw("</div>")
    share(p, "分享：", ["微信", "微博", "QQ"], cls="bdsharebuttonbox")
    tags(p, "标签：", ["工会工作", "职工之家", "年度总结" if a.kind == "summary" else "工作计划"])
    related(p, "相关阅读", rng.sample(RELATED, 3))
    p.chrome("返回列表", tag="a")
    p.raw("</div></div>")
    footer(p, [f"© 2023 江屿装备制造股份有限公司 苏ICP备{rng.randint(10000000, 99999999)}号-1"])
    return p


def c05_wechat_mirror(rng, i, a, account):
    """WeChat mirror site: account line, 收录于合集, END, 编辑/审核/校对 lines, 喜欢此内容的人还喜欢."""
    p = Page(f"c05_wxmirror_{i}.html", "c05", head_title=a.title)
    p.raw('<div class="wx-article">')
    p.title(a.title)
    p.chrome(f"{account} {date_s(rng)}", tag="div")
    p.chrome(f"收录于合集 #工会工作 {rng.randint(5, 40)}个", tag="div")
    p.raw('<div class="wx-content">')
    p.body(a, head="wx_section", para="wx_p")
    p.chrome("END", tag="wx_p")
    p.chrome(f"编辑：{rng.choice(['许诺', '梁悦'])}", tag="wx_p")
    p.chrome(f"审核：{rng.choice(['吴刚', '范琳'])}", tag="wx_p")
    p.raw("</div>")
    p.chrome("微信扫一扫关注该公众号", tag="div")
    related(p, "喜欢此内容的人还喜欢", rng.sample(RELATED, 3))
    p.raw("</div>")
    p.chrome(f"本页内容转载自微信公众号“{account}”，如有侵权请联系删除", tag="div")
    return p


def c06_doclib(rng, i, a):
    """Document library (HTML): uploader card, 文档格式/页数/大小 fields, body, 下载 button, 还剩N页
    未读, 相关文档 list, 本文为本站会员上传 notice."""
    p = Page(f"c06_doclib_{i}.html", "c06", head_title=f"{a.title}.docx-原创力文库")
    head_nav(p, ["首页", "文档分类", "文档上传", "会员中心", "帮助"])
    p.raw('<div class="doc-main">')
    p.title(a.title)
    spans(p, [f"上传人：{rng.choice(['wang88', '清风明月', 'lily2021'])}", f"上传时间：{date_s(rng, time=False)}",
              f"浏览：{rng.randint(50, 999)}", f"下载：{rng.randint(1, 40)}"], "doc-info")
    spans(p, ["文档格式：docx", f"文档页数：{rng.randint(3, 9)}页", f"文档大小：{rng.randint(12, 60)}.{rng.randint(1, 9)}KB"],
          "doc-attr")
    p.raw('<div class="doc-content">')
    p.body(a)
    p.raw("</div>")
    p.chrome(f"还剩{rng.randint(2, 6)}页未读，继续阅读", tag="div")
    p.chrome("下载文档到电脑，查找使用更方便", tag="div")
    related(p, "相关文档", rng.sample(RELATED, 4), cls="doc-list")
    p.raw("</div>")
    footer(p, ["本文为本站会员上传，仅提供信息存储空间，如有侵权请联系删除。"])
    return p


def c07_template(rng, i, a):
    """Template-essay site: crumb, <h1>, meta with 时间/作者/栏目, intro blurb, body,
    【…】相关文章 list, 本文标签, 上一篇/下一篇, 热门推荐."""
    p = Page(f"c07_template_{i}.html", "c07", head_title=f"{a.title}_工作总结_学优范文网")
    head_nav(p, ["首页", "工作总结", "工作计划", "心得体会", "述职报告", "演讲稿"])
    p.chrome("当前位置：学优范文网 > 工作总结 > 工会工作总结", tag="div")
    p.raw('<div class="article">')
    p.title(a.title)
    spans(p, [f"时间：{date_s(rng)}", "作者：学优范文网", "栏目：工会工作总结"], "info")
    p.raw('<div class="content">')
    p.chrome("光阴似箭，一段时间的工作已经告一段落，下面是小编为大家整理的工会工作材料，仅供参考，希望对大家有所帮助。",
             tag="p")
    p.body(a)
    p.raw("</div>")
    related(p, f"【{a.title}】相关文章：", rng.sample(RELATED, 4))
    tags(p, "本文标签：", ["工会", "工作总结"])
    linked(p, "上一篇：", rng.choice(RELATED))
    linked(p, "下一篇：", rng.choice(RELATED))
    p.raw("</div>")
    related(p, "热门推荐", rng.sample(RELATED, 3), cls="hot")
    footer(p, [f"Copyright © 2016-2023 学优范文网 All Rights Reserved 浙ICP备{rng.randint(10000000, 99999999)}号"])
    return p


def c08_university(rng, i, a):
    """University news: meta on separate spans with 摄影/审核/编辑, 浏览量, <h1>; 【关闭】【打印】;
    上一篇/下一篇 links; author box at the end."""
    p = Page(f"c08_univ_{i}.html", "c08", head_title=f"{a.title}-校工会")
    head_nav(p, ["学校首页", "工会概况", "工作动态", "教代会", "文体活动", "下载中心"])
    p.raw('<div class="wrapper"><div class="arti">')
    p.title(a.title)
    spans(p, ["来源：校工会", f"作者：{rng.choice(['方圆', '钟毅'])}", f"摄影：{rng.choice(['李萌', '韦华'])}",
              f"审核：{rng.choice(['赵刚', '孙莉'])}", f"发布时间：{date_s(rng, time=False)}", f"浏览量：{rng.randint(100, 3000)}"],
          "arti-metas")
    p.raw('<div class="entry">')
    p.body(a)
    p.raw("</div>")
    p.chrome(f"（撰稿：{rng.choice(['校工会 林晨', '工会办 马悦'])} 编辑：{rng.choice(['曹颖', '冯立'])}）", tag="p")
    p.chrome("【关闭】 【打印】", tag="div")
    linked(p, "上一篇：", rng.choice(RELATED))
    linked(p, "下一篇：", rng.choice(RELATED))
    p.raw("</div></div>")
    footer(p, ["版权所有：江城师范大学 工会委员会", "地址：江城市大学城东路1号"])
    return p


def c09_bureau_table(rng, i, a):
    """County education bureau, table layout: title cell, 日期/点击/【打印】【关闭】 cell, body cell,
    访问量 counter row."""
    p = Page(f"c09_bureau_{i}.html", "c09", head_title=f"{a.title} - 溪口县教育局")
    head_nav(p, ["首页", "机构设置", "政务公开", "教育动态", "基层工作", "办事指南"])
    p.raw('<table width="960" class="main"><tr><td class="nav">')
    p.chrome("当前位置：首页>>基层工作>>工会工作", tag="span")
    p.raw('</td></tr><tr><td class="title" align="center">')
    p.title(a.title, tag="strong")
    p.raw('</td></tr><tr><td class="info" align="center">')
    p.chrome_lines.append(f"日期：{date_s(rng, time=False)} 点击：{rng.randint(20, 700)} 【打印】 【关闭】")
    p.raw(esc(p.chrome_lines[-1]))
    p.raw('</td></tr><tr><td class="content">')
    p.body(a)
    p.raw('</td></tr><tr><td class="count">')
    p.chrome(f"本文已被浏览 {rng.randint(100, 999)} 次", tag="span")
    p.raw("</td></tr></table>")
    footer(p, ["溪口县教育局 主办", f"闽ICP备{rng.randint(10000000, 99999999)}号"])
    return p


def c10_blog(rng, i, a):
    """Blog: title, 标签/分类 line, 阅读 评论 收藏 转载 action line, 前一篇/后一篇, comment area."""
    p = Page(f"c10_blog_{i}.html", "c10", head_title=f"{a.title}_{'教书匠老周'}_新浪博客")
    p.raw('<div class="blog-header">')
    p.chrome("教书匠老周的博客", tag="div")
    p.raw('</div><div class="articalContent">')
    p.title(a.title, tag="h2")
    p.chrome(f"({date_s(rng)})", tag="span")
    tags(p, "标签：", ["工会", "学校"])
    p.chrome("分类： 工作点滴", tag="div")
    p.raw('<div class="articalBody">')
    p.body(a)
    p.raw("</div>")
    p.chrome(f"阅读({rng.randint(10, 500)}) 评论({rng.randint(0, 5)}) 收藏 转载 喜欢 打印 举报", tag="div")
    p.chrome("已投稿到：", tag="div")
    linked(p, "前一篇：", rng.choice(RELATED))
    linked(p, "后一篇：", rng.choice(RELATED))
    p.chrome("评论", tag="h3")
    p.chrome("重要提示：警惕虚假中奖信息", tag="div")
    p.chrome("发评论", tag="div")
    p.raw("</div>")
    return p


def c11_mobile(rng, i, a):
    """Mobile page: 返回/首页 bar, A+ A- font buttons, 分享 收藏, 相关推荐 under the text, 打开App."""
    p = Page(f"c11_mobile_{i}.html", "c11", head_title=a.title)
    p.nav(["返回", "首页", "频道"], sep=" ")
    p.raw('<article class="m-article">')
    p.title(a.title)
    spans(p, [date_s(rng, time=False), "来源：工人日报客户端"], "m-meta")
    p.chrome("A+ A-", tag="div")
    p.raw('<div class="m-content">')
    p.body(a)
    p.raw("</div>")
    p.chrome("分享 收藏", tag="div")
    related(p, "相关推荐", rng.sample(RELATED, 3))
    p.raw("</article>")
    p.chrome("打开App 看更多精彩内容", tag="div")
    return p


def c12_community(rng, i, a):
    """Community (street) site: 访问次数 in the meta, 【双击滚屏】【我要纠错】, 附件下载 list,
    footer with 技术支持."""
    p = Page(f"c12_street_{i}.html", "c12", head_title=f"{a.title}-社区之窗")
    head_nav(p, ["首页", "街道概况", "社区之窗", "党群服务", "便民服务"])
    p.raw('<div class="wzy"><div class="wz-title">')
    p.title(a.title, tag="h3")
    p.raw("</div>")
    spans(p, [f"发布时间：{date_s(rng, time=False)}", "发布单位：街道总工会", f"访问次数：{rng.randint(10, 400)}"], "wz-info")
    p.raw('<div class="wz-con">')
    p.body(a)
    p.raw("</div>")
    p.chrome("附件下载：", tag="div")
    name = f"{a.title}.pdf"
    p.chrome_lines.append(name)
    p.raw(f'<ul class="fj"><li><a href="/u/{rng.randint(100, 999)}.pdf">{esc(name)}</a></li></ul>')
    p.chrome("【双击滚屏】 【我要纠错】 【打印】 【关闭】", tag="div")
    p.raw("</div>")
    footer(p, ["主办单位：东河街道办事处", "技术支持：东河数字科技有限公司"])
    return p


# Styles c13-c16: chrome in wording the line rules were not written for, inside named containers
# (article-meta, attachment, share, relate-news, prev-next, info, author-box) and link lines.


def block(p: Page, cls: str, lines: list[str], tag: str = "div", inner: str = "p") -> None:
    p.raw(f'<{tag} class="{cls}">')
    for t in lines:
        p.chrome(t, tag=inner)
    p.raw(f"</{tag}>")


def c13_association(rng, i, a):
    """Association site: 撰文/责编/核发 meta, 相关文件 card, 转发至 bar, 主题词, 同栏目信息 list,
    较早的/较新的文章 links."""
    p = Page(f"c13_assoc_{i}.html", "c13", head_title=f"{a.title}|职工文体协会")
    head_nav(p, ["协会首页", "协会简介", "会员风采", "赛事活动", "资料库"])
    p.raw('<div class="article-wrap">')
    p.title(a.title)
    spans(p, [f"撰文 {rng.choice(['王蕾', '黄涛'])}", f"责编 {rng.choice(['李珂', '沈阳'])}", f"核发 {date_s(rng, time=False)}"],
          "article-meta", sep=" ┆ ")
    p.raw('<div class="article-text">')
    p.body(a)
    p.raw("</div>")
    p.raw('<div class="attachment">')
    p.chrome("相关文件", tag="p")
    name = f"{a.title}（定稿）"
    p.chrome_lines.append(name)
    p.raw(f'<p><a href="/f/{rng.randint(100, 999)}">{esc(name)}</a></p></div>')
    share(p, "转发至 ", ["朋友圈", "好友", "微博"], cls="article-share")
    p.raw('<div class="keywords">')
    p.chrome(f"主题词 工会 {'总结' if a.kind == 'summary' else '计划'}", tag="span")
    p.raw("</div>")
    p.raw('<div class="relate-news">')
    related(p, "同栏目信息", rng.sample(RELATED, 4), cls="list")
    p.raw('</div><div class="prev-next">')
    linked(p, "较早的文章 ", rng.choice(RELATED), cls="older")
    linked(p, "较新的文章 ", rng.choice(RELATED), cls="newer")
    p.raw("</div></div>")
    footer(p, ["职工文体协会 秘书处", f"蜀ICP备{rng.randint(10000000, 99999999)}号"])
    return p


def c14_city_union(rng, i, a):
    """City union portal: article footer box with 本稿审核/稿件来源, 【内容纠错】【推送到手机】,
    an <aside> inside the main column with 工会热线 and 图片新闻."""
    p = Page(f"c14_cityunion_{i}.html", "c14", head_title=f"{a.title}-北川市总工会")
    head_nav(p, ["首页", "要闻", "基层风采", "服务职工", "网上办事"])
    p.raw('<div class="main-col"><div class="art">')
    p.title(a.title, tag="h2")
    spans(p, [date_s(rng, time=False), f"字数 {rng.randint(1200, 3000)}", f"{rng.randint(100, 900)} 人看过"], "art-info")
    p.raw('<div class="art-con">')
    p.body(a)
    p.raw("</div>")
    block(p, "art-footer", [f"本稿审核 {rng.choice(['赵强', '罗芬'])} ｜ 稿件来源 北川市总工会",
                            "【内容纠错】【推送到手机】"])
    p.raw("</div><aside>")
    p.chrome("工会服务热线 12351", tag="p")
    related(p, "图片新闻", rng.sample(RELATED, 2), cls="pics")
    p.raw("</aside></div>")
    footer(p, ["北川市总工会 主办", "北川市职工服务中心 维护"])
    return p


def c15_school_labels(rng, i, a):
    """School site with its own labels: 栏目 ▏录入 ▏审稿 ▏人气 in an info box, 友情链接 as link lines,
    an 返回上一级 link, a counter box 本页访问 N."""
    p = Page(f"c15_school_{i}.html", "c15", head_title=f"{a.title}")
    head_nav(p, ["学校主页", "学校简介", "党建", "工会", "招生"])
    p.raw('<div class="box"><div class="pos">')
    p.chrome("工会 ＞ 工会工作", tag="span")
    p.raw("</div>")
    p.title(a.title)
    spans(p, ["栏目：工会风采", "录入：admin", f"审稿：{rng.choice(['张凤', '周斌'])}", f"人气：{rng.randint(50, 500)}"],
          "info", sep=" ▏")
    p.raw('<div class="content">')
    p.body(a)
    p.raw("</div>")
    p.raw('<div class="back">')
    p.chrome_lines.append("返回上一级")
    p.raw('<a href="javascript:history.back()">返回上一级</a></div>')
    p.raw('<div class="links">')
    p.chrome("友情链接", tag="h4")
    for t in ["区教育局", "区教育工会", "市教育资源网"]:
        p.chrome_lines.append(t)
        p.raw(f'<p><a href="http://{zlib.crc32(t.encode()) % 999}.example">{esc(t)}</a></p>')
    p.raw("</div>")
    block(p, "counter", [f"本页访问 {rng.randint(100, 9000)}"])
    p.raw("</div>")
    return p


def c16_enterprise_author(rng, i, a):
    """Enterprise news with an author box and a comment area: 关于作者 box, 网友留言 with
    entries, 说两句 prompt."""
    p = Page(f"c16_author_{i}.html", "c16", head_title=f"{a.title} - 集团新闻")
    head_nav(p, ["集团首页", "集团概况", "新闻资讯", "企业文化", "人才招聘"])
    p.raw('<div class="news"><div class="news-head">')
    p.title(a.title)
    p.raw("</div>")
    spans(p, [f"{date_s(rng)}", "所属：工会动态"], "news-sub")
    p.raw('<div class="news-text">')
    p.body(a)
    p.raw("</div>")
    block(p, "author-box", ["关于作者", "集团工会办公室 负责职工服务、宣传与联络"])
    p.raw('<div id="comments">')
    p.chrome(f"网友留言（{rng.randint(1, 4)}）", tag="h4")
    for who, said in [("匿名用户", "总结得很全面"), ("一线职工", "为工会点赞")]:
        p.chrome(f"{who}：{said}", tag="p")
    p.chrome("说两句", tag="p")
    p.raw("</div></div>")
    footer(p, ["版权所有 北辰建工集团有限公司"])
    return p


def build() -> list[Page]:
    rng = random.Random(SEED)
    P: list[Page] = []
    P.append(c01_school_cms(rng, 1, make(rng, "school", org="松川区实验小学", org_in="title", year=2022,
                                         year_in="title", kind="summary"), "松川区实验小学"))
    P.append(c01_school_cms(rng, 2, make(rng, "school", org="松川五中", org_in="text", year=2023, year_in="text",
                                         kind="plan"), "松川五中"))
    P.append(c02_district_union(rng, 1, make(rng, "street", org="清河区长桥街道", org_in="title", year=2022,
                                             year_in="title", kind="summary")))
    P.append(c02_district_union(rng, 2, make(rng, "enterprise", org="清河燃气公司", org_in="title", year=2023,
                                             year_in="half", kind="summary")))
    P.append(c03_hospital(rng, 1, make(rng, "hospital", org="南湖市第二人民医院", org_in="title", year=2022,
                                       year_in="title", kind="summary")))
    P.append(c03_hospital(rng, 2, make(rng, "hospital", org=None, org_in="none", year=2023, year_in="title",
                                       kind="plan")))
    P.append(c04_enterprise(rng, 1, make(rng, "enterprise", org="江屿装备", org_in="text", year=2022, year_in="title",
                                         kind="summary")))
    P.append(c04_enterprise(rng, 2, make(rng, "enterprise", org=None, org_in="none", year=2024, year_in="title",
                                         kind="plan")))
    P.append(c05_wechat_mirror(rng, 1, make(rng, "kinder", org="桂园幼儿园", org_in="title", year=2022,
                                            year_in="xuenian", kind="summary"), "桂园幼儿园工会"))
    P.append(c05_wechat_mirror(rng, 2, make(rng, "agency", org="溪口县财政局", org_in="sign", year=2023,
                                            year_in="title", kind="plan"), "溪口财政"))
    P.append(c06_doclib(rng, 1, make(rng, "school", org=None, org_in="none", year=None, year_in="none",
                                     kind="summary")))
    P.append(c06_doclib(rng, 2, make(rng, "enterprise", org=None, org_in="none", year=2023, year_in="anon",
                                     kind="plan")))
    P.append(c07_template(rng, 1, make(rng, "school", org=None, org_in="none", year=2022, year_in="title",
                                       kind="summary")))
    P.append(c07_template(rng, 2, make(rng, "kinder", org=None, org_in="none", year=2023, year_in="title",
                                       kind="plan")))
    P.append(c08_university(rng, 1, make(rng, "university", org="江城师范大学", org_in="title", year=2022,
                                         year_in="xuenian", kind="summary")))
    P.append(c08_university(rng, 2, make(rng, "university", org="江城师范大学", org_in="text", year=2023,
                                         year_in="title", kind="plan")))
    P.append(c09_bureau_table(rng, 1, make(rng, "edu_union", org="溪口县教育工会", org_in="title", year=2022,
                                           year_in="title", kind="summary")))
    P.append(c09_bureau_table(rng, 2, make(rng, "school", org="溪口县城关中学", org_in="title", year=2023,
                                           year_in="title", kind="plan")))
    P.append(c10_blog(rng, 1, make(rng, "school", org=None, org_in="none", year=2022, year_in="title",
                                   kind="summary")))
    P.append(c10_blog(rng, 2, make(rng, "school", org="东坪镇中心小学", org_in="sign", year=2023, year_in="title",
                                   kind="plan")))
    P.append(c11_mobile(rng, 1, make(rng, "enterprise", org="北岭煤业", org_in="title", year=2022, year_in="title",
                                     kind="summary")))
    P.append(c11_mobile(rng, 2, make(rng, "agency", org=None, org_in="none", year=2023, year_in="title",
                                     kind="plan")))
    P.append(c12_community(rng, 1, make(rng, "street", org="东河街道", org_in="title", year=2022, year_in="title",
                                        kind="summary")))
    P.append(c12_community(rng, 2, make(rng, "street", org=None, org_in="none", year=2023, year_in="half_date",
                                        kind="summary")))
    P.append(c13_association(rng, 1, make(rng, "enterprise", org=None, org_in="none", year=2022, year_in="title",
                                          kind="summary")))
    P.append(c13_association(rng, 2, make(rng, "school", org="河口二中", org_in="title", year=2023, year_in="title",
                                          kind="plan")))
    P.append(c14_city_union(rng, 1, make(rng, "agency", org="北川市住建局", org_in="title", year=2022, year_in="title",
                                         kind="summary")))
    P.append(c14_city_union(rng, 2, make(rng, "town", org="北川市双河镇", org_in="title", year=2023, year_in="title",
                                         kind="plan")))
    P.append(c15_school_labels(rng, 1, make(rng, "school", org="梅岭小学", org_in="title", year=2022,
                                            year_in="xuenian", kind="summary")))
    P.append(c15_school_labels(rng, 2, make(rng, "kinder", org=None, org_in="none", year=2023, year_in="title",
                                            kind="plan")))
    P.append(c16_enterprise_author(rng, 1, make(rng, "enterprise", org="北辰建工", org_in="title", year=2022,
                                                year_in="title", kind="summary")))
    P.append(c16_enterprise_author(rng, 2, make(rng, "enterprise", org=None, org_in="none", year=2023,
                                                year_in="half", kind="summary")))
    return P


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default="corpus/dev")
    args = ap.parse_args(argv)
    return write_collection(build(), Path(args.out), "web3")


if __name__ == "__main__":
    raise SystemExit(main())
