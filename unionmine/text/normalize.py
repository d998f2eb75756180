"""Normalise text to the one canonical form later stages rely on (punctuation, Simplified, plausibility)."""

from __future__ import annotations

import functools
import re
import unicodedata

import numpy as np

# ---------------------------------------------------------------------------------------------
# Knobs (data). Canonical punctuation: Chinese text gets the full-width marks below and ASCII
# digits and letters, so the heading parser and the year regexes see one form only.
# ---------------------------------------------------------------------------------------------

#: ASCII punctuation that becomes full-width when it touches a Chinese character.
ASCII_TO_CHINESE_PUNCT: dict[str, str] = {
    ",": "，",
    ":": "：",
    ";": "；",
    "!": "！",
    "?": "？",
}
#: ASCII parentheses around Chinese text or a list number ("(一)", "(1)") become （）.
ASCII_TO_CHINESE_PARENS: tuple[str, str] = ("（", "）")
#: Full-width characters kept as they are (everything else in U+FF01..FF5E becomes ASCII).
KEEP_FULLWIDTH: frozenset[str] = frozenset("，：；！？（）")
#: Sentence ends at which an over-long line is split.
SENTENCE_ENDS = "。！？"
#: The dashes a subtitle or a title's tail starts with ("——在…上的报告", "――记…", "－－…", "──…", "--…"), as a regex
#: group: one or two of — (U+2014), ― (U+2015) and － (U+FF0D), two box-drawing ─ or two hyphens; one hyphen is
#: a list's item ("- 今日关键词"), never a subtitle.
SUBTITLE_DASHES = "(?:[—―－]{1,2}|─{2}|-{2})"
SUBTITLE_LED = re.compile(SUBTITLE_DASHES)  # .match(line): the line opens with them
#: Other look-alike marks folded to one canonical form.
PUNCT_VARIANTS: dict[str, str] = {
    "\uff61": "。",  # halfwidth ideographic full stop
    "\uff64": "、",  # halfwidth ideographic comma
    "\ufe10": "，",  # presentation forms (vertical text)
    "\ufe11": "、",
    "\ufe12": "。",
    "\ufe13": "：",
    "\ufe14": "；",
    "\ufe15": "！",
    "\ufe16": "？",
    "\ufe50": "，",  # small form variants
    "\ufe51": "、",
    "\ufe52": ".",
    "\ufe54": "；",
    "\ufe55": "：",
    "\ufe56": "？",
    "\ufe57": "！",
    "\ufe59": "（",
    "\ufe5a": "）",
}


# ---------------------------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------------------------

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
CJK_RE = re.compile(f"[{_CJK}]")
# Chinese characters and Chinese punctuation: the context that makes ASCII punctuation Chinese.
_ZH = f"{_CJK}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’…—"


def _build_translation() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII block
        ch = chr(code)
        if ch not in KEEP_FULLWIDTH:
            table[code] = chr(code - 0xFEE0)
    for ch, repl in PUNCT_VARIANTS.items():
        table[ord(ch)] = repl
    # Spaces: ideographic, no-break and the other Unicode spaces become one ASCII space.
    for code in (0x00A0, 0x1680, 0x202F, 0x205F, 0x3000, *range(0x2000, 0x200B)):
        table[code] = " "
    # Line separators become newlines; other controls (except tab) and format characters
    # (zero-width spaces and joiners, BOM, soft hyphen, bidi marks) are removed.
    for code in (0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029):
        table[code] = "\n"
    for code in (*range(0x09), 0x0E, 0x0F, *range(0x10, 0x1C), 0x1F, 0x7F, *range(0x80, 0xA0)):
        table.setdefault(code, None)
    for code in range(0x0600, 0x10000):
        if unicodedata.category(chr(code)) == "Cf":
            table[code] = None
    table[0x00AD] = None  # soft hyphen
    table[0xFFFE] = None
    return table


_TRANSLATION = _build_translation()


def _char_class(chars) -> re.Pattern[str]:
    """A regex matching any one of CHARS (written as ranges: a few thousand characters compile fast)."""
    codes = sorted(set(map(ord, chars)))
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return re.compile("[" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in ranges) + "]")


