"""Write a city health-system union office's inbox as she keeps it (session 16, USER10): 澄江市, invented.

The union office of the invented 澄江市卫生健康委员会 (the 卫健系统工会) compares its hospitals' and health units'
year-end summaries and plans, 2022-2024: the 市第一人民医院 (市一院 in its own titles), the 中医医院 (市中医院 in
the senders' titles, 澄江市中医医院 in its letterhead), the 妇幼保健院, the 疾控中心, two 社区卫生服务中心, a 乡镇卫生院,
a private hospital that belongs to a company (康华医疗集团有限公司's 澄江康华医院), the commission's own 机关工会, the
system union's own summaries and its notice asking for the year's summaries. Files as the senders named them
(`附件3：…（定稿）.docx` and the `（修改版）` of the same summary), folders by year and by unit, .docx, .doc and a .wps,
a PDF LibreOffice printed from Word, one reportlab PDF and one scanned (no text layer), the 活动统计表 (.xlsx) and a
photo (.jpg) beside a summary, a .zip of next year's plans packed on Chinese Windows (GB18030 names), a hospital
news page saved by IE as .mht, GB18030 text with a summary and next year's plan. The text speaks of hospital union
work: 职代会 and 院务公开, 职工 and 医护人员, 医师节 and 护士节, 夜班, 规培, 援鄂 and 疫情, 送清凉 to 一线,
困难职工帮扶, 劳模创新工作室. Every unit, person, number and sentence is invented.

The key's conventions (decided before the tool was run): each unit filed under its full name as the office
compares them, its short forms accepted (`org_also`: 市一院, 市中医院, 疾控中心 ...); org_type `other` for the
hospitals, centres and the 卫生院 (the organisation words' table), `enterprise` for the company's hospital,
`agency` for the commission's 机关工会 and for the system union (a commission's union); a plan under the year it
plans; the notice and the news page are `other`; the scanned PDF, the workbook and the photo hold no article.

    PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/collections/user10_health.py --out /work/local/user10
"""

from __future__ import annotations

import base64
import io
import quopri
import random
import shutil
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_district_collections as dc  # the writers, the Collection and its key
from user5_district import write_inbox
from user7_group import _TURN, _next, converter, file_key

