"""A trade's union the item is about: founded, or the subject of the title (Round 40, issue 12; ruling k's kind).

News of the new trade and new-employment unions (快递, 网约车, 餐饮, 幼儿教育 …) names the place's federation first, as
the one that builds, attends or hands over (…县总工会主席…出席, 从…市总工会主席手中接过匾牌), or names the new union only
as the object of a founding (宣布…行业工会联合会正式成立, 召开餐饮行业工会成立大会). The keys file the item under the trade's
union (a place's joint union that writes or acts is the unit, ruling k), by its fullest name with its place. So where
the title or the opening founds a trade's union (成立, 成立大会, 正式成立) or the title opens with it and an event verb,
the union's fullest place-led name in the title and text is the unit — over none, over a place's federation (…总工会),
or over the same union without its place (网约送餐员联合工会 → 某市某区网约送餐员联合工会).
"""

from __future__ import annotations

import re

from .bare import PLACE_START
from .headline import place_first
from .named import EVENT

TRADE_UNION = True  # Round 40 (measured on the rebuilt sets, the synthetic collections, USER13 and USER15)

_KIND = r"(?:行业工会联合会|行业联合工会|行业工联会|行业工会|联合工会|工会联合会|工联会)"
_TRADE = re.compile(rf"([\u4e00-\u9fff]{{2,16}}?)({_KIND})")
# what opens a clause inside the run before a union's name: a verb or a word the name cannot hold
_CUT = re.compile(r".*(?:召开|宣布|宣告|揭牌|授牌|成为|加入|成立了?|组建|筹建|建立|产生|标志着|参加了?|选举出?|直选出|新当选的|当选|的|为|由|与|和|及|在|了|对|向|是|着)")
_NOT_NAME = re.compile(r"^[全各该本我这此]|首家|首个|首支|第一家")  # (全市首家…工会联合会: a count, no unit)
_FOUNDED = re.compile(r"^(?:正式)?成立|^筹备|^成立大会")
_FOUNDS = re.compile(r"(?:成立了|组建了|建立了)$")  # …街道总工会成立了某某市场工会联合会: the object founded (Round 41)
_FEDERATION = ("总工会", "總工會")
_PLACE = re.compile(r"^.*[省市县区镇乡州旗](?=[\u4e00-\u9fff]{2,}$)")  # the place before a trade (某市某区 | 网约送餐员)


def _names(chunk: str, placed: bool = True) -> list[tuple[str, int, int]]:
    """(name, start, end) of every trade's union in CHUNK (PLACED: led by its place), its run cut after a clause's
    words."""
    found = []
    for m in _TRADE.finditer(chunk):
        head = m.group(1)
        cut = _CUT.match(head)
        if cut:
            head = head[cut.end():]
        if len(head) >= 2 and "工会" not in head and not _NOT_NAME.search(head) and (not placed or PLACE_START.match(head) or place_first(head)):
            found.append((head + m.group(2), m.end() - len(head) - len(m.group(2)), m.end()))
    return found


def trade_union(org: str | None, title: str, text: str) -> tuple[str, list[str]] | None:
    """(org, evidence) of the trade's union founded in the title or opening, or the title's subject, where the chain's
    ORG is none, a place's federation or the same union without its place; else None."""
    if not TRADE_UNION:
        return None
    anchor = None
    for chunk in (title, text[:300]):
        for name, start, end in _names(chunk, placed=False):  # (丰县召开餐饮行业工会成立大会: the place before)
            if _FOUNDED.match(chunk[end:end + 6]) or _FOUNDS.search(chunk[max(0, start - 3):start]) or (
                    chunk is title and start == 0 and EVENT.match(chunk, end)):
                anchor = anchor or name
    if anchor is None:
        return None
    kind = re.search(f"{_KIND}$", anchor).group(0)
    head = anchor[: -len(kind)]
    place = _PLACE.match(head)
    trade = head[place.end():] + kind if place else anchor  # (网约送餐员联合工会: the union without its place)
    fullest = max((n for n, _s, _e in _names(f"{title}\n{text}") if n.endswith(trade)), key=len, default=None)
    if fullest is None:
        return None  # (a trade's union no line names with its place: the item's is not told)
    if org and not (org.endswith(_FEDERATION) or fullest.endswith(org)) or org == fullest:
        return None
    return fullest, [f"org {fullest!r}: the trade's union the item founds or opens its title with"
                     + (f", not {org!r}" if org else "")]
