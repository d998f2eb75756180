"""Write the legacy-format fixtures of tests/data/formats once (needs LibreOffice; tests do not).

All text is the team's own invention (schools, people and figures are made up). Run:
    python scripts/make_format_fixtures.py            # soffice on PATH
The .docx source is built with python-docx (Heading 1/2 styles, a table, a header and a footer)
and converted by LibreOffice to Word 97 (.doc), RTF and ODT. The rest is written here:
- 城南小学工会2022年工作总结.wps: the .doc's bytes (WPS Office's .wps is the same Word 97
  binary; LibreOffice cannot write a .wps of its own);
- 河东中学工会2023年工作计划.rtf: an RTF as WPS saves it, \\ansicpg936 with GBK \\'hh escapes;
- 东湖幼儿园工会2021年工作总结.mht: a web page saved as one file (MIME, GB2312, quoted-printable);
- 南岭小学工会2024年工作要点.mht: the same shape in UTF-8 and base64;
- 西山小学工会2023年工作总结.doc: from an .odt written here with a footnote, a text box, a
  hyperlink (a field) and a list, converted by LibreOffice (what the Word reader leaves out);
- 损坏的总结.doc: the .doc cut to its first 5,000 bytes;
- 加密的总结.doc: the .doc with the FIB's fEncrypted bit set (how Word marks a password-protected
  file; LibreOffice's command line cannot set a password).
"""

from __future__ import annotations

import base64
import quopri
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "formats"

TITLE = "城南小学工会2022年工作总结"
BODY = [
    ("h1", "一年来工作回顾"),
    ("p", ("2022年，城南小学工会在上级工会和学校党支部的领导下，围绕学校中心工作，"
          "认真履行维护、建设、参与、教育四项职能，较好地完成了全年各项任务。")),
    ("h2", "坚持民主管理"),
    ("p", ("本学年召开教职工代表大会两次，审议通过了《绩效工资分配方案》，"
          "校务公开栏按月更新，教职工满意率达到96.5%。")),
    ("h2", "关心教职工生活"),
    ("p", "春节前走访慰问困难教职工7人，发放慰问金8400元；为42名教职工办理了互助保障。"),
    ("table", [["项目", "次数", "参加人数"], ["羽毛球比赛", "2", "36"], ["读书沙龙", "4", "58"]]),
    ("h1", "存在的不足"),
    ("p", "工会活动形式还不够丰富，青年教师参与度有待提高。Word 97 test: café résumé。"),
]
HEADER = "城南小学工会（页眉）"
FOOTER = "第 1 页（页脚）"

RTF_TITLE = "河东中学工会2023年工作计划"
RTF_LINES = [
    "一、指导思想",
    "以服务教职工为宗旨，推进学校民主管理，建设和谐校园。",
    "二、主要工作",
    "（一）开好第六届教代会第三次会议，落实校务公开。",
    "（二）开展“书香校园”读书活动和教职工趣味运动会。",
    "河东中学工会",
    "2023年2月20日",
]

MHT_TITLE = "东湖幼儿园工会2021年工作总结"
MHT_LINES = [
    "2021年，东湖幼儿园工会在园党支部领导下，团结全体教职工，扎实开展各项工作。",
    "一、加强民主管理",
    "召开教代会一次，修订了《教职工考勤制度》，园务公开做到及时、规范。",
    "二、开展文体活动",
    "组织教职工参加区工会气排球比赛，获得二等奖；开展迎新年联欢活动。",
]
MHT2_TITLE = "南岭小学工会2024年工作要点"
MHT2_LINES = [
    "一、加强思想引领",
    "组织教职工学习工会十八大精神，开展师德师风专题教育。",
    "二、做好服务工作",
    "继续实施“暖心工程”，为每位教职工过好生日，做好困难帮扶。",
]


RICH_ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
               'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
               'xmlns:xlink="http://www.w3.org/1999/xlink"')
RICH_CONTENT = (
    f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {RICH_ODT_NS} office:version="1.2">'
    "<office:body><office:text><text:p>西山小学工会2023年工作总结</text:p>"
    '<text:h text:outline-level="1">一、关心教职工</text:h>'
    '<text:p>慰问困难教职工<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
    "<text:note-body><text:p>含退休教职工2人。</text:p></text:note-body></text:note>5人，详见"
    '<text:a xlink:type="simple" xlink:href="http://example.org/a">区工会网站</text:a>。</text:p>'
    '<text:p><draw:frame draw:name="f1" text:anchor-type="paragraph" svg:width="5cm" svg:height="2cm">'
    "<draw:text-box><text:p>文本框里的说明文字</text:p></draw:text-box></draw:frame>开展读书活动三次。</text:p>"
    "<text:list><text:list-item><text:p>第一项：教代会</text:p></text:list-item>"
    "<text:list-item><text:p>第二项：运动会</text:p></text:list-item></text:list>"
    "<text:p>西山小学工会</text:p></office:text></office:body></office:document-content>"
)
RICH_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
)


def make_rich_odt(path: Path) -> None:
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("META-INF/manifest.xml", RICH_MANIFEST)
        archive.writestr("content.xml", RICH_CONTENT)