# Most pages hold none or few of the characters to translate: finding them with one regex is
# ~20x faster than str.translate looking up every character in a dict.
_TRANSLATABLE_RE = _char_class(map(chr, _TRANSLATION))


def _translate(match: re.Match[str]) -> str:
    return _TRANSLATION[ord(match.group())] or ""
# A whole run of ASCII punctuation ("::", ", ;") converts at once, so one pass is enough.
_PUNCT_RE = re.compile(
    f"(?<=[{_ZH}]) *([,:;!?](?: *[,:;!?])*) *| *([,:;!?](?: *[,:;!?])*) *(?=[{_ZH}])"
)
# A short parenthesised item touching Chinese or at the start of a line (a list number).
_PARENS_RE = re.compile(r"\(([^()\n]{0,40})\)")
_LIST_NUMBER_RE = re.compile(r"^\s*(?:\d{1,3}|[一二三四五六七八九十百零〇两]{1,4}|[a-zA-Z])\s*$")
_NUMERALS = "一二三四五六七八九十百零〇两"
# "一.加强" is a heading number and keeps its period.
# "工作总结." or "工作。 " -> a period after a Chinese character and before Chinese/line end.
# (Written to start with the period, so the regex engine jumps from period to period instead of
# trying the look-behinds at every character: 20x faster, same matches.)
_PERIOD_RE = re.compile(
    f"\\.(?<=[{_CJK}]\\.)(?<![{_NUMERALS}]\\.)(?=[ \t]*[{_ZH}]|[ \t]*$)", re.MULTILINE
)
_SPACES_AROUND_ZH_PUNCT_RE = re.compile(r" *([，。：；！？、）]) *| *(（) *")
# What each line-bound rewrite needs in a line to change it (checking is much cheaper).
_ASCII_PUNCT_RE = re.compile("[,:;!?]")
_SPACE_BY_ZH_PUNCT_RE = re.compile(" [，。：；！？、）（]|[，。：；！？、）（] ")


def _sub_in_lines(pattern: re.Pattern[str], repl, text: str, trigger: re.Pattern[str]) -> str:
    """``pattern.sub(repl, text)`` run only on the lines where ``trigger`` is found.

    For rewrites whose matches and look-arounds never cross a line end and that leave a line
    without a trigger unchanged: on the other lines the scan was most of the cost.
    """
    pieces: list[str] = []
    done = 0
    for hit in trigger.finditer(text):
        if hit.start() < done:
            continue
        start = text.rfind("\n", 0, hit.start()) + 1
        end = text.find("\n", hit.end())
        end = len(text) if end < 0 else end
        pieces.append(text[done:start])
        pieces.append(pattern.sub(repl, text[start:end]))
        done = end
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def _zh_punct_alone(match: re.Match[str]) -> str:
    return match.group(1) or match.group(2)
_SPACE_RUN_RE = re.compile(r" {2,}")
_BLANK_LINES_RE = re.compile(r"\n{3,}")


def _chinese_punct(match: re.Match[str]) -> str:
    run = match.group(1) or match.group(2)
    return "".join(ASCII_TO_CHINESE_PUNCT.get(ch, "") for ch in run)  # spaces in the run go


def _chinese_parens(match: re.Match[str]) -> str:
    inner = match.group(1)
    text = match.string
    before = text[match.start() - 1] if match.start() > 0 else "\n"
    after = text[match.end()] if match.end() < len(text) else "\n"
    line_start = before == "\n" or text[: match.start()].rsplit("\n", 1)[-1].strip() == ""
    if (
        CJK_RE.search(inner)
        or CJK_RE.match(before)
        or CJK_RE.match(after)
        or (line_start and _LIST_NUMBER_RE.match(inner))
    ):
        return f"{ASCII_TO_CHINESE_PARENS[0]}{inner}{ASCII_TO_CHINESE_PARENS[1]}"
    return match.group(0)


def cjk_count(text: str) -> int:
    """Chinese characters in TEXT, the basic and extension A blocks and the compatibility ideographs (one
    vectorised pass; a findall per line was most of cleaning): what cleaning says it removed is counted so."""
    if not text:
        return 0
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return int(np.count_nonzero(((codes >= 0x3400) & (codes <= 0x9FFF)) | ((codes >= 0xF900) & (codes <= 0xFAFF))))


