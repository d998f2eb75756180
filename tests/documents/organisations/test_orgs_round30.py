"""Round 30 (organisations): guards over whole kinds of output that spent blind sets 21-22 show (own invented
fixtures, each with near misses where the guard must not fire)."""

from __future__ import annotations

from unionmine.documents.describe import describe_article
from unionmine.documents.describe_rules import default_describe_rules
from unionmine.documents.organisations.described import demonstrative_led, hospital_category
from unionmine.documents.organisations.subject import news_source

RULES = default_describe_rules()


def _org(title: str, text: str) -> tuple[str | None, str | None]:
    described = describe_article(title, text)
    return described["org"], described["org_type"]


# ---------------------------------------------------------------- the federation a reporter heard from, not the honoured
def test_a_news_source_is_not_the_unit_when_another_unit_is_honoured():
    honoured = "日前从青岚县总工会获悉，白岚湖农场工会被授予“先进工会之家”称号，这是该场又一殊荣。"
    assert news_source("被青岚县授予“先进工会之家”称号", honoured, RULES) is None  # an honour in the title
    assert news_source("", honoured, RULES) is None  # the reported sentence's subject is a unit's union, honoured
    # near misses: the federation's own work; the federation itself honoured, named in the title
    own = "记者日前从湖北省荆岚市总工会获悉，荆岚工会把困难职工解困脱困作为重点工作推进。"
    assert news_source("荆岚工会多举措帮扶困难职工", own, RULES)[0] == "荆岚市总工会"
    assert _org("荆岚工会多举措帮扶困难职工", own) == ("荆岚市总工会", "other")
    itself = "日前从青岚县总工会获悉，青岚县总工会荣获全省工会工作先进单位。"
    assert news_source("青岚县总工会荣获全省先进", itself, RULES)[0] == "青岚县总工会"
    listed = "记者从青岚县总工会获悉，今年全县新建职工驿站20个，10家企业获评模范职工之家。"
    assert news_source("青岚新增20个职工驿站", listed, RULES)[0] == "青岚县总工会"


# ---------------------------------------------------------------- a verb of invitation or of acting with, glued before
def test_an_invitation_or_a_partner_verb_glued_before_a_name_cuts_it():
    invited = "新春佳节来临之际，青岚排水公司科室分工会特邀市书法协会的书法家为职工书写春联。"
    assert _org("", invited)[0] != "科室分工会特邀市书法协会"
    for verb in ("特邀", "应邀", "受邀"):
        text = f"3月8日，青岚市总工会{verb}青岚市第五中心医院专家开展健康讲座。"
        assert "邀" not in (_org("", text)[0] or "")
    partner = "今年以来，白岚市邮政工会结合市分公司实际，开展劳动竞赛。"
    assert _org("", partner)[0] == "白岚市邮政"
    assert _org("", "青岚市总工会会同市人社局开展职工技能大赛。")[0] != "青岚市总工会会同市人社局"
    # near misses: the verbs do not touch a name that stands alone, nor one that holds none of them
    assert _org("", "青岚市第五中心医院工会开展健康讲座。")[0] == "青岚市第五中心医院"
    assert _org("", "白岚市邮政工会开展劳动竞赛。")[0] == "白岚市邮政"


# ---------------------------------------------------------------- a name ending in 医院 with no proper name before it
def test_a_hospital_with_no_proper_name_is_no_unit():
    assert hospital_category("人民医院") and hospital_category("肿瘤医院") and hospital_category("第一人民医院")
    assert hospital_category("职工热爱医院")  # a clause its people open
    # near misses: a place or a proper name before the kind, a level before it (level_institution decides)
    for name in ("白岚人民医院", "华山医院", "中山医院", "市第一人民医院", "青岚市第五中心医院", "人民路医院", None):
        assert not hospital_category(name)
    text = "端午节前夕，我院女工委员会肿瘤分工会举办诵读活动。肿瘤医院护理部负责人及各科室女职工代表30余人参加。"
    assert _org("", text)[0] is None
    assert _org("", "青岚县人民医院工会为户外工作者送温暖。")[0] == "青岚县人民医院"
    assert _org("", "三八节前夕，职工热爱医院、奉献医院的故事在院内传颂。")[0] is None


# ---------------------------------------------------------------- a demonstrative: a reference back, no name
def test_a_unit_referred_back_to_by_a_demonstrative_is_no_name():
    for name in ("这个农场", "這家公司", "该厂", "那所学校"):
        assert demonstrative_led(name)
    # near misses: places that open with the same characters
    for name in ("那曲市人民医院", "那坡县中学", "本溪市第一中学", "青岚农场", None):
        assert not demonstrative_led(name)
