"""Problem codes: each skipped or partly read input gets a stable code and a Chinese message.

The readers say what went wrong in English (`InputError.reason`, the warnings of a read);
`describe_problem` gives that reason its stable code (matched here, once, by the reason's
opening words) and its Chinese message from the ``[problems]`` table of ``data/labels.toml``,
where ``{name}`` stands for the same-named group of the code's pattern (a count, a size, an
article's number). A reason no pattern knows gets the code ``other`` and a Chinese message that
quotes the English one, so that nothing is ever silently untranslated.
"""

from __future__ import annotations

import functools
import re

from ..labels import labels

# (code, pattern at the start of the English reason); the first that matches wins.
PATTERNS: tuple[tuple[str, str], ...] = (
    ("permission_denied", r"permission denied"),
    ("symlink_loop", r"symlink loop"),
    ("broken_symlink", r"broken symlink"),
    ("file_not_found", r"file not found"),
    ("is_folder", r"is a folder, not a file"),
    ("os_error", r"cannot read file: (?P<detail>.*)"),
    ("not_regular_file", r"not a regular file"),
    ("too_large", r"file is (?P<size>.+?), larger than the (?P<limit>\S+) MB limit"),
    ("too_complex", r"file too complex to read"),
    ("legacy_doc", r"legacy Word \.doc"),
    ("password_protected", r"password-protected"),
    ("doc_corrupt", r"corrupt Word 97-2003 document"),
    ("doc_not_word", r"not a Word (?:97-2003 )?document: the (?:OLE file|file holds|WordDocument stream)"),
    ("doc_too_old", r"Word 6\.0/95 document"),
    ("doc_no_text", r"Word 97-2003 document has no text"),
    ("doc_parts_dropped", r"Word 97-2003 (?P<what>.+?) left out \((?P<n>[\d,]+) characters\)"),
    ("rtf_corrupt", r"corrupt RTF"),
    ("rtf_no_text", r"RTF document has no text"),
    ("odt_bomb", r"\.odt expands to (?P<size>.+?) \(ratio"),
    ("odt_corrupt", r"corrupt \.odt"),
    ("odt_not_text", r"not a text document"),
    ("odt_no_text", r"\.odt has no text"),
    ("odt_parts_dropped", r"OpenDocument (?P<what>.+?) left out \((?P<n>\d+)\)"),
    ("ofd_bomb", r"\.ofd expands to (?P<size>.+?) \(ratio"),
    ("ofd_encrypted", r"encrypted \.ofd"),
    ("ofd_corrupt", r"corrupt \.ofd"),
    ("ofd_no_text", r"\.ofd has no text"),
    ("ofd_pages_without_text", r"(?P<n>\d+) of (?P<total>\d+) OFD pages have no text"),
    ("mht_corrupt", r"corrupt \.mht"),
    ("xlsx_bomb", r"\.xlsx expands to (?P<size>.+?) \(ratio"),
    ("xlsx_table", r"workbook \(\.xlsx\) holds tables"),
    ("xlsx_corrupt", r"corrupt \.xlsx"),
    ("mht_no_html", r"saved web page \(\.mht\) has no HTML"),
    ("unsupported_type", r"unsupported file type (?P<suffix>[^;]*);"),
    ("empty_file", r"empty file$"),
    ("misnamed_file", r"file named (?P<suffix>.+) is really a (?P<kind>\w+);"),
    ("binary_file", r"binary file, not text"),
    ("zip_bomb", r"ZIP archive expands to (?P<size>.+?) \(ratio"),
    ("zip_corrupt", r"corrupt ZIP archive"),
    ("zip_member_corrupt", r"corrupt ZIP member"),
    ("zip_encrypted", r"encrypted ZIP member"),
    ("zip_too_deep", r"archive nested more than (?P<n>\d+) deep"),
    ("docx_bomb", r"\.docx expands to (?P<size>.+?) \(ratio"),
    ("docx_not_word", r"not a Word document"),
    ("docx_no_text", r"\.docx has no text"),
    ("docx_corrupt", r"corrupt \.docx"),
    ("pdf_encrypted", r"encrypted PDF"),
    ("pdf_corrupt", r"corrupt (or unreadable )?PDF"),
    ("pdf_no_unicode", r"PDF text cannot be decoded"),
    ("pdf_glyphs_dropped", r"(?P<n>\d+) PDF glyphs without a Unicode map"),
    ("pdf_no_text", r"PDF has no text layer"),
    ("pdf_pages_without_text", r"(?P<n>\d+) of (?P<total>\d+) PDF pages have no text layer"),
    ("html_unparsable", r"HTML cannot be parsed"),
    ("html_extraction_failed", r"main-content extraction failed \((?P<detail>[^)]*)\)"),
    ("html_no_text", r"HTML page has no text"),
    ("feed_no_item", r"feed has no complete item with a title or text"),
    ("html_unknown_charset", r"unknown declared charset (?P<charset>.+); encoding guessed"),
    ("html_wrong_charset", r"page declares (?P<charset>\S+) but is not"),
    ("only_whitespace", r"file has only whitespace"),
    ("no_text_after_decoding", r"no text after decoding"),
    ("replacement_characters", r"decoded with replacement characters in (?P<n>\d+) places"),
    ("doubtful_encoding", r"decoded as (?P<encoding>\S+) but only (?P<share>\S+) reads"),
    ("guessed_encoding", r"encoding guessed by charset-normalizer as (?P<encoding>\S+);"),
    ("mixed_encodings", r"mixed encodings in one file"),
    ("long_lines", r"(?P<n>\d+) line\(s\) longer than (?P<limit>[\d,]+) characters"),
    ("no_chinese", r"no Chinese text found"),
    ("article_no_chinese", r"article (?P<article>\d+): no Chinese text$"),
    ("article_empty", r"article (?P<article>\d+): no article text left after cleaning"),
    ("listing_page", r"no article: the page only lists document titles"),
    ("no_article", r"no article text found"),
    ("heavy_cleaning", r"cleaning removed (?P<share>\S+) of the page's Chinese text .*?most by: (?P<rules>.*)"),
    ("short_after_cleaning", r"article (?P<article>\d+) has only (?P<n>\d+) Chinese characters after cleaning .*?most by: (?P<rules>.*)"),
    ("hidden_text", r"(?P<n>\d+) hidden-text marker\(s\) .*?hid (?P<chars>[\d,]+) characters"),
    ("mojibake", r"(?P<n>\d+) line\(s\) look garbled"),
    ("saved_page_folder", r"browser folder of the saved page (?P<page>.+?) not read"),
    ("unexpected_error", r"unexpected error: (?P<detail>.*)"),
)
OTHER = "other"
_COMPILED = tuple((code, re.compile(pattern, re.DOTALL)) for code, pattern in PATTERNS)


