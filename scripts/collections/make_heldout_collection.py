"""Write the HELD-OUT ingestion collections and their answer keys (deterministic).

    PYTHONPATH=$PWD .venv/bin/python scripts/collections/make_heldout_collection.py [--out corpus/heldout]

Writes corpus/heldout/web/ + web.key.jsonl (web pages in many site styles) and
corpus/heldout/district_dongcheng/ + district_dongcheng.key.jsonl (files as a district
education union receives them: .docx, .pdf, .html, GB18030 / UTF-16 text). Key format:
../notes/KEYFORMAT.md (one JSON object per source file). These collections are never to be
used to tune rules; see corpus/heldout/README.md.

All text is invented (heldout_text.py); the page *patterns* (chrome, markers, layouts) were
modelled on real pages studied once, none of whose text is reproduced.
"""

from __future__ import annotations

import argparse
import functools
import html
import random
import re
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout_text import OFF_TOPIC_CREATE, build_body, fill

SEED = 20261129


@functools.lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def s2t(text: str) -> str:
    return _s2t().convert(text)


PINYIN = {"結": "jié", "習": "xí", "實": "shí", "報": "bào", "總": "zǒng", "會": "huì", "開": "kāi",
          "職": "zhí", "關": "guān", "動": "dòng", "組": "zǔ", "織": "zhī", "論": "lùn"}


def add_pinyin(text: str, every: int = 1) -> str:
    """Traditional text with the site's pinyin-in-brackets noise: 總結(jié)."""
    out, k = [], 0
    for ch in text:
        out.append(ch)
        if ch in PINYIN:
            k += 1
            if k % every == 0:
                out.append(f"({PINYIN[ch]})")
    return "".join(out)


# ----------------------------------------------------------------------------- page model

_MARK = re.compile(r"\s*(【?第?[一二三四五六七八九十0-9]+篇】?|【篇[一二三四五六七八九十0-9]+】|篇[一二三四五六七八九十0-9]+"
                   r"|[一二三四五六七八九十][：:]|[0-9])$")


def unmark(title: str) -> str:
    """The title a compilation's numbered title line stands for: 工会工作总结 篇1 → 工会工作总结."""
    return _MARK.sub("", title)



@dataclass
class Article:
    title: str
    body: list[str]
    org: str | None
    org_type: str | None
    year: int | None
    kind: str
    on_topic: bool = True
    key_title: str | None = None  # when the expected title differs from the title line (pinyin noise)
    title_in_text: bool = True  # False: no title line in the file (title comes from elsewhere)
    heads: list[int] = field(default_factory=list)

    def key(self) -> dict:
        return {
            "title": unmark(self.key_title or self.title),
            "org": self.org,
            "org_type": self.org_type,
            "year": self.year,
            "kind": self.kind,
            "on_topic": self.on_topic,
            "first": self.body[0],
            "last": self.body[-1],
            "body": list(self.body),
        }


@dataclass
class Page:
    source: str
    style: str
    items: list = field(default_factory=list)  # (role, text, tag, article_index)
    articles: list[Article] = field(default_factory=list)

    def chrome(self, text: str, tag: str = "div") -> None:
        self.items.append(("chrome", text, tag, None))

    def add(self, art: Article, title_tag: str = "h2", body_tag: str = "p") -> None:
        self.articles.append(art)
        i = len(self.articles) - 1
        if art.title_in_text:
            self.items.append(("title", art.title, title_tag, i))
        for j, line in enumerate(art.body):
            tag = "h3" if j in art.heads and body_tag == "p" else body_tag
            self.items.append(("body", line, tag, i))

    def key(self) -> dict:
        return {
            "source": self.source,
            "style": self.style,
            "articles": [a.key() for a in self.articles],
            "chrome": [t for r, t, _, _ in self.items if r == "chrome"],
        }

    # renderers -------------------------------------------------------------
    def to_txt(self, indent: bool = True, blank: bool = True) -> str:
        out = []
        for role, text, _tag, _ in self.items:
            if role == "body" and indent:
                out.append("\u3000\u3000" + text)
            else:
                out.append(text)
            if blank:
                out.append("")
        return "\n".join(out) + "\n"

    def to_flat(self, sep: str = " ") -> str:
        return sep.join(t for _, t, _, _ in self.items) + "\n"

    def to_html(self, page_title: str, head_extra: str = "", wrap_main: bool = True) -> str:
        parts = [
            "<!DOCTYPE html>",
            '<html lang="zh-CN"><head><meta charset="utf-8">',
            f"<title>{html.escape(page_title)}</title>",
            '<style>body{font-size:14px}.nav a{margin:0 4px}</style>',
            "<script>var _hmt=_hmt||[];(function(){var hm=document.createElement('script');})();</script>",
            head_extra,
            "</head><body>",
        ]
        in_main = False
        for role, text, tag, _ in self.items:
            if role != "chrome" and not in_main and wrap_main:
                parts.append('<div class="content" id="article">')
                in_main = True
            if role == "chrome" and in_main and tag not in ("span-in", "p-in"):
                parts.append("</div>")
                in_main = False
            parts.append(render_tag(tag, text))
        if in_main:
            parts.append("</div>")
        parts.append("<script>document.write('');</script></body></html>")
        return "\n".join(parts) + "\n"


