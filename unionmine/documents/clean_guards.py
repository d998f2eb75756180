"""Guards of the cleaning steps that keep an article's own words (Round 28, issue 12 item 6).

- ``notice_line``: a site notice the line rules or chrome features drop is no text above an
  end-of-page cue ("查看更多" under a doc site's numbered terms must not cut the preview under it).
- ``open_bracket``: a flattened line's last sentence opens a bracket its later segments close
  (…。(文:某某  某某 / 图:某某)): the credit is the paragraph's, not a run of site lines.
- ``bracketed_credit``: such a credit glued after the last sentence stays with its paragraph
  (ruling (d): a glued byline or credit leaves the paragraph body whole).

Round 29 (set 20, spent):
- ``glued_notice``: the first or last sentence of a paragraph is split off as a site notice only on a cue that
  holds for one sentence. A weak cue (扫码, 关注公众号: ``chrome.lines.DOC_SITE_WEAK``) marks a whole line only
  when it holds at most one sentence; one sentence cut out of a paragraph always does, so there the cue alone
  would take the text's own report (…邀请骑手现场扫码注册,此举有效拓宽了…。).
"""

from __future__ import annotations

from .chrome import credit_line, line_feature
from .chrome.lines import DOC_SITE, DOC_SITE_TERMS, DOC_SITE_WEAK, WECHAT


def notice_line(line: str, rules, max_chars: int) -> bool:
    """A line the cleaning RULES' line or block rules, or a chrome line feature, take as a notice."""
    s = line.strip()
    return len(s) <= max_chars and (bool(line_feature(s)) or any(
        r.pattern.search(s) for r in rules.of_kind("drop_line") + rules.of_kind("drop_block")))


def open_bracket(text: str) -> bool:
    """TEXT opens more round brackets than it closes."""
    return text.count("(") + text.count("（") > text.count(")") + text.count("）")


def bracketed_credit(piece: str) -> bool:
    """A credit in brackets (（文:某某 / 图:某某）, （通讯员：某某）), as ``chrome.credit_lines.credit_line`` reads one."""
    return piece[:1] in "(（" and piece[-1:] in ")）" and credit_line(piece)


def glued_notice(piece: str) -> bool:
    """PIECE, one sentence at a paragraph's edge, is a site notice by a line feature other than a weak cue alone
    (a WeChat prompt that holds one, 扫码关注, is still one; so is any other feature of the sentence without it)."""
    s = piece.strip()
    name = line_feature(s)
    if name != "download_ad" or DOC_SITE.search(s) or len(set(DOC_SITE_TERMS.findall(s))) >= 2:
        return bool(name)
    return not DOC_SITE_WEAK.search(s) or bool(WECHAT.search(s)) or bool(line_feature(DOC_SITE_WEAK.sub("", s)))
