"""Write a Taiwan federation's and a few Hong Kong unions' annual reports and plans, 2021-2025 (session 22, USER15), invented.

A researcher compares the member unions of the invented 青嶺縣產業總工會 (a county teachers' union, a teachers'
occupational union, two enterprise unions, a hospital's enterprise union and the federation itself) and two invented
Hong Kong unions, year by year. Their files as they reach her: Big5/CP950, Big5-HKSCS and UTF-8 (with and without BOM) text, Word
files in Traditional with heading styles and 壹、貳、參 / 一、/（一）/ 1. numbering, a LibreOffice .doc, reportlab PDFs,
saved news pages of the federation's site, named as people name them (`113年度會務報告_嘉禾電子企業工會.docx`,
`附件三 工作計畫(114年).pdf`). Years in the Republic of China calendar (民國113年, 一一三年度, 113學年度,
中華民國一百一十三年十二月, 113-05-10) in Taiwan, Gregorian in Hong Kong (2023年度, 2024-25年度). The text speaks as
these unions write (本會, 理監事聯席會議, 會員代表大會, 團體協約, 勞資會議, 急難救助, 自強活動, 文康活動, 會員福利); every
unit, person, number and sentence is invented (two `pages` look-ups for how Taiwan unions head and date their
minutes and reports; nothing copied). Near misses for a year: 會員113人, 第113期會訊, 成立於民國100年, 成立12年.

The key's conventions (decided before the tool was run): `year` is the Gregorian year the document reports on or
plans for (民國113年 = 2024; 113學年度 = the school year from August 2024: 2024; a plan for 114年 = 2025); `kind`:
成果報告 looks back on the year (summary), 會務報告 and 工作報告 to a 會員（代表）大會 are reports (report: the key
first filed 會務報告 as a summary; a real set's labeller read a Hong Kong union's 周年会务报告 as a report, set 6),
工作計畫/年度計畫/工作計劃/工作要點 plan, a news item other; `org` the union's name as it writes it in full, in
Traditional (the scorer compares in Simplified); types: the county teachers' unions and Hong Kong's teachers' union
`education_union`, the enterprise unions (the hospital's too) `enterprise`, the federation and the logistics workers'
union `other`.

    PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/collections/user15_taiwan_hk.py --out /work/local/user15
    PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/collections/user15_taiwan_hk.py --themes OUT   # the labelled sample
"""

from __future__ import annotations

import functools
import io
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_district_collections as dc  # the writers, the Collection and its key
from user5_district import write_inbox
from user7_group import converter, file_key

SEED = 20261222
TEACH, TJOB, JIAHE = "青嶺縣教育產業工會", "青嶺縣教師職業工會", "嘉禾電子股份有限公司企業工會"
BUS, CIAN, FED = "東豐客運股份有限公司企業工會", "醫療財團法人慈安醫院企業工會", "青嶺縣產業總工會"
HKEDU, HKLOG = "香港翠峰教育工作者工會", "港嶺物流業職工會"
TYPES = {TEACH: "education_union", TJOB: "education_union", JIAHE: "enterprise", BUS: "enterprise",
         CIAN: "enterprise", FED: "other", HKEDU: "education_union", HKLOG: "other"}
UNITS = {TEACH: ["青嶺教產"], TJOB: [], JIAHE: ["嘉禾電子企業工會"], BUS: ["東豐客運企業工會"],
         CIAN: ["慈安醫院企業工會"], FED: ["青嶺總工會"], HKEDU: ["翠峰教工會"], HKLOG: []}
CN_CAP = "壹貳參肆伍陸柒捌玖拾"
CN = "一二三四五六七八九十"

