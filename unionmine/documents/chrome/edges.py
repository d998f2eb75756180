"""Lines at the edge of a page's text (issue 12, rounds 16-17): credits and interface widgets above its first
paragraph or under its last, a menu's words and a ranking table under the text, a picture's overlay words, a
related-reading heading fused to the title; the headlines at the edges are ``chrome.headlines``'.

All but the fused heading act after every other rule of ``chrome.find.find_chrome`` (``edge_passes``), on its marks:
they add lines of a feature's shape where the text is not (outside its first and last paragraph), and the last
gives a headline back when the page would have no title without it. The fused heading runs before the page's
相关推荐 cut, whose guard it shares."""

from __future__ import annotations

import re

from .credit_lines import credit_line, unit_sender
from .forms import PINYIN_GLOSS
from .headlines import headline_lists, keep_news_title, title_copies
from .line_shapes import cjk_chars, signature_or_date, title_shaped, unmarked_paragraphs
from .protected import CN_HEADING
from .widgets import widget_line

# ---------------------------------------------------------------- a credit or a widget at the text's edge


def mark_at_edges(lines: list[str], marks: dict[int, str], shape, name: str) -> None:
    """Lines of SHAPE above the text's first paragraph or under its last are chrome NAME; inside the text a
    short line of that shape is left alone (a heading, a list of names)."""
    paragraphs = unmarked_paragraphs(lines, marks)
    if not paragraphs:
        return
    first, last = paragraphs[0], paragraphs[-1]
    for i, line in enumerate(lines):
        if i not in marks and (i < first or i > last) and shape(line):
            marks[i] = name


def edge_credits(lines: list[str], marks: dict[int, str]) -> None:
    """Credit lines (``credit_line``) and a unit's sender (``unit_sender``, round 40) at the text's edges are chrome."""
    mark_at_edges(lines, marks, lambda line: credit_line(line) or unit_sender(line), "credit")


# (round 40) a site's banner for a special topic ("某某 筑未来 某省烟草廉洁文化建设专题"): its name ends in 专题
_TOPIC_BANNER = re.compile(r"^[^。！？!?；;，,：:]{2,40}专题$")


def edge_banners(lines: list[str], marks: dict[int, str]) -> None:
    """A special topic's banner (a line ending in 专题, no sentence) at the text's edges is chrome."""
    mark_at_edges(lines, marks, lambda line: bool(_TOPIC_BANNER.match(line.strip())), "column")


def edge_widgets(lines: list[str], marks: dict[int, str]) -> None:
    """Widget lines (``widget_line``) at the text's edges are chrome."""
    mark_at_edges(lines, marks, widget_line, "widget")


# ---------------------------------------------------------------- a picture's overlay words under the text

#: A fragment is a line of at most this many Chinese characters and nothing else; this many in a row make a run.
FRAGMENT_CHARS = 4
FRAGMENT_RUN = 3
_FRAGMENT = re.compile(rf"^[\u4e00-\u9fff]{{1,{FRAGMENT_CHARS}}}$")


def overlay_fragments(lines: list[str], marks: dict[int, str]) -> None:
    """Under the text's last paragraph, a run of FRAGMENT_RUN or more lines that are each a few Chinese characters
    and nothing else, every one of them found in the text above, is the text a picture carries (its overlay read
    out line by line) or a menu echoing the text's words: chrome. A signature, a date or a list with numbers or
    marks has another shape; a word not in the text breaks the run."""
    paragraphs = unmarked_paragraphs(lines, marks)
    if not paragraphs:
        return
    text = "".join(lines[: paragraphs[-1] + 1])
    run: list[int] = []
    for i in [*range(paragraphs[-1] + 1, len(lines)), len(lines)]:
        s = lines[i].strip() if i < len(lines) else None
        if s == "":
            continue
        if s is not None and i not in marks and _FRAGMENT.match(s) and s in text:
            run.append(i)
            continue
        if len(run) >= FRAGMENT_RUN:
            marks.update((k, "overlay_fragments") for k in run)
        run = []


# ---------------------------------------------------------------- a related-reading heading fused to a title

_FUSED_RELATED = re.compile(
    r"^(?P<title>.{6,60}?)的?(?:延伸阅读|拓展阅读|扩展阅读|相关阅读|相关文章|相关推荐|相关范文|推荐阅读|相关内容)"
    r"\s*(?:[—\-－:：]{1,2}\s*(?P<sub>[^。！？!?；;]{0,30}))?$")


