"""Titles: the article's own title line, and the kind a title names.

The title is the author's own label: the page's heading hint, else the first genre line
(…工作总结, …工作计划) among the first lines of the article, never a line of site chrome and
never the file name. A title that names a kind decides it (see `kinds.find_kind`).
"""

from __future__ import annotations

import functools
import re
from pathlib import PurePosixPath

from ..text.normalize import to_simplified
from .chrome.line_shapes import BARE_GENRE
from .chrome.lines import ACTION_WORD
from .describe_rules import DescribeRules, default_describe_rules
from .markers import MAX_TITLE_CHARS
from .organisations.find import PINYIN
from .title_additions import bar_pieces, column_before_dash, drop_site_additions, exclaimed_headline
from .title_fallback import headline_over_subtitle
from .title_fallback import headline_over_text as fallback_headline
from .title_marker import own_title_under_marker
from .title_page import page_headline
from .title_site_lines import headline_under_date, themed

_TITLE_SENTENCE = re.compile(r"[。!?;！？；]|[,，].*[,，]")
# what a site puts around a title: link bars, breadcrumbs, a compilation's count claim
_TITLE_CHROME = re.compile(
    r"[|｜>＞»→]|首页|当前位置|您的位置|所在位置|\d+\s*篇|[一二三四五六七八九十]+篇[)）]|篇\s*[\d一二三四五六七八九十]+$"
    r"|(?<![第其])[二两三四五六七八九十]篇$"  # a compilation's count ("…范文集合三篇")
    # a marker's ordinal (第一篇, 第2页, 第一部分, 第三版：), not a name's (第二自来水公司, 第三届…)
    r"|^[【\[(（]?(?:篇[\d一二三四五六七八九十]+|第[\d一二三四五六七八九十]+(?=[篇页頁部章节節条條版期\s、.．,，:：】\])）]|$))"
    r"|^[一二三四五六七八九十]{1,3}[、.．:：]|^[（(][一二三四五六七八九十\d]{1,3}[)）]"
    r"|^\d{1,2}[、.．](?!\d)|^#"
)
TITLE_LOOK_LINES = 8  # the title is among the first lines of a page (chrome may come first)
COMPILATION_LOOK_LINES = 3  # ... and right after its marker in a compilation


@functools.lru_cache(maxsize=4096)
def _simplified(line: str) -> str:
    return to_simplified(line) if re.search(r"[\u4e00-\u9fff]", line) else line


def _compact(s: str) -> str:
    return re.sub(r"[^0-9A-Za-z\u4e00-\u9fff]", "", s or "").lower()


_TITLE_NUMBER = re.compile(r"(?<=[结划点排算路告結劃點])\s*\d{1,2}$")  # 医院工会工作总结1 (a numbered copy)
# a site's copy number after any last word of a genre title: "…工作总结反思1", "…工作计划2024小学2",
# "…工作总结20_1", "…工作计划2023 1" (a year, a space, the number)
_COPY_NUMBER = re.compile(r"(?:(?<=[\u4e00-\u9fff_])|(?<=(?:19|20)\d\d)\s)\s*[1-9]$")
_GENRE_WORD = re.compile(r"总结|计划|要点|报告|小结|安排|打算|思路|總結|計劃|要點|報告|安排")
# a breadcrumb glued after a headline ("…包粽子活动当前位置：首页 >> 工会动态")
_TITLE_CRUMB = re.compile(r"\s*(?:您的位置|您当前的位置|您现在的位置|当前位置|所在位置|當前位置)\s*(?:是)?\s*[:：].*$")


