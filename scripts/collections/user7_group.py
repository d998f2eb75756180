"""Write an enterprise group union office's inbox as she keeps it (session 13, USER7): 华辰集团, invented.

The union office (工会办公室) of an invented state-owned group, 华辰装备集团有限公司, compares its member
unions' year-end summaries and plans, 2022-2024: two branch companies (铸造分公司, 物流分公司), a
subsidiary (华辰精密机械有限公司), a workshop's sub-union under a branch (机加车间分工会), a project
department's union (西江大桥项目部工会), the head office's own union (机关工会) and the group union itself.
17 files as the senders named them (`附件1：`, `（定稿）`, a `.wps` saved from WPS, which is a Word 97-2003
file inside), folders by year and one by unit, a Word file LibreOffice printed to PDF, a 红头文件 (the
issuing organ's banner, a 文号 `华辰工〔2024〕3号`, 主送, the 要点 it sends, 抄送 and 印发 lines), tables
of 帮扶 amounts, GB18030 text, a summary and next year's plan in one file, a reportlab PDF, the 帮扶台账
workbook she keeps beside them. The text speaks of enterprise union work: 职代会 and 厂务公开, 劳动竞赛 and
技能比武, 安全生产 and the 安康杯, 困难职工帮扶 and 金秋助学, 班组, 女职工, 一线职工, 农民工. Every unit,
person, number and sentence is invented. The key (the format of make_district_collections.py) is the
writers' text; LibreOffice's files carry its time of writing, the rest are the same bytes each run.

    PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/collections/user7_group.py --out /work/local/user7
"""

from __future__ import annotations

import io
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_district_collections as dc  # the writers, the Collection and its key

# LibreOffice's conversion, a docx saved with fixed dates, the command line
from user5_district import _convert, _save, write_inbox

GROUP = "华辰装备集团有限公司"

