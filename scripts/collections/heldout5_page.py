"""A page or file under construction and its key row (KEYFORMAT): chrome lines, articles and their
body lines are recorded as they are written, so the key cannot drift from the text."""

from __future__ import annotations

import functools
import html

PINYIN = {"報": "bào", "總": "zǒng", "結": "jié", "會": "huì", "開": "kāi", "導": "dǎo", "據": "jù",
          "職": "zhí", "設": "shè", "學": "xué", "習": "xí", "點": "diǎn", "實": "shí", "圍": "wéi",
          "發": "fā", "動": "dòng", "織": "zhī", "國": "guó", "產": "chǎn", "黨": "dǎng", "網": "wǎng",
          "聞": "wén", "態": "tài", "縣": "xiàn"}


@functools.lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def trad(text: str) -> str:
    return _s2t().convert(text)


def with_pinyin(text: str, chars: str) -> str:
    """Traditional TEXT with the pinyin of CHARS printed in brackets after them: 報(bào)."""
    return "".join(f"{ch}({PINYIN[ch]})" if ch in chars else ch for ch in text)


def esc(text: str) -> str:
    return html.escape(text, quote=False)


class Page:
    def __init__(self, source: str, style: str):
        self.source, self.style = source, style
        self.chrome: list[str] = []
        self.arts: list[dict] = []

    def c(self, text: str) -> str:
        """A chrome line (returned as written)."""
        self.chrome.append(text)
        return text

    def art(self, title: str, org: str | None, org_type: str | None, year: int | None, kind: str,
            on_topic: bool = True) -> None:
        self.arts.append({"title": title, "org": org, "org_type": org_type, "year": year, "kind": kind,
                          "on_topic": on_topic, "body": []})

    def b(self, text: str) -> str:
        """A body line of the current article."""
        self.arts[-1]["body"].append(text)
        return text

    def bs(self, lines: list[str]) -> list[str]:
        return [self.b(x) for x in lines]

    def key(self) -> dict:
        arts = []
        for a in self.arts:
            body = a["body"]
            arts.append({"title": a["title"], "org": a["org"], "org_type": a["org_type"], "year": a["year"],
                         "kind": a["kind"], "on_topic": a["on_topic"], "first": body[0], "last": body[-1],
                         "body": body})
        return {"source": self.source, "style": self.style, "articles": arts, "chrome": self.chrome}


def html_page(head_title: str, body: str, charset: str = "utf-8", head_extra: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="{charset}">\n'
            f"<title>{esc(head_title)}</title>{head_extra}</head>\n<body>\n{body}\n</body></html>\n")


def ps(lines: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{attr}>{esc(x)}</p>" for x in lines)
