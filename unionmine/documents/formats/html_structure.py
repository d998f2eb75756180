"""Site chrome an HTML page shows by its structure: the lines of its chrome containers and its
link-only lines, for the line rules to drop from the main-content extractor's text.

A main-content extractor keeps what sits inside the article's container, and CMS pages put much
of their chrome there: the meta block under the title, the 附件/download card, the share bar,
上一篇/下一篇 links, a 相关阅读 list, tag lists, visit counters. Their wording varies from site to
site, but the markup says what they are:

- a *chrome container*: ``<nav>``, ``<header>``, ``<footer>``, ``<aside>``, or an element whose
  class or id names one (nav, crumb, share, footer, related, comment, meta, info, tool, page,
  tag, attach, …; pinyin names such as fenxiang, xgwz too), when it is small beside the page
  and holds no paragraph of prose and not the page's title;
- a *link line*: a block of at most ``LINK_LINE_MAX_CHARS`` characters whose text is mostly
  link text (``<a href>``) — a menu item, a related title, 上一篇：<a>…</a>, a file's link.

A line is chrome by structure only when its text occurs nowhere else on the page outside such
blocks: the article's title listed again in a related list, or a heading named in a menu, keeps
its own line. The lines are returned as compact keys (``chrome.line_shapes.compact``), in the page's
characters and in Simplified.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ...text.normalize import CJK_RE, to_simplified
from ..chrome.line_shapes import compact
from ..chrome.lines import line_feature
from ..chrome.protected import GENRE_END, HEADING, SENTENCE

#: Tags that start a line of text (HTML text is read one block at a time).
HTML_BLOCK_TAGS = (
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "main", "blockquote", "pre", "dd", "dt", "dl", "hr", "center",
    "address", "figure", "figcaption", "caption", "tbody", "thead", "tfoot", "form", "fieldset",
)  # fmt: skip

#: class / id words of chrome containers (matched inside a name's words: "bdsharebuttonbox",
#: "news-info", "arti-metas", "bottom-tool", "breadcrumb").
_CHROME_WORDS = re.compile(
    r"nav|crumb|share|fenxiang|foot|copyright|banquan|related|comment|pinglun|pager|pagin|sidebar|"
    r"^(?:location|position|relate|xgwz|xgxw|xgyd|meta|info|tool|page|prev|next|sxp|tag|attach|fujian|download|"
    r"author|zuozhe|aside|print|dayin|close|guanbi|counter|hits|hot|recommend|tuijian|source|laiyuan|editor)",
)
#: ... and words of the content itself, which a name with a chrome word may also hold
#: ("info-content", "page-main"): the last of these words in a name decides.
_CONTENT_WORDS = re.compile(r"content|body|main|article|text|entry|detail|zhengwen|wenzhang|con$|post|news$")
_NAME_SPLIT = re.compile(r"[^a-z0-9]+|(?<=[a-z])(?=[A-Z])")
#: A chrome container holds at most this share of the page's Chinese characters...
CONTAINER_MAX_SHARE = 0.25
#: ...and no line of prose this long (a sentence mark, no chrome feature): that is the text.
PROSE_LINE_CHARS = 30
#: A link line: at most this many characters, of which this share is link text.
LINK_LINE_MAX_CHARS = 80
LINK_LINE_MIN_SHARE = 0.6

_CHROME_TAGS = ("nav", "header", "footer", "aside")
_DROP = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "select",
         "button", "head", "title")
_LEAF_BLOCKS = ("p", "li", "div", "td", "th", "dd", "dt", "h2", "h3", "h4", "h5", "h6", "span", "a", "section")
_INLINE = ("span", "a")


def _names(tag) -> list[str]:
    raw = " ".join(tag.get("class") or []) + " " + str(tag.get("id") or "")
    return [w.lower() for w in _NAME_SPLIT.split(raw) if w]


def _chrome_name(tag) -> bool:
    """A chrome tag, or a class/id whose last telling word is a chrome word: "post-meta",
    "detail-meta", "article-share" are chrome; "info-content", "page-main", "art-con" are not."""
    if tag.name in _CHROME_TAGS:
        return True
    telling = [w for w in _names(tag) if _CHROME_WORDS.search(w) or _CONTENT_WORDS.search(w)]
    return bool(telling) and not _CONTENT_WORDS.search(telling[-1])


def _lines(tag) -> list[str]:
    return [ln.strip() for ln in tag.get_text("\n").split("\n") if ln.strip()]


def _block_lines(tag) -> list[str]:
    """The tag's text as the page reader splits it: one line per block element."""
    parts: list[str] = []
    for node in tag.descendants:
        if isinstance(node, str):
            parts.append(str(node))
        elif node.name in HTML_BLOCK_TAGS:
            parts.append("\n")
    return [" ".join(ln.split()) for ln in "".join(parts).split("\n") if ln.strip()]


def _is_prose(line: str) -> bool:
    return bool(SENTENCE.search(line)) and len(CJK_RE.findall(line)) >= PROSE_LINE_CHARS and line_feature(line) is None


