"""Write an enterprise group's union office inbox as it keeps it (session 17, USER12): 岚江交投, invented.

The union office of the invented 岚江省交通投资集团有限公司 compares its branches' unions, 2022-2024: the highway
operations company (收费站, 服务区, 一线职工), the construction company and its project sites (项目部, 农民工,
夏送清凉), the logistics company (货车司机, 新就业形态), the hotel company (员工, 客房, 餐饮), the group's own 机关工会
and the hospital the group owns (岚江交通医院). The branches publish on their WeChat public accounts and the office
saves the articles from a browser: "网页，全部" (`….html` beside its `…_files/` folder of styles, scripts and
pictures) and "单个文件" (`.mht`), each page with the account's chrome around the text of `#js_content` (the
account line, 原创 and the author, the profile card's 微信号 and 功能介绍, 阅读原文, 阅读 N, 赞/在看/分享/写留言,
喜欢此内容的人还喜欢 and its headlines, 微信扫一扫关注该公众号, 预览时标签不可点, 继续滑动看下一个, picture captions,
the editor's line), its publication time written by a script (missing in one saved copy). Besides: .docx, a .wps,
a LibreOffice PDF, a reportlab PDF, GB18030 text, a plan pasted into a workbook (.xlsx), names such as
`【交投运营】2023年工会工作总结_微信公众平台.html` and `附件3：城西快速路项目部工会2024年工作计划.docx`, folders by
branch and by year. Every unit, person, number and sentence is invented.

The key's conventions (decided before the tool was run): a branch company's union is filed under the company's full
name, `enterprise`, its short forms and its account's name accepted (`org_also`); a project site's union is filed
under the construction company (the office compares branches), its own name accepted; the group's 机关工会 is filed
under the group, `enterprise`; the hospital is `other`; a plan under the year it plans; the group's notice `other`;
a WeChat page's title is its own title element (`#activity-name`), its body the text of `#js_content` less the
picture captions and the editor's line (chrome, with every line of the page's chrome around it); the plan pasted
into the workbook is an article (the user expects it read). Corrected after the first run: a column tag before the
title element's text (【交投运营】…) is no part of the title (ruling c of 2026-11-30, missed when the conventions
were written).

    PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/collections/user12_group.py --out /work/local/user12
"""

from __future__ import annotations

import io
import quopri
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_district_collections as dc  # the writers, the Collection and its key
from user5_district import write_inbox
from user7_group import _TURN, _next, converter, file_key

GROUP = "岚江省交通投资集团有限公司"
OPS, BUILD, LOG = "岚江交投高速公路运营有限公司", "岚江交投建设工程有限公司", "岚江交投物流有限公司"
HOTEL, HOSP = "岚江交投酒店管理有限公司", "岚江交通医院"
SEED = 20261217

