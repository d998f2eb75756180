"""Terms that set a group apart: counts, log-odds with a prior, top and distinctive terms."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

import numpy as np
import pandas as pd

from ..schema import OTHER, THEMES
from ..sections.parse import leaf_sections
from ..store.paths import read_data_text
from ..text.tokenize import TOKEN_CHARACTERS, cut, stopwords
from ..text.tokenize import tokenize as _shared_tokenize
from .columns import ALL_THEMES, MIN_GROUP, OTHER_WORDS
from .phrases import load_stock_phrases, stock_regex

Tokenizer = Callable[[str], list[str]]


# ---------------------------------------------------------------- terms

_WORDLIKE = re.compile(r"[\u4e00-\u9fffA-Za-z]")


def term_counts(texts: Iterable[str], tokenize: Tokenizer) -> list[dict[str, int]]:
    """Count the word-like tokens (two characters or more) of each text: a term and its count, per text, as
    every term table counts them (`run.measures` too, for terms.parquet)."""
    if tokenize is _shared_tokenize:
        return _shared_term_counts(texts)
    out = []
    for text in texts:
        counts: dict[str, int] = {}
        for tok in tokenize(text or ""):
            tok = tok.strip()
            if len(tok) >= 2 and _WORDLIKE.search(tok):
                counts[tok] = counts.get(tok, 0) + 1
        out.append(counts)
    return out


#: token -> the term it counts as ("" for none), for the shared tokenizer: a pure function of the
#: token, decided once per distinct token instead of once per occurrence
_TERM_OF: dict[str, str] = {}


def _shared_term_counts(texts: Iterable[str]) -> list[dict[str, int]]:
    """`term_counts` with the shared tokenizer: its filter (stopwords, `TOKEN_CHARACTERS`) and the term test
    (stripped, two characters or more, word-like) looked up per distinct cut word; the same counts
    in the same order (tests/stats/test_terms_fast_paths.py)."""
    stop = stopwords()
    if len(_TERM_OF) > 2_000_000:  # a bound on a long process's memory
        _TERM_OF.clear()
    out = []
    for text in texts:
        counts: dict[str, int] = {}
        for tok in cut(text or ""):
            term = _TERM_OF.get(tok)
            if term is None:
                term = ""
                if tok not in stop and TOKEN_CHARACTERS.search(tok):
                    stripped = tok.strip()
                    if len(stripped) >= 2 and _WORDLIKE.search(stripped):
                        term = stripped
                _TERM_OF[tok] = term
            if term:
                counts[term] = counts.get(term, 0) + 1
        out.append(counts)
    return out


def log_odds(
    group: dict[str, int], rest: dict[str, int], prior_size: float = 500.0
) -> pd.DataFrame:
    """Log-odds ratio of each term in GROUP vs REST with an informative Dirichlet prior (Monroe et al. 2008).

    The prior (the pooled counts scaled to PRIOR_SIZE) shrinks rare terms, so a word used
    twice by one school does not outrank the words it really uses more than the others.
    Returns term, count, count_rest, log_odds, z (log_odds / its standard error).
    """
    terms = sorted(set(group) | set(rest))
    if not terms:
        return pd.DataFrame(columns=["term", "count", "count_rest", "log_odds", "z"])
    y_i = np.array([group.get(t, 0) for t in terms], dtype=float)
    y_j = np.array([rest.get(t, 0) for t in terms], dtype=float)
    pooled = y_i + y_j
    alpha = pooled / pooled.sum() * prior_size
    a0 = alpha.sum()
    n_i, n_j = y_i.sum(), y_j.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        d = np.log((y_i + alpha) / (n_i + a0 - y_i - alpha)) - np.log((y_j + alpha) / (n_j + a0 - y_j - alpha))
        z = d / np.sqrt(1.0 / (y_i + alpha) + 1.0 / (y_j + alpha))
    return pd.DataFrame({"term": terms, "count": y_i.astype(int), "count_rest": y_j.astype(int), "log_odds": d, "z": z})


def _contrast(
    counts_by_group: dict[object, dict[str, int]], n_top: int, min_count: int
) -> dict[object, pd.DataFrame]:
    total: dict[str, int] = {}
    for counts in counts_by_group.values():
        for t, c in counts.items():
            total[t] = total.get(t, 0) + c
    out = {}
    for key, counts in counts_by_group.items():
        rest = {t: c - counts.get(t, 0) for t, c in total.items()}
        table = log_odds(counts, rest)
        table = table[(table["count"] >= min_count) & (table["z"] > 0)]
        table = table.sort_values(["z", "term"], ascending=[False, True]).head(n_top).reset_index(drop=True)
        table.insert(0, "rank", range(1, len(table) + 1))
        out[key] = table
    return out


def _contrast_rows(
    counts_by_group: dict[object, dict[str, int]], n_top: int, min_count: int, prior_size: float = 500.0
) -> list[tuple]:
    """`_contrast` for many groups at once, as rows (key, rank, term, count, count_rest, log_odds, z).

    The same numbers, bit for bit: the prior comes from the pooled counts of all terms, computed
    once, and each group's log-odds are computed only for its own terms used MIN_COUNT times or
    more (the only ones `_contrast` can keep), so the cost follows the groups' vocabularies, not
    groups x the whole vocabulary. Built as plain rows: one DataFrame per group cost ~1 ms each.
    """
    total: dict[str, int] = {}
    for counts in counts_by_group.values():
        for t, c in counts.items():
            total[t] = total.get(t, 0) + c
    terms = sorted(total)
    if not terms:
        return []
    pooled = np.array([total[t] for t in terms], dtype=float)
    alpha_all = pooled / pooled.sum() * prior_size
    a0 = alpha_all.sum()
    alpha_of = dict(zip(terms, alpha_all.tolist()))
    grand = pooled.sum()
    rows: list[tuple] = []
    for key, counts in counts_by_group.items():
        n_i = float(sum(counts.values()))
        n_j = grand - n_i
        mine = sorted(t for t, c in counts.items() if c >= min_count)
        if not mine:
            continue
        y_i = np.array([counts[t] for t in mine], dtype=float)
        y_j = np.array([total[t] for t in mine], dtype=float) - y_i
        alpha = np.array([alpha_of[t] for t in mine])
        with np.errstate(divide="ignore", invalid="ignore"):
            d = np.log((y_i + alpha) / (n_i + a0 - y_i - alpha)) - np.log((y_j + alpha) / (n_j + a0 - y_j - alpha))
            z = d / np.sqrt(1.0 / (y_i + alpha) + 1.0 / (y_j + alpha))
        keep = [k for k in np.flatnonzero(z > 0)]
        keep.sort(key=lambda k: (-z[k], mine[k]))
        for rank, k in enumerate(keep[:n_top], start=1):
            rows.append((key, rank, mine[k], int(y_i[k]), int(y_j[k]), float(d[k]), float(z[k])))
    return rows


def top_terms(
    sections: pd.DataFrame, tokenize: Tokenizer | None = None, n_top: int = 15, min_count: int = 3
) -> pd.DataFrame:
    """The terms that most mark each theme: finest sections carrying the theme vs all other sections."""
    tokenize = tokenize or _shared_tokenize
    leaves = leaf_sections(sections)
    cols = ["theme", "rank", "term", "count", "count_rest", "log_odds", "z", "n_sections"]
    if leaves.empty:
        return pd.DataFrame(columns=cols)
    texts = (leaves["heading"].fillna("") + "\n" + leaves["text"].fillna("")).tolist()
    per_section = term_counts(texts, tokenize)
    label_lists = [list(x) if x is not None else [] for x in leaves["labels"]]
    frames = []
    for theme in ALL_THEMES:
        inside: dict[str, int] = {}
        outside: dict[str, int] = {}
        n = 0
        for counts, labs in zip(per_section, label_lists):
            has = theme in labs or (theme == OTHER and not any(t in labs for t in THEMES))
            n += has
            target = inside if has else outside
            for t, c in counts.items():
                target[t] = target.get(t, 0) + c
        if not n:
            continue
        table = _contrast({theme: inside, "_rest": outside}, n_top, min_count)[theme]
        table.insert(0, "theme", theme)
        table["n_sections"] = n
        frames.append(table)
    return pd.concat(frames, ignore_index=True)[cols] if frames else pd.DataFrame(columns=cols)


#: more candidates ranked per group than shown, so that the group's own name parts and the generic
#: terms (`generic_term`) can be dropped
OWN_NAME_SLACK = 20


@functools.lru_cache(maxsize=1)
def _stock_regex() -> re.Pattern:
    return stock_regex(tuple(load_stock_phrases()))


@functools.lru_cache(maxsize=1)
def heading_words() -> frozenset[str]:
    """The generic words of section headings (data/heading_words.txt: 指导思想, 一是, 存在, 今后 …)."""
    text, _ = read_data_text("heading_words.txt", what="heading words")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def generic_term(term: str) -> bool:
    """Whether TERM says nothing about what one group did that the others did not: a theme's own label
    (文体活动, 送温暖: every report's headings name the themes, `columns.ALL_THEMES`), a generic heading
    word (`heading_words`), a stopword (data/stopwords.txt, checked here too because a stored corpus
    may have been counted with an older list) or a whole stock phrase (教书育人, 坚定不移:
    data/stock_phrases.txt)."""
    return (term in ALL_THEMES or term in heading_words() or term in stopwords()
            or _stock_regex().fullmatch(term) is not None)


def without_own_name(table: pd.DataFrame, by: str, n_top: int) -> pd.DataFrame:
    """TABLE's terms (ranked per group in BY) less those that are part of the group's own name and the
    generic ones (`generic_term`), ranked again and cut to N_TOP: 城北实验小学's texts name it in every
    title and signature, so 城北, 实验 and 小学 top its list and tell a reader nothing; nor does 文体活动
    when its headings repeat the theme names more often than the other schools' do."""
    own = [(isinstance(key, str) and len(term) > 1 and term in key) or generic_term(term)
           for key, term in zip(table[by], table["term"])]
    kept = table[~np.array(own, dtype=bool)].copy()
    kept["rank"] = kept.groupby(by, sort=False).cumcount() + 1
    return kept[kept["rank"] <= n_top].reset_index(drop=True)


def distinctive_terms(
    documents: pd.DataFrame,
    tokenize: Tokenizer | None = None,
    by: str = "org",
    n_top: int = 10,
    min_count: int = 2,
    min_n: int = MIN_GROUP,
) -> pd.DataFrame:
    """The terms that most distinguish each group (organisation) from all the others (log-odds, not
    counts), less the parts of the group's own name (`without_own_name`)."""
    tokenize = tokenize or _shared_tokenize
    cols = [by, "rank", "term", "count", "count_rest", "log_odds", "z", "n_docs", "too_small"]
    docs = documents[documents[by].notna()]
    if docs.empty:
        return pd.DataFrame(columns=cols)
    per_doc = term_counts(docs["text"].fillna("").tolist(), tokenize)
    by_group: dict[object, dict[str, int]] = {}
    n_docs: dict[object, int] = {}
    for key, counts in zip(docs[by], per_doc):
        acc = by_group.setdefault(key, {})
        n_docs[key] = n_docs.get(key, 0) + 1
        for t, c in counts.items():
            acc[t] = acc.get(t, 0) + c
    if len(by_group) < 2:
        return pd.DataFrame(columns=cols)
    rows = _contrast_rows(by_group, n_top + OWN_NAME_SLACK, min_count)
    result = pd.DataFrame(rows, columns=[by, "rank", "term", "count", "count_rest", "log_odds", "z"])
    result = without_own_name(result, by, n_top)
    result["n_docs"] = [n_docs[key] for key in result[by]]
    result["too_small"] = result["n_docs"] < min_n
    return result.sort_values([by, "rank"], kind="stable").reset_index(drop=True)[cols]


#: the key of all units' text under the four themes among the groups `other_terms` contrasts
THEMED = "\x00themed"
#: a word `other_terms` may show: Chinese characters only (not 20xx, an anonymised year, nor Latin)
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")


def other_terms(other: dict[object, dict[str, int]], themed: dict[str, int], n_top: int = OTHER_WORDS,
                min_count: int = 2) -> dict[object, list[str]]:
    """What each unit's 其他 text (its finest sections carrying none of the four themes) is mostly about: the
    words of OTHER[unit] (word counts) that most set it apart from everything else compared, the other units'
    其他 text and THEMED (the counts of every finest section carrying a theme), by the log-odds of
    `distinctive_terms`, less the unit's own name parts and the generic words (`without_own_name`:
    stopwords, theme names, heading words, stock phrases) and all but words of Chinese characters; at most
    N_TOP, used MIN_COUNT times or more."""
    groups = {key: counts for key, counts in other.items() if counts}
    if not groups:
        return {}
    rows = _contrast_rows({**groups, THEMED: themed}, n_top + OWN_NAME_SLACK, min_count)
    table = pd.DataFrame(rows, columns=["org", "rank", "term", "count", "count_rest", "log_odds", "z"])
    table = table[(table["org"] != THEMED) & table["term"].map(lambda t: _HAN_WORD.fullmatch(t) is not None)]
    table = without_own_name(table, "org", n_top)
    return {key: list(terms) for key, terms in table.groupby("org", sort=False)["term"]}


def other_counts(sections: pd.DataFrame, org_of: dict[str, object],
                 tokenize: Tokenizer | None = None) -> tuple[dict[object, dict[str, int]], dict[str, int]]:
    """`other_terms`' counts from SECTIONS (with labels): per unit (ORG_OF: doc_id -> unit; articles of no unit
    left out), the words of its finest sections without any of the four themes, and the words of every finest
    section with one, as terms.parquet counts them per article (scopes 其他 and leaves)."""
    leaves = leaf_sections(sections)
    other: dict[object, dict[str, int]] = {}
    themed: dict[str, int] = {}
    if leaves.empty:
        return other, themed
    texts = (leaves["heading"].fillna("") + "\n" + leaves["text"].fillna("")).tolist()
    per_leaf = term_counts(texts, tokenize or _shared_tokenize)
    for doc_id, labs, counts in zip(leaves["doc_id"], leaves["labels"], per_leaf):
        labs = list(labs) if labs is not None else []
        if any(t in labs for t in THEMES):
            target = themed
        elif isinstance(org_of.get(doc_id), str):
            target = other.setdefault(org_of[doc_id], {})
        else:
            continue
        for t, c in counts.items():
            target[t] = target.get(t, 0) + c
    return other, themed
