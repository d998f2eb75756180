"""Read the text layer of a PDF file."""

from __future__ import annotations

import re
from pathlib import Path

from ...errors import InputError
from .layout import PdfLine, pdf_text

_CID_RE = re.compile(r"\(cid:\d+\)")
_CJK = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
_LATIN = re.compile("[0-9A-Za-z%]")
_CLOSING = frozenset("、，。：；）】」》〕")


def _gap_space_dropped(before: str, after: str) -> bool:
    """Word and LibreOffice widen the gap between Chinese and Latin or digits (autospace, on by
    default) and set a tab after a list number (一、, （一）); in a title's large type the gap is
    wider than the text extractor's tolerance and comes out as a space (城南一中工会 2022 年): a
    space no writer typed, which splits the title, the year and the words around it."""
    return (bool(_CJK.match(before)) and bool(_LATIN.match(after))) or (
        bool(_LATIN.match(before)) and bool(_CJK.match(after))) or before in _CLOSING


def _line_text(line: dict, typed_spaces: list[tuple[float, float, float]]) -> str:
    """The line's text without the spaces the extractor made of such gaps; a space glyph the
    writer typed (a character of the page) stays."""
    text, chars = line["text"], line["chars"]
    if " " not in text or len(chars) != len(text.replace(" ", "")):
        return text
    out: list[str] = []
    k = 0  # the index in chars of the next non-space character
    for i, ch in enumerate(text):
        if ch != " ":
            out.append(ch)
            k += 1
            continue
        if 0 < k < len(chars) and i + 1 < len(text) and _gap_space_dropped(text[i - 1], text[i + 1]):
            left, right, middle = chars[k - 1]["x1"], chars[k]["x0"], (line["top"] + line["bottom"]) / 2
            if not any(left - 0.5 <= x0 and x1 <= right + 0.5 and abs(y - middle) < line["bottom"] - line["top"]
                       for x0, x1, y in typed_spaces):
                continue
        out.append(ch)
    return "".join(out)


def _pdf_lines(page) -> list[PdfLine]:
    """The page's text lines in reading order, each with its left and right edge and its height."""
    typed = [(c["x0"], c["x1"], (c["top"] + c["bottom"]) / 2) for c in page.chars if c["text"] == " "]
    return [PdfLine(_line_text(line, typed), float(line["x0"]), float(line["x1"]),
                    float(line["bottom"]) - float(line["top"]))
            for line in page.extract_text_lines(return_chars=True) if line["text"].strip()]


def read_pdf(path: Path, data: bytes) -> tuple[str, list[str]]:
    """Text and warnings of a PDF (DATA read from PATH); InputError for an encrypted or broken file."""
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
