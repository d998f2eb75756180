"""Reading stage: any input file -> normalised text, or an InputError a user can act on.

Plain text is decoded in a fixed, explainable order (BOM, strict UTF-8, UTF-16 by its NUL
pattern, strict GB18030 / Big5 chosen by how plausible the result is, charset-normalizer last),
because detectors alone misread short or GBK-encoded Chinese (see PITFALLS.md). Word, HTML and
PDF files are opened only after cheap safety checks (size, zip bomb, magic bytes), and so are
Word 97-2003 (.doc/.wps), RTF, OpenDocument (.odt), OFD (.ofd), single-file web pages (.mht) and a document
pasted into a workbook (.xlsx; a workbook of tables is refused); the content
decides the reader, not the suffix (a .doc that is really a .docx, RTF or web page is read as
what it is, with a warning). Every
library exception is turned into an ``InputError`` so a bad file never stops a run.
"""

from __future__ import annotations

import errno
import stat
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..text.normalize import CJK_RE, normalize_text, split_long_lines, to_simplified
from .decode import decode_bytes
from .formats.address import html_address
from .formats.docx import read_docx
from .formats.feed import is_feed, read_feed
from .formats.html import html_page, read_html
from .formats.mht import is_mime, read_mht
from .formats.odt import read_odt
from .formats.ofd import read_ofd
from .formats.pdf import read_pdf
from .formats.rtf import read_rtf
from .formats.sniff import sniff
from .formats.worddoc import read_ole_word
from .formats.xlsx import read_xlsx
from .limits import MB, Limits, readable_size

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
#: Word 97-2003 binary documents and templates; WPS Office's .wps/.wpt are the same format
WORD97_SUFFIXES = frozenset({".doc", ".dot", ".wps", ".wpt"})
#: a web page saved as one file (MIME): IE's and Edge's 网页，单个文件, Word's 单个文件网页
MHT_SUFFIXES = frozenset({".mht", ".mhtml"})
SUPPORTED_SUFFIXES: frozenset[str] = (
    TEXT_SUFFIXES | HTML_SUFFIXES | WORD97_SUFFIXES | MHT_SUFFIXES
    | {".docx", ".pdf", ".rtf", ".odt", ".ofd", ".xlsx"}
)


@dataclass
class Decoded:
    """One read document: analysis text (Simplified), original text, how it was decoded.

    ``title_hint``: for a web page, the page's own title as its markup states it (the one
    ``<h1>``, else the main-content extractor's title from ``<title>``/``og:title``), normalised
    like the text but not converted to Simplified; None for other files. The article text
    of an extracted page starts at the body, so this is the describing stage's best title
    candidate for a one-article page (and the compilation's name for a page of many).
    """

    text: str
    original: str
    encoding: str
    warnings: list[str] = field(default_factory=list)
    title_hint: str | None = None
    #: for a web page, compact keys of the lines its markup marks as chrome (chrome containers,
    #: link-only lines; ``formats.html_structure``), which cleaning drops like chrome lines
    chrome_keys: frozenset[str] = frozenset()
    #: for a web page, the address it was saved from as it records it (``formats.address``), else None
    source_url: str | None = None
    #: for a WeChat article page, its account's words on who publishes it (its 功能介绍, then its name), else None
    writer_hint: str | None = None


# ---------------------------------------------------------------------------------------------
# The stage
# ---------------------------------------------------------------------------------------------


def _os_reason(exc: OSError, path: Path) -> str:
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    if isinstance(exc, FileNotFoundError) or exc.errno == errno.ENOENT:
        return "broken symlink (target missing)" if path.is_symlink() else "file not found"
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not a file"
    return f"cannot read file: {exc.strerror or exc}"