H1 = {
    "民主管理": ["坚持职代会制度，深化厂务公开", "推进民主管理，畅通职工诉求渠道"],
    "维权": ["依法维护职工合法权益", "做实劳动保护和安全生产监督"],
    "送温暖": ["当好职工娘家人，做实关心关爱", "把温暖送到一线职工身边"],
    "文体活动": ["丰富职工文化生活", "建好职工之家，凝聚职工队伍"],
    "技能": ["深化劳动竞赛，助力提质增效", "开展岗位练兵，培育工匠人才"],
    "自身建设": ["加强工会自身建设", "规范基层组织和经费管理"],
}
PAST = {
    "民主管理": [
        ("召开职工代表大会", "{month}月召开{session}，审议薪酬分配和福利费使用方案等{k}项议题，收到提案{n1}件，已全部答复。"),
        ("深化厂务公开", "通过厂务公开栏和企业微信公开评先评优、福利发放、招聘录用等事项{n2}项。"),
        ("开展合理化建议征集", "开展“我为企业献一策”活动，征集合理化建议{n3}条，采纳{n1}条，创造效益{money}元。"),
        ("召开职工座谈会", "分季度召开一线职工座谈会{k}场，收集意见建议{n1}条，逐条明确责任部门和办结时限。"),
    ],
    "维权": [
        ("签订集体合同", "与行政方续签集体合同和女职工权益保护专项集体合同，覆盖职工{n_staff}人。"),
        ("开展劳动保护监督", "组织群众安全监督员开展隐患排查{k}次，发现并督促整改问题{n1}项。"),
        ("维护女职工权益", "落实女职工“四期”保护，组织{n_fem}名女职工参加健康体检，建成爱心妈咪小屋{k2}间。"),
        ("推动农民工入会", "推行“项目建会、农民工入会”，在建项目新发展农民工会员{n2}人，督促按月足额发放工资。"),
    ],
    "送温暖": [
        ("开展节日慰问", "春节、端午、中秋期间走访慰问困难职工和一线职工{n2}人次，发放慰问金{money}元。"),
        ("开展夏送清凉", "高温期间深入一线送去绿豆、凉茶、藿香正气水等防暑用品，惠及职工{n3}人次。"),
        ("帮扶困难职工", "建立困难职工档案{n1}户，为{k}名患大病职工申请帮扶金{money2}元，开展金秋助学{k2}人。"),
        ("建设职工驿站", "新建改造“职工小家”和户外劳动者驿站{k2}个，配齐微波炉、饮水机和应急药箱。"),
        ("组织职工体检", "组织{n3}名职工年度体检，为一线职工办理住院医疗互助保障{n2}人。"),
    ],
    "文体活动": [
        ("举办职工运动会", "{month}月举办第{ordinal}届职工趣味运动会，设拔河、跳绳等{k}个项目，参赛职工{n2}人。"),
        ("开展读书活动", "建设职工书屋，开展“书香交投”读书分享会{k2}场，{n2}人次参加。"),
        ("支持兴趣小组", "扶持篮球、摄影、{club}等{k2}个职工兴趣协会，全年开展活动{n1}次。"),
        ("举办迎新春联欢", "举办迎新春职工联欢会，{k}个节目由一线职工自编自演。"),
    ],
    "技能": [
        ("开展劳动竞赛", "围绕年度目标开展“安全生产、提质增效”劳动竞赛{k}项，参赛班组{n1}个。"),
        ("举办技能比武", "举办岗位技能比武{k2}场，{n1}名职工参赛，{k}人获评“技术能手”。"),
        ("建设创新工作室", "依托劳模和工匠创新工作室开展技术攻关{k2}项，获实用新型专利{k}项。"),
        ("选树先进典型", "推荐{k2}名职工获评省“五一劳动奖章”，开展劳模工匠事迹宣讲{k}场。"),
    ],
    "自身建设": [
        ("健全基层组织", "调整基层分会和工会小组{k}个，选好配强小组长，全年开展小组活动{n1}次。"),
        ("做好会员发展", "把劳务派遣工和新入职员工吸收入会，全年新发展会员{n2}人，入会率{pct}%。"),
        ("规范经费使用", "严格执行工会经费使用规定，全年支出{money}元，账目每半年公开一次。"),
    ],
}
FUTURE = {
    "民主管理": "按期召开职代会，提高提案办理实效，深化厂务公开。",
    "维权": "续签集体合同，落实女职工特殊保护，开展群众安全监督。",
    "送温暖": "做实节日慰问和困难职工帮扶，高温期间开展夏送清凉。",
    "文体活动": "{month}月举办职工运动会，开展读书分享和迎新春联欢。",
    "技能": "举办第{ordinal}届岗位技能比武，发挥创新工作室作用。",
    "自身建设": "加强基层分会建设，规范经费使用，争创模范职工之家。",
}
#: Each unit's own places and tasks (the words no other unit writes), and the word its people are called by.
UNITS = {
    "运营": (["东塘收费站", "青溪服务区", "路政大队", "监控分中心", "清障救援队"],
           ["ETC车道改造", "春运保畅", "服务区提质", "文明收费窗口创建", "清障救援提速"], "一线收费员"),
    "建设": (["城西快速路项目部", "沿江大桥项目部", "机械设备分公司", "试验检测中心", "安全质量部"],
           ["沿江大桥合龙", "城西快速路通车", "农民工工资专户管理", "平安工地创建", "标准化工地建设"], "农民工"),
    "物流": (["甩挂运输车队", "冷链配送中心", "港口作业区", "调度中心", "网络货运平台"],
           ["司机之家建设", "冷链线路拓展", "网络货运平台上线", "车辆安全例检", "多式联运示范"], "货车司机"),
    "酒店": (["岚江交投大酒店", "客房部", "餐饮部", "温泉度假中心", "物业服务中心"],
           ["星级复核迎检", "宴会服务提质", "温泉中心改造", "员工宿舍改造", "会员体系上线"], "一线员工"),
    "机关": (["办公室", "党群工作部", "财务管理部", "投资发展部", "审计部"],
           ["集团年度目标考核", "投资项目复盘", "财务共享中心建设", "审计整改", "机关作风建设"], "机关干部"),
    "医院": (["急诊科", "骨科", "体检中心", "护理部", "总务科"],
           ["胸痛中心建设", "职业病防治门诊", "体检中心扩建", "夜间门诊开设", "智慧药房上线"], "医护人员"),
}
OPENINGS = [
    "{year}年，{we}工会在{above}的领导下，紧紧围绕生产经营中心任务，团结动员广大职工建功立业，较好完成了全年各项任务。现总结如下：",
    "{year}年以来，{we}工会认真贯彻{above}的部署，以建设职工信赖的职工之家为目标，扎实推进各项工作。现将主要工作报告如下：",
    "过去的一年，{we}工会坚持服务大局、服务职工，在{above}的领导下，各项工作取得新进展。现总结如下：",
]
CLOSINGS = ["一年来工作虽有进展，但也存在不足：服务一线职工的方式还不够多样，基层分会活力有待提升。",
            "对照职工的期盼，工作还有差距，工会干部兼职多、精力有限，对新就业形态劳动者的覆盖还不够。",
            "回顾全年，工作仍有薄弱环节，主要是职工之家利用率不高，经费预算执行不够均衡。"]