#: What a union did, by theme, in the words Taiwan and Hong Kong unions use (written in Simplified, converted).
WORK = {
    "维权": ["与资方进行团体协约协商，就加班费计算与轮班间隔达成共识", "协助会员处理劳资争议调解，争取资遣费差额",
             "提供会员劳动法令免费咨询，由特约律师驻点解答", "督促雇主改善职业安全卫生设施，减少职业灾害",
             "就年终奖金发放标准与资方协商", "协助会员申诉不当调职案件", "团体协约续约协商，新增育婴留职停薪条款",
             "争取教师授课节数与导师费合理调整"],
    "送温暖": ["办理会员急难救助，协助遭逢重大变故之会员", "致送会员婚丧喜庆补助及住院慰问金",
               "发放三节会员福利品与生日礼券", "办理会员子女教育奖助学金", "为会员办理团体保险及健康检查补助",
               "探视退休会员并致赠敬老慰问金"],
    "文体活动": ["举办会员自强活动，前往东部两日游", "办理文康活动暨年终联欢会", "举办会员亲子登山健行",
                 "组队参加县运动会拔河比赛", "举办会员桌球及羽球联谊赛", "开设瑜伽与烘焙社团课程"],
    "民主管理": ["推派劳方代表出席劳资会议，提出工时与排班议案", "派员参与职工福利委员会，监督福利金运用",
                 "推派代表出席教师评审委员会与校务会议", "要求资方公开营运与人事资讯并列席说明",
                 "参与公司员工申诉与考核制度之审议", "汇集会员意见向管理部门提出改善建议"],
    "其他": ["召开理监事联席会议，审议年度预算与决算", "召开会员代表大会，通过年度工作计划",
             "办理新进会员入会，更新会员名册", "编印会讯并维护本会网站与社群专页", "派员参加上级工会干部研习",
             "办理会费收缴与财务稽核"],
}
#: A theme's heading as these unions write it (in Simplified before conversion).
HEAD = {"维权": ["权益维护", "劳资协商与争议处理", "团体协约"], "送温暖": ["会员福利", "急难救助与慰问"],
        "文体活动": ["文康活动", "自强活动"], "民主管理": ["劳资会议与参与", "参与经营管理"],
        "其他": ["会务运作", "组织发展", "会议召开"]}
#: Each unit's own places and people's roles (the words no other unit writes), so that no two units' texts are near
#: copies (the run's duplicate check would set them aside, as it should).
OWN = {TEACH: ["县立文山国中会议室", "教师研习中心", "北区联络处", "国小教师组"],
       TJOB: ["补习班教师联谊处", "代理教师小组", "南区服务站", "兼任教师组"],
       JIAHE: ["二厂餐厅", "晶圆封装课", "夜班休息室", "品保部"], BUS: ["北站调度室", "驾驶员休息站", "保修厂", "南站车队"],
       CIAN: ["护理部会议室", "急诊室", "药剂科", "第七病房"], FED: ["县劳工育乐中心", "产业园区服务站", "联合会馆", "东区办事处"],
       HKEDU: ["旺角会址", "中学教师组", "小学教师组", "幼师组"], HKLOG: ["葵涌货柜码头", "机场货运站", "屯门仓库", "司机组"]}
ACTS = ["统筹办理", "负责联系", "主持会议", "现场协助", "撰写纪录", "追踪进度", "对外说明", "整理资料"]
OUTCOMES = ["会后提出建议{k}项", "满意度达{k}成", "共拍摄照片{k}张", "编印纪录{k}页", "另有{k}名眷属同行", "收集问卷{k}份",
            "列管事项{k}件", "获得主管机关肯定"]
PEOPLE = "陈林黄张李王吴刘蔡杨许郑谢洪郭邱曾廖赖徐周叶苏庄吕"
GIVEN = "志明淑芬俊杰美玲家豪怡君建宏雅婷文彬秀英宗翰佩珊"


def _person(rng) -> str:
    return rng.choice(PEOPLE) + rng.choice(GIVEN) + rng.choice(GIVEN)


