"""Session 36: a missing term inside a longer source word that the draft renders by a word
of its own (check/longer_source_word): 会议 in 贸发会议 is "UNCTAD", no "meeting"."""

from __future__ import annotations

import pytest

from check._stand_in import last_line_miss
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
