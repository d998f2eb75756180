"""Page model for corpus/dev/web2: raw markup plus recorded roles, so that one builder writes the
file and its answer key. Every visible line is either chrome, a title line, a marker or a body
line of one article."""

from __future__ import annotations

import html
import json
import re
import shutil
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from texts import Art


@dataclass
class Page:
    source: str
    style: str
    fmt: str = "html"  # html | txt | flat
    encoding: str = "utf-8"
    head_title: str = ""
    charset: str | None = None
    parts: list[str] = field(default_factory=list)  # html fragments or text lines
    chrome_lines: list[str] = field(default_factory=list)
    arts: list[Art] = field(default_factory=list)
    sep: str = " "  # flat pages: what joins the segments

    # -- recording ------------------------------------------------------------------------
    def raw(self, markup: str) -> None:
        if self.fmt == "html":
            self.parts.append(markup)

    def _emit(self, text: str, tag: str, attrs: str = "") -> None:
        if self.fmt == "html":
            inner = html.escape(text)
            if tag == "wx_section":
                self.parts.append(f'<section style="margin:8px 0"><span style="font-size:17px;color:#c00">'
                                  f'<strong>{inner}</strong></span></section>')
            elif tag == "wx_p":
                self.parts.append(f'<section style="text-indent:2em"><span style="font-size:15px">{inner}</span></section>')
            elif tag == "wx_pp":
                self.parts.append(f'<p style="text-indent:2em"><span style="font-size:15px">{inner}</span></p>')
            elif tag == "span_br":
                self.parts.append(f"<span>{inner}</span><br/>")
            elif tag == "strong_p":
                self.parts.append(f"<p><strong>{inner}</strong></p>")
            else:
                self.parts.append(f"<{tag}{attrs}>{inner}</{tag}>")
        else:
            self.parts.append(text)

    def chrome(self, *texts: str, tag: str = "div") -> None:
        for t in texts:
            self.chrome_lines.append(t)
            self._emit(t, tag)

    def nav(self, items: list[str], sep: str = " | ", tag: str = "div") -> None:
        """A link bar; its visible text is the items joined by SEP."""
        text = sep.join(items)
        self.chrome_lines.append(text)
        if self.fmt == "html":
            inner = html.escape(sep).join(f'<a href="/c/{zlib.crc32(i.encode()) % 997}.html">{html.escape(i)}</a>'
                                          for i in items)
            self.parts.append(f'<{tag} class="nav">{inner}</{tag}>')
        else:
            self.parts.append(text)

    def links(self, items: list[str], cls: str = "list") -> None:
        self.chrome_lines.extend(items)
        if self.fmt == "html":
            self.parts.append(f'<ul class="{cls}">' + "".join(
                f'<li><a href="/a/{zlib.crc32(i.encode()) % 99991}.html">{html.escape(i)}</a></li>' for i in items)
                + "</ul>")
        else:
            self.parts.extend(items)

    def marker(self, text: str, tag: str = "p") -> None:
        """A compilation marker that is not the title line: chrome in the key."""
        self.chrome(text, tag=tag)

    def title(self, text: str, tag: str = "h1") -> None:
        self._emit(text, tag)

    def body(self, art: Art, *, head: str = "p", para: str = "p", indent: str = "", upto: int | None = None,
             start: int = 0) -> None:
        if art not in self.arts:
            self.arts.append(art)
        lines = art.body[start:upto]
        for j, line in enumerate(lines, start=start):
            if j in art.heads:
                self._emit(line, head)
            else:
                self._emit(line if self.fmt == "html" else indent + line, para)

    # -- output -----------------------------------------------------------------------------
    def render(self) -> bytes:
        if self.fmt == "html":
            charset = self.charset or ("gb2312" if self.encoding == "gb18030" else "utf-8")
            text = "\n".join(["<!DOCTYPE html>", "<html>", "<head>", f'<meta charset="{charset}">',
                              f"<title>{html.escape(self.head_title)}</title>", "</head>", "<body>",
                              *self.parts, "</body>", "</html>"]) + "\n"
        elif self.fmt == "flat":
            text = self.sep.join(self.parts) + "\n"
        else:
            text = "\n".join(self.parts) + "\n"
        if self.encoding == "utf-16":
            return b"\xff\xfe" + text.encode("utf-16-le")
        return text.encode(self.encoding)

    def key(self) -> dict:
        arts = [{"title": a.title, "org": a.org, "org_type": a.org_type, "year": a.year, "kind": a.kind,
                 "on_topic": a.on_topic, "first": a.body[0], "last": a.body[-1], "body": list(a.body)}
                for a in self.arts]
        return {"source": self.source, "style": self.style, "articles": arts, "chrome": list(self.chrome_lines)}


_TAGS = re.compile(r"<[^>]+>")


def visible(data: bytes, fmt: str, encoding: str) -> str:
    """The page's text as a reader sees it (for the generator's own check)."""
    text = data[2:].decode("utf-16-le") if encoding == "utf-16" else data.decode(encoding)
    if fmt == "html":
        text = re.sub(r"<title>.*?</title>", "", text, flags=re.DOTALL)
        text = html.unescape(_TAGS.sub("", text))
    return text


def write_collection(pages: list[Page], root: Path, name: str) -> int:
    """Write PAGES to ROOT/NAME/ and their key to ROOT/NAME.key.jsonl, checking that every key line
    is in its page (body lines in order); print the problems and a summary; 1 when a line is missing."""
    out = root / name
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rows, problems = [], []
    for page in pages:
        data = page.render()
        (out / page.source).write_bytes(data)
        key = page.key()
        rows.append(key)
        text = visible(data, page.fmt, page.encoding)
        pos = 0
        for art in key["articles"]:
            for line in art["body"]:
                at = text.find(line, pos)
                if at < 0:
                    problems.append(f"{page.source}: body line not in order: {line[:30]}")
                else:
                    pos = at + len(line)
        for line in key["chrome"]:
            if line not in text:
                problems.append(f"{page.source}: chrome line missing: {line[:30]}")
    with open(root / f"{name}.key.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{len(rows)} pages, {sum(len(r['articles']) for r in rows)} articles, "
          f"{len({r['style'] for r in rows})} styles -> {out}")
    return 1 if problems else 0
