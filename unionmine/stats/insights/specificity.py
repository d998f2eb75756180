"""Formulaic language: how much of an article is stock phrases and how much concrete fact.

A report full of 与时俱进 and 取得了一定成绩 says little; one with 捐款4315元, 5月4日 and
白箬铺镇 says what happened. The stock phrases are a data file (`data/stock_phrases.txt`,
"…" for a short gap). Facts are found by a simple, documented heuristic:

- numbers (ASCII, or Chinese numerals followed by a measure word) and percentages;
- dates (2010年, 5月4日, 三月份);
- named people: a common surname and one or two characters before 同志, 老师, 校长, 主席, 书记, 主任;
- places and organisations: two to four characters (no function word among them) before
  省 市 县 区 镇 乡 村 or 小学 中学 幼儿园 大学 学院 医院 公司 集团 工厂.

Shares are of the article's characters other than white space and punctuation; a character
covered by several matches counts once.
"""

from __future__ import annotations

import functools
import re

import numpy as np
import pandas as pd

from ...text.names import SURNAMES
from ..phrases import GAP, load_stock_phrases, stock_regex  # noqa: F401 (GAP: still one of its public names)

_CONTENT = re.compile(r"[^\s\W_]")

_NUM_CN = "零一二两三四五六七八九十百千万亿"
_MEASURE = "元人名位户次场项个条篇份届支所天期组件本套张台床盒箱"
_NO_NAME = "的了在和与对为是把将向从到及等我本全各该其这那每某办选织报加获照按进推彻展排赛年名度标动以于由经过被让使请受据离执行提高确谢配合月份共"
FACT_PATTERNS = [
    re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|‰)"),
    re.compile(r"百分之[" + _NUM_CN + r"点\d]+"),
    re.compile(r"\d{1,4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?"),
    re.compile(r"\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|[一二三四五六七八九十]{1,3}月份"),
    re.compile(r"\d+(?:\.\d+)?(?:[万千百亿])?[多余]?(?:人次|[" + _MEASURE + r"])?"),
    re.compile(r"[" + _NUM_CN + r"]+[多余]?(?:人次|[" + _MEASURE + r"])"),
    re.compile(r"[" + SURNAMES + r"][\u4e00-\u9fff]{1,2}(?=同志|老师|校长|主席|书记|主任)"),
    re.compile(
        r"(?:(?![" + _NO_NAME + r"])[\u4e00-\u9fff]){2,4}"
        r"(?:省|市|县|区|镇|乡|村|小学|中学|幼儿园|大学|学院|医院|公司|集团|工厂)"
    ),
]


def _cover(text: str, patterns) -> np.ndarray:
    mask = np.zeros(len(text), dtype=bool)
    for pattern in patterns:
        for m in pattern.finditer(text):
            mask[m.start():m.end()] = True
    return mask


def content_mask(text: str) -> np.ndarray:
    """Per character of TEXT, whether ``_CONTENT`` matches it (a letter or a digit of any script):
    for one character that is ``str.isalnum`` (re's Unicode word character is alnum or "_", and no
    alnum character is white space; every code point is compared in
    tests/stats/test_specificity_fast_paths.py), mapped in C instead of one match per character."""
    return np.fromiter(map(str.isalnum, text), dtype=bool, count=len(text))


def specificity(text: str, phrases: list[str] | None = None) -> dict:
    """Return {stock_share, fact_share, specificity} of TEXT.

    specificity = fact_share / (fact_share + stock_share): 1 for pure facts, 0 for pure
    slogans, None when the text has neither.
    """
    text = text or ""
    content = content_mask(text)
    n = int(content.sum())
    if n == 0:
        return {"stock_share": 0.0, "fact_share": 0.0, "specificity": None}
    stock = stock_regex(tuple(phrases if phrases is not None else _default_phrases()))
    stock_share = float((_cover(text, [stock]) & content).sum() / n)
    fact_share = float((_cover(text, FACT_PATTERNS) & content).sum() / n)
    total = stock_share + fact_share
    return {
        "stock_share": stock_share,
        "fact_share": fact_share,
        "specificity": (fact_share / total) if total else None,
    }


@functools.lru_cache(maxsize=1)
def _default_phrases() -> tuple[str, ...]:
    return tuple(load_stock_phrases())


def specificity_table(documents: pd.DataFrame, phrases: list[str] | None = None) -> pd.DataFrame:
    """Specificity of every article (doc_id, title, n_chars, stock_share, fact_share, specificity)."""
    rows = []
    for rec in documents.itertuples(index=False):
        text = getattr(rec, "text", "") or ""
        rows.append({"doc_id": rec.doc_id, "title": getattr(rec, "title", None), "n_chars": len(text),
                     **specificity(text, phrases)})
    return pd.DataFrame(rows, columns=["doc_id", "title", "n_chars", "stock_share", "fact_share", "specificity"])
