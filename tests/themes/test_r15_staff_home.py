"""Round 26 (issue 13), ruling R15: a 职工之家 kept up as the union's standing (its titles, appraisal, application) is
其他, rooms set up for recreation are 文体活动. In the lexicon: a staff home's title or appraisal is no 文体活动 term,
the staff home's rooms still are. Fixtures are invented sentences."""

import pytest

from unionmine.taxonomy import load_taxonomy
from unionmine.themes.lexicon import term_hits


@pytest.fixture(scope="module")
def tax():
    return load_taxonomy()


def _wenti(tax, text):
    return term_hits(text, next(t for t in tax.themes if t.name == "文体活动"), tax.context)


def test_a_staff_home_title_or_appraisal_is_not_recreation(tax):
    for text in ("学校工会被评为市级模范教工之家。", "做好五好教工之家的申报材料。", "迎接区教育工会教工之家验收。",
                 "本校获评先进教工之家称号。"):
        assert not _wenti(tax, text), text


def test_the_staff_home_and_its_rooms_still_count(tax):
    assert max(_wenti(tax, "布置教工之家，添置乒乓球台。").values()) >= 1.0
    assert max(_wenti(tax, "教师们在教工之家开展活动。").values()) >= 1.0
    # a title beside the room: the room still counts
    assert max(_wenti(tax, "争创模范教工之家，改造教工之家活动室。").values()) >= 1.0
