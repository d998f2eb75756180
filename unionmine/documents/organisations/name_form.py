"""What an organisation's name never holds (issue 12, Round 37): guards over the kind of output, not a page's shape.

- an alias the text gives it in brackets, `（以下简称“港运工联会”）`, `(以下简称"…")`, `（下称…）`, `（简称…）`: the alias is how
  the text goes on to call the body, not part of its name;
- a short form of it in brackets right after it, `某某十八局集团有限公司（某某十八局）`, `某某大学（某大）` (Round 39): the
  bracket's characters all stand in the name, in its order — the text's short name for the same body, not a second
  body's name or a campus (`…疾控中心(卫生监督所)`, `…医院(青岛)`, `城南中学（二中）` keep theirs);
- its suffix twice, `某某人民医院医院`, `某某公司公司` (a page may write it so, `…人民醫院醫院工會`): a body's name never ends
  in its own suffix twice.
`run.units.bracketed` (a name as written with its bracket, 城南中学（二中）) does not take such an alias or short form back.
"""

from __future__ import annotations

import re

_ALIAS_WORDS = r"\s*(?:以下|下文|下)?(?:简称|簡稱|称|稱)"
_ALIAS = re.compile(rf"\s*[(（]{_ALIAS_WORDS}[^()（）]*[)）]\s*$")
_TWICE = re.compile(r"(医院|醫院|公司|工会|工會|学校|學校|集团|集團|中心|委员会|委員會|协会|協會|大学|大學|学院|學院|中学|小学)\1$")
MIN_NAME = 4  # a name cut shorter than this was no name at all: left as it was
#: Round 37's guards over a name's kind of output: right on their 2 prompting pages of sets 27-28, no other page of
#: sets 1-29 holds the shape; below the round's bar, on as guards over what a name never holds, at no cost measured
#: (docs/EVALUATION.md "Round 37 (guards)").
NAME_GUARDS = True
#: Round 39: a short form of the name in brackets after it is no part of it — right on 2 items of 2 sites of set 31
#: (a company's 中铁十八局, a Hong Kong union's 空總 that `run.units.bracketed` took back) (EVALUATION "Round 39").
SHORT_FORMS = True
_SHORT = re.compile(r"\s*[(（]([^()（）]*)[)）]\s*$")


def alias(inner: str, name: str = "") -> bool:
    """Whether INNER (a bracket's content after NAME) gives the name's alias: `以下简称“…”`, `下称…`, or its short form."""
    return NAME_GUARDS and (re.match(_ALIAS_WORDS, inner or "") is not None or short_form(inner, name))


_CJK_ONLY = re.compile(r"^[\u4e00-\u9fff]{2,}$")


def short_form(inner: str, name: str) -> bool:
    """Whether INNER is a short form of NAME: two characters or more, shorter, each standing in NAME in its order
    (中铁十八局 of 中铁十八局集团有限公司, 北大 of 北京大学; not 二中 of 城南中学, 青岛 of a hospital)."""
    if not SHORT_FORMS or not inner or not name or len(inner) >= len(name) or not _CJK_ONLY.match(inner):
        return False
    rest = iter(name)
    return all(ch in rest for ch in inner)


def own_form(org: str | None) -> str | None:
    """ORG without an alias in brackets after it or a repeated suffix (see the module's docstring)."""
    if not org or not NAME_GUARDS:
        return org
    cut = _ALIAS.sub("", org)
    short = _SHORT.search(cut)
    if short and short_form(short.group(1), cut[:short.start()]):
        cut = cut[:short.start()]
    cut = _TWICE.sub(r"\1", cut)
    return cut if len(cut) >= MIN_NAME else org
