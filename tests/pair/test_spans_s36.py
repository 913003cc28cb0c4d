"""Session 36's span rules (issue 12): an answer that says a word of the Chinese the term
is always followed by renders the longer string the term was cut from."""

from __future__ import annotations

from termbase.align.lexicon import Lexicon
from termbase.pair.context import completes_longer_string
from termbase.pair.corpus import from_pairs
from termbase.pair.pairer import PairSettings, pair_terms

LEXICON = Lexicon.from_pairs([
    ("气候变化", "climate change"), ("不利", "adverse"), ("影响", "effect"),
    ("后果", "consequence"), ("减轻", "mitigate"), ("今天", "today"), ("报告", "report"),
])


def test_a_word_of_the_string_after_every_use_is_the_longer_strings() -> None:
    # 气候变化不利 is cut from 气候变化不利影响: "effects" renders 影响, which follows it in
    # every example, and no word of the term.
    examples = ["减轻气候变化不利影响的措施", "气候变化不利影响报告"]
    assert completes_longer_string(
        "气候变化不利", "adverse effects of climate change", examples, LEXICON) == "effects"


def test_glue_after_the_term_opens_the_longer_string() -> None:
    # The term is the first conjunct of a phrase whose head comes after the second:
    # "source" renders 来源, past 或.
    lexicon = Lexicon.from_pairs([("组织犯罪", "organized crime"), ("资金", "funds"),
                                  ("来源", "source"), ("后勤", "logistics")])
    examples = ["将组织犯罪作为资金或后勤的来源", "把组织犯罪作为资金或后勤的来源而获利"]
    assert completes_longer_string("组织犯罪作为资金", "organized crime as a source of funds",
                                   examples, lexicon) == "source"


def test_the_terms_own_words_and_a_rest_not_shared_are_no_evidence() -> None:
    examples = ["减轻气候变化不利影响的措施", "气候变化不利影响报告"]
    assert completes_longer_string("气候变化不利", "adverse climate change", examples,
                                   LEXICON) is None
    # Followed by 影响 once and by 后果 once: no one longer string.
    assert completes_longer_string(
        "气候变化不利", "adverse effects of climate change",
        ["减轻气候变化不利影响的措施", "气候变化不利后果报告"], LEXICON) is None
    # Glue alone after the term: nothing it is cut from.
    assert completes_longer_string(
        "气候变化", "effects of climate change", ["气候变化的报告", "气候变化的影响"],
        LEXICON) is None
    # One example is an anecdote.
    assert completes_longer_string(
        "气候变化不利", "adverse effects of climate change", examples[:1], LEXICON) is None


def test_pairing_abstains_on_a_cut_string_answered_with_its_whole() -> None:
    pairs = [
        *((f"{n}年气候变化不利影响报告", f"Report on the adverse effects of climate change {n}.")
          for n in range(2001, 2007)),
        *((f"今天报告{n}", f"Report {n} today.") for n in range(8)),
    ]
    (pairing,) = pair_terms(["气候变化不利"], from_pairs(pairs), lexicon=LEXICON,
                            settings=PairSettings(check_alignment=False))
    assert not pairing.candidates
    assert "longer string" in pairing.abstained_reason
