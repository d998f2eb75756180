"""Write development collections web5 and district_xiangshan: corpus/dev/web5/ (web pages and text
copies) and corpus/dev/district_xiangshan/ (files as a district union receives them), each with its
answer key (web5.key.jsonl, district_xiangshan.key.jsonl; format: KEYFORMAT.md of the team notes).
Written as the third held-out set (heldout/web3, heldout/district_xiangshan); promoted to development
on 2026-11-30 (see corpus/heldout/README.md).

Every text is invented (heldout3_text, heldout3_web, heldout3_district); only the patterns of real
pages were studied. Deterministic: running it again writes the same bytes (Word and PDF: the same text).

    PYTHONPATH=$PWD .venv/bin/python scripts/collections/make_dev_web5.py [--out DIR]
"""

from __future__ import annotations

import argparse
import html
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import heldout3_text
from heldout3_district import district_files
from heldout3_web import Line, Page, pages
from key_rulings import apply_rulings

ROOT = HERE.parents[1]

SKINS = {
    "cms": ("wrap", "article-content"),
    "travel": ("container", "detail"),
    "school": ("main_box", "news_content"),
    "gov": ("gov-main", "TRS_Editor"),
    "wechat": ("rich_media", "rich_media_content"),
    "enterprise": ("page", "newsdetail"),
    "portal": ("content-wrap", "article-body"),
    "hospital": ("hos-wrap", "info-text"),
}


def _html_line(line: Line) -> str:
    text = html.escape(line.text, quote=False)
    if line.tag == "nav":
        for sep in (" | ", " > ", " » "):
            if sep in line.text:
                parts = [f'<a href="#">{html.escape(p, quote=False)}</a>' for p in line.text.split(sep)]
                return f'<div class="nav">{html.escape(sep, quote=False).join(parts)}</div>'
        return f'<div class="nav">{text}</div>'
    if line.tag == "li":
        return f'<li><a href="#">{text}</a></li>'
    cls = ' class="meta"' if line.chrome and line.tag in ("div", "span", "small") else ""
    return f"<{line.tag}{cls}>{text}</{line.tag}>"


def render_html(page: Page) -> str:
    outer, inner = SKINS[page.skin]
    charset = {"utf-8": "utf-8", "gbk": "gbk", "gb18030": "gb18030"}.get(page.encoding, "utf-8")
    regions: dict[str, list[str]] = {"head": [], "main": [], "side": [], "foot": []}
    if page.render == "flat_html":
        text = "".join(ln.text for ln in page.lines)
        regions["main"].append(f"<p>{html.escape(text, quote=False)}</p>")
    else:
        for ln in page.lines:
            regions[ln.region].append(_html_line(ln))
    side = f'<div class="side"><ul>\n{chr(10).join(regions["side"])}\n</ul></div>\n' if regions["side"] else ""
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n"
        f'<meta charset="{charset}">\n<title>{html.escape(page.title or page.source, quote=False)}</title>\n'
        "<style>body{font-size:14px}.side{float:right}</style>\n"
        "<script>var _hmt=_hmt||[];</script>\n</head>\n<body>\n"
        f'<div class="{outer}">\n<div class="header">\n{chr(10).join(regions["head"])}\n</div>\n'
        f'<div class="{inner}">\n{chr(10).join(regions["main"])}\n</div>\n{side}'
        f'<div class="footer">\n{chr(10).join(regions["foot"])}\n</div>\n</div>\n</body>\n</html>\n'
    )


def encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-16":
        return b"\xff\xfe" + text.encode("utf-16-le")
    return text.encode(encoding)


def page_key(page: Page) -> dict:
    chrome: list[str] = []
    for ln in page.lines:
        if ln.chrome and ln.text.strip() and ln.text not in chrome:
            chrome.append(ln.text)
    for extra in page.extra.get("chrome_inline", []):
        if extra not in chrome:
            chrome.append(extra)
    return {"source": page.source, "style": page.style, "articles": [a.key() for a in page.articles],
            "chrome": chrome}


def write_page(page: Page, folder: Path) -> None:
    path = folder / page.source
    path.parent.mkdir(parents=True, exist_ok=True)
    if page.render in ("html", "flat_html"):
        text = render_html(page)
    elif page.render == "txt":
        text = "\r\n".join(ln.text for ln in page.lines) + "\r\n" if page.encoding == "gbk" else \
            "\n".join(ln.text for ln in page.lines) + "\n"
    else:
        raise ValueError(page.render)
    path.write_bytes(encode(text, page.encoding))


def write_key(entries: list[dict], path: Path) -> None:
    entries = apply_rulings(path.name.removesuffix(".key.jsonl"), entries)  # conventions settled 2026-11-30
    path.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "corpus" / "dev"), help="folder for web5/ and district_xiangshan/")
    args = parser.parse_args(argv)
    out = Path(args.out)
    heldout3_text.reset()

    web = out / "web5"
    if web.exists():
        shutil.rmtree(web)
    web.mkdir(parents=True)
    web_pages = pages()
    for page in web_pages:
        write_page(page, web)
    write_key([page_key(p) for p in web_pages], out / "web5.key.jsonl")

    district = out / "district_xiangshan"
    if district.exists():
        shutil.rmtree(district)
    district.mkdir(parents=True)
    entries = []
    for item in district_files():
        item.write(district)
        entries.append(item.key())
    write_key(entries, out / "district_xiangshan.key.jsonl")
    print(f"web5: {len(web_pages)} files; district_xiangshan: {len(entries)} files -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
