"""Read an HTML page: its declared charset, then its main content (or the text of its blocks)."""

from __future__ import annotations

import codecs
import html as html_lib
import re
from collections import Counter

from ...errors import InputError
from ...text.normalize import CJK_RE, normalize_text
from ..chrome.line_shapes import compact, title_shaped
from ..chrome.lines import line_feature
from ..chrome.protected import DATE_LINE, GENRE_END, HEADING, SIGNATURE, is_protected
from ..decode import BOMS, decode_bytes, strict_decode
from .address import html_address
from .html_structure import HTML_BLOCK_TAGS, structural_chrome
from .wechat import WeChatPage, wechat_article

#: HTML elements whose text is never document text.
HTML_DROP_TAGS = (
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside",
    "iframe", "object", "embed", "svg", "canvas", "button", "select",
)  # fmt: skip
#: HTML elements that start a new line.


_META_CHARSET_RE = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE
)
#: Declared HTML charsets read with their superset (pages declaring GB2312 routinely use GBK).
CHARSET_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
}


def read_html(data: bytes) -> tuple[str, str, list[str], str | None, frozenset[str], str | None, str | None]:
    """(text, encoding, warnings, title, chrome keys, the address the page was saved from, a WeChat account's words
    on who publishes it) of a web page."""
    warnings: list[str] = []
    text: str | None = None
    encoding = ""
    if not any(data.startswith(bom) for bom, _ in BOMS):
        match = _META_CHARSET_RE.search(data[:8192])
        if match:
            declared = match.group(1).decode("ascii", "replace").lower()
            declared = CHARSET_SUPERSETS.get(declared, declared)
            try:
                encoding = codecs.lookup(declared).name
            except LookupError:
                warnings.append(f"unknown declared charset {declared!r}; encoding guessed")
            else:
                text = strict_decode(data, encoding)
                if text is None:
                    warnings.append(f"page declares {declared} but is not; encoding guessed")
    if text is None:
        text, encoding, more = decode_bytes(data)
        warnings.extend(more)
    page, title, chrome, writer = html_page(text, warnings)
    return page, f"html:{encoding}", warnings, title, chrome, html_address(text), writer


#: The main-content extractor's text is used when it keeps at least this many Chinese
#: characters and this share of the whole page's; otherwise (a page it misjudges, a
#: compilation it cuts short) the whole page's text goes to the line rules.
EXTRACT_MIN_CHINESE = 40
EXTRACT_MIN_SHARE = 0.3
_H1_RE = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_TAG_RE = re.compile(r"<[^>]+>")
_TITLE_TAG_RE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)


_TITLE_SEPARATOR = re.compile(r"\s*[_|｜]\s*|\s+[-—–]\s+")


_TIGHT_DASH = re.compile(r"[-—–－]")


def _without_site_name(title: str) -> str:
    """A <title> without the site's name after it ("…工作总结_好文网", "… | 某某文库", and
    "…工作总结-工会园地" when what comes before the last dash is a title line; a dash inside a
    title such as 2022-2023学年 leaves a year, no title, before it)."""
    parts = [p for p in _TITLE_SEPARATOR.split(title) if p.strip()]
    if len(parts) > 1 and len(CJK_RE.findall(parts[0])) >= 4:
        return parts[0]
    dashes = list(_TIGHT_DASH.finditer(title))
    if dashes and title_shaped(title[: dashes[-1].start()].strip()):
        return title[: dashes[-1].start()].strip()
    return title


_FILE_SUFFIX = re.compile(r"\.(?:docx?|pdf|wps|txt|xlsx?|pptx?)$", re.IGNORECASE)


def _html_title(markup: str, extracted: str | None, whole: str = "") -> str | None:
    """The page's own title: a line that is the <title> word for word (less a site name) and a
    title line, else an <h1> that is a title line (a logo's <h1> is not), else the
    longest title line of the page that the <title> holds ("…工作总结" of "…工作总结-工会园地"
    or "某某网 - …工作总结", whatever tag holds it), else the page's one <h1>, else the extractor's title less a site name; None when none
    holds Chinese."""
    h1s = [" ".join(html_lib.unescape(_TAG_RE.sub("", h)).split()) for h in _H1_RE.findall(markup)]
    h1s = [h for h in h1s if CJK_RE.search(h)]
    head = compact(extracted or "")
    prefix = max((ln.strip() for ln in whole.split("\n") if len(CJK_RE.findall(ln)) >= 4
                  and title_shaped(ln.strip()) and compact(ln) in head), key=len, default="")
    # a heading that says word for word what the <title> says (less its site name) is the page's
    # own title, even when a side block's <h1> is also a title line
    tag = _TITLE_TAG_RE.search(markup)
    named = compact(_without_site_name(" ".join(html_lib.unescape(_TAG_RE.sub("", tag.group(1))).split()))) if tag else ""
    exact = next((ln.strip() for ln in whole.split("\n") if named and compact(ln) == named
                  and title_shaped(ln.strip())), "")
    candidates = ([exact] + [h for h in h1s if title_shaped(h)][:1] + [prefix] + ([h1s[0]] if len(h1s) == 1 else [])
                  + [_without_site_name(extracted or "")])
    for candidate in candidates:
        # a document library names its page after the file ("…工作计划范文.docx")
        title = _FILE_SUFFIX.sub("", " ".join(candidate.split()))
        if title and CJK_RE.search(title) and len(title) <= 120:
            return normalize_text(title)
    return None


