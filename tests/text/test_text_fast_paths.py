"""The text fast paths give exactly what the plain code gives, each against the reference it replaces."""

from __future__ import annotations

from conftest import SEEDS
from fast_paths import PIECES, RAW, RAW_PIECES, SETTINGS
from hypothesis import given
from hypothesis import strategies as st

# ---------------------------------------------------------------- prediction features without scikit-learn


# ---------------------------------------------------------------- reading: normalisation and plausibility


def _reference_normalize_text(text: str) -> str:
    """normalize_text as it was: str.translate, and every rewrite over the whole text."""
    from unionmine.text import normalize as r

    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(r._TRANSLATION)
    for _ in range(4):
        converted = r._PARENS_RE.sub(r._chinese_parens, text)
        if converted == text:
            break
        text = converted
    text = r._PUNCT_RE.sub(r._chinese_punct, text)
    text = r._PERIOD_RE.sub("。", text)
    text = r._SPACES_AROUND_ZH_PUNCT_RE.sub(lambda m: m.group(1) or m.group(2), text)
    text = r._SPACE_RUN_RE.sub(" ", text)
    text = "\n".join(line.strip(" \t") for line in text.split("\n"))
    text = r._BLANK_LINES_RE.sub("\n\n", text)
    return text.strip("\n")




def test_normalize_text_equals_the_whole_text_rewrites_on_the_seeds():
    from unionmine.text.normalize import normalize_text

    for p in sorted(SEEDS.glob("*.txt")):
        raw = p.read_text(encoding="utf-8")
        assert normalize_text(raw) == _reference_normalize_text(raw)
    odd = "工会(一)会议 , 决定:开展活动 ! 详见 ( 附件 ) 。\r\n\u3000\u3000２０２３年 ，总结."
    assert normalize_text(odd) == _reference_normalize_text(odd)


@SETTINGS
@given(RAW)
def test_normalize_text_equals_the_whole_text_rewrites(raw):
    from unionmine.text.normalize import normalize_text

    assert normalize_text(raw) == _reference_normalize_text(raw)


@SETTINGS
@given(RAW)
def test_plausibility_counts_like_a_loop_over_characters(text):
    from unionmine.text import normalize as reading

    common = reading._common_hanzi()
    sample = text[:20_000]
    expected = 0.0
    if sample:
        good = sum(1 for ch in sample if ch in common) + len(reading._PLAUSIBLE_OTHER_RE.findall(sample))
        expected = good / len(sample)
    assert reading.plausibility(text) == expected
    assert reading.plausibility("工會工作總結，教職工") == 1.0


# ---------------------------------------------------------------- reading: period regex led by the period


def _reference_period_re():
    import re

    from unionmine.text import normalize as r

    return re.compile(f"(?<=[{r._CJK}])(?<![{r._NUMERALS}])\\.(?=[ \t]*[{r._ZH}]|[ \t]*$)", re.MULTILINE)


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(RAW_PIECES + PIECES + ["一.", "十.", "结.", "总结. ", "。.", ".\n", "𠀀."]),
                          st.text(max_size=3)), max_size=40).map("".join))
def test_period_regex_finds_what_the_look_behind_first_one_found(text):
    from unionmine.text.normalize import _PERIOD_RE

    assert [m.span() for m in _PERIOD_RE.finditer(text)] == [m.span() for m in _reference_period_re().finditer(text)]


def test_period_regex_finds_what_the_look_behind_first_one_found_on_the_seeds():
    from unionmine.text.normalize import _PERIOD_RE

    for p in sorted(SEEDS.glob("*.txt")):
        raw = p.read_text(encoding="utf-8") + "\n工作总结.\n一.加强 总结. 工会"
        assert [m.span() for m in _PERIOD_RE.finditer(raw)] == [m.span() for m in _reference_period_re().finditer(raw)]
