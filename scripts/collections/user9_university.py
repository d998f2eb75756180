"""Write a university union office's inbox as she keeps it (session 14, USER9): 江澜大学, invented.

The office of the invented 江澜大学工会 (校工会) compares its 二级工会' year-end summaries and plans,
2022-2024, to write its own 年度工作总结 and decide where the money goes: two colleges' 分工会
(机械工程学院, which its own senders also call 机械学院; 材料科学与工程学院, 材料学院 in every title), a third
college that reports by school year (外国语学院, `2023-2024学年`), the 机关分工会 (its chair's 述职报告), the
后勤服务集团工会 (后勤集团 in one title), the 图书馆部门工会, the 附属第一医院工会 (a hospital: other), the
附属中学's and 附属小学's own unions (schools), and the 校工会's own summaries and its notice asking for next
year's plans. 22 files as the senders named them (`附件3：`, `（终稿）`, college abbreviations), folders by year and
by unit, .docx, .doc and a .wps saved from WPS (Word 97-2003 inside), PDFs printed by LibreOffice and one by
reportlab, GB18030 text with a summary and next year's plan in one file, a page saved from the university's news
site. The text speaks of university union work: 二级教代会 and 院务公开, 职称评审, 青年教师 and 博士, 教学竞赛 and
科研 (其他 by the codebook), 离退休 staff, 工会小组, 教职工之家. Every unit, person, number and sentence is
invented. The key (the format of make_district_collections.py) files each college, department and affiliated
unit under itself, as the office compares them (the real labels, a district officer's view, file a college's
sub-union under its university); LibreOffice's files carry its time of writing, the rest are the same bytes.

    PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/collections/user9_university.py --out /work/local/user9
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_district_collections as dc  # the writers, the Collection and its key
from user5_district import write_inbox
from user7_group import _TURN, _next, converter, file_key

UNI = "江澜大学"

H1 = {
    "民主管理": ["健全二级教代会制度，推进院务公开", "坚持民主办学，保障教职工参与学院治理",
             "发挥二级教代会作用，推进民主管理"],
    "维权": ["维护教职工合法权益，参与源头治理", "依法维权，保障教职工切身利益"],
    "送温暖": ["关心教职工生活，当好教职工娘家人", "用心用情做好慰问帮扶", "关爱离退休教职工和困难教职工"],
    "文体活动": ["丰富教职工文化生活，建设教职工之家", "开展健康向上的文体活动", "活跃校园文化，增强集体凝聚力"],
    "教学科研": ["服务青年教师成长，助力教学科研", "开展教学竞赛，促进教师专业发展"],
    "自身建设": ["加强分工会自身建设，夯实工会小组", "规范工会工作，提升服务能力"],
}
PAST = {
    "民主管理": [
        ("召开二级教代会", "{month}月召开{session}，审议学院绩效分配方案等{k}项议题，收到提案{n1}件，均已答复。"),
        ("推进院务公开", "通过公开栏和学院网页公开岗位聘任、评优评先、经费使用等事项{n2}项，教职工满意率{pct}%。"),
        ("参与职称评审民主监督", "推荐教职工代表列席职称评审和岗位聘任会议{k}次，评审办法经二级教代会讨论通过。"),
        ("开展民主评议", "组织教职工对中层干部开展民主评议，参评{n1}人，结果向全体教职工反馈。"),
        ("落实提案办理", "对上年度{n1}件提案逐件跟踪，办结{k}件，{k2}件列入下年度计划，提案人满意。"),
        ("设立院长接待日", "每月设立一次领导接待日，全年接待教职工来访{n2}人次，解决实际问题{k}个。"),
    ],
    "维权": [
        ("参与绩效方案制定", "参与修订绩效工资分配办法，收集教职工意见{n1}条，{k}条被采纳，保障一线教职工利益。"),
        ("维护女教职工权益", "落实女教职工“四期”保护，组织{n_fem}名女教职工参加“两癌”筛查。"),
        ("做好劳动保护", "督促为实验室和一线岗位教职工配发防护用品，参与安全检查{k}次，整改隐患{k2}处。"),
        ("参与聘用合同签订", "参与编外人员聘用合同续签，督促按时足额缴纳社会保险，涉及{n2}人。"),
        ("提供法律咨询", "联系学校法律顾问开展法律咨询{k}场，调解劳动争议{k2}起。"),
    ],
    "送温暖": [
        ("开展节日慰问", "春节、中秋期间走访慰问困难教职工和离退休教职工{n2}人次，发放慰问金{money}元。"),
        ("关爱离退休教职工", "重阳节组织离退休教职工座谈，为{k}位八十岁以上老同志送去生日蛋糕。"),
        ("帮扶困难教职工", "建立困难教职工档案{n1}户，为{k}名患大病教职工申请校工会帮扶金{money2}元。"),
        ("组织教职工体检", "协助组织{n3}名教职工年度体检，为青年教师办理互助医疗保障{n2}人。"),
        ("服务青年教师", "为新入职博士{n1}人送去入职慰问，协调解决子女入园问题{k}件。"),
        ("探望生病住院教职工", "全年探望生病住院教职工{n1}人次，送去慰问品，折合{money}元。"),
        ("送上生日祝福", "为当月过生日的{n2}名会员送上生日蛋糕券，并附上分工会的贺卡。"),
    ],
    "文体活动": [
        ("参加校运动会", "组队参加学校第{ordinal}届教职工运动会，{n2}名教职工参赛，获团体第{place}名。"),
        ("开展健步走", "开展“万步有约”健步走，{n2}名教职工参加，人均日行{steps}步。"),
        ("举办迎新春联欢", "举办迎新春联欢会，{k}个节目由教职工自编自演，离退休教职工应邀参加。"),
        ("支持兴趣小组", "扶持{club}、羽毛球等{k2}个教职工兴趣小组，全年开展活动{n1}次。"),
        ("举办羽毛球赛", "{month}月举办教职工羽毛球团体赛，{k}支队伍参赛，比赛历时{k2}周。"),
        ("组织合唱排练", "组建{k2}个声部的教职工合唱团，每周排练一次，在学校歌咏比赛中演唱两首曲目。"),
        ("开展秋季登山", "组织教职工秋季登山，{n2}人登顶，途中开展摄影比赛，收到作品{n1}幅。"),
    ],
    "教学科研": [
        ("举办青年教师教学竞赛", "联合教务办举办青年教师讲课比赛，{n1}名青年教师参赛，{k}人获推荐参加学校比赛。"),
        ("服务科研团队", "邀请{k2}位教授为青年博士讲授国家基金申报经验，参加{n2}人次。"),
        ("加强师德师风建设", "组织教职工学习师德规范，评选师德标兵{k}人，开展师德宣讲{k2}场。"),
        ("开展青蓝结对", "为{n1}名青年教师配备教学导师，组织观摩课{k2}次，听课评课{n2}节。"),
        ("组织课程思政比赛", "{month}月组织课程思政教学设计比赛，{k}个团队参赛，评出一等奖{k2}项。"),
    ],
    "自身建设": [
        ("健全工会小组", "按系和科室调整工会小组{k}个，选好配强小组长，全年开展小组活动{n1}次。"),
        ("建设教职工之家", "改造教职工之家活动室，添置健身器材{k2}套，全年接待教职工{n3}人次。"),
        ("做好会员服务", "新发展会员{n1}人，全年编发工会信息{n2}条，被校工会网站采用{k}条。"),
        ("规范经费使用", "严格执行工会经费使用规定，全年支出{money}元，账目每半年公开一次。"),
        ("开展工会干部培训", "选派{k}名工会小组长参加校工会培训班，组织到兄弟院校交流学习{k2}次。"),
    ],
}
FUTURE = {
    "民主管理": ["按期召开二级教代会，提高提案质量和办理实效，深化院务公开。",
             "推动岗位聘任、绩效分配等事项提交二级教代会审议。",
             "坚持领导接待日制度，每季度通报一次提案办理进度。"],
    "维权": ["参与绩效分配和职称评审办法修订，听取一线教职工意见不少于{k}次。",
           "落实女教职工特殊保护，组织“两癌”筛查。",
           "督促编外人员社会保险足额缴纳，开展法律咨询进院系活动。"],
    "送温暖": ["做实困难教职工帮扶和节日慰问，走访离退休教职工不少于{n2}人次。",
            "关心青年教师和新入职博士，帮助解决住房、子女入学等实际困难。",
            "坚持生病住院必访，为会员送上生日祝福。"],
    "文体活动": ["{month}月组队参加学校教职工运动会，支持兴趣小组常态化开展活动。",
             "开展健步走、迎新春联欢等活动，提高教职工之家利用率。",
             "组建教职工合唱团，秋季组织登山和摄影比赛。"],
    "教学科研": ["联合学院举办第{ordinal}届青年教师教学竞赛，组织科研经验交流不少于{k2}场。",
             "加强师德师风建设，选树师德标兵。",
             "为新进青年教师配备导师，开展青蓝结对和课程思政比赛。"],
    "自身建设": ["加强工会小组建设，开展“优秀工会小组”评选。", "建好教职工之家，争创学校“模范教职工之家”。",
             "规范经费使用，每半年公开一次账目，选派小组长参加培训。"],
}
#: Each unit's own places and tasks: the words no other unit writes (so unrelated units' texts share few sentences).
PLACES = {
    "机械工程学院": ["机械设计系", "车辆工程系", "工程训练中心", "机器人实验室", "学院办公室"],
    "材料科学与工程学院": ["金属材料系", "高分子材料系", "材料分析测试中心", "焊接研究所", "学院实验中心"],
    "外国语学院": ["英语系", "日语系", "大学外语教学部", "翻译研究中心", "语言实验室"],
    "机关": ["党委办公室", "人事处", "财务处", "教务处", "科研院"],
    "后勤服务集团": ["饮食服务中心", "物业管理中心", "能源管理中心", "维修服务中心", "学生公寓管理中心"],
    "图书馆": ["采编部", "流通阅览部", "信息咨询部", "古籍特藏部", "数字资源部"],
    "附属第一医院": ["心内科", "急诊科", "护理部", "检验科", "门诊部"],
    "附属中学": ["初中部", "高中部", "语文教研组", "数学教研组", "年级组"],
    "附属小学": ["低年级组", "高年级组", "英语教研组", "体育组", "后勤组"],
    UNI: ["各二级工会", "各分工会", "机关分工会", "后勤服务集团工会", "附属医院工会"],
}
TASKS = {
    "机械工程学院": ["工程认证材料准备", "机械原理课程改革", "实训设备更新", "研究生导师团队建设", "校企合作基地挂牌"],
    "材料科学与工程学院": ["危化品管理规范化", "电镜平台预约共享", "焊接工艺课程建设", "新进博士科研启动", "实验室安全准入考试"],
    "外国语学院": ["大学英语分级教学", "翻译硕士实践基地", "外教聘任服务", "四六级考务保障", "语言实验室改造"],
    "机关": ["一网通办流程优化", "公文流转提速", "机关作风建设", "窗口服务评价", "档案整理数字化"],
    "后勤服务集团": ["食堂明厨亮灶改造", "宿舍维修响应提速", "节能改造", "快递驿站管理", "夏季高温作业保障"],
    "图书馆": ["新书采购提速", "自助借还机改造", "学科服务推进", "古籍修复", "数据库使用培训"],
    "附属第一医院": ["胸痛中心建设", "急诊绿色通道", "护士长培训", "检验结果互认", "门诊预约诊疗"],
    "附属中学": ["新高考选课走班", "初三毕业班备考", "课后服务", "青年教师读书会", "校园安全演练"],
    "附属小学": ["作业减负", "课后托管", "体育大课间", "英语绘本阅读", "家校沟通"],
    UNI: ["二级工会考核", "分工会换届指导", "教职工之家达标验收", "工会小组长培训", "二级工会经费检查"],
}
SEED = 20261214


OPENINGS = [
    "{when}{we_full}工会在{above}的领导下，紧紧围绕学院中心工作，团结带领全院教职工，较好地完成了各项任务。现总结如下：",
    "{when}{we_full}工会认真贯彻学校党委和校工会的部署，以建设教职工之家为目标，扎实推进各项工作。现将主要工作报告如下：",
    "过去的一年，{we_full}工会坚持服务大局、服务教职工，在{above}的领导下，各项工作取得了新进展。现总结如下：",
]
CLOSINGS = [
    ["一年来工作虽有进展，但也存在不足：服务青年教师的方式还不够多样，工会小组活力有待提升。"],
    ["对照教职工的期盼，工作还有差距，工会干部兼职多、精力有限，活动经费使用还不够精细。"],
    ["回顾全年，工作仍有薄弱环节，主要是对离退休教职工的联系还不够经常，教职工之家利用率不高。"],
]


def _unit(org: str) -> str:
    """The key of a unit's own places and tasks: its name without the university, 机械学院 its full name."""
    unit = {"机械学院": "机械工程学院"}.get(org, org)
    return unit if unit in PLACES else unit.removeprefix(UNI)