_N = r"[\d一二两三四五六七八九十]{1,3}"
# a compilation's marker glued to a title: "…工作总结篇4", "…工作计划 【篇1】", "…制度范文第1篇",
# "…计划范文一", "【篇1】…", "第1篇 …"
# a copy number in brackets or before a colon after the genre word ("…工作计划（1）", "…总结一："), and
# a print button glued after the title ("…工作计划[打印本页]")
_TITLE_MARKER_END = re.compile(
    rf"\s*(?:[【\[(（]?\s*(?:篇|第)\s*{_N}\s*篇?\s*[】\])）]?|[范範]文\s*(?:第\s*{_N}\s*篇|{_N})"
    rf"|(?<=[结划点排算路告案結劃點])\s*(?:[(（]\s*{_N}\s*[)）]|{_N}\s*[:：])"
    r"|\s*[\[【]\s*(?:打印本页|打印此页|打印|关闭窗口|收藏本页)\s*[\]】])$"
)
_TITLE_MARKER_START = re.compile(rf"^[【\[(（]?\s*(?:篇\s*{_N}|第\s*{_N}\s*篇)\s*[】\])）]?\s*[:：]?\s*(?=\S)")
# a forum's or a column's tag before a thread's title: "[转帖] …", "【原创】…"
# a document site's edition note after a title: "…工作计划（可编辑）", "…总结(word版)"
# a document library's notes: "…（多篇）", "…（共7页）", "…（全文共15517字）"; a reprint's "原标题："
_EDITION = re.compile(r"(?:\s*[(（](?:可编辑|可编辑版|word版|Word版|完整版|最新版|精选版|修订版|多篇|(?:全文)?共\s*\d+\s*[页字])[)）])+$")
_ORIGINAL_TITLE = re.compile(r"^(?:原标题|原题)\s*[:：]\s*(?=\S)")
# the page's meta fields glued after a headline ("…全委会 发布时间：2022年12月15日")
_TITLE_META = re.compile(r"\s+(?:发布时间|发布日期|发表时间|更新时间|来源|作者|日期|时间|浏览次数|点击数)\s*[:：].*$")
_TITLE_TAG = re.compile(r"^[【\[]\s*[\u4e00-\u9fff]{1,4}\s*[】\]]\s*(?=\S)")
# a document site's keywords after an underscore: "…工作计划_工会,维权,教代会" (two short items or more, no sentence)
_KEYWORD_TAIL = re.compile(r"\s*_\s*[^_,，、\s。；;！？!?]{1,8}(?:\s*[,，、\s]\s*[^_,，、\s。；;！？!?]{1,8})+\s*$")


def _without(pattern: re.Pattern[str], line: str, keep: int) -> str:
    """LINE less what PATTERN matches, unless fewer than KEEP characters would be left (the addition was the title)."""
    cut = pattern.sub("", line)
    return cut if len(cut) >= keep else line


def _clean_title(line: str) -> str:
    """A title without pinyin in brackets (報(bào)告), a compilation's marker glued to it or its
    trailing copy number."""
    line = _ORIGINAL_TITLE.sub("", _EDITION.sub("", PINYIN.sub("", line.strip())))
    line = _without(_KEYWORD_TAIL, line, 4)
    line = _without(_TITLE_META, line, 4)
    line = _without(_TITLE_CRUMB, line, 8)
    unmarked = _TITLE_MARKER_START.sub("", _TITLE_MARKER_END.sub("", line)).strip()
    unmarked = _without(_TITLE_TAG, unmarked, 4)
    if len(unmarked) >= 4:
        line = unmarked
    line = _TITLE_NUMBER.sub("", line).strip()
    if _GENRE_WORD.search(line) and len(_COPY_NUMBER.sub("", line)) >= 6:
        line = _COPY_NUMBER.sub("", line).strip()
    button = _LAST_WORD.search(line)
    if button and len(line) - len(button.group(0)) >= 4 and ACTION_WORD.fullmatch(_simplified(button.group(1))):
        line = line[: button.start()]  # a share button's label after a space: "…工作总结 二维码"
    return line


_LAST_WORD = re.compile(r"\s+(\S{1,6})$")
_TITLE_BAR = re.compile(r"\s*[|｜]\s*")


def _bar_title(line: str, rules: DescribeRules) -> str | None:
    """A page title and its variant joined by a bar ("有关于…工作总结范文|…工作总结"): the
    shortest piece that is a title line (a bar of three or more pieces is a menu)."""
    pieces = [p for p in _TITLE_BAR.split(line.strip()) if p]
    if len(pieces) != 2:
        return None
    titles = [p for p in pieces if _is_title_line(p, rules)]
    return _clean_title(min(titles, key=len)) if titles else None


_NOTE_LINE = re.compile(r"^[（(][^（）()]*(?:[（(][^（）()]*[)）][^（）()]*)*[)）]$")


def _is_title_line(line: str, rules: DescribeRules) -> bool:
    """A short line without sentence punctuation or site chrome that names a kind of document
    (not a bare category name such as 工作总结 in a site's menu, not a note or photo caption in
    brackets: "（图为主席作工会工作报告）"). A Traditional line is read in Simplified characters."""
    line = _simplified(_clean_title(line))
    if _NOTE_LINE.match(line):
        return False
    if BARE_GENRE.match(line):
        return False
    if not 4 <= len(line) <= 60 or _TITLE_SENTENCE.search(line) or line.endswith((":", "：")):
        return False
    if _TITLE_CHROME.search(line):
        return False
    k = rules.kinds
    return any(w in line for w in k["plan"] + k["summary"] + k["report"])


