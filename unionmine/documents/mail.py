"""A document pasted into an e-mail: the sender's covering letter around it is not the document's.

When the cleaning rules have taken a mail header (``mail_header`` in ``data/cleaning_rules.toml``:
发件人/收件人/日期/主题…), the page is a mail, and its body has the shape of a letter wrapped
round the document: a salutation and a covering note (``王老师：您好！`` / ``现将我校…报上，请审阅。``)
above the document's title, and the letter's closing under the document's own signature and date
(``此致`` / ``敬礼！`` / the sender and a telephone, a ``————`` rule or ``---- 原始邮件 ----`` and
what follows it). Both are the mail's, found by that shape, not by any wording of a site:

- the covering note: at most ``NOTE_LINES`` lines at the top, above the first title line, each
  short, none a heading or a title;
- the closing: from the first ``此致`` line or separator rule under the text's last paragraph to
  the end.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .chrome.line_shapes import PARAGRAPH_CHARS as BODY_PARAGRAPH_CHARS

#: A covering note is this many lines at most, each at most this long.
NOTE_LINES = 4
NOTE_LINE_CHARS = 80

_SENTENCE = re.compile(r"[。！？!?；;]")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|#)")
# the letter's closing formula, or a rule line the mail client draws (with or without its label)
_CLOSING = re.compile(
    r"^(?:此致(?:\s*敬礼[！!]?)?|[-—_=─━]{4,}|[-—_=─━]{2,}\s*(?:原始邮件|转发邮件|Original Message|Forwarded message)\s*[-—_=─━]{2,})$",
    re.IGNORECASE,
)


def mail_wrapper(lines: list[str], title_like: Callable[[str], bool]) -> dict[int, str]:
    """Indexes of the covering-note and closing lines of a mail's body (the header already gone)."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    paras = [i for i in nonblank if len(lines[i].strip()) >= BODY_PARAGRAPH_CHARS and _SENTENCE.search(lines[i])]
    if not paras:
        return {}
    found: dict[int, str] = {}
    title = next((pos for pos, i in enumerate(nonblank[: NOTE_LINES + 1]) if title_like(lines[i].strip())), None)
    if title:
        note = nonblank[:title]
        if all(len(lines[i].strip()) <= NOTE_LINE_CHARS and not _HEADING.match(lines[i].strip()) for i in note):
            found.update((i, "mail_note") for i in note)
    tail = [i for i in nonblank if i > paras[-1]]
    start = next((i for i in tail if _CLOSING.match(lines[i].strip())), None)
    if start is not None:
        found.update((i, "mail_closing") for i in nonblank if i >= start)
    return found
