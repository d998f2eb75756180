"""A page flattened onto one line (a document-sharing site's copy) given its lines back at its edges,
and a site notice glued to a long line's first or last sentence set on a line of its own, so that
the line rules and the chrome passes read them as they read any page."""

from __future__ import annotations

import re

from .chrome.lines import line_feature
from .chrome.protected import CN_HEADING, is_protected
from .clean_guards import bracketed_credit, glued_notice, open_bracket

_FLAT_SENTENCE = re.compile(r"[。！？!?；;]")
FLAT_MIN_SEGMENTS = 6
FLAT_MIN_CHARS = 120  # a line this long with six or more spaced segments and a sentence in it
FLAT_GROUP = 8  # space-separated segments tried together as one site line
_FLAT_BAR = re.compile(r"^[|｜>»＞›→/·]+$")


def unflatten_edges(text: str) -> str:
    """A page flattened onto one line (a document-sharing site's copy): the segments before its
    first sentence and after its last one become lines of their own, so that the line rules
    read a breadcrumb, a meta line or 上一篇：… there as they do on any page, and the title,
    the signature and the date stand on their own lines. The text between stays one line.
    A site notice glued to the first or last sentence of any long line is split off too: the
    line rules would otherwise take the whole paragraph for the notice."""
    if len(text) <= FLAT_MIN_CHARS:
        return text
    out = []
    for line in text.split("\n"):
        segs = line.split()
        if len(line) <= FLAT_MIN_CHARS or len(segs) < FLAT_MIN_SEGMENTS:
            out.extend(_glued_edges(line))  # a paragraph with a notice glued on: the notice alone
            continue
        # the text runs from its first to its last segment of prose; a notice with a sentence
        # mark at either edge ("《…》由会员分享，…请在…上搜索。") is no prose
        ends = [i for i, seg in enumerate(segs) if _flat_prose(seg) and line_feature(seg) is None]
        if not ends:
            out.append(line)
            continue
        while ends[-1] + 1 < len(segs) and open_bracket(" ".join(segs[ends[0] : ends[-1] + 1])):
            ends.append(ends[-1] + 1)  # a credit in brackets spaced out after the last sentence: (文:… / 图:…)
        out.extend(_flat_groups(segs[: ends[0]]))
        out.extend(_glued_edges(" ".join(segs[ends[0] : ends[-1] + 1])))
        out.extend(_flat_groups(segs[ends[-1] + 1 :]))
    return "\n".join(out)


_FLAT_CJK = re.compile(r"[\u3400-\u9fff]")
#: A segment of a flattened page with a comma and this many Chinese characters is prose.
FLAT_CLAUSE_CHARS = 10


def _flat_prose(seg: str) -> bool:
    """A segment of text: a sentence mark, or a clause with a comma ("本学年，…现总结如下：")."""
    return bool(_FLAT_SENTENCE.search(seg)) or (
        bool(re.search(r"[，,]", seg)) and len(_FLAT_CJK.findall(seg)) >= FLAT_CLAUSE_CHARS)


_SENTENCE_PIECE = re.compile(r"(?<=[。！？!?])")


def _glued_edges(text: str) -> list[str]:
    """A long line whose first or last sentence is a site notice glued on without a space
    ("…做得更扎实。本文由某网用户上传，仅供学习参考"): the notice becomes a line of its own so
    that the line rules drop it, and the text around it stays whole."""
    if len(text) <= FLAT_MIN_CHARS:
        return [text]
    pieces = [p for p in _SENTENCE_PIECE.split(text) if p.strip()]
    head, tail = [], []
    while len(pieces) > 1 and glued_notice(pieces[-1]) and not bracketed_credit(pieces[-1].strip()):
        tail.insert(0, pieces.pop().strip())
    while len(pieces) > 1 and glued_notice(pieces[0]):
        head.append(pieces.pop(0).strip())
    return head + ["".join(pieces).strip()] + tail


def _flat_groups(segs: list[str]) -> list[str]:
    """SEGS as lines: the longest run from each place that reads as one line of site chrome
    (a breadcrumb's pieces, a meta line's fields), else one segment a line. A title, signature
    or date joins a run only as an item of a bar or breadcrumb (a separator next to it); a
    clause of prose or a numbered heading never joins one."""
    out, p = [], 0
    while p < len(segs):
        k = 1
        for size in range(min(FLAT_GROUP, len(segs) - p), 1, -1):
            run = segs[p : p + size]
            if any(_flat_prose(x) or CN_HEADING.match(x) for x in run[1:]):
                continue
            piece = " ".join(run)
            if line_feature(piece) and all(
                    not is_protected(x) or (j > 0 and _FLAT_BAR.match(run[j - 1])) or (j == 0 and _FLAT_BAR.match(run[1]))
                    for j, x in enumerate(run)):
                k = size
                break
        out.append(" ".join(segs[p : p + k]))
        p += k
    return out