#: How a unit other than a college speaks where a college says 教职工, 全院, 学院, 二级教代会, 院务公开: a hospital's
#: or a service group's union (职工), the 校工会 itself (学校).
SPEECH = {
    "职工": {"教职工": "职工", "全院": "全体", "学院": "单位", "二级教代会": "职代会", "院务公开": "事务公开"},
    "学校": {"全院": "全校", "学院": "学校", "二级教代会": "教代会", "院务公开": "校务公开"},
}


def _staff(text: str, staff: str) -> str:
    """TEXT as a unit that says STAFF speaks it (教职工: as written, a college's words)."""
    for word, said in SPEECH.get(staff, {}).items():
        text = text.replace(word, said)
    return text


def summary(rng, *, title, org, org_type="university", year, we_full, above="学院党委和校工会", themes=None,
            sign=None, staff="教职工", when=None, kind="summary") -> dc.Article:
    """A sub-union's year-end summary: opening, four theme sections of two items, closing, signature."""
    ctx = {"when": f"{year}年，" if when is None else when, "we_full": we_full, "above": above,
           "session": f"学院第{dc.CN[rng.randint(2, 6)]}届教职工代表大会第{dc.CN[rng.randint(0, 3)]}次会议"}
    a = dc.Article(title, org, org_type, year, kind)
    place, task = PLACES[_unit(org)], TASKS[_unit(org)]
    a.blocks.append(("p", _staff(dc._fill(rng, _next("open", OPENINGS)[0], ctx), staff)
                     + "工会下设" + "、".join(place[:3]) + "等工会小组。"))
    for theme in themes or rng.sample(list(PAST), 4):
        a.blocks.append(("h1", _staff(rng.choice(H1[theme]), staff)))
        for head, body in rng.sample(PAST[theme], 2):
            a.blocks.append(("h2", _staff(head, staff)))
            who = rng.choice("王李张刘陈杨赵黄周吴") + rng.choice("建国海秀志丽明") + rng.choice("文斌平芳峰涛红")
            a.blocks.append(("p", _staff(dc._fill(rng, body, ctx), staff)
                             + f"{_next('place' + org, place)[0]}{who}老师牵头{_next('task' + org, task)[0]}，"
                               f"{_next('also' + org, place[2:] + place[:2])[0]}配合{_next('task' + org, task)[0]}。"))
    a.blocks.append(("h1", _next("close_h1", ["存在的不足和下一步打算", "存在问题及努力方向", "问题与打算"])[0]))
    a.blocks.extend(("p", _staff(p, staff)) for p in _next("close", CLOSINGS)[0])
    a.blocks.append(("p", f"明年，{place[3]}和{place[4]}将重点推进{task[year % 5]}。"))
    a.blocks.append(("end", sign or f"{we_full}工会"))
    a.blocks.append(("end", f"{year}年12月{rng.randint(20, 31)}日" if when is None else f"{year + 1}年7月{rng.randint(5, 15)}日"))
    return a