CITY = "澄江市"
WJW = f"{CITY}卫生健康委员会"
H1 = {
    "民主管理": ["坚持职代会制度，深化院务公开", "推进民主管理，保障职工参与医院治理", "畅通职工诉求渠道，落实民主监督"],
    "维权": ["依法维护医护人员合法权益", "做好劳动保护，守护职工安全健康"],
    "送温暖": ["关心关爱职工，当好职工娘家人", "做实困难职工帮扶和节日慰问", "把关爱送到临床一线"],
    "文体活动": ["丰富职工文化生活，建设职工之家", "开展健康向上的文体活动", "办好医师节护士节系列活动"],
    "技能": ["开展岗位练兵，提升医疗服务能力", "发挥劳模创新工作室作用"],
    "自身建设": ["加强工会自身建设，夯实工会小组", "规范工会经费管理，提升服务能力"],
}
PAST = {
    "民主管理": [
        ("召开职工代表大会", "{month}月召开{session}，审议医院绩效分配方案等{k}项议题，收到提案{n1}件，均已答复。"),
        ("推进院务公开", "通过院务公开栏和医院内网公开设备采购、评优评先、夜班费发放等事项{n2}项，职工满意率{pct}%。"),
        ("开展民主评议", "组织职工代表对中层干部开展民主评议，参评{n1}人，评议结果与年度考核挂钩。"),
        ("落实院长接待日", "每月设立一次院长接待日，全年接待职工来访{n2}人次，解决排班、停车等实际问题{k}个。"),
        ("征集合理化建议", "开展“我为医院发展献一策”活动，征集合理化建议{n3}条，采纳{n1}条。"),
    ],
    "维权": [
        ("参与绩效方案制定", "参与修订绩效考核和夜班补贴办法，收集医护人员意见{n1}条，{k}条被采纳。"),
        ("维护女职工权益", "落实女职工“四期”保护，组织{n_fem}名女职工参加“两癌”筛查，孕期护士不排夜班。"),
        ("防范暴力伤医", "配合保卫科完善急诊和门诊安防，开展防暴演练{k}次，为受侵害医护人员提供法律援助{k2}起。"),
        ("维护规培医师权益", "督促落实规培医师待遇，为{n1}名规培医师办理宿舍和餐补，定期召开规培学员座谈会。"),
        ("做好职业防护", "督促为发热门诊、放射科等岗位配发防护用品，组织接触职业危害的{n_staff}名职工职业健康体检。"),
    ],
    "送温暖": [
        ("开展节日慰问", "春节、中秋期间走访慰问困难职工和退休职工{n2}人次，发放慰问金{money}元。"),
        ("夏送清凉到一线", "高温期间为急诊、发热门诊和120急救站的{n3}名一线医护人员送去防暑降温物品。"),
        ("帮扶困难职工", "建立困难职工档案{n1}户，为{k}名患大病职工申请帮扶金{money2}元。"),
        ("关爱夜班医护人员", "为夜班医护人员提供夜餐补助，改造值班休息室{k2}间，全年受益{n2}人次。"),
        ("慰问援鄂和抗疫人员", "走访慰问曾援鄂和参加疫情防控的医护人员家属{n1}户，送去慰问品。"),
        ("组织职工体检", "组织{n3}名职工年度体检，为职工办理住院医疗互助保障{n2}人。"),
        ("探望生病住院职工", "全年探望生病住院职工{n1}人次，送去慰问品，折合{money}元。"),
    ],
    "文体活动": [
        ("庆祝中国医师节", "医师节期间举办“医者仁心”演讲比赛和医师风采展，{n2}名医师参加。"),
        ("庆祝国际护士节", "护士节举办护理礼仪展示和健步走，{k}个护理单元组队参加。"),
        ("举办职工运动会", "{month}月举办第{ordinal}届职工趣味运动会，设拔河、跳绳等{k}个项目，参赛职工{n2}人。"),
        ("支持兴趣小组", "扶持{club}、羽毛球等{k2}个职工兴趣小组，全年开展活动{n1}次。"),
        ("举办迎新春联欢", "举办迎新春联欢会，{k}个节目由医护人员自编自演，退休职工应邀参加。"),
        ("开展读书活动", "建设职工书屋，开展读书分享会{k2}场，{n2}人次参加。"),
    ],
    "技能": [
        ("开展护理技能竞赛", "联合护理部举办心肺复苏、静脉输液等护理技能竞赛，{n1}名护士参赛，{k}人获推荐参加市赛。"),
        ("建设劳模创新工作室", "依托劳模创新工作室开展技术攻关{k2}项，获实用新型专利{k}项。"),
        ("开展岗位练兵", "组织急诊急救岗位练兵{k}次，覆盖医护人员{n2}人次。"),
        ("选树先进典型", "推荐{k2}名职工获评市“五一劳动奖章”和“最美医生”，开展先进事迹宣讲{k}场。"),
    ],
    "自身建设": [
        ("健全工会小组", "按科室调整工会小组{k}个，选好配强小组长，全年开展小组活动{n1}次。"),
        ("建设职工之家", "改造职工之家活动室，添置健身器材{k2}套，全年接待职工{n3}人次。"),
        ("做好会员发展", "把合同制护士和规培医师吸收入会，全年新发展会员{n2}人，入会率{pct}%。"),
        ("规范经费使用", "严格执行工会经费使用规定，全年支出{money}元，账目每半年公开一次。"),
    ],
}
FUTURE = {
    "民主管理": ["按期召开职代会，提高提案办理实效，深化院务公开。", "推动绩效分配、夜班补贴等事项提交职代会审议。"],
    "维权": ["参与绩效考核办法修订，听取一线医护人员意见不少于{k}次。", "落实女职工特殊保护，配合做好防暴力伤医工作。"],
    "送温暖": ["做实困难职工帮扶和节日慰问，走访退休职工不少于{n2}人次。", "高温期间到急诊和发热门诊开展送清凉，关心夜班医护人员。"],
    "文体活动": ["{month}月举办职工运动会，办好医师节、护士节系列活动。", "开展读书分享和迎新春联欢，提高职工之家利用率。"],
    "技能": ["举办第{ordinal}届护理技能竞赛，发挥劳模创新工作室作用。", "组织急诊急救岗位练兵，选树“最美医生”“最美护士”。"],
    "自身建设": ["加强工会小组建设，开展“优秀工会小组”评选。", "规范经费使用，争创市级“模范职工之家”。"],
}
#: Each unit's own places and tasks: the words no other unit writes.
PLACES = {
    "一院": ["心血管内科", "急诊医学科", "重症医学科", "护理部", "门诊部"],
    "中医": ["针灸推拿科", "脾胃病科", "治未病中心", "中药房", "康复科"],
    "妇幼": ["产科", "新生儿科", "儿童保健科", "妇女保健科", "助产士门诊"],
    "疾控": ["传染病防制科", "免疫规划科", "检验科", "慢病防制科", "卫生应急办"],
    "城东": ["全科诊室", "预防接种门诊", "家庭医生团队", "康复理疗室", "公共卫生科"],
    "西门": ["全科门诊", "中医馆", "家庭医生签约组", "慢病管理组", "护理站"],
    "青石": ["院部门诊", "住院部", "公共卫生组", "村医管理组", "药房"],
    "康华": ["骨科", "眼科中心", "体检中心", "客服部", "后勤保障部"],
    "机关": ["办公室", "医政医管科", "疾控科", "财务审计科", "人事科"],
    "系统": ["各医院工会", "各中心工会", "各卫生院工会", "机关工会", "基层工会女职工委员会"],
}
TASKS = {
    "一院": ["胸痛中心建设", "急诊绿色通道提速", "日间手术推广", "重症床位扩容", "门诊预约诊疗"],
    "中医": ["中医特色专科建设", "膏方节", "冬病夏治三伏贴", "中药饮片质控", "名老中医传承工作室"],
    "妇幼": ["危重孕产妇救治演练", "母婴安全行动", "儿童早期发展示范基地", "两癌免费筛查", "产房分娩镇痛"],
    "疾控": ["流感监测哨点", "预防接种门诊规范化", "慢病示范区复审", "实验室能力验证", "应急队伍拉练"],
    "城东": ["家庭医生签约服务", "老年人健康体检", "预防接种数字化", "医养结合试点", "慢病随访"],
    "西门": ["中医馆提档升级", "高血压随访", "签约居民上门服务", "护理站延伸服务", "健康小屋建设"],
    "青石": ["村卫生室一体化", "乡村医生培训", "住院部改造", "巡回医疗", "慢病送药上门"],
    "康华": ["骨科日间病房", "眼科白内障复明", "体检中心扩建", "客户满意度提升", "医保飞检迎检"],
    "机关": ["公立医院改革推进", "基层卫生综合考核", "医疗质量督查", "卫生统计直报", "机关作风建设"],
    "系统": ["基层工会规范化建设", "工会换届指导", "职工之家验收", "工会干部培训", "工会经费审查"],
}
SEED = 20261216

