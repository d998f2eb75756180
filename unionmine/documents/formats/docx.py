"""Read a Word .docx file after zip-bomb checks."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ...errors import InputError
from ..limits import MB, Limits, readable_size
from .docx_text import BodyReader
from .layout import mark_headings, paragraph_outline_level
from .sniff import LEGACY_DOC, OLE_MAGIC


def checked_zip(data: bytes, limits: Limits, label: str) -> list[zipfile.ZipInfo]:
    """The members of a zipped office file (.docx, .odt), refused before parsing when corrupt or
    when it would expand past the limits (a zip bomb)."""
    import io

    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        reason = f"corrupt {label}: not a zip archive ({exc})"  # codes docx_corrupt, odt_corrupt
        raise InputError(reason) from None
    total = sum(info.file_size for info in infos)
    ratio = total / max(len(data), 1)
    if total > limits.max_uncompressed_mb * MB or (
        total > MB and ratio > limits.max_expansion_ratio
    ):
        reason = (  # codes docx_bomb, odt_bomb
            f"{label} expands to {readable_size(total)} (ratio {ratio:,.0f}:1): refused as a possible zip bomb "
            f"(limits --max-uncompressed-mb {limits.max_uncompressed_mb:g}, "
            f"--max-expansion-ratio {limits.max_expansion_ratio:g})"
        )
        raise InputError(reason)
    return infos


def read_docx(path: Path, data: bytes, limits: Limits) -> tuple[str, list[str]]:
    """Text and warnings of a .docx (DATA read from PATH), within LIMITS; InputError for a legacy or broken file."""
    import io

    if data.startswith(OLE_MAGIC):
        raise InputError(LEGACY_DOC)
    infos = checked_zip(data, limits, ".docx")
    names = {info.filename for info in infos}
    if "word/document.xml" not in names:
        raise InputError("not a Word document: the .docx archive has no word/document.xml")
    try:
        import docx
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
        reader = BodyReader(_related(document.part, RT.NUMBERING), document.styles.element,
                            lambda p: paragraph_outline_level(Paragraph(p, document)), document)
        reader.block(document.element.body)  # (headers and footers live in other parts: left out)
        lines = reader.lines
        text = "\n".join(mark_headings(lines))
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - python-docx raises many types on broken files
        raise InputError(f"corrupt .docx: {type(exc).__name__}: {exc}") from None
    if not text.strip():
        raise InputError(".docx has no text")
    return text, []


def _related(part, reltype):
    """The XML of the part PART relates by RELTYPE (numbering.xml), None when it has none."""
    try:
        return part.part_related_by(reltype).element
    except (KeyError, AttributeError):
        return None