def has_chinese(text: str) -> bool:
    """Whether TEXT holds at least one Chinese character."""
    return bool(CJK_RE.search(text or ""))


def normalize_text(text: str) -> str:
    """Return text in the one canonical form every later stage relies on.

    Line endings become ``\\n``; full-width ASCII letters, digits and symbols become ASCII, but
    Chinese punctuation stays full-width (``，：；！？（）``) and ASCII ``,:;!?()`` touching
    Chinese text becomes full-width; every kind of space becomes one ASCII space; zero-width
    and control characters (except tab and newline) are removed; lines are stripped and runs
    of blank lines collapse to one. Idempotent.
    """
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _TRANSLATABLE_RE.sub(_translate, text)
    for _ in range(4 if "(" in text else 0):  # nested "(a(b)c)": the inner pair, then the outer
        converted = _PARENS_RE.sub(_chinese_parens, text)
        if converted == text:
            break
        text = converted
    text = _sub_in_lines(_PUNCT_RE, _chinese_punct, text, _ASCII_PUNCT_RE)
    if "." in text:
        text = _PERIOD_RE.sub("。", text)
    text = _sub_in_lines(_SPACES_AROUND_ZH_PUNCT_RE, _zh_punct_alone, text, _SPACE_BY_ZH_PUNCT_RE)
    if "  " in text:  # (a substring test is ~10x cheaper than the regex scan finding nothing)
        text = _SPACE_RUN_RE.sub(" ", text)
    text = "\n".join(line.strip(" \t") for line in text.split("\n"))
    if "\n\n\n" in text:
        text = _BLANK_LINES_RE.sub("\n\n", text)
    return text.strip("\n")


_converter = None


def to_simplified(text: str) -> str:
    """Convert Traditional Chinese to Simplified (OpenCC ``t2s``); jieba is trained on Simplified."""
    global _converter
    if _converter is None:
        import opencc

        _converter = opencc.OpenCC("t2s")
    return _converter.convert(text)


def split_long_lines(text: str, max_chars: int) -> tuple[str, int]:
    """Split lines longer than ``max_chars`` at sentence ends (hard cut if there is none).

    Returns the new text and how many lines were split.
    """
    if max_chars <= 0 or len(text) <= max_chars:
        return text, 0
    out: list[str] = []
    n_split = 0
    for line in text.split("\n"):
        if len(line) <= max_chars:
            out.append(line)
            continue
        n_split += 1
        current: list[str] = []
        size = 0
        for piece in re.split(f"(?<=[{SENTENCE_ENDS}])", line):
            while len(piece) > max_chars:  # no sentence end for too long: cut hard
                if current:
                    out.append("".join(current))
                    current, size = [], 0
                out.append(piece[:max_chars])
                piece = piece[max_chars:]
            if size + len(piece) > max_chars and current:
                out.append("".join(current))
                current, size = [], 0
            if piece:
                current.append(piece)
                size += len(piece)
        if current:
            out.append("".join(current))
    return "\n".join(out), n_split


#: Below this share of common hanzi/ASCII/punctuation a legacy decoding gets a warning.
POOR_PLAUSIBILITY = 0.6
#: Legacy Chinese encodings tried strictly, in order of preference.
LEGACY_ENCODINGS = ("gb18030", "big5", "cp950", "big5hkscs")  # (Hong Kong's Big5 with its HKSCS characters last)


def _codec_chars(codec: str, leads: range, trails) -> set[str]:
    """The characters a two-byte CODEC gives for the byte pairs LEADS x TRAILS it defines."""
    chars: set[str] = set()
    for lead in leads:
        for trail in trails:
            try:
                chars.add(bytes((lead, trail)).decode(codec))
            except UnicodeDecodeError:
                pass
    return chars


def _mask_of(chars) -> np.ndarray:
    """Whether each code point is one of CHARS: counting by lookup is ~10x a loop over characters."""
    mask = np.zeros(0x110000, dtype=bool)
    mask[[ord(ch) for ch in chars]] = True
    return mask


