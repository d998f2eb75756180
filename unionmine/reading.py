"""Reading stage: any input file -> normalised text, or an InputError a user can act on.

Plain text is decoded in a fixed, explainable order (BOM, strict UTF-8, UTF-16 by its NUL
pattern, strict GB18030 / Big5 chosen by how plausible the result is, charset-normalizer last),
because detectors alone misread short or GBK-encoded Chinese (see PITFALLS.md). Word, HTML and
PDF files are opened only after cheap safety checks (size, zip bomb, magic bytes). Every
library exception is turned into an ``InputError`` so a bad file never stops a run.
"""

from __future__ import annotations

import codecs
import errno
import functools
import os
import re
import stat
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .errors import InputError, UsageError

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
#: Sentence ends at which an over-long line is split.
SENTENCE_ENDS = "。！？"

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(
    {".txt", ".text", ".md", "", ".docx", ".html", ".htm", ".xhtml", ".pdf"}
)
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
#: File names that are never documents (OS and Office droppings).
JUNK_NAMES = frozenset({".ds_store", "thumbs.db", "desktop.ini", "ehthumbs.db"})

#: HTML elements whose text is never document text.
HTML_DROP_TAGS = (
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside",
    "iframe", "object", "embed", "svg", "canvas", "button", "select",
)  # fmt: skip
#: HTML elements that start a new line.
HTML_BLOCK_TAGS = (
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "main", "blockquote", "pre", "dd", "dt", "dl", "hr", "center",
    "address", "figure", "figcaption", "caption", "tbody", "thead", "tfoot", "form", "fieldset",
)  # fmt: skip

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Safety limits; each maps to a command-line option named in the refusal message."""

    max_file_mb: float = 100
    max_expansion_ratio: float = 100
    max_uncompressed_mb: float = 200
    max_line_chars: int = 1_000_000


@dataclass
class Decoded:
    """One read document: analysis text (Simplified), original text, how it was decoded."""

    text: str
    original: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------------------------

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_CJK_RE = re.compile(f"[{_CJK}]")
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
        _CJK_RE.search(inner)
        or _CJK_RE.match(before)
        or _CJK_RE.match(after)
        or (line_start and _LIST_NUMBER_RE.match(inner))
    ):
        return f"{ASCII_TO_CHINESE_PARENS[0]}{inner}{ASCII_TO_CHINESE_PARENS[1]}"
    return match.group(0)


def read_user_text(path: Path, what: str) -> str:
    """Read a small text file the user names (metadata, lists) in whatever encoding it is in.

    A problem is the user's to fix, so it is a UsageError naming WHAT and PATH.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read the {what} {path}: {exc.strerror}") from exc
    try:
        text, _, _ = decode_bytes(data)
    except InputError as exc:
        raise UsageError(f"the {what} {path} is not readable text: {exc.reason}") from exc
    return text  # not normalised: a CSV's commas must stay commas


def has_chinese(text: str) -> bool:
    """Whether TEXT holds at least one Chinese character."""
    return bool(_CJK_RE.search(text or ""))


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


# ---------------------------------------------------------------------------------------------
# Decoding plain text
# ---------------------------------------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (b"\x84\x31\x95\x33", "gb18030"),  # the GB18030 BOM (U+FEFF encoded)
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Below this share of common hanzi/ASCII/punctuation a legacy decoding gets a warning.
POOR_PLAUSIBILITY = 0.6
#: Legacy Chinese encodings tried strictly, in order of preference.
LEGACY_ENCODINGS = ("gb18030", "big5", "cp950")


def _common_hanzi() -> frozenset[str]:
    """Characters a real Chinese text mostly consists of: GB2312 (Simplified) and Big5 level 1.

    Built from the codecs themselves, so no frequency file is needed. Text decoded with the
    wrong legacy codec is full of rare characters, kana and symbols instead.
    """
    chars: set[str] = set()
    for lead in range(0xB0, 0xF8):  # GB2312 hanzi, levels 1 and 2
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for lead in range(0xA4, 0xC7):  # Big5 level 1 (frequent Traditional characters)
        for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            try:
                chars.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)


