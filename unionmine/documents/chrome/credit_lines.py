"""A credit or a by-line as a line's shape: role words (记者/通讯员/供稿/编辑/审核/文/图/摄…), person names and at
most two units' names, nothing else (``credit_line``; its counts in ``credit_tokens``). The edge passes take such a
line outside the text's span, the by-line pass one glued before its first sentence."""

from __future__ import annotations

import re

from ...text.names import SURNAMES
from .credit_fields import credit_fields
from .forms import PINYIN_GLOSS
from .protected import SENTENCE

# The roles a news item's by-line and review chain name; the one-character ones only as a token of their own
# ("文/某某", "某某/文.图") or, for 摄, right after a name ("某某摄").
_LONG_ROLES = (
    "本报记者|本刊记者|本网记者|特约记者|见习记者|全媒体记者|融媒体记者|首席记者|实习记者|记者|特约通讯员|通讯员|责任编辑|编辑|责编|编排|排版|美编|"
    "审核|审校|审稿|审签|初审|复审|终审|一审|二审|三审|校对|签发|作者|撰稿|撰文|供稿|供图|摄影|摄像|图文|文图|文字|图片|报道|报导|"
    # a desk's editor and a text's drafter (党群新闻主编:某某, 工会报道 某某执笔; round 39)
    "主编|执笔"
)
_UNIT_END = ("总工会|工会|团委|党委|工委|工会办|党政办|院办|校办|初中|高中|附中|[一二三四五六七八九十]中|委员会|学校|小学|中学|幼儿园|大学|学院|公司|集团|医院|局|厅|办公室|中心|研究院|研究所|街道|社区|新闻|报社|日报|电视台|融媒体|馆|部|处|科|室|"
    # a paper, a news site or a news app the reporter writes for ("某某乡情报记者", "某某新闻客户端 记者 …")
    "报|网|客户端|[林农牧渔木茶盐]场|矿|"
    # a group sent to study or write (某某联合调研组, 课题组; round 41)
    "调研组|课题组|写作组")
_WRITING_GROUP = re.compile(r"(?:调研组|课题组|写作组)$")
_CREDIT_TOKEN = re.compile(
    rf"(?P<unit>[\u4e00-\u9fff]{{0,20}}?(?:{_UNIT_END}))?(?P<r1>(?:{_LONG_ROLES})*)"
    rf"(?P<name>[{SURNAMES}][\u4e00-\u9fff]{{1,2}}?)?(?P<r2>(?:{_LONG_ROLES}|摄)*)"
)
_SHORT_ROLE = re.compile(r"文|图|摄|稿")  # (稿: "工会:某某/稿", round 39)
_PLACE_REPORT = re.compile(r"[\u4e00-\u9fff]{2,4}(?:报道|报导)")  # a by-line closed by its place ("… 某地报道")
_OUTLET_ROLE = re.compile(r"(?![\u4e00-\u9fff]*(?:优秀|先进|十佳|模范|金牌|最佳|年度|骨干|明星|星级))[\u4e00-\u9fff]{2,8}(?:记者|通讯员)")
_LONE_NAME = re.compile(r"(?!.*(?:工作|总结|计划|活动|会议|通知|报告|一线|车间|现场|走进))[\u4e00-\u9fff]{2,3}")
_CREDIT_SPLIT = re.compile(r"[\s、/／\\|｜丨:：·.．,，()（）【】\[\]<>《》—\-]+")
#: A credit line is at most this long, and names at most this many units (a desk and the union it sent it with).
CREDIT_CHARS = 40
CREDIT_UNITS = 2


