"""One tokenizer for training, prediction and keyword statistics.

jieba with the domain user dictionary ``data/userdict.txt`` (loaded once per process);
stopwords from ``data/stopwords.txt`` and punctuation, digits and single Latin letters are
removed here, because jieba's ``cut`` does not do it. The backend sits behind
``_backend()`` so a faster one (rjieba) can be swapped in one place.
``tokenize`` is a plain module-level function, so it pickles into worker processes.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"
USERDICT = DATA / "userdict.txt"
STOPWORDS = DATA / "stopwords.txt"

# a token is kept only if it holds a CJK character or at least two Latin letters / digits mixed
_KEEP = re.compile(r"[\u3400-\u9fff]|[A-Za-z]{2,}")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The stopword set (package file, comments and blank lines skipped)."""
    lines = STOPWORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def _backend() -> Callable[[str], list[str]]:
    """Return the word cutter: jieba with the user dictionary loaded once."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.load_userdict(str(USERDICT))

    def cut(text: str) -> list[str]:
        return tokenizer.lcut(text, HMM=True)

    return cut


def cut(text: str) -> list[str]:
    """All words of text as the backend cuts them (nothing removed)."""
    return _backend()(text or "")


def tokenize(text: str) -> list[str]:
    """Words of text without stopwords, punctuation, numbers and whitespace."""
    stop = stopwords()
    return [w for w in cut(text) if w not in stop and _KEEP.search(w)]
