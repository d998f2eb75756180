"""Read a Word 97-2003 binary document (.doc, and WPS Office's .wps, which is the same format).

The file is an OLE compound file (read with ``olefile``); its text is laid out as [MS-DOC]
(Microsoft's "Word (.doc) Binary File Format" specification) says:

- the FIB at the start of the ``WordDocument`` stream (§2.5.1) gives the flags (fEncrypted,
  fWhichTblStm: which of ``0Table``/``1Table`` holds the tables), the character counts of the
  main text, footnotes, headers, comments, endnotes and text boxes (FibRgLw97), and the offsets
  of the piece table (fcClx, §2.9.38), the paragraph property pages (fcPlcfBtePapx, §2.8.8)
  and the style sheet (fcStshf, §2.9.271);
- the piece table maps character positions to the stream: each piece is either "compressed"
  (one byte a character, the cp1252 repertoire, §2.4.1) or UTF-16LE; Chinese text is always
  in UTF-16 pieces, and one document may mix both kinds;
- a paragraph's properties (its style, whether it is in a table or ends a table row, its
  outline level) are in 512-byte FKP pages (PapxFkp, §2.9.175) found by the file offset of
  its paragraph mark; the style's built-in identifier (sti 1-9 = Heading 1-9, §2.9.260),
  name (``标题 1``) or outline level makes a heading, as ``docx.py`` reads a .docx.

The main text is read, then the text of its text boxes (the textbox story, which follows the
main, footnote, header, comment and endnote stories in the character positions; FibRgLw97's
ccpTxbx), each box once, as lines after the main text. Headers and footers stay out (as for
.docx), and with them the header's text boxes (ccpHdrTxbx); footnotes, endnotes and comments
are dropped with a warning. Field codes (``HYPERLINK …``, ``PAGE``)
are dropped and their shown result kept. Table cells are joined by tabs, one row a line.
"""

from __future__ import annotations

import io
import struct
from bisect import bisect_right
from dataclasses import dataclass

from ...errors import InputError
from .layout import HEADING_STYLE, Line, mark_headings
from .worddoc_lists import DocLists, deleted_runs, numbering_of

_FIB_MAGIC = 0xA5EC
_NFIB_WORD97 = 0xC1  # 193: Word 97; lower numbers are Word 6/95 (text in a code page, no pieces)
_F_ENCRYPTED, _F_WHICH_TABLE, _F_OBFUSCATED = 0x0100, 0x0200, 0x8000
_FC_LCB = 154  # FibRgFcLcb97 starts here; pair K (fc, lcb) is at _FC_LCB + 8*K
_STSHF, _BTE_PAPX, _CLX = 1, 13, 33
#: (what, FibRgLw97 offset of its character count) for the text after the main document, in story
#: order (88: the macro story of Word 6, 0 since); the text boxes' story follows them all
_OTHER_TEXT = (("footnotes", 80), ("headers and footers", 84), ("macros", 88), ("comments", 92),
               ("endnotes", 96))
_CCP_TEXT, _CCP_TXBX = 76, 100
#: stories whose text stays out without a word, as a .docx's headers, footers and their text boxes do
_SILENT = ("headers and footers", "macros")
_SPRM_IN_TABLE, _SPRM_TTP, _SPRM_OUTLINE = 0x2416, 0x2417, 0x2640
_SPRM_INNER_TTP, _SPRM_ITAP = 0x244C, 0x6649
_OPERAND_SIZE = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}  # by spra, the top 3 bits (§2.2.5.1)
#: compressed pieces: cp1252, with the five bytes it leaves undefined kept as their code point
_CP1252 = {b: (bytes([b]).decode("cp1252", "ignore") or chr(b)) for b in range(256)}
_CP1252_TABLE = str.maketrans({chr(b): s for b, s in _CP1252.items() if s != chr(b)})
_DROP_CHARS = str.maketrans({"\x01": None, "\x02": None, "\x05": None, "\x08": None,
                             "\x1f": None, "\x1e": "-", "\x0b": "\n", "\x0c": "\n", "\x0e": "\n"})

PASSWORD = ("password-protected Word document: it is encrypted and needs a password; "
            "save an unprotected copy")


def _corrupt(why: str) -> InputError:
    return InputError(f"corrupt Word 97-2003 document: {why}")


