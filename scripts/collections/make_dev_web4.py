"""Write development collections web4 and district_nanshan and their answer keys (deterministic).

    PYTHONPATH=$PWD .venv/bin/python scripts/collections/make_dev_web4.py [--out corpus/dev]

Writes corpus/dev/web4/ + web4.key.jsonl (web pages in many site styles) and
corpus/dev/district_nanshan/ + district_nanshan.key.jsonl (files as a district union receives
them from schools, a hospital, an enterprise, an agency and a street). Key format: KEYFORMAT.md of
the team notes. Written as the second held-out set (heldout/web2, heldout/district_nanshan);
promoted to development on 2026-11-30 (see corpus/heldout/README.md).

All text is invented (web4_text.py); the page *patterns* were modelled on real pages studied
once (2026-11-29), none of whose text is reproduced.
"""

from __future__ import annotations

import argparse
import functools
import html
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from web4_text import build

SEED = 20261130


@functools.lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def s2t(text: str) -> str:
    return _s2t().convert(text)


PINYIN = {"衛": "wèi", "總": "zǒng", "結": "jié", "會": "huì", "計": "jì", "劃": "huà", "職": "zhí", "進": "jìn",
          "體": "tǐ", "動": "dòng", "實": "shí", "開": "kāi", "組": "zǔ", "織": "zhī", "權": "quán", "關": "guān"}


def add_pinyin(text: str) -> str:
    return "".join(ch + (f"({PINYIN[ch]})" if ch in PINYIN else "") for ch in text)


# ----------------------------------------------------------------------------- page model


@dataclass
class Art:
    title: str  # the title as the key gives it
    body: list[str]
    org: str | None
    org_type: str | None
    year: int | None
    kind: str
    on_topic: bool = True

    def key(self) -> dict:
        return {"title": self.title, "org": self.org, "org_type": self.org_type, "year": self.year,
                "kind": self.kind, "on_topic": self.on_topic, "first": self.body[0], "last": self.body[-1],
                "body": list(self.body)}


@dataclass
class Page:
    source: str
    style: str
    items: list = field(default_factory=list)  # (role, text, tag)
    arts: list[Art] = field(default_factory=list)
    chrome_lines: list[str] = field(default_factory=list)
    head_title: str = ""

    def c(self, text: str, tag: str = "div") -> None:
        """A chrome line."""
        self.items.append(("chrome", text, tag))
        self.chrome_lines.append(text)

    def t(self, text: str, tag: str = "h2") -> None:
        """A title line as the page prints it (may carry the site's numbering)."""
        self.items.append(("title", text, tag))

    def b(self, art: Art, heads=(), title_line: str | None = None, title_tag: str = "h2", body_tag: str = "p",
          body_lines: list[str] | None = None) -> None:
        self.arts.append(art)
        if title_line is not None:
            self.t(title_line, title_tag)
        for j, line in enumerate(body_lines or art.body):
            self.items.append(("body", line, "h3" if j in heads and body_tag == "p" else body_tag))

    def key(self) -> dict:
        return {"source": self.source, "style": self.style, "articles": [a.key() for a in self.arts],
                "chrome": list(self.chrome_lines)}

    def html(self, extra_head: str = "") -> str:
        out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">",
               f"<title>{html.escape(self.head_title or (self.arts[0].title if self.arts else '页面'))}</title>",
               extra_head, "</head><body>"]
        for role, text, tag in self.items:
            cls = {"chrome": "side", "title": "tt", "body": "ct"}[role]
            if tag == "nav":
                links = "".join(f"<a href=\"#\">{html.escape(x.strip())}</a> " for x in text.split("|"))
                out.append(f"<div class=\"nav\">{links.strip()}</div>")
            else:
                out.append(f"<{tag} class=\"{cls}\">{html.escape(text)}</{tag}>")
        out.append("</body></html>")
        return "\n".join(out) + "\n"

    def txt(self, indent: bool = False, sep: str = "\n") -> str:
        lines = []
        for role, text, _ in self.items:
            lines.append(("\u3000\u3000" + text) if indent and role == "body" else text)
        return sep.join(lines) + "\n"


def A(rng, title, org, ot, year, kind, themes, body_org=None, on_topic=True, **kw) -> tuple[Art, list[int]]:
    lines, heads = build(rng, org=body_org if body_org is not None else org, year=year, kind=kind,
                         themes=themes, **kw)
    return Art(title, lines, org, ot, year, kind, on_topic), heads


SCHOOL = ["维权", "送温暖", "文体活动", "民主管理", "师德", "自身建设"]
WORK = ["维权", "送温暖", "文体活动", "民主管理", "安全生产", "自身建设"]


def th(rng, pool=SCHOOL, k=3):
    return rng.sample(pool, k)


# ----------------------------------------------------------------------------- web styles


