"""Reading stage: every encoding and format we meet, and every bad input, gives text or an InputError."""

from __future__ import annotations

import io
import os
import re
import zipfile
from pathlib import Path

import pytest
from builders import make_docx, make_pdf
from hypothesis import given, settings
from hypothesis import strategies as st

from unionmine.documents.decode import decode_bytes
from unionmine.documents.discover import discover_files
from unionmine.documents.limits import Limits
from unionmine.documents.read import Decoded, read_document
from unionmine.errors import InputError, UsageError
from unionmine.text.normalize import normalize_text, split_long_lines

SIMPLIFIED = "学校工会工作总结\n一年来，我校工会在党支部的领导下，关心教职工生活，组织文体活动。"
TRADITIONAL = "學校工會工作總結\n一年來，我校工會在黨支部的領導下，關心教職工生活，組織文體活動。"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def reason_of(path: Path, limits: Limits | None = None) -> str:
    with pytest.raises(InputError) as info:
        read_document(path, limits)
    assert info.value.source == str(path)
    assert info.value.stage == "read"
    return info.value.reason


# --- encodings ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SIMPLIFIED.encode("utf-8"), "utf-8"),
        (SIMPLIFIED.encode("utf-8-sig"), "utf-8-sig"),
        (SIMPLIFIED.encode("gb18030"), "gb18030"),
        (SIMPLIFIED.encode("gb2312"), "gb18030"),
        (SIMPLIFIED.encode("utf-16"), "utf-16"),
        (b"\xff\xfe" + SIMPLIFIED.encode("utf-16-le"), "utf-16"),
        (b"\x84\x31\x95\x33" + SIMPLIFIED.encode("gb18030"), "gb18030"),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "gb18030",
        "gb2312",
        "utf16-bom-be-or-le",
        "utf16le-bom",
        "gb18030-bom",
    ],
)
def test_encodings_decode_to_the_same_text(tmp_path, data, encoding):
    doc = read_document(write(tmp_path, "a.txt", data))
    assert isinstance(doc, Decoded)
    assert doc.text == SIMPLIFIED
    assert doc.encoding == encoding
    assert doc.warnings == []


def test_ascii_lines_of_a_gb_file_are_kept(tmp_path):
    text = "2023-2024\n学校工会工作总结\nPart 2\n关心教职工。\n"
    doc = read_document(write(tmp_path, "lines.txt", text.encode("gb18030")))
    assert doc.original == text.strip()
    big5 = "2023\n學校工會\nEnd"
    assert read_document(write(tmp_path, "b5.txt", big5.encode("big5"))).original == big5


def test_gbk_only_characters(tmp_path):
    # Characters outside GB2312 but inside GBK: a detector reading GB2312 would fail here.
    text = "朱镕基、王喆和李堃参加了工会活动，赵昇主持。"
    doc = read_document(write(tmp_path, "gbk.txt", text.encode("gbk")))
    assert doc.original == text
    assert doc.encoding == "gb18030"


def test_short_gb_text_is_not_misread_by_a_detector(tmp_path):
    doc = read_document(write(tmp_path, "short.txt", "工会".encode("gb2312")))
    assert doc.original == "工会"


def test_big5_traditional_comes_out_right(tmp_path):
    doc = read_document(write(tmp_path, "big5.txt", TRADITIONAL.encode("big5")))
    assert doc.encoding == "big5"
    assert doc.original == TRADITIONAL
    assert doc.text == SIMPLIFIED


def test_utf16_without_bom(tmp_path):
    for codec in ("utf-16-le", "utf-16-be"):
        with_ascii = f"2023年 {SIMPLIFIED}\nABC"
        doc = read_document(write(tmp_path, f"{codec}.txt", with_ascii.encode(codec)))
        assert (doc.original, doc.encoding) == (with_ascii, codec)
        doc = read_document(write(tmp_path, f"{codec}-zh.txt", "工会工作总结".encode(codec)))
        assert (doc.original, doc.encoding) == ("工会工作总结", codec)


