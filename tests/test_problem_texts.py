"""The Chinese reasons of problems.csv tell the reader what to do, as the English ones do."""

from unionmine.documents.problems import reason_zh


def test_an_unsupported_file_says_which_files_are_read_and_what_to_do():
    zh = reason_zh("unsupported file type .rar; supported: .docx, .htm, .html, .md, .pdf, .text, .txt, .xhtml "
                   "and plain text without extension")
    assert zh.startswith("不支持的文件类型.rar")
    assert ".docx" in zh and ".pdf" in zh and "解压" in zh


def test_a_file_left_out_entirely_says_what_to_do_with_it():
    # a district officer read 空文件 and .docx文件已损坏 and did not know what to do next
    for reason in ("empty file", "corrupt .docx: not a zip archive (File is not a zip file)",
                   "corrupt PDF: unexpected end", "corrupt ZIP archive", "binary file, not text",
                   ".docx has no text", "HTML page has no text", "file has only whitespace"):
        zh = reason_zh(reason)
        assert "请" in zh.split("：", 1)[-1], (reason, zh)