def _own_line(tag) -> bool:
    """Whether an inline tag (<a>, <span>) stands on a line of its own between blocks."""
    if tag.parent is None or tag.parent.name not in (*HTML_BLOCK_TAGS, "body", "td", "th"):
        return False
    for step in ("previous_sibling", "next_sibling"):
        sib = getattr(tag, step)
        while sib is not None and isinstance(sib, str) and not sib.strip():
            sib = getattr(sib, step)
        if sib is not None and (isinstance(sib, str) or sib.name not in HTML_BLOCK_TAGS):
            return False
    return True


def _link_line(tag) -> bool:
    """A short block that is mostly link text (its own text, no block inside it)."""
    if tag.find(HTML_BLOCK_TAGS) or (tag.name in _INLINE and not _own_line(tag)):
        return False
    key = compact(tag.get_text(""))
    if not key or len(key) > LINK_LINE_MAX_CHARS:
        return False
    if tag.name == "a":
        linked = key if tag.get("href") else ""
    else:
        linked = "".join(compact(a.get_text("")) for a in tag.find_all("a", href=True))
    return len(linked) >= LINK_LINE_MIN_SHARE * len(key)


#: Blocks of one markup (tag, classes, parent tag) are voted on when there are this many...
CLASS_VOTE_MIN_BLOCKS = 3
#: ...and at least this share of them (and two) are chrome by their line features.
CLASS_VOTE_MIN_SHARE = 1 / 3
#: A line of the text: a full stop or semicolon and this many Chinese characters.
TEXT_LINE_CHARS = 12
_FULL_STOP = re.compile(r"[。；;]")


def _class_vote(root, total: int, title_key: str) -> list[str]:
    """Blocks that share their markup with the page's own chrome blocks are chrome too.

    A CMS sets each part of a page in blocks of one class: the article's paragraphs in one, the
    side column, meta lines, buttons and footer often in another. When two or more (and a third)
    of the blocks of one class are chrome by their line features (a breadcrumb, a meta line, a
    share prompt), and none of them is a line of text, a numbered heading, a title line or the
    page's title, the other blocks of that class are chrome as well: the headlines of a side
    column, an account's name, a slogan. Blocks without a class are not voted on. The blocks
    voted out are removed from ROOT; their compact lines are returned."""
    groups: dict[tuple, list] = defaultdict(list)
    for tag in root.find_all(_LEAF_BLOCKS):
        classes = tuple(sorted(tag.get("class") or []))
        if not classes or tag.find(HTML_BLOCK_TAGS) or not _attached(tag, root):
            continue
        groups[(tag.name, classes, tag.parent.name if tag.parent else "")].append(tag)
    keys: list[str] = []
    for tags in groups.values():
        lines = [" ".join(t.get_text("").split()) for t in tags]
        lines = [ln for ln in lines if compact(ln)]
        if len(lines) < CLASS_VOTE_MIN_BLOCKS:
            continue
        marked = sum(line_feature(ln) is not None for ln in lines)
        if marked < 2 or marked < CLASS_VOTE_MIN_SHARE * len(lines):
            continue
        if any(line_feature(ln) is None and (
                (_FULL_STOP.search(ln) and len(CJK_RE.findall(ln)) >= TEXT_LINE_CHARS)
                or HEADING.match(ln) or GENRE_END.search(ln)) or compact(ln) == title_key for ln in lines):
            continue
        if sum(len(CJK_RE.findall(ln)) for ln in lines) > CONTAINER_MAX_SHARE * total:
            continue
        keys.extend(compact(ln) for ln in lines)
        for t in tags:
            t.extract()
    return keys


def _attached(tag, root) -> bool:
    return any(parent is root for parent in tag.parents)


def structural_chrome(markup: str, title: str | None = None) -> frozenset[str]:
    """Compact keys of the lines the page's structure marks as chrome (see the module doc)."""
    from bs4 import BeautifulSoup, Comment

    try:
        soup = BeautifulSoup(markup, "lxml")
    except Exception:  # noqa: BLE001 - the reader reports unparsable markup
        return frozenset()
    for node in soup.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    for tag in soup.find_all(_DROP):
        tag.decompose()
    root = soup.body or soup
    total = len(CJK_RE.findall(root.get_text("")))
    title_key = compact(title or "")
    chrome_keys: list[str] = []
    taken = []
    for tag in root.find_all(True):
        if any(t in taken for t in tag.parents) or not _chrome_name(tag):
            continue
        lines = _block_lines(tag)
        cjk = sum(len(CJK_RE.findall(ln)) for ln in lines)
        if not lines or cjk > CONTAINER_MAX_SHARE * total:
            continue
        if any(_is_prose(ln) for ln in lines):
            continue
        if title_key and any(compact(ln) == title_key for ln in lines):
            continue
        chrome_keys.extend(compact(ln) for ln in lines)
        taken.append(tag)
    for tag in taken:
        tag.extract()
    chrome_keys.extend(_class_vote(root, total, title_key))
    for tag in root.find_all(_LEAF_BLOCKS):
        if tag.parent is None or not _attached(tag, root) or not _link_line(tag):
            continue
        line = " ".join(tag.get_text("").split())
        if _is_prose(line):
            continue
        chrome_keys.append(compact(line))
        tag.extract()
    outside = {compact(ln) for ln in _block_lines(root)}
    keys = {k for k in chrome_keys if k and k not in outside and k != title_key}
    return frozenset(keys | {compact(to_simplified(k)) for k in keys})