_PLAUSIBLE_OTHER_RE = re.compile(r"[\t\n\r -~\u3000-\u303f\uff01-\uff5e\u2010-\u2027\u00b7]")


@functools.lru_cache(maxsize=1)
def _common_mask() -> np.ndarray:
    """Whether each code point is a common hanzi: counting by lookup is ~10x a loop over characters."""
    mask = np.zeros(0x110000, dtype=bool)
    mask[[ord(ch) for ch in _common_hanzi()]] = True
    return mask


def plausibility(text: str, sample: int = 20_000) -> float:
    """Share of characters that are common hanzi, ASCII or usual punctuation (0..1)."""
    text = text[:sample]
    if not text:
        return 0.0
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    good = int(np.count_nonzero(_common_mask()[codes]))
    good += len(_PLAUSIBLE_OTHER_RE.findall(text))
    return good / len(text)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _best_legacy(data: bytes) -> tuple[str, str] | None:
    """The most plausible strict legacy decoding; GB18030 wins unless another is clearly better."""
    best: tuple[float, str, str] | None = None
    for encoding in LEGACY_ENCODINGS:
        if best is not None and encoding == "cp950" and best[2] == "big5":
            continue  # cp950 only matters when strict Big5 failed
        text = _strict(data, encoding)
        if text is None:
            continue
        score = plausibility(text) - (0 if encoding == "gb18030" else 0.05)
        if best is None or score > best[0]:
            best = (score, text, encoding)
    return (best[1], best[2]) if best else None