def credit_tokens(line: str) -> tuple[int, int, int] | None:
    """The role words, units and person names a short sentence-less line is made of, or None when another
    word is in it. A full stop between two one-letter roles ("某某/文.图" as the normaliser writes it) is none."""
    s = re.sub(r"(?<=[文图])。(?=[文图摄])", "/", PINYIN_GLOSS.sub("", line).strip())
    s = re.sub(r"(?<=[\u4e00-\u9fff)）])[。.]$|(?<=[\u4e00-\u9fff])\s+(?=工会(?:\s|$))", "", s)  # "…某某。", "某某 工会"
    s = re.sub(r"(?<=[\u4e00-\u9fff])[?？](?=[\u4e00-\u9fff])", " ", s)  # a space the copy's encoding lost (round 40;
    # round 41: also as the normaliser writes it, full width)
    s = credit_fields(re.sub(r"^[□■◎●◆]\s*", "", s))  # a paper's box mark before it ("□文/图 某某"); `chrome.credit_fields`
    if not s or len(s) > CREDIT_CHARS or SENTENCE.search(s):
        return None
    roles = units = names = 0
    after_role = False
    for at, token in enumerate(t for t in _CREDIT_SPLIT.split(s) if t):
        if _SHORT_ROLE.fullmatch(token):
            roles, after_role = roles + 1, True
            continue
        m = _CREDIT_TOKEN.fullmatch(token)
        if (m is None or not m.group(0)) and ((at == 0 and _OUTLET_ROLE.fullmatch(token))
                                              or (after_role and names and _PLACE_REPORT.fullmatch(token))):
            roles, units, after_role = roles + 1, units + (at == 0), True
            continue  # an app's name glued to the role first ("某某时刻通讯员"; not an award: "优秀通讯员 某某")
        if (m is None or not m.group(0)) and after_role and _LONE_NAME.fullmatch(token):
            names += 1  # after a role, two or three characters name one of its persons, whatever the surname
            continue  # (记者 某某 楼某某, 文:吝某)
        if m is None or not m.group(0):
            return None
        after_role = bool(m["r1"] or m["r2"]) or (after_role and bool(m["name"]) and not m["unit"])
        roles += bool(m["r1"]) + bool(m["r2"])
        units += bool(m["unit"])
        names += bool(m["name"])
    return roles, units, names


def credit_line(line: str) -> bool:
    """A by-line or a credit: short, no sentence, made only of role words (记者/通讯员/供稿/编辑/审核/文/图/摄…),
    person-name tokens and at most one unit's name, with at least one role word and one name or unit
    ("记者 某某 通讯员 某某", "供稿：某某街道工会", "某某/文.图", "初审（一审）：某某"). A unit with no role word is a
    signature, not a credit (ruling d)."""
    counts = credit_tokens(line)
    if counts is None:
        return False
    roles, units, names = counts
    s = line.strip()
    if roles == 0 and units <= 1 and names >= 1 and s[0] in "(（" and s[-1] in ")）":
        return True  # a name alone in brackets ("（王某某）", "（图书馆某某）"): a credit by its brackets
    if roles == 0 and units <= CREDIT_UNITS and s[0] in "■□" and (names >= 1 or _WRITING_GROUP.search(s)):
        return True  # (round 41) a paper's box mark before names or a writing group ("■某某调研组"): a by-line by
        # its mark; a unit's name alone after it heads that unit's part of a round-up (■某某公司工会) and stays
    return roles >= 1 and units <= CREDIT_UNITS and units + names >= 1


# a unit and the person who sent its item, a colon or a slash between ("某院工会:某某", "工会办/某某"; round 40)
_UNIT_SENDER = re.compile(r"^(?P<unit>[\u4e00-\u9fff]{2,16})\s*[:：/／]\s*(?P<names>[\u4e00-\u9fff]{2,4}(?:[、\s]+[\u4e00-\u9fff]{2,4})?)$")


def unit_sender(line: str) -> bool:
    """A unit's name, a colon or a slash, and one or two persons' names, nothing else ("某院工会:某某", "工会办/某某"):
    who sent a news item, closing it or over it. Read only at the text's edges (``chrome.edges``): with no role word
    it is no credit anywhere else (a plan's "主席:某某" names no unit and stays)."""
    m = _UNIT_SENDER.match(line.strip())
    if not m:
        return False
    unit = _CREDIT_TOKEN.fullmatch(m["unit"])
    return bool(unit and unit["unit"] and not unit["r1"] and not unit["name"] and not unit["r2"]
                and all(_CREDIT_TOKEN.fullmatch(n) and _CREDIT_TOKEN.fullmatch(n)["name"]
                        for n in re.split(r"[、\s]+", m["names"])))