OPENINGS = [
    "{year}年，{we_full}工会在{above}的领导下，紧紧围绕医院中心工作，团结带领广大医护人员，较好地完成了各项任务。现总结如下：",
    "{year}年以来，{we_full}工会认真贯彻{above}的部署，以建设职工信赖的职工之家为目标，扎实推进各项工作。现将主要工作报告如下：",
    "过去的一年，{we_full}工会坚持服务大局、服务职工，在{above}的领导下，各项工作取得了新进展。现总结如下：",
    "{year}年是疫情防控转段后恢复医疗秩序的一年，{we_full}工会在{above}的领导下，团结职工攻坚克难。现将一年来的工作总结如下：",
]
CLOSINGS = [
    "一年来工作虽有进展，但也存在不足：临床一线职工工作强度大，参加工会活动的时间少，工会小组活力有待提升。",
    "对照职工的期盼，工作还有差距，工会干部兼职多、精力有限，对夜班和规培人员的关心还不够经常。",
    "回顾全年，工作仍有薄弱环节，主要是对退休职工的联系还不够，职工之家利用率不高。",
]
SPEECH = {"医院": {"医院中心工作": "单位中心工作", "医护人员": "职工", "医院": "单位"},
          "公司": {"医院中心工作": "公司经营目标", "职工": "员工", "医院": "公司"}}