def render_tag(tag: str, text: str) -> str:
    esc = html.escape(text)
    if tag == "nav":  # a link bar: items separated by " | " (or ">"), each a link
        for sep in (" | ", " > ", ">", " ›"):
            if sep in text:
                links = [f'<a href="/c{k}/">{html.escape(x)}</a>' for k, x in enumerate(text.split(sep))]
                return f'<div class="nav">{html.escape(sep).join(links)}</div>'
        return f'<div class="nav"><a href="/">{esc}</a></div>'
    if tag == "li":
        return f'<ul class="list"><li><a href="/a/{zlib.crc32(text.encode()) % 99991}.html">{esc}</a></li></ul>'
    if tag in ("span-in", "p-in"):
        return f'<p class="note">{esc}</p>'
    if tag == "td":  # a table row: cells separated by " | "
        cells = "".join(f"<td>{html.escape(c)}</td>" for c in text.split(" | "))
        return f'<table class="plan"><tr>{cells}</tr></table>'
    if tag in ("h1", "h2", "h3", "p", "div", "footer", "span", "strong"):
        klass = ' class="ft"' if tag == "footer" else ""
        return f"<{tag}{klass}>{esc}</{tag}>"
    return f"<div>{esc}</div>"


# ----------------------------------------------------------------------------- helpers


def make_article(rng, *, title, org, org_type, year, kind, themes, text_org="same", heading_style="cn",
                 sign=True, date=None, on_topic=True, key_title=None) -> Article:
    """text_org: the organisation as written in the text ("same"), or None (text never names it)."""
    named = org if text_org == "same" else text_org
    body, heads = build_body(rng, org=named, year=year if year else None, kind=kind, themes=themes,
                             heading_style=heading_style, sign=sign, date=date)
    return Article(title=title, body=body, org=org, org_type=org_type, year=year, kind=kind,
                   on_topic=on_topic, key_title=key_title, heads=heads)


def generic(rng, title, kind, themes, heading_style="cn", year_text=None, sign=False):
    """A template-site article with no organisation and no stated year (xx placeholders)."""
    body, heads = build_body(rng, org=None, year=None, kind=kind, themes=themes,
                             heading_style=heading_style, sign=sign)
    if year_text:
        body[0] = body[0].replace("今年", year_text).replace("本年度", year_text)
    return Article(title=title, body=body, org=None, org_type=None, year=None, kind=kind, heads=heads)


T_ALL = ["维权", "送温暖", "文体活动", "民主管理", "组织建设"]


def themes(rng, k=3):
    return rng.sample(T_ALL, k)


INTRO_SUMMARY = "总结是对一段时间工作的回顾和梳理，能帮助我们看清得失、理清思路。下面是小编为大家整理的{t}，供大家参考，希望对你有所帮助。"
INTRO_PLAN = "凡事预则立，不预则废，一份好的计划能让工作有条不紊。以下是小编精心收集的{t}，欢迎阅读借鉴。"


# ----------------------------------------------------------------------------- web styles