H1 = {
    "民主管理": ["坚持和完善职代会制度，深化厂务公开", "推进企业民主管理，保障职工知情权参与权",
             "畅通职工参与渠道，激发职工主人翁意识"],
    "劳动竞赛": ["围绕生产经营中心，深入开展劳动竞赛", "聚焦提质增效，广泛开展劳动和技能竞赛",
             "弘扬劳模精神和工匠精神，提升职工技能素质"],
    "安全生产": ["履行维护职能，守牢安全生产底线", "强化劳动保护，维护职工安全健康权益",
             "依法维护职工权益，筑牢安全防线"],
    "送温暖": ["精准帮扶困难职工，当好职工娘家人", "扎实开展送温暖活动，把关爱送到一线",
            "用心用情服务职工，增强职工获得感"],
    "文体活动": ["丰富职工文化生活，增强企业凝聚力", "开展职工文体活动，建设职工之家",
             "活跃职工业余生活，凝聚团结奋进力量"],
    "女职工": ["关心关爱女职工，维护女职工特殊权益", "发挥女职工委员会作用，展现巾帼风采"],
    "自身建设": ["加强工会自身建设，提升服务职工能力", "夯实基层基础，建设职工信赖的职工之家"],
}
PAST = {
    "民主管理": [
        ("落实职工代表巡视制度", "组织职工代表对食堂、浴室、倒班宿舍开展巡视检查{k}次，提出整改意见{n1}条，已全部落实。"),
        ("开展民主评议", "组织职工代表对中层管理人员进行民主评议，参评{n1}人，评议结果与年度考核挂钩。"),
        ("推行班组民主管理", "在{k}个班组推行班务公开，奖金分配、评先评优由班组职工民主议定。"),
        ("召开职工代表大会", ("{month}月召开{session}，审议通过《企业年度经营计划》等{k}项议题，征集职工代表提案{n1}件，"
         "立案{k2}件，均已办复。")),
        ("推进厂务公开", "通过公开栏、企业微信等渠道公开绩效考核、评先评优、招聘录用等事项{n2}项，职工满意率{pct}%。"),
        ("开展合理化建议活动", "全年征集职工合理化建议{n3}条，采纳{n2}条，创造经济效益{money}元。"),
    ],
    "劳动竞赛": [
        ("开展群众性技术创新", "成立劳模和工匠人才创新工作室{k2}个，完成技术攻关项目{n1}项，获国家专利{k}项。"),
        ("选树劳模工匠", "推荐{k2}名职工获评省部级劳动模范和“五一劳动奖章”，开展劳模进班组宣讲{k}场。"),
        ("开展岗位练兵", "在一线岗位开展“名师带高徒”活动，结成师徒对子{n1}对，{n2}名青工通过技能等级鉴定。"),
        ("开展主题劳动竞赛", ("围绕全年生产任务，开展“安全优质、降本增效”主题劳动竞赛，参赛班组{n1}个，"
         "完成产值较上年增长{up}%。")),
        ("举办职工技能比武", ("{month}月举办焊工、车工、电工等{k}个工种的职工技能比武，参赛职工{n2}人，"
         "{k2}人获评“技术能手”。")),
        ("加强班组建设", "深化“工人先锋号”创建，{k}个班组获评集团先进班组，推广班组管理经验{k2}项。"),
    ],
    "安全生产": [
        ("开展职工安全培训", "组织班组长和新入职职工安全知识培训{k}期，覆盖{n2}人次，考试合格率{pct}%。"),
        ("参与事故隐患整改", "工会参与安全检查{n1}次，督促整改高处作业、有限空间等重大隐患{k}项。"),
        ("开展群众性安全生产监督", ("发挥工会劳动保护监督检查员作用，开展“安康杯”竞赛，全年排查事故隐患{n2}处，"
         "整改率{pct}%。")),
        ("落实职业健康防护", "督促企业为一线职工配发劳动保护用品，组织接触职业危害岗位的{n_staff}名职工进行职业健康体检。"),
        ("签订集体合同", "与行政方开展工资集体协商，续签集体合同和女职工权益保护专项集体合同，覆盖职工{n3}人。"),
        ("维护农民工合法权益", "督促劳务分包单位按月足额发放农民工工资，协调解决欠薪问题{k}起，涉及金额{money}元。"),
    ],
    "送温暖": [
        ("关爱大病职工", "为{k}名患重大疾病的职工申请集团大病救助，发放救助金{money}元。"),
        ("推进职工互助保障", "组织{n3}名职工参加在职职工住院医疗互助保障，全年办理理赔{n1}人次。"),
        ("服务倒班和一线职工", "改善倒班宿舍和职工食堂条件，在生产现场设立职工休息室{k2}处。"),
        ("开展两节送温暖", "元旦春节期间，走访慰问困难职工、劳动模范和一线职工{n2}人，发放慰问金{money}元。"),
        ("做好困难职工帮扶", "建立困难职工档案{n1}户，实行动态管理，全年发放帮扶资金{money}元。"),
        ("开展金秋助学", "为{n1}名困难职工子女发放金秋助学金{money2}元，帮助他们顺利入学。"),
        ("开展夏送清凉", "高温期间深入生产一线和项目现场，为{n3}名一线职工送去防暑降温物品，价值{money}元。"),
    ],
    "文体活动": [
        ("开展健步走活动", "开展“万步有约”职工健步走活动，{n2}名职工参加，人均日行{steps}步。"),
        ("举办篮球联赛", "举办职工篮球联赛，{k}支代表队参赛，比赛历时{k2}周。"),
        ("开展迎新春活动", "春节前组织写春联、猜灯谜等迎新春活动，参加职工{n2}人次。"),
        ("举办职工运动会", "{month}月举办第{ordinal}届职工运动会，设拔河、篮球、趣味接力等{k}个项目，参赛职工{n2}人。"),
        ("开展读书和文艺活动", "组织“书香企业”职工读书活动，举办迎新春文艺汇演，{k}个节目由一线职工自编自演。"),
        ("支持职工兴趣小组", "扶持{club}、羽毛球等{k2}个职工兴趣小组，全年开展活动{n1}次。"),
    ],
    "女职工": [
        ("建设爱心妈咪小屋", "新建爱心妈咪小屋{k2}处，为哺乳期女职工提供便利。"),
        ("开展巾帼建功活动", "开展“巾帼建功”竞赛，{k}个女职工班组获评集团巾帼文明岗。"),
        ("落实女职工特殊保护", "组织{n_fem}名女职工开展“两癌”筛查，督促落实孕期、哺乳期女职工特殊劳动保护。"),
        ("开展三八节活动", "“三八”节期间组织女职工插花、健步走等活动，参加{n2}人次。"),
    ],
    "自身建设": [
        ("做好会员发展", "把农民工和劳务派遣工吸收入会，全年新发展会员{n2}人，入会率{pct}%。"),
        ("加强工会宣传", "在企业微信开设“工会动态”栏目，全年编发信息{n2}条，被集团工会采用{n1}条。"),
        ("加强工会干部培训", "举办基层工会主席和经审委员培训班{k2}期，培训{n2}人次。"),
        ("规范工会经费管理", "开展工会经费审查审计，做到收支公开、使用规范。"),
        ("推进职工之家建设", "新建和提升职工书屋、职工之家{k}个，{k2}个获评集团模范职工之家。"),
    ],
}
FUTURE = {
    "民主管理": ["按期召开职代会，提高职工代表提案质量和办理实效，深化厂务公开。",
             "健全以职代会为基本形式的民主管理制度，推动班组民主管理全覆盖。"],
    "劳动竞赛": ["围绕重点工程和生产任务开展劳动竞赛，办好第{ordinal}届职工技能比武。",
             "新建劳模和工匠人才创新工作室{k2}个，组织群众性技术攻关不少于{n1}项。"],
    "安全生产": ["深化“安康杯”竞赛，组织劳动保护监督检查员开展隐患排查不少于{k}次。",
             "推动集体合同续签，督促劳务分包单位落实农民工工资支付保障制度。"],
    "送温暖": ["做实困难职工帮扶和金秋助学，元旦春节走访慰问一线职工不少于{n2}人。",
            "扩大职工互助保障覆盖面，夏季高温期间到施工现场开展送清凉。"],
    "文体活动": ["{month}月举办职工运动会，支持职工兴趣小组常态化开展活动。",
             "开展职工读书和迎新春文艺活动，提高职工书屋利用率。"],
    "女职工": ["组织女职工“两癌”筛查，推进爱心妈咪小屋建设。",
            "开展“巾帼建功”竞赛和三八节系列活动，维护女职工特殊权益。"],
}
#: Each unit's own workplaces and tasks: the words no other unit writes.
PLACES = {
    "铸造分公司": ["熔炼工段", "造型工段", "清理工段", "砂处理班", "铸件质检站"],
    "物流分公司": ["重卡运输车队", "城东中心仓库", "铁路专用线站台", "配送调度中心", "叉车维修班"],
    "华辰精密机械有限公司": ["数控加工中心", "齿轮装配线", "热处理工段", "精密量具室", "液压件车间"],
    "机加车间": ["车工班", "铣工班", "磨工班", "数控一班", "刀具准备组"],
    "西江大桥项目部": ["主墩施工区", "钢筋加工场", "混凝土拌合站", "劳务作业队", "项目驻地生活区"],
    "集团机关": ["财务共享中心", "人力资源部", "生产运营部", "档案室", "后勤服务中心"],
    "华辰装备集团有限公司": ["所属各分公司", "各子公司", "各项目部", "集团机关各部门", "各车间分工会"],
}
TASKS = {
    "铸造分公司": ["大型缸体铸件砂眼攻关", "电炉熔炼节电改造", "浇注机械手试用", "落砂除尘治理", "型砂回收再用"],
    "物流分公司": ["冷链车队夜间调度优化", "危化品押运规程修订", "立体货架盘点提速", "铁路到站卸车提效", "新能源叉车换装"],
    "华辰精密机械有限公司": ["五轴机床精度恢复", "齿形误差检测改进", "渗碳炉温控升级", "量具周检信息化", "液压阀泄漏攻关"],
    "机加车间": ["曲轴车削节拍压缩", "铣刀寿命管理", "磨床冷却液循环", "首件三检制推行", "工装夹具快换"],
    "西江大桥项目部": ["主墩承台大体积混凝土温控", "钢筋笼胎架定位", "拌合站扬尘治理", "劳务工实名制考勤", "驻地防汛转移演练"],
    "集团机关": ["报销单据线上流转", "职称评审材料预审", "生产日报自动汇总", "档案数字化扫描", "机关食堂菜品评价"],
    "华辰装备集团有限公司": ["基层工会规范化建设达标", "分公司工会换届指导", "子公司集体协商督导", "项目部工会组建", "车间分工会台账检查"],
}
_TURN: dict[str, int] = {}
SEED = 20261213