def plan(rng, *, title, org, org_type="university", year, we_full, kind="plan", sign=None, staff="教职工") -> dc.Article:
    """Next year's plan (工作计划, 工作要点): the general requirement, then one item per theme."""
    ctx = {"we_full": we_full}
    a = dc.Article(title, org, org_type, year, kind)
    guide, main = _next("guide", [("总体思路", "主要任务"), ("指导思想", "重点工作"), ("工作思路", "具体措施"),
                                        ("总体要求", "工作安排")])[0]
    a.blocks.append(("h1", guide))
    a.blocks.append(("p", _staff(_next("guide_p", [
        f"{year}年，{we_full}工会工作的总体思路是：坚持以教职工为中心，围绕学校“双一流”建设大局，团结动员广大教职工建功立业。",
        f"{year}年，{we_full}工会将紧扣学院年度目标，突出维权服务，夯实工会小组，努力把教职工之家建得更加温暖。",
        f"新的一年，{we_full}工会围绕人才培养和学科建设，把关心青年教师、服务离退休教职工作为着力点，办实事、求实效。",
        f"{year}年是学校第二轮“双一流”建设的关键之年，{we_full}工会要在凝聚人心、服务发展上主动作为。",
        f"{we_full}工会{year}年的工作，以建设“温馨教职工之家”为抓手，做到每月有活动、每季有重点。"])[0],
        staff)))
    a.blocks.append(("h1", main))
    task = TASKS[_unit(org)]
    for theme in _next("future", list(FUTURE), 5):
        a.blocks.append(("h2", _staff(_next("h1" + theme, H1[theme])[0], staff)))
        a.blocks.append(("p", _staff(dc._fill(rng, _next("future" + theme, FUTURE[theme])[0], ctx), staff)
                         + f"{_next('pplace' + org, PLACES[_unit(org)])[0]}配合做好{_next('ptask' + org, task)[0]}，"
                           f"年内完成{_next('ptask2' + org, task[2:] + task[:2])[0]}。"))
    if sign:
        a.blocks.append(("end", sign))
        a.blocks.append(("end", f"{year}年{rng.randint(2, 3)}月{rng.randint(10, 28)}日"))
    return a


