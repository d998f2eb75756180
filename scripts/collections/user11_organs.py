"""Write a county organs union committee's inbox as it keeps it (session 16, USER11): 青岚县, invented.

The office of the invented 青岚县直属机关工会工作委员会 (县直机关工会工委) collects the year-end summaries and plans of
the organs unions of the county's bureaus and offices, 2022-2024: the 教育局, 财政局, 农业农村局 and 自然资源局 机关工会,
the 公安局工会 (民警、辅警), the 税务局机关工会 (a vertically managed bureau: 国家税务总局青岚县税务局), the 人民法院工会,
the 融媒体中心工会 (a 事业单位), the 人民医院工会 (a hospital under the health bureau, sent by mistake), the
committee's own summaries and its 红头 notice asking for the plans. Government bodies export OFD files (版式文件,
GB/T 33190) as often as PDF and Word: eight of them here (written by `ofd_writer`, one with a template page's running
header, one with each character its own object), PDFs with `— 1 —` page markers (LibreOffice and reportlab), .docx,
.wps, GB18030 text (one a summary and next year's plan), names such as `附件2：县财政局机关工会2023年工作总结（盖章版）.ofd`,
folders by year and by bureau. The text speaks as organs unions write: 干部职工, 机关党建带工建, 模范职工之家, 职工书屋,
健步走, 工间操, 春秋游, 生日慰问, 困难职工帮扶, 医疗互助, "我局"/"局机关"/"我院"/"本单位". Every unit, person, number
and sentence is invented.

The key's conventions (decided before the tool was run): a bureau's 机关工会 is filed under the bureau (青岚县财政局,
not 青岚县财政局机关), org_type `agency`; the 公安局, the court and the 融媒体中心 (机关事业单位) `agency` too; the hospital
`other`; the committee's own articles under 青岚县直属机关工会工作委员会, `agency`, its short forms accepted (县直机关工会
工委); the tax bureau under its full name 国家税务总局青岚县税务局 (青岚县税务局 accepted); each bureau's short form
(县财政局, 财政局) accepted; a plan under the year it plans; the notice kind `other`, its banner, 文号 and 版记 chrome;
the OFD's running header and page markers chrome.

    PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/collections/user11_organs.py --out /work/local/user11
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_district_collections as dc  # the writers, the Collection and its key
from ofd_writer import laid_out, ofd_bytes
from user5_district import write_inbox
from user7_group import _TURN, _next, converter, file_key

COUNTY = "青岚县"
GW = f"{COUNTY}直属机关工会工作委员会"
SEED = 20261611
H1 = {
    "民主管理": ["推进民主管理，落实局务公开", "坚持民主决策，保障干部职工知情权参与权", "健全职工大会制度，深化政务公开"],
    "维权": ["依法维护干部职工合法权益", "落实休假和女职工特殊保护"],
    "送温暖": ["关心关爱干部职工，做好帮扶慰问", "当好干部职工的娘家人", "把组织的温暖送到干部职工心坎上"],
    "文体活动": ["开展文体活动，增强机关凝聚力", "丰富干部职工精神文化生活", "建好职工书屋，倡导健康生活方式"],
    "党建带工建": ["坚持机关党建带工建，加强思想引领", "围绕中心服务大局，组织干部职工建功立业"],
    "自身建设": ["加强工会自身建设，争创模范职工之家", "规范经费管理，提升服务水平"],
}
PAST = {
    "民主管理": [
        ("召开职工大会", "{month}月召开{who}职工大会，审议干部职工年度考核办法和福利费使用方案等{k}项议题，收到意见建议{n1}条。"),
        ("推进务公开", "通过公开栏和内网公开评先评优、公务接待、工会经费使用等事项{n2}项，干部职工满意率{pct}%。"),
        ("开展民主评议", "组织干部职工代表对股室负责人开展民主评议，参评{n1}人，结果作为年度考核的参考。"),
        ("征集意见建议", "开展“我为机关建设献一策”活动，征集意见建议{n3}条，采纳{n1}条并反馈落实情况。"),
    ],
    "维权": [
        ("落实带薪休假", "督促落实干部职工带薪年休假和体检制度，全年组织{n3}名干部职工健康体检。"),
        ("维护女职工权益", "三八节组织{n_fem}名女干部职工参加“两癌”筛查，举办女职工权益保护法律知识讲座{k}场。"),
        ("参与制度修订", "参与修订考勤、加班调休等制度{k}项，收集干部职工意见{n1}条，{k2}条被采纳。"),
        ("开展普法宣传", "开展工会法和劳动法律法规宣传，组织干部职工参加网上法律知识答题{n2}人次。"),
    ],
    "送温暖": [
        ("开展节日慰问", "春节、中秋期间走访慰问困难职工和退休老干部{n2}人次，发放慰问金{money}元。"),
        ("帮扶困难职工", "建立困难职工档案{n1}户，为{k}名患大病干部职工申请帮扶金{money2}元。"),
        ("开展生日慰问", "坚持干部职工生日送蛋糕卡，全年慰问{n3}人次，住院干部职工上门探望{k2}人次。"),
        ("参加医疗互助", "组织{n3}名干部职工参加县总工会职工医疗互助保障，全年理赔{k}人次。"),
        ("夏送清凉", "高温期间为一线执勤和驻村工作的干部职工送去防暑降温物品，覆盖{n2}人。"),
        ("做好婚丧慰问", "落实婚丧嫁娶、退休慰问制度，全年慰问{k2}人次，做到有事必到。"),
    ],
    "文体活动": [
        ("开展健步走", "组织“健康机关·快乐健步”健步走活动{k}次，参加干部职工{n2}人次。"),
        ("推广工间操", "每天上午坚持工间操{k}分钟，配备乒乓球台和健身器材，干部职工参与率{pct}%。"),
        ("组织春秋游", "{month}月组织干部职工春季踏青，秋季开展登山活动，共{n2}人次参加。"),
        ("建设职工书屋", "职工书屋新增图书{n3}册，举办读书分享会{k2}场，评选“书香干部职工”{k}名。"),
        ("参加县直运动会", "组队参加县直机关职工运动会拔河、接力等{k}个项目，获团体第{ordinal}名。"),
        ("成立兴趣小组", "成立摄影、羽毛球、太极拳等{k2}个兴趣小组，全年开展活动{n1}次。"),
    ],
    "党建带工建": [
        ("强化思想引领", "配合机关党组织开展集中学习{k}次，组织干部职工观看警示教育片，参加{n2}人次。"),
        ("开展岗位建功", "围绕全局中心工作开展“岗位练兵”和业务知识竞赛，{n1}名干部职工参加，评出业务能手{k}名。"),
        ("推进文明创建", "配合文明单位创建和志愿服务，组织干部职工到社区开展志愿活动{k2}次。"),
        ("选树先进典型", "推荐{k}名干部职工获评县级“五一劳动奖章”和“最美干部职工”，宣讲先进事迹{k2}场。"),
    ],
    "自身建设": [
        ("健全工会组织", "按期完成机关工会换届选举，选齐配强工会委员{k}名，按股室设工会小组{k2}个。"),
        ("争创模范职工之家", "改造职工之家活动室，添置健身器材{k2}套，全年接待干部职工{n3}人次。"),
        ("规范经费管理", "严格执行工会经费收支管理办法，全年支出{money}元，账目每半年公开一次。"),
        ("发展会员", "把编外人员和聘用人员吸收入会，全年新发展会员{n1}人，入会率{pct}%。"),
    ],
}
FUTURE = {
    "民主管理": ["每年召开职工大会不少于{k}次，落实政务公开，重大事项听取干部职工意见。", "健全意见建议办理反馈机制。"],
    "维权": ["督促落实带薪休假和体检制度，关心女职工特殊利益。", "参与涉及干部职工切身利益的制度修订不少于{k}次。"],
    "送温暖": ["做实困难职工帮扶和节日、生日慰问，走访退休老干部不少于{n2}人次。", "组织干部职工参加医疗互助保障。"],
    "文体活动": ["{month}月组织健步走和春秋游，坚持工间操，办好职工书屋读书分享。", "组队参加县直机关职工运动会。"],
    "党建带工建": ["坚持机关党建带工建，组织干部职工开展岗位练兵和业务竞赛。", "推荐选树“五一劳动奖章”先进典型。"],
    "自身建设": ["加强工会小组建设，争创县级“模范职工之家”。", "规范经费使用，每半年公开一次账目。"],
}
#: Each unit's own places and tasks: the words no other unit writes.
PLACES = {
    "教育": ["基础教育股", "人事股", "计划财务股", "督导室", "教研室"],
    "财政": ["预算股", "国库支付中心", "农财股", "会计核算中心", "综合股"],
    "公安": ["城关派出所", "交警大队", "刑侦大队", "指挥中心", "巡特警大队"],
    "税务": ["纳税服务股", "征收管理股", "城区税务分局", "第一税务所", "社会保险费股"],
    "法院": ["立案庭", "民事审判庭", "执行局", "城关人民法庭", "审判管理办公室"],
    "农业": ["种植业股", "畜牧兽医站", "农技推广中心", "乡村振兴股", "农机站"],
    "资源": ["国土空间规划股", "不动产登记中心", "耕地保护股", "矿产资源股", "自然资源执法大队"],
    "融媒": ["新闻采编部", "新媒体部", "广播电视部", "技术保障部", "综合办公室"],
    "医院": ["内科", "外科", "急诊科", "护理部", "门诊部"],
    "工委": ["各部门机关工会", "县直各单位工会", "乡镇机关工会", "机关工会女职工委员会", "县直机关职工之家"],
}
TASKS = {
    "教育": ["义务教育优质均衡", "校园安全专项整治", "中小学校舍改造", "教师招聘工作", "学前教育普惠"],
    "财政": ["预算绩效管理", "直达资金监控", "国库集中支付改革", "政府债务化解", "乡镇财政所规范化建设"],
    "公安": ["夏季治安打击整治", "交通安全百日攻坚", "电信诈骗防范宣传", "枫桥式派出所创建", "重大活动安保"],
    "税务": ["新办纳税人套餐服务", "个税汇算清缴", "社保费征缴", "非接触式办税", "税收营商环境优化"],
    "法院": ["诉源治理", "执行难攻坚", "一站式诉讼服务", "案件质效提升", "人民法庭建设"],
    "农业": ["粮食生产", "高标准农田建设", "非洲猪瘟防控", "农村人居环境整治", "春耕备耕"],
    "资源": ["耕地保护田长制", "国土空间总体规划编制", "不动产登记一窗受理", "违法用地整治", "地质灾害防治"],
    "融媒": ["县两会宣传报道", "短视频矩阵建设", "应急广播建设", "新闻客户端改版", "全媒体记者培训"],
    "医院": ["胸痛中心建设", "急诊绿色通道", "县域医共体建设", "日间手术推广", "门诊预约诊疗"],
    "工委": ["机关工会规范化建设", "模范职工之家验收", "工会干部培训", "工会经费审查", "县直机关职工运动会"],
}
OPENINGS = [
    "{year}年，{we}工会在{above}的领导下，坚持机关党建带工建，团结带领干部职工围绕中心、服务大局，较好地完成了全年各项任务。现总结如下：",
    "{year}年以来，{we}工会认真贯彻{above}的部署，以建设干部职工信赖的职工之家为目标，扎实推进各项工作。现将主要工作报告如下：",
    "过去的一年，{we}工会在{above}的关心指导下，紧扣全局中心工作，履行维护、建设、参与、教育职能，各项工作取得新进展。现总结如下：",
    "一年来，{we}工会以服务干部职工为中心，在{above}的领导下，推动工会工作与业务工作同部署、同落实。现将有关情况总结如下：",
]
CLOSINGS = [
    "工作中也存在不足：干部职工业务工作繁忙，参加工会活动的时间少，活动形式还不够丰富。",
    "对照干部职工的期盼，工作还有差距：工会干部均为兼职，精力有限，对编外人员的关心还不够经常。",
    "回顾全年，仍有薄弱环节，主要是对退休老干部的联系还不够，职工之家利用率不高。",
]
SPEECH = {"警": {"干部职工": "民警辅警", "全局": "全局"}, "院": {"局务公开": "院务公开", "我局": "我院", "全局": "全院"},
          "医": {"干部职工": "职工", "机关党建带工建": "党建带工建", "全局": "全院", "局务公开": "院务公开"}}


def _say(text: str, speech: str | None) -> str:
    for word, said in SPEECH.get(speech or "", {}).items():
        text = text.replace(word, said)
    return text


def summary(rng, *, title, org, unit, year, we, org_type="agency", above="局党组和县直机关工会工委", themes=None,
            sign=None, speech=None) -> dc.Article:
    """An organs union's year-end summary: opening, four theme sections of two items, closing, signature."""
    ctx = {"year": year, "we": we, "above": above, "who": we}
    a = dc.Article(title, org, org_type, year, "summary")
    place, task = PLACES[unit], TASKS[unit]
    a.blocks.append(("p", _say(dc._fill(rng, _next("open", OPENINGS)[0], ctx), speech)))
    for theme in themes or rng.sample(list(PAST), 4):
        a.blocks.append(("h1", _say(_next("h1" + theme, H1[theme])[0], speech)))
        for head, body in rng.sample(PAST[theme], 2):
            head = head.replace("务公开", "局务公开" if speech != "院" else "院务公开")
            a.blocks.append(("h2", head))
            a.blocks.append(("p", _say(dc._fill(rng, body, ctx), speech)
                             + f"{_next('place' + unit, place)[0]}结合{_next('task' + unit, task)[0]}，"
                               f"{_next('also' + unit, place[2:] + place[:2])[0]}配合做好{_next('task' + unit, task)[0]}。"))
    a.blocks.append(("h1", _next("close_h1", ["存在的不足和下一步打算", "存在问题及努力方向", "问题与打算"])[0]))
    a.blocks.append(("p", _say(_next("close", CLOSINGS)[0], speech)))
    a.blocks.append(("p", f"下一步，{place[3]}和{place[4]}将围绕{task[year % 5]}，把工会工作融入业务工作。"))
    a.blocks.append(("end", sign or f"{org}机关工会"))
    a.blocks.append(("end", f"{year}年12月{rng.randint(18, 30)}日"))
    return a