def _next(key: str, items: list, n: int = 1) -> list:
    """The next N of ITEMS in turn (one rotation a pool), so that units' texts share few sentences,
    as unrelated units' texts do."""
    start = _TURN.get(key, 0)
    _TURN[key] = start + n
    return [items[(start + i) % len(items)] for i in range(n)]

OPENINGS = [
    ("{year}年，{we_full}工会在{above}的领导下，紧紧围绕生产经营中心任务，团结动员广大职工建功立业，"
    "较好地完成了全年各项工作任务。现将主要工作总结如下："),
    ("过去的{year}年，是{we_full}爬坡过坎、攻坚克难的一年。工会坚持服务大局、服务职工，在{above}的正确领导下，"
    "各项工作取得了新的进展。现总结如下："),
    ("{year}年以来，{we_full}工会认真贯彻{above}的部署要求，以建设职工信赖的职工之家为目标，"
    "扎实推进各项工作。现将一年来的工作情况报告如下："),
]
CLOSINGS = [
    ["一年来，工会工作虽然取得了一定成绩，但也存在一些不足：服务一线职工的方式还不够多样，班组工会活力有待提升。",
     "新的一年，我们将坚持以职工为中心，深化劳动竞赛，做实帮扶救助，推动工会工作再上新台阶。"],
    ["对照职工群众的期盼，我们的工作还有差距，工会干部业务能力有待加强，基层工会经费使用还不够规范。",
     "下一步，工会将聚焦主责主业，在维护职工权益和服务企业发展上持续用力。"],
    ["回顾全年，工会工作仍有薄弱环节，主要是对农民工和劳务派遣工的覆盖还不够，职工文化阵地利用率不高。"],
]


