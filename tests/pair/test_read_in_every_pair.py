"""A word the dictionary knows but gives for no word of the term loses to the term's own
reading when that stands in every pair and it does not (answers.read_in_every_pair)."""

from __future__ import annotations

from termbase.align.lexicon import Lexicon
from termbase.pair.answers import TermEvidence, read_in_every_pair
from termbase.pair.results import Candidate

LEXICON = Lexicon.from_pairs([("刑事", "criminal"), ("法庭", "court"), ("起草", "draft"),
                              ("拟订", "draw up")])

TERM = "刑事法庭"


def _evidence(kept: dict[str, int], readings: dict[str, float]) -> TermEvidence:
    return TermEvidence(TERM, kept, {k: 10 for k in kept},
                        lambda key: (0.3, 12.0, readings.get(key, 0.0)), {}, LEXICON, 2)


def _best(text: str, cooccurrence: int) -> Candidate:
    return Candidate(text, 0.5, 2, cooccurrence, 16, 0.2, 12.0, 0.0)


def test_the_company_s_word_gives_way_to_the_reading_in_every_pair() -> None:
    ev = _evidence({"drafting": 2, "criminal": 3}, {"criminal": 0.5})
    assert read_in_every_pair(_best("drafting", 2), 3, ev) == "criminal"


def test_a_word_the_dictionary_lacks_is_not_judged() -> None:
    ev = _evidence({"icc": 2, "criminal": 3}, {"criminal": 0.5})
    assert read_in_every_pair(_best("ICC", 2), 3, ev) is None


def test_a_best_in_every_pair_or_a_reading_in_some_is_kept() -> None:
    ev = _evidence({"drafting": 3, "criminal": 3}, {"criminal": 0.5})
    assert read_in_every_pair(_best("drafting", 3), 3, ev) is None
    ev = _evidence({"drafting": 2, "criminal": 2}, {"criminal": 0.5})
    assert read_in_every_pair(_best("drafting", 2), 3, ev) is None
