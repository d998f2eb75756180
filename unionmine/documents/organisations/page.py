"""The writer the page names in the lines cleaning took as chrome (round 42): a by-line (（某某煤矿 某某 某某）,
（某某公司工会 供稿）), a signature or an opening line that is a unit's name alone below the headline, a feed's field
(`Channel: 某某协会`), read only where the article's own text names no writer (``run.chain``; ``org_source`` "text": the lines are the file's own text, as a public account's card is).

Never a site's record of the item (a meta line, ``chrome.meta_fields.meta_line``: 来源:某某医院, 作者:某某, as the
key's ruling (n) keeps a unit named only there null) nor a banner above the headline. Every name is judged by the
finders' own checks (``candidates.org_candidates`` and ``acceptable``, ``kind_of_name`` with the article's kind,
``upper_outsider``): a person, a newspaper or portal (某某日报, 某某网), a template site (某某范文网) has no unit's
suffix and names none. A place's federation (某某市总工会) is taken only when the article's text names it too: a
federation that merely republishes a unit's item names it nowhere else. Two different units named give none.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..chrome.credit_lines import credit_line
from ..chrome.meta_fields import meta_line
from ..describe_rules import DescribeRules, default_describe_rules
from .candidates import acceptable, org_candidates
from .described import kind_of_name
from .outsiders import upper_outsider

# what a by-line writes around its unit: the brackets, the role words 供稿/投稿/报送
_BYLINE_WORDS = re.compile(r"^[（(【\[]|[）)】\]]$|(?:供稿|投稿|报送|撰稿)$")
# an RSS item's or a feed's label before its value ("Channel: 某某协会")
_ASCII_LABEL = re.compile(r"^[A-Za-z][A-Za-z ]{1,20}[:：]\s*")
_MAX_LINE = 40  # a banner, a by-line or a field line: short; a sentence of the text is no such line


def _unit(value: str, rules: DescribeRules, kind: str | None) -> tuple[str, str | None] | None:
    """(org, org_type) when VALUE is one unit's well-formed name whole (its own 工会 after it at most), else None."""
    value = value.strip()
    for org, org_type, start, end, name, cut in org_candidates(value, rules):
        rest = value[end:]
        if start != 0 or cut or rest not in ("", "工会"):
            continue
        if acceptable(name, org[len(name):], rules, "工会") is not None or kind_of_name(org, rules, kind):
            continue
        if upper_outsider(org, "text"):
            continue
        return org, org_type
    return None


def _line_units(line: str, rules: DescribeRules, kind: str | None, below: bool) -> list[tuple[str, str | None, str]]:
    """The unit one removed LINE names as its page's writer: a by-line's, a feed field's, or the line's whole
    (only where the text's own line stands, BELOW its end or inside a sentence: a banner is the site's)."""
    s = line.strip()
    if not s or len(s) > _MAX_LINE or meta_line(s):
        return []
    if credit_line(s):  # (某某煤矿 某某 某某), (某某公司工会 供稿): the by-line's first token is its unit
        first = re.split(r"[\s/／、]+", _BYLINE_WORDS.sub("", s).strip(" （()）【】[]"))[0]
        u = _unit(_BYLINE_WORDS.sub("", first), rules, kind)
        return [(*u, "a by-line")] if u else []
    field = _ASCII_LABEL.match(s)
    if not (field or below):
        return []
    u = _unit(s[field.end():] if field else s, rules, kind)
    return [(*u, "a feed's field" if field else "a line naming the unit alone")] if u else []


def _own_places(lines: list[str], clean: str) -> set[int]:
    """The indexes of LINES where a line naming a unit alone is the text's own, not a banner: under the cleaned text's
    last line (a signature), or after a line ending in a clause's comma (a sentence broken over lines, its subject
    line taken: "金秋十月，" / "某某法院工会" / "为全体职工…")."""
    last = next((s for line in reversed(clean.split("\n")) if (s := line.strip())), "")
    end = max((i for i, line in enumerate(lines) if last and last in line), default=len(lines))
    kept = [i for i, line in enumerate(lines) if line.strip()]
    after_comma = {i for prev, i in pairwise(kept) if lines[prev].strip().endswith(("，", ","))}
    return after_comma | set(range(end + 1, len(lines)))


def page_org(page: str, clean: str, text: str, kind: str | None = None,
             rules: DescribeRules | None = None) -> tuple[str | None, str | None, list[str]]:
    """(org, org_type, evidence) from the lines of PAGE that cleaning removed (CLEAN, the page cleaned), where the
    article's TEXT (of KIND) names no writer; (None, None, []) when none or two different units are named."""
    rules = rules or default_describe_rules()
    lines = page.split("\n")
    own = _own_places(lines, clean)
    found: dict[str, tuple[str | None, str]] = {}
    for i, line in enumerate(lines):
        if not line.strip() or line.strip() in clean:
            continue
        for org, org_type, how in _line_units(line, rules, kind, i in own):
            found.setdefault(org, (org_type, how))
    if len(found) != 1:
        return None, None, []
    org, (org_type, how) = next(iter(found.items()))
    if org.endswith("总工会") and org not in text:  # a federation that republishes names the unit's item, not its own
        return None, None, []
    return org, org_type, [f"org {org!r} from {how} of the page that cleaning removed"]
