"""Build the second development web collection corpus/dev/web2/ and its key corpus/dev/web2.key.jsonl.

Written for issue 12 (organisations, org types, years): every page is the team's own writing
(invented organisations, people, figures), laid out in site styles modelled on the patterns in
docs/COLLECTION_NOTES.md ("Second web collection"). Each article carries one organisation
pattern (named in the title, in the opening, after a verb, only in the signature, short school
names such as 城东三小/十一中/师院附小, a 街道总工会 without a place, none) and one year pattern
(title year, 2022-2023学年度, 20xx学年, 上半年 with a dated signature, 明年 in a plan dated the
December before, 二〇二二年, a bare 2023 in the title, none). Deterministic.

    PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/collections/make_dev_web2.py [--out corpus/dev]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "web2"))

from pages import Page, write_collection
from texts import SECTORS, Art, article, cn_day, cn_year

SEED = 20261130

# sector -> the generic word a title uses when it names no organisation
GENERIC = {"school": "学校", "kinder": "幼儿园", "university": "高校", "enterprise": "公司", "agency": "局机关",
           "hospital": "医院", "clinic": "卫生院", "street": "街道", "town": "乡镇", "edu_union": "教育"}
KIND_WORDS = {"summary": ["工作总结", "年度工作总结", "工作小结"], "plan": ["工作计划", "工作要点", "工作安排"]}
DASHES = ["-", "—", "－", "～", "至"]


def make(rng: random.Random, sector: str, *, org: str | None, org_in: str, year: int, year_in: str, kind: str,
         numbering: str = "cn", themes: int = 3, key_org: str | None = "same") -> Art:
    """One article with an organisation pattern ORG_IN and a year pattern YEAR_IN (see module doc)."""
    s = SECTORS[sector]
    union = "" if sector in ("street", "town", "edu_union") else "工会"
    # ---- title
    who = org if org_in in ("title",) else ("街道总工会" if sector == "street" else "镇总工会" if sector == "town"
                                              else GENERIC[sector])
    kw = rng.choice(KIND_WORDS.get(kind, ["工作总结"]))
    if kind == "report":
        kw = f"工作总结暨{year + 1}年工作打算"
    key_year: int | None = year
    if kw.startswith("年度"):  # 2022年度工作总结, not 2022年年度工作总结
        kw = kw[2:] if year_in in ("title", "cn", "xuenian") else kw
    if year_in == "title":
        title = rng.choice([f"{who}{year}年{union}{kw}", f"{who}{union}{year}年{kw}"])
    elif year_in == "xuenian":
        d = rng.choice(DASHES)
        title = f"{who}{union}{year}{d}{year + 1}学年度{kw}" if rng.random() < 0.5 else \
            f"{who}{year}{d}{year + 1}学年{union}{kw}"
    elif year_in == "anon_xn":
        title = rng.choice([f"{who}{union}20xx学年{kw}", f"{who}20XX—20XX学年度{union}{kw}"])
        key_year = None
    elif year_in == "half":
        title = f"{who}{union}{year}年上半年工作总结"
        kind = "summary"
    elif year_in == "half_date":
        title = f"{who}{union}上半年工作总结"
        kind = "summary"
    elif year_in == "cn":
        title = f"{who}{union}{cn_year(year)}年{kw}"
    elif year_in == "bare":
        title = rng.choice([f"{who}{union}{year}{kw}", f"{who}{year}{union}{kw}"])
    elif year_in == "anon":
        title = f"{who}{union}20xx年{kw}"
        key_year = None
    else:  # text, none, next: the title names no year
        title = f"{who}{union}{kw}"
        if year_in == "none":
            key_year = None
    if year_in == "next":
        kind = "plan"
    # ---- opening
    when = {"title": f"{year}年", "text": f"{year}年", "xuenian": "本学年", "anon_xn": "本学年",
            "half": "今年上半年", "half_date": "今年上半年", "next": "明年", "cn": "今年", "bare": f"{year}年",
            "anon": "20xx年", "none": "一年来"}[year_in]
    if kind == "plan" and year_in in ("none",):
        when = "新的一年" if sector not in ("school", "kinder") else "新学期"
    we = s["we"]
    if org_in == "text":
        subject = f"{org}{union or ''}" if union else org
    elif org_in in ("title", "sign", "none", "noplace"):
        subject = f"{we}{union}" if sector not in ("street", "town", "edu_union") else we
    else:
        subject = None
    plan = kind == "plan"
    if org_in == "verb_rep":
        opening = (f"现代表{org}工会委员会，把{when}的工会工作{'安排' if plan else '情况'}向全体会员作简要说明，"
                   f"请大家提出意见。")
    elif org_in == "verb_org":
        opening = (f"{when}，工会组织{org}工会会员{'将' if plan else ''}围绕中心、服务大局，"
                   f"{'认真谋划各项工作，特制定本计划。' if plan else '扎实开展各项工作，现总结如下。'}")
    elif plan:
        opening = f"{when}，{subject}将在{s['party']}的领导下，围绕中心、服务大局，切实履行工会职责，特制定本计划。"
    else:
        opening = (f"{when}，{subject}在{s['party']}和{s['upper']}的指导下，紧紧围绕中心工作，认真履行工会职责，"
                   f"现将主要工作总结如下。")
    # ---- signature and date
    sign = date = None
    if org_in in ("sign",):
        sign = rng.choice([f"{org}工会", f"{org}工会委员会", org]) if union else org
    elif org_in in ("title", "text") and rng.random() < 0.4:
        sign = f"{org}{union}"
    elif org_in in ("none",) and rng.random() < 0.5:
        sign = f"{GENERIC[sector]}工会" if union else None
    day = rng.randint(3, 28)
    if year_in == "half_date":
        date = f"{year}年7月{day}日"
    elif year_in == "next":
        date = f"{year - 1}年12月{day}日"
    elif year_in == "cn":
        date = f"{cn_year(year + (1 if kind == 'summary' else 0))}年一月{cn_day(day)}日" if kind == "summary" else \
            f"{cn_year(year - 1)}年十二月{cn_day(day)}日"
    elif year_in in ("title", "text", "bare") and rng.random() < 0.5:
        date = f"{year if kind == 'summary' else year - 1}年12月{day}日"
    key = org if key_org == "same" else key_org
    if org_in in ("none", "noplace"):
        key = None
    a = article(rng, sector, title=title, org=key, year=key_year, kind=kind, opening=opening, sign=sign,
                date=date, themes=themes, numbering=numbering)
    return a


# ---------------------------------------------------------------------------------------------
# site styles


def date_s(rng, year=2023, time=True):
    d = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return d + (f" {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}" if time else "")


def rel(rng, n=4):
    pool = ["工会会员代表大会主持词", "三八节女职工活动方案", "职工之家建设自查报告", "工会经费审查工作报告",
            "困难职工帮扶工作制度", "职工运动会开幕式致辞", "教师节慰问信", "劳动竞赛实施细则", "工会小组长职责",
            "送清凉活动简报", "职工读书月活动总结", "工会换届选举办法"]
    return rng.sample(pool, n)


def w01_school_cms(rng, i, a):
    """School website CMS: 您现在的位置 breadcrumb with >>, meta with 作者/来源/点击数/更新时间, <h1>."""
    p = Page(f"w01_school_{i}.html", "w01", head_title=f"{a.title} - 工会之窗")
    p.raw('<div class="top">')
    p.chrome("欢迎访问本校网站 今天是：2023年1月9日 星期一")
    p.nav(["网站首页", "学校概况", "党建工作", "工会之窗", "教学教研", "校园风采"], sep="  ")
    p.raw("</div>")
    p.chrome("您现在的位置：首页 >> 工会之窗 >> 正文")
    p.title(a.title)
    p.chrome(f"作者：校工会  来源：本站原创  点击数：{rng.randint(50, 900)}  更新时间：{date_s(rng, time=False)}")
    p.body(a)
    p.chrome("【打印此文】【关闭窗口】")
    prev, nxt = rel(rng, 2)
    p.chrome(f"上一篇：{prev}", f"下一篇：{nxt}")
    p.chrome(f"地址：青溪区文化路{rng.randint(2, 99)}号  邮编：{rng.randint(310000, 339999)}  技术支持：青溪教育网络中心",
             tag="footer")
    return p


def w02_wechat(rng, i, a, account):
    """WeChat public-account article: headings and paragraphs in <section><span>, account line,
    follow prompt, read count, 在看/分享, QR prompt."""
    p = Page(f"w02_wechat_{i}.html", "w02", head_title=a.title)
    p.raw('<div id="page-content" class="rich_media_area_primary">')
    p.title(a.title, tag="h1")
    p.chrome(f"原创 {account} {account} {date_s(rng)} 发表于江西")
    p.raw('<div class="rich_media_content" id="js_content" style="visibility: visible;">')
    p.chrome("点击上方蓝字 关注我们", tag="wx_p")
    p.body(a, head="wx_section", para=rng.choice(["wx_p", "wx_pp"]))
    p.chrome(f"编辑：{rng.choice(['陈晓', '林一帆', '周舟'])}  审核：{rng.choice(['王敏', '李岚'])}", tag="wx_p")
    p.raw("</div>")
    p.chrome(f"阅读 {rng.randint(300, 4000)}")
    p.chrome("分享 收藏 点赞 在看")
    p.chrome("微信扫一扫 关注该公众号")
    p.raw("</div>")
    return p


def w03_wechat_strong(rng, i, a, account):
    """WeChat variant: title in rich_media_title, meta line with the account and a Chinese date,
    headings as <p><strong>, body lines as <section><span>; 预览时标签不可点, 继续滑动看下一个."""
    p = Page(f"w03_wechat_{i}.html", "w03", head_title=a.title)
    p.raw('<div class="rich_media_inner">')
    p.title(a.title, tag="h1")
    p.chrome(f"{account} {2023}年{rng.randint(1, 2):02d}月{rng.randint(1, 28):02d}日 {rng.randint(8, 21)}:{rng.randint(10, 59)} 湖南")
    p.raw('<div class="rich_media_content" id="js_content">')
    p.body(a, head="strong_p", para="wx_p")
    p.chrome("来源：工会办公室", tag="wx_p")
    p.raw("</div>")
    p.chrome("预览时标签不可点")
    p.chrome("继续滑动看下一个")
    p.chrome("轻触阅读原文")
    p.chrome(account)
    p.chrome("向上滑动看下一个")
    p.raw("</div>")
    return p


def w04_gov(rng, i, a):
    """Government department site: 索引号/发布机构 table, 发布日期/信息来源/浏览次数, 【打印】【关闭】, 网站标识码."""
    p = Page(f"w04_gov_{i}.html", "w04", head_title=f"{a.title}_工作动态_青阳县人民政府")
    p.nav(["首页", "政务公开", "政务服务", "互动交流", "走进青阳"], sep=" ")
    p.chrome("当前位置：首页 > 政务公开 > 工作动态")
    p.chrome(f"索引号：{rng.randint(10000000, 99999999)}/2023-{rng.randint(10000, 99999)}  发布机构：局机关工会  "
             f"生成日期：{date_s(rng, time=False)}")
    p.title(a.title, tag="h2")
    p.chrome(f"发布日期：{date_s(rng, time=False)}  信息来源：局机关工会  浏览次数：{rng.randint(20, 600)}")
    p.chrome("【字体：大 中 小】")
    p.body(a)
    p.chrome("【打印】【关闭】")
    p.chrome(f"主办单位：青阳县人民政府办公室  网站标识码：{rng.randint(3600000000, 3699999999)}", tag="footer")
    p.chrome(f"赣ICP备{rng.randint(10000000, 99999999)}号", tag="footer")
    return p


def w05_template_pian(rng, i, arts, heading, generic_title):
    """Template essay site compilation: heading (N篇), 小编 blurb, GENERIC_TITLE 篇N title lines."""
    p = Page(f"w05_pian_{i}.html", "w05", head_title=f"{heading}_工作总结_晴川范文网")
    p.nav(["首页", "工作总结", "工作计划", "心得体会", "述职报告"])
    p.chrome(f"晴川范文网 > 工作总结 > {generic_title}")
    p.chrome(heading, tag="h1")
    p.chrome(f"时间：{date_s(rng)}  工作总结  我要投稿")
    p.chrome(f"日子过得真快，又到了写总结的时候。下面是小编整理的{generic_title}，仅供参考，希望对大家有所帮助。")
    for n, a in enumerate(arts, 1):
        p.title(f"{a.title} 篇{n}" if rng.random() < 0.5 else f"{a.title}篇{'一二三四五'[n - 1]}", tag="h3")
        p.body(a)
    p.chrome("相关推荐", tag="h3")
    p.links(rel(rng, 4))
    p.chrome(f"Copyright © 2016-2024 晴川范文网 版权所有 鄂ICP备{rng.randint(10000000, 99999999)}号-2", tag="footer")
    return p


def w06_enterprise(rng, i, a, company):
    """Company site news page: 公司新闻, 发布时间/阅读量, 上一条/下一条, Copyright line."""
    p = Page(f"w06_company_{i}.html", "w06", head_title=f"{a.title}-{company}")
    p.nav(["网站首页", "关于我们", "新闻中心", "产品中心", "党建工会", "联系我们"])
    p.chrome("您当前的位置：首页 新闻中心 党建工会")
    p.title(a.title)
    p.chrome(f"发布时间：{date_s(rng, time=False)}  阅读量：{rng.randint(10, 900)}")
    p.body(a)
    p.chrome("上一条：公司举办迎新春职工趣味运动会", "下一条：公司工会开展金秋助学活动")
    p.chrome(f"Copyright © 2023 {company} All Rights Reserved", tag="footer")
    return p


def w07_library(rng, i, a, fmt="txt"):
    """Document library saved as text: 格式/页数/大小, 由会员分享 blurb, 下载本文档, end notice."""
    p = Page(f"w07_library_{i}.txt", "w07", fmt="txt")
    p.chrome(f"{a.title}.docx")
    p.chrome(f"格式：DOCX  页数：{rng.randint(2, 6)}  大小：{rng.randint(14, 40)}.{rng.randint(10, 99)}KB")
    p.chrome(f"《{a.title}.docx》由会员分享，可在线阅读，更多相关文档请在青柠文库上搜索。")
    p.title(a.title)
    p.body(a)
    p.chrome("下载本文档")
    p.chrome("已阅读到文档的结尾了呢~~")
    p.chrome("本站所有资源均由用户上传，如有侵权请联系客服删除。")
    return p


def w08_flat(rng, i, a):
    """A page saved as one flattened line (every segment separated by spaces)."""
    p = Page(f"w08_flat_{i}.txt", "w08", fmt="flat")
    p.chrome("首页 > 范文 > 工作总结")
    p.title(a.title)
    p.chrome(f"发布时间：{date_s(rng, time=False)}")
    p.body(a)
    p.chrome("上一篇：教师节慰问信")
    return p


def w09_hospital(rng, i, a):
    """Hospital site: 院务公开 > 工会工作 breadcrumb, 作者：院工会 meta, 【字体：大 中 小】, footer address."""
    p = Page(f"w09_hospital_{i}.html", "w09", head_title=f"{a.title}-工会工作")
    p.nav(["公众版", "医院版", "English"], sep="|")
    p.nav(["首页", "医院概况", "就医指南", "科室导航", "院务公开", "党建工会"])
    p.chrome("当前位置：首页 > 院务公开 > 工会工作")
    p.title(a.title)
    p.chrome(f"作者：院工会  时间：{date_s(rng, time=False)}  阅读：{rng.randint(30, 800)}")
    p.chrome("【字体：大 中 小】")
    p.body(a)
    p.chrome("【打印本页】【关闭窗口】【返回顶部】")
    p.chrome(f"地址：临湖市健康路{rng.randint(1, 300)}号  预约电话：0791-8{rng.randint(1000000, 9999999)}", tag="footer")
    return p


def w10_university(rng, i, a):
    """University union site: 校工会 banner, 发布者/发布时间/阅读, attachment line, 关闭."""
    p = Page(f"w10_univ_{i}.html", "w10", head_title=f"{a.title}-工会")
    p.chrome("工会委员会", tag="div")
    p.nav(["首页", "工会概况", "工作动态", "民主管理", "教工之家", "文件下载"])
    p.chrome("首页 » 工作动态 » 正文")
    p.title(a.title)
    p.chrome(f"发布者：管理员  发布时间：{date_s(rng, time=False)}  阅读：{rng.randint(40, 900)}")
    p.body(a)
    p.chrome("附件：【工会工作总结.docx】已下载次")
    p.chrome("关闭")
    p.chrome("版权所有：工会委员会  地址：湖滨大道88号", tag="footer")
    return p


def w11_street(rng, i, a):
    """District government site, street news: 街道动态 breadcrumb, 来源/发布时间/浏览次数 with 字号, 分享到."""
    p = Page(f"w11_street_{i}.html", "w11", head_title=f"{a.title}-街道动态")
    p.nav(["首页", "新闻中心", "街道动态", "政务公开", "办事服务"])
    p.chrome("首页 > 新闻中心 > 街道动态")
    p.title(a.title)
    p.chrome(f"来源：总工会  发布时间：{date_s(rng)}  浏览次数：{rng.randint(10, 500)}  【字号 大 中 小】")
    p.body(a)
    p.chrome("分享到：")
    p.chrome("相关链接", tag="h4")
    p.links(["区总工会", "区人力资源和社会保障局", "区融媒体中心"])
    p.chrome(f"网站标识码：{rng.randint(4400000000, 4499999999)}  粤公网安备 {rng.randint(10**13, 10**14 - 1)}号",
             tag="footer")
    return p


def w12_saved_txt(rng, i, a, enc="gb18030"):
    """Text saved from a template site (GB18030): breadcrumb, 小编 blurb, body indented, 相关推荐 under it."""
    p = Page(f"w12_savedtxt_{i}.txt", "w12", fmt="txt", encoding=enc)
    p.chrome("位置：首页 > 工作总结 > 工会工作总结")
    p.title(a.title)
    p.chrome(f"发布时间：{date_s(rng, time=False)}  作者：佚名")
    p.chrome("总结是对一段时间工作的回顾和分析，下面是小编为大家带来的范文，欢迎阅读借鉴。")
    p.body(a, indent="　　")
    p.chrome("【相关推荐】")
    p.links(rel(rng, 3))
    return p


def w13_mobile(rng, i, a):
    """Mobile page: 返回/首页/菜单 bar, 展开全文, 打开APP, 猜你喜欢."""
    p = Page(f"w13_mobile_{i}.html", "w13", head_title=a.title)
    p.nav(["返回", "首页", "菜单"], sep=" ")
    p.title(a.title)
    p.chrome(f"{date_s(rng, time=False)} · 阅读{rng.randint(100, 9000)}")
    p.body(a, upto=len(a.body) - 3)
    p.chrome("展开全文")
    p.body(a, start=len(a.body) - 3)
    p.chrome("打开APP，阅读体验更佳")
    p.chrome("猜你喜欢", tag="h3")
    p.links(rel(rng, 3))
    return p


def w14_trad(rng, i, a):
    """Traditional-script page (converted from our Simplified text), 範文網 breadcrumb and meta."""
    from opencc import OpenCC

    s2t = OpenCC("s2t").convert
    t = Art(s2t(a.title), s2t(a.org) if a.org else None, a.org_type, a.year, a.kind, a.on_topic,
            [s2t(x) for x in a.body], set(a.heads))
    p = Page(f"w14_trad_{i}.html", "w14", head_title=f"{t.title}_工作總結_晨曦範文網")
    p.chrome("當前位置：晨曦範文網 > 工作總結 > 工會工作總結")
    p.title(t.title)
    p.chrome(f"時間：{date_s(rng)}  來源：晨曦範文網  閱讀：{rng.randint(100, 5000)}")
    p.body(t)
    p.chrome("上一篇：教師節慰問信", "下一篇：工會經費審查報告")
    p.chrome("版權所有 © 晨曦範文網", tag="footer")
    return p


def w15_forum(rng, i, a):
    """Forum post saved as HTML: board path, 楼主 line, 发表于, reply block."""
    p = Page(f"w15_forum_{i}.html", "w15", head_title=f"{a.title} - 工会工作 - 教工论坛")
    p.chrome("教工论坛 › 工会工作 › 查看主题")
    p.chrome(f"楼主 {rng.choice(['清风徐来', '老周', '山水间'])}  发表于 {date_s(rng)}  只看该作者")
    p.title(a.title, tag="h2")
    p.body(a)
    p.chrome("回复 引用 举报")
    p.chrome(f"沙发 {rng.choice(['小林老师', '北斗'])}  发表于 {date_s(rng)}")
    p.chrome("写得很实在，我们学校可以参考一下。")
    p.chrome("返回列表 发新帖")
    return p


# ---------------------------------------------------------------------------------------------


def build() -> list[Page]:
    rng = random.Random(SEED)
    P: list[Page] = []
    # w01 school CMS: short school names, 学年度 years
    P.append(w01_school_cms(rng, 1, make(rng, "school", org="城东三小", org_in="title", year=2022,
                                         year_in="xuenian", kind="summary")))
    P.append(w01_school_cms(rng, 2, make(rng, "school", org="青溪实验二小", org_in="text", year=2023,
                                         year_in="title", kind="plan", numbering="paren")))
    P.append(w01_school_cms(rng, 3, make(rng, "school", org="十一中", org_in="title", year=2021,
                                         year_in="cn", kind="summary")))
    # w02 WeChat: section/span headings
    P.append(w02_wechat(rng, 1, make(rng, "edu_union", org="东岭区教育工会", org_in="title", year=2022,
                                     year_in="title", kind="summary"), "东岭教育工会"))
    P.append(w02_wechat(rng, 2, make(rng, "kinder", org="桂苑幼儿园", org_in="sign", year=2023,
                                     year_in="half_date", kind="summary"), "桂苑幼儿园"))
    P.append(w02_wechat(rng, 3, make(rng, "hospital", org="临湖市第二人民医院", org_in="title", year=2023,
                                     year_in="title", kind="plan"), "临湖二院"))
    # w03 WeChat strong headings
    P.append(w03_wechat_strong(rng, 1, make(rng, "enterprise", org="恒川电力设备有限公司", org_in="text",
                                            year=2022, year_in="text", kind="summary"), "恒川电力"))
    P.append(w03_wechat_strong(rng, 2, make(rng, "school", org="师院附小", org_in="title", year=2022,
                                            year_in="xuenian", kind="plan"), "师院附小"))
    # w04 government bureau
    P.append(w04_gov(rng, 1, make(rng, "agency", org=None, org_in="none", year=2022, year_in="title",
                                  kind="summary")))
    P.append(w04_gov(rng, 2, make(rng, "agency", org="青阳县自然资源局", org_in="title", year=2023,
                                  year_in="bare", kind="plan")))
    P.append(w04_gov(rng, 3, make(rng, "agency", org="青阳县审计局", org_in="verb_rep", year=2022,
                                  year_in="text", kind="summary")))
    # w05 compilations of generic titles (no organisation named: org_type from cues)
    arts = [make(rng, "kinder", org=None, org_in="none", year=2022, year_in="anon", kind="summary"),
            make(rng, "kinder", org=None, org_in="none", year=2022, year_in="none", kind="summary"),
            make(rng, "kinder", org=None, org_in="none", year=2022, year_in="anon_xn", kind="summary")]
    for a in arts:
        a.title = "幼儿园工会工作总结"
    P.append(w05_template_pian(rng, 1, arts, "幼儿园工会工作总结（精选3篇）", "幼儿园工会工作总结"))
    arts = [make(rng, "hospital", org=None, org_in="none", year=2022, year_in="none", kind="plan"),
            make(rng, "hospital", org=None, org_in="none", year=2022, year_in="none", kind="plan")]
    for a in arts:
        a.title = "医院工会工作计划"
    P.append(w05_template_pian(rng, 2, arts, "医院工会工作计划2篇", "医院工会工作计划"))
    arts = [make(rng, "street", org=None, org_in="noplace", year=2023, year_in="half", kind="summary"),
            make(rng, "town", org=None, org_in="noplace", year=2023, year_in="half", kind="summary")]
    P.append(w05_template_pian(rng, 3, arts, "乡镇街道工会上半年工作总结（通用2篇）", "工会上半年工作总结"))
    # w06 enterprise
    P.append(w06_enterprise(rng, 1, make(rng, "enterprise", org=None, org_in="none", year=2023,
                                         year_in="title", kind="plan"), "远帆物流股份有限公司"))
    P.append(w06_enterprise(rng, 2, make(rng, "enterprise", org="远帆物流股份有限公司", org_in="verb_org",
                                         year=2022, year_in="text", kind="summary"), "远帆物流股份有限公司"))
    P.append(w06_enterprise(rng, 3, make(rng, "enterprise", org="长岭水泥厂", org_in="sign", year=2023,
                                         year_in="next", kind="plan"), "长岭水泥厂"))
    # w07 document library text
    P.append(w07_library(rng, 1, make(rng, "school", org=None, org_in="none", year=2023, year_in="bare",
                                      kind="plan")))
    P.append(w07_library(rng, 2, make(rng, "clinic", org="白鹭镇卫生院", org_in="title", year=2022,
                                      year_in="title", kind="summary")))
    P.append(w07_library(rng, 3, make(rng, "school", org="红旗路实小", org_in="sign", year=2022,
                                      year_in="text", kind="summary", numbering="digit")))
    # w08 flattened
    P.append(w08_flat(rng, 1, make(rng, "town", org="梅岭镇总工会", org_in="title", year=2022,
                                   year_in="title", kind="summary")))
    P.append(w08_flat(rng, 2, make(rng, "clinic", org=None, org_in="none", year=2023, year_in="half",
                                   kind="summary")))
    # w09 hospital
    P.append(w09_hospital(rng, 1, make(rng, "hospital", org=None, org_in="none", year=2022, year_in="title",
                                       kind="summary")))
    P.append(w09_hospital(rng, 2, make(rng, "hospital", org="临湖市妇幼保健院", org_in="sign", year=2023,
                                       year_in="next", kind="plan")))
    P.append(w09_hospital(rng, 3, make(rng, "hospital", org="江北区中医院", org_in="title", year=2022,
                                       year_in="title", kind="report")))
    # w10 university
    P.append(w10_university(rng, 1, make(rng, "university", org="江岚理工大学", org_in="title", year=2022,
                                         year_in="xuenian", kind="summary")))
    P.append(w10_university(rng, 2, make(rng, "university", org=None, org_in="none", year=2023,
                                         year_in="title", kind="plan")))
    # w11 street / town government
    P.append(w11_street(rng, 1, make(rng, "street", org=None, org_in="noplace", year=2022, year_in="title",
                                     kind="summary")))
    P.append(w11_street(rng, 2, make(rng, "street", org="桂园街道总工会", org_in="text", year=2023,
                                     year_in="half_date", kind="summary")))
    P.append(w11_street(rng, 3, make(rng, "town", org=None, org_in="noplace", year=2023, year_in="next",
                                     kind="plan")))
    # w12 saved text (GB18030)
    P.append(w12_saved_txt(rng, 1, make(rng, "school", org="城南二十三中", org_in="text", year=2021,
                                        year_in="xuenian", kind="summary")))
    P.append(w12_saved_txt(rng, 2, make(rng, "kinder", org=None, org_in="none", year=2023, year_in="title",
                                        kind="plan")))
    # w13 mobile
    P.append(w13_mobile(rng, 1, make(rng, "school", org="实验二小", org_in="verb_org", year=2022, year_in="title",
                                     kind="summary")))
    P.append(w13_mobile(rng, 2, make(rng, "agency", org=None, org_in="none", year=2023, year_in="half",
                                     kind="summary")))
    # w14 Traditional
    P.append(w14_trad(rng, 1, make(rng, "school", org="柳溪中學", org_in="title", year=2022, year_in="title",
                                   kind="summary")))
    P.append(w14_trad(rng, 2, make(rng, "hospital", org=None, org_in="none", year=2023, year_in="cn",
                                   kind="plan")))
    # w15 forum
    P.append(w15_forum(rng, 1, make(rng, "school", org="东关十一中", org_in="verb_rep", year=2022,
                                    year_in="xuenian", kind="summary")))
    P.append(w15_forum(rng, 2, make(rng, "enterprise", org=None, org_in="none", year=2023, year_in="bare",
                                    kind="plan")))
    return P


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default="corpus/dev")
    args = ap.parse_args(argv)
    return write_collection(build(), Path(args.out), "web2")


if __name__ == "__main__":
    raise SystemExit(main())