def make_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = HEADER
    document.sections[0].footer.paragraphs[0].text = FOOTER
    document.add_paragraph(TITLE, style="Title")
    for kind, value in BODY:
        if kind == "h1":
            document.add_heading(value, level=1)
        elif kind == "h2":
            document.add_heading(value, level=2)
        elif kind == "p":
            document.add_paragraph(value)
        else:
            table = document.add_table(rows=len(value), cols=len(value[0]))
            for r, row in enumerate(value):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
    document.add_paragraph("城南小学工会")
    document.add_paragraph("2022年12月30日")
    document.save(path)


def convert(source: Path, target_ext: str, workdir: Path) -> Path:
    profile = (workdir / "profile").as_uri()  # a private profile: another soffice may be running
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", target_ext, "--outdir", str(workdir),
                    str(source)], check=True, capture_output=True, timeout=180)
    return workdir / (source.stem + "." + target_ext.split(":")[0])


def rtf_gbk(title: str, lines: list[str]) -> bytes:
    def esc(text: str) -> str:
        out = []
        for ch in text:
            if ord(ch) < 128:
                out.append(ch)
            else:
                out.extend(f"\\'{b:02x}" for b in ch.encode("gbk"))
        return "".join(out)

    paras = "".join(f"\\pard\\plain\\f0\\fs24 {esc(line)}\\par\n" for line in [title, *lines])
    head = ("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 "
            + esc("宋体") + ";}}\n{\\info{\\title " + esc(title) + "}}\n")
    return (head + paras + "}\n").encode("ascii")


def mht(title: str, lines: list[str], charset: str, cte: str) -> bytes:
    html = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f"<title>{title}_教育工会网</title></head><body>"
            '<div class="nav">首页 | 工作总结 | 工作计划</div>'
            f"<h1>{title}</h1>" + "".join(f"<p>{line}</p>" for line in lines)
            + "<div class=\"footer\">版权所有 教育工会网</div></body></html>")
    raw = html.encode("gb2312" if charset == "gb2312" else "utf-8")
    body = quopri.encodestring(raw).decode("ascii") if cte == "quoted-printable" else \
        base64.encodebytes(raw).decode("ascii")
    return ("From: <Saved by Windows Internet Explorer 11>\r\n"
            "Subject: =?gb2312?B?" + base64.b64encode(title.encode("gb2312")).decode() + "?=\r\n"
            "MIME-Version: 1.0\r\n"
            'Content-Type: multipart/related; type="text/html"; boundary="----=_NextPart_000_0000"\r\n\r\n'
            "This is a multi-part message in MIME format.\r\n\r\n"
            "------=_NextPart_000_0000\r\n"
            f'Content-Type: text/html; charset="{charset}"\r\n'
            f"Content-Transfer-Encoding: {cte}\r\n"
            "Content-Location: http://www.example.org/gh/zj/2021.html\r\n\r\n"
            + body.replace("\n", "\r\n") + "\r\n"
            "------=_NextPart_000_0000\r\n"
            "Content-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n"
            "Content-Location: http://www.example.org/logo.gif\r\n\r\n"
            "R0lGODlhAQABAAAAACw=\r\n"
            "------=_NextPart_000_0000--\r\n").encode("ascii")


def main() -> int:
    if shutil.which("soffice") is None:
        print("soffice (LibreOffice) is needed to write the fixtures", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = work / f"{TITLE}.docx"
        make_docx(source)
        doc = convert(source, "doc:MS Word 97", work)
        shutil.copy(doc, OUT / doc.name)
        shutil.copy(doc, OUT / f"{TITLE}.wps")
        rtf = convert(source, "rtf", work)
        shutil.copy(rtf, OUT / rtf.name)
        odt = convert(source, "odt", work)
        shutil.copy(odt, OUT / odt.name)
        rich = work / "西山小学工会2023年工作总结.odt"
        make_rich_odt(rich)
        shutil.copy(convert(rich, "doc:MS Word 97", work), OUT / (rich.stem + ".doc"))
        data = doc.read_bytes()
        (OUT / "损坏的总结.doc").write_bytes(data[:5000])
        import olefile

        with olefile.OleFileIO(str(OUT / doc.name)) as ole:
            word = ole.openstream("WordDocument").read()
        flags = int.from_bytes(word[10:12], "little") | 0x0100  # fEncrypted
        patched = data.replace(word[:64], word[:10] + flags.to_bytes(2, "little") + word[12:64], 1)
        (OUT / "加密的总结.doc").write_bytes(patched)
    (OUT / f"{RTF_TITLE}.rtf").write_bytes(rtf_gbk(RTF_TITLE, RTF_LINES))
    (OUT / f"{MHT_TITLE}.mht").write_bytes(mht(MHT_TITLE, MHT_LINES, "gb2312", "quoted-printable"))
    (OUT / f"{MHT2_TITLE}.mht").write_bytes(mht(MHT2_TITLE, MHT2_LINES, "utf-8", "base64"))
    for path in sorted(OUT.iterdir()):
        print(f"{path.stat().st_size:>7,}  {path.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
