"""A title broken over two lines (after 关于, after the union's name, before 及/暨/和) and a column's or a unit's
name over a headline (split from `titles`, Round 39)."""

from __future__ import annotations

import re

from .chrome.line_shapes import CONGRESS_END, SESSION_START
from .title_fallback import CJK_CHAR, TEXT_LINE
from .title_lines import FIELD_LINE, TITLE_CHROME

# the first line of an official document's title broken over two lines ("…机关工会关于印发" over
# "2024年工作要点的通知"): it opens with the issuer and 关于 and holds no sentence
#: the issuer's last word before 关于 in an official document's title
_ISSUER = r"(?:工会|委员会|工委|局|厅|办公室|公司|学校|学院|大学|医院|中心|政府)"
_TITLE_HEAD = re.compile(
    r"^(?!根据|按照|依照|依据|遵照|结合|贯彻|落实|对照)[^。，,；;：:！？!?]{2,40}"
    rf"{_ISSUER}关于(?:印发|转发|召开|开展|做好|举办)?$"
)

# ... or after the union's name, the year opening the second line ("…机关工会" over "2024年工作总结…")
_NAME_HEAD = re.compile(r"^[\u4e00-\u9fff（）()]{4,30}(?:工会|工会委员会|工委)$")
_YEAR_START = re.compile(r"^(?:19|20)\d{2}")


def with_title_head(previous: str, line: str) -> str:
    """LINE with the first line of its title when the title is broken after 关于 (…印发) or after
    the union's name."""
    if len(previous) + len(line) > 60 or TITLE_CHROME.search(previous):
        return line
    if _TITLE_HEAD.match(previous) or (_NAME_HEAD.match(previous) and _YEAR_START.match(line)):
        return previous + line
    if _JOINED_TAIL.match(line) and len(CJK_CHAR.findall(previous)) >= 6 and not re.search(f"[{_CLAUSE_MARKS}]", previous):
        return previous + line  # "…第一次会议提案落实情况" over "及第二次会议提案工作报告"
    return line


_CLAUSE_MARKS = "。，,；;：:！？!?"  # what a title broken over two lines holds in neither line
# the second line of a title broken before 及/暨 that names the genre itself ("及…工作报告")
_JOINED_TAIL = re.compile(rf"^(?:及|暨|以及)[^{_CLAUSE_MARKS}]{{2,30}}$")
# the second line of a title broken before its conjunction ("…召开2024年工作总结" over "及2025年工作谋划务虚会")
_TITLE_TAIL = re.compile(rf"^(?:及|暨|以及|和|与|并)[^{_CLAUSE_MARKS}]{{2,30}}$")


def with_title_tail(line: str, following: str) -> str:
    """LINE with the second line of its title when the title is broken before 及/暨/和."""
    following = following.strip()
    if _TITLE_TAIL.match(following) and len(line) + len(following) <= 60 and not TITLE_CHROME.search(following):
        return line + following
    return line


# a unit's name alone over a headline that goes on from it ("陕建七建集团" over "首个项目工会联合会挂牌成立")
_UNIT_LINE = re.compile(r"^[\u4e00-\u9fff]{2,16}(?:集团|公司|学校|学院|大学|医院|中学|小学|幼儿园|工会|总工会|局|厅|委员会)$")


def under_column(lines: list[str]) -> str:
    """The first line, or the headline under it when it is a column's name ("群团工作" over
    "某学院召开二届三次教代会"): a short line without digits over a longer line of no sentence;
    a unit's name over the headline is the headline's first line (a newspaper's kicker)."""
    if len(lines) >= 2 and _UNIT_LINE.match(lines[0]) and not _UNIT_LINE.match(lines[1]):
        head = lines[1]
        if 6 <= len(head) <= 30 and not TEXT_LINE.search(head) and not TITLE_CHROME.search(head) \
                and not FIELD_LINE.match(head):
            return lines[0] + head
    if len(lines) >= 2 and len(lines[0]) <= 6 and not re.search(r"\d", lines[0]):
        head = lines[1]
        if 8 <= len(head) <= 40 and not TEXT_LINE.search(head) and not TITLE_CHROME.search(head):
            return head
    return lines[0] if lines else ""


# a headline broken before its event's noun (Round 40): the first line holds the act (开展…, 举办…) and no event's noun
# after it, the second is short and ends with that noun ("我校工会开展“…”工会" over "知识进高校活动"), the text's first
# sentence under them
_OPEN_ACT = re.compile(r"(?:开展|举办|举行|召开|组织|启动)(?![^“”]*(?:活动|比赛|赛|会|仪式|培训|讲座|典礼))[^。，,；;！？!?：:]*$")
_EVENT_TAIL = re.compile(r"^[\u4e00-\u9fff“”]{2,12}(?:活动|比赛|大赛|竞赛|大会|会议|仪式|培训|讲座|典礼)$")


# (round 41) an official document's title broken in its subject ("某某工会关于开展全市教育系统工会" over "优秀教代会
# 提案评比的通知"): the first line holds 关于 and no genre at its end, the second ends with the document's genre
_ABOUT_HEAD = re.compile(rf"^[^{_CLAUSE_MARKS}]{{2,40}}{_ISSUER}关于[^{_CLAUSE_MARKS}]{{2,40}}(?<!通知|意见|决定|通报|批复|请示|报告|方案|办法|规定)(?<!函)$")
_GENRE_TAIL = re.compile(rf"^[^{_CLAUSE_MARKS}关]{{2,30}}的(?:通知|意见|决定|通报|批复|请示|报告|方案|办法|规定|函)$")




def with_event_tail(line: str, following: str, text_line: str) -> str:
    """LINE with FOLLOWING when they are one headline broken before its event's noun and TEXT_LINE (the line under
    them) is the text's first sentence, or one document's title broken in its subject (`_ABOUT_HEAD`), else LINE."""
    line, following = line.strip(), following.strip()
    if ((_ABOUT_HEAD.match(line) and _GENRE_TAIL.match(following)) or (CONGRESS_END.search(line) and SESSION_START.match(following))) \
            and len(line) + len(following) <= 60:
        return line + following
    if _OPEN_ACT.search(line) and _EVENT_TAIL.match(following) and len(line) + len(following) <= 60 \
            and len(text_line) > 40 and TEXT_LINE.search(text_line) and not TITLE_CHROME.search(line):
        return line + following
    return line