_HEADLINE_SEPARATOR = re.compile(r"\s*(?:——|—|--|[|｜：:！!？?，,])\s*")
_UNION_WORD = re.compile(r"工会|工會")


def _is_headline_title(hint: str, rules: DescribeRules) -> bool:
    """The page's own heading written as a headline, as public-account articles are: a slogan or
    a column and the union's title joined by ！——, ｜ or a comma ("春风十里，工会这样干！——…工会2024年
    工作安排", "一图读懂｜…工会2023年工作回顾", "回眸2023｜…工会这一年"). It names the union, holds no
    full stop, and is more than a name: a logo (…学校工会) has no separator."""
    hint = _clean_title(hint)
    if not 8 <= len(hint) <= 60 or re.search(r"[。；;]", hint) or not _UNION_WORD.search(hint):
        return False
    pieces = [p for p in _HEADLINE_SEPARATOR.split(hint) if p]
    if len(pieces) < 2 or re.search(r"[>＞»→]|首页|当前位置|您的位置|所在位置", hint):
        return False
    return len(re.findall(r"[|｜]", hint)) <= 1  # a bar of three or more pieces is a menu


_N_CN = r"[\d一二两三四五六七八九十]{1,3}"
# a compilation heading's count claim: "…总结三篇", "…计划（通用3篇）", "…范文【2篇】", "…总结(汇总2篇)"
_COUNT_TAIL = re.compile(
    rf"\s*(?:[(（【\[]\s*[\u4e00-\u9fff]{{0,4}}\s*{_N_CN}\s*篇(?:范文)?\s*[)）】\]]|(?:精选|通用|汇总|优秀)?{_N_CN}篇(?:范文)?)\s*$"
)
_HEAD_PIECES = re.compile(r"\s*[_|｜]\s*|\s+[-—–]\s+")


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
SAME_TITLE_TAIL = 6  # compact characters two forms of one title end with (…人民医院上半年工会工作总结)


def _own_title_line(first: str, hint: str, rules: DescribeRules) -> str | None:
    """The document's own title line when the page's heading gives the same title in another,
    no fuller form (a document site's `<title>` "2023人民医院上半年工会工作总结" over the file's own
    "西山区人民医院上半年工会工作总结"): the text's first line, when it is a title line at least as
    long (in Chinese characters) that ends as the heading does."""
    a, b = _compact(_clean_title(first)), _compact(to_simplified(_clean_title(hint)))
    if not a or a == b or not _is_title_line(first, rules):
        return None
    if len(b) >= SAME_TITLE_TAIL and len(a) > len(b) and _subsequence(b, a):
        return _clean_title(first)  # the heading shortened: "交通运输工会工作思路" of "平阳县交通运输工会2025年工作思路"
    pieces = [_compact(to_simplified(p)) for p in _HEAD_PIECES.split(hint.strip()) if p.strip()]
    if len(pieces) >= 2 and len(a) >= SAME_TITLE_TAIL and any(p.startswith(a) for p in pieces):
        return _clean_title(first)  # a search heading "工会工作报告_2024年度公司工会工作报告最新完整版"
    if len(_CJK_CHAR.findall(a)) < len(_CJK_CHAR.findall(b)):
        return None
    tail = 0
    while tail < min(len(a), len(b)) and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    return _clean_title(first) if tail >= SAME_TITLE_TAIL else None


RESTATE_LOOK = 3  # lines under a page's heading where the document restates its own title