def style_fanwen_breadcrumb(rng, n):
    """Template site: breadcrumb, 投诉建议, meta line with 我要投稿, intro by 小编, 篇N markers, 相关推荐, ICP."""
    pages = []
    specs = [
        ("工会工作总结", "summary", "（通用3篇）", " 篇{i}", False),
        ("医院工会工作计划", "plan", "（精选3篇）", "{i}", False),
        ("乡镇工会年度工作总结", "summary", "", "{i}", True),
    ]
    for k, (topic, kind, count, marker, related_top) in enumerate(specs[:n]):
        site = ["快学范文网", "好写文库", "职场范文吧"][k]
        p = Page(f"fanwen{k + 1:02d}.html", "fanwen_breadcrumb")
        p.chrome(f"您的位置：{site}>范文>工作总结>{topic}>{topic}", "nav")
        p.chrome("投诉建议", "span")
        p.chrome(topic, "h1")
        p.chrome(f"时间：202{k + 1}-0{k + 3}-1{k} {k + 8:02d}:14:55 {topic} 我要投稿", "div")
        if related_top:
            p.chrome("• 相关推荐", "div")
        p.chrome((INTRO_PLAN if kind == "plan" else INTRO_SUMMARY).format(t=topic), "p")
        if count:
            p.chrome(topic + count, "h2")
        for i in range(1, 4):
            title = topic + marker.format(i=i)
            if kind == "plan" and i == 2:
                art = make_article(rng, title=title, org="青禾县人民医院", org_type="other", year=None,
                                   kind="plan", themes=themes(rng))
            else:
                art = generic(rng, title, kind, themes(rng), heading_style=rng.choice(["cn", "paren"]))
                art.org_type = None if k == 0 else "other"
            if k == 0 and i == 2:  # stray characters the site injects into words
                art.body[1] = art.body[1][:6] + "`" + art.body[1][6:]
                art.body[2] = art.body[2][:5] + "." + art.body[2][5:]
            p.add(art, title_tag="h3")
        p.chrome("相关推荐", "h3")
        for t in [f"{topic}范文", f"2024年{topic}精选", f"{topic}怎么写", "个人年终工作总结"]:
            p.chrome(t, "li")
        p.chrome(f"Copyright © 2012-2024 {site} All Rights Reserved.", "footer")
        p.chrome(f"沪ICP备1{k}0{k}8765号-2", "footer")
        pages.append((p, p.to_html(f"{topic}_{site}")))
    return pages


def style_trad_pinyin(rng):
    pages = []
    for k, (topic, kind) in enumerate([("機關工會工作總結", "summary"), ("企業工會工作計劃", "plan")]):
        p = Page(f"xuexi_trad{k + 1}.html", "trad_pinyin")
        p.chrome(add_pinyin("學習啦 > 實用范文 > 報告總結 > 工作總結 > " + topic), "nav")
        p.chrome(add_pinyin(f"2023年{topic}3篇"), "h1")
        p.chrome(f"時間: 玉鳳63{k} 分享", "div")
        p.chrome(add_pinyin(f"  本文是2023年的{topic}，僅供參考。"), "p")
        orgs = [("市水利局機關", "agency"), ("南岸区审计局机关", "agency")] if kind == "summary" else \
               [("恒远机械有限公司", "enterprise"), ("宏达物流公司", "enterprise")]
        for i, cn in enumerate("一二"):
            org, ot = orgs[i]
            org_t = s2t(org)
            art = make_article(rng, title="", org=org_t, org_type=ot, year=2023, kind=kind, themes=themes(rng),
                               text_org=org_t if i == 0 else None)
            if i == 1:
                art.org = None
                art.org_type = "enterprise" if kind == "plan" else "agency"
            art.body = [add_pinyin(s2t(x), every=2) for x in art.body]
            plain = f"2023年{topic}{cn}："
            art.title = add_pinyin(plain)
            art.key_title = plain
            p.add(art, title_tag="p")
        p.chrome(add_pinyin("看了“2023年" + topic + "”的人還看了："), "div")
        for t in ["2023年黨支部工作總結", "個人年度工作總結範文"]:
            p.chrome(add_pinyin(t), "li")
        pages.append((p, p.to_html(add_pinyin(topic))))
    return pages


def style_doclib(rng):
    pages = []
    # 1: simplified document library
    p = Page("wenku_lib1.html", "doclib")
    title = "2019年卫生院工会工作计划"
    p.chrome("欢迎来到天天好文库", "div")
    p.chrome("浏览记录", "span")
    p.chrome("ID:27651234", "span")
    p.chrome("大小:16.21 KB", "span")
    p.chrome("页数:3页", "span")
    p.chrome("时间:2019-01-05", "span")
    p.chrome(f"《{title}》由会员上传分享，免费在线阅读，更多相关内容在应用文档-天天好文库。", "div")
    art = make_article(rng, title=title, org="石门镇卫生院", org_type="other", year=2019, kind="plan",
                       themes=themes(rng), text_org=None)
    art.org = None
    art.org_type = "other"
    p.add(art, title_tag="h2")
    p.chrome("已阅读3页，还剩1页未读 继续免费阅读", "div")
    p.chrome("下载本文档", "span")
    p.chrome("版权说明：本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领", "div")
    pages.append((p, p.to_html(title + "-天天好文库")))
    # 2: traditional library with page-image alt lines and an upload notice
    p = Page("wenku_lib2.html", "doclib")
    title = s2t("幼儿园工会计划")
    for i in range(1, 4):
        p.chrome(f"{title}_第{i}頁", "div")
    p.chrome("已閱讀3頁，還剩2頁未讀 繼續免費閱讀", "div")
    p.chrome("下載本文檔", "span")
    p.chrome(s2t("版权说明：本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领"), "div")
    p.chrome("文檔簡介", "h3")
    art = generic(rng, title, "plan", themes(rng))
    art.body = [s2t(x.replace("我单位", "我园").replace("我校", "我园").replace("本单位", "本园")) for x in art.body]
    art.org_type = "school"
    p.add(art, title_tag="p")
    p.chrome("網站客服QQ:40307493", "div")
    pages.append((p, p.to_html(title)))
    return pages


