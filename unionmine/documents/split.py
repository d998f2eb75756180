"""Splitting: a compilation page ("学校工会工作总结(12篇)") becomes one record per article.

The numbered markers are found by ``markers``; text before the first marker (page header,
the site's introduction) is not an article, and each article's text runs from the end of its
marker to the start of the next. Besides, a hidden-text marker ("此处隐藏N个字") ends an
article, a second document pasted under the first becomes an article of its own, and a
page that only lists titles holds no article.
"""

from __future__ import annotations

import re

from ..text.numerals import numeral_value  # noqa: F401 - public here as before
from .markers import (  # noqa: F401 - the marker names stay public here as before
    HEADING_START,
    MAX_NUMBER_GAP,
    MAX_TITLE_CHARS,
    NUM,
    Article,
    MarkerRules,
    MarkerStyle,
    compilation_title,
    default_markers,
    first_line,
    guess_page_title,
    load_markers,
    looks_like_title,
    marker_chain,
)

#: "……此处隐藏4366个字……": a site hid the middle of the page; what follows is another article.
#: Also the download sites' "此处隐藏：2590字，全部文档内容请下载后查看。喜欢就下载吧 ……".
HIDDEN_TEXT = re.compile(
    r"[.。…·]*\s*(?:此处|以下|中间)?(?:已)?隐藏\s*[:：]?\s*(?P<n>\d+)\s*个?字(?:符)?"
    r"(?:\s*[,，]\s*(?:全部|完整)[^。\n]{0,12}下载[^。\n]{0,6}[。.]?(?:\s*喜欢就下载吧)?)?\s*[.。…·]*"
)
#: A pasted document needs this many Chinese characters on each side of its title line.
PASTED_MIN_CHARS = 60
#: ...or this many when the page or file name itself names both documents and the second one's year
#: ("2023年总结及2024年计划.txt"): the sender has said there are two, so a short one still counts.
PASTED_NAMED_MIN_CHARS = 15
_CJK = re.compile(r"[\u3400-\u9fff]")
_DATE_OR_SIGNATURE = re.compile(
    r"^(?:(?:19|20)[\dxX×]{2}|二[〇○零一二三四五六七八九]{3})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?$"
    r"|^(?:19|20)\d{2}\s*([./-])\s*\d{1,2}\s*\1\s*\d{1,2}$"  # 2022.12.30, 2022-12-30
    r"|^.{2,24}(?:工会|委员会|工委|学校|小学|中学|幼儿园|公司|医院|分会)$"
)
_YEAR = re.compile(r"(?:19|20)[\dxX×_]{2}")
_COPY_NUMBER = re.compile(r"(?<=\D)\s*(?:\d{1,2}|[(（]\s*\d{1,2}\s*[)）])$")
_ORG_YEAR_TITLE = re.compile(r"工会.*(?:(?:19|20)[\dxX×]{2}|[上下]半年|学年|学期)|(?:(?:19|20)[\dxX×]{2}).*工会")


def _copy_number(line: str) -> int:
    m = _COPY_NUMBER.search(line)
    return int(re.sub(r"\D", "", m.group(0))) if m else 0


def hidden_markers(text: str) -> list[int]:
    """The hidden-character counts of the "此处隐藏N个字" markers in TEXT."""
    if "隐藏" not in text:  # the pattern's optional lead would be tried at every character
        return []
    return [int(m.group("n")) for m in HIDDEN_TEXT.finditer(text)]


def _split_hidden(article: Article, fallback: str, goes_on: bool = False) -> list[Article]:
    """An article holding a hidden-text marker is cut there; the rest is a separate article.

    GOES_ON: the page's numbering shows the text after the marker is still this article (its
    marker is followed by the next number: the site hid part of one article, no boundary); the
    marker then only breaks the line and the article stays whole."""
    if "隐藏" not in article.text:
        return [article]
    if goes_on:
        text = "\n".join(part.strip() for part in HIDDEN_TEXT.split(article.text)[::2] if part.strip())
        return [Article(article.title, text.strip(), article.marker, article.number)]
    parts = HIDDEN_TEXT.split(article.text)
    if len(parts) == 1:
        return [article]
    texts = [p for i, p in enumerate(parts) if i % 2 == 0]  # split() returns the n groups too
    out = [Article(article.title, texts[0].strip(), article.marker)] if texts[0].strip() else []
    for part in texts[1:]:
        body = part.strip()
        if not body:
            continue
        first = first_line(body)
        title = first if looks_like_title(first) else (fallback or article.title)
        out.append(Article(title, body, "hidden"))
    return out or [article]


