"""Stock phrases (data/stock_phrases.txt: 教书育人, 坚定不移, 在…的领导下): read once, matched with small gaps
inside a phrase ("…"). Read by the specificity insight (what a sentence says beyond them) and by the
distinctive terms (a whole stock phrase is no school's own term)."""

from __future__ import annotations

import functools
import os
import re

from ..store.paths import read_data_text

#: What may stand between the parts of a phrase written with "…": a few characters, no sentence end.
GAP = r"[^，。；！？,.;!?\n]{1,20}?"


def _phrase_regex(phrase: str) -> str:
    parts = [re.escape(p).replace("，", ",").replace(",", "[，,]") for p in phrase.split("…")]
    return GAP.join(parts)


def load_stock_phrases(path: str | os.PathLike | None = None) -> list[str]:
    """Read the stock phrases (the packaged list when PATH is None); '#' lines are comments."""
    text, _ = read_data_text("stock_phrases.txt", path, "stock phrases")
    phrases = [line.strip() for line in text.splitlines()]
    return list(dict.fromkeys(p for p in phrases if p and not p.startswith("#")))


@functools.lru_cache(maxsize=8)
def stock_regex(phrases: tuple[str, ...]) -> re.Pattern:
    """One pattern for PHRASES, longest first so that a longer phrase wins over its own beginning."""
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile("|".join(_phrase_regex(p) for p in ordered))
