"""Chrome found by where a line stands on the page, with the cleaning rules' drops as landmarks (issue 12,
round 19).

The line rules of ``clean`` drop a breadcrumb (当前位置/您的位置…) before ``chrome.find_chrome`` reads the page,
so its context rules never see it. These passes run on the page as the rules found it, every line in place,
with the rules' drops and the chrome pass's marks together (``drop_chrome``, called by ``clean``)."""

from __future__ import annotations

from collections import Counter

from .chrome import find_chrome
from .chrome_edges import _headline
from .line_shapes import _cjk, _looks_like_title, is_paragraph

#: The marks that name a breadcrumb: the chrome pass's, and the cleaning rule's.
BREADCRUMB_MARKS = ("breadcrumb", "navigation")


def above_breadcrumb(lines: list[str], marks: dict[int, str]) -> None:
    """A page's breadcrumb ("you are here") heads its content area: the lines above it, over the title and the
    text, are the site's header (its name, a welcome line, a ticker), however long. Only when the breadcrumb
    stands above the text's first paragraph and the article's title (or a headline) stands between them (a title above the
    breadcrumb, with none under it, is the page's only title and stays)."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    first = next((i for i in nonblank if i not in marks and is_paragraph(lines[i])), None)
    if first is None:
        return
    crumb = next((i for i in nonblank if i < first and marks.get(i) in BREADCRUMB_MARKS), None)
    if crumb is None or not any(i not in marks and (_looks_like_title(lines[i].strip()) or _headline(lines[i]))
                                for i in nonblank if crumb < i < first):
        return
    for i in nonblank:
        if i < crumb and i not in marks:
            marks[i] = "above_breadcrumb"


def drop_chrome(lines: list[str], boilerplate, removed: Counter, simplified: bool = False,
                structural=frozenset(), dropped: dict[int, str] | None = None) -> list[str]:
    """Drop the lines the cleaning rules DROPPED (index → rule, counted there already), the lines the
    line-feature, structure and context rules of ``chrome`` find on the lines left, and then the lines
    the passes here find by their place among both. REMOVED gets the Chinese characters per chrome rule."""
    dropped = dropped or {}
    kept = [i for i in range(len(lines)) if i not in dropped]
    report = find_chrome([lines[i] for i in kept], boilerplate, simplified, structural)
    marks = dropped | {kept[k]: name for k, name in report.removed.items()}
    above_breadcrumb(lines, marks)
    if not marks:
        return lines
    for i, name in marks.items():
        if i not in dropped:
            removed[f"chrome:{name}"] += _cjk(lines[i])  # few lines: chrome is short
    return [line for i, line in enumerate(lines) if i not in marks]
