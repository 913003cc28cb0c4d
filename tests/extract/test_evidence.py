"""Pass 2: the shortlist found in the text again, and what is recorded around each use."""

from __future__ import annotations

from termbase.extract.evidence import ANAPHOR_SENTENCES, collect_evidence
from termbase.extract.model import ExtractSettings
from termbase.extract.units import Unit


def _units(*sentences: str, document: int = 0) -> list[Unit]:
    return [(s, document, "doc", f"p{i}") for i, s in enumerate(sentences, 1)]


# A bare head (委员会, 公约) stands for whichever name ending with it the text named a few
# sentences before: the evidence records which (how the score weighs it: test_drafts.py).
def test_a_bare_use_after_a_name_ending_with_it_records_that_name() -> None:
    filler = ["各国代表发言。"] * ANAPHOR_SENTENCES
    units = [*_units("海洋渔业委员会通过了报告。", "委员会还决定继续审议。",  # refers back
                     "内陆渔业委员会举行会议。", "委员会主席发言。",  # to the last one named
                     *filler, "委员会再次开会。"),  # too far from any name
             *_units("委员会开会。", document=1)]  # another document names none
    evidence = collect_evidence(units, ["海洋渔业委员会", "内陆渔业委员会", "委员会"],
                                ExtractSettings())
    assert evidence["委员会"].freq == 6
    assert evidence["委员会"].antecedents == {"海洋渔业委员会": 1, "内陆渔业委员会": 1}


# The words of a two-word phrase said apart in one clause (联合国各机构 for 联合国机构) are
# counted in the same pass (how the score weighs it: test_drafts.py).
def test_the_words_of_a_pair_said_apart_in_one_clause_are_counted_in_the_same_pass() -> None:
    units = _units("联合国各机构和联合国机构开展合作。",   # apart once, together once
                   "联合国及其有关机构出席了会议。",       # apart
                   "联合国，机构",                         # a clause mark between: not apart
                   "联合国在过去十年里与各国政府和机构",   # nine characters between: too far
                   "机构联合国")                           # the wrong order
    found = collect_evidence(units, ["联合国机构", "会议"], ExtractSettings(),
                             pairs={"联合国机构": ("联合国", "机构")})
    assert found["联合国机构"].freq == 1
    assert found["联合国机构"].apart == 2
    # The words searched for the pair are no candidates: no evidence, no nesting.
    assert set(found) == {"联合国机构", "会议"}
    assert found["会议"].freq == 1 and found["会议"].nested == 0
    # Without pairs nothing is counted apart.
    alone = collect_evidence(units, ["联合国机构"], ExtractSettings())
    assert alone["联合国机构"].apart == 0


# A use before a list comma (、) is a conjunct of a list, as one before 和 is: recorded
# apart, not as a neighbour (how the score weighs it: test_drafts.py).
def test_a_use_before_a_list_comma_is_recorded_as_listed() -> None:
    units = _units("解决人道主义、发展和政治行为体之间的联系。", "提供人道主义援助。")
    found = collect_evidence(units, ["人道主义"], ExtractSettings())["人道主义"]
    assert found.freq == 2
    assert found.listed == 1
    assert found.right == {"援": 1}


# The ordinal of a meeting right before a use numbers the word that opens it (how the
# score weighs it: test_drafts.py).
def test_a_use_right_after_the_ordinal_of_a_meeting_is_recorded() -> None:
    units = _units("第364次会议临时议程", "第七十届会议临时议程", "会议临时议程如下。",
                   "第3段会议临时议程")  # a paragraph, not a meeting
    found = collect_evidence(units, ["会议临时议程"], ExtractSettings())["会议临时议程"]
    assert found.freq == 4
    assert found.ordinal == 2


def test_a_nested_use_is_recorded_under_the_shortest_whole_around_it() -> None:
    from termbase.extract.evidence import collect_evidence

    # 儿基会 inside 儿基会执行局 is a piece of 儿基会执行局; 儿基 there is a piece of 儿基会,
    # its nearest whole, not of the longest candidate around it.
    units = [("儿基会执行局开会。儿基会发言。", 0, "d", "1"), ("核武器，无核武器区。", 0, "d", "2")]
    found = collect_evidence(units, ["儿基", "儿基会", "儿基会执行局", "核武器", "无核武器区"],
                             ExtractSettings())
    assert found["儿基"].containers == {"儿基会": 2}
    assert found["儿基会"].containers == {"儿基会执行局": 1}
    assert found["儿基会"].nested == 1 and found["儿基会"].freq == 2
    assert found["核武器"].containers == {"无核武器区": 1}