def _restated(lines: list[str], i: int, rules: DescribeRules) -> int:
    """I, or the line where the document restates its own title under the page's heading at I
    before the text, one holding the other, years aside ("市总工会述职报告范文" over "市总工会述职报告",
    "…计划范文" over "2020…计划范文" over "20xx…计划范文"): the lowest restatement is the document's;
    a shorter one only right under the line above it (a heading's lower half stands lower). Years aside: any
    year, blank or 年度 (a heading fills in the template's "xx年年"), and a word count ("…总结 2550字")."""
    whole = _compact(to_simplified(_clean_title(lines[i])))
    a = _YEARLESS.sub("", whole)
    for j in range(i + 1, min(len(lines), i + 1 + RESTATE_LOOK)):
        line = lines[j]
        if _TITLE_SENTENCE.search(line) or len(line) > 60:
            break
        lower = _compact(to_simplified(_clean_title(line)))
        b = _YEARLESS.sub("", lower)
        if not b or min(len(a), len(b)) < SAME_TITLE_TAIL or not _is_title_line(line, rules):
            continue
        held = _DATE_CHARS.sub("", whole) in _DATE_CHARS.sub("", lower) and len(_DATE_CHARS.sub("", whole)) >= SAME_TITLE_TAIL
        if _compact(line) != _compact(lines[i]) and (held or (b in a and j == i + 1 and _CLAIM_ONLY.match(a.replace(b, "", 1)))):
            return _restated(lines, j, rules)
    return i


_YEARLESS = re.compile(r"(?:19|20)(?:\d{2}|xx|__)年?")
_DATE_CHARS = re.compile(r"\d+字$|年度|[\dx_年]")  # years, blanks, 年度 and a site's word count: "…总结 2550字"
# what a site adds to a document's title in its heading ("…述职报告范文"), not a headline's slogan
_CLAIM_ONLY = re.compile(
    r"^(?:范文|范例|范本|模板|样本|最新|精选|优秀|通用|大全|参考|完整版|可编辑|可编辑版|word版|docx?|简易版|精简版|简版)+\d{0,3}$"
)


def _subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(c in chars for c in short)


def _first_title_line(lines: list[str], hint: str, rules: DescribeRules) -> str:
    """The first title line of the text that is not the page's heading repeated ("" when a line
    of prose comes first): the text's own title stands under the heading and its meta lines."""
    b = _compact(to_simplified(_clean_title(hint)))
    for line in lines:
        if _compact(_clean_title(line)) == b or _compact(line) == b:
            continue
        if _is_title_line(line, rules) or _TITLE_SENTENCE.search(line) or len(line) > 60:
            return line
    return ""


# the first line of an official document's title broken over two lines ("…机关工会关于印发" over
# "2024年工作要点的通知"): it opens with the issuer and 关于 and holds no sentence
_TITLE_HEAD = re.compile(
    r"^(?!根据|按照|依照|依据|遵照|结合|贯彻|落实|对照)[^。，,；;：:！？!?]{2,40}"
    r"(?:工会|委员会|工委|局|厅|办公室|公司|学校|学院|大学|医院|中心|政府)关于(?:印发|转发|召开|开展|做好|举办)?$"
)
# a page's field, a key and a value without words ("咨询电话：0731-2233", "时间：2023-05-06"): no headline
_FIELD_LINE = re.compile(r"^[^:：]{1,8}[:：][^\u4e00-\u9fff]*$")


# ... or after the union's name, the year opening the second line ("…机关工会" over "2024年工作总结…")
_NAME_HEAD = re.compile(r"^[\u4e00-\u9fff（）()]{4,30}(?:工会|工会委员会|工委)$")
_YEAR_START = re.compile(r"^(?:19|20)\d{2}")


def _with_title_head(previous: str, line: str) -> str:
    """LINE with the first line of its title when the title is broken after 关于 (…印发) or after
    the union's name."""
    if len(previous) + len(line) > 60 or _TITLE_CHROME.search(previous):
        return line
    if _TITLE_HEAD.match(previous) or (_NAME_HEAD.match(previous) and _YEAR_START.match(line)):
        return previous + line
    if _JOINED_TAIL.match(line) and len(_CJK_CHAR.findall(previous)) >= 6 and not re.search(f"[{_CLAUSE_MARKS}]", previous):
        return previous + line  # "…第一次会议提案落实情况" over "及第二次会议提案工作报告"
    return line


_CLAUSE_MARKS = "。，,；;：:！？!?"  # what a title broken over two lines holds in neither line
# the second line of a title broken before 及/暨 that names the genre itself ("及…工作报告")
_JOINED_TAIL = re.compile(rf"^(?:及|暨|以及)[^{_CLAUSE_MARKS}]{{2,30}}$")
# the second line of a title broken before its conjunction ("…召开2024年工作总结" over "及2025年工作谋划务虚会")
_TITLE_TAIL = re.compile(rf"^(?:及|暨|以及|和|与|并)[^{_CLAUSE_MARKS}]{{2,30}}$")


