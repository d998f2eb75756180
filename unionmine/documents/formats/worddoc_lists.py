"""Word 97-2003 (.doc) list numbering and deleted revisions, from the tables [MS-DOC] describes.

Numbering: a paragraph's ``sprmPIlfo`` (or its style's) names a list format override (LFO,
``PlfLfo``, §2.9.205); the LFO names a list (``LSTF`` by ``lsid`` in ``PlfLst``, §2.9.208)
whose 9 levels (1 for a simple list) are ``LVL`` records that follow the PlfLst in the table
stream (§2.9.150). A level gives its start (``iStartAt``), number format (``nfc``, mapped to
Word's .docx names for ``numformat``), whether it restarts, legal numbering, what follows
the number (tab, space, nothing) and its text: ``xst``, where a character 0-8 stands for that
level's count (``\\x00、`` is ``%1、``). An LFO may override a level's start or the whole
level (LFOLVL). Counting follows ``docx_numbering``: lists sharing an LSTF share one count
unless the LFO restarts a level.

Deleted revisions: a run of text marked ``sprmCFRMarkDel`` in its character properties
(``PlcBteChpx`` → ChpxFkp pages, §2.9.33) was deleted with track changes on and is left
out; inserted text (``sprmCFRMarkIns``) stays, as Word shows it.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from .numformat import fill_label

_BTE_CHPX, _PLF_LST, _PLF_LFO = 12, 73, 74
_SPRM_ILFO, _SPRM_ILVL, _SPRM_MARK_DEL = 0x460B, 0x260A, 0x0800
#: nfc (MS-DOC §2.9.149, MS-OSHARED) -> the .docx name of the same number format
_NFC = dict(enumerate((
    "decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "ordinal", "cardinalText",
    "ordinalText", "hex", "chicago", "ideographDigital", "japaneseCounting", "aiueo", "iroha",
    "decimalFullWidth", "decimalHalfWidth", "japaneseLegal", "japaneseDigitalTenThousand",
    "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth", "irohaFullWidth",
    "decimalZero", "bullet", "ganada", "chosung", "decimalEnclosedFullstop",
    "decimalEnclosedParen", "decimalEnclosedCircleChinese", "ideographEnclosedCircle",
    "ideographTraditional", "ideographZodiac", "ideographZodiacTraditional", "taiwaneseCounting",
    "ideographLegalTraditional", "taiwaneseCountingThousand", "taiwaneseDigital",
    "chineseCounting", "chineseLegalSimplified", "chineseCountingThousand",
)))
_NFC[255] = "none"


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None
    legal: bool = False
    follow: int = 0  # 0 tab, 1 space, 2 nothing


def _lvl(table: bytes, pos: int) -> tuple[Level, int]:
    """The LVL at POS and the position after it."""
    start, nfc, flags = struct.unpack_from("<iBB", table, pos)
    follow = table[pos + 15]
    cb_chpx, cb_papx, restart_lim = table[pos + 24], table[pos + 25], table[pos + 26]
    pos += 28 + cb_papx + cb_chpx
    cch = struct.unpack_from("<H", table, pos)[0]
    raw = table[pos + 2: pos + 2 + 2 * cch].decode("utf-16-le", "replace")
    template = "".join(f"%{ord(ch) + 1}" if ord(ch) < 9 else ch for ch in raw)
    level = Level(start=start, fmt=_NFC.get(nfc, "decimal"), text=template,
                  restart=restart_lim if flags & 0x08 else None, legal=bool(flags & 0x04), follow=follow)
    return level, pos + 2 + 2 * cch


@dataclass
class _Count:
    counts: dict[int, int] = field(default_factory=dict)


class DocLists:
    """The lists of a .doc and their running counts; ``label(ilfo, ilvl)`` advances them."""

    def __init__(self, word: bytes, table: bytes, fc_lcb) -> None:
        self.lists: dict[int, dict[int, Level]] = {}
        self.lfos: list[tuple[int, dict[int, Level], set[int]]] = []
        self.state: dict[str, _Count] = {}
        fc, lcb = fc_lcb(word, _PLF_LST)
        if lcb >= 2:
            c_lst = struct.unpack_from("<h", table, fc)[0]
            pos = fc + 2 + 28 * c_lst
            for i in range(max(c_lst, 0)):
                lsid = struct.unpack_from("<i", table, fc + 2 + 28 * i)[0]
                simple = table[fc + 2 + 28 * i + 26] & 1
                levels = {}
                for k in range(1 if simple else 9):
                    levels[k], pos = _lvl(table, pos)
                self.lists[lsid] = levels
        fc, lcb = fc_lcb(word, _PLF_LFO)
        if lcb >= 4:
            n = struct.unpack_from("<I", table, fc)[0]
            heads = [struct.unpack_from("<i8xB", table, fc + 4 + 16 * i) for i in range(n)]
            pos = fc + 4 + 16 * n
            for lsid, clfolvl in heads:
                levels, restarted = dict(self.lists.get(lsid, {})), set()
                pos += 4  # LFOData.cp
                for _ in range(clfolvl):
                    start, bits = struct.unpack_from("<iI", table, pos)
                    pos += 8
                    ilvl = bits & 0x0F
                    if bits & 0x20:  # fFormatting: a whole LVL follows
                        levels[ilvl], pos = _lvl(table, pos)
                        restarted.add(ilvl)
                    if bits & 0x10:  # fStartAt
                        base = levels.get(ilvl, Level())
                        levels[ilvl] = Level(**{**base.__dict__, "start": start})
                        restarted.add(ilvl)
                self.lfos.append((lsid, levels, restarted))

    def label(self, ilfo: int, ilvl: int) -> str:
        """The number Word shows for a paragraph of list override ILFO (1-based) at level ILVL."""
        if not 1 <= ilfo <= len(self.lfos):
            return ""
        lsid, levels, restarted = self.lfos[ilfo - 1]
        if ilvl not in levels:
            return ""
        counts = self.state.setdefault(f"lfo{ilfo}" if restarted else f"lst{lsid}", _Count()).counts
        level = levels[ilvl]
        counts[ilvl] = counts[ilvl] + 1 if ilvl in counts else level.start
        for deeper in [d for d in counts if d > ilvl]:
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or (restart and ilvl < restart):
                del counts[deeper]
        if level.fmt == "bullet":
            return ""
        values = [counts.get(k, levels[k].start if k in levels else 1) for k in range(9)]
        formats = [levels[k].fmt if k in levels else "decimal" for k in range(9)]
        text = fill_label(level.text, values, formats, level.legal)
        if not text or level.follow == 2:
            return text
        return text + (" " if text[-1].isascii() else "")


def numbering_of(sprms: dict[int, bytes] | None) -> tuple[int, int] | None:
    """(ilfo, ilvl) a paragraph's or style's properties give, None when they give none."""
    value = (sprms or {}).get(_SPRM_ILFO)
    if not value or len(value) < 2:
        return None
    ilvl = (sprms or {}).get(_SPRM_ILVL, b"\0")
    return struct.unpack_from("<h", value, 0)[0], ilvl[0] if ilvl else 0


def deleted_runs(word: bytes, table: bytes, fc_lcb, sprms) -> list[tuple[int, int]]:
    """File-offset ranges of text marked deleted (sprmCFRMarkDel on) in the ChpxFkp pages
    (FC_LCB and SPRMS: worddoc's readers of the FIB and of a grpprl, passed in to keep one home)."""
    fc, lcb = fc_lcb(word, _BTE_CHPX)
    plc = table[fc: fc + lcb]
    n = (len(plc) - 4) // 8
    out = []
    for i in range(max(n, 0)):
        pn = struct.unpack_from("<I", plc, 4 * (n + 1) + 4 * i)[0] & 0x3FFFFF
        page = word[pn * 512: pn * 512 + 512]
        if len(page) < 512:
            continue
        crun = page[511]
        rgfc = struct.unpack_from(f"<{crun + 1}I", page, 0)
        for r in range(crun):
            offset = 2 * page[4 * (crun + 1) + r]
            if not offset:
                continue
            mark = sprms(page[offset + 1: offset + 1 + page[offset]]).get(_SPRM_MARK_DEL)
            if mark and mark[0] in (1, 0x81):
                out.append((rgfc[r], rgfc[r + 1]))
    return out
