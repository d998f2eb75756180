"""The Chinese reasons of problems.csv tell the reader what to do, as the English ones do."""

from unionmine.documents.problems import reason_zh


def test_an_unsupported_file_says_which_files_are_read_and_what_to_do():
    zh = reason_zh("unsupported file type .rar; supported: .docx, .htm, .html, .md, .pdf, .text, .txt, .xhtml "
                   "and plain text without extension")
    assert zh.startswith("不支持的文件类型.rar")
    assert ".docx" in zh and ".pdf" in zh and "解压" in zh