def notice(rng, *, year: int) -> dc.Article:
    """The 校工会's notice asking every sub-union for next year's plan (a notice: kind other)."""
    a = dc.Article(f"关于报送{year}年二级工会工作计划的通知", UNI, "university", year, "other")
    a.blocks += [
        ("p", "各分工会、部门工会："),
        ("p", f"为做好{year}年工会工作，请各二级工会结合本单位实际，认真研究制定{year}年工作计划。现将有关事项通知如下："),
        ("p", "一、工作计划应围绕二级教代会、教职工之家建设、困难帮扶和文体活动等重点，明确全年活动安排和经费预算。"),
        ("p", f"二、请于{year}年1月{rng.randint(10, 20)}日前将工作计划电子版发送至校工会办公室邮箱，文件名为“单位名称+{year}年工作计划”。"),
        ("p", "三、校工会将根据各单位计划核定年度活动经费，并纳入年终二级工会考核。"),
        ("p", "联系人：校工会办公室　电话：0000-00000000"),
        ("end", f"{UNI}工会"),
        ("end", f"{year}年1月{rng.randint(2, 6)}日"),
    ]
    return a


NEWS_SITE = {
    "head": ["{school}新闻网", "首页 | 江澜要闻 | 综合新闻 | 院系动态 | 媒体江澜", "当前位置：首页 > 院系动态 > 正文"],
    "meta": "发布时间：{date}　来源：图书馆　作者：图书馆部门工会　浏览次数：{hits}",
    "tail": ["上一篇：{prev}", "下一篇：{next}", "版权所有 © {school}　地址：{addr}"],
}