def style_flat(rng):
    out = []
    # 1: one-line compilation, 一:/二: numbered repeated titles
    p = Page("flat_kindergarten.txt", "flat_oneline")
    p.chrome("精选优质文档-倾情为你奉上", "div")
    p.chrome("XX年幼儿园工会计划3篇", "div")
    for i, cn in enumerate("一二三"):
        title = f"XX年幼儿园工会计划{cn}："
        art = generic(rng, title, "plan", themes(rng), heading_style=rng.choice(["cn", "paren"]))
        art.org_type = "school"
        p.add(art)
    p.chrome("专心---专注---专业", "div")
    out.append((p, p.to_flat(" ")))
    # 2: 文档介绍: + 【篇一：title】 markers, glued
    p = Page("flat_town_halfyear.txt", "flat_oneline")
    p.chrome("文档介绍：总工会半年工作总结", "div")
    for i, cn in enumerate("一二"):
        year = 2016 + i
        title = f"【篇{cn}：青山镇总工会{year}年上半年工作总结】"
        art = make_article(rng, title=title, org="青山镇总工会", org_type="other", year=year, kind="summary",
                           themes=themes(rng), text_org="xx镇总工会", sign=False)
        art.key_title = f"青山镇总工会{year}年上半年工作总结"
        p.add(art)
    out.append((p, p.to_flat("")))
    return out