def _utf16_without_bom(data: bytes) -> str | None:
    """The UTF-16 variant that the NUL pattern points to (each ASCII character has one NUL).

    NULs all on one side of the byte pairs, and a decoding that reads as text: UTF-16.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:20_000]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    # Hanzi such as 一 (U+4E00) put a few NULs on the other side; plausibility decides.
    if even + odd == 0 or min(even, odd) > 0.25 * (even + odd):
        return None
    encoding = "utf-16-le" if odd > even else "utf-16-be"
    text = data[: len(sample)].decode(encoding, errors="replace")
    return encoding if plausibility(text) >= 0.8 else None


def _looks_binary(data: bytes) -> str | None:
    sample = data[:65_536]
    if b"\x00" in sample:
        return "binary file, not text (NUL bytes)"
    controls = sum(
        sample.count(bytes((c,))) for c in (*range(0x01, 0x09), 0x0E, 0x0F, *range(0x10, 0x1B))
    )
    if controls > max(8, len(sample) // 20):
        return "binary file, not text (control bytes)"
    return None


def decode_bytes(data: bytes) -> tuple[str, str, list[str]]:
    """Decode plain-text bytes: returns (text, encoding name, warnings). Raises InputError.

    The order makes detector mistakes impossible for valid input: BOM, strict UTF-8, UTF-16 by
    the NUL pattern, strict GB18030 or Big5 (whichever reads as more plausible Chinese), line
    by line for mixed files, and charset-normalizer only when nothing decodes cleanly.
    """
    warnings: list[str] = []
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :] if encoding == "gb18030" else data
            text = _strict(body, encoding)
            if text is None:
                text = body.decode(encoding, errors="replace")
                _warn_replacements(text, warnings)
            return (
                text.lstrip("\ufeff"),
                "utf-8-sig" if encoding == "utf-8-sig" else encoding,
                warnings,
            )

    text = _strict(data, "utf-8")
    if text is not None:
        if not text.isascii() and not _CJK_RE.search(text):
            # Short GB text can be valid UTF-8 by chance ("一" is D2 BB, Cyrillic "һ" in UTF-8).
            legacy = _strict(data, "gb18030")
            if (
                legacy
                and _CJK_RE.search(legacy)
                and plausibility(legacy) > max(0.95, plausibility(text) + 0.3)
            ):
                return legacy, "gb18030", warnings
        return text, "utf-8", warnings

    utf16 = _utf16_without_bom(data)
    if utf16:
        text = _strict(data, utf16)
        if text is None:
            text = data.decode(utf16, errors="replace")
            _warn_replacements(text, warnings)
        return text, utf16, warnings

    reason = _looks_binary(data)
    if reason:
        raise InputError(reason)

    return _decode_legacy(data, warnings)


def _warn_replacements(text: str, warnings: list[str]) -> None:
    n = text.count("\ufffd")
    if n:
        warnings.append(f"decoded with replacement characters in {n} places (invalid bytes)")


def _decode_legacy(data: bytes, warnings: list[str]) -> tuple[str, str, list[str]]:
    lines = data.splitlines(keepends=True)
    utf8_lines: dict[int, str] = {}
    other: list[bytes] = []
    for i, line in enumerate(lines):
        if line.isascii():
            continue
        decoded = _strict(line, "utf-8")
        if decoded is not None:
            utf8_lines[i] = decoded
        else:
            other.append(line)

    chosen = _best_legacy(b"".join(other))
    if not utf8_lines and len(data) % 2 == 0:
        # UTF-16 without BOM and without ASCII has no NUL pattern: keep it if it reads far better.
        legacy_score = plausibility(chosen[0]) if chosen else 0.0
        for encoding in ("utf-16-le", "utf-16-be"):
            text = _strict(data, encoding)
            if text is not None and plausibility(text) > max(0.9, legacy_score + 0.2):
                return text, encoding, warnings
    if chosen is not None and not utf8_lines:
        whole = _strict(data, chosen[1])  # ASCII-only lines were left out of the choice
        if whole is not None:
            score = plausibility(whole)
            if score < POOR_PLAUSIBILITY:
                warnings.append(
                    f"decoded as {chosen[1].upper()} but only {score:.0%} reads as common Chinese "
                    "or ASCII; the file may be in another encoding (e.g. Japanese): check the text"
                )
            return whole, chosen[1], warnings
    legacy = chosen[1] if chosen else "gb18030"

    # Mixed or damaged: decode line by line so that no part is lost.
    parts: list[str] = []
    used: dict[str, int] = {}
    for i, line in enumerate(lines):
        if line.isascii():
            parts.append(line.decode("ascii"))
            continue
        as_legacy = _strict(line, legacy)
        as_utf8 = utf8_lines.get(i)
        if as_utf8 is not None and (
            as_legacy is None or plausibility(as_utf8) >= plausibility(as_legacy)
        ):
            parts.append(as_utf8)
            used["utf-8"] = used.get("utf-8", 0) + 1
            continue
        if as_legacy is None:
            alt = _best_legacy(line)
            if alt is not None:
                as_legacy, enc = alt
            else:
                as_legacy, enc = line.decode(legacy, errors="replace"), legacy
        else:
            enc = legacy
        parts.append(as_legacy)
        used[enc] = used.get(enc, 0) + 1
    text = "".join(parts)
    n_bad = text.count("\ufffd")

    if n_bad and n_bad > 0.05 * len(text):
        guessed = _detector(data)
        if guessed is not None and guessed[0].count("\ufffd") < n_bad:
            warnings.append(
                f"encoding guessed by charset-normalizer as {guessed[1]}; check the text"
            )
            return guessed[0], guessed[1], warnings

    _warn_replacements(text, warnings)
    if len(used) > 1:
        detail = ", ".join(f"{n} lines {enc.upper()}" for enc, n in sorted(used.items()))
        warnings.append(f"mixed encodings in one file ({detail}); each line decoded on its own")
        return text, "mixed:" + "+".join(sorted(used)), warnings
    return text, next(iter(used), legacy), warnings


def _detector(data: bytes) -> tuple[str, str] | None:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # noqa: BLE001 - a detector failure only means "no guess"
        return None
    if best is None or best.encoding is None:
        return None
    return str(best), best.encoding


# ---------------------------------------------------------------------------------------------
# Formats
# ---------------------------------------------------------------------------------------------

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "zip"),
    (_OLE_MAGIC, "ole"),
    (b"{\\rtf", "rtf"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
)
_LEGACY_DOC = (
    "legacy Word .doc (or a password-protected .docx) is not supported; "
    "open it in Word or LibreOffice and save it as .docx without a password"
)


def _sniff(head: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    return None


def _read_docx(path: Path, data: bytes, limits: Limits) -> tuple[str, list[str]]:
    import io

    if data.startswith(_OLE_MAGIC):
        raise InputError(_LEGACY_DOC)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise InputError(f"corrupt .docx: not a zip archive ({exc})") from None
    total = sum(info.file_size for info in infos)
    ratio = total / max(len(data), 1)
    if total > limits.max_uncompressed_mb * MB or (
        total > MB and ratio > limits.max_expansion_ratio
    ):
        raise InputError(
            f".docx expands to {_size(total)} (ratio {ratio:,.0f}:1): refused as a possible zip bomb "
            f"(limits --max-uncompressed-mb {limits.max_uncompressed_mb:g}, "
            f"--max-expansion-ratio {limits.max_expansion_ratio:g})"
        )
    names = {info.filename for info in infos}
    if "word/document.xml" not in names:
        raise InputError("not a Word document: the .docx archive has no word/document.xml")
    try:
        import docx
        from docx.oxml.ns import qn
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        from .office import Line, mark_headings, paragraph_outline_level

        document = docx.Document(io.BytesIO(data))
        lines: list[Line] = []

        def walk(parent_element, parent) -> None:
            for child in parent_element.iterchildren():
                if child.tag == qn("w:p"):
                    paragraph = Paragraph(child, parent)
                    lines.append(Line(paragraph.text, paragraph_outline_level(paragraph)))
                elif child.tag == qn("w:tbl"):
                    table = Table(child, parent)
                    for row in table.rows:
                        cells, seen = [], set()
                        for cell in row.cells:
                            if id(cell._tc) in seen:  # merged cells repeat
                                continue
                            seen.add(id(cell._tc))
                            cells.append(" ".join(p.text for p in cell.paragraphs).strip())
                        lines.append(Line("\t".join(cells)))
                elif child.tag == qn("w:sdt"):
                    content = child.find(qn("w:sdtContent"))
                    if content is not None:
                        walk(content, parent)

        walk(document.element.body, document)  # (headers and footers live in other parts: left out)
        text = "\n".join(mark_headings(lines))
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - python-docx raises many types on broken files
        raise InputError(f"corrupt .docx: {type(exc).__name__}: {exc}") from None
    if not text.strip():
        raise InputError(".docx has no text")
    return text, []


_CID_RE = re.compile(r"\(cid:\d+\)")


def _pdf_lines(page) -> list:
    """The page's text lines in reading order, each with its left and right edge."""
    from .office import PdfLine

    return [PdfLine(line["text"], float(line["x0"]), float(line["x1"]))
            for line in page.extract_text_lines(return_chars=False) if line["text"].strip()]