def _say(text: str, speech: str | None) -> str:
    for word, said in SPEECH.get(speech or "", {}).items():
        text = text.replace(word, said)
    return text


def summary(rng, *, title, org, unit, year, we_full, org_type="other", above="医院党委和上级工会", themes=None,
            sign=None, speech=None) -> dc.Article:
    """A unit union's year-end summary: opening, four theme sections of two items, closing, signature."""
    ctx = {"year": year, "we_full": we_full, "above": above,
           "session": f"第{dc.CN[rng.randint(2, 6)]}届职工代表大会第{dc.CN[rng.randint(0, 3)]}次会议"}
    a = dc.Article(title, org, org_type, year, "summary")
    place, task = PLACES[unit], TASKS[unit]
    a.blocks.append(("p", _say(dc._fill(rng, _next("open", OPENINGS)[0], ctx), speech)
                     + "工会下设" + "、".join(place[:3]) + "等工会小组。"))
    for theme in themes or rng.sample(list(PAST), 4):
        a.blocks.append(("h1", _say(rng.choice(H1[theme]), speech)))
        for head, body in rng.sample(PAST[theme], 2):
            a.blocks.append(("h2", head))
            who = rng.choice("王李张刘陈杨赵黄周吴") + rng.choice("建国海秀志丽明") + rng.choice("文斌平芳峰涛红")
            a.blocks.append(("p", _say(dc._fill(rng, body, ctx), speech)
                             + f"{_next('place' + unit, place)[0]}{who}牵头{_next('task' + unit, task)[0]}，"
                               f"{_next('also' + unit, place[2:] + place[:2])[0]}配合{_next('task' + unit, task)[0]}。"))
    a.blocks.append(("h1", _next("close_h1", ["存在的不足和下一步打算", "存在问题及努力方向", "问题与打算"])[0]))
    a.blocks.append(("p", _say(_next("close", CLOSINGS)[0], speech)))
    a.blocks.append(("p", f"明年，{place[3]}和{place[4]}将重点推进{task[year % 5]}。"))
    a.blocks.append(("end", sign or f"{we_full}工会"))
    a.blocks.append(("end", f"{year}年12月{rng.randint(20, 31)}日"))
    return a


def plan(rng, *, title, org, unit, year, we_full, org_type="other", sign=None, speech=None) -> dc.Article:
    """Next year's plan (工作计划, 工作要点): the general requirement, then one item per theme."""
    a = dc.Article(title, org, org_type, year, "plan")
    guide, main = _next("guide", [("总体思路", "主要任务"), ("指导思想", "重点工作"), ("工作思路", "具体措施")])[0]
    a.blocks.append(("h1", guide))
    a.blocks.append(("p", _say(_next("guide_p", [
        f"{year}年，{we_full}工会工作的总体思路是：坚持以职工为中心，围绕医院高质量发展大局，团结动员广大医护人员建功立业。",
        f"{year}年，{we_full}工会将紧扣医院年度目标，突出维权服务，夯实工会小组，努力把职工之家建得更加温暖。",
        f"新的一年，{we_full}工会围绕健康澄江建设，把关心一线医护人员、服务退休职工作为着力点，办实事、求实效。",
    ])[0], speech)))
    a.blocks.append(("h1", main))
    for theme in _next("future", list(FUTURE), 5):
        a.blocks.append(("h2", _say(_next("h1" + theme, H1[theme])[0], speech)))
        a.blocks.append(("p", _say(dc._fill(rng, _next("future" + theme, FUTURE[theme])[0], {}), speech)
                         + f"{_next('pplace' + unit, PLACES[unit])[0]}配合做好{_next('ptask' + unit, TASKS[unit])[0]}。"))
    if sign:
        a.blocks.append(("end", sign))
        a.blocks.append(("end", f"{year}年{rng.randint(1, 2)}月{rng.randint(10, 28)}日"))
    return a


