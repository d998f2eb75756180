"""Read the text layer of a PDF file."""

from __future__ import annotations

import re
from pathlib import Path

from ...errors import InputError
from .layout import PdfLine, pdf_text

_CID_RE = re.compile(r"\(cid:\d+\)")


def _pdf_lines(page) -> list[PdfLine]:
    """The page's text lines in reading order, each with its left and right edge and its height."""
    return [PdfLine(line["text"], float(line["x0"]), float(line["x1"]), float(line["bottom"]) - float(line["top"]))
            for line in page.extract_text_lines(return_chars=False) if line["text"].strip()]


def _read_pdf(path: Path, data: bytes) -> tuple[str, list[str]]:
    import io

    warnings: list[str] = []
    try:
        import pdfplumber
        from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

        try:
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                laid_out = [_pdf_lines(page) for page in pdf.pages]
        except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
            raise InputError(
                f"encrypted PDF: it needs a password ({type(exc).__name__}); save an unprotected copy"
            ) from None
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many types on broken files
        # pdfplumber wraps pdfminer's errors: look at the wrapped one too.
        inner = (
            exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc.__context__
        )
        name = (
            type(exc).__name__ if inner is None else f"{type(exc).__name__}/{type(inner).__name__}"
        )
        if "Password" in name or "Encrypt" in name:
            raise InputError(
                f"encrypted PDF: it needs a password ({name}); save an unprotected copy"
            ) from None
        raise InputError(f"corrupt or unreadable PDF: {name}: {exc}") from None
    pages = ["\n".join(line.text for line in page) for page in laid_out]
    text, _n_chrome = pdf_text(laid_out)  # running headers, page markers and layout breaks out
    n_cid = len(_CID_RE.findall(text))
    if n_cid:
        text = _CID_RE.sub("", text)
        if not text.strip():
            raise InputError(
                "PDF text cannot be decoded (fonts without a Unicode map); OCR it first"
            )
        warnings.append(f"{n_cid} PDF glyphs without a Unicode map were dropped")
    if not text.strip():
        raise InputError("PDF has no text layer (scanned image?); OCR it first")
    empty = sum(1 for p in pages if not p.strip())
    if empty:
        warnings.append(f"{empty} of {len(pages)} PDF pages have no text layer (scanned?)")
    return text, warnings