def _read_bytes(path: Path, limits: Limits) -> bytes:
    try:
        info = path.stat()
    except RuntimeError:  # pathlib on Python < 3.13 reports loops this way
        raise InputError("symlink loop") from None
    except OSError as exc:
        raise InputError(_os_reason(exc, path)) from None
    if stat.S_ISDIR(info.st_mode):
        if path.is_symlink() and _points_to_ancestor(path):
            raise InputError("symlink loop")
        raise InputError("is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise InputError("not a regular file (device, pipe or socket)")
    if info.st_size > limits.max_file_mb * MB:
        raise InputError(
            f"file is {readable_size(info.st_size)}, larger than the {limits.max_file_mb:g} MB limit (--max-file-mb)"
        )
    limit = int(limits.max_file_mb * MB)
    try:
        with open(path, "rb") as handle:
            # sized to the file: a read sized to the limit allocated 100 MB for every file
            data = handle.read(min(info.st_size, limit) + 1)
            if len(data) > info.st_size:  # the file grew since stat: read on, up to the limit
                data += handle.read(limit + 1 - len(data))
            return data
    except OSError as exc:
        raise InputError(_os_reason(exc, path)) from None


def _points_to_ancestor(path: Path) -> bool:
    try:
        target = path.resolve()
        return target == path.parent.resolve() or target in path.parent.resolve().parents
    except (OSError, RuntimeError):
        return True


def read_document(path: Path, limits: Limits | None = None) -> Decoded:
    """Read one file into normalised text; raise ``InputError`` with a reason a user can act on."""
    path = Path(path)
    limits = limits or Limits()
    try:
        return _read_document(path, limits)
    except InputError as exc:
        exc.source = exc.source or str(path)
        exc.stage = "read"
        raise
    except (MemoryError, RecursionError) as exc:
        raise InputError(
            f"file too complex to read ({type(exc).__name__})", source=str(path)
        ) from None


#: The kind each file suffix names; the content decides in the end (``_real_kind``).
SUFFIX_KINDS = {
    **{s: "text" for s in TEXT_SUFFIXES}, **{s: "html" for s in HTML_SUFFIXES},
    **{s: "word97" for s in WORD97_SUFFIXES}, **{s: "mht" for s in MHT_SUFFIXES},
    ".docx": "docx", ".pdf": "pdf", ".rtf": "rtf", ".odt": "odt", ".ofd": "ofd", ".xlsx": "xlsx",
}
_KIND_NAMES = {"word97": "DOC", "docx": "DOCX", "pdf": "PDF", "rtf": "RTF", "odt": "ODT",
               "ofd": "OFD", "mht": "MHT", "html": "HTML", "xlsx": "XLSX"}


def _real_kind(data: bytes) -> str | None:
    """The format the content itself is (by magic bytes and first lines), None for plain text
    or a binary format no reader takes."""
    sniffed = sniff(data[:16])
    if sniffed in ("pdf", "rtf"):
        return sniffed
    if sniffed == "ole":
        return "word97"
    if sniffed == "zip":
        if b"word/" in data[:65_536]:
            return "docx"
        if b"application/vnd.oasis.opendocument" in data[:200]:
            return "odt"
        if b"OFD.xml" in data[:65_536] or b"OFD.xml" in data[-65_536:]:  # GB/T 33190's entry part
            return "ofd"
        if b"xl/workbook" in data[:65_536] or b"xl/" in data[:65_536]:
            return "xlsx"
        return None
    if sniffed is None and is_mime(data):
        return "mht"
    return None


def _starts_as_html(data: bytes) -> bool:
    """Whether the bytes open as an HTML page (after a BOM and blank space)."""
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:200].lower().startswith((b"<!doctype html", b"<html"))


