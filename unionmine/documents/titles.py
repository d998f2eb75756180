"""Titles: the article's own title line, and the kind a title names.

The title is the author's own label: the page's heading hint, else the first genre line
(…工作总结, …工作计划) among the first lines of the article, never a line of site chrome and
never the file name. A title that names a kind decides it (see `describe.find_kind`).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from .organisations import _PINYIN, DescribeRules, default_describe_rules


def _title_kind(title: str, k: dict) -> tuple[str | None, str]:
    """The kind the title names, and the words that say so ("" when it names none)."""
    plan = next((w for w in k["plan"] if w in title), None)
    summary = next((w for w in k["summary"] if w in title), None)
    if plan and summary:
        return "report", f"{summary!r} and {plan!r}"
    if plan or summary:
        return ("plan", repr(plan)) if plan else ("summary", repr(summary))
    report = next((w for w in k["report"] if w in title), None)
    return ("report", repr(report)) if report else (None, "")




_TITLE_SENTENCE = re.compile(r"[。!?;！？；]|[,，].*[,，]")
# what a site puts around a title: link bars, breadcrumbs, a compilation's count claim
_TITLE_CHROME = re.compile(
    r"[|｜>＞»→]|首页|当前位置|您的位置|所在位置|\d+\s*篇|[一二三四五六七八九十]+篇[)）]|篇\s*[\d一二三四五六七八九十]+$"
    r"|^[【\[(（]?(?:篇|第)[\d一二三四五六七八九十]+|^[一二三四五六七八九十]{1,3}[、.．:：]|^[（(][一二三四五六七八九十\d]{1,3}[)）]"
    r"|^\d{1,2}[、.．](?!\d)|^#"
)
TITLE_LOOK_LINES = 8  # the title is among the first lines of a page (chrome may come first)
COMPILATION_LOOK_LINES = 3  # ... and right after its marker in a compilation


def _compact(s: str) -> str:
    return re.sub(r"[^0-9A-Za-z\u4e00-\u9fff]", "", s or "").lower()


_BARE_GENRE = re.compile(r"^(?:工作|年度)?(?:总结|计划|要点|报告|小结|述职报告|心得体会|工作报告)(?:范文|大全)?$")
_TITLE_NUMBER = re.compile(r"(?<=[结划点排算路告])\s*\d{1,2}$")  # 医院工会工作总结1 (a numbered copy)


def _clean_title(line: str) -> str:
    """A title without pinyin in brackets (報(bào)告) or a compilation's trailing copy number."""
    return _TITLE_NUMBER.sub("", _PINYIN.sub("", line.strip())).strip()


def _is_title_line(line: str, rules: DescribeRules) -> bool:
    """A short line without sentence punctuation or site chrome that names a kind of document
    (not a bare category name such as 工作总结 in a site's menu)."""
    line = _clean_title(line)
    if _BARE_GENRE.match(line):
        return False
    if not 4 <= len(line) <= 60 or _TITLE_SENTENCE.search(line) or line.endswith((":", "：")):
        return False
    if _TITLE_CHROME.search(line):
        return False
    k = rules.kinds
    return any(w in line for w in k["plan"] + k["summary"] + k["report"])


def choose_title(split_title: str | None, text: str, *, source: str | None = None, hint: str | None = None,
                 several: bool = False) -> tuple[str, str]:
    """The article's own title and where it came from ("hint", "split", "text" or "none").

    The page's own heading (HINT: an HTML <h1>/<title> the reader found) names a single-article
    page; a compilation's heading names the compilation, not its articles. Else the title is
    the first genre line (…工作总结, …工作计划) among the first lines of the article, never a
    line of site chrome (link bars, breadcrumbs, "（通用3篇）" count claims) and never the file
    name (the splitter's fallback when a text has no title line: the file name is the path
    fallback of org and year, see `org_from_path`). A title the splitter took from the marker
    line is kept when it is a genre line itself.
    """
    rules = default_describe_rules()
    look = COMPILATION_LOOK_LINES if several else TITLE_LOOK_LINES
    lines = [ln.strip() for ln in (text or "").split("\n") if ln.strip()][:look]
    if hint and not several and _is_title_line(hint, rules):
        return _clean_title(hint), "hint"
    stem = _compact(PurePosixPath(str(source).replace("\\", "/")).stem) if source else ""
    own = bool(split_title) and (not stem or _compact(split_title) != stem)
    if own and lines and lines[0] != split_title.strip() and lines[0].startswith(split_title.strip()):
        own = False  # the splitter's fallback: the start of a long first line, not a title
    if own and _is_title_line(split_title, rules):
        return _clean_title(split_title), "split"
    for line in lines:
        if _is_title_line(line, rules):
            return _clean_title(line), "text"
        # a flattened page: the title is one of the first space-separated segments
        for piece in line.split()[:4] if " " in line else ():
            if _is_title_line(piece, rules):
                return _clean_title(piece), "text"
    if own and not _TITLE_CHROME.search(split_title) and not _TITLE_SENTENCE.search(split_title):
        return _clean_title(split_title), "split"
    first = lines[0] if lines else ""
    if first and len(first) <= 40 and not _TITLE_SENTENCE.search(first) and not _TITLE_CHROME.search(first):
        return _clean_title(first), "text"
    return "", "none"
