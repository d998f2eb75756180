"""The title's subject decides between finders: a body the title does not write (the federation the news came from, a
parent group, a place visited) yields to the unit the title names as the subject of its event or honour clause; a works
project named by its line or section number is that subject too. Own invented lines, each with near misses."""

from __future__ import annotations

from unionmine.documents.describe import default_describe_rules, describe_article
from unionmine.documents.organisations.title_subject import title_decides, title_subject


def _org(title: str, text: str) -> tuple[str | None, str | None]:
    described = describe_article(title, text)
    return described["org"], described["org_type"]


def test_an_honoured_unit_over_the_federation_the_news_came_from():
    assert _org("青岚电投柳河发电在江城市行业技能竞赛中取得佳绩",
                "近日，从江城市总工会传来喜讯，在江城市第五届职工技术运动会中，柳河发电2名职工勇夺桂冠。"
                "柳河发电分公司4名职工取得一等奖。柳河发电工会将坚持以赛促训。") == ("柳河发电分公司", "enterprise")


def test_the_federation_that_acts_over_the_place_it_visits():
    assert _org("青山区总工会开展“工会服务户外劳动者日”活动",
                "1月15日，青山区总工会走进青山柳湾社区工会驿站组织开展“工会服务户外劳动者日”主题活动。"
                "青山柳湾社区工会驿站位于城西路。下一步，青山区总工会将持续依托各类工会驿站。") == ("青山区总工会", "other")


def test_the_place_visited_stays_where_the_title_writes_it():
    assert _org("市总工会到柳湾社区开展女职工“阳光家园”考核验收工作",
                "近日，市总工会一行到柳湾社区开展考核验收工作。柳湾社区工会介绍了我社区的工作。")[0] == "柳湾社区"


def test_a_unit_over_its_parent_group_named_first_in_the_opening():
    assert _org("“乒”出活力，搏出精彩，江澄重工举办第二届乒乓球团体赛",
                "4月22日，青岚船舶集团旗下江澄重工船舶修造有限公司工会组织举办了第二届乒乓球团体赛。本届比赛共有22个代表队参赛。") \
        == ("江澄重工船舶修造有限公司", "enterprise")


def test_a_short_form_in_the_title_agrees_with_the_full_name():
    assert _org("福川水司召开第三届十次职工代表大会", "3月5日，福川市自来水有限公司召开第三届十次职工代表大会。会议听取了工作报告。") \
        == ("福川市自来水有限公司", "enterprise")


def test_a_numbered_project_as_the_title_subject():
    assert _org("江城地铁3号线项目举办三八节主题活动", "3月7日，江城地铁3号线项目工会精心策划主题活动，为女职工献上节日祝福。") \
        == ("江城地铁3号线项目", "enterprise")
    assert _org("青岚七局江城地铁3号线六标项目部 组织庆“三·八”游园活动",
                "青岚七局江城地铁3号线六标项目部工会于3月3日组织全体女工开展游园活动。") \
        == ("青岚七局江城地铁3号线六标项目部", "enterprise")


def test_a_project_that_is_only_visited_is_not_the_subject():
    assert _org("青岚七局慰问江城地铁3号线六标项目部一线职工", "近日，青岚七局工会慰问江城地铁3号线六标项目部一线职工。")[0] == "青岚七局"


def test_near_misses_name_no_subject():
    rules = default_describe_rules()
    assert title_subject("医学部工会领导“六一”前夕看望慰问幼儿园师生", "前夕看望活动受到欢迎。", rules) is None  # a clause
    assert title_subject("“培育好家风” | 青山举办女教职工朗读比赛", "青山举办此类比赛已是第三年。", rules) is None  # a place
    assert title_subject("县总工会开展安全检查活动", "县总工会开展检查。", rules) is None  # a bare level's body
    assert title_subject("远帆物流举办职工运动会", "近日，职工运动会举行。", rules) is None  # not written again
    assert title_subject("外国语学院工会赴安徽大学外国语学院开展工作交流", "近日开展交流。", rules) is None  # two bodies


def test_agreement_keeps_the_finders_unit():
    rules = default_describe_rules()
    title = "青山区总工会开展送清凉活动"
    assert title_decides("青山区总工会", "text", title, "", rules) is None  # the same unit
    assert title_decides("柳湾社区", "title", title, "", rules) is None  # a title's own finder: not re-judged
    assert title_decides("柳湾社区", "path", title, "", rules) is None  # the user's file name: not re-judged
    assert title_decides("柳湾社区", "text", title, "", rules)[0] == "青山区总工会"