def _read_document(path: Path, limits: Limits) -> Decoded:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        supported = ", ".join(sorted(s for s in SUPPORTED_SUFFIXES if s))
        raise InputError(
            f"unsupported file type {suffix}; supported: {supported} and plain text without extension"
        )
    data = _read_bytes(path, limits)
    if not data:
        raise InputError("empty file")

    warnings: list[str] = []
    title_hint: str | None = None
    chrome_keys: frozenset[str] = frozenset()
    source_url: str | None = None
    writer_hint: str | None = None
    kind = SUFFIX_KINDS[suffix]
    sniffed = sniff(data[:16])
    real = _real_kind(data)
    if kind in ("html", "mht") and real is None:
        if kind == "mht" and _starts_as_html(data):
            kind = "html"  # a page saved as .mht without its MIME wrapper
        elif kind == "mht":
            raise InputError("corrupt .mht: no MIME header (is it really a saved web page?)")
    elif real is not None and real != kind:
        # (an encrypted .docx is an OLE file too: the Word 97 reader says it needs a password)
        warnings.append(
            f"file named {suffix or '(no extension)'} is really a {_KIND_NAMES[real]}; "
            f"read as {_KIND_NAMES[real]}"
        )
        kind = real
    elif kind == "text" and sniffed:
        name = {"zip": "a ZIP archive"}.get(sniffed, sniffed)
        raise InputError(f"binary file, not text: the content is {name}")
    elif kind == "docx" and real is None:
        raise InputError("corrupt .docx: not a zip archive")
    elif kind == "pdf" and real is None and b"%PDF-" not in data[:1024]:
        raise InputError("corrupt PDF: no PDF header (is it really a PDF?)")
    elif kind == "word97" and real is None:
        if _starts_as_html(data):  # Word's "save as web page" as .doc
            warnings.append(f"file named {suffix} is really a HTML; read as HTML")
            kind = "html"
        else:
            raise InputError(
                "not a Word document: the file holds no Word 97-2003, .docx, RTF or web page "
                "content (an old WPS or DOS text file?); open it in WPS and save it as .docx"
            )
    elif kind == "rtf" and real is None:
        raise InputError("corrupt RTF: no {\\rtf header")
    elif kind == "odt" and real is None:
        raise InputError("corrupt .odt: not an OpenDocument archive")
    elif kind == "ofd" and real is None:
        raise InputError("corrupt .ofd: not an OFD archive (no OFD.xml)")
    elif kind == "xlsx" and real is None:
        raise InputError("corrupt .xlsx: not an Excel workbook")

    if kind == "docx":
        raw, more = read_docx(path, data, limits)
        encoding = "docx"
    elif kind == "pdf":
        raw, more = read_pdf(path, data)
        encoding = "pdf"
    elif kind == "word97":
        raw, more = read_ole_word(data)
        encoding = "doc"
    elif kind == "rtf":
        raw, more = read_rtf(data)
        encoding = "rtf"
    elif kind == "odt":
        raw, more = read_odt(data, limits)
        encoding = "odt"
    elif kind == "ofd":
        raw, more = read_ofd(data, limits)
        encoding = "ofd"
    elif kind == "xlsx":
        raw, more = read_xlsx(data, limits)
        encoding = "xlsx"
    elif kind == "mht":
        raw, encoding, more, title_hint, chrome_keys, source_url, writer_hint = read_mht(data)
    elif kind == "html":
        raw, encoding, more, title_hint, chrome_keys, source_url, writer_hint = read_html(data)
    else:
        if not data.strip(b" \t\r\n\x0b\x0c"):
            raise InputError("file has only whitespace, no text")
        raw, encoding, more = decode_bytes(data)
        head = raw.lstrip()[:200].lower()
        if head.startswith(("<!doctype html", "<html")):
            source_url = html_address(raw)
            (raw, title_hint, chrome_keys, writer_hint), encoding = html_page(raw, more), f"html:{encoding}"
            more.append("plain-text file contains an HTML page; read as HTML")
        elif is_feed(raw):
            raw, title_hint = read_feed(raw)
            encoding = f"feed:{encoding}"
            more.append("plain-text file contains an RSS or Atom feed; read as a feed")
    warnings.extend(more)

    original = normalize_text(raw)
    if not original:
        raise InputError("no text after decoding (only spaces or control characters)")
    original, n_long = split_long_lines(original, limits.max_line_chars)
    if n_long:
        warnings.append(
            f"{n_long} line(s) longer than {limits.max_line_chars:,} characters split at sentence ends"
        )
    if not CJK_RE.search(original):
        warnings.append("no Chinese text found")
    return Decoded(
        text=to_simplified(original),
        original=original,
        encoding=encoding,
        warnings=warnings,
        title_hint=title_hint,
        chrome_keys=chrome_keys,
        source_url=source_url,
        writer_hint=writer_hint,
    )
