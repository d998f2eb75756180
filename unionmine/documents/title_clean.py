"""A title as cleaned: what a site or a compilation glues to an article's own title (split from `titles`, Round 39).

Pinyin in brackets, a compilation's marker (`篇1`, `范文一`), a copy number, an edition note (`（可编辑）`), a reprint's
`原标题：`, a breadcrumb, meta fields or keywords glued after a headline, a share button's label after a space.
"""

from __future__ import annotations

import functools
import re

from ..text.normalize import to_simplified
from .chrome.lines import ACTION_WORD
from .organisations.find import PINYIN


@functools.lru_cache(maxsize=4096)
def simplified(line: str) -> str:
    return to_simplified(line) if re.search(r"[\u4e00-\u9fff]", line) else line


def compact(s: str) -> str:
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


def clean_title(line: str) -> str:
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
    if button and len(line) - len(button.group(0)) >= 4 and ACTION_WORD.fullmatch(simplified(button.group(1))):
        line = line[: button.start()]  # a share button's label after a space: "…工作总结 二维码"
    return line


_LAST_WORD = re.compile(r"\s+(\S{1,6})$")