def plan(rng, *, title, org, unit, year, we, org_type="agency", sign=None, speech=None) -> dc.Article:
    """Next year's plan (工作计划, 工作要点): the general requirement, then one item per theme."""
    a = dc.Article(title, org, org_type, year, "plan")
    guide, main = _next("guide", [("总体思路", "主要任务"), ("指导思想", "重点工作"), ("工作思路", "具体措施")])[0]
    a.blocks.append(("h1", guide))
    a.blocks.append(("p", _say(_next("guide_p", [
        f"{year}年，{we}工会工作的总体思路是：坚持机关党建带工建，围绕全局中心工作，团结动员干部职工履职尽责、建功立业。",
        f"{year}年，{we}工会将在局党组领导下，突出服务干部职工，夯实工会小组，努力把职工之家建得更加温暖。",
        f"新的一年，{we}工会把关心干部职工身心健康、服务退休老干部作为着力点，办实事、求实效。",
    ])[0], speech)))
    a.blocks.append(("h1", main))
    for theme in _next("future", list(FUTURE), 5):
        a.blocks.append(("h2", _say(_next("ph1" + theme, H1[theme])[0], speech)))
        a.blocks.append(("p", _say(dc._fill(rng, _next("future" + theme, FUTURE[theme])[0], {}), speech)
                         + f"{_next('pplace' + unit, PLACES[unit])[0]}配合做好{_next('ptask' + unit, TASKS[unit])[0]}。"))
    if sign:
        a.blocks.append(("end", sign))
        a.blocks.append(("end", f"{year}年{rng.randint(1, 2)}月{rng.randint(10, 28)}日"))
    return a