def _read_pdf(path: Path, data: bytes) -> tuple[str, list[str]]:
    import io

    warnings: list[str] = []
    try:
        import pdfplumber
        from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

        try:
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                laid_out = [_pdf_lines(page) for page in pdf.pages]
        except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
            raise InputError(
                f"encrypted PDF: it needs a password ({type(exc).__name__}); save an unprotected copy"
            ) from None
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many types on broken files
        # pdfplumber wraps pdfminer's errors: look at the wrapped one too.
        inner = (
            exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc.__context__
        )
        name = (
            type(exc).__name__ if inner is None else f"{type(exc).__name__}/{type(inner).__name__}"
        )
        if "Password" in name or "Encrypt" in name:
            raise InputError(
                f"encrypted PDF: it needs a password ({name}); save an unprotected copy"
            ) from None
        raise InputError(f"corrupt or unreadable PDF: {name}: {exc}") from None
    from .office import pdf_text

    pages = ["\n".join(line.text for line in page) for page in laid_out]
    text, _n_chrome = pdf_text(laid_out)
    n_cid = len(_CID_RE.findall(text))
    if n_cid:
        text = _CID_RE.sub("", text)
        if not text.strip():
            raise InputError(
                "PDF text cannot be decoded (fonts without a Unicode map); OCR it first"
            )
        warnings.append(f"{n_cid} PDF glyphs without a Unicode map were dropped")
    if not text.strip():
        raise InputError("PDF has no text layer (scanned image?); OCR it first")
    empty = sum(1 for p in pages if not p.strip())
    if empty:
        warnings.append(f"{empty} of {len(pages)} PDF pages have no text layer (scanned?)")
    return text, warnings


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


