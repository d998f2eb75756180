"""Describing: who wrote an article, for which year, what kind it is, and whether it is union work.

The knobs (organisation suffixes, generic names, kind words, topic vocabulary and thresholds)
are in `data/organisations.toml`. Every answer comes with `evidence`, short strings that say
why, so a wrong value can be traced to the rule that produced it.

Choices (documented here because statistics depend on them):
- `org` names the institution; a school's or university's trailing 工会 is dropped
  (五马中学工会 -> 五马中学, type school), a union body that is the writer keeps it
  (新碧镇教育工会, type education_union).
- `year` is the year reported on or planned for: a 4-digit year (1980-2035) followed by
  年/年度/学年 in the article's own title (source "title"), else in the opening sentences or
  in a short heading such as "2019年工作回顾" (source "text"). A school year "2019-2020学年"
  gives its first year (the year it starts, as school records do). Anonymised years
  (20xx, 20**, 20___) give None, and an anonymised title year is not replaced by a date
  found in the text. Years inside a cited title (《…2008年…》) or of a law's edition are skipped.

The year is read in `article_year`, what the file's path says in `source_path`; this module chains the
finders (`describe_article`) and re-exports their public names.
"""

from __future__ import annotations

import re

from ..text.calendars import gregorian
from ..text.normalize import to_simplified
from . import signed_date as dates
from .article_year import find_year, year_conflict
from .describe_rules import DescribeRules, default_describe_rules, load_describe_rules
from .kinds import HEADING_MAX_CHARS, find_kind, title_kind
from .news import dated_lead, is_news
from .organisations.acting import acting_union
from .organisations.bare import joint_union, place_union
from .organisations.candidates import MAX_NAME, MAX_RUN
from .organisations.cited import cited_own
from .organisations.clause_words import clause_inside
from .organisations.college import college_part_type, college_type, library_part_type
from .organisations.described import joint_head, kind_of_name, ordinal_head
from .organisations.exchange import exchange_writer
from .organisations.find import OPENING_CHARS, find_org
from .organisations.guard import guard_org
from .organisations.guest import guest_host
from .organisations.name_form import own_form
from .organisations.named import event_subject, referred_unit, self_named
from .organisations.names import as_written, own_place, without_offices
from .organisations.organiser import organiser_union
from .organisations.outsiders import named_outsider, upper_outsider
from .organisations.own_union import kind_union_whole, own_union, short_union
from .organisations.signed import committee_name, signed_fuller
from .organisations.subject import news_source, news_subject
from .organisations.subtitle import subtitle_host, title_year_writer
from .organisations.title_subject import title_decides
from .organisations.trade_union import trade_union
from .organisations.types import find_org_type
from .organisations.unit_part import unit_part
from .organisations.vote import vote_org_type
from .organisations.writer_type import writer_kind_type
from .signed_date import YEAR_MAX, YEAR_MIN, year_from_date
from .source_path import kind_from_path, org_from_path, year_from_path
from .title_clean import compact as _compact
from .title_marker import above_own_title
from .titles import choose_title
from .topic import find_on_topic, union_density

__all__ = [
    "HEADING_MAX_CHARS", "MAX_NAME", "MAX_RUN", "OPENING_CHARS", "YEAR_MAX", "YEAR_MIN",
    "DescribeRules", "choose_title", "default_describe_rules", "describe_article", "find_kind",
    "find_on_topic", "find_org", "find_org_type", "find_year", "kind_from_path",
    "load_describe_rules", "org_from_path", "union_density", "year_conflict", "year_from_date", "year_from_path",
]


# ---------------------------------------------------------------- the type when no organisation is named

# a headline's event: what follows names whom the union's event was for or where, not who writes
_HEADLINE_EVENT = re.compile(r"组织|开展|举办|举行|召开")


def _writer_part(title: str, rules: DescribeRules) -> str:
    """The part of TITLE that may name the writer's kind of body: a genre title whole; a news headline
    (no genre word) up to its event verb ("…镇工会组织开展机关趣味运动会": the town's union writes, 机关 ran)."""
    m = _HEADLINE_EVENT.search(title or "")
    return title[: m.start()] if m and not title_kind(title, rules.kinds)[0] else title


def _text_type(title: str, text: str, rules: DescribeRules) -> tuple[str | None, list[str]]:
    """The type of body the text and the title's writer part say wrote it, when no organisation is named."""
    org_type, ev_type = find_org_type(text, rules, _writer_part(title, rules))
    if not title_kind(title, rules.kinds)[0] and any("a cue word in the title" in e for e in ev_type):
        org_type, ev_type = find_org_type(text, rules, "")  # (我校, 机关 in a headline: see _writer_part)
    return org_type, ev_type


# ---------------------------------------------------------------- all together


