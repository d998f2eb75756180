"""Round 32 (issue 13): the codebook's rulings R2, R14 and R15 read on more wordings, as decisions
(``[[context.drop]]`` in the taxonomy). Fixtures are invented sentences, with near misses.

- R2: a union congress written 工会代表大会 (Traditional too: the drops read the Simplified text), a union chair or
  committee elected, delegates called 职工代表 at a union congress: not 民主管理; a joint session of staff and union
  delegates, or an election of staff-congress delegates, still is;
- R14: speech, ethics, knowledge and skill contests and labour competitions are not 文体活动; a song contest, or a
  contest day with a tug-of-war or a 三八 event, still is;
- R15: a 职工之家 checked, applied for or named is not 文体活动; one whose table-tennis room or reading room the
  section names still is."""

import numpy as np

from unionmine.themes import classify
from unionmine.themes._text import prepare
from unionmine.themes.intro import drops
from unionmine.themes.taxonomy import load_taxonomy

UNION = [
    "3月22日，我院第九屆工會代表大會召開，大會舉手表決通過了選舉辦法，選舉產生了新一屆工會委員會。",
    "11月18日，我院工会委员会换届选举大会隆重举行，52名职工代表参加大会，选出了13名工会委员。",
    "会议首先以不记名投票选举王红当选为本届工会主席，委员们进行了分工，让职工及时了解单位的大事。",
]
STAFF = [
    "2月3日，我院召开五届三次职工代表暨会员代表大会，119位职工代表参加会议，审议了院长工作报告。",
    "学校依法选举职工代表43名，参加学校第六届教职工代表大会。",
    "公司召开职工代表大会，选举产生了职工董事和职工监事。",
]
CONTESTS = [
    "学校工会开展“强师德、铸师魂”教师演讲比赛，十七位老师进入决赛，讲述自己的教育情怀。",
    "区总工会在食品公司举办劳动技能大赛，比赛分理论知识和实际操作两部分。",
    "为庆祝工会成立纪念日，工会组织开展工会知识竞赛，增进了员工对工会的了解。",
]
CULTURE = [
    "工会举办教职工红歌演唱比赛，各分工会组队参赛。",
    "工会组织青年教师公开课比赛，同时举办了教职工拔河比赛和趣味运动会。",
    "三八节，学校工会组织女教职工开展垃圾分类知识竞赛和插花活动。",
]
HOMES = [
    "4月15日，机关分会申报的年度职工之家验收会在会议室举行，验收组查看了活动文件和获奖证书。",
    "该公司所辖8个供电所被命名为市级模范职工之家，4个被命名为县级模范职工之家。",
]
ROOMS = [
    "检查组对教工之家进行了验收，实地查看了新建的乒乓球室、职工书屋和健身房，教职工在这里打球、读书。",
]


def _dropped(texts, theme):
    found = [where for t, where in drops([prepare(x) for x in texts], load_taxonomy().context) if t == theme]
    return np.any(found, axis=0)


def test_union_congresses_and_elections_in_more_wordings_are_found_and_staff_congresses_are_not():
    assert _dropped(UNION, "民主管理").all()
    assert not _dropped(STAFF, "民主管理").any()


def test_speech_knowledge_and_skill_contests_are_found_and_culture_and_sport_are_not():
    assert _dropped(CONTESTS, "文体活动").all()
    assert not _dropped(CULTURE, "文体活动").any()


def test_a_staff_homes_check_is_found_and_its_rooms_of_recreation_are_not():
    assert _dropped(HOMES, "文体活动").all()
    assert not _dropped(ROOMS, "文体活动").any()


def test_the_default_applies_them():
    for item in classify(UNION):
        assert "民主管理" not in item["labels"]
    for item in classify(CONTESTS + HOMES, explain=True):
        assert "文体活动" not in item["labels"] and item["explain"]["文体活动"]["combined"] == 0.0