def _read_html(data: bytes) -> tuple[str, str, list[str]]:
    warnings: list[str] = []
    text: str | None = None
    encoding = ""
    if not any(data.startswith(bom) for bom, _ in _BOMS):
        match = _META_CHARSET_RE.search(data[:8192])
        if match:
            declared = match.group(1).decode("ascii", "replace").lower()
            declared = CHARSET_SUPERSETS.get(declared, declared)
            try:
                encoding = codecs.lookup(declared).name
            except LookupError:
                warnings.append(f"unknown declared charset {declared!r}; encoding guessed")
            else:
                text = _strict(data, encoding)
                if text is None:
                    warnings.append(f"page declares {declared} but is not; encoding guessed")
    if text is None:
        text, encoding, more = decode_bytes(data)
        warnings.extend(more)
    return _html_to_text(text), f"html:{encoding}", warnings


def _html_to_text(markup: str) -> str:
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


# ---------------------------------------------------------------------------------------------
# The stage
# ---------------------------------------------------------------------------------------------


def _size(n: float) -> str:
    if n >= 1024 * MB:
        return f"{n / (1024 * MB):.1f} GB"
    return f"{n / MB:.1f} MB"


def _os_reason(exc: OSError, path: Path) -> str:
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    if isinstance(exc, FileNotFoundError) or exc.errno == errno.ENOENT:
        return "broken symlink (target missing)" if path.is_symlink() else "file not found"
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not a file"
    return f"cannot read file: {exc.strerror or exc}"