def summary(rng, *, title, org, unit, year, we, org_type="enterprise", above="集团公司党委和集团工会", themes=None,
            sign=None, date=True) -> dc.Article:
    """A union's year-end summary: opening, four theme sections of two items, closing, signature."""
    ctx = {"year": year, "we": we, "above": above,
           "session": f"第{dc.CN[rng.randint(2, 6)]}届职工代表大会第{dc.CN[rng.randint(0, 3)]}次会议"}
    place, task, people = UNITS[unit]
    a = dc.Article(title, org, org_type, year, "summary")
    a.blocks.append(("p", dc._fill(rng, _next("open", OPENINGS)[0], ctx)))
    for theme in themes or rng.sample(list(PAST), 4):
        a.blocks.append(("h1", rng.choice(H1[theme])))
        for head, body in rng.sample(PAST[theme], 2):
            a.blocks.append(("h2", head))
            a.blocks.append(("p", dc._fill(rng, body, ctx) + f"{_next('place' + unit, place)[0]}结合"
                             f"{_next('task' + unit, task)[0]}，把工作落到{people}身上。"))
    a.blocks.append(("h1", _next("close_h1", ["存在的不足和下一步打算", "存在问题及努力方向"])[0]))
    a.blocks.append(("p", _next("close", CLOSINGS)[0] + f"明年将围绕{task[year % 5]}，重点关心{place[3]}的{people}。"))
    if sign:
        a.blocks.append(("end", sign))
        if date:
            a.blocks.append(("end", f"{year}年12月{rng.randint(20, 31)}日"))
    return a