def _session(rng) -> str:
    return f"第{dc.CN[rng.randint(2, 6)]}届职工代表大会第{dc.CN[rng.randint(0, 3)]}次会议"


def summary(rng, *, title, org, year, we_full, above="集团公司党委和集团公司工会", themes=None,
            table=False, sign=None) -> dc.Article:
    """A member union's year-end summary: opening, four theme sections of two items, closing, signature."""
    ctx = {"year": year, "we_full": we_full, "above": above, "session": _session(rng)}
    a = dc.Article(title, org, "enterprise", year, "summary")
    a.blocks.append(("p", dc._fill(rng, _next("open", OPENINGS)[0], ctx) + "工会下设" + "、".join(PLACES[org][:3])
                     + "等工会小组。"))
    for theme in themes or rng.sample(list(PAST), 4):
        a.blocks.append(("h1", rng.choice(H1[theme])))
        for head, body in rng.sample(PAST[theme], 2):
            a.blocks.append(("h2", head))
            place = _next("place" + str(org), PLACES[org])[0]
            who = rng.choice("王李张刘陈杨赵黄周吴") + rng.choice("建国海军秀英志强丽华明辉") + rng.choice("文斌平芳峰军涛红")
            a.blocks.append(("p", dc._fill(rng, body, ctx) + f"{place}{who}牵头{_next('task' + str(org), TASKS[org])[0]}，"
                                  f"{_next('also' + str(org), PLACES[org])[0]}配合{_next('task' + str(org), TASKS[org])[0]}。"))
        if table and theme == "送温暖":
            a.blocks.append(("cap", f"表1 {year}年困难职工帮扶情况"))
            rows, total_n, total_m = [["帮扶类别", "户（人）数", "金额（元）"]], 0, 0
            for what in ("生活救助", "医疗救助", "金秋助学", "临时救助"):
                n, m = rng.randint(3, 40), rng.randrange(2000, 60000, 100)
                total_n, total_m = total_n + n, total_m + m
                rows.append([what, str(n), str(m)])
            rows.append(["合计", str(total_n), str(total_m)])
            a.blocks.extend(("row", row) for row in rows)
    a.blocks.append(("h1", _next("close_h1", ["存在的不足和下一步打算", "存在问题及努力方向", "问题与打算"])[0]))
    a.blocks.extend(("p", p) for p in _next("close", CLOSINGS)[0])
    a.blocks.append(("p", f"明年，{PLACES[org][3]}和{PLACES[org][4]}将重点推进{TASKS[org][year % 5]}。"))
    a.blocks.append(("end", sign or f"{we_full}工会"))
    a.blocks.append(("end", f"{year}年12月{rng.randint(20, 31)}日"))
    return a


