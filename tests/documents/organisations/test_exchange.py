"""An exchange visit between two units of a kind: the writer is the unit that speaks as 我校, not its guest (its party
comes to 我校) or its host (我校 goes to it) — the one other unit of the kind the text names, else none (Round 40).
Own invented lines, with near misses that must leave the unit alone."""

from __future__ import annotations

from unionmine.documents.describe import default_describe_rules, describe_article
from unionmine.documents.organisations.exchange import exchange_writer

GUEST = ("2024年5月10日，青川师范学院工会主席某某一行6人莅临我校调研交流，我校工会全体人员参加了交流。"
         "座谈会上，我校工会主席介绍了柳江大学工会在教代会建设、教工之家建设等方面开展的工作。"
         "座谈会结束后，青川师范学院工会同仁参观了我校职工小家。")
HOST = ("本网讯 5月14日，我校工会及试点学院分工会负责人赴青川工业大学调研交流工会工作。青川工业大学工会主席某某出席并主持"
        "座谈会。座谈会上，某某首先对柳江农业大学一行人的到来表示欢迎，并介绍了青川工业大学的基本情况。")


def test_the_guest_party_yields_to_the_unit_that_receives_it():
    described = describe_article("", GUEST)
    assert (described["org"], described["org_type"]) == ("柳江大学", "university")


def test_the_host_visited_yields_to_the_unit_that_goes_there():
    assert describe_article("", HOST)["org"] == "柳江农业大学"


def test_no_writer_named_names_none():
    rules = default_describe_rules()
    text = "青川师范学院工会主席某某一行6人莅临我校调研交流，我校工会全体人员参加了交流。"
    assert exchange_writer("青川师范学院", "university", text, rules)[0] is None


def test_near_misses_leave_the_unit():
    rules = default_describe_rules()
    # no exchange: the unit's own party visits a community, no 我校 receives it
    assert exchange_writer("青川师范学院", "university",
                           "青川师范学院工会一行走访柳湾社区，慰问困难职工。柳江大学也派人参加。", rules) is None
    # the unit itself speaks: its party is not a guest of 我校
    assert exchange_writer("柳江大学", "university",
                           "柳江大学工会组织教职工开展健步走活动，我校300余名教职工参加。", rules) is None