def read_ole_word(data: bytes) -> tuple[str, list[str]]:
    """Text of an OLE (compound) file that holds a Word 97-2003 document; InputError otherwise."""
    import olefile  # deferred: only .doc/.wps files need it

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
        streams = {"/".join(entry) for entry in ole.listdir()}
        if "EncryptionInfo" in streams or "EncryptedPackage" in streams:
            raise InputError("password-protected Office file (an encrypted .docx inside an OLE "
                             "wrapper): it needs a password; save an unprotected copy")
        if "WordDocument" not in streams:
            other = ("an Excel workbook" if {"Workbook", "Book"} & streams else
                     "a PowerPoint presentation" if "PowerPoint Document" in streams else None)
            raise InputError(
                f"not a Word document: the OLE file is {other}" if other else
                "not a Word 97-2003 document: the OLE file has no WordDocument stream (an old "
                "WPS 2000 or other office file?); save it as .docx")
        word = ole.openstream("WordDocument").read()
        flags = struct.unpack_from("<H", word, 10)[0] if len(word) >= 12 else 0
        table_name = "1Table" if flags & _F_WHICH_TABLE else "0Table"
        table = ole.openstream(table_name).read() if table_name in streams else b""
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - olefile raises many types on broken files
        raise _corrupt(f"{type(exc).__name__}: {exc}") from None
    try:
        lines, warnings = _document_lines(word, table, table_name)
    except InputError:
        raise
    except (struct.error, IndexError, ValueError, KeyError, OverflowError) as exc:
        raise _corrupt(f"{type(exc).__name__}: {exc}") from None
    text = "\n".join(mark_headings(lines))
    if not text.strip():
        raise InputError("Word 97-2003 document has no text")
    return text, warnings


# ---------------------------------------------------------------------------------------------
# FIB and piece table
# ---------------------------------------------------------------------------------------------


def _fc_lcb(word: bytes, k: int) -> tuple[int, int]:
    cb_rg = struct.unpack_from("<H", word, 152)[0]
    if k >= cb_rg:
        return 0, 0
    return struct.unpack_from("<II", word, _FC_LCB + 8 * k)


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
        raise _corrupt("no piece table")
    lcb = struct.unpack_from("<I", clx, pos + 1)[0]
    plc = clx[pos + 5: pos + 5 + lcb]
    if len(plc) < lcb or (lcb - 4) % 12:
        raise _corrupt("piece table cut short")
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
            raise _corrupt("text runs past the end of the file")
        parts.append(text)
    return "".join(parts)


# ---------------------------------------------------------------------------------------------
# Paragraph properties and styles
# ---------------------------------------------------------------------------------------------


def _sprms(grpprl: bytes) -> dict[int, bytes]:
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
    fc, lcb = _fc_lcb(word, _BTE_PAPX)
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
            raise _corrupt("paragraph properties page past the end of the file")
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
                    para = Para(struct.unpack_from("<H", body, 0)[0], _sprms(body[2:]))
            starts.append(rgfc[r])
            props.append(para)
    order = sorted(range(len(starts)), key=starts.__getitem__)
    return [starts[i] for i in order], [props[i] for i in order]


def style_levels(word: bytes, table: bytes, numbers: dict[int, tuple[int, int]] | None = None) -> dict[int, int]:
    """0-based outline level of each paragraph style that is a heading (by sti, name, or outline
    level, following base styles), from the STSH (§2.9.271); NUMBERS, when given, is filled with
    the (ilfo, ilvl) list numbering a style gives (its own, not its base's)."""
    fc, lcb = _fc_lcb(word, _STSHF)
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
            style_number = numbering_of(_sprms(std[upx + 4: upx + 2 + struct.unpack_from("<H", std, upx)[0]]))
            if style_number and style_number[0] > 0:
                numbers[istd] = style_number
        if 1 <= sti <= 9:
            level = sti - 1
        elif (m := HEADING_STYLE.match(name.strip())):
            level = int(m.group(1)) - 1
        elif upx + 4 <= len(std):
            cb_upx = struct.unpack_from("<H", std, upx)[0]
            outline = _sprms(std[upx + 4: upx + 2 + cb_upx]).get(_SPRM_OUTLINE)
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


# ---------------------------------------------------------------------------------------------
# The document
# ---------------------------------------------------------------------------------------------


def _strip_fields(text: str) -> str:
    """Field codes out, shown results kept: 0x13 code 0x14 result 0x15 (fields may nest)."""
    out, stack = [], []  # stack: for each open field, True while in its code part
    for ch in text:
        if ch == "\x13":
            stack.append(True)
        elif ch == "\x14":
            if stack:
                stack[-1] = False
        elif ch == "\x15":
            if stack:
                stack.pop()
        elif not any(stack):
            out.append(ch)
    return "".join(out)


