"""Round 29 (issue 12, chrome and body lost), from what spent blind sets 18-20 left. Every fixture is invented;
each rule has its near misses (body lines that look like the chrome)."""

from __future__ import annotations

from tests.documents.test_chrome_round23 import TEXT, TITLE, _cleaned
from unionmine.documents.clean_guards import glued_notice


def test_a_weak_cue_in_a_paragraphs_first_sentence_keeps_the_paragraph():
    first = "“扫码入会”环节是活动的亮点之一，主持人现场介绍服务码并邀请职工现场扫码注册，此举拓宽了服务渠道。"
    para = first + "随后，区总工会为二十名职工代表发放了慰问品，传递了工会组织的关怀。" * 2
    cleaned = _cleaned([TITLE, para, *TEXT])
    assert first in cleaned and para in cleaned.replace("\n", "")
    assert not glued_notice(first)
    # a notice glued to a paragraph still goes: a strong cue, or a weak cue with a doc site's words
    assert glued_notice("扫码关注我们。") and glued_notice("本文由某网用户上传，仅供学习参考。")
    assert glued_notice("扫码下载文档，VIP免费。")
    notice = "本文由某某范文网会员上传，下载后可任意编辑。"
    para = TEXT[0] + TEXT[1] + "赛后，获奖作品在学校文化长廊展出一周，吸引了众多师生驻足观看。"
    cleaned = _cleaned([TITLE, para + notice, TEXT[2]])
    assert notice not in cleaned and para in cleaned
