"""What an organisation's name never holds (issue 12, Round 37): guards over the kind of output, not a page's shape.

- an alias the text gives it in brackets, `（以下简称“港运工联会”）`, `(以下简称"…")`, `（下称…）`, `（简称…）`: the alias is how
  the text goes on to call the body, not part of its name;
- its suffix twice, `某某人民医院医院`, `某某公司公司` (a page may write it so, `…人民醫院醫院工會`): a body's name never ends
  in its own suffix twice.
`run.units.bracketed` (a name as written with its bracket, 城南中学（二中）) does not take such an alias back.
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


def alias(inner: str) -> bool:
    """Whether INNER (a bracket's content after a name) gives the name's alias: `以下简称“…”`, `下称…`."""
    return NAME_GUARDS and re.match(_ALIAS_WORDS, inner or "") is not None


def own_form(org: str | None) -> str | None:
    """ORG without an alias in brackets after it or a repeated suffix (see the module's docstring)."""
    if not org or not NAME_GUARDS:
        return org
    cut = _ALIAS.sub("", org)
    cut = _TWICE.sub(r"\1", cut)
    return cut if len(cut) >= MIN_NAME else org