def st_cms_univ(rng):
    """University union CMS: 发布人/发布时间/浏览次数, image file names, 发稿/审核 line, footer."""
    pages = []
    for n, (title, org, year, kind, opening) in enumerate([
        ("青川大学工会2023年工作要点", "青川大学", 2023, "plan", None),
        ("在青川理工学院第五届教职工代表大会第三次会议上的工会工作报告", "青川理工学院", 2022, "report", None),
    ], 1):
        p = Page(f"univ_cms{n}.html", "univ_cms")
        p.c("首页 | 工会概况 | 工作动态 | 教代会 | 文体协会 | 下载中心", "nav")
        p.c("当前位置：首页 >> 工作动态 >> 通知公告" if n == 1 else "您现在的位置：首页 > 教代会 > 会议文件")
        a, _h = A(rng, title, org, "university", year, kind, th(rng, k=4), unit="学校", party="学校党委",
                 upper="省教育工会", year_txt="2022年" if kind == "report" else None)
        p.t(title, "h1")
        p.c(f"发布人：admin    发布时间：2023-0{n + 1}-1{n}    浏览次数：{312 + 41 * n}")
        body = list(a.body)
        body.insert(2, f"2023032{n}10{n}5.png")  # an image file name as the caption text
        p.chrome_lines.append(body[2])
        for j, line in enumerate(body):
            p.items.append(("chrome" if j == 2 else "body", line, "p"))
        p.arts.append(a)
        p.c(f"（发稿：校工会  审核：{['林晓岚', '顾文博'][n - 1]}）")
        p.c("【关闭】 【打印】")
        p.c("上一条：校工会召开分工会主席工作会议")
        p.c("下一条：关于开展教职工健步走活动的通知")
        p.c(f"版权所有 © {org}工会  地址：青川市江北大道{88 * n}号  邮编：61{n}000")
        pages.append((p, p.html()))
    return pages


def st_wechat_mirror(rng):
    """A public-account article seen through a mirror site: unrelated headlines on top, account line,
    short slogan lines, image names, 查看原文 / share lines."""
    pages = []
    for n, (title, org, ot, year, kind) in enumerate([
        ("春风十里，工会这样干！——青川实验中学工会2024年工作安排", "青川实验中学", "school", 2024, "plan"),
        ("一图读懂｜禾丰农商银行工会2023年工作回顾", "禾丰农商银行", "enterprise", 2023, "summary"),
    ], 1):
        p = Page(f"wechat_mirror{n}.html", "wechat_mirror")
        for x in ["某地暴雨致多条道路积水，交警提示绕行", "年底个税汇算要点一览", "这种水果别空腹吃，医生提醒"]:
            p.c(x)
        p.c("生成图片，分享到微信朋友圈")
        p.c("自由微信安卓APP发布，立即下载！ | 提交文章网址")
        p.c("查看原文")
        p.t(title, "h2")
        p.c(f"{'奋进的' if n == 1 else ''} {org}工会 2024-0{n + 1}-0{n + 4}".strip())
        a, _h = A(rng, title, org, ot, year, kind, th(rng, WORK if ot == "enterprise" else SCHOOL, 3),
                 style="paren", unit="学校" if ot == "school" else "行里", party="党委")
        intro = ["新年新气象", "“娘家人”今年怎么干？", "一起来看——"] if n == 1 else ["这一年", "我们一起走过"]
        a.body = intro + a.body
        p.b(a)
        if n == 2:
            p.items.insert(len(p.items) - len(a.body) + 2, ("chrome", "↓↓↓", "p"))
            p.chrome_lines.append("↓↓↓")
        p.c("01.jpg")
        p.c("编辑：工会办公室  审核：张一帆" if n == 1 else "文字：李清 图片：王浩 责编：陈默")
        p.c("阅读 1208" if n == 1 else "阅读 563 在看 12")
        p.c("微信扫一扫关注该公众号")
        pages.append((p, p.html()))
    return pages


def st_doclib_bingdou(rng):
    """Document library: '- 文档编号:' list, 《…》由会员分享…请在…网上搜索, 导读, and articles
    numbered (一)(二) — the number line stands alone above each article."""
    p = Page("doclib_bingdou.html", "doclib_meta")
    page_title = "最新街道工会工作计划范文.docx"
    p.c(page_title, "h1")
    for x in ["- 文档编号：31870542", "- 上传时间：2023-07-04", "- 格式：DOCX", "- 页数：8", "- 大小：21.39KB"]:
        p.c(x, "li")
    p.c(f"{page_title}")
    p.c(f"《{page_title}》由会员分享，可在线阅读，更多相关《{page_title}(8页珍藏版)》请在冰豆网上搜索。")
    p.c("最新街道工会工作计划范文")
    p.c("导读：")
    p.c("本文是关于最新街道工会工作计划范文，希望能帮助到您！")
    used: set = set()
    for i, (org, y) in enumerate([("柳岸街道总工会", 2021), (None, None)]):
        p.c(f"（{'一二'[i]}）", "p")
        title = "柳岸街道总工会2021年工作计划" if org else "街道工会工作计划"
        p.t(title, "p")
        a, h = A(rng, title, org, "other", y, "plan", th(rng, WORK, 3), unit="街道",
                 party="街道党工委", upper="区总工会", used=used, style="cn" if i == 0 else "arabic",
                 body_org="柳岸街道总" if org else "街道")
        p.b(a, h)
    p.c("相关资源：社区工会工作计划 | 街道妇联工作计划 | 街道团工委工作计划")
    return [(p, p.html())]


