"""Lines no context rule of the chrome passes takes, whatever their length: a heading, a date, a genre's title,
a signature, a salutation (``is_protected``); and the shapes every pass reads them by (a sentence mark, Chinese
characters, a date line, a unit's name that closes a text).
"""

from __future__ import annotations

import re

from ...text.numerals import CAPITAL_NUMERALS
from ...text.sentences import SENTENCE_MARKS

HEADING = re.compile(
    rf"^(?:[{CAPITAL_NUMERALS}]{{1,2}}\s*[、.．]|"
    r"[一二三四五六七八九十]{1,3}\s*[、.．:：]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]"
    r"|\d{1,2}\s*[、.．](?!\d)|第[一二三四五六七八九十\d]{1,3}[章节部分条篇]|[①-⑳])"
)
GENRE_END = re.compile(
    r"(总结|小结|计划|要点|安排|打算|思路|报告|汇报|回顾|方案|意见|述职|材料|工作)(?:范文|范本|模板|大全)?"
    r"(?:[(（][^()（）]{0,12}[)）])?\s*[:：]?$"
)
#: a sentence mark (``text.sentences.SENTENCE_MARKS``): a line holding one says something
SENTENCE = re.compile(f"[{SENTENCE_MARKS}]")
SENTENCE_END = re.compile(r"[。！？!?]")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
DATE_LINE = re.compile(
    r"^\s*(?:(?:(?:19|20)[\dxX×〇○零一二三四五六七八九]{2}|[一二][〇○零一二三四五六七八九]{3})\s*年)?\s*[\d一二三四五六七八九十]{1,2}\s*月"
    r"(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?\s*$|^\s*(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?\s*$"
)
#: A Chinese-numbered heading after a "相关推荐" header means the article goes on below it.
CN_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）])")
SIGNATURE = re.compile(r"^.{1,24}(工会|委员会|工会委员会|工委|学校|小学|中学|幼儿园|公司|医院|分会)$")

SEPARATED = re.compile(r"\S\s*[|｜>»＞›→]\s*\S")  # a menu's or a crumb's separator between items

#: A context rule (a short line between chrome, a line recurring across files) only takes
#: lines up to this many characters: chrome lines are short, body paragraphs are not.
SHORT_LINE = 25


def is_protected(line: str) -> bool:
    """Headings, titles, article markers, signatures and dates: never dropped by context."""
    s = line.strip()
    if not s:
        return False
    if HEADING.match(s) or DATE_LINE.match(s):
        return True
    if s.endswith(("：", ":")) and len(s) <= 20 and not SEPARATED.search(s):
        return True  # a salutation or lead-in: "各位代表：", "主要做法："
    if re.search(r"篇\s*[\d一二三四五六七八九十]{1,3}|[【\[]\s*(?:篇|第)", s):
        return True
    if len(s) <= 60 and not SENTENCE.search(s) and GENRE_END.search(s) and not SEPARATED.search(s):
        return True
    return bool(SIGNATURE.match(s)) and len(s) <= 24
