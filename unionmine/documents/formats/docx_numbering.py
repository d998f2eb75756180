"""Word's automatic list numbering (numbering.xml) written out as Word shows it: ``一、`` ``（二）``
``3.`` before the paragraph's own text.

A school's summary often numbers its sections with Word's list numbering rather than typed
一、; python-docx gives only the typed text, so such a heading came out bare (``加强民主管理``)
and was not seen as a heading. This module keeps the counts as Word does, in document order:

- a paragraph is numbered by its own ``w:numPr`` or by its paragraph style's (``basedOn``
  followed; the default paragraph style's when it names none); ``numId 0`` switches numbering
  off; without an ``ilvl`` the level is the one linked to the paragraph's style (``w:pStyle``
  in the level, as Word's multilevel heading lists are made), else 0;
- a ``w:num`` points to a ``w:abstractNum``; its ``w:lvlOverride`` may replace a level or
  restart it (``w:startOverride``). Lists that share an abstractNum share one count (Word
  continues them) unless the num overrides a level, then that num counts on its own;
- each level starts at ``w:start``; a deeper level restarts when a shallower one advances
  (``w:lvlRestart`` 0 = never, N = only after level N or shallower);
- ``w:lvlText`` (``%1、``) fills each level's count in its ``w:numFmt`` (``numformat``),
  all in decimal under ``w:isLgl``; ``w:suff`` tab or space after the label is written as
  one space when the label ends in a Latin letter, digit or ASCII mark (``1. 召开``) and
  not at all after Chinese punctuation (``一、加强``), as people type them; ``nothing`` adds none.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .numformat import fill_label, whole_number

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _val(element, name: str) -> str | None:
    child = element.find(_W + name) if element is not None else None
    return child.get(_W + "val") if child is not None else None


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None  # lvlRestart (1-based level); None = after any shallower level
    legal: bool = False
    suffix: str = "tab"
    style: str | None = None  # the paragraph style linked to this level (a multilevel heading list)


def _level(lvl) -> Level:
    restart = _val(lvl, "lvlRestart")
    return Level(start=whole_number(_val(lvl, "start"), 1), fmt=_val(lvl, "numFmt") or "decimal",
                 text=_val(lvl, "lvlText") or "", restart=whole_number(restart, 0) if restart is not None else None,
                 legal=lvl.find(_W + "isLgl") is not None and _val(lvl, "isLgl") not in ("0", "false"),
                 suffix=_val(lvl, "suff") or "tab", style=_val(lvl, "pStyle"))


def _levels(parent) -> dict[int, Level]:
    return {whole_number(lvl.get(_W + "ilvl"), 0): _level(lvl) for lvl in parent.findall(_W + "lvl")}


@dataclass
class _List:
    key: str
    levels: dict[int, Level]
    counts: dict[int, int] = field(default_factory=dict)


def _style_numbering(styles) -> dict[str, tuple[str | None, str | None]]:
    """styleId -> (numId, ilvl) a paragraph style gives, following ``basedOn``; '' is the default
    paragraph style's."""
    own, bases = {}, {}
    for style in styles.findall(_W + "style") if styles is not None else []:
        sid = style.get(_W + "styleId")
        if not sid:
            continue
        if style.get(_W + "default") in ("1", "true") and style.get(_W + "type") == "paragraph":
            bases[""] = sid  # a paragraph without pStyle has it ("Normal"; "a" in Chinese Word)
        num_pr = style.find(f"{_W}pPr/{_W}numPr")
        if num_pr is not None:
            own[sid] = (_val(num_pr, "numId"), _val(num_pr, "ilvl"))
        base = _val(style, "basedOn")
        if base:
            bases[sid] = base
    out = {}
    for sid in set(own) | set(bases):
        cur, hops = sid, 0
        while cur not in own and cur in bases and hops < 20:
            cur, hops = bases[cur], hops + 1
        if cur in own:
            out[sid] = own[cur]
    return out


class Numbering:
    """The running counts of a document's lists; ``label(p)`` advances them."""

    def __init__(self, numbering, styles) -> None:
        self.styles = _style_numbering(styles)
        abstract = {}
        for element in numbering.findall(_W + "abstractNum") if numbering is not None else []:
            abstract[element.get(_W + "abstractNumId")] = element
        self.nums: dict[str, tuple[str, dict[int, Level], set[int]]] = {}
        for num in numbering.findall(_W + "num") if numbering is not None else []:
            aid = _val(num, "abstractNumId")
            if aid not in abstract:
                continue
            levels = _levels(abstract[aid])
            restarted = set()
            for override in num.findall(_W + "lvlOverride"):
                ilvl = whole_number(override.get(_W + "ilvl"), 0)
                lvl = override.find(_W + "lvl")
                if lvl is not None:  # a level of its own: this list counts on its own
                    levels[ilvl] = _level(lvl)
                    restarted.add(ilvl)
                start = _val(override, "startOverride")
                if start is not None:
                    levels[ilvl] = Level(**{**levels.get(ilvl, Level()).__dict__, "start": whole_number(start, 1)})
                    restarted.add(ilvl)
            self.nums[num.get(_W + "numId")] = (aid, levels, restarted)
        self.lists: dict[str, _List] = {}

    def label(self, p) -> str:
        """The number Word shows before paragraph P (with its suffix), '' when it has none."""
        ppr = p.find(_W + "pPr")
        num_pr = ppr.find(_W + "numPr") if ppr is not None else None
        style_num = self.styles.get(_val(ppr, "pStyle") or "", (None, None))
        num_id = _val(num_pr, "numId") or style_num[0]
        ilvl_text = _val(num_pr, "ilvl") or style_num[1]
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        aid, levels, restarted = self.nums[num_id]
        if ilvl_text is None:  # a heading style linked to one level of the list (lvl/pStyle)
            style_id = _val(ppr, "pStyle")
            ilvl_text = next((str(k) for k, lv in levels.items() if style_id and lv.style == style_id), None)
        ilvl = min(max(whole_number(ilvl_text, 0), 0), 8)
        if ilvl not in levels:
            return ""
        key = f"num{num_id}" if restarted else f"abstract{aid}"
        state = self.lists.setdefault(key, _List(key, levels))
        level = levels[ilvl]
        state.counts[ilvl] = state.counts[ilvl] + 1 if ilvl in state.counts else level.start
        for deeper in [d for d in state.counts if d > ilvl]:
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or (restart and ilvl < restart):
                del state.counts[deeper]
        values = [state.counts.get(k, levels[k].start if k in levels else 1) for k in range(9)]
        formats = [levels[k].fmt if k in levels else "decimal" for k in range(9)]
        if level.fmt == "bullet":
            return ""
        text = fill_label(level.text, values, formats, level.legal)
        if not text or level.suffix == "nothing":
            return text
        return text + (" " if text[-1].isascii() else "")