def _fact(rng, theme: str, roc: bool, year: int, plan: bool, places: list[str]) -> str:
    """One sentence of the year's work (a plan's: what the union means to do) at one of the unit's own PLACES,
    dated as the writer dates; each unit does its own half of each theme's work (so no two units' texts are alike)."""
    own = random.Random(places[0]).sample(WORK[theme], (len(WORK[theme]) + 1) // 2)
    work = rng.choice(own)
    n = rng.randint(12, 96)
    month = rng.randint(1, 12)
    when = f"{year - 1911 if roc else year}年{month}月" if rng.random() < 0.5 else f"{month}月{rng.randint(1, 28)}日"
    who = f"由{rng.choice(places)}{_person(rng)}{rng.choice(['理事', '干事', '会员代表', '监事'])}{rng.choice(ACTS)}"
    if plan:
        return f"预定于{month}月{work}，{who}。"
    return f"{when}，本会{work}，{who}，计有会员{n}人次参与，{rng.choice(OUTCOMES).format(k=rng.randint(2, 9))}。"


@functools.lru_cache(maxsize=2)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


def _t(text: str, hk: bool, plan_word: str) -> str:
    """The writer's own characters: Taiwan's (计划 as the writer spells it: 計畫 or 計劃) or Hong Kong's."""
    return _converter("s2hk" if hk else "s2tw").convert(text).replace("計劃", plan_word).replace("説", "說")  # (Big5 has 說)


def report(rng, unit: str, *, title: str, year: int, kind: str | None = None, hk: bool = False, date: str | None = None,
           plan_word: str = "計畫", capitals: bool = True, opening: str | None = None) -> dc.Article:
    """A union's 會務報告 (壹、前言 貳、會務概況 參、業務推動 with 一、 and （一） below, 肆、結語, the chair's signature and
    its date) or its plan (壹、計畫目標 貳、工作項目 ...); HK's without the capitals (一、/（一）/1.)."""
    kind = kind or ("summary" if "成果" in title else "report")  # (會務報告: a report, see the key's conventions)
    plan = kind == "plan"
    roc = not hk
    y = f"{year - 1911}年" if roc else f"{year}年"
    a = dc.Article(title, unit, TYPES[unit], year, kind)
    h0 = (lambda i, s: f"{CN_CAP[i]}、{s}") if capitals else (lambda i, s: f"{CN[i]}、{s}")
    h1 = (lambda i, s: f"{CN[i]}、{s}") if capitals else (lambda i, s: f"（{CN[i]}）{s}")
    h2 = (lambda i, s: f"（{CN[i]}）{s}") if capitals else (lambda i, s: f"{i + 1}.{s}")
    members = rng.randint(180, 2400)
    lead = opening or (f"本会{y}度在全体会员支持下，秉持团结互助精神推动会务。" if not plan else
                       f"为落实会员代表大会决议，订定本会{y}度工作计划如下。")
    a.blocks += [("h1", h0(0, "前言" if not plan else "计划目标")), ("p", lead)]
    if not plan:
        a.blocks += [("h1", h0(1, "会务概况")), ("h2", h1(0, "组织概况")),
                     ("p", f"截至{y}底，本会会员{members}人，较上年增加{rng.randint(3, 40)}人；会讯已出刊至第{rng.randint(90, 130)}期。"),
                     ("h2", h1(1, "会议召开")),
                     ("p", f"本年度召开理监事联席会议{rng.randint(3, 6)}次、第{rng.randint(2, 9)}届第{rng.randint(1, 4)}次会员代表大会1次，审议预算及工作计划。")]
    a.blocks.append(("h1", h0(2 if not plan else 1, "业务推动" if not plan else "工作项目")))
    themes = ["维权", "送温暖", "文体活动", "民主管理", "其他"]
    for i, theme in enumerate(rng.sample(themes, 5)):
        a.blocks.append(("h2", h1(i, rng.choice(HEAD[theme]))))
        for j in range(2):
            a.blocks.append(("h3", h2(j, rng.choice(WORK[theme])[:8])))
            a.blocks.append(("p", "".join(_fact(rng, theme, roc, year, plan, OWN[unit]) for _ in range(2))))
    if not plan:
        a.blocks += [("h1", h0(3, "结语")), ("p", "感谢全体会员的支持，本会将持续为会员争取合理权益。")]
    a.blocks.append(("end", f"理事长　{_person(rng)}"))
    a.blocks.append(("end", date or (f"中华民国{y}12月" if roc else f"{year}年12月")))
    a.blocks = [(r, _t(s, hk, plan_word)) for r, s in a.blocks]
    a.title = _t(a.title, hk, plan_word)
    return a


def news(rng, unit: str, *, title: str, year: int, day: str, theme: str) -> dc.Article:
    """A federation's news item on its site: an event of one theme, its day in the ROC calendar."""
    a = dc.Article(_t(title, False, "計畫"), unit, TYPES[unit], year, "other")
    a.blocks = [("p", _t(f"【本会讯】{day}，{FED}{rng.choice(WORK[theme])}，所属工会会员{rng.randint(40, 300)}人参加。", False, "計畫")),
                ("p", _t(f"理事长{_person(rng)}表示，本会成立12年来，会员人数已逾113人的{rng.randint(8, 20)}倍。", False, "計畫"))]
    return a


def docx_file(c: dc.Collection, rel: str, a: dc.Article, *, styled: bool = True) -> None:
    """A Word file in Traditional: the title, headings in Heading 1-3 (typed numbers kept), paragraphs, the end lines."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    d.add_paragraph(a.title, style="Title")
    level = {"h1": 1, "h2": 2, "h3": 3}
    for role, text in a.blocks:
        if role in level and styled:
            d.add_heading(text, level=level[role])
        elif role in level:
            d.add_paragraph().add_run(text).bold = True
        else:
            p = d.add_paragraph(text)
            if role == "end":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    buf = io.BytesIO()
    d.save(buf)
    c.path(rel).write_bytes(dc._deterministic_zip(buf.getvalue()))
    c.add(rel, "docx_styles" if styled else "docx_typed", [dc.key_article(a, a.blocks)])


def txt_file(c: dc.Collection, rel: str, a: dc.Article, *, encoding: str, crlf: bool = False) -> None:
    """A text file as Notepad saves it: Big5/CP950, UTF-8, or UTF-8 with a BOM (utf-8-sig)."""
    dc.write_txt(c.path(rel), [(a, a.blocks)], encoding=encoding, crlf=crlf, indent="　　")
    c.add(rel, f"txt_{encoding.replace('-', '')}", [dc.key_article(a, a.blocks)])


def pdf_file(c: dc.Collection, rel: str, a: dc.Article) -> None:
    data, chrome = dc.pdf_bytes(a, a.blocks, marker="第 {n} 頁", running=None)
    c.path(rel).write_bytes(data)
    c.add(rel, "pdf", [dc.key_article(a, a.blocks)], chrome)


def html_file(c: dc.Collection, rel: str, a: dc.Article, *, posted: str, charset: str) -> None:
    """A news page of the federation's site saved from the browser (its menu, a posting line, its footer)."""
    head = ["首頁", "最新消息", "會務公告", "法令宣導", "聯絡我們"]
    tail = ["上一則：勞動法令講習報名", "下一則：會員福利品領取公告", "青嶺縣產業總工會 版權所有 電話：(03)000-0000"]
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;")
    body = "".join(f"<p>{esc(t)}</p>" for _, t in a.blocks)
    page = (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{esc(a.title)} - 青嶺縣產業總工會</title></head>'
            f'<body><ul class="nav">{"".join(f"<li>{h}</li>" for h in head)}</ul><div class="content">'
            f'<h1>{esc(a.title)}</h1><div class="info">發布日期：{posted}　點閱數：{len(a.title) * 7}</div>{body}</div>'
            f'<div class="foot">{"".join(f"<p>{t}</p>" for t in tail)}</div></body></html>')
    c.path(rel).write_bytes(page.encode(charset))
    c.add(rel, "html", [dc.key_article(a, a.blocks)], head + [f"發布日期：{posted}"] + tail)


def inbox(root: Path, seed: int = SEED) -> dc.Collection:
    c = dc.Collection(root, "taiwan_hk")
    rng = random.Random(seed)
    converted: dict[str, str] = {}
    convert = converter(c, converted)
    T, J, B, H, F = "青嶺縣教育產業工會/", "嘉禾電子企業工會/", "東豐客運企業工會/", "慈安醫院企業工會/", "總工會/"

    # ---- the county teachers' union: ROC years in titles, a 學年度 plan, a PDF attachment, a converted .doc ----
    docx_file(c, T + "110年度會務報告.docx", report(rng, TEACH, title=f"{TEACH}110年度會務報告", year=2021))
    convert(T + "110年度會務報告.docx", "doc")
    docx_file(c, T + "111年度會務報告.docx", report(rng, TEACH, title=f"{TEACH}111年度會務報告", year=2022, opening=(
        "本會成立於民國100年，成立12年來會員已逾千人；111年度在全體會員支持下推動會務。")))
    docx_file(c, T + "112年度會務報告_青嶺縣教育產業工會.docx", report(rng, TEACH, title="中華民國一一二年度會務報告", year=2023))
    docx_file(c, T + "113年度工作報告.docx", report(
        rng, TEACH, title="113年度工作報告", year=2024, kind="report",
        opening="謹向第5屆第3次會員代表大會報告民國113年會務推動情形及下年度重點。"), styled=False)
    pdf_file(c, T + "附件三 工作計畫(114年).pdf", report(rng, TEACH, title=f"{TEACH}114年度工作計畫", year=2025, kind="plan"))
    txt_file(c, T + "113學年度工作要點.txt", report(rng, TEACH, title="113學年度工作要點", year=2024, kind="plan",
                                               plan_word="計畫"), encoding="utf-8-sig")
    # ---- the teachers' occupational union: Big5, a title naming its year in Chinese numerals ----
    txt_file(c, "教師職業工會/民國112年工作計畫.txt", report(rng, TJOB, title=f"{TJOB}民國112年工作計畫", year=2023,
                                                          kind="plan"), encoding="big5", crlf=True)
    docx_file(c, "教師職業工會/112年成果報告.docx", report(rng, TJOB, title="112年度成果報告", year=2023))
    docx_file(c, "教師職業工會/一一三年度會務報告.docx", report(rng, TJOB, title="一一三年度會務報告", year=2024,
                                                               date="中華民國一百一十三年十二月"), styled=False)
    # ---- an enterprise union: CP950 with CRLF, Word, PDF, a plan ----
    txt_file(c, J + "110年度會務報告.txt", report(rng, JIAHE, title=f"{JIAHE}110年度會務報告", year=2021),
             encoding="cp950", crlf=True)
    docx_file(c, J + "111年度會務報告.docx", report(rng, JIAHE, title="111年度會務報告", year=2022))
    pdf_file(c, J + "112年度會務報告.pdf", report(rng, JIAHE, title="嘉禾電子企業工會112年度會務報告", year=2023))
    docx_file(c, J + "113年度會務報告_嘉禾電子企業工會.docx", report(
        rng, JIAHE, title="113年度會務報告", year=2024, date="中華民國一百一十三年十二月"))
    docx_file(c, J + "114年度工作計畫.docx", report(rng, JIAHE, title=f"{JIAHE}114年度工作計畫", year=2025, kind="plan"))
    # ---- the bus company's union: UTF-8 without a BOM, CP950, a PDF ----
    pdf_file(c, B + "111年度會務報告.pdf", report(rng, BUS, title="東豐客運企業工會111年度會務報告", year=2022))
    txt_file(c, B + "112年會務報告.txt", report(rng, BUS, title=f"{BUS}112年會務報告", year=2023), encoding="utf-8")
    txt_file(c, B + "113年會務報告.txt", report(rng, BUS, title="113年會務報告", year=2024), encoding="cp950")
    docx_file(c, B + "113年度年度計畫.docx", report(rng, BUS, title="民國113年度年度計畫", year=2024, kind="plan"))
    # ---- the hospital's union: a congress report dated only in its text, a plan in 要點 ----
    docx_file(c, H + "第3屆第2次會員大會工作報告.docx", report(
        rng, CIAN, title="第3屆第2次會員大會工作報告", year=2023, kind="report",
        opening=f"{CIAN}謹就民國112年度會務向會員大會提出報告。"))
    docx_file(c, H + "113年度會務報告.docx", report(rng, CIAN, title=f"{CIAN}113年度會務報告", year=2024))
    txt_file(c, H + "114年工作要點.txt", report(rng, CIAN, title="慈安醫院企業工會114年工作要點", year=2025, kind="plan"),
             encoding="utf-8")
    # ---- the federation: its report and plan, two news pages of its site ----
    pdf_file(c, F + "113年度成果報告.pdf", report(rng, FED, title=f"{FED}113年度成果報告", year=2024))
    docx_file(c, F + "114年度工作計畫.docx", report(rng, FED, title=f"{FED}114年度工作計畫", year=2025, kind="plan"))
    html_file(c, F + "新聞/總工會舉辦會員自強活動.html",
              news(rng, FED, title="總工會舉辦會員自強活動", year=2024, day="113年11月16日", theme="文体活动"),
              posted="113-11-20", charset="utf-8")
    html_file(c, F + "新聞/勞資會議實務研習.html",
              news(rng, FED, title="勞資會議實務研習圓滿完成", year=2024, day="113年5月10日", theme="民主管理"),
              posted="113-05-13", charset="big5")
    # ---- Hong Kong: Gregorian years, 計劃, a school year 2024-25 ----
    hk = {"hk": True, "capitals": False, "plan_word": "計劃"}
    docx_file(c, "香港/翠峰教育工作者工會/2023年度會務報告.docx",
              report(rng, HKEDU, title=f"{HKEDU}2023年度會務報告", year=2023, **hk))
    docx_file(c, "香港/翠峰教育工作者工會/2024-25年度工作計劃.docx",
              report(rng, HKEDU, title="2024-25年度工作計劃", year=2024, kind="plan", **hk))
    txt_file(c, "香港/港嶺物流業職工會/2023年會務報告.txt",
             report(rng, HKLOG, title=f"{HKLOG}2023年會務報告", year=2023, **hk), encoding="utf-8-sig")
    txt_file(c, "香港/港嶺物流業職工會/2024年工作報告.txt",
             report(rng, HKLOG, title=f"{HKLOG}2024年工作報告", year=2024, kind="report", **hk), encoding="big5hkscs")
    file_key(c, converted, UNITS)
    return c


#: The labelled sample: each item's themes by the codebook, read before the tool was run. Most items are their theme
#: alone; where the codebook's 源头参与 ruling reaches (a panel on appraisal, hours or hiring) 民主管理 and 维权. The
#: codebook does not name 劳资会议 (Taiwan's statutory labour-management meeting), 职工福利委员会 (the staff welfare
#: committee) or 会员代表大会 (the union's own congress): read as 民主管理 (the staff's part in running the unit, as
#: a 职代会's), 民主管理 (supervising a fund: democratic supervision, not the care it pays for) and 其他 (the union's
#: own organisation, ruling R2), and 劳资会议 with a proposal on hours or pay 民主管理 and 维权.
BOTH = {"推派劳方代表出席劳资会议，提出工时与排班议案", "推派代表出席教师评审委员会与校务会议", "参与公司员工申诉与考核制度之审议"}


def gold(text: str) -> set[str] | None:
    """The themes of a section's text: the union of its items' (None when it holds none of WORK's items)."""
    from unionmine.text.normalize import to_simplified

    plain = to_simplified(text)
    found = set()
    for theme, items in WORK.items():
        for item in items:
            if item in plain:  # (the items are written in Simplified, as the run's text is)
                found |= {"民主管理", "维权"} if item in BOTH else {theme}
    return found or None


def theme_errors(out: Path) -> dict:
    """The theme classifier on the sections holding WORK's items, against `gold`: per theme, sections, exact (the
    section's labels equal its gold set), missed and added; and the sections whose gold set has two themes."""
    from collections import Counter, defaultdict

    import pandas as pd

    secs = pd.read_parquet(out / "sections.parquet", columns=["heading", "labels", "text"])
    found: dict = defaultdict(Counter)
    for labels, text in zip(secs["labels"], secs["text"]):
        want = gold(text or "")
        if want is None:
            continue
        got = set(labels)
        key = "+".join(sorted(want))
        found[key]["sections"] += 1
        found[key]["exact"] += got == want
        for t in sorted(want - got):
            found[key]["missed " + t] += 1
        for t in sorted(got - want):
            found[key]["added " + t] += 1
    return found


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--themes" in argv:
        rows = theme_errors(Path(argv[argv.index("--themes") + 1]))
        for key, c in sorted(rows.items()):
            rest = ", ".join(f"{k} {v}" for k, v in sorted(c.items()) if k not in ("sections", "exact"))
            print(f"{key}: {c['exact']}/{c['sections']} exact; {rest or '-'}")
        print(f"all: {sum(c['exact'] for c in rows.values())}/{sum(c['sections'] for c in rows.values())} exact")
        return 0
    return write_inbox(argv, inbox, "taiwan_hk", __doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
