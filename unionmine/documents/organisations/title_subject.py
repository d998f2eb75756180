"""The title's subject decides between finders: an agreement check over the chain's output (Round 33).

A news item's title usually names the unit it is about as the subject of its clause: what the unit did
(`某某公司工会举办…`, `…，某某澄西举办…`) or what it won (`某某农场工会荣获…称号`, `某某发电在…竞赛中取得佳绩`). The
finders that read the text may name another body first: the federation the news came from (`从某某市总工会传来喜讯`),
a parent group (`某某集团旗下…`), or the place a federation visits (`某某区总工会走进某某社区…`). Such a body is not
the item's unit when the title does not name it and names another unit as its subject. So, after every finder has
run, the title's subject replaces a finder's unit the title does not write (or stands where none was found).

The subject is a name the finders accept opening a clause of the title and followed, in the same clause, by an
event verb (举办, 开展, 召开 …) or a verb of winning or being honoured (荣获, 获评, 取得, 被…授予); or, with no
suffix, a proper name of four characters or more (`bare_name`) that the text writes again (itself, a fuller name
it opens, or a tail of it: 沁阳发电 of 国家电投沁阳发电). Not a place alone (常山举办…), a bare level's body
(县总工会开展…), a person or a body's people (…领导走访…), a list, or a name after 到/在 (a venue, the unit visited).
"""

from __future__ import annotations

import re

from ..describe_rules import DescribeRules
from .bare import BARE_NAME_MIN, bare_name
from .candidates import acceptable, org_candidates
from .headline_lead import abbreviates, headline_lead
from .name_pos import clause_tail, has_proper
from .named import EVENT, event_subject, opens_clause
from .names import in_list

# winning, being honoured or ranked, as the title tells it (获 alone too: 院工会获两项殊荣; not 获悉, news heard)
_HONOUR = r"荣获|获评|喜获|获得|荣膺|斩获|摘得|夺得|勇夺|取得|获(?!悉)|被[^，,。：:]{1,16}?授予|名列"
_SUBJECT_VERBS = re.compile(f"{EVENT.pattern}|{_HONOUR}")
# a name with no suffix right before its verb, maybe with its own union and a venue between (…在…竞赛中取得佳绩)
_BARE_LEAD = re.compile(rf"([\u4e00-\u9fff]{{{BARE_NAME_MIN},12}}?)(?:工会|工會)?"
                        rf"(?=(?:在[^，,。：:\s]{{1,16}}?)?(?:{EVENT.pattern}|{_HONOUR}))")
# a works project named by its line or section number (某某地铁5号线项目, 某某线17标项目部, 某某局…5号线八标项目部): the run
# of a unit's name stops at a digit, so no finder reads it whole; its name has a proper part before the number
_PROJECT = re.compile(r"([\u4e00-\u9fff]{2,16}?(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:号线|號線|标段|标|標|工区|合同段)"
                      r"[\u4e00-\u9fff]{0,6}?(?:项目经理部|项目部|项目|項目部|項目))(?:工会|工會)?\s?")
_UNION_INSIDE = re.compile(r"(?:工会|工會)(?!$)")
TAIL_MIN = 4  # characters of a bare name's tail the text may write for it (国家电投沁阳发电 -> 沁阳发电)
_COUNTED = re.compile(r"(?:[一二两三四五六七八九十多几数\d]+|各)(?:家|个|個|所|位|支)$")
FULLER_MORE = 12  # characters after a bare name in which the text may finish its full name


def _written_again(name: str, text: str) -> bool:
    """Whether TEXT writes NAME, or a tail of it of TAIL_MIN characters or more."""
    return any(name[i:] in text for i in range(len(name) - TAIL_MIN + 1))


