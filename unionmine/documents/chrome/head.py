"""Chrome found by where a line stands on the page (issue 12, rounds 19-20): the site's header above a breadcrumb,
an author's by-line at the text's edge, what follows the text's evident end, a run of lines under the text between
chrome or into the site's footer, a label wrapped in brackets or dashes over the text, a head of bare words with no
title.

The line rules of ``clean`` drop a breadcrumb (当前位置/您的位置…) before ``chrome.find.find_chrome`` reads the page,
so its context rules never see it: ``above_breadcrumb`` runs on the page as the rules found it, every line in
place, with the rules' drops and the chrome pass's marks together (``chrome.find.drop_chrome``). The passes
by place run last in ``find_chrome`` (``place_passes``)."""

from __future__ import annotations

import re

from .credit_lines import credit_tokens
from .edges import BARE_WORD
from .forms import PICTURE_MARK, PINYIN_GLOSS
from .headlines import headline
from .line_shapes import is_paragraph, signature_or_date, title_shaped, unmarked_paragraphs
from .protected import DATE_LINE, HEADING, SENTENCE_END, is_protected

#: The marks that name a breadcrumb: the chrome pass's, and the cleaning rule's.
BREADCRUMB_MARKS = ("breadcrumb", "navigation")


def above_breadcrumb(lines: list[str], marks: dict[int, str]) -> None:
    """A page's breadcrumb ("you are here") heads its content area: the lines above it, over the title and the
    text, are the site's header (its name, a welcome line, a ticker), however long. Only when the breadcrumb
    stands above the text's first paragraph and the article's title (or a headline) stands between them (a title above the
    breadcrumb, with none under it, is the page's only title and stays)."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    crumb = next((i for i in nonblank if marks.get(i) in BREADCRUMB_MARKS), None)
    if crumb is None:
        return
    # (round 40) a ticker or a leader's quote over the crumb may be a paragraph: the text's first paragraph is
    # the one under the crumb, when at most QUOTE_PARAGRAPHS stand above it and no title over them (a title, a
    # paragraph, then the crumb: the text starts over the crumb, and nothing above it is taken)
    above = [i for i in nonblank if i < crumb and i not in marks and is_paragraph(lines[i])]
    first = next((i for i in nonblank if i > crumb and i not in marks and is_paragraph(lines[i])), None)
    if first is None or len(above) > QUOTE_PARAGRAPHS or (above and any(
            i not in marks and (title_shaped(lines[i].strip()) or headline(lines[i])) for i in nonblank if i < above[0])):
        return
    if crumb is None or not any(i not in marks and (title_shaped(lines[i].strip()) or headline(lines[i]))
                                for i in nonblank if crumb < i < first):
        return
    for i in nonblank:
        if i < crumb and i not in marks:
            marks[i] = "above_breadcrumb"


#: At most this many paragraphs over a breadcrumb are the site's header (a ticker, a leader's quote), not the text.
QUOTE_PARAGRAPHS = 1


#: The marks of a meta line (发布时间/来源/浏览…): the chrome pass's, and the cleaning rule's.
META_MARKS = ("meta", "publish_time")


def above_news_title(lines: list[str], marks: dict[int, str]) -> None:
    """A news item's title stands right above its first meta line (发布时间/来源/浏览…): the lines above the
    title, over the text's first paragraph, are the site's (a column's name, a welcome line, a ticker)."""
    first = next((i for i, line in enumerate(lines) if i not in marks and is_paragraph(line)), None)
    if first is None:
        return
    head = [i for i in range(first) if lines[i].strip()]
    meta = next((pos for pos, i in enumerate(head) if marks.get(i) in META_MARKS), None)
    if not meta or head[meta - 1] in marks or not headline(lines[head[meta - 1]]):
        return
    for i in head[: meta - 1]:
        marks.setdefault(i, "above_news_title")


def _unit_and_person(line: str) -> bool:
    """A unit's name and a person's ("某某中学 某某", "（某某研究院工会 某某）"): an author's by-line (ruling d)."""
    counts = credit_tokens(line)
    return counts is not None and counts[0] == 0 and counts[1] == 1 and counts[2] >= 1 and len(line.split()) >= 2


def edge_bylines(lines: list[str], marks: dict[int, str]) -> None:
    """The line right above the text's first paragraph or right under its last that names a unit and a person
    (``_unit_and_person``) is the author's by-line: chrome. Two such lines in a row are a list (winners, members)."""
    paragraphs = unmarked_paragraphs(lines, marks)
    if not paragraphs:
        return
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    for edge, step in ((paragraphs[0], -1), (paragraphs[-1], 1)):
        pos = nonblank.index(edge) + step
        while 0 <= pos < len(nonblank) and nonblank[pos] in marks:
            pos += step
        if not 0 <= pos < len(nonblank) or not _unit_and_person(lines[nonblank[pos]]):
            continue
        beside = [nonblank[k] for k in (pos - 1, pos + 1) if 0 <= k < len(nonblank)]
        if not any(k not in marks and _unit_and_person(lines[k]) for k in beside):
            marks[nonblank[pos]] = "byline"


#: The marks of a line that closes a news item under its text: an editor's or a reporter's line, a meta line.
CLOSING_MARKS = ("meta", "credit", "byline")
_CLOSING_DATE = re.compile(r"年.*月|月.*日")


def after_the_end(lines: list[str], marks: dict[int, str]) -> None:
    """Under the text's last paragraph, its evident end is the first closing date (a document's: a day or a
    year's month) or the first editor's, reporter's or meta line (a news item's): what follows it to the page's
    end is the site's (a link to another item, an attachment's file link), however long. A heading (an
    attachment's own section) and a signature stay; a later date makes the first no end (a schedule's rows)."""
    paragraphs = unmarked_paragraphs(lines, marks)
    if not paragraphs:
        return
    end = next((i for i in range(paragraphs[-1] + 1, len(lines)) if marks.get(i) in CLOSING_MARKS
                or (i not in marks and _CLOSING_DATE.search(lines[i]) and DATE_LINE.match(lines[i].strip()))),
               None)
    if end is None or any(i not in marks and DATE_LINE.match(lines[i].strip()) for i in range(end + 1, len(lines))):
        return
    for i in range(end + 1, len(lines)):
        s = lines[i].strip()
        if s and i not in marks and not HEADING.match(s) and not signature_or_date(s):
            marks[i] = "after_the_end"


#: Under the text, a run of at most this many lines between two chrome lines is the site's too.
TAIL_RUN = 3
#: A line of such a run is at most this long (a footer's field line, a row of buttons).
TAIL_RUN_CHARS = 80


def tail_runs(lines: list[str], marks: dict[int, str]) -> None:
    """Under the text's last paragraph, a run of up to TAIL_RUN lines with chrome right above and right under it
    (the site's footer around a field label, a row of buttons, a contact line) is the site's: a line of the text
    ends in a full stop, and a heading, a signature, a date or a title stays. A picture's caption (a picture's name
    beside it) stays."""
    paragraphs = unmarked_paragraphs(lines, marks)
    if not paragraphs:
        return
    tail = [i for i in range(paragraphs[-1] + 1, len(lines)) if lines[i].strip()]
    run: list[int] = []
    for pos, i in enumerate(tail):
        if i not in marks:
            run.append(i)
            continue
        above = pos - len(run) - 1
        if (run and len(run) <= TAIL_RUN and above >= 0 and marks[i] != PICTURE_MARK and marks[tail[above]] != PICTURE_MARK
                and all(_footer_shaped(lines[k]) for k in run)):
            marks.update((k, "tail_run") for k in run)
        elif (run and len(run) <= TAIL_RUN and above < 0 and all(k in marks for k in tail[pos:])
              and PICTURE_MARK not in (marks[k] for k in tail[pos:])
              and all(_footer_shaped(lines[k]) and not _signed(lines[k]) for k in run)):
            marks.update((k, "footer_run") for k in run)
        run = []


def _footer_shaped(line: str) -> bool:
    s = line.strip()
    return (len(s) <= TAIL_RUN_CHARS and not SENTENCE_END.search(s) and not HEADING.match(s)
            and not signature_or_date(s) and not title_shaped(s))


def _signed(line: str) -> bool:
    """A line that names units or people and no role ("（某某镇总工会）", "工会", "某某某"): the text's signature."""
    counts = credit_tokens(line)
    return counts is not None and counts[0] == 0


# a label wrapped whole in brackets or dashes ("【会员代表大会】", "- 今日关键词 -", "—— 工会动态 ——")
_DECORATED = re.compile(r"^[【\[〔\-—－=~·•]+\s*(?P<label>[^。，,！!？?；;:：\s]{0,10}[\u4e00-\u9fff]{2}[^。，,！!？?；;:：\s]{0,10})\s*[】\]〕\-—－=~·•]+$")


def decorated_labels(lines: list[str], marks: dict[int, str]) -> None:
    """Above the text's first paragraph, a short label wrapped whole in brackets or dashes (a column's tag, a box's
    heading: "【会员代表大会】", "- 今日关键词 -") is the site's: a heading, an article's marker or a title in
    brackets stays."""
    paragraphs = unmarked_paragraphs(lines, marks)
    if not paragraphs:
        return
    for i in range(paragraphs[0]):
        m = _DECORATED.match(lines[i].strip())
        if (i not in marks and m and not is_protected(m["label"]) and not HEADING.match(m["label"])
                and not title_shaped(m["label"])):
            marks[i] = "decorated_label"


#: A page's head of bare words has at most this many lines.
BARE_HEAD = 2
# a document's own genre at a bare word's end: the word is its title ("倡议书", "慰问信", "通知", "会议纪要")
_DOCUMENT_GENRE = re.compile(r"(?:书|信|函|通知|通报|公告|公示|纪要|简报|决定|请示|批复|意见|稿|辞|词|办法|细则|制度|章程|规定)$")


def bare_head(lines: list[str], marks: dict[int, str]) -> None:
    """When all the rules left above the text's first paragraph is one or two bare words (two to six Chinese
    characters, nothing else: "校园新闻", "详细信息"), the page has no title there: they are the site's column and
    its label for the page. A signature, a date or a word naming a document's genre (its title: "倡议书") stays."""
    paragraphs = unmarked_paragraphs(lines, marks)
    if not paragraphs:
        return
    head = [i for i in range(paragraphs[0]) if lines[i].strip() and i not in marks]
    if 0 < len(head) <= BARE_HEAD and all(BARE_WORD.match(PINYIN_GLOSS.sub("", lines[i]).strip())
                                          and not is_protected(lines[i]) and not _DOCUMENT_GENRE.search(lines[i].strip())
                                          for i in head):
        marks.update((i, "bare_head") for i in head)


def place_passes(lines: list[str], marks: dict[int, str]) -> None:
    """The passes by a line's place, last in ``chrome.find.find_chrome``, in this order: by-lines at the text's edge,
    what follows its evident end, runs of chrome under it, wrapped labels and a head of bare words over it."""
    edge_bylines(lines, marks)
    after_the_end(lines, marks)
    tail_runs(lines, marks)
    decorated_labels(lines, marks)
    bare_head(lines, marks)
