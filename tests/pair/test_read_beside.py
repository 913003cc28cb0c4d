"""The dictionary's preference is void when the sentence beside the term says the same
word (termbase.pair.answers.read_beside)."""

from __future__ import annotations

from termbase.align.lexicon import Lexicon
from termbase.pair.answers import TermEvidence, read_beside
from termbase.pair.corpus import from_pairs
from termbase.pair.pairer import PairSettings, pair_terms
from termbase.pair.results import Candidate, Example

# CC-CEDICT lacks 复原力 and reads it as 复原 "recover" + 力; 恢复 beside it says "recover".
LEXICON = Lexicon.from_pairs([("复原", "recover"), ("恢复", "recover"), ("力", "power"),
                              ("促进", "promote"), ("加强", "strengthen"),
                              ("建设", "build"), ("社区", "community")])


def _evidence(term: str) -> TermEvidence:
    return TermEvidence(term, {}, {}, lambda key: None, {}, LEXICON, 2)


def _example(zh: str) -> Example:
    return Example("d", 1, zh, "")


def test_a_reading_the_sentence_gives_anyway_yields_to_the_corpus_s_choice() -> None:
    beside = tuple(_example(f"促进恢复并建设社区{n}的复原力。") for n in range(3))
    recovery = Candidate("recovery", 0.43, 8, 8, 14, 0.57, 30.0, 0.5, beside)
    resilience = Candidate("resilience", 0.11, 3, 11, 13, 0.81, 40.0, 0.0)
    answer = read_beside([recovery, resilience], _evidence("复原力"))
    assert (answer.text, answer.support) == ("resilience", 11)
    # One example pair without 恢复: the reading counts, and the best stands.
    mixed = (*beside[:2], _example("建设社区的复原力。"))
    best = Candidate("recovery", 0.43, 8, 8, 14, 0.57, 30.0, 0.5, mixed)
    assert read_beside([best, resilience], _evidence("复原力")) is best
    # A rival that co-occurs less often, or less exclusively, does not replace it.
    rare = Candidate("resilience", 0.11, 3, 7, 13, 0.81, 40.0, 0.0)
    assert read_beside([recovery, rare], _evidence("复原力")) is recovery


def test_pairing_does_not_let_a_neighbour_s_word_win_by_the_dictionary() -> None:
    pairs = [
        *[(f"促进恢复并加强第{n}区的复原力。",
           f"Promote recovery and strengthen resilience in area {n}.") for n in range(8)],
        *[(f"建设第{n}组的复原力。", f"Build resilience in group {n}.")
          for n in range(3)],
        *[(f"第{n}国的复原力受到考验。", f"Country {n} is being tested.") for n in range(3)],
        *[(f"第{n}号设施已恢复。", f"Facility {n} is in recovery.") for n in range(6)],
        *[(f"第{n}号报告述及韧性。", f"Report {n} speaks of resilience.") for n in range(2)],
        *[(f"第{n}段涉及其他事项。", f"Paragraph {n} concerns other matters.")
          for n in range(40)],
    ]
    pairing = pair_terms(["复原力"], from_pairs(pairs, "d"), lexicon=LEXICON,
                         settings=PairSettings(check_alignment=False))[0]
    assert pairing.best is not None
    assert pairing.best.text == "resilience"