def _split_pasted(article: Article, genre_words: list[str], page_title: str = "") -> list[Article]:
    """Two documents pasted together: a second title line of the genre with its own body.

    The second title follows a signature or a date line, or names the union and a year
    ("城关二中工会2023年工作计划"), or repeats the shape of the first document's own title line
    with another year ("2022年度工作总结" … "2023年度工作要点"), or is named in the page
    title beside another genre ("2022年度工作总结和2023年度工作要点"); a bare "下一步工作打算"
    heading does none of these."""
    lines = article.text.split("\n")
    first = first_line(article.text)
    first_year = _YEAR.search(first) if looks_like_title(first, genre_words) else None
    page = re.sub(r"\s+", "", page_title or "")
    two_genres = _names_two_genres(page)
    cuts = []
    prev = ""
    own = {_compact(first), _compact(article.title)}
    ends = tuple(genre_words) + tuple(w + "表" for w in genre_words)  # looks_like_title checks the rest
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        if len(s) > 40 or not _COPY_NUMBER.sub("", s).endswith(ends) or _copy_number(s) == 1:
            prev = s  # most lines: no title at all (and a first copy is a compilation's first article)
            continue
        year = _YEAR.search(s)
        above = [x for x in lines[(cuts[-1] if cuts else 0) : i] if x.strip()]
        # the lower floor still wants a document above: a title and a body, not a title's first line
        named = two_genres and year and year.group() in page and len(above) >= 3
        floor = PASTED_NAMED_MIN_CHARS if named else PASTED_MIN_CHARS
        if (
            i > 0
            and len(s) <= 40
            # a document ends with a full sentence, a signature or a date; a page's running
            # header (the title again) interrupts a sentence
            and (prev.endswith(_DOC_END) or _DATE_OR_SIGNATURE.match(prev))
            and _compact(s) not in own
            and looks_like_title(_COPY_NUMBER.sub("", s), genre_words)
            and (
                _DATE_OR_SIGNATURE.match(prev)
                or _ORG_YEAR_TITLE.search(s)
                # the first document's title again with a copy number ("2022工会工作计划" … "2022工会工作计划3");
                # copy 1 is the first article, what stands above it no document ("…范文" / preface / "…范文1")
                or (_copy_number(s) > 1 and _compact(_COPY_NUMBER.sub("", s)) in own)
                or (first_year and year and year.group() != first_year.group() and _shape(s) == _shape(first))
                or (two_genres and year and re.sub(r"\s+", "", s) in page)
            )
            and len(_CJK.findall("\n".join(lines[(cuts[-1] if cuts else 0) : i]))) >= floor
            and len(_CJK.findall("\n".join(lines[i + 1 :]))) >= floor
        ):
            cuts.append(i)
        prev = s
    if not cuts:
        return [article]
    bounds = [0, *cuts, len(lines)]
    out = []
    for k in range(len(bounds) - 1):
        part = lines[bounds[k] : bounds[k + 1]]
        title = article.title if k == 0 else lines[bounds[k]].strip()
        if k == 0:
            # The first document's own title under the combined one ("…总结和…要点" then
            # "2022年度工作总结"): the combined line names the page, not this document.
            heads = [line.strip() for line in part if line.strip()][:2]
            names_page = _names_two_genres(heads[0]) if heads else False
            names_page = names_page or bool(heads and _COUNT_CLAIM_TITLE.search(heads[0]))
            if len(heads) == 2 and names_page and looks_like_title(heads[1], genre_words):
                title = heads[1]
                part = part[[line.strip() for line in part].index(heads[0]) + 1 :]
        text = "\n".join(part).strip()
        out.append(Article(title, text, article.marker if k == 0 else "pasted"))
    return out


_DOC_END = ("。", "！", "？", "!", "?", "”", "…", "；")
_NOT_COMPACT = re.compile(r"[^0-9A-Za-z\u3400-\u9fff]+")


def _compact(text: str) -> str:
    return _NOT_COMPACT.sub("", text)


_SHAPE_DROP = re.compile(r"(?:19|20)[\dxX×_]{2}|年度|学年|年|总结|小结|计划|要点|报告|安排|打算|思路|方案|[^\u4e00-\u9fff]")


def _shape(title: str) -> str:
    """A title without its year and genre ("2022年度工作总结" and "2023年度工作要点" share one)."""
    return _SHAPE_DROP.sub("", title)


def _names_two_genres(line: str) -> bool:
    return sum(w in line for w in ("总结", "计划", "要点", "报告", "打算", "安排")) >= 2


def _clean_title(title: str) -> str:
    """A title without a compilation's count claim ("（2篇）", "(精选6篇)")."""
    cleaned = _COUNT_CLAIM_TITLE.sub("", title).strip()
    return cleaned or title


_COUNT_CLAIM_TITLE = re.compile(r"\s*[(（【\[]\s*(?:[^()（）【】\[\]]{0,6}?)\d+\s*篇\s*[)）】\]]\s*$")


_ANY_PUNCT = re.compile(r"[。，,；;！？!?]")
#: A page of at least this many lines, all titles and no sentence, is a site's listing page.
LISTING_MIN_LINES = 3