def notice(rng, *, year: int) -> dc.Article:
    """The system union's notice asking every unit union for the year's summary (a notice: kind other)."""
    a = dc.Article(f"关于报送{year}年度工会工作总结的通知", WJW, "agency", year, "other")
    a.blocks += [
        ("p", "各医疗卫生单位工会、委机关工会："),
        ("p", f"为全面总结{year}年全市卫健系统工会工作，请各基层工会认真做好年度工作总结。现将有关事项通知如下："),
        ("p", "一、总结应包括职代会和院务公开、困难职工帮扶、送清凉和节日慰问、职工文体活动等情况，并附活动统计表。"),
        ("p", f"二、请于{year}年12月{rng.randint(20, 25)}日前将总结电子版发送至委工会邮箱，文件名为“单位简称+{year}年工会工作总结”。"),
        ("p", "三、系统工会将根据各单位总结开展年度考核，考核结果与下年度工会经费返还挂钩。"),
        ("p", "联系人：委工会办公室　电话：0000-00000000"),
        ("end", f"{WJW}工会"),
        ("end", f"{year}年12月{rng.randint(2, 8)}日"),
    ]
    return a


def news() -> dc.Article:
    a = dc.Article("我院工会举办“5·12”国际护士节护理礼仪展示活动", f"{CITY}妇幼保健院", "other", 2023, "other")
    a.blocks += [
        ("p", "5月12日下午，院工会联合护理部在门诊楼五楼会议室举办护理礼仪展示活动，各护理单元八支代表队参加。"),
        ("p", "展示分为仪容仪表、沟通礼仪和情景演示三个环节，产科代表队以新生儿沐浴情景获得一等奖。"),
        ("p", "院工会主席在活动中向全院护士致以节日问候，并为从事护理工作满三十年的护士颁发纪念证书。"),
        ("end", "（院工会　供稿）"),
    ]
    return a


SITE = {"head": ["{school}", "首页 | 医院概况 | 新闻中心 | 党建工会 | 就医指南", "当前位置：首页 > 新闻中心 > 院内新闻"],
        "meta": "发布时间：{date}　来源：院工会　浏览次数：{hits}",
        "tail": ["上一篇：{prev}", "下一篇：{next}", "版权所有：{school}　地址：{addr}"]}


def mht(c: dc.Collection, rel: str, a: dc.Article) -> None:
    """A page IE saved as 网页，单个文件 (.mht): the GB2312 page, quoted-printable, beside its logo."""
    blocks = dc.numbered(a, True, "paren")
    page, chrome = dc.html_bytes(a, blocks, site=SITE, school=f"{CITY}妇幼保健院", date="2023-05-13", hits=731,
                                 prev="我院开展无偿献血活动", nxt="儿童保健科举办家长课堂", addr="澄江市健康路8号",
                                 charset="gb2312")
    body = quopri.encodestring(page).decode("ascii").replace("\n", "\r\n")
    head = ("From: <Saved by Windows Internet Explorer 11>\r\nSubject: =?gb2312?B?"
            + base64.b64encode(a.title.encode("gb18030")).decode() + "?=\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/related; type="text/html"; boundary="----=_NextPart_000_0001"\r\n\r\n'
            "This is a multi-part message in MIME format.\r\n\r\n------=_NextPart_000_0001\r\n"
            'Content-Type: text/html; charset="gb2312"\r\nContent-Transfer-Encoding: quoted-printable\r\n'
            "Content-Location: http://www.example.org/fy/news/2023/0513.html\r\n\r\n")
    tail = ("\r\n------=_NextPart_000_0001\r\nContent-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n"
            "Content-Location: http://www.example.org/fy/logo.gif\r\n\r\nR0lGODlhAQABAAAAACw=\r\n"
            "------=_NextPart_000_0001--\r\n")
    c.path(rel).write_bytes((head + body + tail).encode("ascii"))
    c.add(rel, "mht", [dc.key_article(a, blocks)], chrome)


