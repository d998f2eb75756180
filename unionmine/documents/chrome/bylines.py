"""A by-line glued before a news item's first sentence (issue 12, round 22).

A news site prints its reporter's by-line in front of the lead, on the same line: after the paper's dateline in
brackets ("本报讯（记者 某某 通讯员 某某）10月12日，…", "某某网讯（通讯员 某某）近日，…"), in brackets alone
("（记者 某某）10月12日，…"), after a paper's box mark ("□记者 某某 10月12日，…") or after the dateline with its
own colon ("本报某地5月3日讯 记者某某报道：…"). Ruling (d) of 2026-11-30 makes a
by-line the site's attribution (chrome) and the sentence the author's (body): the by-line is cut off the line, the
dateline and the sentence stay ("本报讯 10月12日，…": the dateline is no by-line, and it tells a news item).

What a by-line is made of is ``chrome.credit_lines.credit_line``'s test (role words, names, at most two units, nothing
else), so the glued piece is cut only when that test takes it whole and a sentence follows it. A bracket of names
alone needs the dateline before it; a closing bracket glued after the last sentence ("…。（记者 某某）") is left
as it is (the labels keep it with its sentence).
"""

from __future__ import annotations

import re
from collections import Counter

from ...text.normalize import to_simplified
from .credit_lines import credit_line, credit_tokens
from .line_shapes import cjk_chars

# a paper's, a site's or an agency's dateline: 本报讯, 本刊讯, 【本网讯】, 某某网讯, 某某日报5月3日讯, 新华社北京5月3日电
_DATELINE = re.compile(
    r"^\s*[【\[［(（]?(?:本[报刊网台站]|[\u4e00-\u9fff]{2,12}?(?:报|网|台|社|客户端|融媒))"
    r"[\u4e00-\u9fff\d]{0,10}?[讯电][】\]］)）]?\s*"
)
# the by-line in brackets right after the dateline or opening the line
_BRACKETED = re.compile(r"\s*[（(]([^（）()]{2,40})[）)]\s*")
# a paper's box mark and its by-line, up to the space before the sentence ("□记者 某某 通讯员 某某 10月…")
_BOX = re.compile(r"\s*[□■]\s*")
_PIECE_END = re.compile(r"(?<=报道|报导)\s*[:：]\s*|\s+")
#: the sentence after a cut by-line has at least this many Chinese characters
SENTENCE_MIN_CJK = 8


def _sentence_follows(rest: str) -> bool:
    return cjk_chars(rest) >= SENTENCE_MIN_CJK and bool(re.search(r"[。！？!?；;，,]", rest))


def _has_role(piece: str) -> bool:
    counts = credit_tokens(piece)
    return bool(counts and counts[0] >= 1)


def glued_byline(line: str) -> tuple[int, int] | None:
    """The span (start, end) of a by-line glued before the sentence of LINE (Simplified), else None."""
    head = _DATELINE.match(line)
    at = head.end() if head else 0
    m = _BRACKETED.match(line, at)
    if m:
        inner = m.group(1)
        # names alone in brackets are a by-line only after a dateline; otherwise a role word must say so
        if credit_line(f"（{inner}）") and (head or _has_role(inner)) and _sentence_follows(line[m.end():]):
            return at, m.end()
        return None
    box = _BOX.match(line, at)
    if box is None and head is None:
        return None
    start = box.end() if box else at
    # the longest run of pieces after the mark, up to a space or a reporter's 报道：, that is a by-line with a role
    ends = [(e.start(), e.end()) for e in _PIECE_END.finditer(line[start:start + 44])]
    for cut, after in reversed(ends):
        piece = line[start:start + cut]
        if _has_role(piece) and credit_line(piece) and _sentence_follows(line[start + after:]):
            return at, start + after
    return None


def cut_glued_bylines(lines: list[str], removed: Counter, simplified: bool = False) -> list[str]:
    """LINES with each glued by-line (``glued_byline``) cut off; REMOVED counts its Chinese characters under
    ``chrome:glued_byline``. The dateline before it stays, joined to the sentence by a space."""
    out = []
    for line in lines:
        head = line.lstrip()[:22]
        span = None
        if head[:1] in "（(□■【[［" or any(c in head for c in "讯訊电電"):  # (most lines are no candidate at all)
            try:
                s = line if simplified else to_simplified(line)
            except UnicodeError:  # a lone surrogate: no by-line to find
                s = ""
            span = glued_byline(s) if len(s) == len(line) else None
        if span is None:
            out.append(line)
            continue
        start, end = span
        removed["chrome:glued_byline"] += cjk_chars(s[start:end])  # counted as every cleaning rule counts
        head, rest = line[:start].rstrip(), line[end:].lstrip()
        out.append(f"{head} {rest}" if head else rest)
    return out
