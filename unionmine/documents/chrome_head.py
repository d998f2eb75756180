"""Chrome found by where a line stands on the page, with the cleaning rules' drops as landmarks (issue 12,
round 19).

The line rules of ``clean`` drop a breadcrumb (当前位置/您的位置…) before ``chrome.find_chrome`` reads the page,
so its context rules never see it. These passes run on the page as the rules found it, every line in place,
with the rules' drops and the chrome pass's marks together (``clean._drop_chrome``)."""

from __future__ import annotations

from .chrome_edges import _headline
from .line_shapes import _looks_like_title, is_paragraph

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
