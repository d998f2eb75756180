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

The structures (the FIB's pairs, the piece table, paragraph properties, the style sheet) are read in
``worddoc_structures``, list numbering and tracked deletions in ``worddoc_lists``; this module reads the
stories through them.
"""

from __future__ import annotations

import io
import struct
from bisect import bisect_right

from ...errors import InputError
from .layout import Line, mark_headings
from .worddoc_lists import DocLists, deleted_runs, numbering_of
from .worddoc_structures import (
    FC_LCB,
    SPRM_OUTLINE,
    Para,
    Piece,
    corrupt_error,
    fc_lcb,
    paragraph_runs,
    parse_sprms,
    piece_text,
    pieces_of,
    style_levels,
)

_FIB_MAGIC = 0xA5EC
_NFIB_WORD97 = 0xC1  # 193: Word 97; lower numbers are Word 6/95 (text in a code page, no pieces)
_F_ENCRYPTED, _F_WHICH_TABLE, _F_OBFUSCATED = 0x0100, 0x0200, 0x8000
_CLX = 33
#: (what, FibRgLw97 offset of its character count) for the text after the main document, in story
#: order (88: the macro story of Word 6, 0 since); the text boxes' story follows them all
_OTHER_TEXT = (("footnotes", 80), ("headers and footers", 84), ("macros", 88), ("comments", 92),
               ("endnotes", 96))
_CCP_TEXT, _CCP_TXBX = 76, 100
#: stories whose text stays out without a word, as a .docx's headers, footers and their text boxes do
_SILENT = ("headers and footers", "macros")
_SPRM_IN_TABLE, _SPRM_TTP = 0x2416, 0x2417
_SPRM_INNER_TTP, _SPRM_ITAP = 0x244C, 0x6649
_DROP_CHARS = str.maketrans({"\x01": None, "\x02": None, "\x05": None, "\x08": None,
                             "\x1f": None, "\x1e": "-", "\x0b": "\n", "\x0c": "\n", "\x0e": "\n"})

PASSWORD = ("password-protected Word document: it is encrypted and needs a password; "
            "save an unprotected copy")


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
        raise corrupt_error(f"{type(exc).__name__}: {exc}") from None
    try:
        lines, warnings = _document_lines(word, table, table_name)
    except InputError:
        raise
    except (struct.error, IndexError, ValueError, KeyError, OverflowError) as exc:
        raise corrupt_error(f"{type(exc).__name__}: {exc}") from None
    text = "\n".join(mark_headings(lines))
    if not text.strip():
        raise InputError("Word 97-2003 document has no text")
    return text, warnings


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
    if len(word) < FC_LCB + 8 * (_CLX + 1):
        raise corrupt_error("the file information block is cut short")
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
        raise corrupt_error(f"the {table_name} stream is missing")
    ccp_text = struct.unpack_from("<i", word, _CCP_TEXT)[0]
    fc_clx, lcb_clx = fc_lcb(word, _CLX)
    pieces = pieces_of(table[fc_clx: fc_clx + lcb_clx])
    deleted = deleted_runs(word, table, fc_lcb, parse_sprms)
    text = _without_deleted(piece_text(word, pieces, ccp_text), pieces, deleted)
    warnings = [f"Word 97-2003 {what} left out ({n:,} characters)"
                for what, off in _OTHER_TEXT if what not in _SILENT and (n := struct.unpack_from("<i", word, off)[0]) > 1]
    boxes, box_warning = _text_box_lines(word, pieces, deleted)
    warnings += box_warning
    starts, props = paragraph_runs(word, table)
    style_numbers: dict[int, tuple[int, int]] = {}
    levels = style_levels(word, table, style_numbers)
    lists = DocLists(word, table, fc_lcb)
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
            outline = (para.sprms or {}).get(SPRM_OUTLINE)
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
