"""Theme profile of each document from labelled units: the one home of the share computation.

A unit is a piece of an article that partitions it (a paragraph from ``finest_units``, or a leaf
section from ``leaf_sections``) with its characters and its theme labels. A unit's characters
are split equally among its labels; a unit without a known label counts as 其他. How the
labels were found is not this module's business: ``themes.theme_profile`` classifies paragraph
units, ``stats.simple_profile`` reuses the labels stored on the leaf sections.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from ..schema import OTHER, THEMES


def has_labels(labels) -> bool:
    """True for a non-empty list of labels (lists from Parquet arrive as numpy arrays)."""
    return labels is not None and not isinstance(labels, float) and len(labels) > 0


def theme_chars(units: Iterable[tuple[object, float, object]], themes: Sequence[str] = THEMES
                ) -> dict[object, dict[str, float]]:
    """Per key (a doc_id, a section_id) of (key, n_chars, labels) units, its characters by theme and 其他:
    a unit's characters split equally among its labels in THEMES, 其他 when none. Keys keep their order."""
    names = [*themes, OTHER]
    known = set(names)
    chars: dict[object, dict[str, float]] = {}
    for key, n_chars, labels in units:
        found = [lab for lab in (list(labels) if has_labels(labels) else []) if lab in known] or [OTHER]
        per = chars.setdefault(key, dict.fromkeys(names, 0.0))
        for label in found:
            per[label] += float(n_chars or 0) / len(found)
    return chars


def theme_shares(units: Iterable[tuple[object, float, object]], themes: Sequence[str] = THEMES) -> pd.DataFrame:
    """doc_id, n_chars and ``share_<theme>`` per THEMES and 其他, from (doc_id, n_chars, labels) units.

    Labels outside THEMES and 其他 are ignored (a unit left with none counts as 其他); a document
    whose units have no characters gets shares of 0. Documents keep their first-seen order.
    """
    names = [*themes, OTHER]
    chars = theme_chars(units, themes)
    rows = []
    for doc_id, per in chars.items():
        total = sum(per.values())
        row = {"doc_id": doc_id, "n_chars": round(total)}
        row.update({f"share_{t}": per[t] / total if total else 0.0 for t in names})
        rows.append(row)
    return pd.DataFrame(rows, columns=["doc_id", "n_chars", *(f"share_{t}" for t in names)])