def plan(rng, *, title, org, unit, year, we, org_type="enterprise", sign=None) -> dc.Article:
    """Next year's plan: the general requirement, then one item per theme."""
    place, task, people = UNITS[unit]
    a = dc.Article(title, org, org_type, year, "plan")
    a.blocks.append(("h1", _next("guide", ["总体思路", "指导思想"])[0]))
    a.blocks.append(("p", (f"{year}年，{we}工会工作的总体思路是：坚持以职工为中心，围绕{task[year % 5]}，"
                           f"团结动员广大{people}建功立业。")))
    a.blocks.append(("h1", _next("main", ["重点工作", "主要任务"])[0]))
    for theme in _next("future", list(FUTURE), 5):
        a.blocks.append(("h2", _next("h1" + theme, H1[theme])[0]))
        a.blocks.append(("p", dc._fill(rng, FUTURE[theme], {}) + f"{_next('pp' + unit, place)[0]}配合做好"
                         f"{_next('pt' + unit, task)[0]}。"))
    if sign:
        a.blocks.append(("end", sign))
        a.blocks.append(("end", f"{year}年{rng.randint(1, 2)}月{rng.randint(10, 28)}日"))
    return a


def notice(rng, year: int) -> dc.Article:
    a = dc.Article(f"关于报送{year}年度工会工作总结的通知", GROUP, "enterprise", year, "other")
    a.blocks += [("p", "各所属单位工会、集团机关工会："),
                 ("p", f"为全面总结{year}年集团工会工作，请各单位工会认真做好年度工作总结，现将有关事项通知如下："),
                 ("p", "一、总结应包括职代会和厂务公开、困难职工帮扶、夏送清凉和节日慰问、劳动竞赛等情况。"),
                 ("p", f"二、请于{year}年12月{rng.randint(20, 25)}日前将总结电子版报集团工会办公室，已在公众号发布的可报送链接。"),
                 ("p", "联系人：集团工会办公室　电话：0000-00000000"),
                 ("end", f"{GROUP}工会"), ("end", f"{year}年12月{rng.randint(2, 8)}日")]
    return a


# ---- a WeChat public account's article page, as a browser saves it -----------------------------

