"""Invariants over any input (hypothesis): no stage raises on any Unicode text, and none loses text.

The strategies mix arbitrary Unicode with the genre's own building blocks (article markers,
heading numbers, page markers, site junk), so that the rules are exercised, not only skipped.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unionmine.documents.clean import clean_text
from unionmine.documents.split import split_articles
from unionmine.sections.parse import parse_sections
from unionmine.themes import classify

PIECES = [
    "篇一", "篇2", "篇三:", "工会工作计划表一", "第一篇", "一、", "二.", "(一)", "(二)", "1、", "2.", "(1)", "①",
    "一是", "首先,", "第4页", "_第1页", "f215.Com", "发表时间:2023-12-30", "下载文档", "温馨提示:", "相关推荐",
    "猜你喜欢", "20xx年", "2019年", "工会", "教职工", "慰问", "篮球赛", "教代会", "维护合法权益", "。", "，",
    "\n", "\n\n", " ", "\u3000", "學校工會",
]
GENRE = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=40).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=300), GENRE)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@SETTINGS
@given(ANY_TEXT)
def test_cleaning_never_raises_never_grows_and_is_idempotent(text):
    once = clean_text(text)
    assert len(once) <= len(text)
    assert clean_text(once) == once


@SETTINGS
@given(ANY_TEXT)
def test_splitting_never_raises_and_loses_no_article_text(text):
    articles = split_articles(text)
    rebuilt = squash("".join((a.marker or "") + a.text for a in articles))
    assert squash(text).endswith(rebuilt)  # only a preamble before the first marker may be dropped


@SETTINGS
@given(ANY_TEXT)
def test_section_texts_concatenate_back_to_the_article(text):
    rows = parse_sections("doc", text)
    assert squash("".join(r["heading"] + r["text"] for r in rows)) == squash(text)
    assert all(r["parent_id"] is None or r["parent_id"] in {x["section_id"] for x in rows} for r in rows)


@settings(max_examples=60, deadline=None)
@given(st.lists(ANY_TEXT, max_size=4))
def test_classifier_answers_every_text_in_order(texts):
    results = classify(texts)
    assert len(results) == len(texts)
    for result in results:
        labels = result["labels"]
        assert labels == ["其他"] or (labels and "其他" not in labels)
        assert all(0.0 <= s <= 1.0 for s in result["scores"].values())
