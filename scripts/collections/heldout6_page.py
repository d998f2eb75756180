"""A page or file of the sixth held-out pair as a list of (role, text) items, with its key row.

Roles: ``c`` chrome, ``t`` an article's title line, ``b`` a body line. The key is derived from the
same items, so a key line is always the text written into the file.
"""

from __future__ import annotations

import functools
import html

PINYIN = {"報": "bào", "結": "jié", "開": "kāi", "劃": "huà", "發": "fā", "區": "qū", "會": "huì"}


@functools.lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def trad(text: str) -> str:
    return _s2t().convert(text)


def pinyin(text: str, chars: str = "報結開劃") -> str:
    """Machine-converted mirror noise: a pinyin reading in brackets after some characters."""
    return "".join(ch + (f"({PINYIN[ch]})" if ch in chars else "") for ch in text)


class Page:
    def __init__(self, source: str, style: str):
        self.source, self.style = source, style
        self.items: list[tuple[str, str]] = []
        self.articles: list[dict] = []

    def c(self, *lines: str) -> Page:
        self.items += [("c", x) for x in lines]
        return self

    def art(self, title_line: str, title: str, org, org_type, year, kind: str, body: list[str],
            on_topic: bool = True, title_role: str = "t") -> Page:
        """An article: TITLE_LINE as written (TITLE the key's title), then BODY lines. With
        TITLE_ROLE 'c' the title line is a marker listed as chrome (the title stands elsewhere)."""
        if title_line is not None:
            self.items.append((title_role, title_line))
        body = [" | ".join(x) if isinstance(x, tuple) else x for x in body]
        self.items += [("r" if " | " in x else "b", x) for x in body]
        self.articles.append({"title": title, "org": org, "org_type": org_type, "year": year,
                              "kind": kind, "on_topic": on_topic, "first": body[0], "last": body[-1],
                              "body": list(body)})
        return self

    def chrome(self) -> list[str]:
        return [x for r, x in self.items if r == "c"]

    def key(self) -> dict:
        return {"source": self.source, "style": self.style, "articles": self.articles,
                "chrome": self.chrome()}

    # ---- renderings -------------------------------------------------------------------------
    def text(self, sep: str = "\n") -> str:
        return sep.join(x for _, x in self.items) + ("\n" if sep == "\n" else "")

    def html(self, head_title: str, tags: dict | None = None, before: str = "", after: str = "",
             extra_head: str = "", charset: str = "utf-8") -> str:
        """Each item as one element: chrome in a div (or TAGS['c']), titles in h1, body in p."""
        tags = {"c": "div", "t": "h1", "b": "p", **(tags or {})}
        out = [f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="{charset}">\n<title>{html.escape(head_title)}</title>',
               extra_head, "</head>\n<body>", before]
        in_table = False
        for role, x in self.items:
            if role == "r":
                if not in_table:
                    out.append('<table border="1">')
                    in_table = True
                out.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in x.split(" | ")) + "</tr>")
                continue
            if in_table:
                out.append("</table>")
                in_table = False
            tag = tags[role]
            out.append(f"<{tag}>{html.escape(x)}</{tag.split()[0]}>")
        if in_table:
            out.append("</table>")
        out += [after, "</body>\n</html>\n"]
        return "\n".join(o for o in out if o)
