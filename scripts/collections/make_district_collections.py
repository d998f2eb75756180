"""Write the two district-style development collections and their answer keys.

A district education union receives its schools' year-end summaries and plans as files:
Word documents (heading styles or typed numbers, tables, page headers and footers), PDFs
(page markers, running headers, lines broken at a fixed width, a number split across two
lines), saved school web pages, plain text in GB18030, UTF-16 and UTF-8, file names as people
type them, a summary and next year's plan pasted into one file, an off-topic file, an empty
file and a broken .docx.  Every school, person, number and sentence here is invented.

    python scripts/collections/make_district_collections.py [--out corpus/dev] [--check]

writes ``district_chengbei/`` (folders by year) and ``district_xihu/`` (folders by school)
plus ``district_chengbei.key.jsonl`` and ``district_xihu.key.jsonl`` (format:
``KEYFORMAT`` in the team notes: source, style, articles with title/org/org_type/year/kind/
on_topic/first/last/body, chrome).  The output is byte-for-byte deterministic.
``--check`` re-reads every written file with python-docx / pdfplumber / the codec and
verifies that every key line is present (after compact normalisation).

Needs python-docx and reportlab (reportlab only for this generator: ``pip install .[test]``).
"""

from __future__ import annotations

import argparse
import functools
import io
import json
import random
import re
import shutil
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CN = "一二三四五六七八九十"
FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------------------------------------
# Text pools (all invented).  Summaries speak of the past year, plans of the coming one.
# ---------------------------------------------------------------------------------------------

H1 = {
    "维权": [
        "依法维权，保障教职工合法权益",
        "履行维护职能，让教职工安心从教",
        "突出维权重点，办好民生实事",
    ],
    "送温暖": [
        "关心教职工生活，把温暖送到心坎上",
        "真情服务，当好教职工的娘家人",
        "扎实开展送温暖活动",
    ],
    "文体活动": [
        "丰富文体生活，营造健康和谐的校园氛围",
        "开展文体活动，增强集体凝聚力",
        "以活动为载体，建设温馨教工之家",
    ],
    "民主管理": [
        "推进民主管理，坚持依法治校",
        "健全教代会制度，落实教职工主人翁地位",
        "深化校务公开，推动民主治校",
    ],
    "自身建设": [
        "加强工会自身建设，提升服务水平",
        "夯实工会基础，建设职工之家",
    ],
}

PAST = {
    "维权": [
        (
            "落实教职工福利待遇",
            (
                "工会配合学校行政，督促落实绩效工资分配方案，全年为{n_staff}名教职工办理了职工医疗互助保障，"
                "参保率达到{pct}%，为{n1}名患病教职工申领互助金{money}元。"
            ),
        ),
        (
            "做好健康体检和劳动保护",
            (
                "{month}月组织全体教职工到区人民医院进行健康体检，参检{n_staff}人，体检费用由学校全额承担；"
                "针对体检中发现的问题，工会请医生来校开展健康讲座{k}场。"
            ),
        ),
        (
            "畅通教职工诉求渠道",
            (
                "工会设立“主席信箱”和线上意见箱，全年收到教职工意见建议{n1}条，涉及评优评先、课时安排、"
                "食堂伙食等方面，均在{k}个工作日内给予答复，办结率{pct}%。"
            ),
        ),
        (
            "关注女教职工特殊权益",
            (
                "认真落实女职工特殊劳动保护规定，“三八”节期间组织{n_fem}名女教职工进行专项健康检查，"
                "并开展“健康知识进校园”讲座，参加人数达{n2}人次。"
            ),
        ),
        (
            "普及劳动法律知识",
            (
                "利用政治学习时间，组织学习《工会法》《教师法》和《劳动合同法》相关条款{k}次，"
                "发放普法宣传资料{n2}份，教职工依法维权的意识明显增强。"
            ),
        ),
    ],
    "送温暖": [
        (
            "节日慰问不落一人",
            (
                "元旦、春节期间，工会走访慰问退休教师和困难教职工{n1}户，发放慰问金和慰问品折合{money}元；"
                "端午、中秋为全体会员发放节日福利，人均{per}元。"
            ),
        ),
        (
            "困难帮扶有温度",
            (
                "建立困难教职工档案{k}份，对{n1}名家庭遭遇重大变故的教职工及时开展帮扶，送去帮扶资金{money}元，"
                "并协调学校在排课上给予照顾。"
            ),
        ),
        (
            "坚持“三必访”制度",
            (
                "坚持教职工生病住院必访、直系亲属去世必访、婚育喜事必贺，全年累计慰问{n2}人次，"
                "支出慰问金{money}元。"
            ),
        ),
        (
            "关爱青年教师成长",
            (
                "为新入职的{n1}名青年教师举行入会仪式，赠送成长读本，并组织“青蓝结对”联谊活动，"
                "帮助他们尽快融入校园集体。"
            ),
        ),
        (
            "生日关怀暖人心",
            (
                "坚持为每位会员送上生日蛋糕券和主席签名的贺卡，全年为{n_staff}名会员过集体生日{k}次，"
                "年底问卷调查显示，教职工对工会福利工作的满意率为{pct_dec}%，比上年提高{up}个百分点。"
            ),
        ),
    ],
    "文体活动": [
        (
            "举办教职工运动会",
            (
                "{month}月举办第{ordinal}届教职工趣味运动会，设置拔河、托球跑、跳长绳等{k}个项目，"
                "参与教职工{n2}人次，{n1}个年级组获团体奖。"
            ),
        ),
        (
            "兴趣小组常态活动",
            (
                "工会组建了羽毛球、瑜伽、书法、合唱等{k}个兴趣小组，每周活动一次，全年开展活动{n2}场次，"
                "参与人数累计{n3}人次。"
            ),
        ),
        (
            "积极参加上级比赛",
            (
                "组队参加区教育工会举办的教职工气排球赛和“教工好声音”歌唱比赛，分别获得团体第{place}名"
                "和优秀组织奖。"
            ),
        ),
        (
            "开展读书和健步走活动",
            (
                "开展“书香教工”读书分享会{k}期，推荐书目{n1}种；组织“健步走 迎新春”活动，{n2}名教职工参加，"
                "人均步数超过{steps}步。"
            ),
        ),
        (
            "节日主题活动丰富多彩",
            (
                "“三八”节组织女教职工插花体验，教师节举办“从教三十年”荣誉表彰，元旦开展迎新游园会，"
                "各项活动累计参与{n3}人次。"
            ),
        ),
    ],
    "民主管理": [
        (
            "规范召开教代会",
            (
                "{month}月召开{session}，{n1}名代表出席，审议通过了学校工作报告、教职工绩效考核方案等{k}项议题，"
                "代表出席率{pct}%。"
            ),
        ),
        (
            "提案办理落到实处",
            (
                "本届教代会共征集代表提案{n1}件，经提案工作委员会审查立案{k}件，内容涉及办公条件、校园安全、"
                "课后服务报酬等，立案提案全部落实或答复。"
            ),
        ),
        (
            "校务公开常态化",
            (
                "通过校务公开栏、教职工大会和学校工作群，公开职称评审、评优评先、经费使用等事项{n2}项次，"
                "接受教职工监督，全年未发生因信息不公开引起的投诉。"
            ),
        ),
        (
            "民主评议领导干部",
            "组织教职工代表对学校中层以上干部进行民主评议，参评{n1}人，优秀率{pct}%，评议结果向全体教职工反馈。",
        ),
        (
            "参与学校重大决策",
            (
                "工会主席列席校长办公会{k}次，就课后服务安排、食堂管理、年度考核等事项反映教职工意见{n1}条，"
                "其中{n_small}条被学校采纳。"
            ),
        ),
    ],
    "自身建设": [
        (
            "建好教工之家",
            "投入{money}元改造教工活动室，添置跑步机、乒乓球桌和图书，教工之家被评为区级先进职工之家。",
        ),
        (
            "管好用好工会经费",
            (
                "严格执行工会经费收支管理办法，全年工会经费收入{money}元、支出{money2}元，账目每半年向会员公开一次，"
                "接受经费审查委员会审查。"
            ),
        ),
        (
            "做好会员发展工作",
            "及时为新调入的{n1}名教职工办理入会手续，会员入会率保持{pct}%，会员档案全部实现电子化管理。",
        ),
    ],
}

