"""Beyond the counts: template reuse, dating, indicators, plans kept, formulaic language.

Placeholder contract until issue 5 lands: `compute_insights(documents, sections)` returns
named tables for the report, each as (Chinese title, DataFrame).
"""

from __future__ import annotations

import pandas as pd


def compute_insights(documents: pd.DataFrame, sections: pd.DataFrame) -> dict[str, tuple[str, pd.DataFrame]]:
    """Return the report's 'beyond the counts' tables keyed by sheet name."""
    return {}