def plan(rng, *, title, org, year, we_full, kind="plan", sign=None) -> dc.Article:
    """Next year's plan (工作计划, 工作要点): the general requirement, then one item per theme."""
    ctx = {"we_full": we_full, "session": _session(rng)}
    a = dc.Article(title, org, "enterprise", year, kind)
    guide, main = _next("guide", [("总体要求", "主要任务"), ("指导思想", "重点工作")])[0]
    a.blocks.append(("h1", guide))
    a.blocks.append(("p", _next("guide_p", [
        (f"{year}年，{we_full}工会工作的总体要求是：坚持以职工为中心，围绕企业改革发展大局，"
        "团结动员广大职工在提质增效中建功立业。"),
        (f"{year}年，{we_full}工会将紧扣年度生产经营目标，突出维权服务职能，夯实基层组织基础，"
        "努力把职工之家建得更加温暖。")])[0]))
    a.blocks.append(("h1", main))
    for theme in _next("future", list(FUTURE), 5):
        a.blocks.append(("h2", _next("h1" + theme, H1[theme])[0]))
        a.blocks.append(("p", dc._fill(rng, _next("future" + theme, FUTURE[theme])[0], ctx)))
    if sign:
        a.blocks.append(("end", sign))
        a.blocks.append(("end", f"{year - 1}年12月{rng.randint(10, 31)}日"))
    return a


def red_header(path: Path, a: dc.Article, *, banner: str, number: str, notice: str, to: str, cover: list[str],
               sign: list[str], copy_to: str, printed: str) -> tuple[list, list[str]]:
    """A 红头文件 as Word writes it: the banner in red, the 文号, the NOTICE's title, 主送, the covering
    lines and signature, then the 要点 it sends (A: its own title and body) and the 版记 (抄送, 印发).
    Returns the key's two articles (the cover letter, kind other as the tool files a notice's cover
    letter without its document, and the 要点) and the chrome lines."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    d = docx.Document()
    d.core_properties.author = d.core_properties.last_modified_by = "user"
    for text, size, red in ((banner, 26, True), (number, 14, False), (notice, 18, False)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold, r.font.size = True, Pt(size)
        if red:
            r.font.color.rgb = RGBColor(0xE0, 0, 0)
    body = [to, *cover, *sign]
    d.add_paragraph(to)
    for line in cover:
        d.add_paragraph(line).paragraph_format.first_line_indent = Pt(24)
    for line in sign:
        d.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_page_break()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(a.title).bold = True
    blocks = dc.numbered(a, True, "paren")
    for role, text in blocks:
        p = d.add_paragraph()
        if role == "h1":
            p.add_run(text).bold = True
        else:
            p.add_run(text)
            p.paragraph_format.first_line_indent = Pt(24)
    for line in (copy_to, printed):
        d.add_paragraph(line)
    _save(d, path)
    letter = dc.Article(notice, a.org, a.org_type, a.year, "other")
    return [dc.key_article(letter, [("p", x) for x in body]), dc.key_article(a, blocks)], [banner, number, copy_to,
                                                                                           printed]


def workbook(path: Path, rng) -> None:
    """The 帮扶台账 she keeps beside the summaries: one sheet of names and amounts (invented)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2024年帮扶台账"
    ws.append(["序号", "单位", "姓名", "帮扶类别", "金额（元）"])
    for i, unit in enumerate(("铸造分公司", "物流分公司", "精密机械公司", "西江大桥项目部", "机关"), 1):
        ws.append([i, unit, f"职工{i}", rng.choice(["生活救助", "医疗救助", "金秋助学"]), rng.randrange(1000, 8000, 100)])
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(dc._deterministic_zip(buf.getvalue()))


def converter(c: dc.Collection, converted: dict[str, str]):
    """CONVERT(rel, fmt, suffix): LibreOffice's conversion of C's file REL to FMT (saved as SUFFIX when given: WPS
    keeps a Word 97-2003 file as .wps), the new name kept in CONVERTED for `file_key`."""
    def convert(rel: str, fmt: str, suffix: str | None = None) -> None:
        new = _convert(c.path(rel), fmt)
        if suffix and new.suffix != ".docx":  # (no LibreOffice: the .docx stays)
            new = new.rename(new.with_suffix(suffix))
        converted[rel] = str(new.relative_to(c.dir))
    return convert


