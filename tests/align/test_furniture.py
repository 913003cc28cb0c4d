"""Page furniture and list labels: detected by shape, left one-sided, paired by number."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest

from termbase.align.aligner import AlignSettings, align
from termbase.align.cost import CostWeights
from termbase.align.features import is_heading, label_keys
from termbase.align.furniture import is_furniture
from termbase.align.lexicon import Lexicon
from termbase.align.model import Segment

from .test_aligner import EN, LEXICON, ZH, assert_covers


@pytest.mark.parametrize("line", ["A/78/123", "E/CN.6/2023/L.2", "A/RES/68/48*", "2/15", "3",
                                  "23-12345 (C)", "23-12345 (E)    150523    160523",
                                  "*2312345*", "大　会", "联 合 国", "经 济 及 社 会 理 事 会"])
def test_page_furniture_is_recognised_by_its_shape(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["大会", "General Assembly", "N/A", "HIV/AIDS", "1.", "",
                                  "见A/78/123号文件。", "The report (A/78/123) was noted.",
                                  "Adoption of the agenda", "2. 议程通过。"])
def test_text_is_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def segs(texts: list[str]) -> list[Segment]:
    return [Segment(i, t) for i, t in enumerate(texts)]


def test_headers_on_either_side_stay_one_sided() -> None:
    # Symbol and job number share keys with each other across the sides (78, 123,
    # 23-12345): without the furniture rule they were paired or folded into beads.
    zh = [ZH[0], "A/78/123", "23-12345 (C)    150523", *ZH[1:3], "大　会", *ZH[3:]]
    en = [*EN[:2], "23-12345 (E)    150523", "2/5", *EN[2:4], "A/78/123", EN[4]]
    result = align(segs(zh), segs(en), lexicon=LEXICON)
    assert_covers(result, len(zh), len(en))
    pairs = {(b.src, b.tgt) for b in result.beads}
    assert {((1,), ()), ((2,), ()), ((5,), ()), ((), (2,)), ((), (3,)), ((), (6,))} <= pairs
    assert {((0,), (0,)), ((3,), (1,)), ((4,), (4,)), ((6,), (5,)), ((7,), (7,))} <= pairs


def test_a_stray_line_without_support_is_not_merged_into_its_neighbour() -> None:
    # The English stray has five words the Chinese document could translate, none of
    # them in the Chinese line beside it.
    en = [*EN[:3], "Representatives asked the President and the Secretary-General for a "
                   "report on the resolution.", *EN[3:]]
    result = align(segs(ZH), segs(en), lexicon=LEXICON)
    pairs = {(b.src, b.tgt) for b in result.beads}
    assert ((), (3,)) in pairs
    assert ((3,), (4,)) in pairs and ((2,), (2,)) in pairs


@pytest.mark.parametrize(("zh", "en"), [("(一)", "(i)"), ("二.", "II."), ("十二、", "XII."),
                                        ("四. 结论", "IV. Conclusions")])
def test_list_labels_share_a_key_across_languages(zh: str, en: str) -> None:
    keys = label_keys(unicodedata.normalize("NFKC", zh))
    assert keys and keys == label_keys(en)


def test_labels_pair_with_each_other_rather_than_with_a_neighbour() -> None:
    zh = [ZH[0], "二.", ZH[1], "三.", ZH[2]]
    en = [EN[0], "II.", EN[1], "III.", EN[2]]
    result = align(segs(zh), segs(en), lexicon=Lexicon.empty())
    assert [(b.src, b.tgt) for b in result.beads] == [((i,), (i,)) for i in range(5)]


@pytest.mark.parametrize(("line", "heading"), [
    ("United Nations", True), ("导言", True), ("Box 2", True), ("Distr.: General", True),
    ("The meeting discussed the question.", False), ("执行局不妨：", False),
    ("铭记自由贸易的重要性，", False), ("(a)", False), ("", False), ("Annex  ", True)])
def test_headings_are_lines_that_end_in_a_word(line: str, heading: bool) -> None:
    assert is_heading(line) is heading


def test_a_title_repeating_its_neighbours_words_stays_one_sided() -> None:
    # "General Assembly" finds 大会 in the Chinese line, but EN[0] already has it: the
    # title brings no support of its own, so it is not folded into a 1-2 bead.
    en = [EN[0], "General Assembly", *EN[1:]]
    pairs = {(b.src, b.tgt) for b in align(segs(ZH), segs(en), lexicon=LEXICON).beads}
    assert ((), (1,)) in pairs and ((0,), (0,)) in pairs
    without = AlignSettings(weights=replace(CostWeights(), title=0.0))
    merged = align(segs(ZH), segs(en), lexicon=LEXICON, settings=without)
    assert ((0,), (0, 1)) in {(b.src, b.tgt) for b in merged.beads}


def test_a_heading_with_support_of_its_own_stays_in_its_merge() -> None:
    lexicon = LEXICON.merged(Lexicon.from_pairs([("结论", "conclusions")]))
    zh = [*ZH[:2], "结论会议讨论了小武器问题。", *ZH[3:]]
    en = [*EN[:2], "Conclusions", *EN[2:]]
    pairs = {(b.src, b.tgt) for b in align(segs(zh), segs(en), lexicon=lexicon).beads}
    assert ((2,), (2, 3)) in pairs


def test_a_heading_whose_words_the_other_side_repeats_keeps_its_merge() -> None:
    # The Chinese line has the heading glued to its sentence: 小武器 twice, as often as
    # the English heading and sentence together hold it, so the heading has support.
    en = [*EN[:2], "Small arms", *EN[2:]]
    merged = [*ZH[:2], "小武器会议讨论了小武器问题。", *ZH[3:]]
    pairs = {(b.src, b.tgt) for b in align(segs(merged), segs(en), lexicon=LEXICON).beads}
    assert ((2,), (2, 3)) in pairs
    # Once only: the heading repeats its neighbour's words and is left alone.
    pairs = {(b.src, b.tgt) for b in align(segs(ZH), segs(en), lexicon=LEXICON).beads}
    assert ((), (2,)) in pairs and ((2,), (3,)) in pairs


def test_a_masthead_line_beside_page_furniture_stays_one_sided() -> None:
    # "United Nations" above the symbol is the page's header; the Chinese heading 小武器
    # belongs to the English line that starts with "Small arms" (a 2-1 bead), not to it.
    zh = ["小武器", *ZH]
    en = ["United Nations", "A/78/123", f"Small arms {EN[0]}", *EN[1:]]
    pairs = {(b.src, b.tgt) for b in align(segs(zh), segs(en), lexicon=LEXICON).beads}
    assert ((), (0,)) in pairs and ((0, 1), (2,)) in pairs
    without = AlignSettings(weights=replace(CostWeights(), masthead_skip=CostWeights().skip))
    paired = align(segs(zh), segs(en), lexicon=LEXICON, settings=without)
    assert ((0,), (0,)) in {(b.src, b.tgt) for b in paired.beads}