def notice(rng, *, year: int) -> dc.Article:
    """The committee's notice asking every organs union for next year's plan (kind other)."""
    a = dc.Article(f"关于报送{year}年度工会工作计划的通知", GW, "agency", year, "other")
    a.blocks += [
        ("p", "县直各单位机关工会："),
        ("p", f"为做好{year}年县直机关工会工作，请各单位机关工会结合本单位实际，认真制定年度工作计划。现将有关事项通知如下："),
        ("p", "一、计划应包括职工大会和政务公开、困难职工帮扶、节日和生日慰问、职工书屋和文体活动等内容。"),
        ("p", f"二、请于{year}年1月{rng.randint(20, 26)}日前将计划盖章扫描件或OFD版式文件报县直机关工会工委办公室。"),
        ("p", "三、县直机关工会工委将把计划执行情况纳入年度模范职工之家考评。"),
        ("p", "联系人：工委办公室　电话：0000-0000000"),
        ("end", GW),
        ("end", f"{year}年1月{rng.randint(5, 9)}日"),
    ]
    return a


def ofd(c: dc.Collection, rel: str, a: dc.Article, *, header: str | None = None, per_char: bool = False,
        banner: tuple[str, str] | None = None, record: list[str] | None = None) -> None:
    """A document exported as OFD: its title centred, 一、/（一） headings, paragraphs broken at 28 characters,
    a page marker — N — at each foot; HEADER a template page's running header; BANNER (红头, 文号) above the
    title and RECORD (抄送, 印发) at the end of a 红头文件, all chrome."""
    blocks = dc.numbered(a, True, "paren")
    lines = [("title", x) for x in banner or ()] + [("title", a.title)]
    lines += [("p" if role == "p" else "end" if role == "end" else "h", text) for role, text in blocks]
    lines += [("h", x) for x in record or ()]
    pages = laid_out(lines)
    template = [(header, 26.0, 18.0, 3.7)] if header else None
    c.path(rel).write_bytes(ofd_bytes(pages, template=template, per_char=per_char, title=a.title))
    chrome = [f"— {n} —" for n in range(1, len(pages) + 1)] + ([header] * (len(pages) - 1) if header else [])
    c.add(rel, "ofd", [dc.key_article(a, blocks)], chrome + list(banner or ()) + list(record or ()))


