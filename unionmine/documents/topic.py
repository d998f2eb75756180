"""The on-topic test: whether an article is trade-union work at all (a report about dormitories or a
people's congress is not), from the density of union vocabulary (`data/organisations.toml`, [topic]).
"""

from __future__ import annotations

from .describe_rules import DescribeRules, default_describe_rules


def union_density(text: str, terms: list[str]) -> float:
    """Occurrences of union vocabulary per 1000 characters."""
    if not text:
        return 0.0
    return 1000 * sum(text.count(t) for t in terms) / len(text)


def find_on_topic(title: str, text: str, rules: DescribeRules | None = None) -> tuple[bool, list[str]]:
    """False for articles that are not trade-union work (dormitories, a people's congress)."""
    t = (rules or default_describe_rules()).topic
    density = union_density(text, t["union_terms"])
    off = union_density(text, t["off_terms"])
    ev = [f"union terms {density:.1f}/1000 chars, off-topic terms {off:.1f}"]
    cue = next((c for c in t["off_title_cues"] if c in title), None)
    if cue and density < t["off_title_override_density"]:
        return False, ev + [f"off-topic title cue {cue!r}"]
    if density < t["min_density"]:
        return False, ev + ["too little union vocabulary"]
    if off > t["off_ratio"] * density:
        return False, ev + ["off-topic vocabulary dominates"]
    return True, ev
