"""A candidate that runs over the term's company into words the dictionary reads nowhere
is the neighbour's rendering too, when nothing in it is the term's."""

from __future__ import annotations

from termbase.align.lexicon import Lexicon
from termbase.pair.context import neighbour_rendering

LEXICON = Lexicon.from_pairs([
    ("特别", "special"), ("协调员", "mediator"), ("代表", "on behalf of"),
    ("发言", "speak"), ("小组", "group"),
])

EXAMPLES = ["副主席代表特别协调员发言说", "副主席代表特别协调员发言，介绍了报告"]


def test_a_span_holding_the_company_s_words_and_none_of_the_term_s_is_refused() -> None:
    # 代表 … 发言 says "speaking on behalf of" beside the term in both pairs; the
    # dictionary reads "Coordinator" nowhere, so the term owns no word of the span.
    assert neighbour_rendering("特别协调员", "speaking on behalf of the Coordinator",
                               EXAMPLES, LEXICON)


def test_a_span_with_a_word_the_term_means_is_kept() -> None:
    assert not neighbour_rendering("特别协调员", "speaking on behalf of the Special Coordinator",
                                   EXAMPLES, LEXICON)


def test_a_word_the_sentences_do_not_say_is_no_neighbour() -> None:
    assert not neighbour_rendering("特别协调员", "Coordinator", EXAMPLES, LEXICON)


def test_a_word_said_beside_in_one_pair_only_is_no_evidence() -> None:
    examples = ["副主席代表特别协调员发言说", "特别协调员小组介绍了报告"]
    assert not neighbour_rendering("特别协调员", "speaking on behalf of the Coordinator",
                                   examples, LEXICON)
