"""Write a district education union's folders of its schools' union summaries, 2019-2024 (session 18, USER13), invented.

The union of the invented 青槐区教育局 (青槐区教育工会) compares its thirteen schools and kindergartens over six years.
Over the years one school reaches her under many names: 城南二中 in a file or folder name, 青槐区城南第二中学工会 in a
title, 城南中学（二中） in a signature, 青槐区城南第二中学教育集团 after it led a group with 桃溪中学 in 2022 (the text says
so), 城南二中工会委员会 in a plan's title; the 实验小学 renamed 青槐区实验小学（城南校区） in 2021 (the text says so); a
kindergarten written 青槐区第一幼儿园 and 区一幼; the district union as 青槐区教育工会 and 区教育工会; files that name no
school but in their folder (`2021年/城南二中/工会总结.docx`). Units that must stay apart: 城南一中 and 城南二中, 城南小学
and 城南实验小学 (and 实验小学（城南校区）), 区一幼 and 区二幼, 桃溪中学 and 桃溪镇中心小学. Word files most (she lives in
Word), a LibreOffice .doc and PDF, a reportlab PDF, GB18030 and UTF-8 text, folders by year and by school. The text
speaks as school unions write (我校, 我园, 教代会, 校务公开/园务公开, 区教育工会); every unit, person, number and sentence
is invented (three `pages` look-ups for how school unions name themselves; nothing copied).

The key's conventions (decided before the tool was run): each article's `org` is its unit as the district's roll
names it, the full name with the district's prefix and without 工会 (青槐区城南第二中学); the group's articles of
2022-2023 are filed under the school that leads it (the district's roll keeps the school; the group's name
accepted); the renamed 实验小学 keeps its roll name 青槐区实验小学 in every year (the new name accepted); the
职业中等专业学校's short form 区职专 is the same unit; `org_also` lists every form a unit is written under in the
collection (so the `org` score says whether each article is named at all), and `UNITS` below says which forms are
one unit (so a run's tables can be checked for one row a unit: `--units OUT`); every unit is `school` but the
district union, `education_union`; a plan is filed under the year it plans.

    PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/collections/user13_district.py --out /work/local/user13
    PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/collections/user13_district.py --units OUT \\
        --key /work/local/user13/district_qinghuai.key.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_district_collections as dc  # the writers, the Collection and its key
from user5_district import write_inbox
from user7_group import converter, file_key

SEED = 20261219
D = "青槐区"
YI, ER, TAOXI = D + "城南第一中学", D + "城南第二中学", D + "桃溪中学"
SHIYAN, CHENGNAN, CNSY, BEIGUAN = D + "实验小学", D + "城南小学", D + "城南实验小学", D + "北关小学"
YOU1, YOU2, ZHIZHUAN, TEJIAO = D + "第一幼儿园", D + "第二幼儿园", D + "职业中等专业学校", D + "特殊教育学校"
TXZX, UNION = D + "桃溪镇中心小学", D + "教育工会"
GROUP = ER + "教育集团"

#: Every form a unit is written under in the collection (titles, signatures, folders), by its roll name.
UNITS = {
    YI: ["城南一中", f"{YI}工会"],
    ER: ["城南二中", "城南中学（二中）", GROUP, "城南二中教育集团", "城南二中工会委员会", f"{ER}工会"],
    TAOXI: ["桃溪中学"],
    SHIYAN: [f"{D}实验小学（城南校区）", "实验小学（城南校区）", "实验小学", "区实验小学"],
    CHENGNAN: ["城南小学"],
    CNSY: ["城南实验小学"],
    BEIGUAN: ["北关小学", f"{BEIGUAN}工会委员会"],
    YOU1: ["区一幼"],
    YOU2: ["区二幼"],
    ZHIZHUAN: ["区职专"],
    TEJIAO: [],
    TXZX: ["桃溪镇中心小学"],
    UNION: ["区教育工会"],
}
#: Each unit's own places (the words no other unit writes), so that no two units' texts are near copies.
OWN = {
    YI: ["高三年级组", "科技楼", "东校门值班室"], ER: ["初三年级组", "田径场", "心理辅导室"],
    TAOXI: ["桃溪分部", "寄宿生宿舍", "乡村少年宫"], SHIYAN: ["书法教室", "红领巾广场", "低年级组"],
    CHENGNAN: ["城南小学食堂", "足球场", "数学教研组"], CNSY: ["创客教室", "合唱团", "英语组"],
    BEIGUAN: ["北关校区图书馆", "午托中心", "语文组"], YOU1: ["小班组", "户外游戏场", "保健室"],
    YOU2: ["大班组", "种植园", "美工室"], ZHIZHUAN: ["实训车间", "汽修专业部", "顶岗实习基地"],
    TEJIAO: ["康复训练室", "送教上门小组", "感统教室"], TXZX: ["教学点", "留守儿童之家", "校车站点"],
}


#: What a school union did, by theme: the events its paragraphs tell of, each with its day, place and teacher. Each
#: event is of its theme alone by the codebook (自身建设's are 其他), so that a section's themes are known.
EVENTS = {
    "维权": ["劳动合同续签说明会", "法律援助咨询日", "教职工劳动争议调解", "职业病防治检查", "劳动保护用品发放检查",
             "集体合同履约检查", "代课教师同工同酬督查", "班主任津贴落实督查", "工资集体协商会", "女教职工“四期”保护检查",
             "加班补休落实督查", "临聘人员社会保险核对"],
    "送温暖": ["生病住院教职工探望", "退休教师重阳慰问", "困难教职工入户走访", "金秋助学金发放", "教职工生日慰问",
               "节日慰问品发放", "夏季防暑用品送达", "教职工年度体检", "互助保险理赔服务", "教职工家属丧事慰问",
               "教职工生育贺喜", "食堂伙食改善"],
    "文体活动": ["教职工气排球赛", "迎新年合唱展演", "三八节插花沙龙", "教工羽毛球联赛", "登山健身活动",
                 "读书分享会", "太极拳晨练", "教职工趣味运动会", "摄影作品展", "书法笔会", "八段锦练习",
                 "拔河比赛"],
    "民主管理": ["教代会提案征集", "校务公开栏更新", "财务公开说明会", "伙食委员会例会", "民主评议中层干部",
                 "校长信箱回复会", "提案落实情况通报", "教代会代表巡视", "合理化建议征集", "校务委员会扩大会议",
                 "教代会代表培训", "重大事项听证会"],
    "自身建设": ["工会委员学习会", "工会小组长培训", "经费审查委员会会议", "会员信息核对", "模范教工之家自查",
                 "工会台账整理", "工会干部业务培训", "新会员入会仪式"],
}
ACTS = ["牵头组织", "认真筹备", "主持活动", "全程协调", "带头参与", "负责宣传报道", "做好后勤保障", "统计汇总结果",
        "征集意见", "作经验介绍"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = "静敏丽芳娟霞燕红梅琳洁婷雪莉晨欣悦颖伟强军磊洋勇杰涛明超斌浩宇鹏飞航凯峰"
QUALIFIERS = ["", "", "第二届", "第三届", "春季", "秋季", "“悦享”主题", "年级组", "片区联合", "线上", "首届", "暑期",
              "“巾帼”系列", "“暖心”系列"]
OUTCOMES = ["收到建议{n}条", "{n}人获奖", "拍摄照片{n}张", "发放材料{n}份", "形成简报{n}期", "解决问题{n}个",
            "{n}个小组参与", "现场答疑{n}次", "评出优秀作品{n}件", "记录台账{n}页", "受到区里表扬", "活动持续{n}天"]
SPOTS = ["学术报告厅", "会议室", "多功能厅", "操场", "教工之家", "图书馆", "阶梯教室", "体育馆", "食堂二楼", "校史馆"]


def fact(rng, theme: str, places: list[str], plan: bool = False, events: dict | None = None) -> str:
    """One sentence of what a union did (or, in a PLAN, means to do): a day, one of THEME's events, a place, the
    teacher who leads it."""
    name = rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.6 else "")
    where = rng.choice(places + SPOTS)
    event = rng.choice(QUALIFIERS) + rng.choice((events or EVENTS)[theme])
    verb, who = FRAMES[theme]
    n = rng.randint(12, 160)
    if plan:
        return f"拟于{rng.randint(2, 12)}月在{where}{verb}{event}，由{name}老师{rng.choice(ACTS)}，{who.format(n=n)}。"
    lead = f"{event}在{where}举行" if theme == "文体活动" else f"工会在{where}{verb}{event}"
    return (f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日，{lead}，{name}老师{rng.choice(ACTS)}，{who.format(n=n)}，"
            f"{rng.choice(OUTCOMES).format(n=rng.randint(2, 30))}。")


#: Each theme's verb and the people it reaches, as school unions write them.
FRAMES = {"维权": ("开展", "涉及教职工{n}人"), "送温暖": ("组织", "惠及教职工{n}人次"), "文体活动": ("举办", "{n}名教职工参加"),
          "民主管理": ("组织", "{n}名教职工代表参与"), "自身建设": ("组织", "{n}名工会干部参加")}


HEADS = {
    "维权": ["维护教职工合法权益", "做好劳动保护", "畅通诉求表达渠道", "关注女教职工特殊权益"],
    "送温暖": ["把关爱送到教职工身边", "做实困难帮扶", "节日慰问暖人心", "为青年教师办实事"],
    "文体活动": ["丰富教职工文化生活", "开展全民健身活动", "建设书香校园", "以赛促练凝聚人心"],
    "民主管理": ["开好教代会", "深化校务公开", "落实教职工提案", "推进民主评议"],
    "自身建设": ["加强工会组织建设", "规范工会经费管理", "提升工会干部素质", "争创模范教工之家"],
}
RESULTS = ["活动得到教职工的普遍好评。", "相关做法在全区教育系统交流。", "教职工的获得感进一步增强。",
           "有关材料已整理归档。", "区教育工会对此给予肯定。", "教职工参与率明显提高。", "形成了长效机制。",
           "下一步将继续坚持。"]
OPEN = ["{year}年，{we_full}工会在区教育工会和学校党组织的领导下，围绕{focus}，团结带领全体教职工扎实工作。现将一年来的工作总结如下：",
        "过去的一年，{we_full}工会坚持以教职工为中心，紧扣{focus}，较好完成了年初确定的各项任务。现总结如下：",
        "{year}年是{we_full}工会工作稳步推进的一年。工会围绕{focus}，履行维护、参与、建设、教育职能，现将主要工作报告如下：",
        "一年来，{we_full}工会在上级工会指导下，以{focus}为抓手，努力建设教职工信赖的温暖之家。具体总结如下："]
FOCUS = ["课后服务提质", "“双减”政策落地", "校园文化建设", "青年教师培养", "教育集团化办学", "新校区启用",
         "教学质量提升", "师德师风建设", "家校共育", "劳动教育特色创建"]
CLOSE = ["一年来，工会工作取得一定成效，但教职工文体活动的覆盖面还不够广，服务青年教师的方式有待创新。",
         "对照教职工的期盼，工会工作仍有差距：工会干部多为兼职，精力有限；民主管理的实效有待提升。",
         "回顾全年，工会在经费预算执行和活动台账管理方面还有薄弱环节，需在新的一年加以改进。",
         "工作中也存在不足，主要是对退休教职工的联系还不够经常，教工之家的利用率有待提高。"]


def school(rng, unit: str, *, title: str, year: int, we_full: str, sign: str | None = None,
           kind: str = "summary", kindergarten: bool = False, first: str | None = None) -> dc.Article:
    """A school union's year-end summary (an opening, four themes of two items, a closing, the signature and date)
    or its plan (the general idea, four themes, the signature); its paragraphs tell of what the unit itself did
    (or means to do), at its own places (OWN), so that no two units' texts are near copies."""
    plan = kind == "plan"
    places = OWN[unit]
    own_rng = random.Random(unit)  # each unit's own half of each theme's events, the same every year
    events = {t: own_rng.sample(e, len(e) // 2) for t, e in EVENTS.items()}
    ctx = {"year": year, "we_full": we_full, "focus": rng.choice(FOCUS)}
    a = dc.Article(title, unit, "education_union" if unit == UNION else "school", year, kind)
    if plan:
        a.blocks += [("h1", rng.choice(dc.PLAN_GUIDE_H1)), ("p", dc._fill(rng, dc.PLAN_GUIDE, {**ctx, "when": f"{year}年，"})),
                     ("h1", rng.choice(dc.PLAN_MAIN_H1))]
    else:
        a.blocks.append(("p", rng.choice(OPEN).format(**ctx)))
        if first:
            a.blocks.append(("p", first))
    for theme in rng.sample(list(HEADS), 4):
        a.blocks.append(("h2" if plan else "h1", rng.choice(dc.H1[theme])))
        for head in ([None, None] if plan else rng.sample(HEADS[theme], 2)):
            if head:
                a.blocks.append(("h2", head))
            facts = "".join(fact(rng, theme, places, plan, events) for _ in range(4))
            a.blocks.append(("p", facts + ("" if plan else rng.choice(RESULTS))))
    if not plan:
        a.blocks.append(("h1", rng.choice(dc.CLOSING_H1)))
        a.blocks.append(("p", rng.choice(CLOSE) + f"新的一年，工会将围绕{rng.choice(FOCUS)}，继续关心{places[0]}等一线教职工。"))
    a.blocks.append(("end", sign or f"{we_full}工会"))
    a.blocks.append(("end", f"{year}年{rng.randint(1, 2) if plan else 12}月{rng.randint(10, 28)}日"))
    if kindergarten:
        for i, (role, text) in enumerate(a.blocks):
            for school_word, kindergarten_word in dc.KINDERGARTEN_WORDS + [("校务", "园务"), ("学校", "幼儿园")]:
                text = text.replace(school_word, kindergarten_word)
            a.blocks[i] = (role, text)
    return a


def inbox(root: Path, seed: int = SEED) -> dc.Collection:
    c = dc.Collection(root, "district_qinghuai")
    rng = random.Random(seed)
    converted: dict[str, str] = {}
    convert = converter(c, converted)

    # ---- 城南一中: titles with its full name, a folder-only file, a short form in a PDF's title ----
    a = school(rng, YI, title=f"{YI}工会2019年工作总结", year=2019, we_full=YI)
    c.docx("2019年/城南一中/城南一中2019年工会工作总结.docx", a, styled=True, header=None)
    a = school(rng, YI, title="2021年工会工作总结", year=2021, we_full="学校")
    c.docx("2021年/城南一中/工会工作总结.docx", a, styled=False, header=None)
    a = school(rng, YI, title="城南一中工会2023年工作总结", year=2023, we_full="城南一中", sign=f"{YI}工会")
    c.docx("2023年/城南一中工会2023年工作总结.docx", a, styled=True, header=None, footer="- {page} -")
    convert("2023年/城南一中工会2023年工作总结.docx", "pdf")
    a = school(rng, YI, title=f"{YI}工会2024年工作计划", year=2024, we_full=YI, kind="plan", sign=f"{YI}工会")
    c.docx("2024年/城南一中/城南一中2024年工会工作计划.docx", a, styled=True, header=None)

    # ---- 城南二中: a bracketed number, a folder, a group after 2022, a committee ----
    a = school(rng, ER, title="2019年工会工作总结", year=2019, we_full="学校", sign="城南中学（二中）工会")
    c.docx("2019年/城南二中/2019年工会工作总结.docx", a, styled=False, header=None)
    a = school(rng, ER, title="2020年工会工作总结", year=2020, we_full="城南中学（二中）")
    c.txt("2020年/城南二中2020年工会工作总结.txt", [a], encoding="gb18030", crlf=True, indent="　　")
    a = school(rng, ER, title="工会工作总结", year=2021, we_full="学校")
    c.docx("2021年/城南二中/工会总结.docx", a, styled=True, header=None)
    a = school(rng, ER, title=f"{GROUP}工会2022年工作总结", year=2022, we_full=GROUP, sign=f"{GROUP}工会",
               first=("2022年8月，经区教育局批准，城南第二中学与桃溪中学组建青槐区城南第二中学教育集团，"
                      "由城南第二中学牵头，两校工会合并为集团工会，实行一体化管理。"))
    c.docx(f"2022年/城南二中/{GROUP}工会2022年工作总结.docx", a, styled=True, header=f"{GROUP}工会")
    a = school(rng, ER, title=f"{GROUP}工会2023年工作总结", year=2023, we_full="集团",
               sign=f"{GROUP}工会", first="集团组建第二年，城南第二中学和桃溪校区两个校区的教职工融合更加紧密。")
    c.docx("2023年/城南二中教育集团工会2023年工作总结.docx", a, styled=False, header=None)
    convert("2023年/城南二中教育集团工会2023年工作总结.docx", "doc")
    a = school(rng, ER, title="城南二中工会委员会2024年工作计划", year=2024, we_full="城南二中", kind="plan",
               sign="城南二中工会委员会")
    c.docx("2024年/城南二中/城南二中工会委员会2024年工作计划.docx", a, styled=True, header=None)

    # ---- 桃溪中学, until the group ----
    a = school(rng, TAOXI, title="桃溪中学工会2019年工作总结", year=2019, we_full="桃溪中学", sign=f"{TAOXI}工会")
    c.docx("2019年/桃溪中学工会2019年工作总结.docx", a, styled=True, header=None)
    a = school(rng, TAOXI, title=f"{TAOXI}工会2021年工作总结", year=2021, we_full=TAOXI)
    c.docx("2021年/桃溪中学/2021年工会工作总结.docx", a, styled=False, header=None)

    # ---- 实验小学, renamed 实验小学（城南校区） in 2021 ----
    a = school(rng, SHIYAN, title=f"{SHIYAN}工会2019年工作总结", year=2019, we_full=SHIYAN)
    c.docx("2019年/区实验小学2019年工会工作总结.docx", a, styled=True, header=None)
    a = school(rng, SHIYAN, title="2020年工会工作总结", year=2020, we_full="学校", sign=f"{SHIYAN}工会")
    c.docx("2020年/实验小学/2020年工会工作总结.docx", a, styled=False, header=None)
    new = f"{D}实验小学（城南校区）"
    a = school(rng, SHIYAN, title=f"{new}工会2021年工作总结", year=2021, we_full=new,
               first="2021年9月，根据区教育局部署，学校更名为青槐区实验小学（城南校区），工会组织随之更名。")
    c.docx("2021年/实验小学城南校区/2021年工会工作总结.docx", a, styled=True, header=None)
    a = school(rng, SHIYAN, title=f"{new}工会2022年工作总结", year=2022, we_full=new)
    c.pdf("2022年/实验小学（城南校区）工会2022年工作总结.pdf", a, marker="— {n} —", running=None)
    a = school(rng, SHIYAN, title="实验小学（城南校区）工会2024年工作计划", year=2024, we_full="实验小学（城南校区）",
               kind="plan", sign=f"{new}工会")
    c.docx("2024年/实验小学城南校区/2024年工会工作计划.docx", a, styled=True, header=None)

    # ---- 城南小学 and 城南实验小学: never one ----
    a = school(rng, CHENGNAN, title=f"{CHENGNAN}工会2019年工作总结", year=2019, we_full=CHENGNAN)
    c.docx("2019年/城南小学/城南小学2019年工会工作总结.docx", a, styled=False, header=None)
    a = school(rng, CHENGNAN, title="城南小学2021年工会工作总结", year=2021, we_full="城南小学", sign=f"{CHENGNAN}工会")
    c.docx("2021年/城南小学/城南小学2021年工会工作总结.docx", a, styled=True, header=None)
    a = school(rng, CHENGNAN, title="工会工作总结", year=2023, we_full="学校")
    c.docx("2023年/城南小学/工会工作总结.docx", a, styled=True, header=None)
    a = school(rng, CHENGNAN, title="城南小学工会2024年工作总结", year=2024, we_full="城南小学", sign=f"{CHENGNAN}工会")
    c.txt("2024年/城南小学工会2024年工作总结.txt", [a], encoding="utf-8")
    a = school(rng, CNSY, title=f"{CNSY}工会2020年工作总结", year=2020, we_full=CNSY)
    c.docx("2020年/城南实验小学/城南实验小学2020年工会工作总结.docx", a, styled=True, header=None)
    a = school(rng, CNSY, title="城南实验小学工会2022年工作总结", year=2022, we_full="城南实验小学", sign=f"{CNSY}工会")
    c.docx("2022年/城南实验小学工会2022年工作总结.docx", a, styled=False, header=None)
    a = school(rng, CNSY, title="工会工作总结", year=2024, we_full="学校")
    c.docx("2024年/城南实验小学/工会总结.docx", a, styled=True, header=None)

    # ---- 北关小学: a committee in one title ----
    a = school(rng, BEIGUAN, title="北关小学工会2019年工作总结", year=2019, we_full="北关小学", sign=f"{BEIGUAN}工会")
    c.docx("2019年/北关小学工会2019年工作总结.docx", a, styled=True, header=None)
    a = school(rng, BEIGUAN, title=f"{BEIGUAN}工会委员会2022年工作总结", year=2022, we_full=BEIGUAN)
    c.docx("2022年/北关小学/2022年工会工作总结.docx", a, styled=True, header=None)
    a = school(rng, BEIGUAN, title="北关小学2024年工会工作总结", year=2024, we_full="北关小学")
    c.docx("2024年/北关小学2024年工会工作总结.docx", a, styled=False, header=None)

    # ---- the kindergartens: 青槐区第一幼儿园 and 区一幼, 区二幼 apart ----
    a = school(rng, YOU1, title=f"{YOU1}工会2019年工作总结", year=2019, we_full=YOU1, kindergarten=True)
    c.docx("2019年/区一幼/第一幼儿园2019年工会工作总结.docx", a, styled=True, header=None)
    a = school(rng, YOU1, title="2020年工会工作总结", year=2020, we_full="幼儿园", sign="区一幼工会", kindergarten=True)
    c.docx("2020年/区一幼/2020年工会工作总结.docx", a, styled=False, header=None)
    a = school(rng, YOU1, title="区一幼工会2022年工作总结", year=2022, we_full="区一幼", kindergarten=True)
    c.docx("2022年/区一幼工会2022年工作总结.docx", a, styled=True, header=None)
    a = school(rng, YOU1, title=f"{YOU1}工会2024年工作总结", year=2024, we_full=YOU1, kindergarten=True)
    c.docx("2024年/区一幼/2024年工会工作总结.docx", a, styled=True, header=None)
    a = school(rng, YOU2, title=f"{YOU2}工会2021年工作总结", year=2021, we_full=YOU2, kindergarten=True)
    c.docx("2021年/区二幼/2021年工会工作总结.docx", a, styled=True, header=None)
    a = school(rng, YOU2, title="区二幼2023年工会工作总结", year=2023, we_full="区二幼", kindergarten=True)
    c.docx("2023年/区二幼2023年工会工作总结.docx", a, styled=False, header=None)

    # ---- 职专 (a short form no rule of ordinals gives), 特教学校 (one name), 桃溪镇中心小学 ----
    a = school(rng, ZHIZHUAN, title=f"{ZHIZHUAN}工会2020年工作总结", year=2020, we_full=ZHIZHUAN)
    c.docx("2020年/职专/2020年工会工作总结.docx", a, styled=True, header=None)
    a = school(rng, ZHIZHUAN, title="区职专工会2023年工作总结", year=2023, we_full="区职专")
    c.docx("2023年/区职专工会2023年工作总结.docx", a, styled=True, header=None)
    a = school(rng, TEJIAO, title=f"{TEJIAO}工会2022年工作总结", year=2022, we_full=TEJIAO)
    c.docx("2022年/特教学校/2022年工会工作总结.docx", a, styled=False, header=None)
    a = school(rng, TEJIAO, title=f"{TEJIAO}工会2024年工作总结", year=2024, we_full=TEJIAO)
    c.docx("2024年/特教学校/2024年工会工作总结.docx", a, styled=True, header=None)
    a = school(rng, TXZX, title="桃溪镇中心小学工会2019年工作总结", year=2019, we_full="桃溪镇中心小学")
    c.docx("2019年/桃溪镇中心小学工会2019年工作总结.docx", a, styled=True, header=None)
    a = school(rng, TXZX, title=f"{TXZX}工会2023年工作总结", year=2023, we_full=TXZX)
    c.docx("2023年/桃溪镇中心小学/2023年工会工作总结.docx", a, styled=False, header=None)

    # ---- the district union's own ----
    c.docx("2019年/区教育工会/青槐区教育工会2019年工作总结.docx",
           dc.union_article(rng, title=f"{UNION}2019年工作总结", org=UNION, year=2019, kind="summary"),
           styled=True, header=None)
    c.docx("2022年/区教育工会/区教育工会2022年工作要点.docx",
           dc.union_article(rng, title="区教育工会2022年工作要点", org=UNION, year=2022, kind="plan"),
           styled=True, header=None)
    c.docx("2024年/区教育工会/青槐区教育工会2024年工作总结.docx",
           dc.union_article(rng, title=f"{UNION}2024年工作总结", org=UNION, year=2024, kind="summary"),
           styled=False, header=None)

    file_key(c, converted, UNITS)
    return c


def unit_rows(out: Path, key_path: Path) -> dict:
    """Whether one unit makes one row: each key unit's output organisations (by its articles' sources, in order)
    and each output organisation's key units. WHOLE: units all of whose articles carry one output name held by no
    other unit; SPLIT: units under several names; MERGED: output names holding two units."""
    import pandas as pd

    docs = pd.read_parquet(out / "documents.parquet", columns=["source", "article", "org"])
    got = {(r.source, int(r.article)): r.org for r in docs.itertuples()}
    names: dict[str, set] = defaultdict(set)
    units: dict[str, set] = defaultdict(set)
    for line in key_path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for i, art in enumerate(row["articles"], start=1):
            org = got.get((row["source"], i))
            names[art["org"]].add(org)
            units[org].add(art["org"])
    split = {u: sorted(map(str, n)) for u, n in names.items() if len(n) > 1}
    merged = {str(o): sorted(u) for o, u in units.items() if len(u) > 1}
    whole = [u for u, n in names.items() if len(n) == 1 and len(units[next(iter(n))]) == 1]
    return {"units": len(names), "whole": len(whole), "split": split, "merged": merged}


def theme_errors(out: Path) -> dict:
    """The theme classifier on the collection's sections with text of their own headed by one theme's item (HEADS in a
    summary, the theme's heading in a plan), each expected to be that theme alone (自身建设: 其他): per theme, sections, exact, missed
    (the theme not given) and each theme added."""
    import pandas as pd

    heads = {h: t for t, hs in HEADS.items() for h in hs}
    heads.update({h: t for t, hs in dc.H1.items() for h in hs if t in HEADS})
    for h, t in list(heads.items()):
        for school_word, kindergarten_word in dc.KINDERGARTEN_WORDS + [("校务", "园务"), ("学校", "幼儿园")]:
            heads.setdefault(h.replace(school_word, kindergarten_word), t)
    secs = pd.read_parquet(out / "sections.parquet", columns=["heading", "labels", "text"])
    found: dict = defaultdict(Counter)
    for heading, labels, text in zip(secs["heading"], secs["labels"], secs["text"]):
        theme = heads.get(re.sub(r"^[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*", "", heading or ""))
        if theme is None or len(text or "") < len(heading or "") + 20:  # a heading over its items: no text of its own
            continue
        want, got = ("其他" if theme == "自身建设" else theme), set(labels)
        found[want]["sections"] += 1
        found[want]["exact"] += got == {want}
        found[want]["missed"] += want not in got
        for extra in sorted(got - {want}):
            found[want]["+" + extra] += 1
    return found


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    if "--themes" in argv:
        out = Path(argv[argv.index("--themes") + 1])
        for theme, c in sorted(theme_errors(out).items()):
            extra = ", ".join(f"{k} {v}" for k, v in sorted(c.items()) if k.startswith("+"))
            print(f"{theme}: {c['exact']}/{c['sections']} exact, missed {c['missed']}; added: {extra or '-'}")
        return 0
    if "--units" in argv:
        parser = argparse.ArgumentParser(description="one row a unit? a run's documents against the key's units")
        parser.add_argument("--units", type=Path, required=True, help="the run's output folder")
        parser.add_argument("--key", type=Path, required=True)
        args = parser.parse_args(argv)
        found = unit_rows(args.units, args.key)
        print(f"units whole {found['whole']}/{found['units']}; split {len(found['split'])}; merged {len(found['merged'])}")
        for unit, forms in found["split"].items():
            print(f"  split  {unit}: {' | '.join(forms)}")
        for org, both in found["merged"].items():
            print(f"  merged {org}: {' + '.join(both)}")
        return 0
    return write_inbox(argv, inbox, "district_qinghuai", __doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
