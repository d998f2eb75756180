"""Round 18 (organisations, types, years): the causes read on the spent real sets 9 and 10, as features.

Every text here is invented; each pair holds a case the change takes and a near case it must leave alone.
"""

from unionmine.documents.describe import describe_article


def test_a_school_whose_officers_are_a_university_s_is_a_university():
    text = ("6月6日下午，校工会组织教职工在二食堂开展端午包粽子活动。学校党委副书记、工会主席王明华到场看望教职工。"
            "活动中老师们互相切磋，其乐融融。")
    assert describe_article("", text)["org_type"] == "university"
    plain = ("6月6日下午，校工会组织教职工开展端午包粽子活动。校长王明华到场看望教职工，全校教职工积极参加。"
             "老师们互相切磋，其乐融融。")
    assert describe_article("", plain)["org_type"] == "school"


def test_a_mine_inside_a_longer_name_does_not_end_it():
    got = describe_article("山能柳矿集团白石煤矿：爱心助卖传递温暖",
                           "11月6日一大早，山东能源柳矿集团白石煤矿爱心助卖点热闹非凡。原来，白石煤矿工会了解到困难职工李某"
                           "家中苹果滞销，该矿工会第一时间组织助卖。")
    assert got["org"] not in ("山东能源柳矿", "山能柳矿")
    assert got["org"].endswith("白石煤矿")


def test_a_bare_level_and_an_authority_names_no_unit_but_keeps_its_type():
    got = describe_article("县交通运输局工会组织干部职工登山暨志愿者活动",
                           "为丰富工会会员业余生活，11月26日，县交通运输局系统工会组织干部职工在南山开展户外登山健身活动。")
    assert got["org"] is None and got["org_type"] == "agency"
    own = describe_article("区机关幼儿园召开第五届第二次教职工大会",
                           "为促进幼儿园民主管理，近日，区机关幼儿园召开第五届第二次教职工暨工会会员大会，共40名代表出席。"
                           "会中，区机关幼儿园园长李某作幼儿园工作报告。")
    assert own["org"] == "区机关幼儿园"  # a level with the unit's own words is a name (ruling g)


def test_the_union_meeting_with_its_government_is_named_with_the_government_s_place():
    got = describe_article("", "12月1日，柳溪县政府与县总工会召开联席会议，听取2024年县总工会工作情况汇报。县长出席会议并"
                               "讲话。县总工会紧紧围绕县委、县政府中心工作，积极履职。")
    assert (got["org"], got["org_type"]) == ("柳溪县总工会", "other")


def test_a_short_name_before_its_union_as_an_event_s_subject_when_the_text_names_it_again():
    again = ("为增强教师的团队意识，使教师感受到青川技校大家庭的温暖，在5月8日，青川技校工会组织了一场教师羽毛球比赛。"
             "比赛在课外活动时段进行，教师分成3个组循环比赛。")
    assert describe_article("", again)["org"] == "青川技校"
    once = ("为增强教师的团队意识，在5月8日，青川技校工会组织了一场教师羽毛球比赛。比赛在课外活动时段进行，"
            "教师分成3个组循环比赛。")
    assert describe_article("", once)["org"] is None


def test_a_news_item_is_dated_by_the_full_date_of_its_event_after_the_first_sentence():
    text = ("回首2018，奋进的脚步依稀在耳边响起。带着一年的耕耘，柳荫幼儿园于2019年2月28日下午，召开了第三届第三次"
            "教代会。各位代表听取了工作报告。")
    assert describe_article("柳荫幼儿园召开第三届第三次教代会", text)["year"] == 2019
    recalled = ("回首2018，奋进的脚步依稀在耳边响起。柳荫幼儿园于2019年2月28日被评为先进单位，本月，幼儿园召开了"
                "第三届第三次教代会。")
    assert describe_article("柳荫幼儿园召开第三届第三次教代会", recalled)["year"] is None


def test_the_union_a_text_names_as_the_organiser_types_a_nameless_writer():
    text = ("由市总工会组织的“送法律服务进企业、进社区”公益活动，在青松街道红旗社区进行，律师事务所派专职人员现场解答"
            "职工、群众的法律咨询。活动现场，工作人员向群众宣传劳动合同法等法律知识，企业职工踊跃咨询。")
    got = describe_article("", text)
    assert got["org"] is None and got["org_type"] == "other"


def test_a_federation_the_text_also_names_with_its_town_is_no_company_s_own():
    town = describe_article("柳江石门总工会举行职工文化周活动",
                            "4月25日上午，来自石门各家企业的20多位职工参加了由石门镇总工会组织的乒乓球比赛。为丰富职工业余"
                            "文化生活，石门总工会首次举办职工文化周。")
    assert (town["org"], town["org_type"]) == ("柳江石门总工会", "other")
    company = describe_article("柳江长城总工会举行职工文化周活动",
                               "4月25日上午，来自公司各车间的20多位职工参加了乒乓球比赛。为丰富职工业余文化生活，长城总工会"
                               "首次举办职工文化周。")
    assert company["org"] == "柳江长城"  # a company's own 总工会: the company itself
