"""Session 36: a missing term inside a longer source word that the draft renders by a word
of its own (check/longer_source_word): 会议 in 贸发会议 is "UNCTAD", no "meeting"."""

from __future__ import annotations

import pytest

from check._stand_in import last_line_miss, missing_targets
from termbase.model import Concept, Glossary, LangSec, Term

_GLOSSARY = Glossary((Concept("mtg", (LangSec("zh", (Term("会议"),)),
                                      LangSec("en", (Term("meeting"),)))),))

# Twenty numbered meetings rendered "meeting": the draft renders 会议 the glossary's way
# (no draft-level excuse of another sense applies).
_RENDERED = [(f"第{n}次会议于{n}日在日内瓦举行。",
              f"The {n}th meeting took place in Geneva on day {n}.") for n in range(1, 21)]

# Three other places of 贸发会议, each "UNCTAD" and no "meeting".
_UNCTAD = [("贸发会议向发展中国家提供技术援助。",
            "UNCTAD provides technical assistance to developing countries."),
           ("贸发会议发表了年度报告。", "UNCTAD published its annual report."),
           ("贸发会议支持区域合作。", "UNCTAD supports regional cooperation.")]

_LINE = ("贸发会议组织了一次培训讲习班。", "UNCTAD organized a training workshop.")


def _severity(pairs: list[tuple[str, str]]) -> str:
    return last_line_miss(_GLOSSARY, pairs)


def test_a_longer_word_the_draft_renders_by_a_word_of_its_own_is_a_hint() -> None:
    assert _severity([*_RENDERED, *_UNCTAD, _LINE]) == "info"


@pytest.mark.usefixtures("entries_as_terms")  # 会议: a general word
def test_one_other_place_is_too_few_to_learn_the_word() -> None:
    assert _severity([*_RENDERED, _UNCTAD[0], _LINE]) == "error"


@pytest.mark.usefixtures("entries_as_terms")  # 会议: a general word
def test_a_term_taken_out_of_a_longer_word_its_other_places_render_stays_an_error() -> None:
    # 次会议 is the term's own use: its twenty other places render "meeting".
    line = ("第21次会议于21日在日内瓦举行。", "The 21st took place in Geneva on day 21.")
    assert _severity([*_RENDERED, *_UNCTAD, line]) == "error"


@pytest.mark.usefixtures("entries_as_terms")  # 会议: a general word
def test_the_line_must_hold_the_word_the_other_places_share() -> None:
    line = ("贸发会议组织了一次培训讲习班。", "A training workshop was organized.")
    assert _severity([*_RENDERED, *_UNCTAD, line]) == "error"


_UN = Glossary((Concept("un", (LangSec("zh", (Term("联合国"),)),
                               LangSec("en", (Term("United Nations"),)))),))


def test_a_word_across_the_terms_edge_that_the_translation_renders_is_a_hint() -> None:
    # 开展联合国别访问 (UNv1 development set) is 联合|国别 "joint country visits": 国别
    # "country-specific" crosses the term's last ideograph, and "country" renders it.
    line = ("协助准备国别访问或开展联合国别访问。",
            "Contributing to country visits or conducting joint country visits.")
    assert last_line_miss(_UN, [*_RENDERED, line]) == "info"
    # Without the crossing word's English the term is missing.
    line = ("协助准备国别访问或开展联合国别访问。",
            "Contributing to the preparation of visits or conducting joint visits.")
    assert last_line_miss(_UN, [*_RENDERED, line]) == "error"


@pytest.mark.usefixtures("entries_as_terms")  # 世界 "World": a general word otherwise
def test_a_crossing_words_english_another_word_of_the_line_says_is_no_sign() -> None:
    # 其后世界 reads 后世 "later generations" across 世界's edge, whose stem "general"
    # shares; but 大会 "General Assembly" says "general" (a miss injected into MultiUN
    # text, session 46): the world left out stays an error.
    world = Glossary((Concept("w", (LangSec("zh", (Term("世界"),)),
                                    LangSec("en", (Term("World"),)))),))
    line = ("大会通过了到2000年及其后世界青年行动纲领。",
            "The General Assembly adopted the Programme of Action for Youth to the Year 2000 "
            "and Beyond.")
    assert last_line_miss(world, [*_RENDERED, line]) == "error"


def _one(zh: str, en: str, zh_term: str, en_term: str) -> list[tuple[str, str]]:
    glossary = Glossary((Concept("c", (LangSec("zh", (Term(zh_term),)),
                                       LangSec("en", (Term(en_term),)))),))
    return missing_targets(glossary, zh, en)


_IDENTIFIERS = "The information was stripped of all personal identifiers such as names."


@pytest.mark.usefixtures("entries_as_terms")
def test_the_modifier_of_a_longer_word_the_segmenter_reads_is_a_hint() -> None:
    # UNv1 development set 1223: jieba reads 个人|标识符 "identifiers"; the head 符 names
    # another thing, and neither dictionary gives it the term's English.
    assert _one("信息被剥夺了所有个人标识符(如姓名)。", _IDENTIFIERS,
                "标识", "marking") == [("标识", "info")]


@pytest.mark.usefixtures("entries_as_terms")
def test_the_term_standing_as_a_word_or_heading_the_longer_one_stays_missing() -> None:
    # The same line with the term standing alone: a true miss.
    assert _one("信息被剥夺了所有个人标识(如姓名)。", _IDENTIFIERS,
                "标识", "marking") == [("标识", "error")]
    # The term as the longer word's head: 武器弹药 are still ammunition.
    assert _one("他们收缴了大量武器弹药。", "They collected a large number of weapons.",
                "弹药", "ammunition") == [("弹药", "error")]
    # A longer word whose English, by the dictionary, holds the term's: 教育部 is the
    # "Ministry of Education".
    assert _one("该国教育部发表了年度报告。", "The country's department published a report.",
                "教育", "education") == [("教育", "error")]
    # A longer word that is a name by jieba's part of speech (国际合作部, nt): a body's
    # English name keeps its modifier or calls it by its head (check/name_rest).
    assert _one("他会见了国际合作部官员。", "He met officials of the Office.",
                "国际合作", "international cooperation") == [("国际合作", "error")]


@pytest.mark.usefixtures("entries_as_terms")
def test_a_longer_word_said_word_by_word_or_with_another_term_in_place_stays_missing(
        ) -> None:
    # The head rendered by its own word (法 "law"): the longer word is said word by word,
    # and the term's English belongs beside it (an error injected into multiun-valid 792).
    assert _one("违反国际人道主义法的行为。", "Violations of international ideology law.",
                "人道主义", "humanitarian") == [("人道主义", "error")]
    # Another glossary term the source does not say, in the term's place (injected into
    # un2023-dev 4762: "tools kit" made "resources kit").
    glossary = Glossary(tuple(
        Concept(cid, (LangSec("zh", (Term(zh),)), LangSec("en", (Term(en),))))
        for cid, zh, en in [("tools", "工具", "tools"), ("res", "资源", "resources")]))
    zh = "该工具包就如何选择咨询对象提供了建议。"
    en = "The {}kit offers advice on how to select a person to seek advice from."
    assert missing_targets(glossary, zh, en.format("resources ")) == [("工具", "error")]
    assert missing_targets(glossary, zh, en.format("")) == [("工具", "info")]