def file_key(c: dc.Collection, converted: dict[str, str], also: dict[str, list[str]]) -> None:
    """The key's rows as the files now are: each article's other accepted names (ALSO, by its org) and the
    converted files' names and styles."""
    for row in c.rows:
        for art in row["articles"]:
            art.setdefault("org_also", also.get(art["org"], []))
        if row["source"] in converted:
            row["source"] = converted[row["source"]]
            row["style"] = "libreoffice_" + Path(row["source"]).suffix[1:]  # the style the scorer reports by


def inbox(root: Path, seed: int = SEED) -> dc.Collection:
    c = dc.Collection(root, "group_huachen")
    rng = random.Random(seed)
    converted: dict[str, str] = {}
    convert = converter(c, converted)

    foundry, logistics = "铸造分公司", "物流分公司"
    # ---- 2022年/
    a = summary(rng, title="铸造分公司工会2022年工作总结", org=foundry, year=2022, we_full="分公司", table=True)
    c.docx("2022年/铸造分公司工会2022年工作总结.docx", a, styled=True, header="华辰集团铸造分公司工会")
    a = summary(rng, title="精密机械公司2022年工会工作总结", org="华辰精密机械有限公司", year=2022, we_full="公司",
                sign="华辰精密机械有限公司工会")
    c.docx("2022年/附件1：精密机械公司2022年工会工作总结.docx", a, styled=False, header=None)
    convert("2022年/附件1：精密机械公司2022年工会工作总结.docx", "doc", ".wps")
    a = summary(rng, title="华辰集团工会2022年工作总结", org=GROUP, year=2022, we_full="集团公司",
                above="集团公司党委和省总工会", sign="华辰装备集团有限公司工会")
    c.docx("2022年/华辰集团工会2022年工作总结.docx", a, styled=True, header=None, footer="- {page} -")
    convert("2022年/华辰集团工会2022年工作总结.docx", "pdf")

    # ---- 2023年/
    a = summary(rng, title="铸造分公司工会2023年工作总结", org=foundry, year=2023, we_full="分公司")
    c.docx("2023年/铸造分公司工会2023年工作总结（定稿）.docx", a, styled=True, header=None)
    a = summary(rng, title="机加车间分工会2023年工作总结", org="机加车间", year=2023, we_full="机加车间",
                above="分公司党委和分公司工会", themes=["劳动竞赛", "安全生产", "送温暖", "文体活动"], sign="机加车间分工会")
    # this year's writer names the workshop with its branch company in the opening; next year's does not
    a.blocks[0] = ("p", ("2023年，铸造分公司机加车间分工会在分公司党委和分公司工会的领导下，紧紧围绕生产经营中心任务，"
                        "团结动员车间职工建功立业。现将主要工作总结如下：工会下设车工班、铣工班、磨工班等工会小组。"))
    c.docx("2023年/机加车间分工会2023年工作总结.docx", a, styled=False, header="铸造分公司机加车间")
    a = summary(rng, title="西江大桥项目部工会2023年工作总结", org="西江大桥项目部", year=2023, we_full="项目部",
                above="公司党委和公司工会", themes=["安全生产", "送温暖", "劳动竞赛", "文体活动"])
    c.txt("2023年/西江大桥项目部工会2023年工作总结.txt", [a], encoding="gb18030", crlf=True, indent="　　")
    a = summary(rng, title="物流分公司2023年工会工作总结", org=logistics, year=2023, we_full="分公司")
    c.docx("2023年/物流分公司2023年工会工作总结.docx", a, styled=True, header=None)
    convert("2023年/物流分公司2023年工会工作总结.docx", "doc", ".wps")
    a = summary(rng, title="集团机关工会2023年工作总结", org="集团机关", year=2023, we_full="机关",
                above="集团公司党委和集团公司工会", themes=["民主管理", "文体活动", "女职工", "自身建设"])
    c.docx("2023年/集团机关工会2023年工作总结.docx", a, styled=True, header=None)
    a = summary(rng, title="华辰集团工会2023年工作总结", org=GROUP, year=2023, we_full="集团公司",
                above="集团公司党委和省总工会", sign="华辰装备集团有限公司工会")
    c.pdf("2023年/华辰集团工会2023年工作总结.pdf", a, marker="— {n} —", running=None)
    a = summary(rng, title="精密机械公司工会2023年工作总结", org="华辰精密机械有限公司", year=2023, we_full="公司",
                sign="华辰精密机械有限公司工会")
    c.docx("精密机械公司/精密机械公司工会2023年工作总结.docx", a, styled=True, header="华辰精密机械有限公司工会")
    convert("精密机械公司/精密机械公司工会2023年工作总结.docx", "doc")

    # ---- 2024年/
    a = plan(rng, title="华辰集团工会2024年工作要点", org=GROUP, year=2024, we_full="集团公司")
    rel = "2024年/华辰工〔2024〕3号 关于印发2024年工会工作要点的通知.docx"
    articles, chrome = red_header(
        c.path(rel), a, banner=f"{GROUP}工会文件", number="华辰工〔2024〕3号",
        notice="关于印发《华辰集团工会2024年工作要点》的通知", to="各基层工会：",
        cover=["现将《华辰集团工会2024年工作要点》印发给你们，请结合实际，认真抓好贯彻落实。",
               "附件：华辰集团工会2024年工作要点"],
        sign=[f"{GROUP}工会", "2024年1月10日"], copy_to="抄送：集团公司党委办公室，集团公司行政办公室。",
        printed=f"{GROUP}工会办公室　　　　2024年1月10日印发")
    c.add(rel, "docx_red_header", articles, chrome)
    convert(rel, "pdf")
    a = summary(rng, title="铸造分公司工会2024年工作总结", org=foundry, year=2024, we_full="分公司", table=True,
                themes=["民主管理", "女职工", "送温暖", "自身建设"])
    c.docx("2024年/铸造分公司工会2024年工作总结.docx", a, styled=False, header="华辰集团铸造分公司工会")
    a = summary(rng, title="机加车间分工会2024年工作总结", org="机加车间", year=2024, we_full="机加车间",
                above="分公司党委和分公司工会", themes=["劳动竞赛", "安全生产", "女职工", "送温暖"], sign="机加车间分工会")
    c.docx("2024年/机加车间分工会2024年工作总结.docx", a, styled=True, header=None)
    a = summary(rng, title="西江大桥项目部工会2024年工作总结", org="西江大桥项目部", year=2024, we_full="项目部",
                above="公司党委和公司工会", themes=["安全生产", "劳动竞赛", "送温暖", "女职工"])
    p = plan(rng, title="西江大桥项目部工会2025年工作计划", org="西江大桥项目部", year=2025, we_full="项目部",
             sign="西江大桥项目部工会")
    c.txt("2024年/项目部2024年总结及2025年计划.txt", [a, p], encoding="gb18030", crlf=True)
    a = summary(rng, title="物流分公司工会2024年工作总结", org=logistics, year=2024, we_full="分公司",
                themes=["安全生产", "送温暖", "劳动竞赛", "民主管理"])
    c.docx("2024年/物流分公司工会2024年工作总结.docx", a, styled=True, header="华辰集团物流分公司工会")
    convert("2024年/物流分公司工会2024年工作总结.docx", "doc", ".wps")
    a = summary(rng, title="精密机械公司工会2024年工作总结", org="华辰精密机械有限公司", year=2024, we_full="公司",
                sign="华辰精密机械有限公司工会")
    c.docx("2024年/附件2：精密机械公司工会2024年工作总结（定稿）.docx", a, styled=True, header=None)
    workbook(c.path("2024年/2024年困难职工帮扶台账.xlsx"), rng)
    c.add("2024年/2024年困难职工帮扶台账.xlsx", "xlsx", [])

    also = {foundry: ["华辰集团铸造分公司"], logistics: ["华辰集团物流分公司"], "华辰精密机械有限公司": ["精密机械公司"],
            "机加车间": ["铸造分公司机加车间", "机加车间分工会"], "集团机关": ["华辰集团机关", "机关"], GROUP: ["华辰集团"]}
    file_key(c, converted, also)
    return c


def main(argv: list[str] | None = None) -> int:
    return write_inbox(argv, inbox, "group_huachen", __doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
