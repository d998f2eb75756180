"""Builders of real test inputs (Word, PDF, bad files), shared by the stage tests.

`python tests/builders.py DIR` writes the bad-input corpus into DIR to look at by hand.
"""

from __future__ import annotations

import importlib.util
import io
import os
import random
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def script_module(relpath: str, name: str | None = None):
    """A file of `scripts/` loaded as a module: scripts are not a package, so their folder goes on `sys.path` (for
    their sibling modules) and the module is registered in `sys.modules` (dataclasses look their module up there);
    a script loaded twice is the same module."""
    path = REPO / "scripts" / relpath
    if str(path.parent) not in sys.path:
        sys.path.insert(0, str(path.parent))
    name = name or path.stem
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


GOOD_TEXT = "东风小学2018年工会工作总结\n一、关心教职工生活\n慰问生病住院教职工8人次，发放慰问金4000元。\n"


def cjk_font() -> Path:
    """A CJK font file shipped by the mplfonts package (a dependency of unionmine)."""
    import mplfonts

    return Path(mplfonts.__file__).parent / "fonts" / "SimHei.ttf"


def make_docx(path: Path, paragraphs=("学校工会工作总结", "一、加强组织建设"), table=True) -> Path:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=2, cols=2)
        grid.cell(0, 0).text, grid.cell(0, 1).text = "时间", "活动"
        grid.cell(1, 0).text, grid.cell(1, 1).text = "三月", "教职工运动会"
        document.add_paragraph("二、关心教职工生活")
    document.save(path)
    return path


def make_pdf(path: Path, text: str | None) -> Path:
    """A one-page PDF with TEXT as a real text layer, or only a drawn shape when TEXT is None."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import font_manager
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

    figure = Figure(figsize=(4, 2))
    if text is None:
        figure.add_artist(Rectangle((0.2, 0.2), 0.5, 0.5, transform=figure.transFigure))
    else:
        figure.text(0.05, 0.5, text, fontproperties=font_manager.FontProperties(fname=cjk_font()))
    with matplotlib.rc_context({"pdf.fonttype": 42}):
        figure.savefig(path, format="pdf")
    return path


def make_odt(path: Path, content: str | bytes, manifest: str | None = None,
             mimetype: str = "application/vnd.oasis.opendocument.text") -> Path:
    """An OpenDocument file of the given content.xml (and manifest), zipped as an office suite does."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", mimetype)
        if manifest is not None:
            archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", content)
    return path


def make_encrypted_pdf(path: Path, password: str = "secret") -> Path:
    from pypdf import PdfReader, PdfWriter

    plain = make_pdf(path.with_suffix(".plain.tmp"), "工会")
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password="owner")
    with open(path, "wb") as handle:
        writer.write(handle)
    plain.unlink()
    return path


def zip_bomb_bytes(uncompressed_mb: int = 20) -> bytes:
    """A .docx-shaped zip whose one member expands ~1000:1; the bytes themselves stay small."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (uncompressed_mb * 1024 * 1024))
    return buffer.getvalue()


def build_bad_corpus(root: Path, huge_mb: int = 200) -> dict[str, str]:
    """Write every kind of bad input under ROOT, beside two good files.

    Returns {relative source: a fragment its problems.csv reason must contain}; the good
    files (one with spaces and Chinese in its name) are not in it.
    """
    root.mkdir(parents=True, exist_ok=True)
    expect: dict[str, str] = {}

    def put(name: str, data: bytes, reason: str) -> Path:
        path = root / name
        path.write_bytes(data)
        expect[name] = reason
        return path

    (root / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (root / "2019年 西湖中学 工会 计划.txt").write_bytes(GOOD_TEXT.replace("总结", "计划").encode("gb18030"))

    put("empty.txt", b"", "empty file")
    put("whitespace.txt", b" \r\n\t \n", "whitespace")
    put("garbage.txt", random.Random(7).randbytes(4096), "binary file")
    full = make_docx(root / "full.docx.tmp").read_bytes()
    (root / "full.docx.tmp").unlink()
    put("truncated.docx", full[: len(full) // 2], "corrupt .docx")
    put("bomb.docx", zip_bomb_bytes(), "zip bomb")
    make_docx(root / "notext.docx", paragraphs=(), table=False)
    expect["notext.docx"] = "no text"
    make_pdf(root / "scan.pdf", None)
    expect["scan.pdf"] = "no text layer"
    make_encrypted_pdf(root / "locked.pdf")
    expect["locked.pdf"] = "encrypted PDF"
    put("nobody.html", b"<html><head><title>x</title></head><body><nav>menu</nav></body></html>", "no text")
    put("mixed.txt", "学校工会工作总结\n".encode() + "一、关心教职工生活，组织运动会。\n".encode("gbk"), "")
    put("english.txt", b"This annual report of the trade union has no Chinese text at all.\n" * 20,
        "no Chinese text")
    sentence = "工会组织教职工开展文体活动。".encode()
    put("one_line.txt", sentence * (5_000_000 // 14 + 1), "")
    with open(root / "huge.txt", "wb") as handle:  # written in chunks: no 200 MB string in memory
        chunk = ("工会组织教职工活动。" * 20_000).encode()
        while handle.tell() < huge_mb * 1024 * 1024:
            handle.write(chunk)
    expect["huge.txt"] = "--max-file-mb"
    (root / "loop_a.txt").symlink_to(root / "loop_b.txt")
    (root / "loop_b.txt").symlink_to(root / "loop_a.txt")
    expect["loop_a.txt"] = "symlink loop"
    expect["loop_b.txt"] = "symlink loop"
    return expect


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "tests/data/bad")
    for name, reason in build_bad_corpus(target).items():
        print(f"{name}\t{reason}", file=sys.stdout)
    os._exit(0)
