"""The [MS-DOC] structures of a Word 97-2003 binary document that ``worddoc`` reads its text through.

The FIB's (fc, lcb) pairs (§2.5.1), the piece table (a Clx, §2.9.38) and the text of its pieces
(compressed cp1252 or UTF-16LE, §2.4.1), the paragraph properties of the PapxFkp pages (§2.9.175)
with their sprms (§2.2.5.1), and the style sheet's heading levels and list numbering (STSH,
§2.9.271).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from ...errors import InputError
from .layout import HEADING_STYLE
from .worddoc_lists import numbering_of

FC_LCB = 154  # FibRgFcLcb97 starts here; pair K (fc, lcb) is at FC_LCB + 8*K
_STSHF, _BTE_PAPX = 1, 13
SPRM_OUTLINE = 0x2640
_OPERAND_SIZE = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}  # by spra, the top 3 bits (§2.2.5.1)
#: compressed pieces: cp1252, with the five bytes it leaves undefined kept as their code point
_CP1252 = {b: (bytes([b]).decode("cp1252", "ignore") or chr(b)) for b in range(256)}
_CP1252_TABLE = str.maketrans({chr(b): s for b, s in _CP1252.items() if s != chr(b)})


def corrupt_error(why: str) -> InputError:
    """The error a broken Word 97-2003 document gives, saying WHY."""
    return InputError(f"corrupt Word 97-2003 document: {why}")


# ---------------------------------------------------------------------------------------------
# FIB and piece table
# ---------------------------------------------------------------------------------------------


def fc_lcb(word: bytes, k: int) -> tuple[int, int]:
    """The FIB's Kth (fc, lcb) pair in the WordDocument stream WORD: where a structure starts, its size."""
    cb_rg = struct.unpack_from("<H", word, 152)[0]
    if k >= cb_rg:
        return 0, 0
    return struct.unpack_from("<II", word, FC_LCB + 8 * k)


@dataclass
class Piece:
    cp: int  # first character position
    cp_end: int
    fc: int  # byte offset in WordDocument
    compressed: bool

    def fc_of(self, cp: int) -> int:
        return self.fc + (cp - self.cp) * (1 if self.compressed else 2)


def pieces_of(clx: bytes) -> list[Piece]:
    """The pieces of a Clx (§2.9.38): Prc entries (0x01, skipped) then one Pcdt (0x02)."""
    pos = 0
    while pos < len(clx) and clx[pos] == 0x01:
        pos += 3 + struct.unpack_from("<H", clx, pos + 1)[0]
    if pos >= len(clx) or clx[pos] != 0x02:
        raise corrupt_error("no piece table")
    lcb = struct.unpack_from("<I", clx, pos + 1)[0]
    plc = clx[pos + 5: pos + 5 + lcb]
    if len(plc) < lcb or (lcb - 4) % 12:
        raise corrupt_error("piece table cut short")
    n = (lcb - 4) // 12
    cps = struct.unpack_from(f"<{n + 1}i", plc, 0)
    out = []
    for i in range(n):
        raw = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * i + 2)[0]
        compressed = bool(raw & 0x40000000)
        fc = (raw & 0x3FFFFFFF) // 2 if compressed else raw & 0x3FFFFFFF
        out.append(Piece(cps[i], cps[i + 1], fc, compressed))
    return out


def piece_text(word: bytes, pieces: list[Piece], cp_end: int) -> str:
    """The characters 0..CP_END, each piece decoded as its kind says."""
    parts = []
    for piece in pieces:
        if piece.cp >= cp_end:
            break
        n = min(piece.cp_end, cp_end) - piece.cp
        if piece.compressed:
            chunk = word[piece.fc: piece.fc + n]
            text = chunk.decode("latin-1").translate(_CP1252_TABLE)
        else:
            chunk = word[piece.fc: piece.fc + 2 * n]
            text = chunk.decode("utf-16-le", "replace")
        if len(text) < n:
            raise corrupt_error("text runs past the end of the file")
        parts.append(text)
    return "".join(parts)


# ---------------------------------------------------------------------------------------------
# Paragraph properties and styles
# ---------------------------------------------------------------------------------------------


def parse_sprms(grpprl: bytes) -> dict[int, bytes]:
    """The property modifiers of a grpprl (§2.2.5.1): each sprm's operation code → its operand bytes."""
    out, pos = {}, 0
    while pos + 2 <= len(grpprl):
        op = struct.unpack_from("<H", grpprl, pos)[0]
        pos += 2
        spra = op >> 13
        if spra == 6:  # variable: a size byte (two for sprmTDefTable and sprmPChgTabs)
            if op == 0xD608:
                size = struct.unpack_from("<H", grpprl, pos)[0] - 1
                pos += 2
            else:
                size = grpprl[pos] if pos < len(grpprl) else 0
                pos += 1
        else:
            size = _OPERAND_SIZE[spra]
        out[op] = grpprl[pos: pos + size]
        pos += size
    return out


