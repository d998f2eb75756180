"""Page model for the development web collection: a page is a list of blocks, each with a role
(chrome, title, body, marker, titlemark) and an element; one model renders to HTML, text or a
flattened one-line page, and gives the answer key from the same blocks."""

from __future__ import annotations

import html
import re
import zlib
from dataclasses import dataclass, field

from articles import Article

SEP = re.compile(r"(\s*[|｜/·]\s*|\s+>\s*|\s*>>\s*|\s*＞\s*|\s{2,})")

_PINYIN = {"關": "guān", "會": "huì", "務": "wù", "導": "dǎo", "結": "jié", "組": "zǔ", "動": "dòng",
           "開": "kāi", "長": "zhǎng", "業": "yè", "據": "jù", "進": "jìn", "實": "shí", "學": "xué",
           "習": "xí", "總": "zǒng", "設": "shè", "職": "zhí", "報": "bào", "際": "jì"}

_s2t = None


def to_traditional(text: str, pinyin: bool = False) -> str:
    global _s2t
    if _s2t is None:
        import opencc

        _s2t = opencc.OpenCC("s2t")
    out = _s2t.convert(text)
    if pinyin:
        out = "".join(ch + (f"({_PINYIN[ch]})" if _PINYIN.get(ch) else "") for ch in out)
    return out


@dataclass
class Block:
    role: str          # chrome | title | body | marker | titlemark | plain (neither: <title> only)
    text: str
    el: str = "p"      # nav, div, p, h1, h2, h3, li, span, footer, strong
    art: int | None = None
    group: str | None = None  # consecutive li with the same group share one <ul>
    shown: bool = True  # False: part of a line rendered by another block (a glued line)


@dataclass
class Page:
    source: str
    style: str
    fmt: str                      # html | txt | flat
    encoding: str = "utf-8"
    head_title: str | None = None  # <title> text
    blocks: list[Block] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    indent: str = ""
    blank_lines: bool = False
    flat_sep: str = " "
    charset_label: str | None = None

    def chrome(self, *texts: str, el: str = "div", group: str | None = None) -> None:
        for text in texts:
            self.blocks.append(Block("chrome", text, el, group=group))

    def links(self, texts: list[str], group: str) -> None:
        for text in texts:
            self.blocks.append(Block("chrome", text, "li", group=group))

    def article(self, art: Article, *, title_el: str = "h1", title_text: str | None = None,
                title_role: str = "title", with_title: bool = True, head_el: str = "p") -> None:
        self.articles.append(art)
        index = len(self.articles) - 1
        if with_title:
            self.blocks.append(Block(title_role, title_text or art.title, title_el, art=index))
        for line in art.body:
            el = head_el if _is_heading(line) else "p"
            self.blocks.append(Block("body", line, el, art=index))

    def marker(self, text: str, el: str = "p") -> None:
        self.blocks.append(Block("marker", text, el))

    def convert(self, fn) -> None:
        """Apply a text conversion (e.g. to Traditional) to every block and article."""
        for block in self.blocks:
            block.text = fn(block.text)
        for art in self.articles:
            art.title = fn(art.title)
            art.body = [fn(x) for x in art.body]
            art.org = fn(art.org) if art.org else None
        if self.head_title:
            self.head_title = fn(self.head_title)

    # rendering -----------------------------------------------------------------------------
    def render(self) -> bytes:
        if self.fmt == "html":
            text = self._html()
        elif self.fmt == "flat":
            text = self.flat_sep.join(b.text for b in self.blocks if b.shown) + "\n"
        else:
            lines = []
            for b in (b for b in self.blocks if b.shown):
                line = (self.indent + b.text) if b.role == "body" and not _is_heading(b.text) else b.text
                lines.append(line)
                if self.blank_lines:
                    lines.append("")
            text = "\n".join(lines) + "\n"
        if self.encoding == "utf-8-sig":
            return text.encode("utf-8-sig")
        return text.encode(self.encoding)

    def _html(self) -> str:
        charset = self.charset_label or ("gb2312" if self.encoding == "gb18030" else "utf-8")
        out = ["<!DOCTYPE html>", "<html>", "<head>", f'<meta charset="{charset}">',
               f"<title>{html.escape(self.head_title or '')}</title>", "</head>", "<body>"]
        open_group = None
        for b in (b for b in self.blocks if b.shown):
            if b.el == "li":
                if open_group != b.group:
                    if open_group is not None:
                        out.append("</ul>")
                    out.append(f'<ul class="{b.group}">')
                    open_group = b.group
                out.append(f'<li><a href="/a/{zlib.crc32(b.text.encode()) % 99991}.html">{html.escape(b.text)}</a></li>')
                continue
            if open_group is not None:
                out.append("</ul>")
                open_group = None
            if b.el == "nav":
                parts = SEP.split(b.text)
                inner = "".join(
                    html.escape(p) if i % 2 else f'<a href="/c/{i}.html">{html.escape(p)}</a>'
                    for i, p in enumerate(parts) if p)
                out.append(f'<div class="nav">{inner}</div>')
            elif b.el in ("h1", "h2", "h3", "p", "div", "span", "footer"):
                out.append(f"<{b.el}>{html.escape(b.text)}</{b.el}>")
            elif b.el == "strong":
                out.append(f"<p><strong>{html.escape(b.text)}</strong></p>")
            else:
                raise ValueError(b.el)
        if open_group is not None:
            out.append("</ul>")
        out += ["</body>", "</html>"]
        return "\n".join(out) + "\n"

    def key(self) -> dict:
        arts = []
        for index, art in enumerate(self.articles):
            body = [b.text for b in self.blocks if b.role == "body" and b.art == index]
            arts.append({"title": art.title, "org": art.org, "org_type": art.org_type, "year": art.year,
                         "kind": art.kind, "on_topic": art.on_topic, "first": body[0], "last": body[-1],
                         "body": body})
        chrome = [b.text for b in self.blocks if b.role in ("chrome", "marker")]
        return {"source": self.source, "style": self.style, "articles": arts, "chrome": chrome}


_HEAD = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+，)")


def _is_heading(line: str) -> bool:
    return bool(_HEAD.match(line)) and len(line) <= 30