def _with_title_tail(line: str, following: str) -> str:
    """LINE with the second line of its title when the title is broken before 及/暨/和."""
    following = following.strip()
    if _TITLE_TAIL.match(following) and len(line) + len(following) <= 60 and not _TITLE_CHROME.search(following):
        return line + following
    return line


# a unit's name alone over a headline that goes on from it ("陕建七建集团" over "首个项目工会联合会挂牌成立")
_UNIT_LINE = re.compile(r"^[\u4e00-\u9fff]{2,16}(?:集团|公司|学校|学院|大学|医院|中学|小学|幼儿园|工会|总工会|局|厅|委员会)$")


def _under_column(lines: list[str]) -> str:
    """The first line, or the headline under it when it is a column's name ("群团工作" over
    "某学院召开二届三次教代会"): a short line without digits over a longer line of no sentence;
    a unit's name over the headline is the headline's first line (a newspaper's kicker)."""
    if len(lines) >= 2 and _UNIT_LINE.match(lines[0]) and not _UNIT_LINE.match(lines[1]):
        head = lines[1]
        if 6 <= len(head) <= 30 and not _TITLE_SENTENCE.search(head) and not _TITLE_CHROME.search(head) \
                and not _FIELD_LINE.match(head):
            return lines[0] + head
    if len(lines) >= 2 and len(lines[0]) <= 6 and not re.search(r"\d", lines[0]):
        head = lines[1]
        if 8 <= len(head) <= 40 and not _TITLE_SENTENCE.search(head) and not _TITLE_CHROME.search(head):
            return head
    return lines[0] if lines else ""


def compilation_topic(page_head: str | None, rules: DescribeRules | None = None) -> str | None:
    """The topic of a compilation page ("教育局工会工作总结" of "…_教育局工会工作总结三篇"): the
    heading piece that claims a count of articles, less the claim, when it is a title line. An
    article under a lone marker (篇一：) with no title line of its own goes by it."""
    rules = rules or default_describe_rules()
    for line in [ln.strip() for ln in (page_head or "").split("\n") if ln.strip()][:TITLE_LOOK_LINES]:
        for piece in _HEAD_PIECES.split(line):
            if _COUNT_TAIL.search(piece):
                topic = _clean_title(_COUNT_TAIL.sub("", piece))
                if _is_title_line(topic, rules):
                    return topic
    return None


def choose_title(split_title: str | None, text: str, *, source: str | None = None, hint: str | None = None,
                 several: bool = False, page_head: str | None = None) -> tuple[str, str]:
    """``title_as_written`` without what a site added to the title (``title_additions``: 范文, 模板, a column
    tag…). The describer reads the title as written (a site's issue tag 【2023第9期】 still dates the item)."""
    title, where = title_as_written(split_title, text, source=source, hint=hint, several=several, page_head=page_head)
    return drop_site_additions(title), where


def title_as_written(split_title: str | None, text: str, *, source: str | None = None, hint: str | None = None,
                     several: bool = False, page_head: str | None = None) -> tuple[str, str]:
    """`_title_on_text`, or the page's own headline where that misses it on the page as read (`title_page`, Round 38)."""
    title, where = _title_on_text(split_title, text, source=source, hint=hint, several=several, page_head=page_head)
    own = None if several or where == "hint" else page_headline(title, page_head, _clean_title, _chrome_line,
                                                                lambda line: _is_title_line(line, default_describe_rules()), hint)
    return (own, "page") if own else (title, where)


