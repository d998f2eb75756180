"""Round 29 (issue 12, describing): what spent blind sets 18-20 still misread in titles, kinds and years. A body's
founding is a headline; a site's line over the page's date is no title; a motto's genre word over a news item names
no genre; the year of the programme a work is put on does not date an item. Every fixture is invented; each rule has
its near misses."""

from __future__ import annotations

from tests.documents.chrome.test_chrome_round23 import TEXT, _cleaned

NEWS = ["3月12日上午，青禾区总工会在区职工之家召开会议，区属各单位工会主席四十余人参加。",
        "会议总结了去年的工作，部署了今年的重点任务，并为先进集体颁发了奖牌。"]
SUMMARY = ["一、2019年工作回顾", "2019年，机关工会在机关党委的领导下，围绕中心、服务大局，开展了形式多样的活动，取得了较好成效。"]


def test_a_bodys_founding_is_a_headline():
    from unionmine.documents.chrome.line_shapes import title_shaped

    assert title_shaped("青禾成立纺织行业联合会") and title_shaped("青禾区档案局工会正式成立")
    assert title_shaped("青禾镇成立职工法律援助志愿者队伍")
    # near misses: a sentence, too short, a founding meeting's bare name, a founding in passing
    assert not title_shaped("青禾成立纺织行业联合会。") and not title_shaped("成立工会")
    assert not title_shaped("成立大会") and not title_shaped("自成立以来")
    page = ["欢迎各位企业免费注册", "您当前的位置:首页 > 行业资讯 > 国内新闻", "青禾成立纺织联合会",
            "时间:2012-11-02 09:06:52 来源:青禾新闻网", *TEXT]
    cleaned = _cleaned(page)
    assert "青禾成立纺织联合会" in cleaned and all(t in cleaned for t in TEXT)


def test_a_sites_line_over_the_pages_date_is_no_title():
    from unionmine.documents.titles import choose_title

    page = ["这是最后一期了哦！", "2019年12月24日", "第三版：工会", "2019年12月24日", "青禾镇成立食品行业工会联合会",
            "本文字数：795", *NEWS]
    assert choose_title(None, "\n".join(page))[0] == "青禾镇成立食品行业工会联合会"
    # near misses: the headline itself first over its date; a first line with no bare date between it and the
    # line over the text
    page = ["青禾镇成立食品行业工会联合会", "2019年12月24日", "本文字数：795", *NEWS]
    assert choose_title(None, "\n".join(page))[0] == "青禾镇成立食品行业工会联合会"
    page = ["青禾镇总工会举行职工趣味运动会", "来源：青禾镇总工会", "运动会共设六个项目", *NEWS]
    assert choose_title(None, "\n".join(page))[0] == "青禾镇总工会举行职工趣味运动会"


def test_a_mottos_genre_word_over_a_news_item_names_no_genre():
    from unionmine.documents.kinds import find_kind

    text = "\n".join(NEWS)
    assert find_kind("总结2019成果丰硕，展望2020任重道远", text)[0] == "other"
    assert find_kind("心系职工使命 志承新岁展望│青禾中心工会开展登山活动", text)[0] == "other"
    # near misses: the same motto over a summary's text; a summary titled with a slogan before its genre line;
    # a title whose genre words end their parts
    summary = "\n".join(SUMMARY)
    assert find_kind("总结2019成果丰硕，展望2020任重道远", summary)[0] == "report"
    assert find_kind("回顾2019年机关工会工作，总结经验教训", summary)[0] == "summary"
    assert find_kind("凝心聚力，青禾小学工会2019年工作总结", text)[0] == "summary"
    assert find_kind("青禾中心工会2019年工作总结 2020年工作计划", text)[0] == "report"


def test_the_year_of_the_programme_a_work_is_put_on_dates_no_item():
    from unionmine.documents.year_guards import work_of_year

    assert work_of_year("该项工作被省总工会列入", "年“小三级”工会重点亮点工作项目。")
    assert work_of_year("将职工帮扶纳入", "年重点工作，")
    assert work_of_year("被列为", "年度全市工会重点任务")
    # near misses: a year listed with no programme after it, a verb that lists nothing
    assert not work_of_year("被列入", "年全省先进名单的")
    assert not work_of_year("青禾镇工会", "年重点工作项目")


def test_an_authors_theme_before_a_bar_stays_in_the_headline():
    from unionmine.documents.title_site_lines import themed
    from unionmine.documents.titles import choose_title

    lead = "3月29日，青禾小学报告厅里，来自全县三十七所学校的女教职工参加了朗读比赛。评委现场打分，评出一等奖十名。"
    for line in ("提质增效|构建全域职工之家服务网络", "“书香家庭·共建新风” | 青禾县举办女教职工朗读比赛"):
        assert choose_title(None, f"{line}\n{lead}")[0] == line
    # near misses: a column's name before the bar goes, a site's name and its home link stay a link bar
    assert choose_title(None, f"工会活动 | 青禾医院工会举办护士节手工制作活动\n{lead}")[0] == "青禾医院工会举办护士节手工制作活动"
    assert themed("青禾工人报官方网站 | 青禾工网首页") == "青禾工人报官方网站 | 青禾工网首页"
    assert themed("回眸2023｜青禾小学工会这一年") == "回眸2023｜青禾小学工会这一年"
    assert themed("提质增效|构建") == "提质增效|构建"


def test_an_events_name_with_a_quoted_name_or_a_cited_document_gives_its_year():
    from unionmine.documents.news import event_year

    quoted = ("日前，青禾区总工会联合青禾家电组成慰问组走访困难职工，拉开了2024年青禾区总工会与企业联合开展"
              "“爱心企业·情系职工”公益慰问困难职工送温暖活动的序幕。")
    assert event_year(quoted, 2000, 2030)[0] == 2024
    assert event_year("1月21日，公司召开《2015年集体合同》平等协商会议，职工方和行政方代表共十六人参加。", 2000, 2030)[0] == 2015
    # near misses: documents a meeting reviews (no event named by them), a year listed with another
    reviewed = "3月5日，青禾小学召开教代会，审议通过了《2020年学校工作报告》、《2020年财务工作报告》。"
    assert event_year(reviewed, 2000, 2030)[0] is None
    assert event_year("日前，青禾区总工会梳理了2022年和2023年开展的“送清凉”等各项活动。", 2000, 2030)[0] is None


def test_the_day_a_count_is_made_up_to_dates_no_item():
    from unionmine.documents.describe import find_year
    from unionmine.documents.year_guards import cut_off

    assert cut_off("据统计，截止") and cut_off("截至 ")
    text = "青禾局现有四十个基层单位。据统计，截止2004年初，我局共有非公有制企业五百余家，从业人员九百余人。"
    assert find_year("私营企业建会经验材料", text, kind="other")[0] is None
    # near misses: a summary keeps the year its count closes, a year the text reports on stays
    assert find_year("青禾局工会工作总结", text, kind="summary")[0] == 2004
    assert find_year("私营企业建会经验材料", "2004年，我局共建会十二家，截止年底会员达九百余人。", kind="other")[0] == 2004
    assert not cut_off("截止时间为") and not cut_off("青禾局")