FUTURE = {
    "维权": [
        (
            "完善维权机制",
            (
                "继续做好职工医疗互助保障参保工作，力争参保率达到100%；组织全体教职工健康体检，"
                "体检经费人均不低于{per}元。"
            ),
        ),
        (
            "畅通诉求渠道",
            "坚持每月一次的“工会主席接待日”，对教职工反映的问题做到件件有回音，办结率不低于{pct}%。",
        ),
        (
            "保障女教职工权益",
            "落实女职工权益保护专项集体合同，组织女教职工专项健康筛查，计划覆盖{n_fem}人。",
        ),
    ],
    "送温暖": [
        (
            "做好节日慰问",
            "春节、端午、中秋期间走访慰问退休教职工和困难教职工，预计慰问{n1}人次，慰问金预算{money}元。",
        ),
        (
            "落实“三必访”",
            "继续坚持教职工生病住院、直系亲属去世、结婚生育必访制度，确保慰问及时、不漏一人。",
        ),
        (
            "关心青年教师",
            "为青年教师牵线搭桥，举办{k}次青年教师联谊活动，帮助解决住宿、子女入学等实际困难。",
        ),
    ],
    "文体活动": [
        (
            "办好教职工运动会",
            "计划于{month}月举办教职工趣味运动会，设置不少于{k}个项目，力争参与率达到{pct}%。",
        ),
        (
            "建设兴趣小组",
            "巩固羽毛球、瑜伽、合唱等兴趣小组，新增{club}小组，每个小组全年活动不少于{n1}次。",
        ),
        (
            "开展读书活动",
            "开展“书香校园 悦读教工”活动，每位会员全年阅读图书不少于{k}本，举办读书沙龙{k2}期。",
        ),
    ],
    "民主管理": [
        (
            "开好教代会",
            "{month}月召开教代会，审议学校年度工作计划和绩效考核方案，做好提案征集和办理工作，提案答复率达到100%。",
        ),
        (
            "深化校务公开",
            "凡涉及教职工切身利益的事项，一律通过校务公开栏和教职工大会公开，全年公开事项不少于{n1}项。",
        ),
        (
            "加强民主监督",
            "组织教职工代表开展学校食堂、校服征订等专项巡视{k}次，并对中层干部进行民主评议。",
        ),
    ],
}

OPENINGS = [
    (
        "{when}{we_full}工会在区教育工会和学校党支部的正确领导下，紧紧围绕学校中心工作，以服务教职工为己任，"
        "认真履行维护、建设、参与、教育四项职能，较好地完成了年初制定的各项任务。现将一年来的工作总结如下："
    ),
    (
        "{when}{we_full}工会坚持“组织起来、切实维护”的工作方针，在上级工会和学校党支部的领导下，"
        "团结带领全体教职工爱岗敬业、奋发进取，各项工作取得新进展。现总结如下："
    ),
    (
        "{year_word}是{we_full}工会工作稳步推进的一年。在学校党支部的领导和行政的大力支持下，工会以建设“教工之家”"
        "为抓手，维护教职工合法权益，丰富教职工文化生活，现将主要工作总结如下："
    ),
]

CLOSING_H1 = ["存在的不足和今后努力方向", "问题与打算", "不足与展望"]
CLOSING = [
    (
        "一年来，{we}工会工作虽然取得了一些成绩，但也存在不足：一是文体活动覆盖面还不够广，部分年龄较大的"
        "教职工参与较少；二是维权工作的方式方法有待创新。"
    ),
    "新的一年，工会将继续在学校党支部领导下，围绕学校中心工作，努力把工会建成教职工信赖的温暖之家。",
]

PLAN_GUIDE_H1 = ["指导思想", "总体思路", "工作目标"]
PLAN_GUIDE = (
    "{when}{we_full}工会将坚持以教职工为中心的工作导向，紧紧围绕学校发展目标，突出维护职能，深化民主管理，"
    "丰富文化生活，努力把工会建设成为教职工信赖的“职工之家”。"
)
PLAN_MAIN_H1 = ["主要工作", "重点工作和主要措施", "具体工作"]
PLAN_MONTHS_H1 = ["月份工作安排", "工作日程安排", "具体时间安排"]
PLAN_MONTHS = [
    "2月：召开工会委员会会议，研究制定本年度工作计划。",
    "3月：开展“三八”节女教职工系列活动；召开教代会。",
    "4月：组织教职工春季健步走活动。",
    "5月：参加区教职工气排球比赛。",
    "6月：组织教职工健康体检。",
    "9月：庆祝教师节，慰问新入职教师和从教三十年教师。",
    "10月：举办教职工趣味运动会。",
    "11月：开展工会经费审查。",
    "12月：做好年终总结和送温暖准备工作。",
]

