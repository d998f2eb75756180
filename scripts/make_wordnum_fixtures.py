"""Write the Word-numbering fixtures of tests/data/formats once (needs LibreOffice; tests do not).

Word files as school union chairs write them: headings numbered by Word's own list numbering
(no typed 一、), revisions left tracked, fields, content controls and text boxes. All text is
the team's own invention. Run:
    python scripts/make_wordnum_fixtures.py            # soffice on PATH
Written here:
- 阳光小学工会2023年工作总结.docx: python-docx plus numbering.xml and body XML written by hand:
  section headings numbered through a paragraph style that inherits its numPr (basedOn), sub-
  headings and a decimal list by direct numPr, a ① list continued across two lists and
  restarted by a startOverride, a lowerLetter level that never restarts (lvlRestart 0), legal
  numbering (isLgl), a bullet list, numId 0 in a numbered style; tracked insertions, deletions
  and a move; smartTag, customXml, an inline content control, a simple and a complex field,
  a hyperlink; a text box as Word writes it (DrawingML with a VML fallback) and a VML-only one;
  a header and a footer;
- 阳光小学工会2023年工作总结（LibreOffice）.docx / .odt / .doc: that file opened and saved by
  LibreOffice, so that files written by a real office suite are read too;
- 城北二中工会2023年工作计划.odt: an OpenDocument file written by hand: headings numbered by the
  outline style, lists with prefix and suffix, a start value, a list continued
  (text:continue-numbering) and a tracked deletion and insertion;
- 城北二中工会2023年工作计划（LibreOffice）.docx / .doc: that file saved by LibreOffice;
- 新华路小学工会2024年工作总结（文本框）（LibreOffice）.doc: a .docx with a letterhead text box, a
  caption box of two paragraphs and a text box in the page header, saved by LibreOffice as Word 97
  (the .doc's textbox and header textbox stories).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_format_fixtures import OUT, RICH_MANIFEST, convert

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NS = (W + ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
      ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
      ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
      ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
      ' xmlns:v="urn:schemas-microsoft-com:vml"'
      ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
DOCX_TITLE = "阳光小学工会2023年工作总结"
ODT_TITLE = "城北二中工会2023年工作计划"


def _lvl(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{extra}'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>')


ABSTRACT = [
    # 90: the sections: 一、 （一） 1.
    (90, _lvl(0, "chineseCounting", "%1、") + _lvl(1, "chineseCounting", "（%2）")
     + _lvl(2, "decimal", "%3.")),
    (91, _lvl(0, "decimalEnclosedCircle", "%1", extra='<w:suff w:val="nothing"/>')),  # ①②, no gap
    (92, _lvl(0, "decimal", "%1.") + _lvl(1, "lowerLetter", "%2)", extra='<w:lvlRestart w:val="0"/>')),
    (93, _lvl(0, "upperRoman", "第%1部分", extra='<w:suff w:val="space"/>')
     + _lvl(1, "decimal", "%1.%2", extra='<w:isLgl/><w:suff w:val="space"/>')),
    (94, ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
         '<w:lvlText w:val="\uf06c"/><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr></w:lvl>')),
]
NUMS = [(90, 90, ""), (91, 91, ""), (92, 92, ""), (93, 93, ""), (94, 94, ""),
        (95, 91, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>')]


def _num(num_id: int, ilvl: int = 0) -> str:
    return f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'


def _p(body: str, ppr: str = "") -> str:
    return f"<w:p {NS}><w:pPr>{ppr}</w:pPr>{body}</w:p>"


def _r(text: str) -> str:
    return f"<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>"


def _box(text: str) -> str:
    """A text box as Word 2010+ writes it: DrawingML in mc:Choice, the same box in VML in mc:Fallback."""
    content = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return ("<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor distT=\"0\" "
            "distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\" "
            "locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
            "<wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH>"
            "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
            "<wp:extent cx=\"3600000\" cy=\"540000\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
            "<wp:wrapTopAndBottom/><wp:docPr id=\"1\" name=\"文本框 1\"/><wp:cNvGraphicFramePr/>"
            "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
            "<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/>"
            "<a:ext cx=\"3600000\" cy=\"540000\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>"
            f"</wps:spPr><wps:txbx>{content}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
            "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape style=\"width:283pt;height:42pt\">"
            f"<v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>")


def _vml_box(text: str) -> str:
    """A text box as Word 2003 wrote it: VML only."""
    return (f"<w:r><w:pict><v:shape style=\"width:200pt;height:30pt\"><v:textbox><w:txbxContent>"
            f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>")


SEC = '<w:pStyle w:val="SectionHeading"/>'
REV = 'w:author="张老师" w:date="2023-12-20T09:00:00Z"'
BODY = [
    _p(_box("阳光小学工会文件") + _r(DOCX_TITLE)),
    _p(_r("一年来，我校工会在上级工会和学校党支部领导下，于")
       + '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="date">'
       + _r("2023年1月") + "</w:smartTag>"
       + _r("起围绕学校中心工作开展了以下工作（详见")
       + '<w:hyperlink w:anchor="taizhang" w:history="1">' + _r("工会工作台账") + "</w:hyperlink>"
       + _r("）。")),
    _p(_r("加强民主管理"), SEC),
    _p(_r("召开教代会"), _num(90, 1)),
    _p(_r("三月召开第五届教代会第二次会议，审议通过")
       + f'<w:ins w:id="1" {REV}>' + _r("《绩效工资分配方案》和") + "</w:ins>"
       + f'<w:del w:id="2" {REV}><w:r><w:delText>已删去的旧方案名称</w:delText></w:r></w:del>'
       + _r("《教职工考勤制度》。")),
    _p(_r("推进校务公开"), _num(90, 1)),
    _p(_r("学校重大事项在公开栏公示，全年公示")
       + '<w:customXml w:element="count">' + _r("十二") + "</w:customXml>" + _r("次。")),
    _p(_r("教代会提案办理情况："), ""),
    _p(_r("提案立案八件"), _num(91)),
    _p(_r("已办结七件"), _num(91)),
    _p(_r("关心教职工生活"), SEC),
    _p(_r("走访慰问困难教职工十二人次。"), _num(90, 2)),
    _p(_r("为退休教师举办重阳节座谈会。"), _num(90, 2)),
    _p(_r("为全体教职工办理互助保障，参保率达到")
       + '<w:sdt><w:sdtPr><w:alias w:val="参保率"/></w:sdtPr><w:sdtContent>' + _r("100%")
       + "</w:sdtContent></w:sdt>" + _r("。")),
    _p(_r("续前：")),
    _p(_r("送温暖资金按时发放"), _num(91)),
    _p(_r("新学期计划（重新编号）：")),
    _p(_r("走访新入职教师"), _num(95)),
    _p(_r("开展文体活动"), SEC),
    _p(_r("组织教职工") + f'<w:moveFrom w:id="3" {REV}>' + _r("登山活动和") + "</w:moveFrom>"
       + _r("拔河比赛") + f'<w:moveTo w:id="4" {REV}>' + _r("和登山活动") + "</w:moveTo>"
       + _r("，参加人数120人。")),
    _p(_r("活动安排"), _num(92)),
    _p(_r("春季健步走"), _num(92, 1)),
    _p(_r("秋季运动会"), _num(92, 1)),
    _p(_r("总结表彰"), _num(92)),
    _p(_r("评选优秀会员"), _num(92, 1)),
    _p(_r("经费使用"), _num(93)),
    _p(_r("文体活动经费"), _num(93, 1)),
    _p(_r("今后的打算"), SEC),
    _p(_r("加强青年教师联系"), _num(94)),
    _p(_r("办好教工之家"), _num(94)),
    _p(_r("（本节完）"), SEC + '<w:numPr><w:numId w:val="0"/></w:numPr>'),
    _p(_r("第") + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE '
       "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + _r("2")
       + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + _r("页附件：") + _vml_box("附：活动照片两张")),
    _p(_r("阳光小学工会")),
    _p('<w:fldSimple w:instr=" DATE \\@ &quot;yyyy年M月d日&quot; ">' + _r("2023年12月28日") + "</w:fldSimple>"),
]
STYLES = [
    # a body style that carries the section numbering; the heading style inherits it (basedOn)
    ('<w:style w:type="paragraph" w:styleId="SectionBase"><w:name w:val="节标题基础"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr></w:pPr></w:style>'),
    ('<w:style w:type="paragraph" w:styleId="SectionHeading"><w:name w:val="节标题"/>'
    '<w:basedOn w:val="SectionBase"/><w:rPr><w:b/></w:rPr></w:style>'),
]


BOX_TITLE = "新华路小学工会2024年工作总结（文本框）"
BOX_BODY = [
    _p(_box("新华路小学工会文件") + _r("新华路小学工会2024年工作总结")),
    _p(_r("一、关心教职工生活")),
    _p(_r("全年走访慰问困难教职工九人次，为教职工办理互助保障。")),
    _p(_r("二、开展文体活动") + _box("图：教职工运动会现场").replace(
        "</w:p></w:txbxContent>", "</w:p><w:p><w:r><w:t>摄于2024年10月</w:t></w:r></w:p></w:txbxContent>")),
    _p(_r("十月举办教职工运动会，参加人数八十人。")),
    _p(_r("新华路小学工会")),
    _p(_r("2024年12月20日")),
]


def make_text_box_docx(path: Path) -> None:
    """A letterhead text box, a caption box of two paragraphs, and a text box in the page header."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    header = document.sections[0].header
    header.paragraphs[0].text = "新华路小学（页眉）"
    header._element.append(parse_xml(_p(_box("页眉里的文本框"))))
    sect = document.element.body[-1]
    for xml in BOX_BODY:
        sect.addprevious(parse_xml(xml))
    document.save(path)


