"""An answer that stops short of the term's phrase takes in the words its sentences
always put beside it, when the term means them."""

from __future__ import annotations

from termbase.align.lexicon import Lexicon
from termbase.pair.context import completed_by_context

LEXICON = Lexicon.from_pairs([
    ("大岛", "isle"), ("屿", "islet"), ("发达国家", "developed country"),
    ("大", "large"), ("国", "State"), ("国家", "State"),
    ("方案", "programme"), ("方案", "proposal"), ("预算", "budget"), ("拟议", "proposed"),
    ("预算外", "extrabudgetary"),
])


def test_a_modifier_left_without_its_head_takes_the_head_and_what_precedes() -> None:
    examples = [
        ("大岛屿发达国家的报告", "the report of large island developed States on trade"),
        ("支持大岛屿发达国家", "support for large island developed States, as requested"),
    ]
    assert completed_by_context("大岛屿发达国家", "island developed", examples,
                                LEXICON) == "large island developed States"


def test_a_word_the_term_does_not_mean_stays_out() -> None:
    examples = [("预算外资源增加", "extrabudgetary resources increased"),
                ("使用预算外资源", "the use of extrabudgetary resources")]
    assert completed_by_context("预算外", "extrabudgetary", examples,
                                LEXICON) == "extrabudgetary"


def test_a_whole_phrase_keeps_its_first_word_out() -> None:
    # "proposed" is always before it and 方案 may mean it, but nothing was cut at the end.
    examples = [("方案预算第一款", "the proposed programme budget, section 1"),
                ("关于方案预算的报告", "report on the proposed programme budget.")]
    assert completed_by_context("方案预算", "programme budget", examples,
                                LEXICON) == "programme budget"


def test_uses_that_disagree_or_end_the_sentence_add_nothing() -> None:
    examples = [("大岛屿发达国家的报告", "the report of large island developed States"),
                ("支持大岛屿发达国家", "support for large island developed countries")]
    assert completed_by_context("大岛屿发达国家", "island developed", examples,
                                LEXICON) == "island developed"
    ended = [("大岛屿发达国家的报告", "the report of large island developed"),
             ("支持大岛屿发达国家", "support for large island developed States")]
    assert completed_by_context("大岛屿发达国家", "island developed", ended,
                                LEXICON) == "island developed"


def test_one_example_is_an_anecdote() -> None:
    examples = [("大岛屿发达国家的报告", "the report of large island developed States")]
    assert completed_by_context("大岛屿发达国家", "island developed", examples,
                                LEXICON) == "island developed"
