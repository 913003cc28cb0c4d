"""A name coded in letters and figures ("COVID-19") is the answer, not the name with the
noun English puts after it when the term does not mean that noun
(termbase.pair.ngrams.is_coded_name, absorb_contained; termbase.pair.answers.coded_name_inside)."""

from __future__ import annotations

from termbase.align.lexicon import Lexicon
from termbase.pair.answers import TermEvidence, coded_name_inside
from termbase.pair.corpus import from_pairs
from termbase.pair.ngrams import absorb_contained, is_coded_name
from termbase.pair.pairer import PairSettings, pair_terms
from termbase.pair.results import Candidate, Example

# A made-up disease, 蓝疫病 "blue plague", known in English by its code BLX-7.
LEXICON = Lexicon.from_pairs([
    ("蓝", "blue"), ("疫病", "plague"), ("暴发", "outbreak"), ("疫苗", "vaccine"),
    ("各国", "countries"), ("应对", "respond"), ("报告", "report"), ("影响", "impact"),
])


def test_a_coded_name_holds_letters_and_figures_in_one_word() -> None:
    assert is_coded_name("covid-19") and is_coded_name("G20") and is_coded_name("h1n1")
    assert not is_coded_name("2016-2017") and not is_coded_name("pandemic")
    assert not is_coded_name("a/70/1") and not is_coded_name("19")


def test_a_coded_name_is_not_absorbed_by_words_the_term_does_not_mean() -> None:
    joint = {"blx-7 outbreak": 5, "blx-7": 5}
    assert absorb_contained(joint, "en", 0.6, extension_ok=lambda *_: False) == set()
    # Words the dictionary gives for the term, or cannot judge, still absorb it.
    assert absorb_contained(joint, "en", 0.6, extension_ok=lambda *_: True) == {"blx-7"}
    assert absorb_contained(joint, "en", 0.6, extension_ok=lambda *_: None) == {"blx-7"}
    # A plain word is absorbed as before.
    assert absorb_contained({"blue outbreak": 5, "blue": 5}, "en", 0.6,
                            extension_ok=lambda *_: False) == {"blue"}


def _evidence(term: str, kept: dict[str, int]) -> TermEvidence:
    return TermEvidence(term, kept, dict(kept), lambda key: (0.5, 20.0, 0.0), {}, LEXICON, 2)


EXAMPLES = (Example("d", 1, "蓝疫病暴发影响各国。", "The BLX-7 outbreak affects countries."),
            Example("d", 2, "各国应对蓝疫病暴发。", "Countries respond to the BLX-7 outbreak."))


def _best(text: str, examples: tuple[Example, ...] = EXAMPLES) -> Candidate:
    return Candidate(text, 0.7, 3, 3, 3, 1.0, 20.0, 0.0, examples)


def test_the_coded_name_opening_the_best_candidate_is_the_answer() -> None:
    kept = {"blx-7 outbreak": 3, "blx-7": 3}
    answer = coded_name_inside(_best("BLX-7 outbreak"), "blx-7 outbreak",
                               _evidence("蓝疫病", kept))
    assert (answer.text.lower(), answer.support, answer.score) == ("blx-7", 3, 0.7)


def test_words_the_term_means_or_the_sentences_never_say_stay() -> None:
    kept = {"blx-7 vaccine": 3, "blx-7": 3}
    best = _best("BLX-7 vaccine")
    assert coded_name_inside(best, "blx-7 vaccine", _evidence("蓝疫病疫苗", kept)) is best
    # The Chinese beside the term never says "outbreak".
    quiet = (Example("d", 1, "蓝疫病影响各国。", "The BLX-7 outbreak affects countries."),)
    best = _best("BLX-7 outbreak", quiet)
    kept = {"blx-7 outbreak": 3, "blx-7": 3}
    assert coded_name_inside(best, "blx-7 outbreak", _evidence("蓝疫病", kept)) is best
    # The coded name must stand in every pair the longer candidate does.
    best = _best("BLX-7 outbreak")
    kept = {"blx-7 outbreak": 3, "blx-7": 2}
    assert coded_name_inside(best, "blx-7 outbreak", _evidence("蓝疫病", kept)) is best


def test_pairing_answers_the_coded_name() -> None:
    said = [("蓝疫病暴发影响各国。", "The BLX-7 outbreak affects all countries."),
            ("各国应对蓝疫病暴发。", "Countries respond to the BLX-7 outbreak."),
            ("报告说蓝疫病暴发影响各国。", "The report says the BLX-7 outbreak affects countries."),
            ("各国报告蓝疫病暴发。", "Countries report the BLX-7 outbreak."),
            *[(f"第{n}段已经删除。", f"Paragraph {n} has been deleted.") for n in range(1, 13)]]
    [pairing] = pair_terms(["蓝疫病"], from_pairs(said, "d"), lexicon=LEXICON,
                           settings=PairSettings(check_alignment=False))
    assert pairing.best is not None, pairing.abstained_reason
    assert pairing.best.text == "BLX-7"
    assert pairing.best.support == 4
