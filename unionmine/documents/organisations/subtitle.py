"""The writer a document's own title or subtitle names, where the finders name none (Round 29, issue 12).

*A report's host in its dash subtitle.*
A work report to a congress or a committee carries, under its title, the occasion it was given at:
"——在某某市总工会十四届七次委员（扩大）会议上的报告", "——2023年6月26日在某某职业技术学院 / 第五届教职工代表暨
工会会员代表大会第一次会议上". The body whose numbered congress or committee meets is the one the report speaks for
(its union's committee reports to it), and often the text names it nowhere else: the title says only 工会工作报告 and
the text 学校, 校工会, 市总工会. Read only where no other finder named a writer, and only in the lines right under the
title; the name must be a unit's own (a place's federation with its place, a school or company with its name), never
a bare level (市总工会) or a kind of body.

*A company's title before its year* (某某公司2014年厂务公开工作总结): a name with a weak suffix (公司, 学校) is a phrase
unless its own union or congress follows; in a title it may be followed by the year and the genre instead, the
author's own label of its year's document. Only the title's opening name, before a year, with a genre word closing
the title (总结, 计划, 要点…), and a name the finder accepts before a union.
"""

from __future__ import annotations

import re

from ...text.normalize import SUBTITLE_DASHES
from ..describe_rules import DescribeRules
from .bare import level_only
from .candidates import acceptable, org_candidates
from .names import malformed

# a dash subtitle: the dashes, maybe a date, 在, the body, then its numbered congress or committee meeting
_SUBTITLE = re.compile(rf"^[ \t]*{SUBTITLE_DASHES}[^\n在]{{0,16}}?在([\u4e00-\u9fff]{{3,24}}?)\s*"
                       r"(?=(?:第?[一二三四五六七八九十\d]{1,3}届)[^\n。]{0,30}?(?:大会|会议|會議|大會))", re.MULTILINE)
SUBTITLE_LINES = 8  # the subtitle stands right under the title


def subtitle_host(text: str, rules: DescribeRules) -> tuple[str, str | None, list[str]] | None:
    """(org, org_type, evidence) of the body whose numbered meeting the report's dash subtitle names, or None."""
    head = "\n".join(text.splitlines()[:SUBTITLE_LINES])
    m = _SUBTITLE.search(head)
    if not m:
        return None
    name = m.group(1)
    for org, org_type, start, end, head_name, _cut in org_candidates(name, rules):
        if start == 0 and end == len(name) and head_name and not malformed(head_name, rules) \
                and not head_name.startswith(tuple(rules.generic_starts)) and not level_only(org, rules):
            return org, org_type, [f"org {org!r} from text (the body whose meeting the report's subtitle names)"]
    return None


_TITLE_YEAR = re.compile(r"^(?:19|20)\d\d(?:年度|年)")


def title_year_writer(title: str, rules: DescribeRules) -> tuple[str, str | None, list[str]] | None:
    """(org, org_type, evidence) of the name that opens TITLE before its year, when the title closes with a genre
    word of a summary, plan or report, or None."""
    title = (title or "").strip()
    genres = [w for words in rules.kinds.values() for w in words]
    if not title.endswith(tuple(genres)):
        return None
    for org, org_type, start, end, name, cut in org_candidates(title, rules):
        if start == 0 and not cut and _TITLE_YEAR.match(title[end:]) and name \
                and acceptable(name, org[len(name):], rules, "工会") is None:
            return org, org_type, [f"org {org!r} from title (the writer's name before its year)"]
    return None
