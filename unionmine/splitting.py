"""Splitting: a compilation page ("学校工会工作总结(12篇)") becomes one record per article.

Marker styles are data (`data/article_markers.toml`). Candidates of every style are found,
markers followed by no text (tables of contents) are dropped, and only markers whose numbers
increase along the page are kept, so a stray "篇3" in prose or a page-title claim such as
"(20篇)" cannot invent articles. Text before the first marker (page header, the site's
introduction) is not an article. Nothing else is dropped: each article's text runs from the
end of its marker to the start of the next marker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .cleaning import _may_match, _needed
from .errors import UsageError
from .locations import read_data_toml

NUM = r"(?:\d{1,3}|[一二三四五六七八九十百零〇两]{1,4})"
# A later marker may skip at most this many numbers (pages sometimes lose an article).
MAX_NUMBER_GAP = 3
MAX_TITLE_CHARS = 50
_SENTENCE_PUNCT = re.compile(r"[。!?;！？；]|[,，].*[,，]")
_HEADING_START = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])")
_COUNT_CLAIM = re.compile(r"[(（]?\s*\d+\s*篇\s*[)）]?")
_LEADING_YEAR = re.compile(r"^\s*(?:19|20)\d{2}\s*(?:年度|学年|年)?")


@dataclass
class Article:
    """One article of a page: its own title, its text, and the marker that introduced it."""

    title: str
    text: str
    marker: str | None = None


@dataclass
class MarkerStyle:
    name: str
    scope: str
    pattern: re.Pattern[str]
    needs_genre_prefix: bool = False
    same_prefix: bool = True
    rest_must_be_title: bool = False


@dataclass
class MarkerRules:
    styles: list[MarkerStyle]
    genre_words: list[str]


@dataclass
class _Candidate:
    start: int  # where the marker starts in the page
    end: int  # where the article text starts
    num: int
    marker: str
    prefix: str
    title: str | None  # title taken from the marker line, if any
    content_start: int  # where the text after the title starts (to spot empty articles)
    style: MarkerStyle


def load_markers(path: str | Path | None = None) -> MarkerRules:
    """Read the article-marker styles (default: the packaged `data/article_markers.toml`)."""
    data, _ = read_data_toml("article_markers.toml", path, "article markers")
    styles = []
    for item in data.get("marker", []):
        name = item.get("name", "?")
        try:
            pattern = re.compile(item["pattern"].replace("{num}", NUM))
        except (KeyError, re.error) as exc:
            raise UsageError(f"article marker {name!r}: missing or bad pattern: {exc}") from exc
        if "num" not in pattern.groupindex:
            raise UsageError(f"article marker {name!r}: the pattern needs a (?P<num>{{num}}) group")
        scope = item.get("scope", "line")
        if scope not in ("line", "inline"):
            raise UsageError(f"article marker {name!r}: scope must be 'line' or 'inline'")
        styles.append(
            MarkerStyle(
                name,
                scope,
                pattern,
                bool(item.get("needs_genre_prefix")),
                bool(item.get("same_prefix", True)),
                bool(item.get("rest_must_be_title")),
            )
        )
    return MarkerRules(styles, list(data.get("genre_words", [])))


@lru_cache(maxsize=1)
def default_markers() -> MarkerRules:
    """The packaged rules, read once."""
    return load_markers()


_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
           "七": 7, "八": 8, "九": 9}  # fmt: skip


def numeral_value(s: str) -> int | None:
    """Value of an article number: '12', '十六', '二十一', '一百'."""
    s = s.strip()
    if s.isdigit():
        return int(s)
    total, current = 0, 0
    for ch in s:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


def looks_like_title(line: str, genre_words: list[str] | None = None) -> bool:
    """A short line without sentence punctuation that names a document genre."""
    line = line.strip()
    if not 2 <= len(line) <= MAX_TITLE_CHARS or _SENTENCE_PUNCT.search(line):
        return False
    if _HEADING_START.match(line) or line.endswith((":", "：")):
        return False
    words = genre_words if genre_words is not None else default_markers().genre_words
    return any(line.endswith((w, w + "表")) for w in words)


_TITLE_TAIL = re.compile(r"(?:范文|模板|范本|精选|大全|的)+$")


def _ends_in_genre(prefix: str, genre_words: list[str]) -> bool:
    """Whether a title ends in a genre word ('…工作计划表', '…工作总结范文')."""
    head = _TITLE_TAIL.sub("", prefix.strip()) or prefix.strip()
    return any(head.endswith((w, w + "表")) for w in genre_words)


def _title_from_rest(rest: str, genre_words: list[str]) -> str | None:
    """The title at the start of the text after a marker ('20xx学校工会工作总结  xx年,…')."""
    head = re.split(r"\s+|[。!?;,:！？；，：]", rest.strip(), maxsplit=1)[0].strip()
    if head and looks_like_title(head, genre_words):
        return head
    return None


def _find_candidates(text: str, rules: MarkerRules) -> list[_Candidate]:
    found: dict[int, _Candidate] = {}
    lines = []  # (start, end, stripped text) of each non-blank line, found once for all styles
    ls = 0
    for raw in text.split("\n"):
        s = raw.strip()
        if s:
            lines.append((ls + len(raw) - len(raw.lstrip()), ls + len(raw), s))
        ls += len(raw) + 1
    for style in rules.styles:
        if not _may_match(_needed(style.pattern), text):
            continue  # most pages have no "篇" at all: skip the per-line matches and the scan
        if style.scope == "line":
            for start, le, s in lines:
                m = style.pattern.match(s)
                if not m:
                    continue
                cand = _line_candidate(text, start, le, s, m, style, rules)
                if cand and cand.start not in found:
                    found[cand.start] = cand
        else:
            for m in style.pattern.finditer(text):
                line_start = text.rfind("\n", 0, m.start()) + 1
                if not text[line_start : m.start()].strip():
                    continue  # at the start of a line: the line styles handle it
                num = numeral_value(m.group("num"))
                if num is None:
                    continue
                rest_end = text.find("\n", m.end())
                rest = text[m.end() : len(text) if rest_end < 0 else rest_end]
                title = _title_from_rest(rest, rules.genre_words)
                content = m.end() + (rest.find(title) + len(title) if title else 0)
                found.setdefault(
                    m.start(),
                    _Candidate(m.start(), m.end(), num, m.group(0).strip(), "", title, content, style),
                )
    return [found[k] for k in sorted(found)]


def _line_candidate(text, start, line_end, s, m, style, rules) -> _Candidate | None:
    num = numeral_value(m.group("num"))
    if num is None or num == 0:
        return None
    groups = m.groupdict()
    prefix = (groups.get("prefix") or "").strip()
    if style.needs_genre_prefix and not _ends_in_genre(prefix, rules.genre_words):
        return None
    rest = groups.get("rest")
    if style.rest_must_be_title:
        if rest and rest.strip():
            if not _title_from_rest(rest, rules.genre_words):
                return None
        else:  # "其一" alone on its line: the next line must be the title
            following = text[line_end + 1 :].lstrip().split("\n", 1)[0]
            if not looks_like_title(following, rules.genre_words):
                return None
    if rest is not None and rest.strip():
        rest_at = start + m.start("rest")
        title = _title_from_rest(rest, rules.genre_words)
        if title is None and len(rest.strip()) <= MAX_TITLE_CHARS and not _SENTENCE_PUNCT.search(rest):
            title = rest.strip()  # "篇一 学校工会年度工作总结报告": the rest of the line is the title
        content = rest_at + (rest.find(title) + len(title) if title else 0)
        marker = text[start:rest_at].strip()
        return _Candidate(start, rest_at, num, marker, prefix, title, content, style)
    end = line_end + 1 if line_end < len(text) else line_end
    return _Candidate(start, end, num, s, prefix, None, end, style)


def _select(cands: list[_Candidate], text: str, rules: MarkerRules) -> list[_Candidate]:
    """Keep markers that are followed by text and whose numbers increase along the page."""
    nonempty = []
    for i, c in enumerate(cands):
        nxt = cands[i + 1].start if i + 1 < len(cands) else len(text)
        if text[c.content_start : nxt].strip():
            nonempty.append(c)
    # Styles that need a repeated prefix: the same prefix must occur at least twice.
    counts: dict[str, int] = {}
    for c in nonempty:
        counts[c.prefix] = counts.get(c.prefix, 0) + 1
    nonempty = [
        c for c in nonempty
        if not (c.style.needs_genre_prefix and c.style.same_prefix) or counts[c.prefix] >= 2
    ]
    chain = _chain(nonempty, 0)
    # A page may start late ("篇4", "篇5", "篇6" on the second page of a compilation): a run
    # of at least two markers from a higher first number is taken when it is longer.
    for i, c in enumerate(nonempty):
        if c.num > MAX_NUMBER_GAP:
            late = _chain(nonempty[i:], c.num - 1)
            if len(late) >= 2 and len(late) > len(chain):
                chain = late
    return chain


def _chain(cands: list[_Candidate], last: int) -> list[_Candidate]:
    """The markers whose numbers increase from LAST by small steps, in page order."""
    chain: list[_Candidate] = []
    for c in cands:
        if last < c.num <= last + MAX_NUMBER_GAP:
            chain.append(c)
            last = c.num
    return chain


def _compilation_title(page_title: str | None) -> str:
    """The page title without its count claim and year: it names the compilation, not an article."""
    if not page_title:
        return ""
    title = _COUNT_CLAIM.sub("", page_title).strip()
    return _LEADING_YEAR.sub("", title).strip() or title


def _guess_page_title(text: str) -> str | None:
    first = next((line.strip() for line in text.split("\n") if line.strip()), None)
    if first and len(first) <= 60 and not _SENTENCE_PUNCT.search(first):
        return first
    return None


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.split("\n") if line.strip()), "")


#: "……此处隐藏4366个字……": a site hid the middle of the page; what follows is another article.
HIDDEN_TEXT = re.compile(r"[.。…·]*\s*(?:此处|以下|中间)?(?:已)?隐藏\s*(?P<n>\d+)\s*个?字(?:符)?\s*[.。…·]*")
#: A pasted document needs this many Chinese characters on each side of its title line.
PASTED_MIN_CHARS = 60
_CJK = re.compile(r"[\u3400-\u9fff]")
_DATE_OR_SIGNATURE = re.compile(
    r"^(?:(?:19|20)[\dxX×]{2}|二[〇○零一二三四五六七八九]{3})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?$"
    r"|^.{2,24}(?:工会|委员会|工委|学校|小学|中学|幼儿园|公司|医院|分会)$"
)
_YEAR = re.compile(r"(?:19|20)[\dxX×_]{2}")
_ORG_YEAR_TITLE = re.compile(r"工会.*(?:(?:19|20)[\dxX×]{2}|[上下]半年|学年|学期)|(?:(?:19|20)[\dxX×]{2}).*工会")


def hidden_markers(text: str) -> list[int]:
    """The hidden-character counts of the "此处隐藏N个字" markers in TEXT."""
    return [int(m.group("n")) for m in HIDDEN_TEXT.finditer(text)]


def _split_hidden(article: Article, fallback: str) -> list[Article]:
    """An article holding a hidden-text marker is cut there; the rest is a separate article."""
    parts = HIDDEN_TEXT.split(article.text)
    if len(parts) == 1:
        return [article]
    texts = [p for i, p in enumerate(parts) if i % 2 == 0]  # split() returns the n groups too
    out = [Article(article.title, texts[0].strip(), article.marker)] if texts[0].strip() else []
    for part in texts[1:]:
        body = part.strip()
        if not body:
            continue
        first = _first_line(body)
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
    first = _first_line(article.text)
    first_year = _YEAR.search(first) if looks_like_title(first, genre_words) else None
    page = re.sub(r"\s+", "", page_title or "")
    two_genres = _names_two_genres(page)
    cuts = []
    prev = ""
    own = {_compact(first), _compact(article.title)}
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        year = _YEAR.search(s)
        if (
            i > 0
            and len(s) <= 40
            # a document ends with a full sentence, a signature or a date; a page's running
            # header (the title again) interrupts a sentence
            and (prev.endswith(_DOC_END) or _DATE_OR_SIGNATURE.match(prev))
            and _compact(s) not in own
            and looks_like_title(s, genre_words)
            and (
                _DATE_OR_SIGNATURE.match(prev)
                or _ORG_YEAR_TITLE.search(s)
                or (first_year and year and year.group() != first_year.group())
                or (two_genres and year and re.sub(r"\s+", "", s) in page)
            )
            and len(_CJK.findall("\n".join(lines[(cuts[-1] if cuts else 0) : i]))) >= PASTED_MIN_CHARS
            and len(_CJK.findall("\n".join(lines[i + 1 :]))) >= PASTED_MIN_CHARS
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
            if len(heads) == 2 and _names_two_genres(heads[0]) and looks_like_title(heads[1], genre_words):
                title = heads[1]
                part = part[[line.strip() for line in part].index(heads[0]) + 1 :]
        text = "\n".join(part).strip()
        out.append(Article(title, text, article.marker if k == 0 else "pasted"))
    return out


_DOC_END = ("。", "！", "？", "!", "?", "”", "…", "；")
_NOT_COMPACT = re.compile(r"[^0-9A-Za-z\u3400-\u9fff]+")


def _compact(text: str) -> str:
    return _NOT_COMPACT.sub("", text)


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
    if len(lines) < LISTING_MIN_LINES or any(_ANY_PUNCT.search(line) or _HEADING_START.match(line) for line in lines):
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
    fallback = _compilation_title(page_title or _guess_page_title(text))
    out: list[Article] = []
    for article in articles:
        for part in _split_hidden(article, fallback):
            out.extend(_split_pasted(part, rules.genre_words, page_title or ""))
    for article in out:
        article.title = _clean_title(article.title)
    return out


def _split_marked(text: str, page_title: str | None, rules: MarkerRules) -> list[Article]:
    if page_title is not None and not re.search(r"[\u4e00-\u9fff]", page_title):
        page_title = None  # a file name such as "000_1108c799" names no article
    if page_title is None:
        page_title = _guess_page_title(text)
    chain = _select(_find_candidates(text, rules), text, rules)
    if not chain:
        body = text.strip()
        first = _first_line(body)
        if looks_like_title(first, rules.genre_words):
            title = first
        else:
            title = page_title or first[:MAX_TITLE_CHARS]
        return [Article(title=title, text=body, marker=None)] if body else []
    fallback = _compilation_title(page_title)
    articles = []
    for i, c in enumerate(chain):
        end = chain[i + 1].start if i + 1 < len(chain) else len(text)
        body = text[c.end : end].strip()
        title = c.title
        if not title:
            first = _first_line(body)
            if looks_like_title(first, rules.genre_words):
                title = first
            elif len(c.prefix) >= 2:
                title = c.prefix
            else:
                title = fallback
        articles.append(Article(title=title, text=body, marker=c.marker))
    return articles