# The district education union writes of its schools, not of itself as a school.
UNION_PAST = [
    (
        "指导基层工会规范建会",
        [
            (
                "推进教代会规范化建设",
                "指导全区{n_schools}所学校召开教代会，组织教代会规范化建设专项检查{k}次，达标率{pct}%。",
            ),
            (
                "抓好校务公开",
                "印发校务公开目录，督促各校将绩效工资分配、职称评审等事项全部纳入公开范围。",
            ),
        ],
    ),
    (
        "维护教职工合法权益",
        [
            (
                "做好医疗互助保障",
                "全区参加职工医疗互助保障{n3}人，全年为{n2}名患病教职工申领补助{money}元。",
            ),
            (
                "开展法律援助",
                "设立教职工法律咨询热线，全年接待咨询{n1}人次，协调化解劳动争议{k}件。",
            ),
        ],
    ),
    (
        "扎实开展送温暖活动",
        [
            ("两节慰问", "元旦春节期间慰问困难教职工和劳模{n2}人次，发放慰问金{money}元。"),
            ("金秋助学", "资助困难教职工子女上大学{n1}人，发放助学金{money2}元。"),
        ],
    ),
    (
        "丰富全区教职工文体生活",
        [
            (
                "举办全区性比赛",
                "举办全区教职工气排球赛、乒乓球赛和合唱比赛，{n_schools}所学校{n3}人次参加。",
            ),
            ("建设教工之家", "命名区级先进教工之家{k}个，补助建家经费{money}元。"),
        ],
    ),
]
UNION_FUTURE = [
    (
        "加强民主管理",
        [
            ("规范教代会制度", "各校于{month}月底前召开教代会，区教育工会将对{k}所学校进行抽查。"),
            ("深化校务公开", "完善校务公开目录，推动各校公开事项线上线下同步公示。"),
        ],
    ),
    (
        "维护教职工权益",
        [
            ("扩大互助保障覆盖面", "力争全区职工医疗互助保障参保率达到{pct}%。"),
            ("健全帮扶机制", "完善困难教职工档案，实行动态管理，全年帮扶不少于{n1}人次。"),
        ],
    ),
    (
        "丰富文体生活",
        [
            ("办好全区赛事", "{month}月举办全区教职工运动会，各校组队参加。"),
            ("培育特色社团", "扶持{k}个区级教职工文体社团，每个社团补助经费{per}元。"),
        ],
    ),
    (
        "加强工会自身建设",
        [
            ("培训工会干部", "举办基层工会主席培训班{k2}期，培训{n2}人次。"),
            ("管好工会经费", "开展基层工会经费审查，做到账目公开、使用规范。"),
        ],
    ),
]


