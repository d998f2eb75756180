"""Organisations: who wrote an article and what kind of body it is.

`find` is the finder (`find_org`) over the title, opening and signature; `candidates` forms every candidate name
(`org_candidates`) and says whether it is one (`acceptable`); `names`, `bare`, `name_pos`, `guard` and `outsiders`
judge a candidate name, `name_form` what a name never holds (Round 37); `named`, `described`, `signed`, `subtitle`,
`cited`, `college`, `guest`, `organiser`, `headline` and `subject` are the later finders `describe` chains (it imports
them module by module), with `headline_lead`, `trade_union`, `exchange` and `own_union.short_union` (Round 40) and `unit_part` (a
company's unit named after its parent, Round 41); `types`, `vote`, `writer_type` and `host` give the organisation type.
"""

from .find import OPENING_CHARS, find_org
from .host import account_org, address_org_type
from .types import find_org_type

__all__ = ["OPENING_CHARS", "account_org", "address_org_type", "find_org", "find_org_type"]