@functools.lru_cache(maxsize=1)
def problem_messages() -> dict[str, str]:
    """The Chinese message of every problem code (``[problems]`` in data/labels.toml)."""
    return dict(labels().get("problems", {}))


def problem_code(reason: str) -> str:
    """The stable code of an English REASON (``other`` when no pattern knows it)."""
    return _match(str(reason or ""))[0]


def _match(reason: str) -> tuple[str, dict[str, str]]:
    for code, pattern in _COMPILED:
        found = pattern.match(reason)
        if found:
            return code, {k: v for k, v in found.groupdict().items() if v is not None}
    return OTHER, {"reason": reason}


def reason_zh(reason: str) -> str:
    """The Chinese message for an English REASON, its details (counts, sizes) filled in."""
    code, fields = _match(str(reason or ""))
    template = problem_messages().get(code) or problem_messages().get(OTHER, "{reason}")
    try:
        return template.format(**fields)
    except (KeyError, IndexError):  # a template (edited by a user) naming a detail the reason lacks
        return f"{template}（{reason}）"


def is_note(stage) -> bool:
    """A problems.csv row that only informs (stage ``… note``: a browser folder skipped beside its
    saved page): no input was skipped or partly read."""
    return str(stage).endswith("note")


def unread_inputs(problems):
    """The rows of a problems table (DataFrame) that are inputs skipped or partly read, not notes."""
    if problems is None or "stage" not in problems:
        return problems
    return problems[[not is_note(s) for s in problems["stage"]]]


def describe_problem(source: str, stage: str, reason: str) -> dict[str, str]:
    """One row of problems.csv: source, stage, stable code, English reason, Chinese reason."""
    return {"source": source, "stage": stage, "code": problem_code(reason), "reason": reason,
            "reason_zh": reason_zh(reason)}