def make_numbered_docx(path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "阳光小学工会（页眉）"
    document.sections[0].footer.paragraphs[0].text = "第 1 页（页脚）"
    numbering = document.part.numbering_part.element
    for aid, levels in ABSTRACT:
        numbering.insert(0, parse_xml(f'<w:abstractNum {W} w:abstractNumId="{aid}">'
                                      f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'))
    for num_id, aid, override in NUMS:
        numbering.append(parse_xml(f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/>'
                                   f"{override}</w:num>"))
    styles = document.styles.element
    for style in STYLES:
        styles.append(parse_xml(style.replace("<w:style ", f"<w:style {W} ", 1)))
    body = document.element.body
    sect = body[-1]
    for xml in BODY:
        sect.addprevious(parse_xml(xml))
    document.save(path)


ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')
ODT_STYLES = (
    f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ODT_NS} office:version="1.2"><office:styles>'
    '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" '
    'style:default-outline-level="1"/>'
    '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" '
    'style:default-outline-level="2"/>'
    '<text:outline-style style:name="Outline">'
    '<text:outline-level-style text:level="1" style:num-format="一, 二, 三, ..." style:num-suffix="、"/>'
    '<text:outline-level-style text:level="2" style:num-format="一, 二, 三, ..." style:num-prefix="（" '
    'style:num-suffix="）"/>'
    '</text:outline-style></office:styles></office:document-styles>'
)
_CHANGE = '<office:change-info><dc:creator>李老师</dc:creator><dc:date>2023-02-20T10:00:00</dc:date></office:change-info>'
ODT_CONTENT = (
    f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS} office:version="1.2">'
    "<office:automatic-styles>"
    '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1" '
    'style:num-suffix="."/><text:list-level-style-number text:level="2" style:num-format="a" '
    'style:num-prefix="(" style:num-suffix=")"/></text:list-style>'
    '<text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-format="1" '
    'style:num-prefix="第" style:num-suffix="项" text:start-value="3"><style:list-level-properties '
    'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment '
    'text:label-followed-by="nothing"/></style:list-level-properties></text:list-level-style-number></text:list-style>'
    '<text:list-style style:name="L3"><text:list-level-style-bullet text:level="1" text:bullet-char="●"/>'
    "</text:list-style></office:automatic-styles>"
    "<office:body><office:text>"
    '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>' + _CHANGE
    + "<text:p>删去的一句话</text:p></text:deletion></text:changed-region>"
    '<text:changed-region text:id="c2"><text:insertion>' + _CHANGE + "</text:insertion></text:changed-region>"
    "</text:tracked-changes>"
    f"<text:p>{ODT_TITLE}</text:p>"
    '<text:h text:style-name="Heading_20_1" text:outline-level="1">指导思想</text:h>'
    '<text:p>以服务教职工为宗旨，推进学校民主管理。<text:change text:change-id="c1"/></text:p>'
    '<text:h text:style-name="Heading_20_1" text:outline-level="1">主要工作</text:h>'
    '<text:h text:style-name="Heading_20_2" text:outline-level="2">民主管理</text:h>'
    '<text:list text:style-name="L1"><text:list-item><text:p>开好教代会</text:p>'
    "<text:list><text:list-item><text:p>审议学校发展规划</text:p></text:list-item>"
    "<text:list-item><text:p>审议绩效工资方案</text:p></text:list-item></text:list></text:list-item>"
    "<text:list-item><text:p>落实校务公开</text:p></text:list-item></text:list>"
    "<text:p>公开栏每月更新。</text:p>"
    '<text:list text:style-name="L1" text:continue-numbering="true"><text:list-item>'
    "<text:p>做好提案办理</text:p></text:list-item></text:list>"
    '<text:h text:style-name="Heading_20_2" text:outline-level="2">关心教职工</text:h>'
    '<text:list text:style-name="L2"><text:list-item><text:p>走访慰问困难教职工</text:p></text:list-item>'
    '<text:list-item><text:p>组织教职工<text:change-start text:change-id="c2"/>健康<text:change-end '
    'text:change-id="c2"/>体检</text:p></text:list-item></text:list>'
    '<text:list text:style-name="L3"><text:list-item><text:p>办好教工之家</text:p></text:list-item></text:list>'
    '<text:h text:style-name="Heading_20_1" text:outline-level="1">工作安排</text:h>'
    '<text:list text:style-name="L1"><text:list-item><text:p>三月：召开教代会</text:p></text:list-item>'
    "<text:list-item><text:p>五月：教职工运动会</text:p></text:list-item></text:list>"
    "<text:p>城北二中工会</text:p><text:p>2023年2月20日</text:p>"
    "</office:text></office:body></office:document-content>"
)


def make_numbered_odt(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("META-INF/manifest.xml", RICH_MANIFEST.replace(
            "</manifest:manifest>", '<manifest:file-entry manifest:full-path="styles.xml" '
            'manifest:media-type="text/xml"/></manifest:manifest>'))
        archive.writestr("content.xml", ODT_CONTENT)
        archive.writestr("styles.xml", ODT_STYLES)


def main() -> int:
    if shutil.which("soffice") is None:
        print("soffice (LibreOffice) is needed to write the fixtures", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name, make, targets in [
            (f"{DOCX_TITLE}.docx", make_numbered_docx, ["docx:MS Word 2007 XML", "odt", "doc:MS Word 97"]),
            (f"{ODT_TITLE}.odt", make_numbered_odt, ["docx:MS Word 2007 XML", "doc:MS Word 97"]),
            (f"{BOX_TITLE}.docx", make_text_box_docx, ["doc:MS Word 97"]),
        ]:
            source = work / name
            make(source)
            shutil.copy(source, OUT / name)
            for target in targets:
                out_dir = work / target.split(":")[0]
                out_dir.mkdir(exist_ok=True)
                converted = convert(source, target, out_dir)
                shutil.copy(converted, OUT / f"{source.stem}（LibreOffice）{converted.suffix}")
    (OUT / f"{BOX_TITLE}.docx").unlink()  # its .doc is the fixture; the .docx reader has its own
    for path in sorted(OUT.glob("*（LibreOffice）*")) + [OUT / f"{DOCX_TITLE}.docx", OUT / f"{ODT_TITLE}.odt"]:
        print(f"{path.stat().st_size:>7,}  {path.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