def _html_main_text(markup: str, warnings: list[str]) -> tuple[str, str | None]:
    """A web page's main content and its title (``html_page`` without the structural chrome)."""
    text, title, _, _ = html_page(markup, warnings)
    return text, title


def html_page(markup: str, warnings: list[str]) -> tuple[str, str | None, frozenset[str], str | None]:
    """A web page's main content, its title, the lines its structure marks as chrome (``html_structure``; a
    WeChat article's picture captions too) and, for a WeChat article, its account's words on who publishes it
    (``wechat``). The title line goes back into the text above the first extracted
    line that follows it on the page when the extractor left it out, so that the line rules
    read the page's head (meta lines, tags, counters under the title) as on a text page."""
    wechat = wechat_article(markup)
    text, title, whole = _extract(markup, warnings, wechat)
    chrome = structural_chrome(markup, title) | {compact(line) for line in (wechat.captions if wechat else ())}
    text = _with_title(text, title, whole)
    return text, title, chrome | above_title(text, title), wechat.writer if wechat else None


#: Above the title: a line with a sentence mark and this many Chinese characters is prose.
ABOVE_TITLE_PROSE_CHARS = 20


def above_title(text: str, title: str | None) -> frozenset[str]:
    """Compact keys of the lines above the title line that the page's markup names (an <h1>, or
    the page line its <title> holds): the site's header, menus, a side column of headlines, share
    prompts and app banners that the extractor kept because the page sets them in plain blocks.

    On an article page nothing of the text comes before its title. So when a line of prose or a
    numbered heading stands above it, the title is not the page's head (a compilation, a title
    repeated lower down) and nothing is taken; article markers (篇一, 【第2篇】) and genre title lines
    above it are kept, and so is any line whose text recurs under the title. A unit's name or a
    date above the title is the site's label, not a signature."""
    if not title or len(CJK_RE.findall(title)) < 4:
        return frozenset()
    key = compact(title)
    lines = [line.strip() for line in text.split("\n")]
    keys = [compact(line) for line in lines]
    if key not in keys:
        return frozenset()
    at = keys.index(key)
    above = [(line, k) for line, k in zip(lines[:at], keys[:at]) if k]
    for line, _ in above:
        if line_feature(line) is None and (
                HEADING.match(line)
                or (_SENTENCE_END.search(line) and len(CJK_RE.findall(line)) >= ABOVE_TITLE_PROSE_CHARS)):
            return frozenset()
    below = set(keys[at:])
    return frozenset(k for line, k in above if k not in below
                     and (line_feature(line) or not (_MARKER_LIKE.search(line) or _genre_title(line))))


def _genre_title(line: str) -> bool:
    """A document's title line: ends in a genre word (…工作总结, …计划), no sentence."""
    return bool(GENRE_END.search(line)) and not _SENTENCE_END.search(line) and len(line) <= 60


# an article marker: 篇一, 【篇2】, 第三篇 (a signature or a date above the title is a site's label)
_MARKER_LIKE = re.compile(r"篇\s*[\d一二三四五六七八九十]{1,3}|第\s*[\d一二三四五六七八九十]{1,3}\s*篇|[【\[]\s*(?:篇|第)")


_SENTENCE_END = re.compile(r"[。！？!?；;]")


def _with_title(text: str, title: str | None, whole: str) -> str:
    if not title or not title_shaped(title):
        return text
    key = compact(title)
    lines = text.split("\n")
    keys = [compact(line) for line in lines]
    if key in keys:
        return text
    page = [compact(line) for line in whole.split("\n")]
    if key not in page:
        return text
    at = page.index(key)
    after = set(page[at + 1 :]) - set(page[:at])
    first = next((i for i, k in enumerate(keys) if k in after), None)
    if first is None:
        return text
    return "\n".join(lines[:first] + [title] + lines[first:])