def test_mixed_utf8_and_gbk_lines_lose_nothing(tmp_path):
    data = (
        "第一段：工会换届选举。\n".encode()
        + "第二段：教职工运动会。\n".encode("gbk")
        + "第三段：送温暖。".encode()
    )
    doc = read_document(write(tmp_path, "mixed.txt", data))
    assert doc.original == "第一段：工会换届选举。\n第二段：教职工运动会。\n第三段：送温暖。"
    assert any("mixed encodings" in w for w in doc.warnings)


def test_invalid_bytes_are_replaced_and_counted(tmp_path):
    data = "工会工作总结，".encode("gbk") + b"\xff" + "关心教职工。".encode("gbk")
    doc = read_document(write(tmp_path, "bad.txt", data))
    assert doc.original.startswith("工会工作总结，")
    assert doc.original.endswith("关心教职工。")
    assert any("replacement characters in 1 places" in w for w in doc.warnings)


def test_non_chinese_text_decodes_with_a_warning(tmp_path):
    doc = read_document(write(tmp_path, "en.txt", b"Annual report of the staff union."))
    assert doc.original == "Annual report of the staff union."
    assert "no Chinese text found" in doc.warnings


def test_text_in_another_legacy_encoding_gets_a_warning(tmp_path):
    data = "日本語のテキストです。労働組合の活動報告。".encode("shift_jis")
    doc = read_document(write(tmp_path, "sjis.txt", data))
    assert any("may be in another encoding" in w for w in doc.warnings)
    # Real Chinese, even with rare characters, does not.
    doc = read_document(
        write(tmp_path, "gb.txt", "朱镕基、王喆和李堃参加了工会活动。".encode("gbk"))
    )
    assert doc.warnings == []


def test_decode_bytes_is_usable_on_its_own():
    text, encoding, warnings = decode_bytes(SIMPLIFIED.encode("gb18030"))
    assert (text, encoding, warnings) == (SIMPLIFIED, "gb18030", [])


# --- normalisation ------------------------------------------------------------------------------


def test_line_endings(tmp_path):
    for name, sep in (("crlf.txt", b"\r\n"), ("cr.txt", b"\r")):
        doc = read_document(write(tmp_path, name, sep.join(["第一行".encode(), "第二行".encode()])))
        assert doc.original == "第一行\n第二行"


def test_fullwidth_ascii_and_spaces_are_normalised():
    assert (
        normalize_text("２０２３年度　ＡＢＣ工会\u3000\u3000会员９５．６％")
        == "2023年度 ABC工会 会员95.6%"
    )


def test_chinese_punctuation_has_one_form():
    raw = "发表时间:2023-12-30\n一年来,我们做了三件事;一是学习!\n(一)组织建设\n(1)换届\n会议 10:30, 共 1,200 人"
    assert normalize_text(raw) == (
        "发表时间：2023-12-30\n一年来，我们做了三件事；一是学习！\n（一）组织建设\n（1）换届\n会议 10:30，共 1,200 人"
    )
    # Full-width Chinese punctuation stays; spaces around it go.
    assert normalize_text("（一） 加强学习 ， 提高素质 。") == "（一）加强学习，提高素质。"
    # A heading number with an ASCII period keeps it; a sentence end becomes 。
    assert normalize_text("三.加强工会建设.\n完成任务.") == "三.加强工会建设。\n完成任务。"


def test_invisible_and_control_characters_are_removed():
    raw = "工\u200b会\ufeff工作\u00ad总结\x07\t表格\x0c第二页\u2028第三行"
    assert normalize_text(raw) == "工会工作总结\t表格\n第二页\n第三行"


def test_normalisation_is_idempotent_and_collapses_blank_lines():
    raw = "  标题  \n\n\n\n\n  正文   内容,见下 (附件)  \r\n"
    once = normalize_text(raw)
    assert once == "标题\n\n正文 内容，见下（附件）"
    assert normalize_text(once) == once


def test_traditional_converted_and_original_kept(tmp_path):
    doc = read_document(write(tmp_path, "trad.txt", TRADITIONAL.encode("utf-8")))
    assert doc.original == TRADITIONAL
    assert doc.text == SIMPLIFIED


