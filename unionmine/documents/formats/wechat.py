"""A WeChat public account's article page as a browser saves it (网页，全部 or 单个文件; USER12, session 17).

The page holds its article in one element, ``#js_content``, under its own title element (``#activity-name``), and
around them the account's chrome: the account line (原创, the author, the account's name ``#js_name``), the profile card
(微信号, 功能介绍), the publication time (``#publish_time``, written by a script and often empty in a saved copy; the
script's ``var ct = "…"`` holds it as a Unix time), the tool bar (阅读原文, 阅读 N, 赞, 在看, 分享, 写留言), the QR code's
prompt, 喜欢此内容的人还喜欢 and its headlines, the dialogs (预览时标签不可点, 继续滑动看下一个). So the article's text is
the text of ``#js_content`` and nothing else of the page; inside it, a picture's caption (a short line right after a
block that holds only a picture, marked ▲/△/↑/图, or set small or grey) is chrome. The account's own words on who
publishes it (its 功能介绍, else its name) are evidence of the writer when the text names none
(``organisations.host.account_org``); the publication time is kept as the page states it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from ...text.normalize import CJK_RE

#: A caption is at most this many characters.
CAPTION_MAX_CHARS = 50
_CAPTION_MARK = re.compile(r"^\s*(?:[▲△↑☝▼]|图[为：:/]|图片[：:]|摄影[：:])")
_SMALL_OR_GREY = re.compile(r"font-size\s*:\s*(?:1[0-4]|[5-9])(?:\.\d+)?px|color\s*:\s*(?:#[89a-f]{3}\b|#[89a-f]{6}\b|"
                            r"rgb\(\s*1[2-9]\d)", re.IGNORECASE)
_SENTENCE_MARK = re.compile(r"[。；;！!？?]")
_CT = re.compile(r"""\bvar\s+(?:ct|create_time)\s*=\s*["']?(\d{9,10})""")
_CHINA = timezone(timedelta(hours=8))


@dataclass
class WeChatPage:
    content: str  #: the markup of #js_content
    title: str | None = None
    account: str | None = None
    intro: str | None = None
    published: str | None = None
    captions: list[str] = field(default_factory=list)

    @property
    def writer(self) -> str | None:
        """The account's own words on who publishes it: its 功能介绍, then its name."""
        return "\n".join(s for s in (self.intro, self.account) if s) or None


def _text(tag) -> str:
    return " ".join(tag.get_text(" ").split()) if tag is not None else ""


def wechat_article(markup: str) -> WeChatPage | None:
    """The article of a saved WeChat page, None for any other page (no ``#js_content`` beside the account's markup)."""
    if "js_content" not in markup or not ("rich_media" in markup or "activity-name" in markup or "js_name" in markup):
        return None
    from bs4 import BeautifulSoup  # deferred: parsed only for a WeChat page

    try:
        soup = BeautifulSoup(markup, "lxml")
    except Exception:  # noqa: BLE001 - the reader reports unparsable markup
        return None
    content = soup.find(id="js_content")
    if content is None or len(CJK_RE.findall(content.get_text(""))) < 40:
        return None
    og = soup.find("meta", attrs={"property": "og:title"})
    title = _text(soup.find(id="activity-name")) or (og.get("content", "").strip() if og else "") or None
    account = _text(soup.find(id="js_name")) or _text(soup.find(class_="profile_nickname")) or None
    intro = None
    for label in soup.find_all(class_="profile_meta_label"):
        if "功能介绍" in label.get_text():
            intro = _text(label.find_next_sibling()) or None
    published = _text(soup.find(id="publish_time")) or None
    if not published:
        ct = _CT.search(markup)
        if ct:
            published = datetime.fromtimestamp(int(ct.group(1)), _CHINA).strftime("%Y-%m-%d %H:%M")
    return WeChatPage(str(content), title, account, intro, published, _captions(content))


def _captions(content) -> list[str]:
    """The lines of CONTENT that caption a picture: right after a block holding only pictures, short, no sentence and
    no bold, and marked as a caption (▲, 图为…) or set small or grey."""
    out = []
    for img in content.find_all("img"):
        block = img
        while block.parent is not None and block.parent is not content and not _text(block.parent):
            block = block.parent
        nxt = block.find_next_sibling()
        if nxt is None or nxt.find("img") is not None or nxt.find(["strong", "b"]) is not None:
            continue
        line = _text(nxt)
        styled = " ".join(str(t.get("style", "")) for t in [nxt, *nxt.find_all(True)])
        if (line and len(line) <= CAPTION_MAX_CHARS and not _SENTENCE_MARK.search(line)
                and (_CAPTION_MARK.match(line) or _SMALL_OR_GREY.search(styled))):
            out.append(line)
    return out