def news(rng) -> dc.Article:
    a = dc.Article("图书馆部门工会举办“书香江澜”教职工读书月活动", f"{UNI}图书馆", "university", 2024, "other")
    a.blocks += [
        ("p", (f"4月23日，{UNI}图书馆部门工会在逸夫楼报告厅举办“书香江澜”教职工读书月启动仪式，"
              f"图书馆和相关学院{rng.randint(60, 120)}名教职工参加。")),
        ("p", "读书月期间，部门工会将开展好书推荐、读书分享会和古籍修复体验等活动，各工会小组分别组织一次读书沙龙。"),
        ("p", "部门工会主席在启动仪式上表示，要把读书活动与教职工之家建设结合起来，营造爱读书、读好书的氛围。"),
        ("end", "（图书馆部门工会）"),
    ]
    return a


def duty_report(rng, *, year: int) -> dc.Article:
    """The 机关分工会主席's 述职报告 to the 机关 staff: a report (looking back and ahead)."""
    a = dc.Article(f"{year}年度机关分工会主席述职报告", f"{UNI}机关", "university", year, "report")
    a.blocks += [
        ("p", "各位代表、各位老师："),
        ("p", f"{year}年，我在校工会和机关党委的领导下，履行{UNI}机关分工会主席职责。现将一年来的工作述职如下，请予评议。"),
        ("h1", "履职情况"),
        ("p", f"一是坚持民主管理，组织机关教职工代表参加学校教代会，征集提案{rng.randint(4, 12)}件，推动机关作风建设。"),
        ("p", f"二是用心服务教职工，走访慰问生病住院和困难教职工{rng.randint(20, 60)}人次，为机关离退休教职工办理生日慰问。"),
        ("p", f"三是组织机关教职工参加学校运动会和羽毛球赛，{rng.randint(3, 8)}个工会小组开展了小组活动。"),
        ("h1", "存在的不足"),
        ("p", "机关处室多、教职工分散，工会小组活动开展不平衡；本人调研不够深入。"),
        ("h1", "下一步打算"),
        ("p", f"{year + 1}年，我将推动公文流转提速和窗口服务评价，把机关分工会建成教职工信赖的教职工之家。"),
        ("end", "述职人：机关分工会主席"),
        ("end", f"{year}年12月{rng.randint(20, 30)}日"),
    ]
    return a


