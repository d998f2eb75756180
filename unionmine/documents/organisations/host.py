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

from ...text.normalize import to_simplified
from ..describe_rules import DescribeRules, default_describe_rules
from .candidates import acceptable, org_candidates


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


def account_org(writer: str | None, rules: DescribeRules | None = None) -> tuple[str | None, str | None, list[str]]:
    """(org, org_type, evidence) from a WeChat account's own words on who publishes it (its 功能介绍, then its name;
    ``formats.wechat``): the first full name one of them opens with (岚江交投高速公路运营有限公司官方公众号…, 青溪县人民医院),
    (None, None, []) when none names a unit. Used only when the article's text names no writer (USER12)."""
    rules = rules or default_describe_rules()
    for line in to_simplified(writer or "").split("\n"):
        named = [(org, org_type) for org, org_type, start, _end, name, cut in org_candidates(line.strip(), rules)
                 if start == 0 and not cut and acceptable(name, org[len(name):], rules, "工会") is None]
        if named:  # the longest: 青禾港务集团有限公司, not 青禾港务集团
            org, org_type = max(named, key=lambda n: len(n[0]))
            return org, org_type, [f"org {org!r} from the WeChat account that published the page"]
    return None, None, []
