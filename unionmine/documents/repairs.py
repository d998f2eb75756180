"""Structural repairs of a page's text, not pattern-based: the PDF artefact where every run of
characters is doubled, the numbered fixed-length chunks of document-preview sites, and the
page title repeated at the top of the page.
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np

# A doubled line: runs of 1-60 characters each written twice ("年年1010月月").
DOUBLED_MAX_RUN = 60
_DOUBLED = re.compile(f"(.{{1,{DOUBLED_MAX_RUN}}})\\1", re.DOTALL)
# Doubling repair acts only when this share of a line is covered by doubled runs...
DOUBLED_MIN_SHARE = 0.6
# ...and the line is long and varied enough to tell ("哈哈哈哈" or "————" are left alone).
DOUBLED_MIN_CHARS = 8
DOUBLED_MIN_DISTINCT = 6

_CHUNK_NUMBER = re.compile(r"^(\d{1,3})、")
_SENTENCE_END = "。!?！？;；:：”」』)）》…"
# Page-chunk repair: at least this many chunks, each (but the last) this long,
CHUNK_MIN_COUNT = 3
CHUNK_MIN_CHARS = 80
# with lengths within this ratio of each other (preview sites cut at a fixed size).
CHUNK_MAX_LENGTH_RATIO = 1.3


# ---------------------------------------------------------------- doubled characters


def doubled_share(line: str) -> float:
    """Share of a line's characters that sit in immediately repeated runs ("年年", "10 10")."""
    if not line:
        return 0.0
    covered = sum(m.end() - m.start() for m in _DOUBLED.finditer(line))
    return covered / len(line)


def undouble_line(line: str) -> str:
    """Undo the PDF artefact where each run of characters is written twice, if pervasive.

    Ordinary prose has a few legitimate doublings (人人, 常常, 谢谢); only a line where most
    characters sit in doubled runs is repaired, so such words survive elsewhere.
    """
    text = line.strip()
    if len(text) < DOUBLED_MIN_CHARS or text.endswith(("|", "｜")):
        return line  # a table row ("全体职工 全体职工 部分职工 |"): equal neighbouring cells are data
    counts = Counter(text)
    if len(counts) < DOUBLED_MIN_DISTINCT:
        return line
    # Cheap exact pre-check: a character in a doubled run occurs at least twice in the line,
    # so if too few characters repeat at all, the (costly) doubled share is below the bar too.
    if sum(n for n in counts.values() if n > 1) / len(text) < DOUBLED_MIN_SHARE:
        return line
    if doubled_share(text) < DOUBLED_MIN_SHARE:
        return line
    matches = list(_DOUBLED.finditer(line))
    out, pos = [], 0
    for k, m in enumerate(matches):
        run = m.group(1)
        touches = (k > 0 and matches[k - 1].end() == m.start()) or (
            k + 1 < len(matches) and matches[k + 1].start() == m.end()
        )
        # A lone short doubling ("2007" has "00") is ordinary text even in a doubled line.
        if len(run) >= 3 or touches:
            out.append(line[pos : m.start()] + run)
            pos = m.end()
    out.append(line[pos:])
    return "".join(out)