def test_long_single_line_is_split_at_sentence_ends(tmp_path):
    sentence = "工会组织教职工开展活动取得成效。"  # 16 characters
    data = (sentence * 125_000).encode()  # 2,000,000 characters on one line
    doc = read_document(write(tmp_path, "long.txt", data))
    lines = doc.original.split("\n")
    assert len(lines) >= 2
    assert all(len(line) <= 1_000_000 and line.endswith("。") for line in lines)
    assert "".join(lines) == sentence * 125_000
    assert any("split at sentence ends" in w for w in doc.warnings)


def test_split_long_lines_cuts_hard_without_sentence_ends():
    text, n = split_long_lines("甲" * 25, 10)
    assert (text.split("\n"), n) == (["甲" * 10, "甲" * 10, "甲" * 5], 1)
    assert split_long_lines("短。", 10) == ("短。", 0)


# --- Word ---------------------------------------------------------------------------------------


def test_docx_paragraphs_and_tables_in_order(tmp_path):
    doc = read_document(make_docx(tmp_path / "总结 2023.docx"))
    assert doc.encoding == "docx"
    assert (
        doc.original
        == "学校工会工作总结\n一、加强组织建设\n时间\t活动\n三月\t教职工运动会\n二、关心教职工生活"
    )


def test_docx_with_no_text(tmp_path):
    assert (
        reason_of(make_docx(tmp_path / "empty.docx", paragraphs=(), table=False))
        == ".docx has no text"
    )


