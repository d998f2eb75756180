"""Sentence-pooled inputs for the real-document calibration (issue 13, round 11b).

A section whose theme is real usually has several sentences about it; a 其他 section often names the
theme once in passing (教代会 in a list of meetings, a contest the union did not run). The section's
own score cannot see that difference, so these functions score each sentence of a section with the
existing parts and pool the sentence scores per theme:

``max``, ``mean``, ``share`` of sentences at or above a cut, ``count`` at or above it (as
``log(1 + count)``), the ``first`` body sentence's score and the ``heading``'s score.

A section is cut into sentences at 。！？；!?; and line breaks; pieces shorter than ``MIN_CHARS``
characters are dropped. Its first line is its heading when the text has more than one line and the
first line is at most ``HEADING_CHARS`` characters long and ends no sentence inside it (the section
texts of the real sets and of ``sections.parse_sections`` join heading and body with a line break).
The pooled values are plain numbers per section and theme: what part scored the sentences is the
caller's choice (``pool`` takes any per-sentence score matrix).
"""

from __future__ import annotations

import re

import numpy as np

_SPLIT = re.compile(r"[。！？；!?;\n\r]+")
MIN_CHARS = 4  # shorter pieces (numbering, stray punctuation) are not sentences
HEADING_CHARS = 40  # a first line longer than this is body text, not a heading
STATS = ("max", "mean", "share", "count", "first", "heading")


def split_heading(text: str) -> tuple[str, str]:
    """(heading, body) of a section text: the first line is the heading when another line follows it,
    it has at most HEADING_CHARS characters and no sentence end before its last character."""
    text = (text or "").strip()
    first, sep, rest = text.partition("\n")
    first = first.strip()
    if sep and rest.strip() and 0 < len(first) <= HEADING_CHARS and not re.search(r"[。！？；!?;].", first):
        return first, rest.strip()
    return "", text


def split_sentences(text: str) -> list[str]:
    """The body's sentences (pieces of MIN_CHARS characters or more), in order; a body with none gives
    itself as its one sentence (when it has any character), so every section has one sentence at least."""
    pieces = [p.strip() for p in _SPLIT.split(text or "")]
    out = [p for p in pieces if len(p) >= MIN_CHARS]
    if not out and (text or "").strip():
        out = [text.strip()]
    return out


def sentence_table(texts: list[str]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Every text's heading and sentences as one flat list to score at once.

    Returns (units, owner, is_heading): the unit texts, per unit the index of its section, and per
    unit whether it is its section's heading (at most one per section, first among its units)."""
    units, owner, is_heading = [], [], []
    for i, text in enumerate(texts):
        heading, body = split_heading(text)
        if heading:
            units.append(heading)
            owner.append(i)
            is_heading.append(True)
        for sentence in split_sentences(body) or [heading]:  # a heading-only section: its heading is its sentence
            units.append(sentence)
            owner.append(i)
            is_heading.append(False)
    return units, np.asarray(owner, dtype=np.int64), np.asarray(is_heading, dtype=bool)


def pool(scores: np.ndarray, owner: np.ndarray, is_heading: np.ndarray, n: int, cut: float = 0.0) -> np.ndarray:
    """Per section and theme the pooled statistics (``STATS``) of the sentence SCORES (units x themes, in the
    order of ``sentence_table``). Shape (n, themes, len(STATS)). A section without a heading takes its first
    sentence's score as its heading score."""
    scores = np.asarray(scores, dtype=float)
    out = np.zeros((n, scores.shape[1], len(STATS)))
    body = ~np.asarray(is_heading, dtype=bool)
    starts = np.searchsorted(owner, np.arange(n), side="left")  # units are grouped by section, in order
    ends = np.searchsorted(owner, np.arange(n), side="right")
    for i in range(n):
        out[i] = _pool_one(scores, np.arange(starts[i], ends[i]), body, cut)
    return out


def _pool_one(scores, at, body, cut) -> np.ndarray:
    sent = scores[at[body[at]]]
    head = scores[at[~body[at]]]
    above = (sent >= cut).sum(axis=0)
    first = sent[0]
    return np.stack([sent.max(axis=0), sent.mean(axis=0), above / len(sent), np.log1p(above), first,
                     head[0] if len(head) else first], axis=-1)
