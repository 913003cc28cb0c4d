"""Rare titles rendered by the capitalised name of their sentence."""

from __future__ import annotations

from termbase.align.lexicon import Lexicon
from termbase.pair.corpus import from_pairs
from termbase.pair.pairer import pair_terms
from termbase.pair.titles import cited_as_title, title_rendering, vocabulary_of

LEXICON = Lexicon.from_pairs([
    ("马拉喀什", "Marrakesh"), ("移民", "migration"), ("问题", "problem"), ("契约", "compact"),
    ("全球", "global"), ("难民", "refugee"), ("议定书", "protocol"), ("地位", "status"),
    ("关于", "concerning"), ("准则", "norm"), ("国际", "international"), ("救灾", "relief"),
    ("援助", "assistance"), ("国内", "domestic"), ("文明", "civilization"),
    ("对话", "dialogue"), ("议程", "agenda"), ("和平", "peace"), ("文化", "culture"),
    ("建议", "recall"), ("七月", "July"), ("沙漠", "Sahara"),
])
VOCABULARY = vocabulary_of(LEXICON)


def render(term: str, english: str) -> str | None:
    return title_rendering(term, english, LEXICON, VOCABULARY)


def test_the_name_that_renders_the_title_is_found_whatever_words_are_unknown() -> None:
    # "Marrakech" (spelt otherwise than the dictionary's "Marrakesh") and the "Global
    # Compact on Refugees" beside it: the words the title explains decide.
    english = ("Recalling the Global Compact on Refugees and welcoming the Marrakech "
               "Compact on Migration, adopted in 2018,")
    assert render("马拉喀什移民问题契约", english) == "Marrakech Compact on Migration"
    assert render("全球难民契约", english) == "Global Compact on Refugees"


def test_the_whole_name_is_the_rendering_not_the_part_the_dictionary_reads() -> None:
    # 准则's glosses do not include "Guidelines": the part the dictionary reads best is
    # still only part of the name.
    english = ("promote the Guidelines for the Domestic Facilitation of International "
               "Disaster Relief and Assistance in this regard")
    assert render("国际救灾和援助国内准则", english) == (
        "Guidelines for the Domestic Facilitation of International Disaster Relief and "
        "Assistance")


def test_sentence_capitals_dates_and_a_second_name_are_not_part_of_it() -> None:
    english = "Recalling also its resolution of 27 July 2015 on the Global Agenda for Dialogue"
    assert render("对话全球议程", english) == "Global Agenda for Dialogue"
    english = ("the Declaration on a Culture of Peace and the Global Agenda for Dialogue "
               "among Civilizations")
    assert render("文明对话全球议程", english) == "Global Agenda for Dialogue among Civilizations"


def test_a_name_without_the_head_the_sentence_renders_is_no_rendering() -> None:
    # The Protocol is "relating to the Status of Refugees": no capitalised name holds it.
    english = "the Convention relating to the Status of Refugees of 1951 and its Protocol"
    assert render("关于难民地位的议定书", english) is None


def test_only_a_title_cited_in_title_marks_is_rendered_so() -> None:
    assert cited_as_title("全球难民契约", "欢迎《全球难民契约》。")
    assert not cited_as_title("全球难民契约", "欢迎全球难民契约。")
    # The dictionary cannot read the title word for word (马拉喀什 is "Marrakesh" to it,
    # and 问题 is not rendered): only its citation as a title lets the name answer.
    english = "Welcoming the Marrakech Compact on Migration, and recalling its resolution"
    cited = from_pairs([("欢迎《马拉喀什移民问题契约》，并回顾其决议", english),
                        ("其他句子。", "Another sentence.")])
    [pairing] = pair_terms(["马拉喀什移民问题契约"], cited, lexicon=LEXICON)
    assert pairing.best is not None and pairing.best.text == "Marrakech Compact on Migration"
    assert pairing.best.method == "dictionary"
    plain = from_pairs([("欢迎马拉喀什移民问题契约，并回顾其决议", english),
                        ("其他句子。", "Another sentence.")])
    [pairing] = pair_terms(["马拉喀什移民问题契约"], plain, lexicon=LEXICON)
    assert pairing.best is None


def test_a_title_with_a_subtitle_is_read_across_its_colon() -> None:
    # The Chinese holds a colon, so the English name runs on past its own: the title
    # before the colon alone leaves the subtitle out (a span too short).
    english = ("Recalling the Global Compact on Refugees: the Agenda for a Culture of "
               "Peace, adopted in July 2018,")
    assert render("全球难民契约：和平文化议程", english) == (
        "Global Compact on Refugees: the Agenda for a Culture of Peace")
    assert render("全球难民契约", english) == "Global Compact on Refugees"