def params(rng: random.Random) -> dict:
    """Fresh invented figures for one paragraph."""
    money = rng.randrange(2000, 60000, 100)
    return {
        "n1": rng.randint(3, 15),
        "n2": rng.randint(40, 260),
        "n3": rng.randint(150, 900),
        "n_staff": rng.randint(60, 180),
        "n_fem": rng.randint(30, 110),
        "n_small": rng.randint(2, 6),
        "n_schools": rng.randint(24, 41),
        "money": money,
        "money2": money - rng.randrange(0, money // 3, 100),
        "per": rng.randrange(200, 800, 50),
        "pct": rng.randint(90, 100),
        "pct_dec": f"{rng.randint(951, 994) / 10:.1f}",
        "up": f"{rng.randint(5, 30) / 10:.1f}",
        "k": rng.randint(2, 8),
        "k2": rng.randint(2, 6),
        "month": rng.randint(3, 11),
        "ordinal": CN[rng.randint(1, 9)],
        "place": CN[rng.randint(0, 2)],
        "steps": rng.randrange(8000, 15000, 500),
        "session": f"第{CN[rng.randint(2, 6)]}届教职工代表大会第{CN[rng.randint(0, 3)]}次会议",
        "club": rng.choice(["太极拳", "摄影", "烘焙", "篮球", "书画"]),
    }


# ---------------------------------------------------------------------------------------------
# Articles
# ---------------------------------------------------------------------------------------------


@dataclass
class Article:
    title: str
    org: str | None
    org_type: str | None
    year: int | None
    kind: str
    on_topic: bool = True
    blocks: list = field(default_factory=list)  # (role, text) with role h1/h2/p/cap/row/end


KINDERGARTEN_WORDS = [("学校", "幼儿园"), ("校务", "园务"), ("校长", "园长"), ("校园", "园所")]


def _fill(rng, template: str, ctx: dict) -> str:
    text = template.format(**{**params(rng), **ctx})
    if ctx.get("we") == "我园":  # a kindergarten speaks of 幼儿园 / 园务 / 园长
        for school_word, kindergarten_word in KINDERGARTEN_WORDS:
            text = text.replace(school_word, kindergarten_word)
    return text


def summary(
    rng,
    *,
    title,
    org,
    org_type="school",
    year,
    we="我校",
    we_full=None,
    text_year=True,
    themes=None,
    table=False,
    sign=None,
    date=True,
    pdf_rate=False,
) -> Article:
    """A year-end summary: opening, 4 theme sections with two sub-sections, closing, signature."""
    we_full = we_full or org or "学校"
    when = f"{year}年，" if text_year else "本年度，"
    ctx = {
        "we": we,
        "we_full": we_full,
        "when": when,
        "year_word": f"{year}年" if text_year else "这一年",
    }
    a = Article(title, org, org_type, year, "summary")
    a.blocks.append(("p", _fill(rng, rng.choice(OPENINGS), ctx)))
    chosen = themes or rng.sample(["维权", "送温暖", "文体活动", "民主管理", "自身建设"], 4)
    if pdf_rate and "送温暖" not in chosen:
        chosen[1] = "送温暖"
    for theme in chosen:
        a.blocks.append(("h1", rng.choice(H1[theme])))
        pairs = rng.sample(PAST[theme], 2)
        if pdf_rate and theme == "送温暖":
            pairs = [PAST[theme][4], pairs[0] if pairs[0] != PAST[theme][4] else pairs[1]]
        for head, body in pairs:
            a.blocks.append(("h2", head))
            a.blocks.append(("p", _fill(rng, body, ctx)))
        if table and theme == "送温暖":
            label = f"{year}年慰问情况统计" if text_year else "慰问情况统计"
            a.blocks.append(("cap", f"表1 {label}"))
            rows = [["慰问类别", "人次", "金额（元）"]]
            total_n = total_m = 0
            for what in ["节日慰问", "生病住院", "困难帮扶", "婚育喜事"]:
                n, m = rng.randint(4, 90), rng.randrange(800, 30000, 100)
                total_n, total_m = total_n + n, total_m + m
                rows.append([what, str(n), str(m)])
            rows.append(["合计", str(total_n), str(total_m)])
            for row in rows:
                a.blocks.append(("row", row))
    a.blocks.append(("h1", rng.choice(CLOSING_H1)))
    for p in CLOSING:
        a.blocks.append(("p", _fill(rng, p, ctx)))
    a.blocks.append(("end", sign or f"{we_full}工会"))
    if date:
        day = rng.randint(20, 31)
        a.blocks.append(("end", f"{year}年12月{day}日" if text_year else f"12月{day}日"))
    return a


def plan(
    rng, *, title, org, org_type="school", year, we="我校", we_full=None, sign=None, months=True
) -> Article:
    we_full = we_full or org or "学校"
    ctx = {"we": we, "we_full": we_full, "when": f"{year}年，"}
    a = Article(title, org, org_type, year, "plan")
    a.blocks.append(("h1", rng.choice(PLAN_GUIDE_H1)))
    a.blocks.append(("p", _fill(rng, PLAN_GUIDE, ctx)))
    a.blocks.append(("h1", rng.choice(PLAN_MAIN_H1)))
    for theme in rng.sample(["维权", "送温暖", "文体活动", "民主管理"], 4):
        a.blocks.append(("h2", rng.choice(H1[theme])))
        for _head, body in rng.sample(FUTURE[theme], 2):
            a.blocks.append(("p", _fill(rng, body, ctx)))
    if months:
        a.blocks.append(("h1", rng.choice(PLAN_MONTHS_H1)))
        for line in rng.sample(PLAN_MONTHS, 6):
            a.blocks.append(("p", line))
        # month lines in calendar order
        start = max(i for i, b in enumerate(a.blocks) if b[0] == "h1") + 1
        a.blocks[start:] = sorted(a.blocks[start:], key=lambda b: int(b[1].split("月")[0]))
    if sign:
        a.blocks.append(("end", sign))
        a.blocks.append(("end", f"{year - 1}年12月{rng.randint(10, 31)}日"))
    return a


def report(rng, *, title, org, year, date_line) -> Article:
    """A union's work report to the staff congress (教代会)."""
    ctx = {"we": "我校", "we_full": org, "when": f"{year}年，"}
    a = Article(title, org, "school", year, "report")
    a.blocks.append(("p", date_line))
    a.blocks.append(("p", "各位代表、老师们："))
    a.blocks.append(("p", "现在，我受学校工会委员会委托，向大会报告一年来的工会工作，请予审议。"))
    a.blocks.append(("h1", "一年来的主要工作"))
    for theme in rng.sample(["维权", "送温暖", "文体活动", "民主管理"], 4):
        a.blocks.append(("h2", rng.choice(H1[theme])))
        for _head, body in rng.sample(PAST[theme], 2):
            a.blocks.append(("p", _fill(rng, body, ctx)))
    a.blocks.append(("h1", "存在的问题"))
    a.blocks.append(("p", _fill(rng, CLOSING[0], ctx)))
    a.blocks.append(("h1", "下一步工作打算"))
    for theme in ["维权", "民主管理"]:
        a.blocks.append(("p", _fill(rng, rng.choice(FUTURE[theme])[1], ctx)))
    a.blocks.append(
        ("p", "各位代表，让我们在学校党支部的领导下，团结一心，为办好人民满意的教育而努力奋斗！")
    )
    return a


def union_article(rng, *, title, org, year, kind) -> Article:
    a = Article(title, org, "education_union", year, kind)
    ctx = {"we": "区教育工会", "we_full": org, "when": f"{year}年，"}
    if kind == "summary":
        a.blocks.append(
            (
                "p",
                _fill(
                    rng,
                    "{when}区教育工会在区总工会和区教育局党委的领导下，团结带领全区{n3}名教职工，"
                    "围绕教育中心工作，较好地完成了全年各项任务。现将主要工作总结如下：",
                    ctx,
                ),
            )
        )
        pool = UNION_PAST
    else:
        a.blocks.append(
            (
                "p",
                _fill(
                    rng,
                    "{when}区教育工会工作的总体要求是：围绕全区教育改革发展大局，"
                    "突出维权服务，加强基层建设，团结动员全区教职工建功立业。",
                    ctx,
                ),
            )
        )
        pool = UNION_FUTURE
    for head, subs in pool:
        a.blocks.append(("h1", head))
        for sub, body in subs:
            a.blocks.append(("h2", sub))
            a.blocks.append(("p", _fill(rng, body, ctx)))
    if kind == "summary":
        a.blocks.append(("end", org))
        a.blocks.append(("end", f"{year}年12月{rng.randint(20, 31)}日"))
    return a


def canteen(rng, *, title, org, year) -> Article:
    """Off topic: a kindergarten canteen's year summary."""
    a = Article(title, org, "school", year, "summary", on_topic=False)
    lines = [
        f"{year}年，园食堂在园领导的关心下，严格落实食品安全主体责任，全年未发生食品安全事故。",
        ("h1", "严把食材采购关"),
        f"坚持定点采购、索证索票，全年查验供货单位资质{rng.randint(8, 20)}家，建立进货台账{rng.randint(200, 400)}份。",
        ("h1", "科学制定带量食谱"),
        f"保健医生每周制定带量食谱，幼儿每日摄入热量达标率{rng.randint(92, 99)}%，蔬菜品种每周不少于{rng.randint(12, 20)}种。",
        ("h1", "规范加工操作流程"),
        "严格执行生熟分开、餐具消毒和留样制度，每餐留样不少于125克，保存48小时。",
        f"全年组织炊事员食品安全培训{rng.randint(4, 9)}次，炊事员持健康证上岗率100%。",
        ("h1", "存在问题"),
        "个别炊事员操作不够规范，后厨排风设备老化，需在下一年度更新。",
        "园食堂",
        f"{year}年12月{rng.randint(20, 31)}日",
    ]
    for item in lines:
        a.blocks.append(item if isinstance(item, tuple) else ("p", item))
    a.blocks[-2] = ("end", a.blocks[-2][1])
    a.blocks[-1] = ("end", a.blocks[-1][1])
    return a


# ---------------------------------------------------------------------------------------------
# Numbering and key lines
# ---------------------------------------------------------------------------------------------


def numbered(a: Article, typed: bool, h2_style: str = "paren") -> list[tuple[str, str | list]]:
    """Body blocks with typed heading numbers (一、 / （一） or 1．) when ``typed``."""
    out, n1, n2 = [], 0, 0
    for role, text in a.blocks:
        if role == "h1":
            n1, n2 = n1 + 1, 0
            text = f"{CN[n1 - 1]}、{text}" if typed else text
        elif role == "h2":
            n2 += 1
            if typed:
                text = f"（{CN[n2 - 1]}）{text}" if h2_style == "paren" else f"{n2}．{text}"
        out.append((role, text))
    return out


def line_text(role: str, text) -> str:
    return "\t".join(text) if role == "row" else text


def key_article(a: Article, blocks) -> dict:
    body = [line_text(r, t) for r, t in blocks]
    return {
        "title": a.title,
        "org": a.org,
        "org_type": a.org_type,
        "year": a.year,
        "kind": a.kind,
        "on_topic": a.on_topic,
        "first": body[0],
        "last": body[-1],
        "body": body,
    }


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------


def write_txt(
    path: Path,
    parts: list[tuple[Article, list]],
    *,
    encoding="utf-8",
    crlf=False,
    indent="",
    before=(),
    between="\n",
) -> list[str]:
    """Plain text: title line, blank, body lines (paragraphs indented by ``indent``)."""
    out = list(before)
    for i, (a, blocks) in enumerate(parts):
        if i:
            out.extend(between.split("\n")[1:])
        out.append(a.title)
        out.append("")
        for role, text in blocks:
            out.append((indent + text) if role == "p" else text)
    text = "\n".join(out) + "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    # UTF-16 as Windows Notepad saves it: little-endian with a BOM, whatever this machine is
    data = b"\xff\xfe" + text.encode("utf-16-le") if encoding == "utf-16" else text.encode(encoding)
    path.write_bytes(data)
    return out


def _deterministic_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return buf.getvalue()


def _page_field(paragraph) -> None:
    """A PAGE field as Word writes it (begin / instruction / separate / shown value / end)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def run_with(tag: str, **attrs) -> None:
        run = OxmlElement("w:r")
        child = OxmlElement(tag)
        for name, value in attrs.items():
            child.set(qn(name), value)
        run.append(child)
        paragraph._p.append(run)
        return child

    run_with("w:fldChar", **{"w:fldCharType": "begin"})
    run_with("w:instrText", **{"xml:space": "preserve"}).text = " PAGE "
    run_with("w:fldChar", **{"w:fldCharType": "separate"})
    run_with("w:t").text = "1"
    run_with("w:fldChar", **{"w:fldCharType": "end"})


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
HEADING_NUMBERING = f"""<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="90">
<w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading1"/>
<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading2"/>
<w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl>
</w:abstractNum>"""


def _number_heading_styles(d) -> None:
    """Word's own heading numbering: Heading 1 shows 一、 and Heading 2 （一） without either
    being in the text (a multilevel list linked to the two styles)."""
    from docx.oxml import parse_xml

    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(HEADING_NUMBERING))
    numbering.append(
        parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    )
    for level, name in enumerate(("Heading 1", "Heading 2")):
        num_pr = d.styles[name].element.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = level
        num_pr.get_or_add_numId().val = 90


def _outline_level(paragraph, level: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement("w:outlineLvl")
    element.set(qn("w:val"), str(level))
    paragraph._p.get_or_add_pPr().append(element)


def docx_bytes(
    a: Article,
    blocks,
    *,
    styled: bool,
    header: str | None,
    footer: str,
    title_style: str,
    outline: bool = False,
) -> bytes:
    """A Word document: title (style Title or bold centred), headings (Heading 1/2 when
    ``styled``, bold typed numbers otherwise), paragraphs, a table, page header and footer."""
    import datetime

    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    if styled and not outline:
        _number_heading_styles(d)
    cp = d.core_properties
    cp.author = cp.last_modified_by = "user"
    cp.created = cp.modified = datetime.datetime(2024, 1, 1)
    cp.revision = 1
    if title_style == "Title":
        d.add_paragraph(a.title, style="Title")
    else:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(a.title)
        r.bold = True
        r.font.size = Pt(16)
    rows: list[list[str]] = []

    def flush_rows():
        if rows:
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            rows.clear()

    for role, text in blocks:
        if role != "row":
            flush_rows()
        if role == "row":
            rows.append(text)
        elif role in ("h1", "h2") and styled and outline:
            # WPS-style: a Normal paragraph given an outline level (大纲级别), bold
            p = d.add_paragraph()
            p.add_run(text).bold = True
            _outline_level(p, 0 if role == "h1" else 1)
        elif role in ("h1", "h2") and styled:
            d.add_heading(text, level=1 if role == "h1" else 2)
        elif role in ("h1", "h2"):
            d.add_paragraph().add_run(text).bold = True
        elif role == "end":
            p = d.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            p = d.add_paragraph(text)
            p.paragraph_format.first_line_indent = Pt(24)
    flush_rows()
    section = d.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    before, _, after = footer.partition("{page}")
    fp.add_run(before)
    _page_field(fp)
    fp.add_run(after)
    buf = io.BytesIO()
    d.save(buf)
    return _deterministic_zip(buf.getvalue())


def wrap(text: str, width: int, split_number: bool) -> list[str]:
    """Fixed-width lines as a PDF lays them out.  With ``split_number`` the paragraph is set at
    the width (within 30-39 characters) at which a line ends inside the figure after 满意率为
    (``满意率为9`` / ``7.8%``), as happens in real files."""
    if split_number:
        m = re.search(r"满意率为\d", text)
        if m:
            fits = [w for w in range(30, 40) if m.end() % w == 0]
            if fits:
                width = fits[0]
            else:  # indent the first line more, as a centred or quoted opening would be
                width = 34
                text = "　" * (width - m.end() % width) + text
    return [text[i : i + width] for i in range(0, len(text), width)]


_FONT_READY = False


def pdf_bytes(
    a: Article, blocks, *, marker: str, running: str | None, width: int = 34, per_page: int = 32
) -> tuple[bytes, list[str]]:
    """A PDF of ``a`` with hard line breaks; returns the bytes and the chrome lines."""
    global _FONT_READY
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if not _FONT_READY:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        _FONT_READY = True
    lines: list[tuple[str, str]] = [("title", a.title)]
    for role, text in blocks:
        if role == "p":
            for piece in wrap("　　" + text, width, "满意率为" in text):
                lines.append(("p", piece))
        else:
            lines.append((role, text))
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
    total = len(pages)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("")
    chrome = []
    w, h = A4
    for number, page in enumerate(pages, 1):
        if running and number > 1:
            c.setFont("STSong-Light", 9)
            c.drawCentredString(w / 2, h - 40, running)
            chrome.append(running)
        y = h - 72
        for role, text in page:
            if role == "title":
                c.setFont("STSong-Light", 16)
                c.drawCentredString(w / 2, y, text)
                y -= 30
                continue
            c.setFont("STSong-Light", 12)
            if role == "end":
                c.drawRightString(w - 72, y, text)
            else:
                c.drawString(72, y, text)
            y -= 20
        c.setFont("STSong-Light", 10)
        mark = marker.format(n=number, total=total)
        c.drawCentredString(w / 2, 40, mark)
        chrome.append(mark)
        c.showPage()
    c.save()
    return buf.getvalue(), chrome


SITE_A = {  # an old table-layout school site
    "head": [
        "{school}欢迎您！",
        "首页 | 学校概况 | 党建工作 | 工会之窗 | 教育教学 | 德育天地 | 联系我们",
        "当前位置：首页 > 工会之窗 > 工作总结",
    ],
    "meta": "发布时间：{date}　作者：校工会　点击数：{hits}",
    "tail": [
        "【打印本页】【关闭窗口】",
        "上一篇：{prev}",
        "下一篇：{next}",
        "版权所有：{school}　地址：{addr}",
        "技术支持：星河网络　备案号：苏ICP备00000000号",
    ],
}
SITE_B = {  # a newer template with a side menu
    "head": [
        "网站首页 | 园所概况 | 保教动态 | 工会园地 | 家园共育",
        "您现在的位置：网站首页 >> 工会园地",
    ],
    "meta": "来源：{school}　发布日期：{date}　浏览次数：{hits}",
    "tail": [
        "相关文章",
        "{prev}",
        "{next}",
        "Copyright © {school} All Rights Reserved 地址：{addr}",
    ],
}


def html_bytes(
    a: Article,
    blocks,
    *,
    site: dict,
    school: str,
    date: str,
    prev: str,
    nxt: str,
    addr: str,
    hits: int,
    charset: str,
) -> tuple[bytes, list[str]]:
    fill = {"school": school, "date": date, "prev": prev, "next": nxt, "addr": addr, "hits": hits}
    head = [s.format(**fill) for s in site["head"]]
    meta = site["meta"].format(**fill)
    tail = [s.format(**fill) for s in site["tail"]]
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    parts = [
        "<!DOCTYPE html>",
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">',
        f"<title>{esc(a.title)}_{esc(school)}</title>",
        "<style>.nav a{color:#fff}</style></head><body>",
        '<table width="980" align="center"><tr><td>',
    ]
    parts.append(f'<div class="logo">{esc(head[0])}</div>')
    for line in head[1:]:
        if " | " in line:
            links = "".join(
                f'<a href="/list{i}.html">{esc(x)}</a>' + (" | " if i < line.count(" | ") else "")
                for i, x in enumerate(line.split(" | "))
            )
            parts.append(f'<div class="nav">{links}</div>')
        else:
            parts.append(f'<div class="position">{esc(line)}</div>')
    parts.append(f'<div class="art"><h1>{esc(a.title)}</h1>')
    parts.append(f'<div class="info">{esc(meta)}</div><div class="content">')
    for role, text in blocks:
        if role in ("h1", "h2"):
            parts.append(f"<p><strong>{esc(text)}</strong></p>")
        elif role == "end":
            parts.append(f'<p style="text-align:right">{esc(text)}</p>')
        else:
            parts.append(f'<p style="text-indent:2em">{esc(text)}</p>')
    parts.append("</div></div>")
    for line in tail:
        parts.append(f'<div class="bottom">{esc(line)}</div>')
    parts.append("</td></tr></table></body></html>")
    codec = "gb18030" if charset.lower() in ("gb2312", "gbk") else charset
    return "\n".join(parts).encode(codec), head + [meta] + tail


# ---------------------------------------------------------------------------------------------
# The two collections
# ---------------------------------------------------------------------------------------------


class Collection:
    def __init__(self, root: Path, name: str):
        self.dir = root / name
        self.key_path = root / f"{name}.key.jsonl"
        self.rows: list[dict] = []
        if self.dir.exists():
            shutil.rmtree(self.dir)
        self.dir.mkdir(parents=True)

    def path(self, rel: str) -> Path:
        p = self.dir / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def add(self, rel, style, articles, chrome=()):
        self.rows.append(
            {"source": rel, "style": style, "articles": articles, "chrome": list(chrome)}
        )

    # one call per file kind -------------------------------------------------------------
    def txt(
        self, rel, articles, *, encoding="utf-8", crlf=False, indent="", before=(), typed_h2="paren"
    ):
        parts = [(a, numbered(a, True, typed_h2)) for a in articles]
        write_txt(
            self.path(rel),
            parts,
            encoding=encoding,
            crlf=crlf,
            indent=indent,
            before=before,
            between="\n\n",
        )
        style = {"utf-8": "txt_utf8", "gb18030": "txt_gb18030", "utf-16": "txt_utf16"}[encoding]
        self.add(rel, style, [key_article(a, b) for a, b in parts], before)

    def docx(
        self, rel, a, *, styled, header, footer="第{page}页", title_style="Title", outline=False
    ):
        blocks = numbered(a, not styled, "paren")
        data = docx_bytes(
            a,
            blocks,
            styled=styled,
            header=header,
            footer=footer,
            title_style=title_style,
            outline=outline,
        )
        self.path(rel).write_bytes(data)
        chrome = ([header] if header else []) + [footer.replace("{page}", "1")]
        style = "docx_typed" if not styled else "docx_outline" if outline else "docx_styles"
        self.add(rel, style, [key_article(a, blocks)], chrome)

    def pdf(self, rel, a, *, marker, running, h2_style="paren"):
        blocks = numbered(a, True, h2_style)
        data, chrome = pdf_bytes(a, blocks, marker=marker, running=running)
        self.path(rel).write_bytes(data)
        self.add(rel, "pdf", [key_article(a, blocks)], chrome)

    def html(self, rel, a, *, site, school, date, prev, nxt, addr, charset="utf-8"):
        blocks = numbered(a, True, "paren")
        data, chrome = html_bytes(
            a,
            blocks,
            site=site,
            school=school,
            date=date,
            prev=prev,
            nxt=nxt,
            addr=addr,
            hits=sum(map(ord, a.title)) % 900 + 50,
            charset=charset,
        )
        self.path(rel).write_bytes(data)
        self.add(rel, "html", [key_article(a, blocks)], chrome)

    def write_key(self):
        self.rows.sort(key=lambda r: r["source"])
        with open(self.key_path, "w", encoding="utf-8", newline="\n") as fh:
            fh.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in self.rows)


def chengbei(root: Path) -> Collection:
    """City-north district: the union's inbox sorted into one folder per year."""
    c = Collection(root, "district_chengbei")
    rng = random.Random(20211)

    # 2021 -------------------------------------------------------------------------------------
    a = summary(
        rng,
        title="2021年工会工作总结",
        org="城北二中",
        year=2021,
        we_full="学校",
        sign="校工会",
        table=True,
    )
    c.docx(
        "2021/城北二中2021年工会工作总结.docx",
        a,
        styled=True,
        header="工会工作材料",
        footer="第{page}页",
    )
    a = summary(
        rng,
        title="城北一中工会工作总结",
        org="城北一中",
        year=2021,
        text_year=False,
        table=True,
        sign="城北一中工会委员会",
    )
    c.docx(
        "2021/城北一中2021年工会工作总结.docx",
        a,
        styled=False,
        header="城北一中工会",
        footer="- {page} -",
        title_style="bold",
    )
    a = summary(
        rng,
        title="城北区实验小学工会2021年工作总结",
        org="城北区实验小学",
        year=2021,
        pdf_rate=True,
    )
    c.pdf(
        "2021/城北区实验小学工会2021年工作总结.pdf",
        a,
        marker="— {n} —",
        running="城北区实验小学工会工作材料",
    )
    a = summary(
        rng,
        title="城北区桂园幼儿园2021年工会工作总结",
        org="城北区桂园幼儿园",
        year=2021,
        we="我园",
    )
    c.txt(
        "2021/桂园幼儿园2021年工会工作总结.txt", [a], encoding="gb18030", crlf=True, indent="　　"
    )
    a = summary(
        rng, title="城北区职业技术学校2021年工会工作总结", org="城北区职业技术学校", year=2021
    )
    c.html(
        "2021/城北职校2021年工会工作总结.html",
        a,
        site=SITE_A,
        school="城北区职业技术学校",
        date="2022-01-07",
        prev="我校召开第六届教代会第二次会议",
        nxt="工会开展“健步走”活动",
        addr="城北区青石路88号",
    )

    # 2022 -------------------------------------------------------------------------------------
    s = summary(rng, title="城北二中工会2022年工作总结", org="城北二中", year=2022)
    p = plan(
        rng, title="城北二中工会2023年工作计划", org="城北二中", year=2023, sign="城北二中工会"
    )
    c.txt("2022/城北二中工会2022年总结及2023年计划.txt", [s, p], typed_h2="arabic")
    r = report(
        rng,
        title="在城北一中第五届教职工代表大会第三次会议上的工会工作报告",
        org="城北一中",
        year=2022,
        date_line="（2022年3月18日）",
    )
    c.docx(
        "2022/城北一中第五届教代会第三次会议工会工作报告.docx",
        r,
        styled=False,
        header="城北一中工会",
        title_style="bold",
    )
    p = plan(rng, title="城北区实验小学2022年工会工作计划", org="城北区实验小学", year=2022)
    c.txt("2022/城北区实验小学2022年工会工作计划.txt", [p], encoding="utf-16", crlf=True)
    a = summary(
        rng,
        title="城北区青石路小学工会2022年工作总结",
        org="城北区青石路小学",
        year=2022,
        pdf_rate=True,
    )
    c.pdf(
        "2022/青石路小学工会工作总结2022.pdf",
        a,
        marker="- {n} -",
        running="青石路小学工会工作总结",
        h2_style="arabic",
    )
    a = canteen(rng, title="城北区中心幼儿园2022年食堂工作总结", org="城北区中心幼儿园", year=2022)
    c.txt("2022/城北区中心幼儿园食堂工作总结.txt", [a], encoding="gb18030", crlf=True)
    c.path("2022/新建文本文档.txt").write_bytes(b"")
    c.add("2022/新建文本文档.txt", "empty", [])
    u = union_article(
        rng, title="城北区教育工会2022年工作要点", org="城北区教育工会", year=2022, kind="plan"
    )
    c.docx("2022/城北区教育工会2022年工作要点.docx", u, styled=True, header="城北区教育工会")
    a = summary(
        rng,
        title="城北区职业技术学校工会2022年工作总结",
        org="城北区职业技术学校",
        year=2022,
        table=True,
    )
    c.docx(
        "2022/城北职校工会2022年工作总结.docx",
        a,
        styled=True,
        header="城北职校工会",
        footer="第 {page} 页",
    )

    # 2023 -------------------------------------------------------------------------------------
    p = plan(rng, title="城北区实验小学2023年工会工作安排", org="城北区实验小学", year=2023)
    c.html(
        "2023/城北区实验小学2023年工会工作安排.html",
        p,
        site=SITE_A,
        school="城北区实验小学",
        date="2023-02-20",
        prev="工会慰问退休教师",
        nxt="“三八”节女教职工插花活动",
        addr="城北区和平路12号",
        charset="gb2312",
    )
    a = summary(
        rng,
        title="城北区桂园幼儿园工会2023年工作总结",
        org="城北区桂园幼儿园",
        year=2023,
        we="我园",
        pdf_rate=True,
    )
    c.pdf(
        "2023/桂园幼儿园工会2023年工作总结.pdf",
        a,
        marker="第 {n} 页 共 {total} 页",
        running="桂园幼儿园工会（2023）",
    )
    u = union_article(
        rng, title="城北区教育工会2023年工作总结", org="城北区教育工会", year=2023, kind="summary"
    )
    c.txt("2023/城北区教育工会2023年工作总结.txt", [u])
    p = plan(rng, title="城北一中工会2023年工作要点", org="城北一中", year=2023)
    c.docx(
        "2023/城北一中工会2023年工作要点.docx",
        p,
        styled=False,
        header="城北一中工会",
        title_style="bold",
    )
    return c


def xihu(root: Path) -> Collection:
    """West-lake district: one folder per school, as the schools sent them in."""
    c = Collection(root, "district_xihu")
    rng = random.Random(20232)

    # 西湖小学
    a = summary(rng, title="西湖小学工会2021年度工作总结", org="西湖小学", year=2021)
    c.txt(
        "西湖小学/附件2：西湖小学工会2021年度工作总结.txt",
        [a],
        encoding="gb18030",
        crlf=True,
        indent="　　",
        before=("附件2", ""),
    )
    c.rows[-1]["chrome"] = ["附件2"]
    p = plan(rng, title="西湖小学工会2022年工作计划", org="西湖小学", year=2022)
    c.docx(
        "西湖小学/西湖小学工会2022年工作计划.docx",
        p,
        styled=True,
        header="西湖小学工会",
        outline=True,
    )
    a = summary(rng, title="西湖小学2022年工会工作总结", org="西湖小学", year=2022, pdf_rate=True)
    c.pdf(
        "西湖小学/西湖小学2022年工会工作总结.pdf", a, marker="— {n} —", running="西湖小学工会文件"
    )
    r = report(
        rng,
        title="西湖小学第四届教代会第二次会议工会工作报告",
        org="西湖小学",
        year=2023,
        date_line="2023年3月10日",
    )
    c.txt("西湖小学/西湖小学第四届教代会第二次会议工会工作报告.txt", [r])

    # 柳岸中学
    a = summary(rng, title="西湖区柳岸中学2021年工会工作总结", org="西湖区柳岸中学", year=2021)
    c.html(
        "柳岸中学/柳岸中学2021年工会工作总结.html",
        a,
        site=SITE_A,
        school="西湖区柳岸中学",
        date="2021-12-30",
        prev="柳岸中学教职工气排球赛获佳绩",
        nxt="校工会开展冬至包饺子活动",
        addr="西湖区柳岸路6号",
    )
    a = summary(rng, title="西湖区柳岸中学工会2022年工作总结", org="西湖区柳岸中学", year=2022)
    c.txt("柳岸中学/柳岸中学工会2022年工作总结.txt", [a], encoding="utf-16", crlf=True)
    p = plan(rng, title="柳岸中学工会2023年工作要点", org="柳岸中学", year=2023)
    c.docx("柳岸中学/2023年工会工作要点.docx", p, styled=False, header=None, title_style="bold")
    a = summary(
        rng,
        title="西湖区柳岸中学2023年工会工作总结",
        org="西湖区柳岸中学",
        year=2023,
        pdf_rate=True,
    )
    c.pdf(
        "柳岸中学/柳岸中学2023年工会工作总结.pdf",
        a,
        marker="第 {n} 页 共 {total} 页",
        running="柳岸中学2023年工会工作总结",
        h2_style="arabic",
    )

    # 西湖区实验幼儿园
    p = plan(
        rng,
        title="2023年工会工作计划",
        org="西湖区实验幼儿园",
        year=2023,
        we="我园",
        we_full="我园",
    )
    c.docx("西湖区实验幼儿园/工作计划（修改稿）.docx", p, styled=True, header=None)
    a = summary(
        rng,
        title="西湖区实验幼儿园2021年工会工作总结",
        org="西湖区实验幼儿园",
        year=2021,
        we="我园",
    )
    c.txt("西湖区实验幼儿园/西湖区实验幼儿园2021年工会工作总结.txt", [a], indent="    ")
    a = summary(
        rng,
        title="西湖区实验幼儿园工会2022年工作总结",
        org="西湖区实验幼儿园",
        year=2022,
        we="我园",
    )
    c.html(
        "西湖区实验幼儿园/幼儿园工会2022年工作总结.html",
        a,
        site=SITE_B,
        school="西湖区实验幼儿园",
        date="2023-01-05",
        prev="我园教职工参加区合唱比赛",
        nxt="工会组织教职工健康体检",
        addr="西湖区荷花街21号",
    )

    # 西湖区职业高级中学
    a = summary(
        rng,
        title="西湖区职业高级中学工会2022年工作总结",
        org="西湖区职业高级中学",
        year=2022,
        pdf_rate=True,
    )
    c.pdf(
        "西湖区职业高级中学/职高工会2022年工作总结.pdf",
        a,
        marker="- {n} -",
        running="西湖区职业高级中学",
    )
    p = plan(rng, title="西湖区职业高级中学2023年工会工作安排", org="西湖区职业高级中学", year=2023)
    c.txt("西湖区职业高级中学/西湖职高2023年工会工作安排.txt", [p], encoding="gb18030", crlf=True)
    a = summary(
        rng,
        title="西湖区职业高级中学2021年工会工作总结",
        org="西湖区职业高级中学",
        year=2021,
        table=True,
    )
    c.docx(
        "西湖区职业高级中学/西湖职高2021年工会工作总结.docx",
        a,
        styled=False,
        header="西湖职高工会",
        title_style="bold",
    )

    # 桃源小学
    a = summary(
        rng, title="西湖区桃源小学2021年工会工作总结", org="西湖区桃源小学", year=2021, table=True
    )
    c.docx(
        "桃源小学/桃源小学2021年工会工作总结.docx",
        a,
        styled=True,
        header="桃源小学工会",
        footer="第{page}页",
    )
    good = docx_bytes(
        a,
        numbered(a, False),
        styled=True,
        header="桃源小学工会",
        footer="{page}",
        title_style="Title",
    )
    c.path("桃源小学/桃源小学工会2021年工作总结(1).docx").write_bytes(good[: len(good) * 3 // 5])
    c.add("桃源小学/桃源小学工会2021年工作总结(1).docx", "corrupt_docx", [])
    a = summary(rng, title="西湖区桃源小学2022年工会工作总结", org="西湖区桃源小学", year=2022)
    c.txt(
        "桃源小学/桃源小学2022年工会工作总结.txt",
        [a],
        encoding="utf-16",
        crlf=True,
        typed_h2="arabic",
    )
    p = plan(
        rng,
        title="西湖区桃源小学工会2023年工作计划",
        org="西湖区桃源小学",
        year=2023,
        sign="西湖区桃源小学工会",
    )
    c.docx("桃源小学/桃源小学工会2023年工作计划.docx", p, styled=True, header="桃源小学工会")
    return c


# ---------------------------------------------------------------------------------------------
# Self-check: every key line is in the file as a reader sees it
# ---------------------------------------------------------------------------------------------


@functools.cache
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def compact(text: str) -> str:
    text = _t2s().convert(text)
    return "".join(
        ch for ch in text if "\u4e00" <= ch <= "\u9fff" or ch.isascii() and ch.isalnum()
    ).lower()


def file_text(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".docx":
        import docx

        d = docx.Document(io.BytesIO(data))
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            out += ["\t".join(cell.text for cell in row.cells) for row in t.rows]
        for s in d.sections:
            out += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(out)
    if path.suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix == ".html":
        from bs4 import BeautifulSoup

        return BeautifulSoup(data, "lxml").get_text("\n")
    for enc in ("utf-16",) if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ValueError(path)


def check(c: Collection) -> list[str]:
    errors = []
    for row in c.rows:
        path = c.dir / row["source"]
        if not row["articles"]:
            continue
        full = file_text(path)
        text = compact(full)
        for line in row["chrome"]:
            if compact(line) not in text:
                errors.append(f"{row['source']}: chrome line missing: {line}")
        for art in row["articles"]:
            n = len(art["body"])
            if not 10 <= n <= 40:
                errors.append(f"{row['source']}: {n} body lines")
            for line in [art["title"], *art["body"]]:
                target = text
                if path.suffix == ".pdf":  # layout breaks: compare without page furniture
                    target = compact(
                        "\n".join(x for x in full.splitlines() if x.strip() not in row["chrome"])
                    )
                if compact(line) not in target:
                    errors.append(f"{row['source']}: line missing: {line[:30]}")
    return errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "corpus" / "dev")
    parser.add_argument(
        "--check", action="store_true", help="re-read every file and verify the keys"
    )
    args = parser.parse_args(argv)
    errors = []
    for make in (chengbei, xihu):
        c = make(args.out)
        c.write_key()
        n_art = sum(len(r["articles"]) for r in c.rows)
        print(f"{c.dir}: {len(c.rows)} files, {n_art} articles -> {c.key_path.name}")
        if args.check:
            errors += check(c)
    for e in errors:
        print("CHECK:", e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