def inbox(root: Path, seed: int = SEED) -> dc.Collection:
    c = dc.Collection(root, "organs_qinglan")
    rng = random.Random(seed)
    _TURN.clear()
    converted: dict[str, str] = {}
    convert = converter(c, converted)
    edu, fin, pol = f"{COUNTY}教育局", f"{COUNTY}财政局", f"{COUNTY}公安局"
    tax, court, agri = f"国家税务总局{COUNTY}税务局", f"{COUNTY}人民法院", f"{COUNTY}农业农村局"
    land, media, hosp = f"{COUNTY}自然资源局", f"{COUNTY}融媒体中心", f"{COUNTY}人民医院"
    gw = {"above": "县委组织部和县总工会", "sign": GW}

    # ---- 2022年/
    a = summary(rng, title="县教育局机关工会2022年工作总结", org=edu, unit="教育", year=2022, we="局机关",
                sign=f"{edu}机关工会")
    c.docx("2022年/县教育局机关工会2022年工作总结.docx", a, styled=True, header=f"{edu}机关工会")
    a = summary(rng, title="县财政局机关工会2022年工作总结", org=fin, unit="财政", year=2022, we="局机关",
                sign=f"{fin}机关工会")
    ofd(c, "2022年/县财政局机关工会2022年工作总结.ofd", a)
    a = summary(rng, title="县公安局工会2022年工作总结", org=pol, unit="公安", year=2022, we="县公安局",
                above="局党委和县直机关工会工委", speech="警", sign=f"{pol}工会委员会")
    c.docx("2022年/县公安局工会2022年工作总结.docx", a, styled=False, header=None, footer="— {page} —")
    convert("2022年/县公安局工会2022年工作总结.docx", "pdf")
    a = summary(rng, title=f"{court}工会2022年工作总结", org=court, unit="法院", year=2022, we="我院",
                above="院党组和县直机关工会工委", speech="院", sign=f"{court}工会")
    ofd(c, f"2022年/{court}工会2022年工作总结.ofd", a, header=court)
    a = summary(rng, title="县直机关工会工委2022年工作总结", org=GW, unit="工委", year=2022, we="县直机关", **gw)
    c.docx("2022年/县直机关工会工委2022年工作总结.docx", a, styled=True, header=None)

    # ---- 2023年/
    a = summary(rng, title="县财政局机关工会2023年工作总结", org=fin, unit="财政", year=2023, we="局机关",
                themes=["送温暖", "文体活动", "民主管理", "党建带工建"], sign=f"{fin}机关工会")
    ofd(c, "2023年/附件2：县财政局机关工会2023年工作总结（盖章版）.ofd", a, per_char=True)
    a = summary(rng, title="县教育局机关工会2023年工作总结", org=edu, unit="教育", year=2023, we="我局",
                sign=f"{edu}机关工会")
    c.docx("2023年/县教育局机关工会2023年工作总结.docx", a, styled=True, header=f"{edu}机关工会")
    convert("2023年/县教育局机关工会2023年工作总结.docx", "doc", ".wps")
    a = summary(rng, title="县公安局工会2023年工作总结", org=pol, unit="公安", year=2023, we="县公安局",
                above="局党委和县直机关工会工委", speech="警", sign=f"{pol}工会委员会",
                themes=["送温暖", "维权", "文体活动", "党建带工建"])
    c.docx("2023年/县公安局工会2023年工作总结.docx", a, styled=False, header=None)
    a = summary(rng, title="机关工会2023年工作总结", org=tax, unit="税务", year=2023, we="局机关",
                above="局党委和县直机关工会工委", sign=f"{tax}机关工会")
    ofd(c, "县税务局/机关工会2023年工作总结.ofd", a, header=tax)
    a = summary(rng, title="县农业农村局机关工会2023年工作总结", org=agri, unit="农业", year=2023, we="局机关",
                sign=f"{agri}机关工会", themes=["党建带工建", "送温暖", "文体活动", "维权"])
    c.pdf("2023年/县农业农村局机关工会2023年工作总结.pdf", a, marker="— {n} —", running=None)
    a = summary(rng, title="县自然资源局2023年工会工作总结", org=land, unit="资源", year=2023, we="本单位",
                sign=f"{land}机关工会")
    ofd(c, "2023年/县自然资源局2023年工会工作总结.ofd", a, header=f"{land}机关工会", per_char=True)
    a = summary(rng, title="县融媒体中心工会2023年工作总结", org=media, unit="融媒", year=2023, we="中心",
                above="中心党组和县直机关工会工委", sign=f"{media}工会")
    c.docx("2023年/县融媒体中心工会2023年工作总结.docx", a, styled=False, header=None)
    a = summary(rng, title="县人民医院工会2023年工作总结", org=hosp, org_type="other", unit="医院", year=2023,
                we="我院", above="医院党委和县卫健系统工会", speech="医", sign=f"{hosp}工会")
    c.docx("2023年/县人民医院工会2023年工作总结.docx", a, styled=True, header=None)
    a = summary(rng, title="县直机关工会工委2023年工作总结", org=GW, unit="工委", year=2023, we="县直机关", **gw)
    c.docx("2023年/县直机关工会工委2023年工作总结.docx", a, styled=True, header=None, footer="— {page} —")
    convert("2023年/县直机关工会工委2023年工作总结.docx", "pdf")

    # ---- 2024年/
    ofd(c, "2024年/青直工〔2024〕2号 关于报送2024年度工会工作计划的通知.ofd", notice(rng, year=2024),
        banner=(f"{GW}文件", "青直工〔2024〕2号"),
        record=["抄送：县委组织部，县总工会。", f"{GW}办公室　　2024年1月8日印发"])
    for rel, title, org, unit, we, fmt, extra in (
            ("县教育局机关工会2024年工作计划.docx", "县教育局机关工会2024年工作计划", edu, "教育", "局机关", "docx", {}),
            ("县财政局机关工会2024年工作要点.ofd", "县财政局机关工会2024年工作要点", fin, "财政", "局机关", "ofd", {}),
            ("县公安局工会2024年工作计划.txt", "县公安局工会2024年工作计划", pol, "公安", "县公安局", "txt", {"speech": "警"}),
            ("法院工会2024年工作计划.docx", f"{court}工会2024年工作计划", court, "法院", "我院", "docx", {"speech": "院"}),
            ("县农业农村局机关工会2024年工作计划.docx", "县农业农村局机关工会2024年工作计划", agri, "农业", "局机关", "wps", {}),
            ("县融媒体中心工会2024年工作计划.ofd", "县融媒体中心工会2024年工作计划", media, "融媒", "中心", "ofd", {})):
        sign = f"{org}工会" if unit in ("法院", "融媒", "公安") else f"{org}机关工会"
        a = plan(rng, title=title, org=org, unit=unit, year=2024, we=we, sign=sign, **extra)
        path = "2024年/各单位计划/" + rel
        if fmt == "ofd":
            ofd(c, path, a)
        elif fmt == "txt":
            c.txt(path, [a], encoding="gb18030", crlf=True, indent="　　")
        else:
            c.docx(path, a, styled=rng.random() < 0.5, header=None)
            if fmt == "wps":
                convert(path, "doc", ".wps")
    a = plan(rng, title="2024年工会工作计划", org=land, unit="资源", year=2024, we="本单位", sign=f"{land}机关工会")
    c.docx("县自然资源局/2024年工会工作计划.docx", a, styled=False, header=None)
    a = plan(rng, title="机关工会2024年工作计划", org=tax, unit="税务", year=2024, we="局机关", sign=f"{tax}机关工会")
    ofd(c, "县税务局/机关工会2024年工作计划.ofd", a, header=tax)
    a = summary(rng, title="县农业农村局机关工会2024年工作总结", org=agri, unit="农业", year=2024, we="局机关",
                sign=f"{agri}机关工会", themes=["维权", "送温暖", "自身建设", "文体活动"])
    p = plan(rng, title="县农业农村局机关工会2025年工作计划", org=agri, unit="农业", year=2025, we="局机关",
             sign=f"{agri}机关工会")
    c.txt("2024年/农业农村局2024年总结及2025年计划.txt", [a, p], encoding="gb18030", crlf=True)
    a = summary(rng, title="县直机关工会工委2024年工作总结", org=GW, unit="工委", year=2024, we="县直机关", **gw)
    c.docx("2024年/县直机关工会工委2024年工作总结.docx", a, styled=False, header=None)
    a = summary(rng, title="县财政局机关工会2024年工作总结", org=fin, unit="财政", year=2024, we="我局",
                sign=f"{fin}机关工会", themes=["民主管理", "维权", "送温暖", "自身建设"])
    ofd(c, "2024年/县财政局机关工会2024年工作总结.ofd", a, header=f"{fin}机关工会")

    also = {edu: ["县教育局", "教育局"], fin: ["县财政局", "财政局"], pol: ["县公安局", "公安局"],
            tax: [f"{COUNTY}税务局", "县税务局", "税务局"], court: ["县人民法院", "县法院"],
            agri: ["县农业农村局", "农业农村局"], land: ["县自然资源局", "自然资源局"],
            media: ["县融媒体中心", "融媒体中心"], hosp: ["县人民医院"],
            GW: ["县直机关工会工委", f"{COUNTY}直机关工会工委", f"{COUNTY}直属机关工会工委", "县直机关"]}
    file_key(c, converted, also)
    return c


def main(argv: list[str] | None = None) -> int:
    return write_inbox(argv, inbox, "organs_qinglan", __doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