def style_hidden(rng):
    p = Page("hidden_collection.html", "hidden_text")
    p.chrome("【推荐】工会年终总结4篇", "h1")
    p.chrome("总结是对一个时期工作的回顾和分析，写好总结能让我们及时发现问题。下面是小编整理的工会年终总结4篇，欢迎阅读。", "p")
    a1 = generic(rng, "工会年终总结 篇1", "summary", themes(rng), year_text="20xx年")
    hidden = "……此处隐藏4211个字……"
    cut = a1.body[2]
    a1.body[2] = cut[: len(cut) // 2]
    tail = "活动，教职工之间的情谊也更深了。"
    p.articles.append(a1)
    p.items.append(("title", a1.title, "h3", 0))
    for line in a1.body[:3]:
        p.items.append(("body", line, "p", 0))
    p.items.append(("chrome", hidden, "p-in", None))
    p.items.append(("body", tail, "p", 0))
    a1.body = a1.body[:3] + [tail]
    a4 = make_article(rng, title="工会年终总结 篇4", org="新桥小学", org_type="school", year=2019, kind="summary",
                      themes=themes(rng))
    p.add(a4, title_tag="h3")
    p.chrome("工会年终总结4篇相关文章：", "div")
    for t in ["工会年终总结范文", "工会年度工作总结通用版"]:
        p.chrome(t, "li")
    return [(p, p.to_html("【推荐】工会年终总结4篇"))]


CMS = [
    # (file, org, org_type, year, kind, site nav, column, title, trap)
    ("cms_school1.html", "柳岸实验小学", "school", 2021, "summary",
     "首页 | 学校概况 | 新闻动态 | 党建工作 | 工会之窗 | 联系我们", "工会之窗", "柳岸实验小学工会2021年工作总结", "shenyi"),
    ("cms_univ1.html", "云山师范学院", "university", 2022, "plan",
     "首页 | 工会概况 | 民主管理 | 权益保障 | 文体活动 | 下载专区", "通知公告", "云山师范学院工会2022年工作计划", "zhuyao"),
    ("cms_agency1.html", "河西区财政局机关", "agency", 2020, "summary",
     "网站首页 | 机构设置 | 政务公开 | 党建园地 | 工会工作", "工会工作", "河西区财政局机关工会2020年工作总结", ""),
    ("cms_hospital1.html", "青溪镇中心卫生院", "other", 2023, "plan",
     "首页 | 医院概况 | 科室导航 | 党建工会 | 健康科普", "党建工会", "青溪镇中心卫生院工会2023年工作要点", ""),
]


def style_cms(rng):
    out = []
    for k, (fn, org, ot, year, kind, nav, col, title, trap) in enumerate(CMS):
        p = Page(fn, "cms_official")
        p.chrome("设为首页 | 加入收藏 | 联系我们", "nav")
        p.chrome(nav, "nav")
        p.chrome(f"当前位置：首页 > {col} > 正文", "div")
        art = make_article(rng, title=title, org=org, org_type=ot, year=year, kind=kind, themes=themes(rng, 4),
                           heading_style="cn")
        if trap == "shenyi":
            art.body[0] = (f"{year}年，{org}工会在校党支部的领导下认真履职。年初召开的教代会审议了学校工作报告和工会工作报告，"
                           "明确了全年任务。现将一年来的工作总结如下：")
        if trap == "zhuyao":
            art.body.insert(1, "主要工作")
            art.heads = [h + 1 for h in art.heads]
        p.items.append(("title", art.title, "h1", len(p.articles)))
        p.articles.append(art)
        p.chrome(f"发布时间：{year + (1 if kind == 'summary' else 0)}-01-1{k}  来源：{col}  作者：工会办  浏览次数：{312 + k * 47}", "div")
        p.chrome("[字号：大 中 小]", "div")
        i = len(p.articles) - 1
        for j, line in enumerate(art.body):
            p.items.append(("body", line, "h3" if j in art.heads else "p", i))
        p.chrome("分享到：", "span")
        p.chrome("【打印本页】【关闭窗口】【返回顶部】", "div")
        p.chrome("上一篇：关于开展职工秋季健步走活动的通知", "div")
        p.chrome("下一篇：工会召开委员会扩大会议", "div")
        p.chrome(f"版权所有：{org}  地址：青禾市文昌路{12 + k}号  邮编：41100{k}", "footer")
        p.chrome(f"湘ICP备0500{k}123号  湘公网安备 4301020200{k}001号", "footer")
        out.append((p, p.to_html(f"{title}-{org}")))
    return out


def style_ad_ai(rng):
    out = []
    p = Page("ad_gongwen.html", "ad_top")
    p.chrome("公文高手，超级方便的公文写作神器！ 立即了解", "div")
    art = make_article(rng, title="2020年度大学工会工作总结", org="北湖理工大学", org_type="university", year=2020,
                       kind="summary", themes=themes(rng, 4), text_org=None)
    art.org = None
    p.add(art, title_tag="h1")
    p.chrome("公文高手，超级方便的公文写作神器！ 立即了解", "div")
    out.append((p, p.to_html("2020年度大学工会工作总结")))
    # AI-written plan in markdown, saved as text
    p = Page("ai_markdown_plan.txt", "ai_markdown")
    p.chrome("2024年幼儿园工会工作计划范文", "div")
    p.chrome("AI写作,ChatGPT", "div")
    body = ["#### 引言",
            "新的一年，我园工会将继续以服务教职工为宗旨，努力提升大家的幸福感和归属感，特制定本计划。"]
    heads = [0]
    for i, th in enumerate(themes(rng)):
        heads.append(len(body))
        body.append(f"#### {'一二三'[i]}、{th}方面")
        for s in rng.sample(__import__('heldout_text').PLAN[th], 2):
            body.append("– **措施**：" + fill(rng, s))
    body.append("#### 结语")
    body.append("我们相信，在全园教职工的共同努力下，各项计划一定能够落到实处。")
    art = Article(title="### 2024年幼儿园工会工作计划范文", body=body, org=None, org_type="school", year=2024,
                  kind="plan", key_title="2024年幼儿园工会工作计划范文", heads=heads)
    p.add(art)
    out.append((p, p.to_txt(indent=False, blank=False)))
    return out


def style_guide(rng):
    out = []
    for k in range(2):
        topic = ["2024年工会年度工作总结范文及计划", "公司工会年终工作总结"][k]
        p = Page(f"guide_read{k + 1}.html", "guide_reading")
        p.chrome(f"{topic}【集合3篇】", "h1")
        p.chrome(f"时间:2024-01-2{k} 11:48:56 分享:网友 下载本文", "div")
        p.chrome(f"【阅读指引】下面是网友为您精心整理分享的“{topic}”，以供您写作参考所用，整理文档很辛苦，赏杯茶钱您下走，喜欢就复制下载支持一下了！", "p")
        for i, cn in enumerate("一二三"):
            title = f"工会年度工作总结及计划【第{cn}篇】" if k == 0 else f"公司工会年终工作总结【篇{i + 1}】"
            if k == 0 and i == 0:
                art = make_article(rng, title=title, org="瑞丰纺织有限公司", org_type="enterprise", year=2023,
                                   kind="report", themes=themes(rng, 4))
            else:
                art = generic(rng, title, "summary", themes(rng), heading_style="paren")
                art.org_type = "enterprise"
                art.body[0] = art.body[0].replace("我单位", "公司").replace("我校", "公司").replace("本单位", "公司")
            p.add(art, title_tag="h2")
        p.chrome("猜你喜欢", "h3")
        for t in ["工会工作总结范文大全", "企业工会工作计划"]:
            p.chrome(t, "li")
        p.chrome("网友评论", "h3")
        p.chrome("共有0条评论", "div")
        p.chrome("发表评论 验证码： 看不清？换一张", "div")
        out.append((p, p.to_html(topic)))
    return out


def style_author_site(rng):
    out = []
    for k, enc in enumerate(["utf-8", "gb18030"]):
        topic = ["乡镇工会工作总结", "村工会工作总结"][k]
        p = Page(f"author_site{k + 1}.txt", "author_site")
        p.chrome(f"{topic}", "div")
        p.chrome(f"作者:成功达人 | 网站:www.gzzj{k}.cn", "div")
        p.chrome(f"{topic}http://www.gzzj{k}.cn/lizhi4878{k}/", "div")
        for i, cn in enumerate("一二"):
            if k == 0:
                title = f"范文{cn}:{topic}】"
                org = ["白沙镇工会联合会", "东岗镇总工会"][i]
                art = make_article(rng, title=title, org=org, org_type="other", year=2015 + i, kind="summary",
                                   themes=themes(rng))
                art.key_title = topic
            else:
                title = f"{topic}{i + 1}"
                org = ["杨柳村", "石桥村"][i]
                art = make_article(rng, title=title, org=org, org_type="other", year=None, kind="summary",
                                   themes=themes(rng), heading_style="arabic")
            p.add(art)
        p.chrome("本文来源于网络，仅供学习交流，版权归原作者所有。", "div")
        out.append((p, p.to_txt(indent=True), enc))
    return out


def style_trad_daoyu(rng):
    out = []
    p = Page("trad_daoyu1.html", "trad_daoyu")
    title = s2t("卫生工会工作计划")
    p.chrome(f"{title}", "h1")
    p.chrome("時間:2022-03-03 03:45:30", "div")
    p.chrome(s2t(f"导语：{s2t('卫生工会工作计划')}一文来源于网友上传，不代表本站观点，若需要原创文章可咨询客服老师，欢迎参考。"), "p")
    art = make_article(rng, title="", org=None, org_type="other", year=2015, kind="plan", themes=themes(rng, 4),
                       sign=False)
    art.body = [s2t(x) for x in art.body]
    art.title = title
    art.title_in_text = False
    art.key_title = title
    p.articles.append(art)
    for line in art.body:
        p.items.append(("body", line, "p", 0))
    p.chrome(s2t("相关范文推荐"), "h3")
    for t in ["工会工作计划范文", "卫生院年度工作计划"]:
        p.chrome(s2t(t), "li")
    out.append((p, p.to_html(title)))
    # compilation with 來源 + view count glued
    p = Page("trad_wencui.html", "trad_daoyu")
    head = s2t("有关工会年终工作总结范文汇总三篇")
    p.chrome(head, "h1")
    p.chrome("來源:文萃園 2.1W", "div")
    p.chrome(s2t("总结是对一个时期工作的回顾和分析，不如我们来写一份总结吧。以下是小编为大家整理的工会年终工作总结3篇，希望能够帮助到大家。"), "p")
    p.chrome(head, "h2")
    for i in range(1, 4):
        if i == 1:
            art = make_article(rng, title="", org="龙溪镇总工会", org_type="other", year=2018, kind="summary",
                               themes=themes(rng))
        else:
            art = generic(rng, "", "summary", themes(rng))
        art.body = [s2t(x) for x in art.body]
        art.title = s2t(f"工会年终工作总结 篇{i}")
        p.add(art, title_tag="h3")
    out.append((p, p.to_html(head)))
    return out


def style_title_mismatch(rng):
    p = Page("oncology_plan.html", "title_mismatch")
    p.chrome("松江肿瘤医院工会2018年工作计划", "h1")
    p.chrome("时间:2018-02-07 13:20:15来源:<推荐访问:工会工作计划", "div")
    art = make_article(rng, title="松江肿瘤医院工会2004年工作计划", org="松江肿瘤医院", org_type="other", year=2004,
                       kind="plan", themes=themes(rng), heading_style="arabic", sign=False)
    art.body[0] = ("在院党委领导下，按照党的十六大提出的要求，学习和贯彻《工会法》和全国工会十四大精神，"
                   "围绕医院工作，指导全年工会工作。")
    p.add(art, title_tag="p")
    p.chrome("6", "p-in")
    return [(p, p.to_html("松江肿瘤医院工会2018年工作计划"))]


def style_mobile(rng):
    out = []
    for k in range(2):
        p = Page(f"mobile_street{k + 1}.html", "mobile_glued")
        topic = ["2024街道总工会工作总结（实用3篇）", "街道工会工作总结集锦3篇"][k]
        p.chrome("首页报告工作总结 内容页", "div")
        p.chrome(topic, "h1")
        p.chrome(f"2024-0{k + 8}-26工作总结", "div")
        for i in range(1, 4):
            title = f"街道总工会工作总结 篇{i}" if k == 0 else f"街道工会工作总结{i}"
            if k == 0 and i == 2:  # an off-topic article filed under the union heading
                body = [fill(rng, s) for s in OFF_TOPIC_CREATE]
                art = Article(title=title, body=body, org=None, org_type=None, year=None, kind="summary",
                              on_topic=False, heads=[1, 3, 5])
            elif i == 1:
                org = ["柳塘街道总工会", "桂湾街道总工会"][k]
                art = make_article(rng, title=title, org=org, org_type="other", year=2024 - k, kind="summary",
                                   themes=themes(rng))
            else:
                art = generic(rng, title, "summary", themes(rng))
                art.org_type = "other"
            p.add(art, title_tag="h2")
        p.chrome("分享到：", "span")
        p.chrome("上一篇：社区工会工作总结", "div")
        p.chrome("下一篇：街道工会工作计划", "div")
        p.chrome("返回顶部", "div")
        out.append((p, p.to_html(topic)))
    return out


def style_wenku_abstract(rng):
    p = Page("qq_wenku_abstract.html", "wenku_abstract")
    title = "2024年机关工会下半年的工作计划"
    art = make_article(rng, title=title, org="青禾市直机关工会工委", org_type="agency", year=2024, kind="plan",
                       themes=themes(rng), text_org=None)
    art.org = None
    p.chrome("总结报告" + title, "div")
    p.chrome(title + " " + art.body[0][:60], "div")
    p.add(art, title_tag="h1")
    return [(p, p.to_html(title))]


def style_xiexie(rng):
    p = Page("xiexie_combo.txt", "first_piece_marker")
    t1 = "2021年团区委工会工作总结及2022年工会计划"
    p.chrome("第一篇：" + t1, "div")
    art = make_article(rng, title=t1, org="团区委", org_type="agency", year=2021, kind="report",
                       themes=themes(rng, 4), heading_style="paren")
    p.add(art)
    t2 = "2022年医院工会工作计划"
    p.chrome("第二篇：" + t2, "div")
    art = make_article(rng, title=t2, org="南江区人民医院", org_type="other", year=2022, kind="plan",
                       themes=themes(rng), text_org=None)
    art.org = None
    p.add(art)
    return [(p, p.to_txt(indent=False, blank=False))]


def style_misc(rng):
    out = []
    # tag page: no article at all
    p = Page("tag_page.html", "tag_list")
    p.chrome("工会组织有什么作用和职责", "h1")
    for t in ["工会组织有什么作用和职责", "工会多少年换届一次", "工会换届选举大会程序", "工会经费管理办法"]:
        p.chrome(t, "li")
    p.chrome("Copyright © 2024 问答聚合站", "footer")
    out.append((p, p.to_html("工会组织有什么作用和职责")))
    # how-to page: on topic, kind other
    p = Page("howto_write.html", "howto")
    p.chrome("首页 | 文章 | 问答 | 专题", "nav")
    body = ["工会工作总结一般由标题、开头、主要工作、存在问题和下一步打算几部分组成。",
            "开头部分",
            "简要交代本年度工作的总体情况，例如：“本年度，工会以服务职工为宗旨，积极开展各项工作。”",
            "主要工作及成效",
            "分条写清楚开展了哪些活动、惠及多少职工，数字要准确。",
            "存在问题及改进措施",
            "实事求是地写出不足，并提出下一年改进的办法。"]
    art = Article(title="卫生队工会工作总结怎么写", body=body, org=None, org_type=None, year=None, kind="other",
                  heads=[1, 3, 5])
    p.add(art, title_tag="h1")
    p.chrome("免责声明：本站内容仅供参考。", "footer")
    out.append((p, p.to_html("卫生队工会工作总结怎么写")))
    # a union regulation: kind other
    p = Page("rules_agency.html", "howto")
    p.chrome("机关工会工作制度", "h1")
    p.chrome("更新：2023-09-20 04:57:14 升学资料网", "div")
    body = ["为更好地发挥机关工会作用，调动职工积极性，特制定本工作制度。",
            "1、机关工会在党支部领导下开展各项工作。",
            "2、每季度召开一次工会委员会议，研究部署工会工作。",
            "3、定期召开职工大会，保障职工民主管理、民主监督的权利。",
            "4、管好用好工会经费，每年向会员公布经费收支情况。"]
    art = Article(title="机关工会工作制度", body=body, org=None, org_type="agency", year=None, kind="other")
    art.title_in_text = False
    p.articles.append(art)
    for line in body:
        p.items.append(("body", line, "p", 0))
    out.append((p, p.to_html("机关工会工作制度")))
    # plan with a month table
    p = Page("table_plan.html", "table_plan")
    p.chrome("首页 > 新闻中心 > 工会动态", "nav")
    title = "2009年工会工作计划"
    rows = ["时间 | 活动内容 | 参加范围", "一月 | 春节送温暖 职工春节联欢会 | 困难职工 全体职工",
            "三月 | 三八节女职工联欢 羽毛球比赛 | 女职工 全体职工",
            "五月 | 职工运动会 护士节书法比赛 | 全体职工 护理人员",
            "九月 | 中秋慰问 篮球比赛 | 全体职工 参赛职工",
            "十二月 | 优秀工会小组评比 全年工作总结会 | 工会小组长"]
    body = ["指导思想：在医院党政班子领导下，以服务职工为宗旨，以构建和谐医院为主线，创造性地开展工会工作。",
            "具体工作："] + rows
    art = Article(title=title, body=body, org=None, org_type="other", year=2009, kind="plan")
    p.articles.append(art)
    p.items.append(("title", title, "h2", 0))
    for j, line in enumerate(body):
        p.items.append(("body", line, "td" if j >= 2 else "p", 0))
    p.chrome("【打印】 【关闭】", "div")
    out.append((p, p.to_html(title)))
    # GBK site page with 欢迎来到 + tag line + repeated title with 。
    p = Page("fangan_gbk.txt", "welcome_tags")
    p.chrome("欢迎来到零点方案网网站!", "div")
    p.chrome("小学工会工作计划模板3篇", "div")
    p.chrome("2023-04-04", "div")
    p.chrome("小学工会工作计划 小学工会工作", "div")
    p.chrome("小学工会工作计划。", "div")
    p.chrome("在工作开始之前，一份合理的计划能帮你理清思路。也许下面的“小学工会工作计划”正合你意！", "div")
    for i in range(1, 3):
        if i == 1:
            art = make_article(rng, title=f"小学工会工作计划 【篇{i}】", org="石湾小学", org_type="school",
                               year=2023, kind="plan", themes=themes(rng))
        else:
            art = generic(rng, f"小学工会工作计划 【篇{i}】", "plan", themes(rng))
            art.org_type = "school"
        p.add(art)
    out.append((p, p.to_txt(indent=True), "gbk"))
    return out


# ----------------------------------------------------------------------------- writing


def write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if encoding == "utf-16":
        path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    elif encoding == "utf-8-sig":
        path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    else:
        path.write_bytes(text.encode(encoding))


def make_web(root: Path) -> list[dict]:
    rng = random.Random(SEED)
    out = []
    for fn in (style_fanwen_breadcrumb, style_trad_pinyin, style_doclib, style_flat, style_hidden, style_cms,
               style_ad_ai, style_guide, style_author_site, style_trad_daoyu, style_title_mismatch, style_mobile,
               style_wenku_abstract, style_xiexie, style_misc):
        got = fn(rng, 3) if fn is style_fanwen_breadcrumb else fn(rng)
        out.extend(got)
    keys = []
    for item in out:
        page, text = item[0], item[1]
        enc = item[2] if len(item) > 2 else "utf-8"
        write_text(root / page.source, text, enc)
        keys.append(page.key())
    return keys


from heldout_district import make_district
from keyed import write_collections


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="corpus/heldout")
    args = ap.parse_args(argv)
    write_collections(Path(args.out), (("web", make_web), ("district_dongcheng", make_district)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

