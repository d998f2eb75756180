"""Shared pieces of the fast-path equivalence tests: genre text, hypothesis settings, seeds."""

from __future__ import annotations

from conftest import SEEDS
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from unionmine.themes._text import prepare

PIECES = [
    "工会", "教职工", "慰问", "篮球赛", "教代会", "维护合法权益", "。", "，", "；", "\n", "\n\n", "  ", "\t",
    "\u3000", "AB", "ab", "İ", "ẞ", "一、", "(二)", "\x00", "\ud800", "𠀀", "工会工作", "工会工作总结",
]
GENRE = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=30).map("".join)
SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _seed_paragraphs() -> list[str]:
    texts = [prepare(p.read_text(encoding="utf-8", errors="replace")) for p in sorted(SEEDS.glob("*.txt"))]
    return [part for text in texts for part in text.split("\n") if part.strip()]

RAW_PIECES = [
    ",", ":", ";", "!", "?", " , ", "(", ")", "(1)", "（", "）", ".", "。", " 。 ", "，", " ", "\u3000", "\u00a0",
    "\ufeff", "\u200b", "\r\n", "\r", "\x0b", "\x85", "\uff10", "\uff21", "\uff0c", "\ufe50", "\t", "a", "1",
]
RAW = st.lists(st.one_of(st.sampled_from(RAW_PIECES + PIECES), st.text(max_size=4)), max_size=40).map("".join)
