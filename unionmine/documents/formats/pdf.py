"""Read the text layer of a PDF file."""

from __future__ import annotations

import re
from pathlib import Path

from ...errors import InputError
from .layout import PdfLine, pdf_text

_CID_RE = re.compile(r"\(cid:\d+\)")
_CJK = "[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]"
#: Word and LibreOffice widen the gap between Chinese and Latin or digits (autospace, on by
#: default), and set a tab or space after a list number (一、, （一）); in a title's large type the
#: gap is wider than the text extractor's tolerance and comes out as a space (城南一中工会 2022 年):
#: a space no Chinese writer typed, which splits the title, the year and the words around it.
_AUTOSPACE = re.compile(rf"(?<={_CJK}) +(?=[0-9A-Za-z%])|(?<=[0-9A-Za-z%]) +(?={_CJK})"
                        r"|(?<=[、，。：；）】」》〕]) +")


def _pdf_lines(page) -> list[PdfLine]:
    """The page's text lines in reading order, each with its left and right edge and its height."""
    return [PdfLine(_AUTOSPACE.sub("", line["text"]), float(line["x0"]), float(line["x1"]),
                    float(line["bottom"]) - float(line["top"]))
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
