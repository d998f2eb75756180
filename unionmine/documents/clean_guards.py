"""Guards of the cleaning steps that keep an article's own words (Round 28, issue 12 item 6).

- ``notice_line``: a site notice the line rules or chrome features drop is no text above an
  end-of-page cue ("查看更多" under a doc site's numbered terms must not cut the preview under it).
- ``open_bracket``: a flattened line's last sentence opens a bracket its later segments close
  (…。(文:某某  某某 / 图:某某)): the credit is the paragraph's, not a run of site lines.
- ``bracketed_credit``: such a credit glued after the last sentence stays with its paragraph
  (ruling (d): a glued byline or credit leaves the paragraph body whole).
"""

from __future__ import annotations

from .chrome import line_feature
from .chrome_edges import credit_line


def notice_line(line: str, rules, max_chars: int) -> bool:
    """A line the cleaning RULES' line or block rules, or a chrome line feature, take as a notice."""
    s = line.strip()
    return len(s) <= max_chars and (bool(line_feature(s)) or any(
        r.pattern.search(s) for r in rules.of_kind("drop_line") + rules.of_kind("drop_block")))


def open_bracket(text: str) -> bool:
    """TEXT opens more round brackets than it closes."""
    return text.count("(") + text.count("（") > text.count(")") + text.count("）")


def bracketed_credit(piece: str) -> bool:
    """A credit in brackets (（文:某某 / 图:某某）, （通讯员：某某）), as ``chrome_edges.credit_line`` reads one."""
    return piece[:1] in "(（" and piece[-1:] in ")）" and credit_line(piece)
