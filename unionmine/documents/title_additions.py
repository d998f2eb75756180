"""What a template or document site adds to an article's title (ruling c of 2026-11-30).

The title is the author's own; a site adds a closed set of things around it, and each goes:
its genre words at the end (范文, 优秀范文, 模板, 范本, 集合, 汇编, PPt, 精选, 最新, in brackets or not), 最新
at the start (after a template's year at most: "20xx最新…"), an issue or column tag in 【】 before
it (【2023第1期】, 【三届二次会议】, 【学院动态】), and an alias or category in brackets after the
genre word (…工作总结报告(学校工会年度工作总结), …工作计划(区县)). Kept: the template's year blank
(20__, 20xx), a bracket inside the title or part of a name (工会(妇委会), (扩大)会议, 村(社区)), and
a closing bracket that gives the year or the document's state ((2022年), (提纲), (草案), (试行)).
A title is never cut below MIN_CHARS characters.
"""

from __future__ import annotations

import re

MIN_CHARS = 4

_SITE_WORDS = r"(?:优秀范文|范文|模板|范本|集合|汇编|匯編|ppt|精选|最新)"
_TAIL = re.compile(rf"\s*(?:[(（【\[]\s*{_SITE_WORDS}\s*[)）】\]]|{_SITE_WORDS})\s*$", re.IGNORECASE)
_HEAD = re.compile(r"^((?:19|20)[\dxX_×]{2}\s*年?\s*)?最新\s*")
_TAG = re.compile(r"^[【\[][^】\]]{1,14}[】\]]\s*(?=\S)")
# an alias after the genre word that ends the title: "…工作总结报告（学校工会年度工作总结）", "…计划(区县)"
_ALIAS = re.compile(r"(?<=[结划点告案排算要录结劃點報])\s*[(（]([^()（）]{1,20})[)）]$")
#: the brackets a title keeps at its end: a year, the document's state
_OWN_BRACKET = re.compile(r"\d|提纲|提綱|草案|试行|試行|稿|修订|修訂|讨论|討論|征求意见|徵求意見")


def drop_site_additions(title: str) -> str:
    """TITLE without what a site added to it (see the module's docstring)."""
    if not title or not re.search(r"[\u4e00-\u9fff]", title):
        return title
    current = title.strip()
    while True:
        before = current
        for cut in (_cut_tail, _cut_head, _cut_tag, _cut_alias):
            shorter = cut(current).strip()
            if len(shorter) >= MIN_CHARS and re.search(r"[\u4e00-\u9fff]", shorter):
                current = shorter
        if current == before:
            return current


def _cut_tail(s: str) -> str:
    return _TAIL.sub("", s)


def _cut_head(s: str) -> str:
    return _HEAD.sub(lambda m: m.group(1) or "", s)


def _cut_tag(s: str) -> str:
    return _TAG.sub("", s)


def _cut_alias(s: str) -> str:
    m = _ALIAS.search(s)
    return s[: m.start()] if m and not _OWN_BRACKET.search(m.group(1)) else s
