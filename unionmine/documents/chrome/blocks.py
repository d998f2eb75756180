"""Chrome found from a page's blocks rather than from one line: a run of contact and credit
fields under the text, a site's preview glued to the title, the page's heading over the title
the document restates, and the site's name lines standing both over and under the text.
Called by ``chrome.find.find_chrome`` after its line rules (``title_like`` and ``compact`` passed in,
so that this module does not import the rules that call it)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .line_shapes import PARAGRAPH_CHARS as BODY_PARAGRAPH_CHARS
from .lines import CONTACT_FIELD
from .meta_fields import META_FIELD
from .protected import DATE_LINE, SENTENCE, SIGNATURE, is_protected

TitleTest = Callable[[str], bool]
Compact = Callable[[str], str]


def _paragraphs(lines: list[str], marks: dict[int, str]) -> list[int]:
    return [i for i, line in enumerate(lines) if line.strip() and i not in marks
            and len(line.strip()) >= BODY_PARAGRAPH_CHARS and SENTENCE.search(line)]


def page_blocks(lines: list[str], marks: dict[int, str], title_like: TitleTest, compact: Compact) -> None:
    if not _paragraphs(lines, marks):
        return
    _field_block(lines, marks)
    _preview(lines, marks, title_like, compact)
    _page_heading(lines, marks, title_like, compact)
    _edge_repeats(lines, marks, title_like, compact)


#: A site's abstract or preview of the document: its title with more text glued to it, above the
#: text, while the title also stands on a line of its own near it ("…工作报告概括本次…", or the
#: title and the opening of the first paragraph, "…工会工作总结2024年，本中心工会…").
PREVIEW_MORE_CHARS = 10
PREVIEW_LOOK = 3
#: ... not a compound title whose first part heads the text below it ("2007年度工作总结和2008年度工作要点" over
#: "2007年度工作总结", round 27): what it adds is a conjunction and the second part's genre, no sentence
_COMPOUND_REST = re.compile(r"^(?:和|及|与|暨|以及|并)[^。！？；]{0,20}?(?:计划|要点|安排|打算|思路|设想|总结|回顾|目标|任务)$")
COMPOUND_MAX_CHARS = 40


def _preview(lines: list[str], marks: dict[int, str], title_like: TitleTest, compact: Compact) -> None:
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    body = _paragraphs(lines, marks)
    if not body:
        return
    for pos, i in enumerate(nonblank):
        if i > body[0]:
            break
        if i in marks:
            continue
        c = compact(lines[i])
        near = nonblank[max(0, pos - PREVIEW_LOOK):pos] + nonblank[pos + 1:pos + 1 + PREVIEW_LOOK]
        for k in near:
            t = compact(lines[k])
            if (len(t) >= 6 and c.startswith(t) and len(c) - len(t) >= PREVIEW_MORE_CHARS
                    and title_like(lines[k].strip())):
                rest = c[len(t):]
                if _COMPOUND_REST.match(rest) and len(lines[i].strip()) <= COMPOUND_MAX_CHARS:
                    break  # a compound title over its first part's heading ("…总结和…要点" over "…总结"): the title
                later = [compact(lines[j]) for j in nonblank[pos + 1:pos + 1 + PREVIEW_LOOK]]
                # the opening may be broken over lines by the layout ("2024年，本中心" / "工会在…")
                if k > i or "".join(later).startswith(rest[:PREVIEW_MORE_CHARS]):
                    marks[i] = "preview"
                    break


#: One "key：value" field on its line (地址：…, 邮编：…, 核稿人：…), no sentence in it.
_FIELD_LINE = re.compile(r"^(?:[\u4e00-\u9fff]{1,5}|E-?mail)\s*[:：]\s*\S[^。！？；;]{0,40}$", re.IGNORECASE)
#: Under the text, this many field lines in a row, two of them contact or meta fields, are the
#: page's contact and credits footer (a document's own closing fields share a line, or are two).
FIELD_BLOCK_LINES = 3


def _field_block(lines: list[str], marks: dict[int, str]) -> None:
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    body = _paragraphs(lines, marks)
    if not body:
        return
    run: list[int] = []
    for i in [k for k in nonblank if k > body[-1]] + [-1]:
        if i >= 0 and _FIELD_LINE.match(lines[i].strip()):
            run.append(i)
            continue
        known = sum(1 for k in run if CONTACT_FIELD.match(lines[k].strip()) or META_FIELD.match(lines[k].strip()))
        if len(run) >= FIELD_BLOCK_LINES and known >= 2:
            for k in run:
                marks.setdefault(k, "field_block")
        run = []


#: The page's heading over the document's own title restated under it, one holding the other,
#: years aside ("…述职报告范文" over "…述职报告", "最新…范文" over "2020最新…范文"): the heading is the
#: site's (``titles._restated`` picks the lower one as the title).
_YEARLESS = re.compile(r"(?:19|20)(?:\d{2}|xx|XX|__)年?")
# what a site adds to a document's title in its heading ("…述职报告范文"), not a headline's slogan
_CLAIM_ONLY = re.compile(r"^(?:范文|范例|范本|模板|样本|最新|精选|优秀|通用|大全|参考|完整版|可编辑|可编辑版|word版|docx?)+$")
RESTATE_LOOK = 3
RESTATE_MIN_CHARS = 6


def _page_heading(lines: list[str], marks: dict[int, str], title_like: TitleTest, compact: Compact) -> None:
    paras = _paragraphs(lines, marks)
    if not paras:
        return
    first = paras[0]
    heads = [i for i in range(first) if lines[i].strip() and i not in marks]
    for pos, i in enumerate(heads):
        if not title_like(lines[i].strip()):
            continue
        a = _YEARLESS.sub("", compact(lines[i]))
        for k, j in enumerate(heads[pos + 1:pos + 1 + RESTATE_LOOK]):
            b = _YEARLESS.sub("", compact(lines[j]))
            if (not title_like(lines[j].strip()) or compact(lines[j]) == compact(lines[i])
                    or min(len(a), len(b)) < RESTATE_MIN_CHARS):
                continue
            if a in b or (b in a and k == 0 and _CLAIM_ONLY.match(a.replace(b, "", 1))):
                marks[i] = "page_heading"
                break


#: The site's name lines: a short line standing both over the text's first paragraph and under
#: its last one (a header and a footer), never a title, a signature or a date, nor the line right
#: under the text (where the document signs) unless it is the page's last line and its first, over chrome.
EDGE_LINE_CHARS = 40


def _edge_repeats(lines: list[str], marks: dict[int, str], title_like: TitleTest, compact: Compact) -> None:
    paras = _paragraphs(lines, marks)
    if not paras:
        return
    first, last = paras[0], paras[-1]
    tail = [i for i, line in enumerate(lines) if i > last and line.strip()]
    top = {compact(lines[i]): i for i in range(first) if lines[i].strip()}
    edges = [i for i, line in enumerate(lines) if line.strip()]
    for i in tail:
        s = lines[i].strip()
        c = compact(s)
        if i == tail[0] and not (i == edges[-1] and top.get(c) == edges[0] and len(edges) > 1 and edges[1] in marks):
            continue  # a document signs right under its text, unless the line opens the page over its chrome and closes it
        if (c not in top or len(s) > EDGE_LINE_CHARS or SENTENCE.search(s) or title_like(s) or is_protected(s)
                or SIGNATURE.match(s) or DATE_LINE.match(s)):
            continue
        for k in [top[c], i]:
            marks.setdefault(k, "site_repeat")
        for k in range(first):
            if k not in marks and compact(lines[k]) == c:
                marks[k] = "site_repeat"