def st_preview_360(rng):
    """Preview site: 合集下载, numbered download disclaimers, the title printed three times, spun
    synonym text (教员工, 踊跃)."""
    p = Page("preview_docs.html", "preview_disclaimer")
    title = "2020中学工会工作总结及计划"
    p.c("中学2020年度工会工作总结", "h1")
    p.c("合集下载")
    for x in ["1. 1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑、内容补充、找答案等附加服务。",
              "2. 2、\"仅部分预览\"的文档，不可在线预览部分如存在完整性等问题，可反馈申请退款。",
              "3. 3、如文档侵犯您的权益，请联系客服反馈，我们会尽快为您处理（人工客服工作时间：9:00-18:30）。"]:
        p.c(x, "li")
    lines = ["2020年，我们松溪中学工会在县教育工会和校委会的领导下，环绕学校办学目标，调换和发挥教员工的工作踊跃性，各项工作稳步展开。",
             "一、仔细组织换届选举，按期召开教员工大会",
             "今年4月，依照县教育工会要求，严格按程序选举出新一届工会委员会，召开了第三届一次教员工大会。",
             "大会审议了学校工作报告和财务报告，征集提案11件，已所有答复。",
             "二、关怀教员工生活，办好暖心实事",
             "为生病住院的教员工送去慰劳，全年探望14人次；为退休教员工举行欢送会。",
             "春节前走访困难教员工6户，送去慰劳金4800元。",
             "三、展开文体活动，丰富教员工业余生活",
             "举行教员工拔河赛和迎新年联欢会，参加教员工152人次。",
             "2021年，工会将持续环绕学校中心工作，把服务做细，把活动做实。",
             "松溪中学工会",
             "2020年12月30日"]
    a = Art(title, lines, "松溪中学", "school", 2020, "report")
    p.b(a, title_line=title, title_tag="h2")
    p.c("本文档由用户上传，如有侵权请联系删除")
    p.c("© 2013-2024 360文档中心 | 鲁ICP备12001234号-5")
    return [(p, p.html())]


