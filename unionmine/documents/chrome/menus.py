"""A menu's line: short items joined by bars, spaces or 、 ("首页 | 工会动态 | …", "网站首页 学校概况 …"), and the
items a breadcrumb or a menu is split into (``split_items``, ``short_items``)."""

from __future__ import annotations

import re

from .protected import CJK, SENTENCE

_BAR_SPLIT = re.compile(r"\s*[|｜·•]\s*|\s+/\s+| {2,}|\u3000{1,}")  # no tabs: a tab joins table cells
_WEAK_SPLIT = re.compile(r"\s+|、")


def split_items(line: str, splitter: re.Pattern[str]) -> list[str]:
    return [p for p in (x.strip() for x in splitter.split(line)) if p]


def short_items(items: list[str], most: int) -> bool:
    return all(len(p) <= most and not SENTENCE.search(p) for p in items)


_HOME_ITEM = re.compile(r"^(?:网站|学校|本站|返回)?(?:首页|主页)$")
_MENU_SPLIT = re.compile(r"\s*[|｜·•/／]\s*|\s+")


def _home_menu(s: str) -> bool:
    """A menu that starts at the home page ("网站首页 学校概况 教育教学 …", "| 首页 | 工会动态 | … |"):
    four or more short items, the first of them 首页, no sentence."""
    items = split_items(re.sub(r"^([首主])\s+页", r"\1页", s), _MENU_SPLIT)  # a letter-spaced 首  页
    return len(items) >= 4 and bool(_HOME_ITEM.match(items[0])) and short_items(items, 8) and not SENTENCE.search(s)


def link_bar(s: str) -> bool:
    if _home_menu(s):
        return True
    if s.endswith(("|", "｜")) or "\t" in s or SENTENCE.search(s) or len(s) > 160:
        return False  # "项目 | 数量 | 备注 |" is a table row, not a menu
    if re.search(r"[|｜·•]|\s/\s", s):
        items = split_items(s, _BAR_SPLIT)
        return len(items) >= 3 and short_items(items, 10) and sum(bool(CJK.search(p)) for p in items) >= 3
    # Items apart by wide spaces only: also a table row of a PDF or a signature block
    # ("组长：李明  副组长：王芳"), so at least four items, no label-value pairs, no numbers.
    items = split_items(s, _BAR_SPLIT)
    return (
        len(items) >= 4 and short_items(items, 8) and all(CJK.search(p) for p in items)
        and not re.search(r"[:：\d]", s)
    )


def weak_bar(line: str) -> bool:
    """Four or more short items joined only by spaces or 、 ("首页 工作总结 工作计划 …").

    Prose lists look the same ("拔河、跳绳、乒乓球、登山"), so this counts only next to chrome."""
    s = line.strip()
    if SENTENCE.search(s) or "，" in s or "," in s:
        return False
    items = split_items(s, _WEAK_SPLIT)
    return len(items) >= 4 and short_items(items, 8)


_SEPARATOR_ONLY = re.compile(r"^[|｜/／·•>»＞›\\\-—_]+$")


def split_link_bars(lines: list[str], marks: dict[int, str]) -> None:
    """A menu whose items and separators came out one per line ("首页", "|", "工作总结", "|", …)."""
    run: list[int] = []
    for i in [*range(len(lines)), len(lines)]:
        s = lines[i].strip() if i < len(lines) else None
        if s == "":
            continue
        if s is not None and (_SEPARATOR_ONLY.match(s) or (len(s) <= 10 and not SENTENCE.search(s))):
            run.append(i)
            continue
        seps = [k for k in run if _SEPARATOR_ONLY.match(lines[k].strip())]
        if len(seps) >= 2 and len(run) - len(seps) >= 3:
            # the separators and the items between and right around them
            lo = max(run.index(seps[0]) - 1, 0)
            hi = min(run.index(seps[-1]) + 1, len(run) - 1)
            for k in run[lo : hi + 1]:
                marks.setdefault(k, "link_bar")
        run = []