@dataclass
class Para:
    istd: int = 0
    sprms: dict[int, bytes] | None = None

    def flag(self, op: int) -> bool:
        value = (self.sprms or {}).get(op)
        return bool(value and value[0])


def paragraph_runs(word: bytes, table: bytes) -> tuple[list[int], list[Para]]:
    """Sorted run starts (file offsets) and each run's paragraph properties, from the PapxFkps."""
    fc, lcb = fc_lcb(word, _BTE_PAPX)
    if not lcb:
        return [], []
    plc = table[fc: fc + lcb]
    n = (len(plc) - 4) // 8
    starts: list[int] = []
    props: list[Para] = []
    for i in range(n):
        pn = struct.unpack_from("<I", plc, 4 * (n + 1) + 4 * i)[0] & 0x3FFFFF
        page = word[pn * 512: pn * 512 + 512]
        if len(page) < 512:
            raise corrupt_error("paragraph properties page past the end of the file")
        crun = page[511]
        rgfc = struct.unpack_from(f"<{crun + 1}I", page, 0)
        for r in range(crun):
            b_offset = page[4 * (crun + 1) + 13 * r]
            para = Para()
            if b_offset:
                o = 2 * b_offset
                cb = page[o]
                body = page[o + 2: o + 2 + 2 * page[o + 1]] if cb == 0 else page[o + 1: o + 2 * cb]
                if len(body) >= 2:
                    para = Para(struct.unpack_from("<H", body, 0)[0], parse_sprms(body[2:]))
            starts.append(rgfc[r])
            props.append(para)
    order = sorted(range(len(starts)), key=starts.__getitem__)
    return [starts[i] for i in order], [props[i] for i in order]


def style_levels(word: bytes, table: bytes, numbers: dict[int, tuple[int, int]] | None = None) -> dict[int, int]:
    """0-based outline level of each paragraph style that is a heading (by sti, name, or outline
    level, following base styles), from the STSH (§2.9.271); NUMBERS, when given, is filled with
    the (ilfo, ilvl) list numbering a style gives (its own, not its base's)."""
    fc, lcb = fc_lcb(word, _STSHF)
    stsh = table[fc: fc + lcb]
    if len(stsh) < 6:
        return {}
    cb_stshi = struct.unpack_from("<H", stsh, 0)[0]
    cstd, cb_base = struct.unpack_from("<HH", stsh, 2)
    pos = 2 + cb_stshi
    own: dict[int, int] = {}
    bases: dict[int, int] = {}
    for istd in range(cstd):
        if pos + 2 > len(stsh):
            break
        cb = struct.unpack_from("<H", stsh, pos)[0]
        std = stsh[pos + 2: pos + 2 + cb]
        pos += 2 + cb
        if len(std) < max(cb_base, 4) + 2:
            continue
        sti = struct.unpack_from("<H", std, 0)[0] & 0x0FFF
        stk_base = struct.unpack_from("<H", std, 2)[0]
        if stk_base & 0x000F != 1:  # paragraph styles only
            continue
        bases[istd] = stk_base >> 4
        cch = struct.unpack_from("<H", std, cb_base)[0]
        name = std[cb_base + 2: cb_base + 2 + 2 * cch].decode("utf-16-le", "replace")
        upx = cb_base + 2 + 2 * cch + 2
        upx += upx % 2
        level = None
        if numbers is not None and upx + 4 <= len(std):
            style_number = numbering_of(parse_sprms(std[upx + 4: upx + 2 + struct.unpack_from("<H", std, upx)[0]]))
            if style_number and style_number[0] > 0:
                numbers[istd] = style_number
        if 1 <= sti <= 9:
            level = sti - 1
        elif (m := HEADING_STYLE.match(name.strip())):
            level = int(m.group(1)) - 1
        elif upx + 4 <= len(std):
            cb_upx = struct.unpack_from("<H", std, upx)[0]
            outline = parse_sprms(std[upx + 4: upx + 2 + cb_upx]).get(SPRM_OUTLINE)
            if outline and outline[0] < 9:
                level = outline[0]
        if level is not None:
            own[istd] = level
    levels = {}
    for istd in bases:
        cur, hops = istd, 0
        while cur not in own and cur in bases and cur != bases[cur] and hops < 10:
            cur, hops = bases[cur], hops + 1
        if cur in own:
            levels[istd] = own[cur]
    return levels