def st_chunked_flat(rng):
    """A document-library preview flattened to one paragraph, with the library's chunk numbers
    (1、 2、 3、) dropped into the middle of sentences."""
    title = "2023年学校工会工作计划5篇.docx"
    seg_chrome1 = f"《{title}》由会员分享，可在线阅读，更多相关《{title}(19页珍藏版)》请在淘文库网上搜索。"
    a, _ = A(rng, "2023年学校工会工作安排", "石门镇第三小学", "school", 2023, "plan", th(rng, SCHOOL, 3),
             unit="学校", party="学校党支部", style="paren", per=(2, 2))
    # the chunk markers cut two body lines in two: key body lists the pieces as they stand
    body = list(a.body)
    cut1 = body[2][: len(body[2]) // 2], body[2][len(body[2]) // 2:]
    cut2 = body[-3][: len(body[-3]) // 2], body[-3][len(body[-3]) // 2:]
    segs = ["1、2023年学校工会工作计划5篇", "2023年学校工会工作安排"] + body[:2] + [cut1[0], "2、" + cut1[1]]
    segs += body[3:-3] + [cut2[0], "3、" + cut2[1]] + body[-2:]
    key_body = body[:2] + [cut1[0], cut1[1]] + body[3:-3] + [cut2[0], cut2[1]] + body[-2:]
    a.body = key_body
    p = Page("chunked_preview.txt", "chunked_flat")
    p.chrome_lines = [seg_chrome1, "1、2023年学校工会工作计划5篇"]
    p.arts.append(a)
    text = seg_chrome1 + " " + " ".join(segs) + "\n"
    return [(p, text)]


def st_trad_taiwanized(rng):
    """Traditional page from a machine-converted site: nav words in one line, 欄目/釋出於/人氣 meta,
    the title repeated after the first paragraph (an image's alt text)."""
    p = Page("trad_syfw.html", "trad_meta")
    p.c("網站首頁 工作範例 辦公範例 個人範例 黨團範例 簡歷範例 學生範例 其他範例")
    title = "電業局工會2019年工作總結"
    p.t(title, "h1")
    p.c("欄目: 工會工作總結 / 釋出於: / 人氣:2.41W")
    a, h = A(rng, title, "雲嶺電業局", "enterprise", 2019, "summary", th(rng, WORK, 3), unit="全局",
             party="局黨委", style="paren")
    body = [s2t(x).replace("支持", "支援").replace("全局", "全域性") for x in a.body]
    a.body = body
    for j, x in enumerate(body):
        p.items.append(("body", x, "h3" if j in h else "p"))
        if j == 0:
            p.c(title + "_配圖", "p")  # image alt text repeating the title
    p.arts.append(a)
    p.c("猜你喜歡")
    p.c("供電所工會工作總結範文 | 電廠工會年度工作計劃")
    p.c("Copyright © 2024 範例網 蜀ICP備17001122號")
    return [(p, p.html())]


def st_pdf_spaced(rng):
    """Text copied out of a PDF viewer: spaces inside words, lines broken mid-sentence, a
    '第 1 页 共 3 页' line in the middle of a paragraph; saved as UTF-16 text."""
    title = "2022年上半年煤矿工会女职工工作总结"
    a, _ = A(rng, title, "东岭煤矿", "enterprise", 2022, "summary", ["安全生产", "送温暖", "文体活动"],
             unit="矿", party="矿党委", year_txt="2022年上半年", per=(2, 2))
    # spaces inserted inside the text, as the viewer copies it
    spaced = [x[:7] + " " + x[7:14] + " " + x[14:] if len(x) > 20 else x for x in a.body]
    lines = [title, ""]
    for j, x in enumerate(spaced):
        if j == 3:  # a page marker inside this paragraph
            half = len(x) // 2
            lines += [x[:half], "第 1 页 共 3 页", x[half:]]
        elif len(x) > 26:
            lines += [x[:26], x[26:]]
        else:
            lines.append(x)
    a.body = spaced
    p = Page("pdf_copy_utf16.txt", "pdf_copy_text")
    p.chrome_lines = ["第 1 页 共 3 页"]
    p.arts.append(a)
    return [(p, "\r\n".join(lines) + "\r\n", "utf-16")]


def st_news_portal(rng):
    """Industry news portals: a nav line of words, a source/date/section line, 【本网讯】 glued to the
    first sentence, the reporter's name in brackets, 责任编辑/来源/标签/相关报道, sponsor footer."""
    pages = []
    specs = [("news_coal.html", "聚心建家 实干暖心——红岩煤矿工会2022年工作纪实", "红岩煤矿", 2022, "summary",
              "首页  总揽  写作  煤市分析  政策法规  矿山安全  在线投稿", "煤炭信息网 2023/01/06 09:12:45    经验交流",
              "（周立新）", "责任编辑：孙可"),
             ("news_power.html", "城西供电所工会2024年工作要点", "城西供电所", 2024, "plan",
              "今天是\u3000首页 | 新闻中心 | 基层动态 | 管理论道", "作者：郑海  2024-02-18  来源：农电信息网",
              "（刘彤）", "责任编辑：冯敏")]
    for src, title, org, year, kind, nav, meta, reporter, editor in specs:
        p = Page(src, "news_portal")
        p.c(nav)
        p.c("您现在的位置：首页 > 基层动态" if "供电" in title else "当前位置：网站首页 > 新闻中心 > 矿区新闻 >")
        p.t(title, "h1")
        p.c(meta)
        a, h = A(rng, title, org, "enterprise", year, kind, th(rng, WORK, 3), unit="企业", party="党委",
                 style="di" if kind == "summary" else "cn")
        a.body[0] = "【本网讯】" + a.body[0]
        a.body[-1] = a.body[-1] + reporter
        p.b(a, h)
        p.c(editor)
        p.c("标签：工会工作，职工之家")
        p.c("相关报道")
        p.c("指导单位：省能源行业协会  主办单位：" + ("煤炭信息网" if "煤" in title else "农电信息网"))
        pages.append((p, p.html()))
    return pages


def st_fanwen_numbered(rng):
    """Writing-sample sites: 欢迎光临…, breadcrumb, 发布时间/查看人数, a page title '(N篇范文)', then
    '第1篇 title' or '【第1篇 title' as each article's title line."""
    pages = []
    specs = [
        ("第{i}篇 ", "医院工会工作总结(3篇范文)", "other", WORK, "医院", "院党委",
         [("2018年人民医院工会工作总结", "清河县人民医院", "清河县人民医院", 2018),
          ("中医院工会年终工作总结", None, "我院", None),
          ("2021年医院工会上半年工作总结", None, "我院", 2021)]),
        ("【第{i}篇 ", "区教育工会总结(三篇)", "education_union", SCHOOL, "全区教育系统", "区教育局党委",
         [("区教育工会2019年工作总结", "溪口区教育工会", "溪口区教育", 2019),
          ("区教育工会联合会工作总结", None, "区教育", None),
          ("区教育工会2022年工作总结和2023年工作思路", "溪口区教育工会", "溪口区教育", 2022)]),
    ]
    for n, (mark, page_title, ot, pool, unit, party, arts) in enumerate(specs, 1):
        p = Page(f"fanwen_numbered{n}.html", "fanwen_numbered")
        p.c("欢迎光临墨香写作网")
        p.c("当前位置：墨香写作 > 范文大全 > 工作总结 > " + ("综合工作总结" if n == 1 else "教育总结"))
        p.c(page_title, "h1")
        p.c(f"发布时间：2023-0{n + 2}-16 14:0{n}:21 查看人数：{64 + n * 29}")
        used: set = set()
        for i, (title, org, body_org, y) in enumerate(arts, 1):
            kind = "report" if "思路" in title else "summary"
            a, h = A(rng, title, org, ot, y, kind, th(rng, pool, 3), unit=unit, party=party, used=used,
                     body_org=body_org, year_txt=("2021年上半年" if "上半年" in title else None))
            if kind == "report":  # look back, then ahead
                ahead, _ = build(rng, org="", year=y + 1, kind="plan", themes=th(rng, pool, 2), used=used,
                                 style="paren")
                a.body = a.body[:-1] + [f"{y + 1}年工作思路"] + ahead[1:]
            p.b(a, h, title_line=mark.format(i=i) + title, title_tag="h3")
        p.c("上一篇：工会工作计划(6篇范文)")
        p.c("下一篇：工会年终工作总结(10篇范文)")
        pages.append((p, p.html()))
    return pages


def st_jianligu(rng):
    """A breadcrumb broken across lines ('当前位置：简历谷 >' / '职场 >工作计划 >'), title repeated,
    articles headed '局工会年度工作计划篇1' (篇N glued)."""
    p = Page("jianli_plan.html", "crumb_broken")
    p.c("当前位置：简历谷 >")
    p.c("职场 >工作计划 >")
    p.c("局工会年度工作计划精选3篇", "h1")
    p.c("局工会年度工作计划精选3篇")
    p.c("通过制定工作计划，我们可以更好地安排工作，本站小编今天就为您带来了局工会年度工作计划精选3篇，相信一定会对你有所帮助。")
    used: set = set()
    for i, (org, y) in enumerate([("桐乡市卫生健康局", 2022), (None, None), ("桐乡市住建局", 2023)], 1):
        a, h = A(rng, "局工会年度工作计划", org, "agency", y, "plan", th(rng, WORK, 3), unit="局机关",
                 party="局党组", used=used, body_org=org or "局")
        p.b(a, h, title_line=f"局工会年度工作计划篇{i}", title_tag="h3")
    p.c("局工会年度工作计划精选3篇相关文章：")
    p.c("★ 机关工会工作计划")
    p.c("★ 单位工会年度计划")
    return [(p, p.html())]


def st_zhishi(rng):
    """'1. 主页 > 知识大全 >' crumb, a page title with a garbage tail, an intro naming the site, and
    article headings ('小学学校工会工作总结 篇一') unlike the page title."""
    p = Page("zhishi_list.html", "crumb_numbered")
    p.c("1. 主页 > 知识大全 >", "li")
    p.c("小学年度教育工会工作总结优秀3篇1-10-49", "h1")
    p.c("总结是对某一阶段工作的回顾，这里是家长帮www.jiazhangbang.example可爱的小编为大家收集整理的小学年度教育工会工作总结优秀3篇，仅供参考。")
    used: set = set()
    for i, (title, org, y) in enumerate([("小学学校工会工作总结", None, None),
                                         ("乡中心小学教育工会年度工作总结", "芦溪乡中心小学", 2016),
                                         ("小学工会年度工作总结", None, 2017)]):
        a, h = A(rng, title, org, "school", y, "summary", th(rng, SCHOOL, 3), unit="学校", party="学校党支部",
                 used=used, body_org=org or "我校", style="cn")
        p.b(a, h, title_line=f"{title} 篇{'一二三'[i]}", title_tag="h2")
    p.c("小学年度教育工会工作总结优秀3篇相关推荐：")
    p.c("家长帮 版权所有 粤ICP备20001357号")
    return [(p, p.html())]


def st_tagline(rng):
    """A site tag line '【site--栏目】', a meta line '栏目 date 网络整理 author', articles marked
    '篇一：' alone on a line, indented with full-width spaces (a GBK text copy)."""
    p = Page("tagline_gbk.txt", "tagline_text")
    p.c("教育局个人工作总结_教育局工会工作总结三篇")
    p.c("工会工作总结 2023-09-08 网络整理 晴天")
    p.c("【fanwen.example.com--工会工作总结】")
    used: set = set()
    for i, (org, y) in enumerate([("平原县教育工会", 2020), ("平原县教育工会", 2021), (None, None)]):
        p.c(f"\u3000\u3000篇{'一二三'[i]}：")
        a, _h = A(rng, "教育局工会工作总结", org, "education_union", y, "summary", th(rng, SCHOOL, 3),
                 unit="全县教育系统", party="县教育局党委", upper="县总工会", used=used,
                 body_org="平原县教育" if org else "我们")
        for x in a.body:
            p.items.append(("body", "\u3000\u3000" + x, "p"))
        p.arts.append(a)
    p.c("相关热词搜索：教育局工会工作总结 教育局个人工作总结")
    return [(p, p.txt(), "gbk")]


def st_mobile_spam(rng):
    """Mobile page of a Traditional site: an SEO keyword line on top, 時間/總結/我要投稿, a 相關推薦 tab,
    pinyin in brackets, articles '醫院工會工作總結 篇1'."""
    p = Page("mobile_trad_pinyin.html", "mobile_trad")
    p.c("足球比分直播,彩票走勢圖,免費小說在線閱讀,高清影視大全,手機遊戲下載")
    p.c(add_pinyin("工作總結頻道"), "h1")
    p.c(add_pinyin("時間:2023-12-27 11:44:28 總結 我要投稿"))
    p.c(add_pinyin("相關推薦"), "li")
    page_title = "2023年醫院工會工作總結范文(精選2篇)"
    p.c(add_pinyin(page_title), "h2")
    p.c(add_pinyin("時間飛快，一段時間的工作已經結束了，以下是小編為大家收集的醫院工會工作總結范文，希望對大家有所幫助。"))
    used: set = set()
    for i, (org, y) in enumerate([("松林縣中醫院", 2023), (None, None)], 1):
        a, h = A(rng, "醫院工會工作總結", org, "other", y, "summary", th(rng, WORK, 3), unit="醫院",
                 party="院黨委", used=used, body_org=org or "我院")
        a.body = [add_pinyin(s2t(x)) for x in a.body]
        p.b(a, h, title_line=add_pinyin(f"醫院工會工作總結 篇{i}"), title_tag="h3")
    p.c(add_pinyin("【醫院工會工作總結】相關文章："))
    p.c("手機版 | 電腦版 | 網站地圖")
    return [(p, p.html())]


def st_watermark(rng):
    """A flattened page where the site's watermark is injected in the middle of a sentence
    ('树原创文秘网站：立…'); the body line keeps the noise."""
    title = "供电公司工会上半年工作总结范文"
    a, _ = A(rng, title, None, "enterprise", None, "summary", ["自身建设", "民主管理", "送温暖"],
             body_org="公司", unit="公司", party="公司党委", year_txt="今年以来", per=(2, 2))
    k = 3
    x = a.body[k]
    a.body[k] = x[:9] + "原创文秘网站：" + x[9:]
    p = Page("watermark_flat.txt", "watermark_flat")
    p.chrome_lines = ["文客网 > 工作总结 > 工会工作总结", "本文由文客网用户上传，仅供学习参考"]
    p.arts.append(a)
    text = p.chrome_lines[0] + " " + title + " " + "".join(a.body) + " " + p.chrome_lines[1] + "\n"
    return [(p, text)]


def st_meeting_news(rng):
    """A local government page reporting a union meeting (on topic, kind other), byline in brackets."""
    p = Page("gov_meeting_news.html", "gov_news")
    p.c("网站首页 | 政务公开 | 工作动态 | 办事服务 | 互动交流", "nav")
    p.c("首页 > 工作动态 > 镇街动态")
    title = "荷塘街总工会召开第一届委员会第六次全体委员会议"
    p.t(title, "h1")
    p.c("发布日期：2024-03-14  来源：荷塘街道办事处  浏览次数：218")
    p.c("【字体：大 中 小】 【打印】")
    body = ["2024年3月12日上午，荷塘街总工会召开第一届委员会第六次全体委员会议，街道党工委副书记、街总工会主席出席并讲话，全体委员、经审委委员参加会议。",
            "会上，有关人员汇报了荷塘街总工会2023年工作总结及2024年工作计划，审议了2024年度工会经费预算。",
            "会议要求，2024年要抓好新就业形态劳动者入会、职工驿站提质和“娘家人”服务品牌三项重点工作。",
            "下一阶段，荷塘街总工会将持续以建设服务型工会为着力点，团结带领广大职工投身街道经济社会发展。",
            "（荷塘街道办事处）"]
    a = Art(title, body, "荷塘街总工会", "other", 2024, "other")
    p.b(a)
    p.c("扫一扫在手机打开当前页")
    p.c("主办：荷塘街道办事处  网站标识码：4401130012  粤公网安备 44011302000123号")
    return [(p, p.html())]


def st_author_pipe(rng):
    """'找总结网 > … > title' crumb, '| 思欣' author line, title+'最新', '…【10篇】篇1' markers."""
    p = Page("author_pipe.html", "author_pipe")
    page = "2022年度工会年终工作总结报告【2篇】"
    p.c(f"找总结网 > 总结报告范文 > 工会工作总结 > {page}")
    p.c(page, "h1")
    p.c("| 思欣")
    p.c(page + "最新")
    p.c("2022年度工会年终工作总结报告要怎么写呢？以下是小编精心收集整理的2022年度工会年终工作总结报告，下面小编就和大家分享，来欣赏一下吧。")
    used: set = set()
    for i, (org, ot) in enumerate([("钱江外国语学校", "school"), ("滨江物流集团", "enterprise")], 1):
        a, h = A(rng, "2022年度工会年终工作总结报告", org, ot, 2022, "summary",
                 th(rng, SCHOOL if ot == "school" else WORK, 3), used=used,
                 unit="学校" if ot == "school" else "公司", party="党总支" if ot == "school" else "公司党委")
        p.b(a, h, title_line=f"{page}篇{i}", title_tag="h3")
    p.c("【2022年度工会年终工作总结报告【2篇】】相关推荐")
    return [(p, p.html())]


def st_template_digit(rng):
    """'…模板1' titles (a trailing digit), kindergarten summaries, '欢迎阅读与收藏'."""
    p = Page("template_kinder.html", "template_digit")
    p.c("首页 > 实用文档 > 工作总结", "div")
    p.c("幼儿园工会工作总结模板(2篇)", "h1")
    p.c("总结就是把一个时间段的工作进行一次全面系统的回顾，下面是小编收集整理的幼儿园工会工作总结模板，欢迎阅读与收藏。")
    used: set = set()
    for i, (org, y) in enumerate([(None, None), ("星河幼儿园", 2021)], 1):
        a, h = A(rng, "幼儿园工会工作总结模板", org, "school", y, "summary", th(rng, SCHOOL, 3), unit="幼儿园",
                 party="园党支部", used=used, body_org=org or "我园")
        p.b(a, h, title_line=f"幼儿园工会工作总结模板{i}", title_tag="h3")
    p.c("幼儿园工会工作总结模板相关文章：")
    p.c("幼儿园工会工作计划模板 | 幼儿园年度工作总结模板")
    return [(p, p.html())]


def st_download_prefix(rng):
    """A library preview flattened to one line, 下载后可任意编辑 glued to the title and ___ blanks."""
    title = "街道2024年度工会工作总结及明年工作思路"
    a, _ = A(rng, title, "梅岭街道", "other", 2024, "report", th(rng, WORK, 3), unit="街道", party="街道工委",
             per=(2, 2), body_org="___街道")
    ahead, _ = build(rng, org="", year=2025, kind="plan", themes=th(rng, WORK, 2), style="paren", per=(1, 2))
    a.body = a.body[:-1] + ["明年工作思路"] + ahead[1:]
    a.body[2] = a.body[2].replace("年内", "___月")
    a.org = None  # the text names no street (___) and the title only says 街道
    a.org_type = "other"
    p = Page("download_prefix.txt", "download_prefix")
    p.chrome_lines = ["下载后可任意编辑"]
    p.arts.append(a)
    text = "下载后可任意编辑" + title + " " + " ".join(a.body) + "\n"
    return [(p, text)]


def st_ai_markdown(rng):
    """A generated plan in markdown: '#### 引言', '1. **bold**：' items."""
    p = Page("ai_plan.txt", "ai_markdown")
    title = "2024年社区工会工作计划"
    lines = ["#### 引言",
             "在新的一年里，云杉社区工会将围绕“服务、团结、发展”的目标，制定并实施以下工作计划。",
             "#### 一、强化组织建设，提升服务能力",
             "1. **完善组织架构**：增设“权益维护小组”和“文体活动组”，明确分工，确保工作有序开展。",
             "2. **加强培训学习**：每季度组织工会干部参加一次政策法规培训。",
             "#### 二、维护职工权益，构建和谐劳动关系",
             "1. **劳动合同审查**：联合法律志愿者，每半年对辖区小微企业劳动合同开展一次审查。",
             "2. **困难帮扶**：建立困难职工台账，节日走访慰问不少于20户。",
             "#### 三、丰富文化生活，增强社区凝聚力",
             "1. **文体活动**：举办社区职工运动会和迎新春书法展。",
             "2. **兴趣小组**：成立读书会、摄影小组，为职工提供交流平台。",
             "#### 结语",
             "2024年，云杉社区工会将以务实的作风把各项计划落到实处，为社区和谐发展贡献力量。"]
    a = Art(title, lines, "云杉社区", "other", 2024, "plan")
    p.c("AI写作助手 · 生成结果")
    p.t("### " + title)
    p.b(a)
    p.c("以上内容由AI生成，仅供参考")
    return [(p, p.txt())]


def st_refanwen(rng):
    """'(汇总N篇)' page title, '(精选N篇)' repeat, ' 篇1' markers; mobile site; 幼儿园/学校 plans."""
    p = Page("refanwen_plan.html", "fanwen_huizong")
    p.c("热范文网 > 报告 > 工会工作计划", "div")
    p.c("2023年学校工会工作计划范本(汇总2篇)", "h1")
    p.c("2023年学校工会工作计划范本(精选2篇)")
    used: set = set()
    for i, org in enumerate([None, "双桥中学"], 1):
        a, h = A(rng, "2023年学校工会工作计划范本", org, "school", 2023, "plan", th(rng, SCHOOL, 4), unit="学校",
                 party="学校党支部", used=used, body_org=org or "学校", style="paren" if i == 1 else "cn")
        p.b(a, h, title_line=f"2023年学校工会工作计划范本 篇{i}", title_tag="h3")
    p.c("返回顶部 | 电脑版")
    return [(p, p.html())]


def st_lingsikao(rng):
    """'欢迎来到…网站!', a date line, a tag line, an intro ending '希望你喜欢!', '【篇1】' markers."""
    p = Page("lingsikao_plan.html", "welcome_tags")
    p.c("欢迎来到零点方案网网站！")
    p.c("小学工会工作计划1500字模板2篇", "h1")
    p.c("2023-04-04")
    p.c("小学工会工作计划 小学工会工作")
    p.c("在工作开始之前一份合理的工作计划有助于理清思路，也许下面的“小学工会工作计划”正合你意！不妨参考一下。希望你喜欢！")
    used: set = set()
    for i, (org, y) in enumerate([("红星路小学", 2023), (None, None)], 1):
        a, h = A(rng, "小学工会工作计划", org, "school", y, "plan", th(rng, SCHOOL, 3), unit="学校",
                 party="学校党支部", used=used, body_org=org or "我校", style="arabic" if i == 2 else "cn")
        p.b(a, h, title_line=f"小学工会工作计划 【篇{i}】", title_tag="h3")
    p.c("延伸阅读")
    p.c("小学工会工作总结 | 中学工会工作计划 | 幼儿园工会工作计划")
    return [(p, p.html())]


def st_station_union(rng):
    """'时间：… 年度总结 我要投稿' meta, a railway station union summary and a bank branch summary,
    titles '工会年度工作总结1/2' (trailing digit)."""
    p = Page("wenshu_station.html", "meta_tougao")
    p.c("年度总结", "div")
    p.c("工会年度工作总结(通用2篇)", "h1")
    p.c("时间：2022-07-24 19:38:44 年度总结 我要投稿")
    p.c("工会年度工作总结(通用2篇)")
    p.c("忙碌而又充实的工作已经告一段落了，下面是小编帮大家整理的工会年度工作总结，仅供参考，希望能够帮助到大家。")
    used: set = set()
    for i, (org, y) in enumerate([("宁远车站", 2021), ("城东支行", 2021)], 1):
        a, h = A(rng, "工会年度工作总结", org, "enterprise", y, "summary", th(rng, WORK, 3),
                 unit="车站" if i == 1 else "支行", party="党总支", used=used, style="arabic")
        p.b(a, h, title_line=f"工会年度工作总结{i}", title_tag="h3")
    p.c("【工会年度工作总结】相关文章：")
    p.c("工会年度工作计划 04-12")
    p.c("工会年度工作总结范文 06-30")
    return [(p, p.html())]


def st_trad_first_pian(rng):
    """Traditional with pinyin on most characters of the genre words, '第一篇：title' lines, a
    document site (GB18030 copy would lose nothing; kept as UTF-8 HTML)."""
    p = Page("trad_diyipian.html", "trad_pinyin_pian")
    p.c(add_pinyin("首頁 > 工作總結 > 工會工作總結"))
    used: set = set()
    for i, (title, org, y, kind) in enumerate([("衛生院工會2019年工作總結", "沙田中心衛生院", 2019, "summary"),
                                               ("衛生院工會2020年工作計劃", "沙田中心衛生院", 2020, "plan")]):
        a, h = A(rng, title, org, "other", y, kind, th(rng, WORK, 3), unit="院", party="院黨支部",
                 used=used)
        a.body = [add_pinyin(s2t(x)) for x in a.body]
        a.org = s2t(org)
        p.b(a, h, title_line=add_pinyin(f"第{'一二'[i]}篇：{title}"), title_tag="h3")
    p.c(add_pinyin("本文關鍵詞：衛生院工會工作總結"))
    return [(p, p.html())]


def st_gbk_copy(rng):
    """A saved text copy (GBK) of a CMS page: the chrome kept as plain lines."""
    p = Page("cms_copy_gbk.txt", "cms_text_copy")
    p.c("网站首页  学校概况  教育教学  党建工会  校园文化")
    p.c("您当前的位置：首页 >> 党建工会 >> 工会动态")
    title = "木兰职业高级中学工会2022年工作总结"
    p.t(title)
    p.c("来源：校工会  作者：陈静  时间：2023-01-09  点击：156")
    a, h = A(rng, title, "木兰职业高级中学", "school", 2022, "summary", th(rng, SCHOOL, 4), unit="学校",
             party="学校党委", sign="木兰职业高级中学工会", date="2023年1月6日")
    p.b(a, h)
    p.c("【打印此页】 【关闭窗口】")
    p.c("版权所有：木兰职业高级中学  技术支持：校信息中心")
    return [(p, p.txt(), "gbk")]


def st_flat_spaces(rng):
    """One-line page, space-joined: breadcrumb, title, meta, body, footer."""
    p = Page("flat_oneline.txt", "flat_spaces")
    title = "朝阳路小学2021-2022学年工会工作总结"
    a, _ = A(rng, title, "朝阳路小学", "school", 2022, "summary", th(rng, SCHOOL, 3), unit="学校",
             party="学校党支部", year_txt="本学年", per=(2, 2))
    a.year = 2021  # a school year is filed under the year it starts (KEYFORMAT), so a plan and its summary pair
    p.chrome_lines = ["首页 > 学校工会 > 工作总结", "发布时间：2022-07-08 浏览：96", "分享到：微信 微博 QQ空间",
                      "地址：龙湾区朝阳路12号 备案号：浙ICP备05012345号"]
    p.arts.append(a)
    text = " ".join([p.chrome_lines[0], title, p.chrome_lines[1]] + a.body + p.chrome_lines[2:]) + "\n"
    return [(p, text)]


def st_tag_page(rng):
    """A tag page listing only links and snippets: no article."""
    p = Page("tag_list.html", "tag_list")
    p.c("工会工作总结 - 标签页", "h1")
    for x in ["2023年社区工会工作总结 …工会在街道党工委的领导下…", "学校工会工作计划(精选10篇) …以师德建设为核心…",
              "医院工会上半年工作总结 …围绕医院中心工作…", "第1页 第2页 第3页 下一页"]:
        p.c(x, "li")
    p.c("关于我们 | 联系我们 | 免责声明")
    return [(p, p.html())]


def st_offtopic(rng):
    """A union page carrying a school's 食堂 (canteen) work summary: not union work."""
    p = Page("offtopic_canteen.html", "offtopic_on_union_site")
    p.c("首页 | 工会动态 | 教代会 | 职工之家", "nav")
    title = "东湖中学2023年食堂管理工作总结"
    p.t(title, "h1")
    p.c("发布时间：2024-01-05  来源：后勤处")
    body = ["2023年，学校食堂在后勤处的管理下，坚持“安全第一、服务师生”的原则，全年未发生食品安全事故。",
            "一、严把采购关",
            "所有食材统一从区教育局招标的配送企业采购，索证索票率100%，每日留样48小时。",
            "二、提升饭菜质量",
            "每月召开一次伙食委员会会议，根据师生意见调整菜谱，新增面点窗口一个。",
            "三、加强人员管理",
            "组织食堂从业人员参加健康体检和食品安全培训，持证上岗率100%。",
            "2024年，食堂将继续改进服务，让师生吃得放心、吃得满意。"]
    a = Art(title, body, "东湖中学", "school", 2023, "summary", on_topic=False)
    p.b(a, (1, 3, 5))
    p.c("【关闭窗口】")
    return [(p, p.html())]


WEB_STYLES = (st_cms_univ, st_wechat_mirror, st_doclib_bingdou, st_preview_360, st_chunked_flat,
              st_trad_taiwanized, st_pdf_spaced, st_news_portal, st_fanwen_numbered, st_jianligu, st_zhishi,
              st_tagline, st_mobile_spam, st_watermark, st_meeting_news, st_author_pipe, st_template_digit,
              st_download_prefix, st_ai_markdown, st_refanwen, st_lingsikao, st_station_union,
              st_trad_first_pian, st_gbk_copy, st_flat_spaces, st_tag_page, st_offtopic)


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
    keys = []
    for fn in WEB_STYLES:
        for item in fn(rng):
            page, text = item[0], item[1]
            write_text(root / page.source, text, item[2] if len(item) > 2 else "utf-8")
            keys.append(page.key())
    return keys


from keyed import write_collections
from web4_district import make_district


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="corpus/dev")
    args = ap.parse_args(argv)
    write_collections(Path(args.out), (("web4", make_web), ("district_nanshan", make_district)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
