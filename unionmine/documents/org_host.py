"""What the address a page was saved from says of the type of body that wrote it (round 21).

A university's union writes 学校工会, 我校, 校工会 and names no unit: the text cannot tell it from a
school's, and the rules type it school (or not at all). The page's address can: a host under a
second-level ``NAME.edu.cn`` is a university's or college's own site. The rule reads only the host's
shape, no list of sites, and only where the text leaves the type open: no organisation named, the
type one of ``replaces`` (school) or none, and no word of ``school_words`` (a kind of school, a
kindergarten's 我园) in the title or text. It never names an organisation. Its words and domains are
``[org_type_address]`` in ``data/organisations.toml``.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from ..text.normalize import to_simplified
from .describe_rules import DescribeRules, default_describe_rules


def university_site(url: str | None, rules: DescribeRules | None = None) -> str | None:
    """The second-level ``NAME.edu.cn`` whose site URL is on (any subdomain of it), None for any
    other host, for a province's education network (xx.sc.edu.cn) and for no address."""
    rules = rules or default_describe_rules()
    domain = str(rules.org_type_address.get("university_domain", "")).strip(".").lower()
    if not url or not domain:
        return None
    try:
        host = (urlsplit(url).hostname or "").rstrip(".").lower()
    except ValueError:
        return None
    if not host.endswith("." + domain):
        return None
    name = host[: -len(domain) - 1].rsplit(".", 1)[-1]
    if not name or name in rules.org_type_address.get("regional", []):
        return None
    return f"{name}.{domain}"


def address_org_type(org: str | None, org_type: str | None, title: str, text: str, url: str | None,
                     rules: DescribeRules | None = None) -> tuple[str | None, list[str]]:
    """ORG_TYPE, or university when the article names no organisation, the text's type is open (one
    of ``replaces``, or none), the text names no kind of school, and URL is on a university's site."""
    rules = rules or default_describe_rules()
    conf = rules.org_type_address
    if org or org_type not in (*conf.get("replaces", []), None):
        return org_type, []
    site = university_site(url, rules)
    if site is None:
        return org_type, []
    both = to_simplified(title or "") + "\n" + (text or "")
    if any(w in both for w in [*conf.get("school_words", []), *rules.university_vetoes]):
        return org_type, []
    why = f"saved from a university's site ({site}), the text names no unit and no kind of school"
    return "university", [f"org_type university: {why} (was {org_type})"]