def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def wechat_page(a: dc.Article, blocks, *, account: str, wxid: str, intro: str, author: str | None, shown: str,
                ct: int, reads: int, captions: dict[int, str], editor: str, related: list[str],
                files: str | None) -> tuple[str, list[str]]:
    """The page's markup and its chrome lines: head metadata and a script with the time, the title element, the
    account line and its hidden profile card, `#js_content` (the text in sections and spans, pictures with their
    captions, the editor's line), the tool bar, the QR code's prompt, the related articles and the dialogs."""
    img = (lambda n: f'<img class="rich_pages wxw-img" data-ratio="0.75" src="./{files}/640({n}).jpeg" '
           f'data-src="https://mmbiz.qpic.cn/mmbiz_jpg/x{n}/640?wx_fmt=jpeg" style="width:100%">') if files else \
        (lambda n: f'<img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/x{n}/640" src="">')
    chrome = ["原创"] + ([author] if author else []) + [account, "微信号", wxid, "功能介绍", intro]
    chrome += ([shown] if shown else [])
    body = []
    for i, (role, text) in enumerate(blocks):
        if role in ("h1", "h2"):
            size = 17 if role == "h1" else 15
            body.append(f'<section style="margin:16px 0 8px"><span style="font-size:{size}px;color:#0052a3">'
                        f'<strong>{_esc(text)}</strong></span></section>')
        elif role == "end":
            body.append(f'<p style="text-align:right"><span style="font-size:15px">{_esc(text)}</span></p>')
        else:
            body.append(f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px;'
                        f'letter-spacing:1px">{_esc(text)}</span></p>')
        if i in captions:
            body.append(f'<p style="text-align:center">{img(i)}</p><p style="text-align:center"><span '
                        f'style="font-size:12px;color:#888888">{_esc(captions[i])}</span></p>')
            chrome.append(captions[i])
    body.append(f'<p style="text-align:right"><span style="font-size:12px;color:#888888">{_esc(editor)}</span></p>')
    chrome.append(editor)
    tools = ["阅读原文", f"阅读 {reads}", "赞", "在看", "分享", "写留言", "喜欢此内容的人还喜欢"]
    chrome += tools + related + ["微信扫一扫", "关注该公众号", "预览时标签不可点", "继续滑动看下一个",
                                 "轻触阅读原文", "知道了", "微信扫一扫可打开此内容，使用完整服务"]
    css = f'<link rel="stylesheet" href="./{files}/appmsg.css">' if files else ""
    script = f'<script src="./{files}/appmsg.js"></script>' if files else ""
    page = f"""<!DOCTYPE html>
<html class=""><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0">
<meta property="og:title" content="{_esc(a.title)}">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzA{wxid}==&amp;mid=2650{ct % 100000}&amp;idx=1">
<meta property="og:description" content="{_esc(blocks[0][1][:40])}">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:article:author" content="{_esc(account)}">
{css}
<title>{_esc(a.title)}</title>
<script>var ct = "{ct}"; var nickname = htmlDecode("{_esc(account)}"); var user_name = "gh_{wxid}";
var msg_title = '{_esc(a.title)}'.html(false); var publish_time = "" || "";</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg">
<div id="js_article" class="rich_media"><div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary"><div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">
          {_esc(a.title)}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span id="copyright_logo" class="rich_media_meta icon_appmsg_tag appmsg_title_tag">原创</span>
{f'<span class="rich_media_meta rich_media_meta_text">{_esc(author)}</span>' if author else ''}
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">
{_esc(account)}</a>
<div id="js_profile_qrcode" class="profile_container" style="display:none;"><div class="profile_inner">
<strong class="profile_nickname">{_esc(account)}</strong><img class="profile_avatar" src="" alt="">
<p class="profile_meta"><label class="profile_meta_label">微信号</label><span class="profile_meta_value">{wxid}</span></p>
<p class="profile_meta"><label class="profile_meta_label">功能介绍</label><span class="profile_meta_value">{_esc(intro)}</span></p>
</div></div></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{_esc(shown)}</em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: visible;">
<section style="padding:0 8px">{''.join(body)}</section>
</div>
{script}
<div class="rich_media_tool_area"><a id="js_view_source" href="##">阅读原文</a>
<div id="js_read_area3" class="media_tool_meta tips_global_primary meta_primary">阅读 <span id="readNum3">{reads}</span></div>
<span class="media_tool_meta meta_extra meta_praise" id="like3"><span class="praise_num">赞</span></span>
<span class="media_tool_meta meta_extra" id="js_like_btn"><span>在看</span></span>
<span class="media_tool_meta" id="js_share"><span>分享</span></span>
<span class="media_tool_meta" id="js_cmt_write"><span>写留言</span></span></div>
<div id="js_pc_qr_code" class="qr_code_pc_outer"><div class="qr_code_pc"><img class="qr_code_pc_img" src="">
<p>微信扫一扫<br>关注该公众号</p></div></div>
<div class="rich_media_extra"><div class="related_article"><div class="related_title">喜欢此内容的人还喜欢</div>
<ul>{''.join(f'<li class="related_item"><span class="related_item_title">{_esc(t)}</span></li>' for t in related)}</ul></div></div>
</div></div></div></div></div>
<div id="js_tags_preview_toast" class="article-tag__error-tips" style="display: none;">预览时标签不可点</div>
<div class="weui-dialog"><div class="weui-dialog__bd">微信扫一扫可打开此内容，使用完整服务</div>
<div class="weui-dialog__ft"><a>知道了</a></div></div>
<div class="more_read_tips">继续滑动看下一个</div><div class="js_banner_tips">轻触阅读原文</div>
</body></html>"""
    return page, chrome


