"""A page's meta line: the fields a site writes about an item (发布时间/来源/作者/浏览…, a file card's 格式/大小), with
a date or a count, or a field left empty (``meta_line``, ``empty_meta``)."""

from __future__ import annotations

import re

from .protected import CJK, HEADING, SENTENCE

# one field of a document-sharing site's file card, alone on its line ("- 格式:docx", "• 23.00 KB", "• 4页")
_FILE_CARD = re.compile(
    r"^[-•·*\s]*(?:(?:格式|大小|文件大小|页数|文档页数|字数|浏览|阅读量|点击|栏目|所属栏目|分类|上传者|发布者)\s*[:：]\s*\S{1,16}"
    r"|[\d.]+\s*(?:KB|MB|K|M|B|页|W|万)(?:\s*(?:浏览|阅读|下载))?|(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*(?:发布|上传|更新))$",
    re.IGNORECASE,
)

_META_KEYS = (
    "发布时间|发表时间|发表日期|更新时间|上传时间|上传日期|发布日期|更新日期|时间|日期|来源|文章来源|信息来源|作者|编辑|责任编辑|"
    "浏览次数|浏览数量|浏览数|浏览量|浏览|阅读次数|阅读数|阅读量|阅读|点击次数|点击数|点击量|点击|查看次数|查看人数|查看|人气|热度|字数|栏目|格式|"
    "所属栏目|分类|供稿|审核|发布者|发布人|上传者|文章编号|编号|索引号|发布机构|生成日期|成文日期|发文字号|主题分类|"
    "页数|大小|文件大小|"
    # editorial roles of a news page's by-line and review chain (撰稿 / 摄影 / 初审 / 终审 …)
    "撰稿人|撰稿|撰文|通讯员|记者|摄影|供图|图片|图文|文图|文字|初审|复审|终审|一审|二审|三审|校对|责编|主编|审稿|审签|签发|"
    "核稿|发稿人|发稿|排版|美编|录入者|录入|发布单位|发布部门|文件编号|公开方式|公开范围|稿件来源|稿源|出处|访问次数|访问量|浏览人次|所属分类|添加时间|录入时间|发布于|"
    # round 40: a CMS's record of the item (创建时间), a clock's label (当前时间), a paper's date of receipt (收稿日期)
    "创建时间|创建日期|当前时间|收稿日期|来稿日期"
)
# a meta field with no value ("时间:", "来源: 访问量:", "发稿："), after a date at most; a field starts the line or
# follows a space or separator ("活动时间：" in a plan is no field), or an empty field's colon ("作者：来源：…")
_EMPTY_META = re.compile(f"^(?:(?:19|20)\\d{{2}}\\s*[-/.年]\\s*\\d{{1,2}}\\s*[-/.月]\\s*\\d{{1,2}}\\s*日?\\s+)?(?:(?:{_META_KEYS})\\s*[:：]\\s*(?:次|人次)?\\s*)+$")
META_FIELD = re.compile(f"(?:^|(?<=[\\s|｜/·•（(【\\[]))(?:{_META_KEYS})\\s*[:：]")
_META_FIELD_NAMES = re.compile(f"(?:^|(?<=[\\s|｜/·•（(【\\[]))({_META_KEYS})\\s*[:：]")
_EMPTY_FIELD = re.compile(f"((?:{_META_KEYS})\\s*[:：])(?=(?:{_META_KEYS})\\s*[:：])")
_STRONG_META = re.compile(
    r"^[（(【\[]?(?:[\u4e00-\u9fff]{1,3}(?:责编|责任编辑)\s*[:：])"  # "（新媒体责编：某某）": an editor of some desk
    r"|^[（(【\[]?(?:文章转载来源|转载来源|发稿人|发稿|收稿日期|来稿日期|撰稿|撰稿人|通讯员|摄影|初审|复审|终审|校对|责编|审稿|签发|核稿|稿件来源|发布单位|发布部门|发布时间|发表时间|更新时间|上传时间|发布日期|更新日期|文章来源|信息来源|来源|作者|责任编辑|编辑|发布者|发布人)\s*[:：]"
    # a public account's closing credits use a bar: "编辑 | 张三", "审核｜王五", "图片 | 工会办公室"
    r"|^(?:撰稿|摄影|初审|复审|终审|审核|校对|责编|审稿|签发|来源|作者|责任编辑|编辑|文字|文案|图片|图文|供图|排版|美编|设计|视频)\s*[|｜]\s*\S"
)
# (the time in brackets too: "2011-05-01 (16:24)", round 40)
_DATETIME = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*[(（]?\s*\d{1,2}\s*[:：]\s*\d{2}")
_ISO_DATE = re.compile(r"(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}")
_CN_DATE_FIRST = re.compile(r"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s+\S")
_COUNT = re.compile(r"(?:浏览|点击|阅读|查看|访问(?=量|次数|人数)|人气|热度|评论|收藏|点赞)(?:次数|数|量|人数)?\s*[:：(（]?\s*[\d.,]+\s*[wW万kK千]?\s*(?:次|人)?[)）]?")


# a counter's field name alone, its colon and value lost in the copy ("浏览次数", round 40)
_BARE_COUNTER = re.compile(r"^(?:浏览|点击|阅读|访问|查看)(?:次数|量|人次|人数)$")


def empty_meta(s: str) -> bool:
    """A file card's field alone, meta fields with no value ("时间:", "来源: 访问量:"), or a counter's name alone."""
    return bool(_FILE_CARD.match(s) or _EMPTY_META.match(s) or _BARE_COUNTER.match(s))


# a disclosure page's metadata table written as a row of bare cells ("索引号 | 0152…/2023-04 | 发布机构 |", "文号 | 浏览量 |")
_CELL_FIELD = re.compile(f"^(?:{_META_KEYS}|文号|公开时限|公开日期|有效性)$")
_SITE_FIELD = re.compile(r"^(?:索引号|发布机构|文号|发文字号|成文日期|生成日期|主题分类|公开方式|公开范围|公开时限|公开日期|有效性|"
                         r"浏览量|浏览次数|点击数|点击量|阅读量|访问量|文件编号)$")


def _field_cells(s: str) -> bool:
    """A row of cells between bars holding two field names or more, one of them a site's own (索引号, 发布机构, 浏览量:
    never a column of a plan's timetable, 时间 | 内容 | 负责人), every cell short and no sentence in it."""
    cells = [c.strip() for c in re.split(r"[|｜]", s) if c.strip()]
    names = [c for c in cells if _CELL_FIELD.match(c)]
    return (len(names) >= 2 and any(_SITE_FIELD.match(c) for c in names)
            and all(len(c) <= 30 for c in cells) and not SENTENCE.search(s))


def meta_line(s: str) -> bool:
    if HEADING.match(s):
        return False  # "1、时间：3月7日" is a plan's own line
    if _field_cells(s):
        return True
    s = _EMPTY_FIELD.sub(r"\1 ", s)  # an empty field glued to the next one ("浏览数：发布时间：…")
    fields = set(_META_FIELD_NAMES.findall(s))
    if len(fields) >= 2:
        return True
    rest = META_FIELD.sub("", s)
    if _STRONG_META.match(s) and len(s) <= 60 and not re.match(r"^[(（][^)）]{2,24}[)）]\s*[^)）]{8,}[，,；;]", s):
        return True
    dated = _DATETIME.search(s) or _ISO_DATE.search(s) or _CN_DATE_FIRST.match(s)  # (2023年5月12日 来源：…; not 时间：…)
    if fields and (dated or _COUNT.search(s)) and len(CJK.findall(rest)) <= 24:
        return True
    if _DATETIME.search(s) and len(CJK.findall(s)) <= 16:
        return True  # "2023-07-12 19:09:06 工作总结 我要投稿"
    items = s.split()
    if (len(items) >= 3 and any(_ISO_DATE.fullmatch(x) for x in items) and all(len(x) <= 12 for x in items)
            and len(CJK.findall(s)) <= 16 and not SENTENCE.search(s)):
        return True  # "工会工作总结 2023-09-08 网络整理 某某": column, date, source, author
    if len(s) <= 24 and _COUNT.search(s) and len(CJK.findall(_COUNT.sub("", s))) <= 6:
        return True  # "阅读(1234)", "浏览：2.1W" (not "组织教职工阅读12本书")
    return bool(re.match(r"^\S{1,12}\s*\d*\s*分享$", s))
