"""A page (or text file) being written together with its answer-key entry: every chrome line and
every document line goes through one call, so the key lists exactly what the file shows."""

from __future__ import annotations

import functools
import html
from pathlib import Path


@functools.lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def trad(text: str) -> str:
    return _s2t().convert(text)


def trad_doc(d: dict) -> dict:
    out = dict(d)
    out["title"] = trad(d["title"])
    out["body"] = [trad(x) for x in d["body"]]
    if d.get("org"):
        out["org"] = trad(d["org"])
    return out


PINYIN = {"學": "xué", "總": "zǒng", "結": "jié", "會": "huì", "職": "zhí", "動": "dòng", "這": "zhè", "積": "jī",
          "極": "jí", "參": "cān", "與": "yǔ", "進": "jìn", "開": "kāi", "展": "zhǎn"}


def with_pinyin(text: str, every: int = 1) -> str:
    """Traditional text as some converter sites print it: 學(xué)校工會(huì)."""
    out, seen = [], 0
    for ch in text:
        out.append(ch)
        if ch in PINYIN:
            seen += 1
            if seen % every == 0:
                out.append(f"({PINYIN[ch]})")
    return "".join(out)


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def key_article(d: dict) -> dict:
    body = d["body"]
    return {"title": d["title"], "org": d["org"], "org_type": d["org_type"], "year": d["year"], "kind": d["kind"],
            "on_topic": d["on_topic"], "first": body[0], "last": body[-1], "body": list(body)}


class Page:
    """MODE 'html' collects HTML fragments; 'text' collects lines; 'flat' collects segments joined by SEP."""

    def __init__(self, source: str, style: str, mode: str = "html", sep: str = " "):
        self.source, self.style, self.mode, self.sep = source, style, mode, sep
        self.parts: list[str] = []
        self.chrome: list[str] = []
        self.articles: list[dict] = []

    def raw(self, fragment: str) -> Page:
        self.parts.append(fragment)
        return self

    def c(self, text: str, fmt: str = "<div>{}</div>", html_: str | None = None) -> Page:
        """A chrome line (FMT wraps the escaped text; HTML_ gives the markup when it has inner tags)."""
        self.chrome.append(text)
        if self.mode == "html":
            self.parts.append(html_ if html_ is not None else fmt.format(esc(text)))
        else:
            self.parts.append(text)
        return self

    def art(self, d: dict, title_line: str | None = None, title_fmt: str = "<h1>{}</h1>", body_fmt: str = "<p>{}</p>",
            show_title: bool = True, glue: str | None = None, inserts: dict | None = None,
            join: str | None = None, join_fmt: str = "<div>{}</div>") -> Page:
        """Document D: its title line (TITLE_LINE as shown, default the title), then its body lines.
        GLUE: the title line runs straight into the first body line with GLUE between.
        INSERTS: {i: [chrome text, ...]} placed before body line i. JOIN: all lines in one element
        (or one text line) joined by JOIN."""
        self.articles.append(key_article(d))
        shown = d["title"] if title_line is None else title_line
        lines = list(d["body"])
        inserts = inserts or {}
        if join is not None:
            segs = ([shown] if show_title and glue is None else []) + (
                [shown + glue + lines[0]] + lines[1:] if glue is not None else lines)
            for i in sorted(inserts, reverse=True):
                for text in inserts[i]:
                    self.chrome.append(text)
                segs[i:i] = inserts[i]
            text = join.join(segs)
            self.parts.append(join_fmt.format(esc(text)) if self.mode == "html" else text)
            return self
        if glue is not None:
            lines[0] = shown + glue + lines[0]
        elif show_title:
            self.parts.append(title_fmt.format(esc(shown)) if self.mode == "html" else shown)
        for i, line in enumerate(lines):
            for text in inserts.get(i, []):
                self.c(text, "<p>{}</p>")
            self.parts.append(body_fmt.format(esc(line)) if self.mode == "html" else line)
        return self

    def key(self) -> dict:
        return {"source": self.source, "style": self.style, "articles": self.articles, "chrome": self.chrome}

    def text(self, head_title: str = "", charset: str = "utf-8") -> str:
        if self.mode == "html":
            return ("<!DOCTYPE html>\n<html>\n<head>\n"
                    f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                    f"<title>{esc(head_title)}</title>\n</head>\n<body>\n" + "\n".join(self.parts)
                    + "\n</body>\n</html>\n")
        if self.mode == "flat":
            return self.sep.join(self.parts) + "\n"
        return "\n".join(self.parts) + "\n"

    def write(self, folder: Path, encoding: str = "utf-8", head_title: str = "", newline: str = "\n") -> dict:
        path = folder / self.source
        path.parent.mkdir(parents=True, exist_ok=True)
        charset = {"gb18030": "gb18030", "gbk": "gbk"}.get(encoding, "utf-8")
        text = self.text(head_title, charset).replace("\n", newline)
        if encoding == "utf-16":
            data = b"\xff\xfe" + text.encode("utf-16-le")
        elif encoding == "utf-8-sig":
            data = text.encode("utf-8-sig")
        else:
            data = text.encode(encoding)
        path.write_bytes(data)
        return self.key()
