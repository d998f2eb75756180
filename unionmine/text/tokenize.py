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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path

from ..errors import UsageError
from ..store.paths import DATA

USERDICT = DATA / "userdict.txt"
STOPWORDS = DATA / "stopwords.txt"

#: What a cut word must hold to be a token (besides being no stopword): a CJK character or two Latin letters in a
#: row; `tokenize` keeps a word only when this finds one, and so do the readers of its words (terms, features)
TOKEN_CHARACTERS = re.compile(r"[\u3400-\u9fff]|[A-Za-z]{2,}")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The stopword set (package file, comments and blank lines skipped)."""
    lines = STOPWORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def _backend() -> Callable[[str], list[str]]:
    """Return the word cutter, with the user dictionary loaded once per process.

    rjieba (jieba-rs: jieba's dictionary, DAG and HMM, about 10x faster) when installed,
    else jieba, the reference. ``UNIONMINE_SEGMENTER=jieba|rjieba`` forces one. The cutter's
    ``name`` attribute says which one is in use.
    """
    import os

    choice = os.environ.get("UNIONMINE_SEGMENTER", "").strip().lower()
    if choice not in ("", "jieba", "rjieba"):
        raise UsageError(f"UNIONMINE_SEGMENTER={choice!r}: choose 'jieba' or 'rjieba'")
    # jieba's own user-dictionary line format: word, then optional frequency and tag
    entries = []
    for line in USERDICT.read_text(encoding="utf-8-sig").splitlines():
        found = re.match(r"^(.+?)( [0-9]+)?( [a-z]+)?$", line.strip())
        if found and not line.startswith("#"):
            word, freq, tag = found.groups()
            entries.append((word, int(freq) if freq else None, tag.strip() if tag else None))

    rjieba = None
    if choice != "jieba":
        rjieba = _rjieba_module()
        if rjieba is None and choice == "rjieba":
            raise UsageError("UNIONMINE_SEGMENTER=rjieba but rjieba is not installed; pip install 'unionmine[fast]'")
    if rjieba is not None:
        engine = rjieba.Jieba()
        for word, freq, tag in entries:
            engine.add_word(word, freq, tag)
        # jieba splits a run of Latin letters, digits and +#&._%- that is not a dictionary
        # word at its finalseg "skip" pattern (2023-12-30 -> 2023 - 12 - 30); jieba-rs keeps
        # such runs whole. Re-split them the jieba way, so that tokens are identical.
        odd = re.compile(r"[+#&._%\-]")
        skip = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
        has_word = engine.has_word
        cut_fast = engine.cut

        def cut(text: str) -> list[str]:
            words = cut_fast(text, True)
            if not odd.search(text):
                return words
            out: list[str] = []
            for w in words:
                if len(w) > 1 and odd.search(w) and not has_word(w):
                    out.extend(p for p in skip.split(w) if p)
                else:
                    out.append(w)
            return out

        cut.name = "rjieba"  # type: ignore[attr-defined]
        return cut

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    for word, freq, tag in entries:
        tokenizer.add_word(word, freq, tag)

    def cut(text: str) -> list[str]:
        return tokenizer.lcut(text, HMM=True)

    cut.name = "jieba"  # type: ignore[attr-defined]
    return cut


def backend_name() -> str:
    """Which segmenter cuts the words in this process: 'rjieba' or 'jieba' (a run's manifest names it)."""
    return _backend().name  # type: ignore[attr-defined]


def _rjieba_module():
    """rjieba's compiled module (None if not installed), loaded without ``rjieba/__init__.py``:
    that builds a default cutter we never use, 0.1 s of every process's start (the dictionary
    is parsed again for ours). Any surprise in the package layout: the plain import."""
    import importlib.machinery
    import importlib.util
    import sys

    spec = importlib.util.find_spec("rjieba")  # finds the package without running it
    if spec is None:
        return None
    name = "rjieba.rjieba"
    if name not in sys.modules:
        for folder in spec.submodule_search_locations or ():
            for suffix in importlib.machinery.EXTENSION_SUFFIXES:
                path = Path(folder) / f"rjieba{suffix}"
                if path.is_file():
                    loader = importlib.machinery.ExtensionFileLoader(name, str(path))
                    module = importlib.util.module_from_spec(importlib.util.spec_from_loader(name, loader))
                    loader.exec_module(module)
                    sys.modules[name] = module  # a later ``import rjieba`` uses this one
                    break
            if name in sys.modules:
                break
    module = sys.modules.get(name)
    if module is None or not hasattr(module, "Jieba"):
        try:
            import rjieba as module  # layout changed: the package's own import
        except ImportError:
            return None
    return module


#: Within `shared_cuts`, the words of each line already cut (by line), else None.
_SHARED: ContextVar[dict[str, list[str]] | None] = ContextVar("unionmine_shared_cuts", default=None)


@contextmanager
def shared_cuts() -> Iterator[dict[str, list[str]]]:
    """Within this block, `cut` (and so `tokenize`) cuts each distinct line once.

    One file's chain cuts the same lines several times: the classifier cuts each section and
    each paragraph, the term counts the whole article and each finest section. Both backends
    split a text at every line break before segmenting (a line break is never part of a word:
    jieba's and jieba-rs' Han-block pattern excludes it, their skip pattern yields it alone), so
    the words of a text are the words of its lines with a "\\n" between them, and a line cut once
    serves every text holding it (tests/text/test_tokenize_fast_paths.py). A text holding "\\r"
    is cut whole: "\\r\\n" is one token to the backends.
    """
    memo: dict[str, list[str]] = {}
    token = _SHARED.set(memo)
    try:
        yield memo
    finally:
        _SHARED.reset(token)


def cut(text: str) -> list[str]:
    """All words of text as the backend cuts them (nothing removed)."""
    memo = _SHARED.get()
    if memo is None:
        return _backend()(text or "")
    return _cut_lines(text or "", memo)


def _cut_lines(text: str, memo: dict[str, list[str]]) -> list[str]:
    """`cut`, line by line through MEMO: the same words (see `shared_cuts`)."""
    backend = _backend()
    if "\r" in text:
        words = memo.get(text)
        if words is None:
            words = memo[text] = backend(text)
        return list(words)
    out: list[str] = []
    for i, line in enumerate(text.split("\n")):
        if i:
            out.append("\n")
        words = memo.get(line)
        if words is None:
            words = memo[line] = backend(line)
        out += words
    return out


def tokenize(text: str) -> list[str]:
    """Words of text without stopwords, punctuation, numbers and whitespace."""
    stop = stopwords()
    return [w for w in cut(text) if w not in stop and TOKEN_CHARACTERS.search(w)]