def _title_on_text(split_title: str | None, text: str, *, source: str | None = None, hint: str | None = None,
                   several: bool = False, page_head: str | None = None) -> tuple[str, str]:
    """The article's own title and where it came from ("hint", "split", "text", "page" or "none").

    The page's own heading (HINT: an HTML <h1>/<title> the reader found) names a single-article
    page; a compilation's heading names the compilation, not its articles. Else the title is
    the first genre line (…工作总结, …工作计划) among the first lines of the article, never a
    line of site chrome (link bars, breadcrumbs, "（通用3篇）" count claims) and never the file
    name (the splitter's fallback when a text has no title line: the file name is the path
    fallback of org and year, see `org_from_path`). A title the splitter took from the marker
    line is kept when it is a genre line itself. An article of a compilation under a lone marker
    (篇一：) takes the compilation's topic from the page's heading (HINT, or PAGE_HEAD: the first
    lines of the page as read, before cleaning).
    """
    rules = default_describe_rules()
    look = COMPILATION_LOOK_LINES if several else TITLE_LOOK_LINES
    lines = [ln.strip() for ln in (text or "").split("\n") if ln.strip()][:look]
    if hint and not several and (_is_title_line(hint, rules) or _is_headline_title(hint, rules)):
        own = _own_title_line(_first_title_line(lines, hint, rules), hint, rules)
        return (own, "text") if own else (_clean_title(hint), "hint")
    if not split_title or not re.search(r"[\u4e00-\u9fff]", split_title):
        split_title = None  # what a lone marker left (篇一： -> "：", or nothing): no title
    stem = _compact(PurePosixPath(str(source).replace("\\", "/")).stem) if source else ""
    own = bool(split_title) and (not stem or _compact(split_title) != stem)
    if own and lines and lines[0] != split_title.strip() and lines[0].startswith(split_title.strip()):
        # the splitter's fallback: the start of a long first line, not a title (unless it is a
        # title line itself: "工会工作计划 篇一" over "工会工作计划是指…")
        # (a cut at the splitter's length limit is a sentence's start: "总结是在某一时期、…")
        own = _is_title_line(split_title, rules) and len(split_title.strip()) < MAX_TITLE_CHARS
    if own and _is_title_line(split_title, rules):
        if lines and lines[0].startswith(split_title.strip()) and _restated(lines, 0, rules):
            return _clean_title(lines[_restated(lines, 0, rules)]), "text"  # a site's abstract opening with the title
        after = lines[1] if len(lines) > 1 and lines[0] == split_title.strip() else ""
        own = own_title_under_marker(split_title, lines, lambda ln: _is_title_line(ln, rules), _compact, _with_title_tail)
        return (_clean_title(own), "text") if own else (_clean_title(_with_title_tail(split_title, after)), "split")
    for i, line in enumerate(lines):
        if _is_title_line(line, rules):
            i = _restated(lines, i, rules)
            title = _with_title_head(lines[i - 1] if i else "", lines[i])
            return _clean_title(_with_title_tail(title, lines[i + 1] if i + 1 < len(lines) else "")), "text"
        bar = _bar_title(line, rules)
        if bar:
            return bar, "text"
        # a flattened page: the title is one of the first space-separated segments
        for piece in line.split()[:4] if " " in line else ():
            if _is_title_line(piece, rules):
                return _clean_title(piece), "text"
    for line in lines[:3]:  # a column's name and its headline on one line: the headline's commas are its own
        head = column_before_dash(line)  # ("群團動態 | “乒”出活力，搏出精彩，某某公司舉辦…")
        if head and len(head) <= 60 and not re.search(r"[。！？!?；;]", head) and not _TITLE_CHROME.search(head):
            return _clean_title(head), "text"
    chinese = bar_pieces([ln for ln in lines if re.search(r"[\u4e00-\u9fff]", ln) and not _FIELD_LINE.match(ln)])
    first = _under_column(chinese)
    if own and not _TITLE_CHROME.search(split_title) and not _TITLE_SENTENCE.search(split_title) \
            and not _FIELD_LINE.match(split_title) and not split_title.strip().endswith((":", "：")):
        if chinese and _compact(split_title) == _compact(chinese[0]) and first != chinese[0]:
            return _clean_title(first), "text"  # the splitter took the column's name above the headline
        over = headline_over_subtitle(split_title, page_head, _clean_title, _chrome_line)  # the cleaner took it
        return (over, "page") if over else (_clean_title(split_title), "split")
    if several and split_title is None:
        # an article under a lone marker: the compilation's topic (its heading, less the count)
        topic = compilation_topic(hint, rules) or compilation_topic(page_head, rules)
        if topic:
            return topic, "page"
    head = headline_over_text(lines)  # (a site's line over the page's date is not: `title_site_lines`)
    if first and len(first) <= 40 and not _TITLE_SENTENCE.search(exclaimed_headline(first)) \
            and not _TITLE_CHROME.search(themed(_clean_title(first))) and not first.endswith((":", "：")) \
            and not headline_under_date(first, head, lines):
        return _clean_title(first), "text"
    return (_clean_title(head), "text") if head else ("", "none")


def headline_over_text(lines: list[str]) -> str | None:
    """A news item's own headline right above the first sentence of its text (`title_fallback`)."""
    return fallback_headline(lines, _clean_title, _chrome_line)


def _chrome_line(line: str) -> bool:
    return bool(_TITLE_CHROME.search(themed(line)))
