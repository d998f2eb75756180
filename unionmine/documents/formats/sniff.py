"""Tell a file's real format from its first bytes (magic numbers)."""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------
# Formats
# ---------------------------------------------------------------------------------------------

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "zip"),
    (OLE_MAGIC, "ole"),
    (b"{\\rtf", "rtf"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
)
LEGACY_DOC = (
    "legacy Word .doc (or a password-protected .docx) is not supported; "
    "open it in Word or LibreOffice and save it as .docx without a password"
)


def sniff(head: bytes) -> str | None:
    """The format a file's first bytes HEAD say it is (``pdf``, ``zip``, ``ole``, ``rtf``, an image …), or None."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    return None