def _common_hanzi() -> frozenset[str]:
    """Characters a real Chinese text mostly consists of: GB2312 (Simplified) and Big5 level 1.

    Built from the codecs themselves, so no frequency file is needed. Text decoded with the
    wrong legacy codec is full of rare characters, kana and symbols instead.
    """
    gb2312 = _codec_chars("gb2312", range(0xB0, 0xF8), range(0xA1, 0xFF))  # GB2312 hanzi, levels 1 and 2
    big5 = _codec_chars("big5", range(0xA4, 0xC7), (*range(0x40, 0x7F), *range(0xA1, 0xFF)))  # Big5 level 1
    return frozenset(gb2312 | big5)


_PLAUSIBLE_OTHER_RE = re.compile(r"[\t\n\r -~\u3000-\u303f\uff01-\uff5e\u2010-\u2027\u00b7]")


@functools.lru_cache(maxsize=1)
def _common_mask() -> np.ndarray:
    """Whether each code point is a common hanzi."""
    return _mask_of(_common_hanzi())


def plausibility(text: str, sample: int = 20_000) -> float:
    """Share of characters that are common hanzi, ASCII or usual punctuation (0..1)."""
    text = text[:sample]
    if not text:
        return 0.0
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    good = int(np.count_nonzero(_common_mask()[codes]))
    good += len(_PLAUSIBLE_OTHER_RE.findall(text))
    return good / len(text)


@functools.lru_cache(maxsize=1)
def _frequent_mask() -> np.ndarray:
    """The 3,755 frequent hanzi of GB2312 level 1 (Traditional lines are converted first)."""
    return _mask_of(_codec_chars("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF)))


#: A line is garbled (mojibake) when it has this many Chinese characters or more...
MOJIBAKE_MIN_CHINESE = 8
#: ...and fewer than this share of them are frequent hanzi. Real prose stays above ~0.9 (a
#: rare name or two); text decoded with the wrong codec falls to ~0.3-0.5.
MOJIBAKE_MAX_FREQUENT = 0.6
_ODD_IN_CHINESE = re.compile("[\u3105-\u312f\u2500-\u257f\ufffd]|锟斤拷|烫烫烫|屯屯屯")


def mojibake_lines(text: str, limit: int = 200_000, simplified: bool = False) -> list[str]:
    """Lines that look garbled: mostly rare hanzi, box-drawing or bopomofo among Chinese, U+FFFD.

    One vectorised pass over the text (Traditional converted first): per line, the count of
    Chinese characters and of frequent ones; only lines that fail are looked at again."""
    originals = text[:limit].split("\n")
    try:
        plain = text[:limit] if simplified else to_simplified(text[:limit])
    except UnicodeError:  # a lone surrogate: judge the lines as they are
        plain = text[:limit]
    if plain.count("\n") != len(originals) - 1:
        plain = text[:limit]
    codes = np.frombuffer(plain.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
    if not len(codes):
        return []
    line_of = np.concatenate(([0], np.cumsum(codes == 10)[:-1]))
    cjk = ((codes >= 0x3400) & (codes <= 0x9FFF)) | ((codes >= 0xF900) & (codes <= 0xFAFF)) | (codes >= 0x20000)
    frequent = _frequent_mask()[np.minimum(codes, 0x10FFFF)] & cjk
    n_lines = len(originals)
    n_cjk = np.bincount(line_of, weights=cjk, minlength=n_lines)
    n_frequent = np.bincount(line_of, weights=frequent, minlength=n_lines)
    odd_chars = (codes == 0xFFFD) | ((codes >= 0x3105) & (codes <= 0x312F)) | ((codes >= 0x2500) & (codes <= 0x257F))
    n_odd = np.bincount(line_of, weights=odd_chars, minlength=n_lines)
    suspect = (n_cjk >= MOJIBAKE_MIN_CHINESE) & ((n_frequent < MOJIBAKE_MAX_FREQUENT * n_cjk) | (n_odd >= 3))
    found = [originals[i].strip() for i in np.flatnonzero(suspect)]
    for phrase in ("锟斤拷", "烫烫烫", "屯屯屯"):  # the classic replacement-character garbles
        if phrase in plain:
            found.extend(line.strip() for line in originals if phrase in line and line.strip() not in found)
    return found
