"""web8: web pages in many site styles, all invented (see corpus/heldout/README.md, the sixth set)."""

from __future__ import annotations

from pathlib import Path

from heldout6_page import Page, pinyin, trad
from heldout6_text import Composer

CSS = "<style>body{font-family:sans-serif}.nav a{margin:0 4px}</style>"
JS = "<script>var _hm=_hm||[];(function(){var s=document.createElement('script');})();</script>"


def _w(folder: Path, page: Page, content: str, encoding: str = "utf-8") -> dict:
    path = folder / page.source
    path.parent.mkdir(parents=True, exist_ok=True)
    if encoding == "utf-16":
        path.write_bytes(b"\xff\xfe" + content.encode("utf-16-le"))
    elif encoding == "utf-8-sig":
        path.write_bytes(b"\xef\xbb\xbf" + content.encode("utf-8"))
    else:
        path.write_bytes(content.encode(encoding))
    return page.key()


def _html(folder, page, head, **kw):
    return _w(folder, page, page.html(head, **kw), kw.get("charset", "utf-8"))


def make_web8(folder: Path) -> list[dict]:
    keys = []
    add = keys.append

    # 1 port company news portal: credits and an address block under the article
    k = Composer(801)
    p = Page("w01_port_news.html", "port_credits")
    p.c("首页 | 走进港务 | 新闻动态 | 党建工会 | 联系我们", "新闻动态")
    t = "清江港务集团工会2023年度工作总结"
    p.art(t, t, "清江港务集团", "enterprise", 2023, "summary",
          k.body("summary", "集团工会", "2023年", 3, 2, "cn", "清江港务集团工会\n2024年1月10日"))
    p.c("撰稿人：苏立青", "核稿人：韩梅", "审批人：郑方舟", "地址：清江市滨港大道88号", "邮编：310999",
        "电话：0571-8800123", "Copyright © 2023 清江港务集团 版权所有")
    add(_html(folder, p, t + "-清江港务集团", extra_head=CSS))

    # 2 city union site: '今天是' line, views under the text, licence footer
    k = Composer(802)
    p = Page("w02_union_today.html", "union_site_today")
    p.c("今天是：2024年1月12日 星期五", "您现在的位置：首页 > 基层动态", "发布时间：2024年01月12日")
    t = "东港区交通运输工会2023年工作总结"
    p.items.insert(2, ("t", t))
    p.art(None, t, "东港区交通运输工会", "other", 2023, "summary",
          k.body("summary", "区交通运输工会", "2023年", 3, 2, "paren"))
    p.c("浏览次数：1268", "增值电信经营许可证：浙ICP备10020030号-1   主办单位：东港区总工会   网站建设：恒远软件",
        "浙公网安备 33010202000111号")
    add(_html(folder, p, t))

    # 3 enterprise CMS: meta line with editor/reviewer, image file names between paragraphs
    k = Composer(803)
    p = Page("w03_img_names.html", "cms_image_names")
    p.c("远航物流集团 · 工会工作")
    t = "远航物流集团工会2023年工作总结"
    body = k.body("summary", "集团工会", "2023年", 3, 2, "cn")
    p.items.append(("t", t))
    p.c("发布日期：2023-12-28 浏览次数：作者：集团工会 工宣 编辑：林岚 审核：林岚")
    p.art(None, t, "远航物流集团", "enterprise", 2023, "summary", body[:4])
    p.c("IMG_2231_副本_副本.jpg")
    p.items += [("b", x) for x in body[4:7]]
    p.c("IMG_2240_副本.jpg")
    p.items += [("b", x) for x in body[7:]]
    p.articles[-1]["body"] = body
    p.articles[-1]["last"] = body[-1]
    add(_html(folder, p, t))

    # 4 Traditional legal-news page: meta with pipes, review chain at the end (news, kind other)
    p = Page("w04_trad_review_chain.html", "trad_review_chain")
    t = trad("南溪市检察院工会召开2023年度工作总结表彰大会")
    p.items.append(("t", t))
    p.c("2024-01-22 09:15:31", trad("来源：南溪法治报 | 编辑：何静 | 作者：方远 | 点击量：8523"))
    news = [trad(x) for x in [
        "南溪法治报讯（通讯员 方远）1月19日，南溪市检察院召开2023年度工会总结表彰大会，全院干警和职工参加会议。",
        "院工会主席石岩作2023年工会工作报告，回顾了院工会一年来开展读书会、健步走和困难帮扶的情况，并对2024年工作作出部署。",
        "会上宣读了表彰2023年度优秀工会积极分子的决定，12名同志受到表彰。",
        "院党组书记、检察长赵澄在讲话中要求，院工会要把服务干警、服务大局结合起来，在凝聚人心上多下功夫。",
    ]]
    p.art(None, t, trad("南溪市检察院"), "agency", 2023, "other", news)
    p.c(trad("责编：何静"), trad("一审：余涛"), trad("二审：龙飞"), trad("三审：梁正"), trad("来源：南溪法治报社"))
    add(_html(folder, p, t))

    # 5 government portal: '详细' crumb, update/source line, editor, copyright statement
    k = Composer(805)
    p = Page("w05_crumb_xiangxi.html", "crumb_xiangxi")
    p.c("基层工会", "当前位置：首页 > 青山县 > 详细")
    t = "青山县气象局机关工会2023年工作总结"
    p.items.append(("t", t))
    p.c("更新时间：2024年01月08日 10:21:45  来源：青山气象")
    p.art(None, t, "青山县气象局", "agency", 2023, "summary",
          k.body("summary", "局机关工会", "2023年", 3, 2, "cn"))
    p.c("编辑：唐雨", "版权声明：青山在线 版权所有，未经授权，请勿转载或建立镜像，违者依法必究。",
        "青ICP备13000786号-2 青公网安备：63010502002308")
    add(_html(folder, p, t, extra_head=JS))

    # 6 metro company: listen/magnifier toolbar above the title, a plan
    k = Composer(806)
    p = Page("w06_listen_magnifier.html", "listen_magnifier")
    p.c("听新闻", "放大镜")
    t = "白鹭湾地铁运营公司工会2024年工作要点"
    p.items.append(("t", t))
    p.c("2024-02-20 16:02:00  来源：白鹭湾地铁")
    p.art(None, t, "白鹭湾地铁运营公司", "enterprise", 2024, "plan",
          k.body("plan", "公司工会", "2024年", 4, 2, "cn"))
    p.c("编辑：周游")
    add(_html(folder, p, t))

    # 7 hospital plan with a month table
    k = Composer(807)
    p = Page("w07_hospital_table.html", "hospital_month_table")
    p.c("网站首页 | 医院概况 | 科室导航 | 工会之窗", "发布者：工会办 点击次数：316")
    t = "2024年工会工作计划"
    body = ["指导思想：在院党委领导下，青禾市妇幼保健院工会以服务职工为宗旨，推进民主管理和院务公开，建设和谐医院。",
            "具体工作：", ("时间", "活动内容", "参加范围"),
            ("一月", "春节送温暖 迎新联欢会 职代会年会", "困难职工 全院职工 职工代表"),
            ("三月", "三八节女职工座谈 羽毛球比赛", "全院女职工 全院职工"),
            ("五月", "护士节书法比赛 春季健步走", "全院护士 全院职工"),
            ("九月", "中秋慰问 篮球友谊赛", "全院职工 参赛职工"),
            ("十二月", "优秀工会小组评比 全年工作总结会", "各工会小组 工会委员")]
    body += k.plain("plan", 2)
    p.art(t, t, "青禾市妇幼保健院", "other", 2024, "plan", body)
    p.c("【打印】 【关闭】")
    add(_html(folder, p, t))

    # 8 document library: upload meta list, disclaimer, '文档介绍', flattened text with spaces
    k = Composer(808)
    p = Page("w08_doclib_shenming.html", "doclib_shenming")
    p.c("- 2023-03-15 发布 |", "- 41.5 KB |", "- 4页",
        "申明敬告：本站不保证该用户上传的文档完整性，不预览、不比对内容而直接下载产生的反悔问题本站不予受理。", "文档介绍")
    t = "2022年临川电信分公司工会工作总结"
    segs = k.body("summary", "临川电信分公司工会", "2022 年", 3, 2, "cn")
    p.items.append(("t", t))
    p.items.append(("b", " ".join(segs)))
    p.articles.append({"title": t, "org": "临川电信分公司", "org_type": "enterprise", "year": 2022,
                       "kind": "summary", "on_topic": True, "first": segs[0], "last": segs[-1], "body": segs})
    p.c("下载文档到电脑，查找使用更方便", "还剩3页未读，继续阅读")
    add(_html(folder, p, t + " - 淘文档"))

    # 9 Traditional blog: date header, comment footer
    k = Composer(809)
    p = Page("w09_blog_trad.html", "blog_trad")
    p.c("2024年3月11日 星期一")
    t = trad("海湾航空地勤公司工会2023年度工作总结")
    body = [trad(x) for x in k.body("summary", "公司工会", "2023年", 3, 2, "digit")]
    p.art(t, t, trad("海湾航空地勤公司"), "enterprise", 2023, "summary", body)
    p.c(trad("没有留言："), trad("张贴留言"), trad("较新的文章 首页 较旧的文章"), trad("订阅： 张贴留言 (Atom)"))
    add(_html(folder, p, t, tags={"t": "h3"}))

    # 10 college: dash crumb, empty author/source, a report to the congress
    k = Composer(810)
    p = Page("w10_college_dash_crumb.html", "college_dash_crumb")
    p.c("您当前位置: 首页 - 信息公开专栏 - 阅读内容")
    t = "清源职业技术学院2023年工会工作报告"
    p.items.append(("t", t))
    p.c("作者: 来源: 时间:2024-12-06")
    body = ["各位代表、同志们：", "学院工会委员会向大会作工会工作报告，请各位代表审议，提出意见和建议。",
            "一、2023年工作回顾"] + k.plain("summary", 4) + ["二、2024年工作安排"] + k.plain("plan", 3)
    p.art(None, t, "清源职业技术学院", "university", 2023, "report", body)
    add(_html(folder, p, t))

    # 11 Traditional with pinyin: writing-guide intro, a heading, '…篇一' markers alone
    k = Composer(811)
    p = Page("w11_trad_pinyin_huanjie.html", "trad_pinyin_pian_alone")
    p.c(pinyin(trad("报告材料主要是向上级汇报工作，其表达方式以叙述、说明为主。下面是小编为大家带来的报告优秀范文，希望大家可以喜欢。")),
        pinyin(trad("青石收费站工会换届工作报告 精选2篇")))
    for i, n in enumerate(("一", "二")):
        lines = [pinyin(trad(x)) for x in k.plain("summary", 4)]
        lines.insert(0, pinyin(trad("四年来，两级工会围绕收费站的中心任务，组织员工开展岗位练兵和文明服务竞赛，取得了一定成效。"
                                    if i == 0 else "本届工会委员会任期内，始终坚持依法建会、民主办会，较好履行了各项职责。")))
        p.art(pinyin(trad(f"工会换届工作报告篇{n}")), trad("工会换届工作报告"), None, "enterprise", None,
              "report", lines)
    p.c(trad("【相关推荐】"), pinyin(trad("工会换届选举大会程序")), pinyin(trad("工会经费审查报告范文")))
    add(_html(folder, p, trad("青石收费站工会换届工作报告")))

    # 12 Traditional template site: crumb, collection heading, 小编 intro, ' 篇1'
    k = Composer(812)
    p = Page("w12_trad_fanwen_jihe.html", "trad_fanwen_jihe")
    head = trad("实用的工会年终工作总结范文集合三篇")
    p.c(trad("糯米文学吧"), trad("位置：首页 > 范文 > 工作总结"), head,
        trad("总结是对某一阶段的工作加以回顾和分析的书面材料。下面是小编整理的工会年终工作总结3篇，仅供参考，希望能够帮助到大家。"),
        head)
    specs = [("XX县总工会", "other", "20xx年"), ("我校工会", "school", "本年度"), ("公司工会", "enterprise", "今年")]
    for i, (who, ot, yr) in enumerate(specs, 1):
        p.art(trad(f"工会年终工作总结 篇{i}"), trad("工会年终工作总结"), None, ot, None, "summary",
              [trad(x) for x in k.body("summary", who, yr, 2, 2, "cn")])
    p.c(trad("上一篇：工会经费使用情况的报告"), trad("下一篇：职工之家建设方案"))
    add(_html(folder, p, head))

    # 13 forum repost with anti-copy garbage at line ends and on lines of their own
    k = Composer(813)
    p = Page("w13_forum_garbage.html", "forum_garbage_tails")
    p.c("查看完整版本: [-- 清溪镇中心小学工会工作计划 --]", "教师之家论坛 -> 工会工作 -> 清溪镇中心小学工会工作计划 [打印本页]",
        "楼主 晨光  发表于: 2012-03-05")
    tails = ["Y3(MKq", "j3Nd4#", "Z[]8X@IPe", ",c?(|tF", "UA2KY}pz5", "w%X@os}E", "qq<T~^", "Jp}@T.",
             "Rf>)#hn%", "2fu<s^9dh", "1ywdcg", "K*b* ]hf{", "oD\\t4]?E"]
    lines = k.body("plan", "我校工会", "本年度", 3, 2, "cn", "清溪镇中心小学工会\n二〇一二年二月二十日")
    body = [x + " " + tails[i % len(tails)] if i < len(lines) - 2 else x for i, x in enumerate(lines)]
    p.art("清溪镇中心小学工会工作计划 -OU{99$aS", "清溪镇中心小学工会工作计划", "清溪镇中心小学", "school", 2012,
          "plan", body)
    p.c("[ 此帖被晨光在2012-03-06 08:12重新编辑 ]", "查看完整版本: [-- 教师之家论坛 --] [-- top --]",
        "Powered by PHPWind v7.5 SP3 Code ©2003-2010 PHPWind", "Gzip enabled")
    add(_html(folder, p, "清溪镇中心小学工会工作计划[打印本页] - 教师之家论坛", tags={"c": "div", "t": "b", "b": "div"}))

    # 14 sample site: time, author name, 'WORD下载 PDF下载 投诉', '… 篇一'
    k = Composer(814)
    p = Page("w14_word_pdf_download.html", "word_pdf_download")
    p.c("中学工会工作总结(优秀3篇)", "时间:2023-03-03 05:45:45", "染雾", "分享", "WORD下载 PDF下载 投诉")
    for n, yr in zip("一二三", ("近一年来", "过去的一学年", "本学年")):
        p.art(f"中学工会工作总结 篇{n}", "中学工会工作总结", None, "school", None, "summary",
              k.body("summary", "我校工会", yr, 2, 2, "none"))
    p.c("中学工会工作总结(优秀3篇)相关文章：", "最新中学工会工作计划范文", "教师工会活动方案精选")
    add(_html(folder, p, "中学工会工作总结(优秀3篇)"))

    # 15 welcome line, '…1500字模板3篇', date and tags, '【篇1】'
    k = Composer(815)
    p = Page("w15_welcome_zimuban.html", "welcome_zimuban")
    p.c("欢迎来到零思方案网网站！", "小学工会工作计划1500字模板3篇", "2024-02-26", "小学工会工作计划 小学工会工作",
        "小学工会工作计划怎么写？", "在工作开始之前一份合理的工作计划有助于理清思路。也许下面的“小学工会工作计划”正合你意！")
    for i, yr in enumerate(("2024年", "本学期", "新学年"), 1):
        p.art(f"小学工会工作计划 【篇{i}】", "小学工会工作计划", None, "school", 2024 if i == 1 else None,
              "plan", k.body("plan", "我校工会", yr, 2, 2, "digit" if i == 2 else "cn"))
    p.c("小学工会工作计划1500字模板3篇相关文章：", "© 零思方案网 蜀ICP备19003362号")
    add(_html(folder, p, "小学工会工作计划1500字模板3篇"))

    # 16 glued crumb with '>' and no spaces, '… 我要投稿', '…(3篇)', titles ending in a digit
    k = Composer(816)
    p = Page("w16_crumb_nospace_digit.html", "crumb_nospace_digit")
    p.c("当前位置:云帆范文网>实用文档>工作总结>学校工会工作总结", "时间:2024-08-22 03:37:54 工作总结 我要投稿",
        "学校工会工作总结(3篇)",
        "总结是在某一特定时间段对学习和工作生活加以回顾和分析的书面材料。下面是小编收集整理的学校工会工作总结，仅供参考。",
        "学校工会工作总结(3篇)")
    for i, yr in enumerate(("本学期", "一学年来", "2023年"), 1):
        p.art(f"学校工会工作总结{i}", "学校工会工作总结", None, "school", 2023 if i == 3 else None, "summary",
              k.body("summary", "学校工会", yr, 2, 2, "cn"))
    p.c("【学校工会工作总结(3篇)】相关文章：", "学校工会工作计划(15篇)", "教育工会工作要点(精选)")
    add(_html(folder, p, "学校工会工作总结(3篇)"))

    # 17 news portal: '正文' crumb, '原标题：' (different wording), '相关阅读：'
    k = Composer(817)
    p = Page("w17_yuanbiaoti.html", "yuanbiaoti_related")
    p.c("首页 > 国内新闻 > 正文")
    t = "临海外贸集团工会2022年工作总结"
    p.items.append(("t", t))
    p.c("原标题：外贸集团工会晒出2022年“成绩单”")
    p.art(None, t, "临海外贸集团", "enterprise", 2022, "summary", k.body("summary", "集团工会", "2022年", 3, 2, "cn"))
    p.c("相关阅读：", "长河置业拟发行20亿元短期债券 已获交易所受理 大型原创话剧《海门人家》首演")
    add(_html(folder, p, t))

    # 18 foreign-invested enterprise: bilingual column, slash crumb, date line
    k = Composer(818)
    p = Page("w18_slash_crumb_en.html", "slash_crumb_en")
    p.c("新闻中心", "News Center", "首页/关于我们/新闻中心/公司动态/公司动态详情页")
    t = "德瑞精密机械（清江）有限公司工会2023年工作总结"
    p.items.append(("t", t))
    p.c("日期：2024-01-05")
    p.art(None, t, "德瑞精密机械（清江）有限公司", "enterprise", 2023, "summary",
          k.body("summary", "公司工会", "2023年", 3, 2, "paren"))
    p.c("Copyright © 德瑞精密 All Rights Reserved 技术支持：云图建站")
    add(_html(folder, p, t))

    # 19 machine-translated English mirror of a plan
    p = Page("w19_english_mirror.html", "english_mirror")
    p.c("Language: 中文 | English", "Work Plan > Trade Union Work Plan")
    t = "Trade union work plan for 2019"
    body = [
        "The year is a key year for the company to complete its development targets and to build a harmonious workplace. S0100",
        "Company Union - Year Work Plan:",
        "1. Organise all members to study the Trade Union Law and hold at least six group study sessions in the year.",
        "2. Hold the workers' congress in March and follow up every proposal until it is answered.",
        "3. Visit employees in difficulty before the Spring Festival and set up a mutual aid fund of 80,000 yuan.",
        "4. Hold a badminton match, a hiking day and a singing contest to enrich the amateur life of employees.",
        "5. Train union group leaders twice a year and publish the use of union funds every half year.",
    ]
    p.art(t, t, None, "enterprise", 2019, "plan", body)
    p.c("Previous: Union work summary of a primary school", "Next: Trade union work plan for 2020",
        "Copyright © 2019 Famous Sayings All rights reserved")
    add(_html(folder, p, t))

    # 20 '工作计划范文' label, intro naming the title in quotation marks, '(一)'/'(二)' titles
    k = Composer(820)
    p = Page("w20_label_quoted_intro.html", "label_quoted_intro")
    p.c("工作计划范文", "机关部门工会要坚持开拓创新，切实履行职责，做好工作计划。以下是由我爱学文网小编为你带来的“2018年机关工会工作计划”，更多内容请访问我爱学文网。")
    for n, who in zip("一二", ("我局工会", "局机关工会")):
        p.art(f"2018年机关工会工作计划({n})", "2018年机关工会工作计划", None, "agency", 2018, "plan",
              k.body("plan", who, "2018年", 2, 2, "none"))
    p.c("更多“2018年机关工会工作计划”相关内容推荐：", "机关工会工作总结", "机关工会活动方案")
    add(_html(folder, p, "2018年机关工会工作计划_我爱学文网"))

    # 21 journal abstract page about a hospital union (kind other)
    p = Page("w21_journal_abstract.html", "journal_abstract")
    t = "以“家文化”凝聚职工心——记东湖区妇幼保健院工会"
    p.items.append(("t", t))
    p.c("作者：林可 | 期刊：职工之友 2021年第6期", "摘要")
    p.art(None, t, "东湖区妇幼保健院", "other", None, "other", [
        "<正>打造别具特色的“家文化”，为职工注入“心动力”；每年召开两次职工代表大会，职工踊跃为医院发展献计献策……",
        "近年来，东湖区妇幼保健院工会紧紧围绕医院中心工作，把解决职工最关心的现实问题作为工作的出发点，取得了让职工满意的成绩。",
    ])
    p.c("关键词：工会；医院；职工之家", "引用本文", "导出 收藏 分享")
    add(_html(folder, p, t))

    # 22 '? ? ? ?' for lost spaces before paragraphs, contact block on top, image name glued to the end
    k = Composer(822)
    p = Page("w22_qmark_spaces.html", "qmark_spaces_contact")
    p.c("联系我们", "电话：15573400000", "邮箱：7588000@qq.com")
    t = "河西高新区总工会2023年工作总结"
    p.items.append(("t", t))
    p.c("发布时间：2024-01-09 来源：河西高新区 阅读：207次")
    body = ["? ? ? ?" + x for x in k.body("summary", "高新区总工会", "2023年", 3, 2, "cn")]
    body[-1] += "K7C19UR3QX8TZQXN.jpg)"
    p.art(None, t, "河西高新区总工会", "other", 2023, "summary", body)
    add(_html(folder, p, t))

    # 23 science park: date and view count on one line, prev/next
    k = Composer(823)
    p = Page("w23_date_count.html", "date_count_line")
    p.c("园区概况 | 新闻中心 | 服务指南 | 联系我们")
    t = "紫荆科技园总工会2024年工作要点"
    p.items.append(("t", t))
    p.c("2024-01-10 1457")
    p.art(None, t, "紫荆科技园总工会", "other", 2024, "plan", k.body("plan", "园区总工会", "2024年", 4, 2, "cn"))
    p.c("上一篇：紫荆科技园举办职工创新成果展", "下一篇：园区企业开展冬送温暖活动")
    add(_html(folder, p, t))

    # 24 government site with a reprint note as footer: a report to the full committee
    k = Composer(824)
    p = Page("w24_gov_note_footer.html", "gov_note_footer")
    p.c("首页 > 政务公开 > 群团工作")
    t = "滨海保税区总工会2025年工作报告"
    body = k.body("report", "区总工会委员会", "2025年", 3, 2, "cn")
    p.art(t, t, "滨海保税区总工会", "other", 2025, "report", body)
    p.c("注：滨海保税区政府网站所有政务信息均为受权发布。按照有关规定，转载本网站信息时，须注明信息来源，不得歪曲、篡改标题原意及信息内容。")
    add(_html(folder, p, t))

    # 25 a 美篇-like copy with literal <br> and font tags in the text (UTF-8 text)
    k = Composer(825)
    p = Page("w25_literal_br.txt", "literal_br_text")
    p.c("岭南通信工会", "关注")
    t = "眉岭通信分公司工会2023年关爱职工实事工作小结"
    lines = k.body("summary", "分公司工会", "2023年", 2, 2, "cn")
    body = [lines[0] + "<br>", '<font color="#ed2308"><b>' + lines[1] + "</b></font><br>"]
    body += [x + "<br>" for x in lines[2:]]
    p.art(t, t, "眉岭通信分公司", "enterprise", 2023, "summary", body)
    p.c("阅读 1204", "赞 36", "举报")
    add(_w(folder, p, p.text()))

    # 26 GBK text copy of a school CMS term summary
    k = Composer(826)
    p = Page("w26_gbk_term.txt", "gbk_school_term")
    t = "金桥路小学2023学年第一学期工会工作小结"
    p.items.append(("t", t))
    p.c("来源：金桥路小学  作者：工会  点击：233  更新：2024-01-19")
    p.art(None, t, "金桥路小学", "school", 2023, "summary", k.body("summary", "学校工会", "本学期", 3, 2, "cn"))
    p.c("【打印此文】【关闭窗口】")
    add(_w(folder, p, p.text(), "gbk"))

    # 27 UTF-16 Traditional copy of a school union's term report (ROC school year)
    k = Composer(827)
    p = Page("w27_utf16_trad_term.txt", "utf16_trad_term_report")
    p.c(trad("会务报告"))
    t = trad("天水路国小教师工会112学年度第1学期工作报告")
    body = [trad(x) for x in k.body("summary", "本会", "本学期", 3, 2, "cn")]
    p.art(t, t, trad("天水路国小"), "school", 2023, "report", body)
    p.c(trad("发布日期：113-01-20"), trad("浏览人次：88"))
    add(_w(folder, p, p.text(), "utf-16"))

    # 28 UTF-8-BOM copy: a union chair's 述职报告 at an airline services company
    k = Composer(828)
    p = Page("w28_bom_shuzhi.txt", "bom_shuzhi")
    p.c("首页 > 述职报告 > 工会述职", "【字体：大 中 小】")
    t = "鹭岛航空服务公司工会主席2023年度述职报告"
    body = ["各位领导、同志们："] + k.body("report", "公司工会", "2023年", 3, 2, "cn", "述职人：邵明远\n2024年1月15日")
    p.art(t, t, "鹭岛航空服务公司", "enterprise", 2023, "report", body)
    p.c("上一篇：工会经审工作报告", "下一篇：女职工委员会工作总结")
    add(_w(folder, p, p.text(), "utf-8-sig"))

    # 29 a page flattened into one line with no separators at all
    k = Composer(829)
    p = Page("w29_flat_glued.html", "flat_glued_nosep")
    p.c("首页教育动态工会之窗")
    t = "清溪区教育工会2024年上半年工作总结"
    p.items.append(("t", t))
    p.c("发布时间：2024-07-05 浏览：96")
    p.art(None, t, "清溪区教育工会", "education_union", 2024, "summary",
          k.body("summary", "区教育工会", "2024年上半年", 2, 2, "cn"))
    p.c("版权所有：清溪区教育工会 备案号：苏ICP备05001234号")
    add(_w(folder, p, "<html><head><meta charset=\"utf-8\"><title>" + t + "</title></head><body><div>"
           + "".join(x for _, x in p.items) + "</div></body></html>\n"))

    # 30 a committee's term report at the change of office (no year anywhere)
    k = Composer(830)
    p = Page("w30_huanjie_report.html", "term_report_noyear")
    p.c("远山化工 | 党群工作 | 工会园地")
    t = "远山化工公司工会第三届委员会工作报告"
    body = ["各位代表：", "现在，我代表公司工会第三届委员会向大会报告工作，请予审议。", "一、五年来的主要工作"]
    body += k.plain("summary", 4) + ["二、对新一届工会委员会工作的建议"] + k.plain("plan", 3)
    p.art(t, t, "远山化工公司", "enterprise", None, "report", body)
    p.c("关闭本页")
    add(_html(folder, p, t))

    # 31 college CMS: one document 'summary and ideas for next year' (kind report)
    k = Composer(831)
    p = Page("w31_college_summary_ideas.html", "college_summary_ideas")
    p.c("学院首页 | 机构设置 | 工会 | 教代会")
    t = "山岚理工职业学院工会2023年工作总结及2024年工作思路"
    p.items.append(("t", t))
    p.c("作者：工会 | 审核：宋宁 | 点击数：589 | 发布时间：2023-12-29")
    body = [k.opening("summary", "学院工会", "2023年"), "一、2023年工作总结"] + k.plain("summary", 4)
    body += ["二、2024年工作思路"] + k.plain("plan", 3)
    p.art(None, t, "山岚理工职业学院", "university", 2023, "report", body)
    p.c("上一条：学院工会举办教职工气排球赛", "下一条：关于开展教职工体检的通知", "地址：山岚市学府路6号 邮编：410000")
    add(_html(folder, p, t))

    # 32 tag page with no article
    p = Page("w32_tag_page.html", "tag_page_empty")
    p.c("工会换届选举流程", "2018年工会换届选举流程", "工会换届选举大会程序", "工会多少年换届一次", "工会小组长公推直选主持词",
        "热门标签：工会经费 工会小组 职工之家")
    add(_html(folder, p, "2018年工会换届选举流程"))

    # 33 Traditional mirror with pinyin in the meta line and the text: a hospital plan
    k = Composer(833)
    p = Page("w33_trad_pinyin_meta.html", "trad_pinyin_meta")
    t = trad("怀远市妇幼保健院工会2024年工作计划")
    p.c(pinyin(trad("信息来源： 作者： 发布日期：2024-01-31"), "發"))
    p.items.insert(0, ("t", pinyin(t, "劃")))
    p.art(None, t, trad("怀远市妇幼保健院"), "other", 2024, "plan",
          [pinyin(x) for x in (trad(y) for y in k.body("plan", "院工会", "2024年", 3, 2, "cn"))])
    add(_html(folder, p, t))
    return keys