def picture(path: Path, *, pdf: bool) -> None:
    """A photo (.jpg), or a page scanned to PDF with no text layer: grey lines of 'text' on white."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (620, 877), "white")
    draw = ImageDraw.Draw(img)
    for i in range(24):
        draw.rectangle((60 + (40 if i % 6 == 0 else 0), 80 + 30 * i, 560 - 17 * (i % 5), 92 + 30 * i), fill="#555")
    img.save(path, "PDF" if pdf else "JPEG", **({"resolution": 75.0} if pdf else {"quality": 80}))


def workbook(path: Path, rng) -> None:
    """The 活动统计表 beside a summary: one sheet of the year's activities (invented)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2023年活动统计"
    ws.append(["序号", "活动名称", "时间", "参加人数", "经费（元）"])
    for i, what in enumerate(("春节慰问", "护士节活动", "夏送清凉", "职工运动会", "困难职工帮扶"), 1):
        ws.append([i, what, f"2023年{2 * i}月", rng.randint(20, 300), rng.randrange(1000, 20000, 100)])
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(dc._deterministic_zip(buf.getvalue()))


class _GbName(zipfile.ZipInfo):
    """A member named in GB18030 without the UTF-8 flag, as Windows' 压缩 packs it."""
    def __init__(self, name: str):
        super().__init__(name.encode("gb18030").decode("cp437"), date_time=dc.FIXED_ZIP_TIME)
        self._raw, self.compress_type = name.encode("gb18030"), zipfile.ZIP_DEFLATED

    def _encodeFilenameFlags(self):
        return self._raw, self.flag_bits