def _doubling_candidates(lines: list[str]) -> np.ndarray:
    """Indices of the lines whose doubled share may reach the bar; the others cannot be doubled.

    Exact bound, one vectorised pass for the whole page (the doubled-text regex on every line
    was ~40% of cleaning): a character inside a doubled run of length L equals its neighbour
    (L = 1) or starts or ends a two-character sequence that recurs L <= 60 characters away.
    """
    stripped = [line.strip() for line in lines]
    lengths = np.fromiter(map(len, stripped), dtype=np.int64, count=len(stripped))
    codes = np.frombuffer("".join(stripped).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    codes = codes.astype(np.int64)
    if len(codes) < 2:
        return np.flatnonzero(lengths >= DOUBLED_MIN_CHARS)
    line_of = np.repeat(np.arange(len(lines)), lengths)
    same_line = line_of[1:] == line_of[:-1]
    covered = np.zeros(len(codes), dtype=bool)
    equal_next = (codes[1:] == codes[:-1]) & same_line
    covered[:-1] |= equal_next
    covered[1:] |= equal_next
    bigrams = np.flatnonzero(same_line)  # start positions of two-character sequences in a line
    keys = (codes[bigrams] << 21) | codes[bigrams + 1]
    if len(codes) < 1 << 21:  # key and position packed in one int64: a plain sort is enough
        packed = np.sort((keys << 21) | bigrams)
        keys, starts = packed >> 21, packed & ((1 << 21) - 1)
    else:
        order = np.argsort(keys, kind="stable")
        keys, starts = keys[order], bigrams[order]
    recurs = (
        (keys[1:] == keys[:-1])
        & (starts[1:] - starts[:-1] <= DOUBLED_MAX_RUN)
        & (line_of[starts[1:]] == line_of[starts[:-1]])
    )
    repeated = np.zeros(len(codes), dtype=bool)
    repeated[starts[1:][recurs]] = True
    repeated[starts[:-1][recurs]] = True
    covered |= repeated
    covered[1:] |= repeated[:-1]
    line_ends = np.cumsum(lengths)
    covered_before = np.concatenate(([0], np.cumsum(covered)))
    bound = covered_before[line_ends] - covered_before[line_ends - lengths]
    possible = (lengths >= DOUBLED_MIN_CHARS) & (bound / np.maximum(lengths, 1) >= DOUBLED_MIN_SHARE)
    return np.flatnonzero(possible)


def undouble_lines(lines: list[str]) -> list[str]:
    """``undouble_line`` on every line; only the lines that can be doubled are looked at."""
    lines = list(lines)
    for i in _doubling_candidates(lines):
        lines[i] = undouble_line(lines[i])
    return lines


# ---------------------------------------------------------------- preview chunks


def join_page_chunks(lines: list[str]) -> list[str]:
    """Join the numbered fixed-length chunks of a document-preview site ("1、…", "2、、…").

    Such a site cuts the text into chunks of nearly equal length, numbers them 1、2、3、 and
    cuts words mid-way. An ordinary list ends its items with sentence punctuation and has
    items of varied length, so it is left alone.
    """
    idx = [i for i, line in enumerate(lines) if line.strip()]
    run: list[int] = []
    runs: list[list[int]] = []
    for i in idx:
        m = _CHUNK_NUMBER.match(lines[i])
        if m and int(m.group(1)) == len(run) + 1:
            run.append(i)
            continue
        if len(run) >= CHUNK_MIN_COUNT:
            runs.append(run)
        run = [i] if m and m.group(1) == "1" else []
    if len(run) >= CHUNK_MIN_COUNT:
        runs.append(run)
    for run in reversed(runs):
        body = [_CHUNK_NUMBER.sub("", lines[i], count=1) for i in run]
        full = body[:-1]
        lengths = [len(b) for b in full]
        if min(lengths) < CHUNK_MIN_CHARS or max(lengths) > CHUNK_MAX_LENGTH_RATIO * min(lengths):
            continue
        cut_mid = sum(1 for b in full if not b.rstrip().endswith(tuple(_SENTENCE_END)))
        if cut_mid * 2 < len(full):
            continue
        # The chunks must follow each other with only blank lines between them.
        if any(lines[j].strip() for j in range(run[0], run[-1] + 1) if j not in run):
            continue
        lines[run[0] : run[-1] + 1] = ["".join(b.strip() for b in body)]
    return lines


# ---------------------------------------------------------------- repeated title


def _title_variants(title: str) -> set[str]:
    return {title, title + "。", title + ".", "《" + title + "》"}


#: The title echoed with a site's name after a dash or bar (``<title> - 某网``, ``<title>_某某网``): the page's
#: heading as the browser's tab shows it, wherever it stands (Round 31, 22:p41: under the text).
_SITE_ECHO = re.compile(r"^(?P<title>.+?)\s*(?:\s[-—–|｜]|[_|｜])(?![-—–])\s*[^\s。！？，,；;:：—–-]{1,20}$")


def drop_repeated_title(lines: list[str], window: int = 12) -> list[str]:
    """Keep the first line of the page as title and drop its repeats near the top, and its echoes with a site's
    name after a dash or bar anywhere."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return lines
    title = lines[first].strip()
    if len(title) > 60:
        return lines
    variants = _title_variants(title)
    out = lines[: first + 1]
    seen = 0
    for line in lines[first + 1 :]:
        s = line.strip()
        if s and seen < window:
            seen += 1
            if s in variants:
                continue
        echo = _SITE_ECHO.match(s) if s.startswith(title[:4]) else None
        if echo and echo["title"].strip() in variants:
            continue
        out.append(line)
    return out
