"""The describing rules: one record read once from `data/organisations.toml` (or a user's copy).

Every describing module (organisations, titles, kinds, topic) reads its word lists from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import UsageError
from ..store.paths import read_data_toml


@dataclass
class DescribeRules:
    suffixes: list[tuple[str, str]]  # (suffix, org_type), longest first
    not_followed_by: list[str]
    name_breakers: list[str]
    leading_words: list[str]
    weak_suffixes: list[str]
    place_levels: list[str]
    generic_starts: list[str]
    anonymised_chars: list[str]
    outsider_after: list[str]
    outsider_before: list[str]
    writer_after: list[str]
    kinds: dict
    topic: dict
    verb_starts: list[str] = field(default_factory=list)
    name_compounds: list[str] = field(default_factory=list)
    org_type_cues: dict = field(default_factory=dict)
    verbs_before_name: list[str] = field(default_factory=list)
    short_school: str = ""
    generic_names: list[str] = field(default_factory=list)
    place_suffixes: list[str] = field(default_factory=list)
    place_led_suffixes: list[str] = field(default_factory=list)
    org_type_self: dict = field(default_factory=dict)
    trade_names: list[str] = field(default_factory=list)
    enterprise_trades: list[str] = field(default_factory=list)
    org_type_leaders: dict = field(default_factory=dict)
    time_words: list[str] = field(default_factory=list)
    people_words: list[str] = field(default_factory=list)
    university_cues: list[str] = field(default_factory=list)
    university_vetoes: list[str] = field(default_factory=list)
    university_governance: list[str] = field(default_factory=list)
    level_only_heads: list[str] = field(default_factory=list)
    suffix_word_ends: dict = field(default_factory=dict)
    org_type_staff: dict = field(default_factory=dict)
    role_words: list[str] = field(default_factory=list)
    org_type_self_words: dict = field(default_factory=dict)
    head_verbs: list[str] = field(default_factory=list)
    post_after: list[str] = field(default_factory=list)
    union_only_suffixes: list[str] = field(default_factory=list)
    org_type_vote: list = field(default_factory=list)  # ordered rules of org_vote.vote_org_type
    faculty_fields: list[str] = field(default_factory=list)
    org_type_address: dict = field(default_factory=dict)  # what a page's address says (org_host)
    org_type_college: dict = field(default_factory=dict)  # a bare 学院, 各高校: a university's text (org_college)


def load_describe_rules(path: str | Path | None = None) -> DescribeRules:
    """Read `data/organisations.toml` (or a user's copy)."""
    d, where = read_data_toml("organisations.toml", path, "describing rules")
    try:
        suffixes = [(s, t) for t, items in d["suffixes"].items() for s in items]
        suffixes.sort(key=lambda st: -len(st[0]))
        return DescribeRules(
            suffixes=suffixes,
            not_followed_by=d.get("not_followed_by", []),
            name_breakers=sorted(d.get("name_breakers", []), key=len, reverse=True),
            leading_words=sorted(d.get("leading_words", []), key=len, reverse=True),
            weak_suffixes=d.get("weak_suffixes", []),
            place_levels=d.get("place_levels", []),
            generic_starts=d.get("generic_starts", []),
            anonymised_chars=d.get("anonymised_chars", []),
            outsider_after=d.get("outsider_after", []),
            outsider_before=d.get("outsider_before", []),
            writer_after=d.get("writer_after", []),
            kinds=d["kinds"],
            topic=d["topic"],
            verb_starts=d.get("verb_starts", []),
            name_compounds=d.get("name_compounds", []),
            org_type_cues=d.get("org_type_cues", {}),
            verbs_before_name=sorted(d.get("verbs_before_name", []), key=len, reverse=True),
            short_school=d.get("short_school", ""),
            generic_names=d.get("generic_names", []),
            place_suffixes=d.get("place_suffixes", []),
            place_led_suffixes=d.get("place_led_suffixes", []),
            org_type_self=d.get("org_type_self", {}),
            trade_names=d.get("trade_names", []),
            enterprise_trades=d.get("enterprise_trades", []),
            org_type_leaders=d.get("org_type_leaders", {}),
            time_words=sorted(d.get("time_words", []), key=len, reverse=True),
            people_words=d.get("people_words", []),
            university_cues=d.get("university_cues", []),
            university_vetoes=d.get("university_vetoes", []),
            university_governance=d.get("university_governance", []),
            level_only_heads=sorted(d.get("level_only_heads", []), key=len, reverse=True),
            suffix_word_ends=d.get("suffix_word_ends", {}),
            org_type_staff=d.get("org_type_staff", {}),
            role_words=d.get("role_words", []),
            org_type_self_words=d.get("org_type_self_words", {}),
            head_verbs=d.get("head_verbs", []),
            post_after=d.get("post_after", []),
            union_only_suffixes=d.get("union_only_suffixes", []),
            org_type_vote=d.get("org_type_vote", []),
            faculty_fields=sorted(d.get("faculty_fields", []), key=len, reverse=True),
            org_type_address=d.get("org_type_address", {}),
            org_type_college=d.get("org_type_college", {}),
        )
    except KeyError as exc:
        raise UsageError(f"{where}: the section {exc} is missing") from exc


@lru_cache(maxsize=1)
def default_describe_rules() -> DescribeRules:
    """The packaged rules, read once."""
    return load_describe_rules()