def inbox(root: Path, seed: int = SEED) -> dc.Collection:
    c = dc.Collection(root, "health_chengjiang")
    rng = random.Random(seed)
    _TURN.clear()
    converted: dict[str, str] = {}
    convert = converter(c, converted)
    one, tcm, fy, cdc = f"{CITY}第一人民医院", f"{CITY}中医医院", f"{CITY}妇幼保健院", f"{CITY}疾病预防控制中心"
    east, west, town = f"{CITY}城东街道社区卫生服务中心", f"{CITY}西门社区卫生服务中心", f"{CITY}青石镇卫生院"
    kh, office = "澄江康华医院", f"{WJW}机关"
    kw = {"org_type": "enterprise", "speech": "公司", "above": "集团公司党委和集团工会"}
    sys_kw = {"org_type": "agency", "above": "委党委和市总工会", "sign": f"{WJW}工会", "speech": "医院"}

    # ---- 2022年/
    a = summary(rng, title="市一院工会2022年工作总结", org=one, unit="一院", year=2022, we_full="市一院",
                sign=f"{one}工会")
    c.docx("2022年/市一院工会2022年工作总结.docx", a, styled=True, header=f"{one}工会")
    a = summary(rng, title="市中医院工会2022年工作总结", org=tcm, unit="中医", year=2022, we_full=tcm, sign=f"{tcm}工会")
    c.docx("2022年/市中医院工会2022年工作总结.docx", a, styled=False, header=f"{tcm}工会委员会")
    convert("2022年/市中医院工会2022年工作总结.docx", "doc")
    a = summary(rng, title=f"{fy}工会2022年工作总结", org=fy, unit="妇幼", year=2022, we_full="我院",
                themes=["送温暖", "维权", "文体活动", "民主管理"], sign=f"{fy}工会")
    c.docx(f"2022年/{fy}工会2022年工作总结.docx", a, styled=True, header=None, footer="- {page} -")
    convert(f"2022年/{fy}工会2022年工作总结.docx", "pdf")
    a = summary(rng, title="澄江市卫健系统工会2022年工作总结", org=WJW, unit="系统", year=2022, we_full="市卫健系统", **sys_kw)
    c.docx("2022年/澄江市卫健系统工会2022年工作总结.docx", a, styled=True, header=None)
    a = summary(rng, title="青石镇卫生院2022年工会工作总结", org=town, unit="青石", year=2022, we_full="青石镇卫生院",
                above="院支部和镇总工会", speech="医院", themes=["送温暖", "文体活动", "民主管理", "自身建设"])
    c.txt("2022年/青石镇卫生院2022年工会工作总结.txt", [a], encoding="gb18030", crlf=True, indent="　　")

    # ---- 2023年/
    a = summary(rng, title="市一院工会2023年工作总结", org=one, unit="一院", year=2023, we_full="市一院",
                themes=["送温暖", "技能", "民主管理", "文体活动"], sign=f"{one}工会")
    c.docx("2023年/附件3：市一院工会2023年工作总结（定稿）.docx", a, styled=True, header=f"{one}工会")
    draft = dc.Article(a.title, a.org, a.org_type, a.year, a.kind, blocks=list(a.blocks))
    draft.blocks[3] = ("p", draft.blocks[3][1].replace("。", "（待核实）。", 1))  # the sender's draft, one note unedited
    c.docx("2023年/附件3：市一院工会2023年工作总结（修改版）.docx", draft, styled=True, header=f"{one}工会")
    a = summary(rng, title="市中医院工会2023年工作总结", org=tcm, unit="中医", year=2023, we_full="我院", sign=f"{tcm}工会")
    c.docx("2023年/市中医院工会2023年工作总结.docx", a, styled=True, header=f"{tcm}工会委员会")
    convert("2023年/市中医院工会2023年工作总结.docx", "doc", ".wps")
    a = summary(rng, title="疾控中心工会2023年工作总结", org=cdc, unit="疾控", year=2023, we_full="市疾控中心",
                above="中心党支部和委工会", speech="医院", themes=["维权", "送温暖", "文体活动", "自身建设"])
    c.docx("2023年/疾控中心/疾控中心工会2023年工作总结.docx", a, styled=False, header=None)
    workbook(c.path("2023年/疾控中心/疾控中心2023年工会活动统计表.xlsx"), rng)
    c.add("2023年/疾控中心/疾控中心2023年工会活动统计表.xlsx", "xlsx", [])
    picture(c.path("2023年/城东街道社区卫生服务中心2023年工会工作总结.pdf"), pdf=True)
    c.add("2023年/城东街道社区卫生服务中心2023年工会工作总结.pdf", "pdf_scanned", [])
    a = summary(rng, title="西门社区卫生服务中心工会2023年工作总结", org=west, unit="西门", year=2023, we_full="中心",
                above="中心党支部和委工会", speech="医院", themes=["送温暖", "民主管理", "文体活动", "维权"])
    c.docx("2023年/西门社区卫生服务中心工会2023年工作总结.docx", a, styled=False, header=None)
    convert("2023年/西门社区卫生服务中心工会2023年工作总结.docx", "doc")
    a = summary(rng, title="澄江康华医院工会2023年工作总结", org=kh, unit="康华", year=2023, we_full="康华医院",
                sign=f"康华医疗集团有限公司{kh}工会", **kw)
    c.docx("2023年/澄江康华医院工会2023年工作总结.docx", a, styled=True, header=f"康华医疗集团有限公司{kh}")
    a = summary(rng, title="委机关工会2023年工作总结", org=office, org_type="agency", unit="机关", year=2023,
                we_full="委机关", above="机关党委和委工会", speech="医院", sign=f"{WJW}机关工会",
                themes=["民主管理", "送温暖", "文体活动", "自身建设"])
    c.docx("2023年/委机关工会2023年工作总结.docx", a, styled=False, header=None)
    a = summary(rng, title="澄江市卫健系统工会2023年工作总结", org=WJW, unit="系统", year=2023, we_full="市卫健系统", **sys_kw)
    c.pdf("2023年/澄江市卫健系统工会2023年工作总结.pdf", a, marker="— {n} —", running=None)
    mht(c, "2023年/我院工会举办“5·12”国际护士节护理礼仪展示活动 - 澄江市妇幼保健院.mht", news())
    picture(c.path("2023年/医师节活动照片.jpg"), pdf=False)
    c.add("2023年/医师节活动照片.jpg", "jpg", [])

    # ---- 2024年/
    c.docx("2024年/关于报送2024年度工会工作总结的通知.docx", notice(rng, year=2024), styled=False, header=None)
    zipped = []
    for rel, title, org, unit, we, extra in (
            ("市一院/市一院工会2024年工作计划.docx", "市一院工会2024年工作计划", one, "一院", "市一院", {}),
            ("疾控中心/疾控中心工会2024年工作要点.docx", "疾控中心工会2024年工作要点", cdc, "疾控", "市疾控中心", {"speech": "医院"}),
            ("青石镇卫生院2024年工会工作计划.docx", "青石镇卫生院2024年工会工作计划", town, "青石", "卫生院", {"speech": "医院"}),
            ("康华医院2024年工会工作计划.docx", "澄江康华医院工会2024年工作计划", kh, "康华", "康华医院",
             {"org_type": "enterprise", "speech": "公司"})):
        a = plan(rng, title=title, org=org, unit=unit, year=2024, we_full=we, sign=f"{org}工会", **extra)
        c.docx("2024年计划/" + rel, a, styled=rng.random() < 0.5, header=None)
        zipped.append("2024年计划/" + rel)
    with zipfile.ZipFile(c.path("2024年/各单位2024年工会工作计划.zip"), "w") as z:
        for rel in zipped:
            z.writestr(_GbName(rel.removeprefix("2024年计划/")), c.path(rel).read_bytes())
    shutil.rmtree(c.dir / "2024年计划")
    for row in c.rows:
        if row["source"] in zipped:
            row["source"] = "2024年/各单位2024年工会工作计划.zip/" + row["source"].removeprefix("2024年计划/")
    a = summary(rng, title="市中医院工会2024年工作总结", org=tcm, unit="中医", year=2024, we_full="我院", sign=f"{tcm}工会",
                themes=["技能", "送温暖", "维权", "文体活动"])
    c.docx("2024年/市中医院工会2024年工作总结.docx", a, styled=True, header=f"{tcm}工会委员会")
    a = summary(rng, title=f"{fy}工会2024年工作总结", org=fy, unit="妇幼", year=2024, we_full="我院", sign=f"{fy}工会")
    c.docx(f"2024年/附件1：{fy}工会2024年工作总结.docx", a, styled=False, header=None)
    a = summary(rng, title="城东街道社区卫生服务中心工会2024年工作总结", org=east, unit="城东", year=2024, we_full="中心",
                above="中心党支部和委工会", speech="医院", themes=["送温暖", "文体活动", "维权", "自身建设"])
    p = plan(rng, title="城东街道社区卫生服务中心工会2025年工作计划", org=east, unit="城东", year=2025, we_full="中心",
             speech="医院", sign="城东街道社区卫生服务中心工会")
    c.txt("2024年/城东中心2024年总结及2025年计划.txt", [a, p], encoding="gb18030", crlf=True)
    a = summary(rng, title="澄江康华医院工会2024年工作总结", org=kh, unit="康华", year=2024, we_full="康华医院",
                sign=f"康华医疗集团有限公司{kh}工会", themes=["维权", "送温暖", "技能", "文体活动"], **kw)
    c.docx("2024年/康华医院2024年工会工作总结.docx", a, styled=True, header=None)
    convert("2024年/康华医院2024年工会工作总结.docx", "doc")
    a = summary(rng, title="澄江市卫健系统工会2024年工作总结", org=WJW, unit="系统", year=2024, we_full="市卫健系统", **sys_kw)
    c.docx("2024年/澄江市卫健系统工会2024年工作总结.docx", a, styled=True, header=None, footer="- {page} -")
    a = summary(rng, title="2024年工会工作总结", org=one, unit="一院", year=2024, we_full="我院", sign=f"{one}工会",
                themes=["民主管理", "维权", "送温暖", "自身建设"])
    c.docx("市一院/2024年工会工作总结.docx", a, styled=True, header=None)

    also = {one: ["市一院", "市第一人民医院"], tcm: ["市中医院", f"{CITY}中医院", "市中医医院"], fy: ["市妇幼保健院"],
            cdc: ["疾控中心", "市疾控中心", f"{CITY}疾控中心"], east: ["城东街道社区卫生服务中心", "城东中心"],
            west: ["西门社区卫生服务中心"], town: ["青石镇卫生院"],
            kh: ["康华医院", f"康华医疗集团有限公司{kh}"], office: [],
            WJW: [f"{CITY}卫健委", f"{CITY}卫健系统", f"{CITY}卫生健康系统", "市卫健系统"]}
    file_key(c, converted, also)
    return c


def main(argv: list[str] | None = None) -> int:
    return write_inbox(argv, inbox, "health_chengjiang", __doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
