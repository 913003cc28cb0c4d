"""Tests of termbase.check.number_findings: what a number finding names."""

from __future__ import annotations

from termbase.check.draft import presplit_pair
from termbase.check.number_findings import number_disagreements


def test_a_rough_number_is_named_with_its_lower_bound() -> None:
    # 十多万 is "100,000 or more": no strict item, but what the source states
    draft = presplit_pair("3笔捐款共十多万美元。", "d.zh",
                          "3 contributions of more than $200,000.", "d.en")
    [d] = number_disagreements(draft, "zh", "en")
    assert [i.normal for i in d.extra] == ["200,000"]
    assert [(i.text, i.normal) for i in d.source_items] == [
        ("3", "3"), ("十多万", "100,000 or more")]
    assert not number_disagreements(
        presplit_pair("捐款十多万美元。", "d.zh", "Contributions of over $100,000.", "d.en"),
        "zh", "en")


def _disagreeing_lines(zh: list[str], en: list[str]) -> list[int]:
    draft = presplit_pair("\n".join(zh), "d.zh", "\n".join(en), "d.en")
    return [d.unit for d in number_disagreements(draft, "zh", "en")]


# session 50: a number glued after an ordinary noun before a clause's mark (职权1；) is a
# footnote's marker or a label's number (目标5，) alike on its line; the draft tells them
# apart by whether it numbers the noun elsewhere
_MANDATE_LINES = ["委员会的职权由大会规定。", "委员会在其职权范围内开展工作。",
                  "委员会审查了其职权。", "秘书处支持委员会履行职权。"]
_MANDATE_ENGLISH = ["The Assembly sets the Committee's mandate.",
                    "The Committee works within its terms of reference.",
                    "The Committee reviewed its mandate.",
                    "The secretariat supports the Committee in its mandate."]


def test_a_number_glued_after_a_noun_the_draft_never_numbers_is_a_marker() -> None:
    zh = ["这属于委员会的职权1；大会应予审议。", *_MANDATE_LINES]
    en = ["This falls within the mandate of the Committee; the Assembly should consider it.",
          *_MANDATE_ENGLISH]
    assert _disagreeing_lines(zh, en) == []


def test_a_number_glued_after_a_noun_the_draft_numbers_elsewhere_is_a_label() -> None:
    goals = ["目标5的进展缓慢。", "目标6和目标7也是如此。", "各项目标相互关联。",
             "实现目标需要资金。", "目标的落实情况。"]
    goals_en = ["Progress on Goal 5 is slow.", "So are Goals 6 and 7.",
                "The Goals are interlinked.", "Achieving the Goals needs funding.",
                "The implementation of the Goals."]
    zh = ["有助于实现关于性别平等的目标5，而且有助于其他目标。", *goals]
    en = ["Several presenters noted droughts.", *goals_en]
    assert _disagreeing_lines(zh, en) == [0]
    # a noun named too seldom in the draft tells nothing: compared
    assert _disagreeing_lines(["这属于委员会的职权1；大会应予审议。", *_MANDATE_LINES[:2]],
                              ["This falls within the mandate; the Assembly should "
                               "consider it.", *_MANDATE_ENGLISH[:2]]) == [0]
    # numbered in the draft again (as a second note) or with a number on the other side
    assert _disagreeing_lines(["这属于委员会的职权1；大会应予审议。", *_MANDATE_LINES,
                               "委员会的职权2，"],
                              ["This falls within the mandate; the Assembly should "
                               "consider it.", *_MANDATE_ENGLISH, "The mandate,"]) == [0, 5]
    assert _disagreeing_lines(["这属于委员会的职权1；大会应予审议。", *_MANDATE_LINES],
                              ["This falls within mandate 2; the Assembly should "
                               "consider it.", *_MANDATE_ENGLISH]) == [0]


def test_a_parenthesised_label_glued_after_its_noun_is_compared() -> None:
    laws = ["该法案已修订。", "法案规定了最低年龄。", "议会通过了法案。", "法案的执行情况。"]
    zh = ["修改儿童与青年人(就业)法案(法案350)。", *laws]
    en = ["Amend the Children and Young Persons (Employment) Act.",
          "The Act was amended.", "The Act sets a minimum age.", "Parliament passed the Act.",
          "The implementation of the Act."]
    assert _disagreeing_lines(zh, en) == [0]


def test_a_number_spaced_after_a_noun_the_draft_never_numbers_is_a_marker() -> None:
    # session 50: set off before only and glued to a clause's mark (职权 1；), the
    # number after a noun is a marker's or a label's (附件 3；) as glued: the draft tells
    zh = ["这属于委员会的职权 1；大会应予审议。", *_MANDATE_LINES]
    en = ["This falls within the mandate of the Committee; the Assembly should consider it.",
          *_MANDATE_ENGLISH]
    assert _disagreeing_lines(zh, en) == []
    annexes = ["附件 1载有清单。", "附件载有清单。", "见附件。", "附件的内容。"]
    annexes_en = ["Annex 1 holds the list.", "The annex holds the list.", "See the annex.",
                  "The contents of the annex."]
    assert _disagreeing_lines(["详情见附件 3；大会应予审议。", *annexes],
                              ["Details are in the annex; the Assembly should consider it.",
                               *annexes_en]) == [0]
    # named too seldom in the draft: compared
    assert _disagreeing_lines(["这属于委员会的职权 1；大会应予审议。", *_MANDATE_LINES[:2]],
                              ["This falls within the mandate; the Assembly should "
                               "consider it.", *_MANDATE_ENGLISH[:2]]) == [0]


# session 52: a symbol one side writes with a footnote's marker glued on ("A/61/441",
# "A/61/44.2" for A/61/44 and its marker) where the other side sets no marker: one line
# cannot tell it from another document's symbol; the draft's markers running in order
# through the document can
_SYMBOL_LINES = ["委员会审议了该报告。", "见A/61/44。", "大会注意到这一点。"]


def test_a_symbol_glued_with_the_next_marker_of_the_draft_agrees() -> None:
    assert _disagreeing_lines(_SYMBOL_LINES, ["The Committee considered the report;1",
                                              "See A/61/442",
                                              "The Assembly took note of it."]) == []
    assert _disagreeing_lines(_SYMBOL_LINES, ["The Committee considered the report;1",
                                              "See A/61/44.2",
                                              "The Assembly took note of it."]) == []
    # the marker after it tells as well as the one before
    assert _disagreeing_lines(_SYMBOL_LINES, ["The Committee considered the report.",
                                              "See A/61/441",
                                              "The Assembly took note of it;2"]) == []


def test_a_symbol_glued_with_digits_the_draft_s_markers_do_not_continue_differs() -> None:
    # no marker elsewhere, a marker out of the order, another symbol
    assert _disagreeing_lines(_SYMBOL_LINES, ["The Committee considered the report.",
                                              "See A/61/441",
                                              "The Assembly took note of it."]) == [1]
    assert _disagreeing_lines(_SYMBOL_LINES, ["The Committee considered the report;1",
                                              "See A/61/443",
                                              "The Assembly took note of it;5"]) == [1]
    assert _disagreeing_lines(_SYMBOL_LINES, ["The Committee considered the report;1",
                                              "See A/61/45",
                                              "The Assembly took note of it;3"]) == [1]