def _document_lines(word: bytes, table: bytes, table_name: str) -> tuple[list[Line], list[str]]:
    if len(word) < _FC_LCB + 8 * (_CLX + 1):
        raise _corrupt("the file information block is cut short")
    magic, nfib = struct.unpack_from("<HH", word, 0)
    if magic != _FIB_MAGIC:
        raise InputError("not a Word document: the WordDocument stream has no Word signature")
    flags = struct.unpack_from("<H", word, 10)[0]
    if flags & (_F_ENCRYPTED | _F_OBFUSCATED):
        raise InputError(PASSWORD)
    if nfib < _NFIB_WORD97:
        raise InputError("Word 6.0/95 document (older than Word 97) is not supported; "
                         "open it in Word, WPS or LibreOffice and save it as .docx")
    if not table:
        raise _corrupt(f"the {table_name} stream is missing")
    ccp_text = struct.unpack_from("<i", word, _CCP_TEXT)[0]
    fc_clx, lcb_clx = _fc_lcb(word, _CLX)
    pieces = pieces_of(table[fc_clx: fc_clx + lcb_clx])
    deleted = deleted_runs(word, table, _fc_lcb, _sprms)
    text = _without_deleted(piece_text(word, pieces, ccp_text), pieces, deleted)
    warnings = [f"Word 97-2003 {what} left out ({n:,} characters)"
                for what, off in _OTHER_TEXT if what not in _SILENT and (n := struct.unpack_from("<i", word, off)[0]) > 1]
    boxes, box_warning = _text_box_lines(word, pieces, deleted)
    warnings += box_warning
    starts, props = paragraph_runs(word, table)
    style_numbers: dict[int, tuple[int, int]] = {}
    levels = style_levels(word, table, style_numbers)
    lists = DocLists(word, table, _fc_lcb)
    piece_cps = [p.cp for p in pieces]

    def props_at(cp: int) -> Para:
        piece = pieces[max(bisect_right(piece_cps, cp) - 1, 0)]
        k = bisect_right(starts, piece.fc_of(cp)) - 1
        return props[k] if 0 <= k < len(props) else Para()

    lines: list[Line] = []
    cells: list[str] = []
    cell: list[str] = []
    start = 0
    for cp, ch in enumerate(text):
        if ch not in "\r\x07":
            continue
        para_text = _strip_fields(text[start:cp]).translate(_DROP_CHARS).strip()
        start = cp + 1
        para = props_at(cp)
        number = numbering_of(para.sprms) or style_numbers.get(para.istd)
        if number and number[0] > 0 and para_text:
            para_text = lists.label(*number) + para_text
        in_table = para.flag(_SPRM_IN_TABLE) or bool((para.sprms or {}).get(_SPRM_ITAP, b"\0")[0])
        if para.flag(_SPRM_TTP) or para.flag(_SPRM_INNER_TTP):  # the row's end mark
            if cell:
                cells.append(" ".join(cell))
            lines.append(Line("\t".join(c for c in cells)))
            cells, cell = [], []
        elif ch == "\x07" or in_table:
            if para_text:
                cell.append(para_text)
            if ch == "\x07":
                cells.append(" ".join(cell))
                cell = []
        else:
            if cells or cell:  # a table without its row marks: flush what it held
                lines.append(Line("\t".join(cells + [" ".join(cell)]).strip()))
                cells, cell = [], []
            outline = (para.sprms or {}).get(_SPRM_OUTLINE)
            level = (outline[0] if outline[0] < 9 else None) if outline else levels.get(para.istd)
            for k, part in enumerate(para_text.split("\n")):
                lines.append(Line(part.strip(), level if k == 0 else None))
    if cells or cell:
        lines.append(Line("\t".join(cells + [" ".join(cell)]).strip()))
    tail = _strip_fields(text[start:]).translate(_DROP_CHARS).strip()
    if tail:
        lines.append(Line(tail))
    return lines + boxes, warnings


def _text_box_lines(word: bytes, pieces: list[Piece], deleted: list[tuple[int, int]]) -> tuple[list[Line], list[str]]:
    """The lines of the main document's text boxes (the textbox story, after the main text and the
    footnote, header, comment and endnote stories), each box once; a story the pieces do not hold
    is left out with a warning, as before boxes were read."""
    n = struct.unpack_from("<i", word, _CCP_TXBX)[0]
    if n <= 1:  # none, or only the story's closing mark
        return [], []
    start = struct.unpack_from("<i", word, _CCP_TEXT)[0] + sum(
        struct.unpack_from("<i", word, off)[0] for _what, off in _OTHER_TEXT)
    try:
        story = _without_deleted(piece_text(word, pieces, start + n), pieces, deleted)[start:]
    except InputError:
        return [], [f"Word 97-2003 text boxes left out ({n:,} characters)"]
    paragraphs = (_strip_fields(p).translate(_DROP_CHARS) for p in story.replace("\x07", "\r").split("\r"))
    return [Line(part.strip()) for p in paragraphs for part in p.split("\n") if part.strip()], []


def _without_deleted(text: str, pieces: list[Piece], deleted: list[tuple[int, int]]) -> str:
    """TEXT with the characters of deleted revisions made \x01 (dropped later), so that character
    positions still match; paragraph and cell marks stay, a deleted paragraph becomes empty."""
    if not deleted:
        return text
    chars = list(text)
    for piece in pieces:
        width = 1 if piece.compressed else 2
        end_fc = piece.fc + (piece.cp_end - piece.cp) * width
        for start, stop in deleted:
            lo, hi = max(start, piece.fc), min(stop, end_fc)
            for cp in range(piece.cp + (lo - piece.fc) // width, piece.cp + (hi - piece.fc + width - 1) // width):
                if cp < len(chars) and chars[cp] not in "\r\x07":
                    chars[cp] = "\x01"
    return "".join(chars)
