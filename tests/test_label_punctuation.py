"""Chinese prose in data/labels.toml is punctuated as Chinese: a reader of the report, the
workbook or problems.csv sees ，：；（） beside Chinese words, never the ASCII marks."""

import re

from unionmine.labels import labels

_HAN = r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef“”‘’…]"
_ASCII_BESIDE_HAN = re.compile(rf"(?<={_HAN})[,;:()!?]|[,;:()!?](?={_HAN})")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _values(table, path=()):
    for key, value in table.items():
        if isinstance(value, dict):
            yield from _values(value, (*path, key))
        elif isinstance(value, str):
            yield ".".join((*path, key)), value


def test_chinese_label_text_uses_chinese_punctuation():
    wrong = {}
    for key, value in _values(labels()):
        prose = _PLACEHOLDER.sub("", value)
        if re.search(r"[\u4e00-\u9fff]", prose) and _ASCII_BESIDE_HAN.search(prose):
            wrong[key] = value
    assert wrong == {}


def test_the_check_sees_a_comma_between_chinese_words():
    assert _ASCII_BESIDE_HAN.search("已舍去,请核对") and not _ASCII_BESIDE_HAN.search("已舍去，请核对（OCR）")