def describe_article(title: str, text: str, source: str | None = None, *, several: bool = False) -> dict:
    """org, org_type, year, their sources, kind, on_topic and evidence for one article.

    SOURCE (the file's path relative to the collection) is the fallback for organisation and
    year (org_source/year_source "path"); SEVERAL says the file holds more than one article,
    so a year in its name is used only when tied to the article's kind.
    """
    rules = default_describe_rules()
    title = to_simplified(title) if title else ""  # a Traditional page title (學校工會…) reads as the text does
    org, org_type, ev_org = signed_fuller(title, text, rules) or find_org(title, text, rules)
    named = committee_name(org, text)
    own = without_offices(named)
    if own != named and own.endswith(("公司", "集团", "厂", "集團", "廠")):
        org_type = "enterprise"  # a company's head office (公司机关): its 机关工会 is the company's
    org = as_written(own_place(own), f"{title}\n{text}")
    org = place_union(org, text) or org  # 滨州彭李街道 (title) -> 彭李街道总工会 (text): the place's union writes (Round 29)
    joined_head = joint_head(org, title, text)
    if joined_head:  # 某某社区 -> 某某社区工会联合会: a place's joint union writes (ruling k, Round 32)
        ev_org, org, org_type = ev_org + [f"org {joined_head!r}: the joint union's head after {org!r}"], joined_head, "other"
    counted = ordinal_head(org, rules)
    if counted is not None:  # 某某集团首个项目工会联合会 -> 某某集团; 某某县首个… names none (Round 28)
        ev_org = ev_org + [f"org {counted[0]!r}: {org!r} counts which one of its kind it is"]
        org, org_type = counted[0], counted[1] or org_type  # (the counted body's type: 某某县首个…工会联合会)
    org_source = None
    if org:
        org_source = "title" if ev_org and " from title" in ev_org[-1] else "text"
    guarded = guard_org(org, org_source, ev_org, title, text, rules)
    if guarded:  # evidence of a kind mostly wrong on real pages: name none (单位不详), not an outsider
        org, org_type, org_source, ev_org = None, None, None, ev_org + [guarded]
    if not org and source:
        path_org, path_type, ev_path_org = org_from_path(source, rules)
        if path_org:
            org, org_type, ev_org, org_source = path_org, path_type, ev_path_org, "path"
    if not org or not org_type:  # a department's parent (a type, no org) yields to the title's kind
        hinted, ev_hint = (None if org else org_type), ev_org
        org_type, ev_type = _text_type(title, text, rules)
        # (a department's 分工会 names its parent's kind more surely than cue or staff words counted in the text)
        if hinted and (org_type is None or any(" cue words in text" in e or " words for its staff" in e
                                               for e in ev_type)):
            org_type, ev_type = hinted, []
        ev_org = ev_hint + ev_type
    kind, ev_kind = find_kind(title, text, rules)
    if not several and not any("in title" in e for e in ev_kind):  # (a notice's title decides: 关于报送…计划的通知)
        path_kind, ev_path_kind = kind_from_path(source, rules)
        if path_kind:  # the user's file name labels the document when its title does not
            kind, ev_kind = path_kind, ev_path_kind
    if kind == "other" and not guarded and is_news(title, text):  # a federation honours or visits the unit
        unit = news_subject(org, text[:OPENING_CHARS * 2] if org else f"{title}\n{text[:OPENING_CHARS * 2]}", rules)
        if unit:
            ev_org.append(f"org {unit[0]!r}: the unit {org or 'a union'!r} honours or visits in the news")
            org, org_type, org_source = unit[0], unit[1], "text"
    guest = guest_host(org, title, text[:OPENING_CHARS * 2], rules, text) if org_source == "text" and not guarded else None
    if guest:  # …公司…揭牌仪式…举行。某某市总工会党组书记…等出席: the host's item, or none named (Round 29)
        ev_org.append(f"org {guest[0]!r}: the unit whose event {org!r}'s officials attend" if guest[0] else
                      f"org none: {org!r}'s officials attend an event no unit of the text hosts by name (a guest)")
        org, org_type = guest
        if org is None:
            org_source, (org_type, ev_type) = None, _text_type(title, text, rules)
            ev_org = ev_org + ev_type
    upper = upper_outsider(org, org_source)
    if upper:  # 中国教育工会…, 湖南省总工会《…》下发后: an authority the text names (Round 27); the text's own type
        org, org_source = None, None
        org_type, ev_type = _text_type(title, text, rules)
        ev_org = ev_org + [upper] + ev_type
    if not org and not guarded:  # last: the unit that is the subject of an event clause (…小学组织教职工开展…, 园林街道：…)
        named = news_source(title, text, rules) or event_subject(title, text, rules) or self_named(title, text, rules) \
            or referred_unit(text, rules) \
            or cited_own(text, rules) or subtitle_host(text, rules) or title_year_writer(title, rules)  # (cited
        # rules: 《某某学校…方案》; Round 29: a report's dash subtitle, ——在某某学院第五届教代会上; 某某公司2014年…总结)
        # (全区145家重点企业…: Round 27; a province's federation the last finders name again: Round 29)
        outsider = named and (named_outsider(named[0], text, rules) or upper_outsider(named[0], "text"))
        if outsider:
            ev_org, named = ev_org + named[2] + [outsider], None
        if named:
            org, org_type, org_source, ev_org = named[0], named[1] or org_type, "text", ev_org + named[2]
    organised = None if guarded or (org and org_source != "text") else organiser_union(org, text, rules)
    if organised:  # 由湘潭县教育工会组织的…, 由…教育局和…教育工会主办的…: the union the item's event is organised by
        org, org_type, org_source, ev_org = organised[0], organised[1] or org_type, "text", ev_org + organised[2]
    decided = None if guarded else title_decides(org, org_source, title, text, rules)
    if decided:  # 某某发电在…竞赛中取得佳绩 over the federation the news came from: the title's subject (Round 33)
        org, org_source, ev_org = decided[0], "title", ev_org + decided[2]
        org_type = decided[1] or _text_type(title, text, rules)[0]
    founded = None if guarded or org_source == "path" else trade_union(org, title, text)
    if founded:  # 某县召开餐饮行业工会成立大会 over the county's federation that attends (Round 40)
        org, org_type, org_source, ev_org = founded[0], "other", "text", ev_org + founded[1]
    exchanged = None if guarded or org_source != "text" else exchange_writer(org, org_type, text, rules)
    if exchanged:  # 某某学院工会…一行莅临我校 / 我校工会赴某某大学调研: the unit that speaks as 我校 (Round 40)
        org, ev_org = exchanged[0], ev_org + [exchanged[2]]
        org_source = "text" if org else None
    joint = joint_union(org, text)
    if joint:  # 云霄县政府与县总工会召开…: the place's union, not its government
        org, org_type, ev_org = joint[0], joint[1], ev_org + [f"org {joint[0]!r}: the union meeting with {org!r}"]
    inside = clause_inside(org, rules)
    if inside:  # 构建和谐医院, 在某楼会议室…集团: a clause's words run into the name (Round 39)
        org, ev_org, org_source = inside[0], ev_org + [inside[1]], org_source if inside[0] else None
    no_unit = kind_of_name(own_form(org), rules, kind)  # (own_form: never an alias nor a suffix twice, Round 37)
    if no_unit:  # 县交通运输局, 人民医院, 这个农场, 外国语学院工会召开…: no unit is named; its type stands
        org, org_source, ev_org = None, None, ev_org + [no_unit]
    acting = None if org or guarded else acting_union(title, text, rules, kind) or own_union(title, text, rules, kind) \
        or short_union(title, text, rules)
    # (last: the one unit whose union acts; a union named as itself, the subject: Round 39; by its short name: Round 40)
    if acting:
        org, org_type, org_source, ev_org = acting[0], acting[1] or org_type, "text", ev_org + acting[2]
    part = None if guarded else unit_part(org, org_type, title, text, rules)
    if part:  # 某某集团某某项目工会组织…: the parent's unit whose union writes (Round 41)
        org, ev_org = part[0], ev_org + [part[1]]
    whole = kind_union_whole(org, title, text, rules)
    if whole:  # 慈安医院企业 of 慈安医院企业工会: Taiwan's union named by its kind is the body (ruling k)
        org, ev_org = whole[0], ev_org + [whole[1]]
    org = own_form(org)
    org_type, ev_vote = vote_org_type(org, org_type, title, text, rules)
    org_type, ev_college = college_type(org, org_type, title, text, rules)  # 在学院…, 各高校: a university's
    org_type, ev_part = college_part_type(org, org_type, title, text, rules)  # 我院… 校工会: a university's college
    org_type, ev_library = library_part_type(org, org_type, title, text, rules)  # 图书馆分工会…: a university's
    org_type, ev_writer = writer_kind_type(org, org_type, title, text, ev_org + ev_vote, rules)  # 区总工会赴…, 全院…病区
    ev_college = ev_college + ev_part + ev_library + ev_writer
    ev_org = ev_org + ev_vote + ev_college
    # a news item is dated by its event; a document its title or file name calls a summary or plan is none
    dated = kind == "other" and (is_news(title, text) or dated_lead(text, title))  # its lead tells its day
    # (the lines above the document's own title line are the site's: a template's marker line dates nothing)
    own_text = above_own_title(title, text, _compact)
    # (years of the ROC calendar, 民國113年 and 113年度, read as the Gregorian years they name: text.calendars)
    year, year_source, ev_year = find_year(gregorian(title), gregorian(dates.glued_dates(own_text)), news=dated, kind=kind)
    if year is None and source:
        # a compilation's name does not date its articles; "2022年总结及2023年计划" dates each part
        year, ev_path = year_from_path(source, kind, tied_only=several)
        if year is not None:
            year_source = "path"
        ev_year = ev_year + ev_path
    if year is None and not any(e.startswith("anonymised") for e in ev_year):
        # the date it is signed with: a plan signed in December 2022 is for 2023
        year, ev_date = year_from_date(gregorian(text), kind, gregorian(title))
        if year is not None:
            year_source = "date"
        ev_year = ev_year + ev_date
    on_topic, ev_topic = find_on_topic(title, text, rules)
    return {
        "org": org,
        "org_type": org_type,
        "org_source": org_source,
        "year": year,
        "year_source": year_source,
        "kind": kind,
        "on_topic": on_topic,
        "evidence": ev_org + ev_year + ev_kind + ev_topic,
    }
