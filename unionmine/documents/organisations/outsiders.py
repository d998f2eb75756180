"""Bodies a text names that are not its writer, by how the text names them (Round 27, issue 12).

Each is a guard (`organisations.guard.guard_org` names none when one holds): an invented organisation files a document
under a body that did not write it, in every chart; 单位不详 is honest.

- *a national union or a province's federation* (中华全国总工会, 中国教育工会, 江苏省总工会, 某省教育工会): named in a
  page's text as the authority whose document is studied, whose contest is judged or whose money is given; no
  development page of sets 6-17 is labelled as written by one, and every time the finder took one from the text it
  was wrong (three sites). A title that names one still names the writer;
- *a unit in a list of winners* (…小学熊某某等12名老师荣获一等奖，…中学柯某某等…): a page that names two units or
  more each followed by its winner (a person's name, then 等, 家庭, 老师, 、 or the prize) reports a contest's
  results; the units are the winners' schools, not the writer (an education union, a federation). One school named
  with its teacher's prize on its own page is its own news, and stays;
- *a count of bodies read as a name* (全区145家重点企业, …工业园区现有企业100多家): a kind of body after a number and
  its measure word, or after 现有/共有 (what a place has), is a description, not a unit.
"""

from __future__ import annotations

import re

from ..describe_rules import DescribeRules

# the national level's unions (中华全国总工会, 全国总工会, 中国教育工会, 中国教科文卫体工会…) and a province's
_NATIONAL = re.compile(r"^(?:中华全国|中華全國|全国|全國|中国|中國)[\u4e00-\u9fff]{0,8}(?:工会|工會)")
_PROVINCIAL = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:省|自治区|自治區)(?:总工会|總工會|教育工会|教育工會)$")


def upper_union(org: str) -> bool:
    """Whether ORG is a national union or a province's federation or education union."""
    return bool(_NATIONAL.match(org) and org.endswith(("工会", "工會"))) or _PROVINCIAL.match(org) is not None


# common surnames: a winner's name opens with one (a name the tagger does not know falls apart into characters)
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤柯"
)
# a person's name (its surname and one or two characters), then what follows a winner: 等, 家庭, 老师, a list mark,
# or the prize itself
_WINNER = re.compile(r"[\u4e00-\u9fff]{1,2}(?:等|家庭|老师|教师|同志|、|荣获|获得|获)")
_PRIZE = re.compile(r"获|奖|冠军|亚军|季军|第[一二三]名")
_SENTENCE = re.compile(r"[。！？!?；;\n]")


def _winner_after(text: str, end: int) -> bool:
    """Whether a person's name follows TEXT[:end] (a unit's name), and a prize in the same sentence."""
    if end >= len(text) or text[end] not in SURNAMES:
        return False
    if not _WINNER.match(text, end + 1):
        return False
    sentence = _SENTENCE.split(text[end:end + 80], maxsplit=1)[0]
    return _PRIZE.search(sentence) is not None


def winners_list(org: str, text: str, suffixes: list[tuple[str, str]]) -> bool:
    """Whether ORG is one of two units or more each named before its winner (…小学熊某某等…荣获一等奖), and is named
    nowhere else in TEXT."""
    spots = [m.end() for m in re.finditer(re.escape(org), text)]
    if not spots or not all(_winner_after(text, end) for end in spots):
        return False
    heads = tuple(s for s, _t in suffixes)
    others = 0
    for m in re.finditer(r"[\u4e00-\u9fff]{2,16}", text):
        run = m.group(0)
        for i in range(2, len(run)):
            if run[:i].endswith(heads) and org not in run[:i] and _winner_after(text, m.start() + i):
                others += 1
                break
    return others >= 1


_MEASURED = re.compile(r"[\d一二三四五六七八九十百千两几多余]\s*$")
_HOLDS = ("现有", "共有", "拥有", "所有", "现存")
_MEASURE_WORDS = ("家", "个", "所", "座", "名")


def counted_bodies(org: str, text: str) -> bool:
    """Whether ORG is a count or a description of bodies (全区145家重点企业, 园区现有企业100多家): it holds 现有/共有,
    or a number and a measure word open it every time TEXT names it. (Not a count after a name: 某某供电公司3个
    供电所获得… names the company and its stations.)"""
    if any(w in org for w in _HOLDS):
        return True
    spots = [m.start() for m in re.finditer(re.escape(org), text)]
    if not spots:
        return False
    return org.startswith(_MEASURE_WORDS) and all(
        _MEASURED.search(text[max(0, start - 4):start]) is not None for start in spots)


def upper_outsider(org: str | None, org_source: str | None) -> str | None:
    """Why ORG, taken from the text, is no writer (a national union or a province's federation), or None. Asked after
    the news rules, which may file the item under the unit such a union honours (…被中华全国总工会授予…)."""
    if org and org_source == "text" and upper_union(org):
        return f"org none: {org!r} is a national union or a province's federation, named in the text as an authority"
    return None


def named_outsider(org: str, text: str, rules: DescribeRules) -> str | None:
    """Why the text's ORG is a body named outside its writer (a winner's unit, a count of bodies), or None."""
    if winners_list(org, text, rules.suffixes):
        return f"org none: {org!r} is one of the units a list of winners names"
    if counted_bodies(org, text):
        return f"org none: {org!r} is a count or a description of bodies, not a name"
    return None
