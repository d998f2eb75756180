"""Read a document pasted into an Excel workbook (.xlsx; USER12, session 17).

An office that keeps its files in Excel pastes a plan or a summary into a sheet: the title in one cell, then one
paragraph a row, all in one column (or merged across a few). That is a document, read as one: each row's text cells
(left to right, joined by a tab) are a line, sheet after sheet. A workbook of tables (活动统计表, 经费明细: short
cells, numbers, a header row) is no document: it is refused with the code ``xlsx_table``, as before it was skipped as
an unsupported type. A sheet is pasted text when at least ``PROSE_CELLS`` of its cells are prose (a sentence mark
and ``PROSE_CHARS`` Chinese characters) and those hold at least ``PROSE_SHARE`` of the workbook's Chinese
characters. The workbook is opened read-only with its cached values (no formula is computed), after the zip checks
every zipped office file gets (``docx.checked_zip``).
"""

from __future__ import annotations

import io
import re

from ...errors import InputError
from ...text.normalize import CJK_RE
from ..limits import Limits
from .docx import checked_zip

PROSE_CELLS = 3
PROSE_CHARS = 20
PROSE_SHARE = 0.6
_SENTENCE = re.compile(r"[。；;！？]")


def read_xlsx(data: bytes, limits: Limits) -> tuple[str, list[str]]:
    """(text, warnings) of a document pasted into a workbook; InputError for a workbook of tables."""
    checked_zip(data, limits, ".xlsx")
    import openpyxl  # deferred: a heavy import only workbooks need

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on a broken workbook
        raise InputError(f"corrupt .xlsx: {type(exc).__name__}") from None
    lines: list[str] = []
    try:
        for sheet in book.worksheets:
            for row in sheet.iter_rows(values_only=True):
                cells = [" ".join(str(v).split()) for v in row if isinstance(v, str) and v.strip()]
                if cells:
                    lines.append("\t".join(cells))
    finally:
        book.close()
    cells = [c for line in lines for c in line.split("\t")]
    prose = [c for c in cells if _SENTENCE.search(c) and len(CJK_RE.findall(c)) >= PROSE_CHARS]
    total = sum(len(CJK_RE.findall(c)) for c in cells)
    if len(prose) < PROSE_CELLS or sum(len(CJK_RE.findall(c)) for c in prose) < PROSE_SHARE * max(total, 1):
        raise InputError("workbook (.xlsx) holds tables, not a pasted document: not read")
    return "\n".join(lines), []
