"""The writer's full name from its signature when the title gives only a stub of it (USER11, session 16).

A county organ's union titles its summary by a bare level and its category (县公安局工会2022年工作总结, 县教育局机关
工会…: every county has one, so the title names no unit, ruling g) or as a bare 机关工会 (机关工会2023年工作总结, in a
folder named after the bureau), and signs its full name at the end (青岚县公安局工会委员会, 国家税务总局青岚县税务局机关
工会). When the signature's name ends with what the title gives, the signature names the writer: before any unit the
opening mentions in passing (城关派出所, 城区税务分局: the bureau's own parts, not the writer).

A group's company titles its summary by its trade and a weak suffix (建设公司工会2022年工作总结, 物流公司…: a phrase,
no name) and signs its full name (岚江交投建设工程有限公司工会; USER12, session 17): when the signature's name ends with
the title's suffix and holds its trade before it, the signature names the writer, not a part of the company the opening
mentions in passing (机械设备分公司, 城西快速路项目部).

A vertically managed bureau signs with its national parent before its place (国家税务总局青岚县税务局, 国家统计局…调查
队): the parent is read as part of the name, not as a name of its own that leaves the bureau only its suffix.
"""

from __future__ import annotations

import re

from ..describe_rules import DescribeRules
from .bare import level_only
from .candidates import acceptable, org_candidates
from .find import SIGNATURE_LINES, signed_org

_OFFICES = ("机关", "機關")
# the organs of a level as a whole (青岚县直属机关, 市直机关), whose union is a working committee
_LEVEL_OFFICES = ("直属机关", "直机关")
_COMMITTEE = "工会工作委员会"
# a national administration before a local unit of its own (国家税务总局青岚县…, 国家统计局石桥调查队)
_NATIONAL_PARENT = re.compile(r"^国家[\u4e00-\u9fff]{2,10}?总?局(?=[\u4e00-\u9fff]{2,6}?[省市县区旗州])")


def signature_org(text: str, rules: DescribeRules) -> tuple[str, str] | None:
    """`organisations.find.signed_org`, and a vertically managed bureau's signature with its national parent."""
    signed = signed_org(text, rules)
    if signed:
        return signed
    lines = text.rstrip().split("\n")
    for k in range(len(lines) - 1, max(-1, len(lines) - 1 - SIGNATURE_LINES), -1):
        parent = _NATIONAL_PARENT.match(lines[k].strip())
        if parent:
            rest = "\n".join([*lines[:k], lines[k].strip()[parent.end():], *lines[k + 1:]])
            signed = signed_org(rest, rules)
            return (parent.group(0) + signed[0], signed[1]) if signed else None
    return None


def signed_fuller(title: str, text: str, rules: DescribeRules) -> tuple[str, str, list[str]] | None:
    """(org, org_type, evidence) from the signature when the title names the writer only by a level and a category
    or as a bare 机关 and the signature's name ends with it, or by a trade and a weak suffix (建设公司) that the
    signature's name holds (岚江交投建设工程有限公司); None otherwise."""
    found = list(org_candidates(title, rules))
    stubs = [org for org, _type, start, _end, _name, _cut in found
             if level_only(org, rules) or (org in _OFFICES and start == 0)]
    trades = [(name, org[len(name):]) for org, _type, start, end, name, _cut in found if start == 0 and len(name) >= 2
              and title[end:].startswith(("工会", "工會")) and acceptable(name, org[len(name):], rules, "工会")]
    if not stubs and not trades:
        return None
    signed = signature_org(text, rules)
    if not signed or level_only(signed[0], rules):
        return None
    stub = next((s for s in stubs if signed[0].endswith(s) and len(signed[0]) > len(s)), None)
    stub = stub or next((name + suffix for name, suffix in trades if signed[0].endswith(suffix)
                         and name in signed[0][: -len(suffix)] and len(signed[0]) > len(name + suffix) + 1), None)
    if stub is None:
        return None
    return signed[0], signed[1], [f"org {signed[0]!r} from signature (the full name of the title's {stub!r})"]


def committee_name(org: str | None, text: str) -> str | None:
    """A level's organs (青岚县直属机关) whose union the text names as a working committee (青岚县直属机关工会工作委员会,
    the 县直机关工会工委 that collects its bureaus' summaries) are filed under the committee's name, as its signature
    reads: its notice, named from a line of its opening, and its summaries, named from their signature, are one unit."""
    if org and org.endswith(_LEVEL_OFFICES) and org + _COMMITTEE in text:
        return org + _COMMITTEE
    return org
