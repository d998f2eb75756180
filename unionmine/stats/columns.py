"""The columns every statistics table shares: the themes with 其他, their share columns, the smallest group."""

from __future__ import annotations

from ..schema import OTHER, THEMES

ALL_THEMES = [*THEMES, OTHER]
SHARE_COLUMNS = [f"share_{t}" for t in ALL_THEMES]
MIN_GROUP = 3
#: A row of one unit's year (by_org_year) whose articles hold fewer characters than this is too small:
#: its shares rest on a few short paragraphs, where one paragraph moves a share by tens of points.
MIN_CHARS = 500
#: A unit's profile says what its 其他 text is mostly about (`terms.other_terms`, by_org's other_terms) when
#: 其他 holds at least this share of it, in at most OTHER_WORDS words.
OTHER_SHOWN = 0.3
OTHER_WORDS = 5


def chinese_order(name: object) -> bytes:
    """Sort key of an organisation's name in the order a Chinese reader looks for it (Excel's pinyin
    order on a Chinese Windows): its GB18030 bytes, which put the 3,755 common characters of GB2312 in
    pinyin order (东篱 before 凤栖 before 桂苑), where code points scatter them. Missing names last."""
    if not isinstance(name, str):
        return b"\xff\xff"
    return name.encode("gb18030", errors="replace")