def _fuller(name: str, text: str, rules: DescribeRules) -> str:
    """The text's own name that opens with NAME and has a suffix (中船澄西 -> 中船澄西船舶修造有限公司), else NAME."""
    fuller = []
    for m in re.finditer(re.escape(name), text):  # (read from the name on: 某某集团旗下中船澄西… is no one run)
        chunk = text[m.start():m.end() + FULLER_MORE]
        fuller += [org for org, _t, _start, end, stem, _cut in org_candidates(chunk, rules)
                   if org.startswith(name) and len(org) > len(name)
                   and acceptable(stem, org[len(stem):], rules, chunk[end:end + 16]) is None]
    return max(fuller, key=len, default=name)


def _bare_title_subject(title: str, text: str, rules: DescribeRules) -> str | None:
    text = text.replace(title, "")  # (a text that opens with its title line names nothing again by it)
    for m in _BARE_LEAD.finditer(title):
        if not opens_clause(title, m.start()) or in_list(title, m.start(), m.end(1)):
            continue
        # the name, or what follows a verb glued in it (国家电投沁阳发电: 投 read as a verb -> 沁阳发电)
        named = _COUNTED.sub("", m.group(1))  # 某某电力两家工会获评…: the units counted are the unit's
        for name in dict.fromkeys((named, clause_tail(named, "工会", rules.verbs_before_name))):
            if len(name) >= BARE_NAME_MIN and bare_name(name, rules) == name and has_proper(name) \
                    and not _SUBJECT_VERBS.search(name) and _written_again(name, text):  # (not 前夕看望: a clause)
                return name
    return None


def _project(title: str) -> str | None:
    """A numbered works project opening a clause of the title before its verb (长春地铁5号线项目举办…)."""
    for m in _PROJECT.finditer(title):
        if opens_clause(title, m.start()) and _SUBJECT_VERBS.match(title, m.end()) and has_proper(m.group(1)):
            return m.group(1)
    return None


def title_subject(title: str, text: str, rules: DescribeRules) -> tuple[str, str | None, list[str]] | None:
    """(org, org_type, evidence) of the unit the title names as the subject of an event or honour clause, or None."""
    if not title:
        return None
    project = _project(title)
    if project:
        return project, "enterprise", [f"org {project!r} from title (a numbered project, the subject of its clause)"]
    found = event_subject(title, text, rules, _SUBJECT_VERBS, title_only=True)
    if found and _UNION_INSIDE.search(found[0]) is None:  # (外国语学院工会赴安徽大学: two bodies, no one name)
        return found[0], found[1], [f"org {found[0]!r} from title (the subject of its event or honour clause)"]
    bare = _bare_title_subject(title, text, rules)
    if bare:
        org = _fuller(bare, text, rules)
        org_type = next((t for x, t in rules.suffixes if org != bare and org.endswith(x)), None)
        return org, org_type, [f"org {org!r} from title (the subject of its clause, {bare!r}, written again in the text)"]
    return None


def _agrees(org: str, subject: str, title: str) -> bool:
    """Whether the finders' ORG agrees with the title's SUBJECT: one holds the other or is its short form, or the
    title writes ORG (市总工会到某某社区开展…: the unit visited is the title's too)."""
    return org in title or abbreviates(subject, org) or abbreviates(org, subject)


def title_decides(org: str | None, org_source: str | None, title: str, text: str, rules: DescribeRules
                  ) -> tuple[str, str | None, list[str]] | None:
    """(org, org_type, evidence) of the title's subject where the chain's ORG (from the text, or none) is a body the
    title does not write and the title names another unit as its subject; None where they agree."""
    if org_source in ("title", "path"):
        return None
    subject = title_subject(title, text, rules)
    if subject is None and not org:  # a short head the finders refuse, its event at once (Round 40)
        subject = headline_lead(title, text, rules)
    if subject is None or (org and _agrees(org, subject[0], title) and not (
            _PROJECT.fullmatch(subject[0]) and org in subject[0])):  # (中铁七局 -> its numbered project, the title's)
        return None
    if org:
        return subject[0], subject[1], subject[2] + [f"org {org!r} (from the text) is not the title's subject"]
    return subject