def fused_related(lines: list[str], marks: dict[int, str]) -> None:
    """Under the text's first paragraph, a line that is a title of the genre's shape with a related-reading word
    fused to it ("…工作计划的延伸阅读——写作注意事项") is a related heading about this very text: it starts the
    page's tail, cut as the 相关推荐 cut does when the text above it outweighs the rest and no section heading
    (一、/（一）) follows (its floor of 200 characters is not needed: the heading names the text above it as its
    subject). A signature or a date under it stays."""
    paragraphs = unmarked_paragraphs(lines, marks)
    if not paragraphs:
        return
    for i in range(paragraphs[0] + 1, len(lines)):
        m = _FUSED_RELATED.match(lines[i].strip())
        if i in marks or not m or not title_shaped(m["title"].rstrip("的")):
            continue
        marks[i] = "related"
        rest = [k for k in range(i + 1, len(lines)) if k not in marks and lines[k].strip()]
        above = sum(cjk_chars(lines[k]) for k in range(i) if k not in marks)
        if above > sum(cjk_chars(lines[k]) for k in rest) and not any(CN_HEADING.match(lines[k].strip()) for k in rest):
            marks.update((k, "related_tail") for k in rest if not signature_or_date(lines[k]))
        return


# ---------------------------------------------------------------- a menu's words under the text

BARE_WORD = re.compile(r"^[\u4e00-\u9fff]{2,6}$")


def column_words(lines: list[str], marks: dict[int, str]) -> None:
    """Under the text, after a chrome line, a run of FRAGMENT_RUN or more bare words (2-6 Chinese characters, nothing else) that
    reaches the page's end with none of them in the text: a menu's items, one per line. A heading has text under
    it, so it is never at the page's end. Above the text, the mirror: such a run right over the first paragraph,
    under a chrome line (a heading over the first paragraph is one line, not three)."""
    paragraphs = unmarked_paragraphs(lines, marks)
    if not paragraphs:
        return
    first, last = paragraphs[0], paragraphs[-1]
    _bare_run(lines, marks, list(reversed(range(first))), "".join(lines[first: last + 1]), below=False)
    _bare_run(lines, marks, list(range(last + 1, len(lines))), "".join(lines[: last + 1]), below=True)


def _bare_run(lines: list[str], marks: dict[int, str], zone: list[int], text: str, below: bool) -> None:
    """ZONE: the positions from the text outward (under it: down to the page's end; above it: up to the top). The
    run of bare words not in TEXT that starts at the zone's far end (under the text) or at the text (above it)
    and borders a chrome line on its outer side is a menu."""
    zone = [i for i in zone if lines[i].strip()]
    order = list(reversed(zone)) if below else zone  # under the text the run reaches the page's end
    run: list[int] = []
    for i in order:
        s = PINYIN_GLOSS.sub("", lines[i]).strip()
        if i in marks or not BARE_WORD.match(s) or s in text:
            break
        run.append(i)
    if len(run) < FRAGMENT_RUN:
        return
    beside = zone.index(run[-1]) + (-1 if below else 1)  # the line on the run's other side
    if 0 <= beside < len(zone) and zone[beside] in marks:
        marks.update((k, "menu_words") for k in run)


# ---------------------------------------------------------------- a ranking table under the text

_CELL_SPLIT = re.compile(r"\s*[|｜]\s*")
#: A ranking has at least this many rows.
RANK_ROWS = 3


def _cells(line: str) -> list[str]:
    return [c for c in _CELL_SPLIT.split(line.strip()) if c]


def ranking_rows(lines: list[str], marks: dict[int, str]) -> None:
    """Under the text's last paragraph, a table whose rows are ranked — the first cell counts 1, 2, 3 … and the last
    is a number that never rises ("1 | 宣传部 | 12 |", "2 | 办公室 | 9 |") — is the site's leaderboard (most posts,
    most read), with its header row of bare cells over it. A document's own table is not ranked by a falling
    count in its last column."""
    paragraphs = unmarked_paragraphs(lines, marks)
    if not paragraphs:
        return
    rows = [i for i in range(paragraphs[-1] + 1, len(lines)) if lines[i].strip()]
    run: list[int] = []
    for i in [*rows, None]:
        cells = _cells(lines[i]) if i is not None and "|" in lines[i] + "｜" else []
        ranked = (len(cells) >= 3 and cells[0].isdigit() and cells[-1].isdigit() and int(cells[0]) == len(run) + 1
                  and (not run or int(cells[-1]) <= int(_cells(lines[run[-1]])[-1])))
        if i is not None and i not in marks and ranked and re.search(r"[|｜]", lines[i]):
            run.append(i)
            continue
        if len(run) >= RANK_ROWS:
            marks.update((k, "ranking") for k in run)
            head = rows.index(run[0]) - 1
            if head >= 0 and rows[head] not in marks and re.search(r"[|｜]", lines[rows[head]]) \
                    and not re.search(r"\d", lines[rows[head]]):
                marks[rows[head]] = "ranking"
        run = []
        if i is not None and ranked:  # a row numbered 1 starts a new ranking
            run = [i]


def edge_passes(lines: list[str], marks: dict[int, str]) -> None:
    """The edge passes, after every other rule of ``chrome.find.find_chrome``, in this order: credits and widgets
    (line features), then the lists and menus they border, the overlay words, and last the news title given back."""
    edge_credits(lines, marks)
    edge_widgets(lines, marks)
    edge_banners(lines, marks)
    headline_lists(lines, marks)
    ranking_rows(lines, marks)
    title_copies(lines, marks)
    column_words(lines, marks)
    overlay_fragments(lines, marks)
    keep_news_title(lines, marks)
