"""Answers that render only part of the term (issue 12, session 34): pairing abstains
rather than answer with the shorter span."""

from __future__ import annotations

from pair._fixtures import LONG_NAMES
from termbase.align.lexicon import Lexicon
from termbase.pair.fragments import unsaid_beside

LEXICON = Lexicon.from_pairs([
    ("沟通", "communication"), ("渠道", "channel"), ("全球化", "globalization"),
    ("进程", "process"), ("伊拉克", "Iraq"), ("伊斯兰国", "Islamic State"),
])


def test_a_one_word_answer_with_the_other_word_beside_it_in_half_its_examples() -> None:
    # The other half renders 渠道 as English the dictionary does not give ("lines"): no
    # longer span is common to all, and 'communication' says half the term.
    examples = ["Improving lines of communication among States is vital.",
                "It includes information exchange, communication channels and notice."]
    assert unsaid_beside("沟通渠道", "communication", examples, LEXICON) == "渠道"
    examples = ["the marginalization of Africa from the globalization process",
                "a more inclusive and equitable process of globalization",
                "to embrace globalization fully"]
    assert unsaid_beside("全球化进程", "globalization", examples, LEXICON) == "进程"


def test_fewer_than_half_or_a_longer_answer_needs_every_example() -> None:
    examples = ["Improving lines of communication among States is vital.",
                "Open communication helps.", "Communication matters."]
    assert unsaid_beside("沟通渠道", "communication", examples, LEXICON) is None
    # A name's complements vary: an answer of two words or more keeps the every-example
    # test ("Islamic State" beside "in Iraq" once is no fragment).
    examples = ["The Islamic State in Iraq acted.", "The Islamic State struck again."]
    assert unsaid_beside("伊拉克伊斯兰国", "Islamic State", examples, LEXICON) is None
    assert unsaid_beside("伊拉克伊斯兰国", "Islamic State", examples[:1] * 2, LEXICON) == "伊拉克"



def test_a_long_term_is_read_in_a_span_as_long_as_it_needs() -> None:
    from termbase.pair.confirmed import confirmed_span

    # Thirteen characters, twelve English words: a span cut at ten never says them all.
    english = ("it adopted the declaration on cooperation and assistance for the environment "
               "and for international trade in 2001")
    assert confirmed_span("国际贸易和环境援助合作宣言", english, LONG_NAMES) == (
        "declaration on cooperation and assistance for the environment and for "
        "international trade")