def is_listing_page(text: str, rules: MarkerRules | None = None) -> bool:
    """A page that only lists document titles (a site's column page): no sentence, no heading,
    mostly lines that end in a genre word ("柳湾小学工会2018年工作总结", …)."""
    rules = rules or default_markers()
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < LISTING_MIN_LINES or any(_ANY_PUNCT.search(line) or HEADING_START.match(line) for line in lines):
        return False
    titles = sum(bool(_DOC_TITLE.search(line)) for line in lines)
    return titles >= 0.6 * len(lines)


# A document's title in a listing: names a year or a union and ends in a document genre
# (not merely "…工作": outline plans list "做好会员发展工作" lines too).
_DOC_TITLE = re.compile(
    r"(?:(?:19|20)[\dxX×_]{2}|工会).{0,30}(?:总结|小结|计划|要点|报告|方案|安排|打算|汇报|讲话)(?:范文)?\s*$"
)


def split_articles(
    text: str, page_title: str | None = None, rules: MarkerRules | None = None
) -> list[Article]:
    """Split a cleaned page into its articles; a page without article markers is one article.

    Besides the numbered markers, a hidden-text marker ("此处隐藏N个字") ends an article,
    and a second document pasted under the first (its own title line after a signature or
    a date) becomes an article of its own."""
    rules = rules or default_markers()
    if is_listing_page(text, rules):
        return []
    articles = _split_marked(text, page_title, rules)
    fallback = compilation_title(page_title or guess_page_title(text))
    out: list[Article] = []
    for i, article in enumerate(articles):
        nxt = articles[i + 1] if i + 1 < len(articles) else None
        goes_on = article.number is not None and nxt is not None and nxt.number == article.number + 1
        if len(articles) > 1 and hidden_markers(article.text) and not HIDDEN_TEXT.sub("", article.text).strip():
            continue  # a compilation's last marker over hidden text only ("篇3" / "……此处隐藏8362个字……")
        for part in _split_hidden(article, fallback, goes_on):
            out.extend(_split_pasted(part, rules.genre_words, page_title or ""))
    for article in out:
        article.title = _clean_title(article.title)
    return out


#: Text before the first marker is an article (not a page header) when it holds this many
#: Chinese characters or a Chinese-numbered heading.
PREAMBLE_ARTICLE_CHARS = 300
_CN_HEADING_LINE = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*、|[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）])", re.MULTILINE)


# The title at the head of a flattened page's one long line: up to the first genre word that a
# space, a year or the first clause follows ("2019年学校工会工作总结 2019年，我校工会…").
_FLAT_TITLE = re.compile(
    r"^(.{2,40}?(?:总结|小结|计划|要点|报告|安排|打算|方案|思路))(?=\s|(?:19|20)[\dxX×_]{2}|[\u4e00-\u9fff]{1,8}[，,])"
)


def _flat_title(line: str) -> str | None:
    if len(line) <= 60:
        return None
    m = _FLAT_TITLE.match(line)
    return m.group(1).strip() if m else None


def _holds_an_article(preamble: str) -> bool:
    return bool(_CN_HEADING_LINE.search(preamble)) or len(_CJK.findall(preamble)) >= PREAMBLE_ARTICLE_CHARS


def _split_marked(text: str, page_title: str | None, rules: MarkerRules) -> list[Article]:
    if page_title is not None and not re.search(r"[\u4e00-\u9fff]", page_title):
        page_title = None  # a file name such as "000_1108c799" names no article
    if page_title is None:
        page_title = guess_page_title(text)
    chain = marker_chain(text, rules)
    if not chain:
        body = text.strip()
        first = first_line(body)
        if looks_like_title(first, rules.genre_words):
            title = first
        else:
            title = _flat_title(first) or page_title or first[:MAX_TITLE_CHARS]
        return [Article(title=title, text=body, marker=None)] if body else []
    fallback = compilation_title(page_title)
    articles = []
    preamble = text[: chain[0].start].strip()
    if _holds_an_article(preamble):
        # A page header and the site's introduction are short; a preamble with a numbered
        # heading or this much text is an article the markers missed: kept, never dropped.
        first = first_line(preamble)
        title = first if looks_like_title(first, rules.genre_words) else (page_title or fallback)
        articles.append(Article(title=title, text=preamble, marker=None))
    for i, c in enumerate(chain):
        end = chain[i + 1].start if i + 1 < len(chain) else len(text)
        body = text[c.end : end].strip()
        title = c.title
        if not title:
            first = first_line(body)
            if looks_like_title(first, rules.genre_words):
                title = first
            elif len(c.prefix) >= 2:
                title = c.prefix
            else:
                title = fallback
        articles.append(Article(title=title, text=body, marker=c.marker, number=c.num))
    return articles