def _extract(markup: str, warnings: list[str], wechat: WeChatPage | None = None) -> tuple[str, str | None, str]:
    """A web page's main content (trafilatura), its title and its whole text (which stands for
    the main content when extraction fails). A WeChat article's content is its ``#js_content``, its
    title its own title element.

    The extractor's precise mode also drops what it takes for repeats or headings of no
    content: a compilation's "篇2" headings, a section heading that recurs in the second
    article. So its output is checked against its recall mode: when the precise text lacks
    a line of the recall text that is a heading, marker, title or of some length (and no
    chrome by the line rules), the recall text is used and the line rules do the rest."""
    whole = html_to_text(markup)
    if wechat is not None:
        title = " ".join((wechat.title or "").split())
        return (html_to_text(wechat.content), normalize_text(title) if CJK_RE.search(title)
                else _html_title(markup, None, whole), whole)
    try:
        import trafilatura  # deferred: a heavy import only web pages need

        options = {"include_tables": True, "include_comments": False, "with_metadata": True}
        precise = trafilatura.bare_extraction(markup, **options)
        recall = trafilatura.bare_extraction(markup, favor_recall=True, **options)
    except Exception as exc:  # noqa: BLE001 - an extractor failure falls back to the whole page
        warnings.append(f"main-content extraction failed ({type(exc).__name__}); whole page text used")
        return whole, _html_title(markup, None, whole), whole
    title = _html_title(markup, getattr(precise, "title", None) or getattr(recall, "title", None), whole)
    total = len(CJK_RE.findall(whole))
    candidates = []
    for doc in (precise, recall):
        text = _without_layout_rows(_HTML_BLANK_RE.sub("\n", getattr(doc, "text", None) or "").strip())
        kept = len(CJK_RE.findall(text))
        if kept >= EXTRACT_MIN_CHINESE and kept >= EXTRACT_MIN_SHARE * total:
            candidates.append(text)
    if not candidates:
        return whole, title, whole
    if len(candidates) == 2 and _drops_content(candidates[0], candidates[1]):
        return _restore_dropped(candidates[1], whole), title, whole
    return _restore_dropped(candidates[0], whole), title, whole


_TABLE_ROW = re.compile(r"^\|.*\|$")


def _without_layout_rows(text: str) -> str:
    """TEXT without a table row that holds every other line of it: the table a page is laid out in (one cell
    around the whole page), which the extractor keeps, flattened into one row, beside the article it wraps."""
    lines = text.split("\n")
    rows = {i for i, line in enumerate(lines) if _TABLE_ROW.match(line.strip())}
    rest = [compact(line) for i, line in enumerate(lines) if i not in rows and compact(line)]
    if not rows or not rest:
        return text
    return "\n".join(line for i, line in enumerate(lines)
                     if i not in rows or not all(key in compact(line) for key in rest))


def _restore_dropped(extracted: str, whole: str) -> str:
    """EXTRACTED, or the whole page's text from its first to its last line when the extractor
    dropped a heading, a signature or a date between them (WeChat articles set headings as
    <section><span> and signatures in styled spans, which the extractor takes for decoration).
    The line rules then clean the span as they clean a page the extractor could not read."""
    kept = [compact(line) for line in extracted.split("\n") if compact(line)]
    lines = whole.split("\n")
    keys = [compact(line) for line in lines]
    if not kept:
        return extracted
    try:
        first = keys.index(kept[0])
        last = len(keys) - 1 - keys[::-1].index(kept[-1])
    except ValueError:
        return extracted
    if last <= first:
        return extracted
    have = Counter(kept)
    for line, key in zip(lines[first : last + 1], keys[first : last + 1]):
        if not key:
            continue
        if have[key] > 0:
            have[key] -= 1
            continue
        s = line.strip()
        if line_feature(s) is None and (HEADING.match(s) or DATE_LINE.match(s) or
                                        (SIGNATURE.match(s) and len(s) <= 24)):
            return "\n".join(lines[first : last + 1])
    return extracted


def _drops_content(precise: str, recall: str) -> bool:
    """Whether PRECISE lacks a line of RECALL that is content: heading, marker, title, text."""
    have = Counter(compact(line) for line in precise.split("\n"))
    for line in recall.split("\n"):
        key = compact(line)
        if not key:
            continue
        if have[key] > 0:
            have[key] -= 1
            continue
        if line_feature(line) is not None:
            continue
        # a heading, marker, title or signature, or any line of some length the line rules
        # would keep: the precise mode lost text
        if is_protected(line) or len(CJK_RE.findall(line)) >= 8:
            return True
    return False


def html_to_text(markup: str) -> str:
    """MARKUP's text, one block one line (a page's whole text, a WeChat article's content, a feed item's)."""
    from bs4 import BeautifulSoup, Comment, Declaration, Doctype, ProcessingInstruction

    try:
        soup = BeautifulSoup(markup, "lxml")
    except Exception as exc:  # noqa: BLE001 - parser failure on hostile markup
        raise InputError(f"HTML cannot be parsed: {type(exc).__name__}") from None
    for node in soup.find_all(
        string=lambda s: isinstance(s, (Comment, Doctype, Declaration, ProcessingInstruction))
    ):
        node.extract()
    for tag in soup.find_all(HTML_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(["td", "th"]):
        tag.insert_after("\t")
    for tag in soup.find_all(HTML_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    root = soup.body or soup
    text = root.get_text("")
    if not text.strip():
        raise InputError("HTML page has no text")
    # One block, one line (as for .docx paragraphs); markup indentation is not text.
    return _HTML_BLANK_RE.sub("\n", text)


_HTML_BLANK_RE = re.compile(r"[ \t\r]*\n[\s]*")