def _file_units(*lines: str) -> list[tuple[str, int, str, str]]:
    """The lines of one file, t.txt, cited by line number."""
    return [(text, 0, "t.txt", f"line {i}") for i, text in enumerate(lines, 1)]


def test_a_fragment_never_used_alone_is_not_free() -> None:
    from termbase.extract.evidence import collect_evidence

    # 渔业管理 stands only inside the two longer candidates, 渔业 once on its own.
    units = _file_units("海洋渔业管理委员会发言。", "内陆渔业管理办公室报告。", "渔业很重要。")
    evidence = collect_evidence(units, ["海洋渔业管理委员会", "内陆渔业管理办公室", "渔业管理",
                                         "渔业"], ExtractSettings())
    assert (evidence["渔业管理"].freq, evidence["渔业管理"].nested) == (2, 2)
    assert (evidence["渔业"].freq, evidence["渔业"].nested) == (3, 2)
    assert evidence["海洋渔业管理委员会"].nested == 0


def test_an_incomplete_coordination_is_not_free() -> None:
    from termbase.extract.evidence import collect_evidence

    units = _file_units(
        "在国家、城市和乡村三级开展工作。",  # cut from a list, and a level word after
        "各国以及城市和乡村各级努力。",
        "城市和乡村发展很快。",  # modifies the noun after it
        "保护城市和乡村。")  # complete on both edges: free
    evidence = collect_evidence(units, ["城市和乡村"], ExtractSettings(),
                                 coordinations={"城市和乡村"}, modifiers={"城市和乡村"})
    assert (evidence["城市和乡村"].freq, evidence["城市和乡村"].nested) == (4, 3)


def test_a_part_of_a_hyphenated_or_dotted_name_is_not_free() -> None:
    from termbase.extract.evidence import collect_evidence

    # 维拉诺 stands only before "-奥斯塔" (one transliterated place) and 约翰 only before
    # "·史密斯" (a given name and surname): pieces of longer names on either side of the
    # joiner. A hyphen before a number (a range) or standing alone joins no name.
    units = _file_units("维拉诺-奥斯塔地区局势紧张。", "关于维拉诺-奥斯塔地区的报告。",
                        "秘书长约翰·史密斯发言。", "约翰·史密斯先生出席。",
                        "工作方案-2024年。", "工作方案 - 修订。")
    evidence = collect_evidence(units, ["维拉诺", "奥斯塔地区", "约翰", "工作方案"],
                                ExtractSettings())
    assert (evidence["维拉诺"].freq, evidence["维拉诺"].nested) == (2, 2)
    assert (evidence["奥斯塔地区"].freq, evidence["奥斯塔地区"].nested) == (2, 2)
    assert (evidence["约翰"].freq, evidence["约翰"].nested) == (2, 2)
    assert (evidence["工作方案"].freq, evidence["工作方案"].nested) == (2, 0)


def test_a_phrase_framed_by_a_preposition_is_not_free() -> None:
    from termbase.extract.evidence import collect_evidence

    units = _file_units("各国在自愿基础上提交报告。", "自愿基础很重要。")
    evidence = collect_evidence(units, ["自愿基础"], ExtractSettings())
    assert (evidence["自愿基础"].freq, evidence["自愿基础"].nested) == (2, 1)


# A determiner (其他, 所有, 任何, 一个 …) opens the noun phrase the candidate heads: its last
# character is no neighbour (the counts take the word as a free one, NO_TERM_START), so a
# term named as "other X" is not read as a piece of a longer unit ending in 他.
def test_the_last_character_of_a_determiner_before_a_use_is_no_neighbour() -> None:
    units = _units("禁止其他核爆炸装置。", "拥有其他核爆炸装置的国家。",
                   "任何核爆炸装置都不得试验。", "试验核爆炸装置。", "他核爆炸装置")
    evidence = collect_evidence(units, ["核爆炸装置"], ExtractSettings())["核爆炸装置"]
    assert evidence.freq == 5
    # 其他 twice and 任何 once leave no neighbour; 验 and a lone 他 (no determiner) stay.
    assert evidence.left == {"验": 1, "他": 1}


def test_every_determiner_is_a_word_no_term_starts_with() -> None:
    from termbase.extract.evidence import DETERMINERS
    from termbase.extract.filters import NO_TERM_START

    assert DETERMINERS <= NO_TERM_START
    assert all(len(w) == 2 for w in DETERMINERS)