_COLUMN_TAG = re.compile(r"^【[^】]{1,14}】")


def _subject(title: str) -> str:
    """A header's encoded words, folded as Chrome folds them: one word a line, the next lines indented."""
    words = ["".join(f"={b:02X}" for b in title[i:i + 6].encode()) for i in range(0, len(title), 6)]
    return "\r\n ".join(f"=?utf-8?Q?{w}?=" for w in words)


def wechat(c: dc.Collection, rel: str, a: dc.Article, *, single: bool = False, **kw) -> None:
    """A WeChat article saved as 网页，全部 (REL and its `_files` folder) or as 单个文件 (.mht, SINGLE)."""
    blocks = dc.numbered(a, True, "paren")
    files = None if single else Path(rel).stem + "_files"
    page, chrome = wechat_page(a, blocks, files=files, **kw)
    if single:
        qp = quopri.encodestring(page.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
        head = ("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://mp.weixin.qq.com/s/x\r\n"
                "Subject: " + _subject(a.title) + "\r\n"
                "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
                "\tboundary=\"----MultipartBoundary--u12--\"\r\n\r\n\r\n------MultipartBoundary--u12--\r\n"
                "Content-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
                "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: https://mp.weixin.qq.com/s/x\r\n\r\n")
        tail = ("\r\n------MultipartBoundary--u12--\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n"
                "Content-Location: https://mmbiz.qpic.cn/mmbiz_jpg/x1/640\r\n\r\n/9j/4AAQSkZJRg==\r\n"
                "------MultipartBoundary--u12----\r\n")
        c.path(rel).write_bytes((head + qp + tail).encode("ascii"))
    else:
        c.path(rel).write_text(page, encoding="utf-8")
        folder = c.path(rel).parent / files
        folder.mkdir(exist_ok=True)
        (folder / "appmsg.css").write_text(".rich_media_title{font-size:22px}\n", encoding="utf-8")
        (folder / "appmsg.js").write_text("var __wx = {};\n", encoding="utf-8")
        for i in list(kw["captions"]) + [99]:
            (folder / f"640({i}).jpeg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(60) + b"\xff\xd9")
    key = dc.key_article(a, blocks)
    key["title"] = _COLUMN_TAG.sub("", a.title)  # ruling c: an account's column tag (【交投运营】) is no part of it
    c.add(rel, "mht_wechat" if single else "html_wechat", [key], chrome)


def workbook_plan(c: dc.Collection, rel: str, a: dc.Article) -> None:
    """A plan pasted into a workbook: one paragraph a row in column A, the title in A1."""
    import openpyxl

    blocks = dc.numbered(a, True, "paren")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append([a.title])
    for _, text in blocks:
        ws.append([text])
    ws.column_dimensions["A"].width = 120
    buf = io.BytesIO()
    wb.save(buf)
    c.path(rel).write_bytes(dc._deterministic_zip(buf.getvalue()))
    c.add(rel, "xlsx_pasted", [dc.key_article(a, blocks)])


def inbox(root: Path, seed: int = SEED) -> dc.Collection:
    c = dc.Collection(root, "group_lanjiang")
    rng = random.Random(seed)
    _TURN.clear()
    converted: dict[str, str] = {}
    convert = converter(c, converted)
    related = ["“司机之家”暖人心 物流公司工会开展关爱货车司机活动", "青溪服务区获评“全国最美工会户外劳动者服务站点”",
               "集团工会召开2023年度基层工会主席培训班"]

    # ---- 运营公司: the account 岚江交投运营 ----
    ops_kw = {"account": "岚江交投运营", "wxid": "ljjt_yunying", "intro": f"{OPS}官方公众号，发布公司新闻和工会动态。"}
    a = summary(rng, title="【交投运营】2022年工会工作总结", org=OPS, unit="运营", year=2022, we="公司",
                themes=["技能", "送温暖", "民主管理", "文体活动"])
    wechat(c, "运营公司/2022年/【交投运营】2022年工会工作总结_微信公众平台.html", a, author="公司工会",
           shown="2023-01-06 18:20", ct=1672999200, reads=1234, captions={4: "▲ 东塘收费站职工参加岗位技能比武"},
           editor="编辑：林晓  审核：周正", related=related, **ops_kw)
    a = summary(rng, title="【交投运营】2023年工会工作总结", org=OPS, unit="运营", year=2023, we=OPS,
                themes=["送温暖", "维权", "技能", "自身建设"])
    wechat(c, "运营公司/2023年/【交投运营】2023年工会工作总结_微信公众平台.html", a, author=None, shown="",
           ct=1704439800, reads=2087, captions={2: "▲ 青溪服务区“职工小家”", 9: "▲ 春运保畅一线慰问"},
           editor="供稿：公司工会  编辑：林晓", related=related[1:], **ops_kw)
    a = plan(rng, title="运营公司工会2024年工作计划", org=OPS, unit="运营", year=2024, we="公司", sign=f"{OPS}工会")
    c.docx("运营公司/2024年/运营公司工会2024年工作计划.docx", a, styled=True, header=None)

    # ---- 建设公司: its account 交投建设工会之家, a project site's plan ----
    a = summary(rng, title="建设公司工会2022年工作总结", org=BUILD, unit="建设", year=2022, we="公司",
                sign=f"{BUILD}工会", themes=["维权", "送温暖", "技能", "自身建设"])
    c.docx("建设公司/2022年/建设公司工会2022年工作总结.docx", a, styled=False, header=f"{BUILD}工会")
    convert("建设公司/2022年/建设公司工会2022年工作总结.docx", "doc", ".wps")
    a = summary(rng, title="情系一线 建功交投｜建设公司工会2023年工作总结", org=BUILD, unit="建设", year=2023, we=BUILD,
                themes=["送温暖", "维权", "文体活动", "技能"])
    wechat(c, "建设公司/2023年/情系一线 建功交投｜建设公司工会2023年工作总结.mht", a, single=True, author="建设公司工会",
           shown="2024年01月08日 09:30", ct=1704677400, reads=856, captions={3: "▲ 沿江大桥项目部夏送清凉现场"},
           editor="文/图：沿江大桥项目部  编辑：陈曦", related=related[:2], account="交投建设工会之家",
           wxid="jtjs_ghzj", intro=f"{BUILD}工会服务职工的窗口。")
    a = plan(rng, title="城西快速路项目部工会2024年工作计划", org=BUILD, unit="建设", year=2024, we="项目部",
             sign=f"{BUILD}城西快速路项目部工会")
    c.docx("建设公司/2024年/附件3：城西快速路项目部工会2024年工作计划.docx", a, styled=False, header=None)
    a = summary(rng, title="建设公司工会2024年工作总结", org=BUILD, unit="建设", year=2024, we="公司", sign=f"{BUILD}工会")
    c.docx("建设公司/2024年/建设公司工会2024年工作总结.docx", a, styled=True, header=None, footer="- {page} -")
    convert("建设公司/2024年/建设公司工会2024年工作总结.docx", "pdf")

    # ---- 物流公司 ----
    a = summary(rng, title="物流公司2022年工会工作总结", org=LOG, unit="物流", year=2022, we=LOG, sign=f"{LOG}工会",
                themes=["送温暖", "维权", "自身建设", "文体活动"])
    c.txt("物流公司/2022年/物流公司2022年工会工作总结.txt", [a], encoding="gb18030", crlf=True, indent="　　")
    a = summary(rng, title="物流公司工会2023年工作总结", org=LOG, unit="物流", year=2023, we="公司", sign=f"{LOG}工会")
    c.docx("物流公司/2023年/物流公司工会2023年工作总结.docx", a, styled=True, header=f"{LOG}工会")
    a = plan(rng, title="物流公司工会2024年工作计划", org=LOG, unit="物流", year=2024, we=LOG, sign=f"{LOG}工会")
    workbook_plan(c, "物流公司/2024年/物流公司工会2024年工作计划.xlsx", a)

    # ---- 酒店公司 ----
    a = summary(rng, title="酒店公司工会2023年工作总结", org=HOTEL, unit="酒店", year=2023, we=HOTEL, sign=f"{HOTEL}工会",
                themes=["文体活动", "送温暖", "民主管理", "技能"])
    c.docx("酒店公司/2023年/酒店公司工会2023年工作总结.docx", a, styled=False, header=None)
    a = summary(rng, title="一起走过的2024｜酒店公司工会年度工作回顾", org=HOTEL, unit="酒店", year=2024, we="公司",
                themes=["送温暖", "文体活动", "维权", "自身建设"])
    wechat(c, "酒店公司/2024年/一起走过的2024｜酒店公司工会年度工作回顾_微信公众平台.html", a, author="酒店工会",
           shown="2024年12月30日 17:45", ct=1735551900, reads=643, captions={6: "▲ 迎新春职工联欢会"},
           editor="编辑：苏楠  审核：何平", related=related[::2], account="岚江交投酒店", wxid="ljjt_hotel",
           intro=f"{HOTEL}官方服务号。")

    # ---- 集团机关 and the group union ----
    a = summary(rng, title="集团机关工会2023年工作总结", org=GROUP, unit="机关", year=2023, we="集团机关",
                above="集团机关党委和集团工会", sign=f"{GROUP}机关工会", themes=["民主管理", "送温暖", "文体活动", "自身建设"])
    c.docx("集团机关/集团机关工会2023年工作总结.docx", a, styled=True, header=None)
    a = plan(rng, title="集团机关工会2024年工作要点", org=GROUP, unit="机关", year=2024, we="集团机关",
             sign=f"{GROUP}机关工会")
    c.pdf("集团机关/集团机关工会2024年工作要点.pdf", a, marker="— {n} —", running=None)
    c.docx("2024年/关于报送2024年度工会工作总结的通知.docx", notice(rng, 2024), styled=False, header=None)

    # ---- 交通医院 ----
    a = summary(rng, title="岚江交通医院工会2023年工作总结", org=HOSP, org_type="other", unit="医院", year=2023,
                we="医院", above="医院党委和集团工会", sign=f"{HOSP}工会", themes=["维权", "送温暖", "技能", "文体活动"])
    c.docx("交通医院/2023年/岚江交通医院工会2023年工作总结.docx", a, styled=True, header=None)
    convert("交通医院/2023年/岚江交通医院工会2023年工作总结.docx", "doc")
    a = summary(rng, title="交通医院工会2024年工作总结", org=HOSP, org_type="other", unit="医院", year=2024, we=HOSP,
                above="医院党委和集团工会", themes=["送温暖", "民主管理", "文体活动", "自身建设"])
    wechat(c, "交通医院/2024年/交通医院工会2024年工作总结_微信公众平台.html", a, author="院工会",
           shown="2025-01-03 16:10", ct=1735891800, reads=402, captions={}, editor="编辑：院工会",
           related=related[:1], account="岚江交通医院", wxid="ljjtyy", intro="岚江交通医院官方公众号。")

    also = {OPS: ["岚江交投运营", "交投运营公司", "运营公司"], BUILD: ["建设公司", f"{BUILD}城西快速路项目部", "城西快速路项目部"],
            LOG: ["物流公司"], HOTEL: ["酒店公司", "岚江交投酒店"], GROUP: [f"{GROUP}机关", "集团机关", "岚江交投集团"],
            HOSP: ["交通医院"]}
    file_key(c, converted, also)
    return c


def main(argv: list[str] | None = None) -> int:
    return write_inbox(argv, inbox, "group_lanjiang", __doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
