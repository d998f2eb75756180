"""The theme codebook as data: ``data/taxonomy.toml`` (themes, descriptions, seed terms).

A researcher adds a theme or terms by editing that file (or passing another one);
the lexicon scorer, the supervised model and ``unionmine themes`` all read it from here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import UsageError
from ..schema import OTHER
from ..store.paths import DATA, read_data_toml

DEFAULT_TAXONOMY = DATA / "taxonomy.toml"
STRONG_WEIGHT = 1.0
WEAK_WEIGHT = 0.4


GAP = "…"  # inside a term: up to GAP_MAX characters of the same clause (关心…职工 finds 关心退休职工)
GAP_MAX = 4


@dataclass(frozen=True)
class Pair:
    """Evidence from two kinds of words close together: a ``first`` term and a ``second`` term
    within ``window`` characters of each other in one paragraph, in either order (the codebook's
    教代会 rule: the staff congress deciding pay, title or appraisal rules is also 维权)."""

    name: str
    first: tuple[str, ...]
    second: tuple[str, ...]
    weight: float = STRONG_WEIGHT
    window: int = 40


@dataclass(frozen=True)
class Theme:
    name: str
    english: str = ""
    description: str = ""
    strong: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    against: tuple[str, ...] = ()
    pairs: tuple[Pair, ...] = ()

    def weighted_terms(self) -> dict[str, float]:
        """Seed terms with their weights (a term listed as strong wins over weak)."""
        return _weighted_terms(self.strong, self.weak)

    def hit_weights(self) -> dict[str, float]:
        """Weights of everything the lexicon can find for this theme: the terms, then the pairs by name."""
        return _hit_weights(self.strong, self.weak, self.pairs)


@lru_cache(maxsize=256)
def _weighted_terms(strong: tuple[str, ...], weak: tuple[str, ...]) -> dict[str, float]:
    """Built once per theme: the lexicon asks for it for every text it scores."""
    terms = {t: WEAK_WEIGHT for t in weak}
    terms.update({t: STRONG_WEIGHT for t in strong})
    return terms


@lru_cache(maxsize=256)
def _hit_weights(strong: tuple[str, ...], weak: tuple[str, ...], pairs: tuple[Pair, ...]) -> dict[str, float]:
    weights = dict(_weighted_terms(strong, weak))
    weights.update({p.name: p.weight for p in pairs if p.name not in weights})
    return weights


@dataclass(frozen=True)
class Drop:
    """A kind of section that never holds THEME (round 31, the codebook's rulings as decisions): a section in which
    the regular expression FOUND is found and UNLESS is not loses THEME."""

    name: str
    theme: str
    found: str
    unless: str = ""


@dataclass(frozen=True)
class Context:
    """Where a term stands changes what it shows (the codebook: naming a theme is not doing it)."""

    slogan: tuple[str, ...] = ()  # markers of a sentence that only names principles or aims
    slogan_weight: float = 1.0  # terms in such a sentence count this much
    against_weight: float = 1.0  # terms in a sentence with one of the theme's `against` cues
    heading_weight: float = 1.0  # terms in the heading line count this much
    # a section that only opens a report (the codebook's introductions, ruling R12): regular expressions
    # searched in a section of at most introduction_length characters; such a section gets no theme
    introduction: tuple[str, ...] = ()
    introduction_length: int = 0
    # the codebook's 教代会 rule as a decision (round 30): a section given congress_business_adds[0] in which every
    # regular expression of congress_business is found gets congress_business_adds[1] too
    congress_business: tuple[str, ...] = ()
    congress_business_adds: tuple[str, ...] = ()
    # kinds of section that never hold a theme ([[context.drop]], round 31): applied after the two rules above
    drop: tuple[Drop, ...] = ()


@dataclass(frozen=True)
class Taxonomy:
    themes: tuple[Theme, ...]
    other: Theme = field(default_factory=lambda: Theme(OTHER))
    path: str = ""
    context: Context = field(default_factory=Context)

    @property
    def names(self) -> list[str]:
        """Theme names in file order (without 其他)."""
        return [t.name for t in self.themes]

    def theme(self, name: str) -> Theme:
        for t in self.themes:
            if t.name == name:
                return t
        raise UsageError(f"unknown theme {name!r}; known: {', '.join(self.names)}")

    def all_terms(self) -> set[str]:
        """Every seed term of every theme (the plain keyword baseline uses these)."""
        return {term for t in self.themes for term in t.weighted_terms()}


def _terms(raw: dict, key: str, where: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise UsageError(f"{where}: '{key}' must be a list of non-empty strings")
    terms = tuple(dict.fromkeys(v.strip() for v in value))
    for term in terms:
        if GAP in term and (term.startswith(GAP) or term.endswith(GAP) or GAP * 2 in term):
            raise UsageError(f"{where}: '{term}' in '{key}': a gap ({GAP}) must stand between two parts of a term")
    return terms


def _patterns(raw: dict, key: str, where: str) -> tuple[str, ...]:
    """[context] KEY: regular expressions, each compiled here."""
    patterns = _terms(raw, key, where)
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise UsageError(f"{where}: '{pattern}' in '{key}' is not a regular expression: {exc}") from exc
    return patterns


def _introduction(raw: dict, where: str) -> dict:
    """[context] introduction (regular expressions) and introduction_length."""
    patterns = _patterns(raw, "introduction", where)
    length = raw.get("introduction_length", 0)
    if isinstance(length, bool) or not isinstance(length, int) or length < 0:
        raise UsageError(f"{where}: 'introduction_length' must be a whole number of characters, 0 or more")
    return {"introduction": patterns, "introduction_length": length}


def _congress(raw: dict, where: str, names: list[str]) -> dict:
    """[context] congress_business (regular expressions) and congress_business_adds (two theme names)."""
    patterns, adds = _patterns(raw, "congress_business", where), _terms(raw, "congress_business_adds", where)
    if patterns and (len(adds) != 2 or not set(adds) <= set(names)):
        raise UsageError(f"{where}: 'congress_business_adds' must name two themes: the one given, the one it adds")
    return {"congress_business": patterns, "congress_business_adds": adds}


def _drops(raw: dict, where: str, names: list[str]) -> dict:
    """[[context.drop]]: tables of name, theme (one of NAMES), found and unless (regular expressions)."""
    value = raw.get("drop", [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise UsageError(f"{where}: 'drop' must be a list of tables ([[context.drop]])")
    drops = []
    for table in value:
        found, unless = _patterns({"p": [table.get("found", "")]}, "p", f"{where} drop"), table.get("unless", "")
        if unless:
            unless = _patterns({"p": [unless]}, "p", f"{where} drop")[0]
        if table.get("theme") not in names or not str(table.get("name", "")).strip():
            raise UsageError(f"{where}: a drop needs a name and a theme among {', '.join(names)}")
        drops.append(Drop(str(table["name"]).strip(), table["theme"], found[0], unless))
    return {"drop": tuple(drops)}


def _pairs(raw: dict, where: str) -> tuple[Pair, ...]:
    value = raw.get("pair", [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise UsageError(f"{where}: 'pair' must be a list of tables ([[theme.pair]])")
    out = []
    for k, item in enumerate(value, start=1):
        here = f"{where}, pair {k}"
        _refuse_unknown(item, PAIR_KEYS, here)
        name = str(item.get("name", "")).strip()
        first, second = _terms(item, "first", here), _terms(item, "second", here)
        if not name or not first or not second:
            raise UsageError(f"{here}: a pair needs a name, 'first' terms and 'second' terms")
        weight, window = item.get("weight", STRONG_WEIGHT), item.get("window", 40)
        if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0 < weight <= 5:
            raise UsageError(f"{here}: 'weight' must be a number above 0 and at most 5")
        if isinstance(window, bool) or not isinstance(window, int) or not 0 <= window <= 200:
            raise UsageError(f"{here}: 'window' must be a whole number of characters from 0 to 200")
        out.append(Pair(name, first, second, float(weight), window))
    return tuple(out)


#: what a [[theme]] and a [[theme.pair]] may hold: TOML puts a key written under a pair's header into the pair,
#: where nothing would read it (维权's `against` list sat there unread until session 17)
THEME_KEYS = frozenset({"name", "english", "description", "strong", "weak", "exclude", "against", "pair"})
PAIR_KEYS = frozenset({"name", "first", "second", "weight", "window"})


def _refuse_unknown(table: dict, allowed: frozenset, where: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise UsageError(f"{where}: unknown key(s) {', '.join(unknown)} (allowed: {', '.join(sorted(allowed))}); "
                         "a theme's key written under a [[theme.pair]] header belongs above it")


@lru_cache(maxsize=8)
def _load(path: str) -> Taxonomy:
    file = Path(path)
    data, _ = read_data_toml("taxonomy.toml", file, "taxonomy")
    themes = []
    for i, raw in enumerate(data.get("theme", []), start=1):
        name = str(raw.get("name", "")).strip()
        where = f"taxonomy {file}, theme {i} ({name or 'no name'})"
        _refuse_unknown(raw, THEME_KEYS, where)
        if not name or name == OTHER:
            raise UsageError(f"{where}: every [[theme]] needs a name other than {OTHER}")
        theme = Theme(
            name=name,
            english=str(raw.get("english", "")),
            description=" ".join(str(raw.get("description", "")).split()),
            strong=_terms(raw, "strong", where),
            weak=_terms(raw, "weak", where),
            exclude=_terms(raw, "exclude", where),
            against=_terms(raw, "against", where),
            pairs=_pairs(raw, where),
        )
        if not theme.strong and not theme.weak:
            raise UsageError(f"{where}: give at least one term in 'strong' or 'weak'")
        themes.append(theme)
    if not themes:
        raise UsageError(f"taxonomy {file} defines no [[theme]]")
    if len({t.name for t in themes}) != len(themes):
        raise UsageError(f"taxonomy {file} names a theme twice")
    raw_other = data.get("other", {})
    other = Theme(
        name=OTHER,
        english=str(raw_other.get("english", "other")),
        description=" ".join(str(raw_other.get("description", "")).split()),
        strong=_terms(raw_other, "terms", f"taxonomy {file}, [other]"),
    )
    raw_context = data.get("context", {})
    where = f"taxonomy {file}, [context]"
    weights = {}
    for key in ("slogan_weight", "against_weight", "heading_weight"):
        value = raw_context.get(key, 1.0)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 5:
            raise UsageError(f"{where}: '{key}' must be a number between 0 and 5")
        weights[key] = float(value)
    context = Context(slogan=_terms(raw_context, "slogan", where), **weights, **_introduction(raw_context, where),
                      **_congress(raw_context, where, [t.name for t in themes]),
                      **_drops(raw_context, where, [t.name for t in themes]))
    return Taxonomy(themes=tuple(themes), other=other, path=str(file), context=context)


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """Read the taxonomy (default: the one shipped in the package); cached per path."""
    return _load(str(Path(path).resolve()) if path else str(DEFAULT_TAXONOMY))


def themes(path: str | Path | None = None, names: Sequence[str] = ()) -> list[dict]:
    """The taxonomy as rows for listing: name, english, description, number of terms, examples.

    NAMES restricts the rows to those themes; an unknown name is a UsageError listing the known ones.
    """
    tax = load_taxonomy(path)
    every = (*tax.themes, tax.other)
    known = [t.name for t in every]
    unknown = [n for n in names if n not in known]
    if unknown:
        raise UsageError(f"unknown theme {'、'.join(unknown)}; the taxonomy has: {'、'.join(known)}")
    rows = []
    for t in (t for t in every if not names or t.name in names):
        terms = list(t.strong) + list(t.weak)
        rows.append(
            {
                "theme": t.name,
                "english": t.english,
                "description": t.description,
                "n_terms": len(terms),
                "examples": "、".join(terms[:8]),
            }
        )
    return rows
