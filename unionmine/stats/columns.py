"""The columns every statistics table shares: the themes with 其他, their share columns, the smallest group."""

from __future__ import annotations

from ..schema import OTHER, THEMES

ALL_THEMES = [*THEMES, OTHER]
SHARE_COLUMNS = [f"share_{t}" for t in ALL_THEMES]
MIN_GROUP = 3