def _read_bytes(path: Path, limits: Limits) -> bytes:
    try:
        info = path.stat()
    except RuntimeError:  # pathlib on Python < 3.13 reports loops this way
        raise InputError("symlink loop") from None
    except OSError as exc:
        raise InputError(_os_reason(exc, path)) from None
    if stat.S_ISDIR(info.st_mode):
        if path.is_symlink() and _points_to_ancestor(path):
            raise InputError("symlink loop")
        raise InputError("is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise InputError("not a regular file (device, pipe or socket)")
    if info.st_size > limits.max_file_mb * MB:
        raise InputError(
            f"file is {_size(info.st_size)}, larger than the {limits.max_file_mb:g} MB limit (--max-file-mb)"
        )
    limit = int(limits.max_file_mb * MB)
    try:
        with open(path, "rb") as handle:
            # sized to the file: a read sized to the limit allocated 100 MB for every file
            data = handle.read(min(info.st_size, limit) + 1)
            if len(data) > info.st_size:  # the file grew since stat: read on, up to the limit
                data += handle.read(limit + 1 - len(data))
            return data
    except OSError as exc:
        raise InputError(_os_reason(exc, path)) from None


def _points_to_ancestor(path: Path) -> bool:
    try:
        target = path.resolve()
        return target == path.parent.resolve() or target in path.parent.resolve().parents
    except (OSError, RuntimeError):
        return True


def read_document(path: Path, limits: Limits | None = None) -> Decoded:
    """Read one file into normalised text; raise ``InputError`` with a reason a user can act on."""
    path = Path(path)
    limits = limits or Limits()
    try:
        return _read_document(path, limits)
    except InputError as exc:
        exc.source = exc.source or str(path)
        exc.stage = "read"
        raise
    except (MemoryError, RecursionError) as exc:
        raise InputError(
            f"file too complex to read ({type(exc).__name__})", source=str(path)
        ) from None


def _read_document(path: Path, limits: Limits) -> Decoded:
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise InputError(_LEGACY_DOC)
    if suffix not in SUPPORTED_SUFFIXES:
        supported = ", ".join(sorted(s for s in SUPPORTED_SUFFIXES if s))
        raise InputError(
            f"unsupported file type {suffix}; supported: {supported} and plain text without extension"
        )
    data = _read_bytes(path, limits)
    if not data:
        raise InputError("empty file")

    warnings: list[str] = []
    kind = {".docx": "docx", ".pdf": "pdf"}.get(
        suffix, "html" if suffix in HTML_SUFFIXES else "text"
    )
    sniffed = _sniff(data[:16])
    if kind == "text" and sniffed:
        if sniffed == "pdf" or (sniffed == "zip" and b"word/" in data[:65_536]):
            kind = "pdf" if sniffed == "pdf" else "docx"
            warnings.append(
                f"file named {suffix or '(no extension)'} is really a {kind.upper()}; read as {kind.upper()}"
            )
        elif sniffed == "ole":
            raise InputError(_LEGACY_DOC)
        else:
            name = {"zip": "a ZIP archive", "rtf": "an RTF document"}.get(sniffed, sniffed)
            raise InputError(f"binary file, not text: the content is {name}")
    elif kind == "docx" and sniffed not in ("zip", "ole"):
        raise InputError("corrupt .docx: not a zip archive")
    elif kind == "pdf" and sniffed != "pdf" and b"%PDF-" not in data[:1024]:
        raise InputError("corrupt PDF: no PDF header (is it really a PDF?)")

    if kind == "docx":
        raw, more = _read_docx(path, data, limits)
        encoding = "docx"
    elif kind == "pdf":
        raw, more = _read_pdf(path, data)
        encoding = "pdf"
    elif kind == "html":
        raw, encoding, more = _read_html(data)
    else:
        if not data.strip(b" \t\r\n\x0b\x0c"):
            raise InputError("file has only whitespace, no text")
        raw, encoding, more = decode_bytes(data)
        head = raw.lstrip()[:200].lower()
        if head.startswith(("<!doctype html", "<html")):
            raw, encoding = _html_to_text(raw), f"html:{encoding}"
            more.append("plain-text file contains an HTML page; read as HTML")
    warnings.extend(more)

    original = normalize_text(raw)
    if not original:
        raise InputError("no text after decoding (only spaces or control characters)")
    original, n_long = split_long_lines(original, limits.max_line_chars)
    if n_long:
        warnings.append(
            f"{n_long} line(s) longer than {limits.max_line_chars:,} characters split at sentence ends"
        )
    if not _CJK_RE.search(original):
        warnings.append("no Chinese text found")
    return Decoded(
        text=to_simplified(original), original=original, encoding=encoding, warnings=warnings
    )


def _is_junk(name: str) -> bool:
    lower = name.lower()
    return lower.startswith((".", "~$")) or lower in JUNK_NAMES or lower.endswith("~")


def discover_files(paths: Iterable[Path]) -> Iterator[tuple[Path, Path]]:
    """Yield (file, corpus_root) for every file under the given files and folders.

    Folders are walked recursively in sorted order; hidden entries and OS/Office droppings are
    skipped; symlinked folders are followed once, and a symlink that loops is yielded so that
    ``read_document`` reports it. A file given directly has its parent folder as corpus root.
    Raises ``UsageError`` for a path that does not exist.
    """
    paths = [Path(p) for p in paths]
    for p in paths:
        if not os.path.lexists(p):
            raise UsageError(f"no such file or folder: {p}")
    seen_files: set[str] = set()
    for p in paths:
        if p.is_dir():
            yield from _walk(p, p, {_realpath(p)}, seen_files)
        else:  # files, broken symlinks and loops alike: read_document explains the problem
            key = _realpath(p) or str(p)
            if key not in seen_files:
                seen_files.add(key)
                yield p, p.parent


def _realpath(p: Path) -> str:
    try:
        return os.path.realpath(p)
    except (OSError, RuntimeError):
        return ""


def _walk(
    folder: Path, root: Path, ancestors: set[str], seen_files: set[str]
) -> Iterator[tuple[Path, Path]]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        yield folder, root  # unreadable folder: read_document says why
        return
    for entry in entries:
        if _is_junk(entry.name):
            continue
        child = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=True)
        except OSError:
            is_dir = False
        if is_dir:
            real = _realpath(child)
            if real in ancestors or not real:
                yield child, root  # a folder symlink pointing back up: reported as a loop
                continue
            yield from _walk(child, root, ancestors | {real}, seen_files)
            continue
        key = _realpath(child) or entry.path
        if entry.is_symlink():
            try:
                os.stat(child)
            except OSError:
                key = entry.path  # broken or looping link: yield it to be reported
        if key in seen_files:
            continue
        seen_files.add(key)
        yield child, root