def test_truncated_docx(tmp_path):
    data = make_docx(tmp_path / "full.docx").read_bytes()
    path = write(tmp_path, "cut.docx", data[: len(data) // 2])
    assert reason_of(path).startswith("corrupt .docx: not a zip archive")


def test_zip_bomb_docx_is_refused_before_parsing(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (20 * 1024 * 1024))
    assert len(buffer.getvalue()) < 100_000  # the fixture itself stays small
    path = write(tmp_path, "bomb.docx", buffer.getvalue())
    reason = reason_of(path)
    assert "possible zip bomb" in reason and "20.0 MB" in reason
    # The absolute limit applies too.
    reason = reason_of(path, Limits(max_expansion_ratio=10_000, max_uncompressed_mb=5))
    assert "--max-uncompressed-mb 5" in reason


def test_broken_legacy_doc(tmp_path):
    # An OLE signature over nothing: a broken Word 97-2003 file (tests/documents/test_legacy_formats.py
    # reads real ones), whether named .doc or .docx.
    assert reason_of(
        write(tmp_path, "old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    ).startswith("corrupt Word 97-2003 document")
    assert reason_of(
        write(tmp_path, "old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    ).startswith("corrupt Word 97-2003 document")


def test_docx_named_txt_is_read_as_docx(tmp_path):
    source = make_docx(tmp_path / "real.docx")
    doc = read_document(write(tmp_path, "renamed.txt", source.read_bytes()))
    assert doc.encoding == "docx"
    assert "学校工会工作总结" in doc.original
    assert any("really a DOCX" in w for w in doc.warnings)


# --- HTML ---------------------------------------------------------------------------------------


def test_html_gbk_with_script_and_nav_removed(tmp_path):
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        "<title>标题</title><style>p{color:red}</style></head><body>"
        "<nav>首页 | 范文</nav><header>网站头部</header>"
        "<script>document.write('广告')</script>"
        "<h1>学校工会工作总结</h1><p>一年来，我们关心<b>教职工</b>生活。</p>"
        "<!-- 注释 --><div>二、<span>加强学习</span></div>"
        "<table><tr><td>三月</td><td>运动会</td></tr></table>"
        "<footer>版权所有</footer></body></html>"
    )
    doc = read_document(write(tmp_path, "page.html", page.encode("gbk")))
    assert doc.encoding == "html:gb18030"
    assert (
        doc.original == "学校工会工作总结\n一年来，我们关心教职工生活。\n二、加强学习\n三月\t运动会"
    )


def test_html_with_wrong_declared_charset_falls_back(tmp_path):
    page = '<meta charset="utf-8"><body><p>工会工作计划</p></body>'
    doc = read_document(write(tmp_path, "wrong.htm", page.encode("gb18030")))
    assert doc.original == "工会工作计划"
    assert doc.encoding == "html:gb18030"
    assert any("declares utf-8" in w for w in doc.warnings)


def test_html_with_no_body_text(tmp_path):
    page = b"<html><head><title>x</title><script>var a=1;</script></head><body><nav>menu</nav></body></html>"
    assert reason_of(write(tmp_path, "empty.html", page)) == "HTML page has no text"


# --- PDF ----------------------------------------------------------------------------------------


def test_pdf_with_text_layer(tmp_path):
    doc = read_document(make_pdf(tmp_path / "a.pdf", "工会工作总结 2023年"))
    assert doc.encoding == "pdf"
    assert doc.original == "工会工作总结 2023年"


def test_pdf_without_text_layer(tmp_path):
    reason = reason_of(make_pdf(tmp_path / "scan.pdf", None))
    assert reason == "PDF has no text layer (scanned image?); OCR it first"


def test_encrypted_pdf(tmp_path):
    from pypdf import PdfReader, PdfWriter

    source = make_pdf(tmp_path / "plain.pdf", "工会")
    for password, expect_text in (("secret", False), ("", True)):
        writer = PdfWriter()
        for page in PdfReader(source).pages:
            writer.add_page(page)
        writer.encrypt(user_password=password, owner_password="owner")
        path = tmp_path / f"locked-{bool(password)}.pdf"
        with open(path, "wb") as handle:
            writer.write(handle)
        if expect_text:
            assert read_document(path).original == "工会"
        else:
            assert reason_of(path).startswith("encrypted PDF")


def test_corrupt_pdf(tmp_path):
    assert "PDF" in reason_of(write(tmp_path, "bad.pdf", b"%PDF-1.4\n garbage without objects"))
    assert reason_of(write(tmp_path, "fake.pdf", "这不是PDF".encode())).startswith("corrupt PDF")


# --- bad inputs ---------------------------------------------------------------------------------


def test_empty_and_whitespace_files(tmp_path):
    assert reason_of(write(tmp_path, "empty.txt", b"")) == "empty file"
    assert (
        reason_of(write(tmp_path, "blank.txt", b" \r\n\t \n"))
        == "file has only whitespace, no text"
    )
    assert "no text after decoding" in reason_of(
        write(tmp_path, "spaces.txt", "\u3000\u200b\n".encode())
    )


def test_binary_garbage_named_txt(tmp_path):
    import random

    garbage = random.Random(7).randbytes(4096)
    assert reason_of(write(tmp_path, "garbage.txt", garbage)).startswith("binary file, not text")
    png = b"\x89PNG\r\n\x1a\n" + random.Random(8).randbytes(256)
    assert (
        reason_of(write(tmp_path, "image.txt", png))
        == "binary file, not text: the content is a PNG image"
    )


def test_file_over_size_limit(tmp_path):
    path = write(tmp_path, "big.txt", "工会".encode() * 100_000)  # 600 kB
    reason = reason_of(path, Limits(max_file_mb=0.5))
    assert "larger than the 0.5 MB limit (--max-file-mb)" in reason


def test_unsupported_type(tmp_path):
    assert reason_of(write(tmp_path, "slides.pptx", b"PK\x03\x04")).startswith(
        "unsupported file type .pptx"
    )


def test_folder_named_like_a_file(tmp_path):
    # Root can read a chmod 000 file, so the portable unreadable input is a folder named x.txt.
    (tmp_path / "x.txt").mkdir()
    assert reason_of(tmp_path / "x.txt") == "is a folder, not a file"


def test_permission_denied(tmp_path):
    path = write(tmp_path, "locked.txt", "工会".encode())
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: a chmod 000 file is still readable")
        assert reason_of(path) == "permission denied"
    finally:
        path.chmod(0o644)


def test_missing_file(tmp_path):
    assert reason_of(tmp_path / "nope.txt") == "file not found"


def test_symlink_loop(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    assert reason_of(tmp_path / "a.txt") == "symlink loop"


def test_name_with_spaces_and_chinese(tmp_path):
    path = write(tmp_path, "2023年 学校 工会 总结.txt", SIMPLIFIED.encode())
    assert read_document(path).text == SIMPLIFIED
    assert read_document(str(path)).text == SIMPLIFIED  # a str path works too


def test_real_seed_pages_read_cleanly():
    seeds = sorted((Path(__file__).parents[2] / "corpus" / "raw").glob("*.txt"))
    if not seeds:
        pytest.skip("no seed pages in corpus/raw")
    for path in seeds:
        doc = read_document(path)
        assert doc.encoding == "utf-8" and doc.warnings == []
        assert "工会" in doc.text
        # No ASCII punctuation is left touching Chinese text.
        assert not re.search(r"[\u4e00-\u9fff][,:;!?]|[,:;!?][\u4e00-\u9fff]", doc.original)
        assert normalize_text(doc.original) == doc.original


# --- discovery ----------------------------------------------------------------------------------


def test_discover_files(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "b" / ".git").mkdir(parents=True)
    (corpus / "a").mkdir()
    for rel in (
        "b/2.txt",
        "a/1.docx",
        "top.txt",
        ".hidden.txt",
        "b/.git/x.txt",
        "~$lock.docx",
        "Thumbs.db",
        ".DS_Store",
    ):
        (corpus / rel).write_bytes(b"x")
    (corpus / "b" / "up").symlink_to(corpus)  # a folder symlink pointing back up
    (corpus / "loop1.txt").symlink_to(corpus / "loop2.txt")
    (corpus / "loop2.txt").symlink_to(corpus / "loop1.txt")
    single = write(tmp_path, "single.txt", b"y")

    found = list(discover_files([corpus, single, corpus / "top.txt"]))
    rel = [(str(f.relative_to(tmp_path)), str(r.relative_to(tmp_path))) for f, r in found]
    assert rel == [
        ("corpus/a/1.docx", "corpus"),
        ("corpus/b/2.txt", "corpus"),
        ("corpus/b/up", "corpus"),
        ("corpus/loop1.txt", "corpus"),
        ("corpus/loop2.txt", "corpus"),
        ("corpus/top.txt", "corpus"),
        ("single.txt", "."),
    ]
    assert reason_of(corpus / "b" / "up") == "symlink loop"


def test_discover_files_missing_path(tmp_path):
    with pytest.raises(UsageError, match="no such file or folder"):
        list(discover_files([tmp_path / "missing"]))


# --- invariants ---------------------------------------------------------------------------------

_chinese_like = st.text(
    alphabet=st.sampled_from(
        list("工会教职工总结一二（）()，,:：;!?。. \u3000\t\n\r\u200bＡ１aZ09年、")
    ),
    max_size=80,
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(_chinese_like)
def test_normalize_text_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert "\r" not in once and "\u3000" not in once and "\u200b" not in once


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_raise_input_error(data):
    try:
        text, encoding, warnings = decode_bytes(data)
    except InputError:
        return
    assert isinstance(text, str) and encoding and isinstance(warnings, list)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(
    st.text(
        alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=8, max_size=60
    )
)
def test_gb18030_chinese_round_trips(text):
    # Valid GB18030 input can never be handed to a detector that might call it cp874 or Big5.
    decoded, encoding, _ = decode_bytes(text.encode("gb18030"))
    if encoding == "gb18030":
        assert decoded == text
    else:  # random rare hanzi can also be valid Big5; then both readings must be clean text
        assert encoding in ("big5", "cp950", "utf-16-le", "utf-16-be") and "\ufffd" not in decoded


def test_a_file_that_grew_after_stat_is_read_whole(tmp_path, monkeypatch):
    from unionmine.documents.limits import Limits
    from unionmine.documents.read import _read_bytes

    path = tmp_path / "growing.txt"
    path.write_bytes("工会工作总结。".encode() * 40)
    real_stat = Path.stat

    def stale_stat(self, *args, **kwargs):  # the size seen before the file grew
        info = real_stat(self, *args, **kwargs)
        return os.stat_result((*info[:6], 10, *info[7:])) if self == path else info

    monkeypatch.setattr(Path, "stat", stale_stat)
    assert _read_bytes(path, Limits()) == path.read_bytes()
    assert len(_read_bytes(path, Limits(max_file_mb=0.0001))) == int(0.0001 * 2**20) + 1  # over the limit: seen