def inbox(root: Path, seed: int = SEED) -> dc.Collection:
    c = dc.Collection(root, "university_jianglan")
    rng = random.Random(seed)
    _TURN.clear()
    converted: dict[str, str] = {}
    convert = converter(c, converted)

    mech, mat, lang = "机械工程学院", "材料科学与工程学院", "外国语学院"
    logi, lib, hosp = f"{UNI}后勤服务集团", f"{UNI}图书馆", f"{UNI}附属第一医院"
    # ---- 2022年度/
    a = summary(rng, title="机械工程学院分工会2022年工作总结", org=mech, year=2022, we_full=mech,
                sign="机械工程学院分工会")
    c.docx("2022年度/机械工程学院分工会2022年工作总结.docx", a, styled=True, header=f"{UNI}机械工程学院分工会")
    a = summary(rng, title="材料学院分工会2022年度工作总结", org=mat, year=2022, we_full=mat, sign="材料科学与工程学院分工会")
    c.docx("2022年度/附件3：材料学院分工会2022年度工作总结.docx", a, styled=False, header=None)
    convert("2022年度/附件3：材料学院分工会2022年度工作总结.docx", "doc")
    a = summary(rng, title="后勤服务集团工会2022年工作总结", org=logi, year=2022, we_full=logi, staff="职工",
                above="后勤服务集团党委和校工会", themes=["维权", "送温暖", "文体活动", "民主管理"])
    c.docx("2022年度/后勤服务集团工会2022年工作总结.docx", a, styled=True, header=None, footer="- {page} -")
    convert("2022年度/后勤服务集团工会2022年工作总结.docx", "pdf")
    a = summary(rng, title=f"{UNI}工会2022年工作总结", org=UNI, year=2022, we_full=UNI, above="学校党委和省教育工会",
                sign=f"{UNI}工会", staff="学校")
    c.docx(f"2022年度/{UNI}工会2022年工作总结.docx", a, styled=True, header=None)
    a = summary(rng, title="附属小学工会2022-2023学年工作总结", org=f"{UNI}附属小学", org_type="school", year=2022,
                we_full=f"{UNI}附属小学", above="学校党支部和校工会", when="2022-2023学年，", sign=f"{UNI}附属小学工会",
                themes=["送温暖", "文体活动", "民主管理", "教学科研"])
    c.docx("附属小学/附小工会2022-2023学年工作总结.docx", a, styled=False, header=None)

    # ---- 2023年度/
    a = summary(rng, title="机械学院分工会2023年度工作总结", org="机械学院", year=2023, we_full="机械学院",
                sign="机械学院分工会")
    c.docx("2023年度/机械学院分工会2023年度工作总结（终稿）.docx", a, styled=True, header=None)
    a = summary(rng, title="材料学院分工会2023年度工作总结", org=mat, year=2023, we_full="我院", sign="材料科学与工程学院分工会",
                themes=["民主管理", "教学科研", "送温暖", "自身建设"])
    c.docx("2023年度/材料学院分工会2023年度工作总结.docx", a, styled=True, header="材料科学与工程学院分工会")
    convert("2023年度/材料学院分工会2023年度工作总结.docx", "doc", ".wps")
    a = summary(rng, title="外国语学院分工会2023-2024学年工作总结", org=lang, year=2023, we_full=lang, when="2023-2024学年，",
                sign="外国语学院分工会", themes=["教学科研", "民主管理", "文体活动", "送温暖"])
    c.docx("2023年度/外国语学院分工会2023-2024学年工作总结.docx", a, styled=False, header=f"{UNI}外国语学院")
    a = summary(rng, title="图书馆部门工会2023年工作总结", org=lib, year=2023, we_full="图书馆部门", above="图书馆党委和校工会",
                sign=f"{UNI}图书馆部门工会", themes=["文体活动", "送温暖", "自身建设", "民主管理"])
    c.txt("2023年度/图书馆部门工会2023年工作总结.txt", [a], encoding="gb18030", crlf=True, indent="　　")
    a = summary(rng, title="附属第一医院工会2023年工作总结", org=hosp, org_type="other", year=2023, we_full=hosp,
                staff="职工", above="医院党委和校工会", themes=["维权", "送温暖", "民主管理", "文体活动"])
    c.pdf("2023年度/附属第一医院工会2023年工作总结.pdf", a, marker="第{n}页", running=None)
    c.docx("2023年度/机关分工会主席述职报告.docx", duty_report(rng, year=2023), styled=False, header=None)
    a = summary(rng, title=f"{UNI}工会2023年工作总结", org=UNI, year=2023, we_full=UNI, above="学校党委和省教育工会",
                sign=f"{UNI}工会", staff="学校")
    c.docx(f"2023年度/{UNI}工会2023年工作总结.docx", a, styled=True, header=None, footer="- {page} -")
    convert(f"2023年度/{UNI}工会2023年工作总结.docx", "pdf")
    a = summary(rng, title="附中工会2023年工作总结", org=f"{UNI}附属中学", org_type="school", year=2023, we_full="附中",
                above="学校党委和校工会", sign=f"{UNI}附属中学工会", themes=["民主管理", "送温暖", "文体活动", "教学科研"])
    c.docx("附属中学/附中工会2023年工作总结.docx", a, styled=True, header=None)

    # ---- 2024年度/
    a = notice(rng, year=2024)
    c.docx("2024年度/关于报送2024年二级工会工作计划的通知.docx", a, styled=False, header=None)
    a = plan(rng, title="机械工程学院分工会2024年工作计划", org=mech, year=2024, we_full=mech, sign="机械工程学院分工会")
    c.docx("2024年度/各分工会计划/机械工程学院分工会2024年工作计划.docx", a, styled=True, header=None)
    a = plan(rng, title="材料学院分工会2024年工作计划", org=mat, year=2024, we_full=mat, sign="材料科学与工程学院分工会")
    c.docx("2024年度/各分工会计划/材料学院2024年分工会工作计划.docx", a, styled=False, header=None)
    convert("2024年度/各分工会计划/材料学院2024年分工会工作计划.docx", "doc")
    a = plan(rng, title="后勤集团工会2024年工作要点", org=logi, year=2024, we_full="后勤服务集团", staff="职工",
             sign=f"{UNI}后勤服务集团工会")
    c.docx("2024年度/各分工会计划/后勤集团工会2024年工作要点.docx", a, styled=True, header=None)
    convert("2024年度/各分工会计划/后勤集团工会2024年工作要点.docx", "doc", ".wps")
    a = plan(rng, title="图书馆部门工会2024年工作计划", org=lib, year=2024, we_full=lib, sign=f"{UNI}图书馆部门工会")
    c.docx("2024年度/各分工会计划/附件2：图书馆部门工会2024年工作计划.docx", a, styled=True, header=None)
    a = summary(rng, title="外国语学院分工会2024年工作总结", org=lang, year=2024, we_full=lang, sign="外国语学院分工会",
                themes=["送温暖", "教学科研", "维权", "自身建设"])
    p = plan(rng, title="外国语学院分工会2025年工作计划", org=lang, year=2025, we_full=lang, sign="外国语学院分工会")
    c.txt("2024年度/外国语学院2024年总结及2025年计划.txt", [a, p], encoding="gb18030", crlf=True)
    a = summary(rng, title="机械工程学院分工会2024年工作总结", org=mech, year=2024, we_full="学院", sign="机械工程学院分工会",
                themes=["民主管理", "维权", "送温暖", "文体活动"])
    c.docx("2024年度/机械学院2024年分工会总结.docx", a, styled=False, header=None)
    a = summary(rng, title="附属第一医院工会2024年工作总结", org=hosp, org_type="other", year=2024, we_full=hosp,
                staff="职工", above="医院党委和校工会", themes=["送温暖", "维权", "文体活动", "自身建设"])
    c.docx("2024年度/附属第一医院工会2024年工作总结.docx", a, styled=True, header=f"{UNI}附属第一医院工会")
    convert("2024年度/附属第一医院工会2024年工作总结.docx", "pdf")
    a = news(rng)
    c.html("2024年度/图书馆部门工会举办“书香江澜”教职工读书月活动-江澜大学新闻网.html", a, site=NEWS_SITE, school=UNI,
           date="2024-04-24", prev="机械工程学院召开二级教代会", nxt="校工会举办青年教师联谊活动", addr="江澜市学府路1号")
    a = summary(rng, title=f"{UNI}工会2024年工作总结", org=UNI, year=2024, we_full=UNI, above="学校党委和省教育工会",
                sign=f"{UNI}工会", staff="学校")
    c.docx(f"2024年度/{UNI}工会2024年工作总结.docx", a, styled=True, header=None)

    also = {mech: [f"{UNI}机械工程学院", "机械学院"], "机械学院": [mech, f"{UNI}机械工程学院"], mat: ["材料学院"],
            lang: [f"{UNI}外国语学院"], logi: ["后勤服务集团", "后勤集团"], hosp: [], lib: [],
            f"{UNI}附属中学": ["附中"], f"{UNI}附属小学": []}
    file_key(c, converted, also)
    return c


def main(argv: list[str] | None = None) -> int:
    return write_inbox(argv, inbox, "university_jianglan", __doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
