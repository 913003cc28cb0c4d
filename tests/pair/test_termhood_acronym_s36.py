"""Termhood (session 36): where two nested terms are both answered by an acronym that
names the longer whole, the dictionary reads no word in the acronym, so its letters tell
which term it renders."""

from __future__ import annotations

from pair._fixtures import WordListDictionary
from termbase.extract.model import Candidate as Concept
from termbase.pair.results import Candidate, TermPairing
from termbase.pair.termhood import ECHO, RENDERED, acronym, rank_concepts, spelled

_WORDS = WordListDictionary({"近东": "near east", "救济": "relief", "工程": "engineering",
                             "处": "office", "人权": "human rights", "问题": "question"})


def _concept(term: str) -> Concept:
    return Concept(term, 1.0, 10, 1, ("ngram",))


def _ranked(english: dict[str, str]) -> list[tuple[str, int, str]]:
    concepts = [_concept(term) for term in english]
    pairings = {term: TermPairing(term, 6, (Candidate(answer, 0.8, 5, 5, 5, 0.8, 20.0),))
                for term, answer in english.items()}
    return [(concepts[i].term, t.tier, t.reason)
            for i, t in rank_concepts(concepts, pairings, _WORDS)]


def test_an_acronym_is_one_word_no_entry_glosses() -> None:
    assert acronym("UNRWA", _WORDS) == "unrwa"
    assert acronym("unrwa", _WORDS) == "unrwa"  # a lower-cased corpus
    assert acronym("relief", _WORDS) is None  # an English word the dictionary knows
    assert acronym("UN", _WORDS) is None and acronym("COVID-19", _WORDS) is None


def test_an_acronym_spells_the_readings_of_words_in_order() -> None:
    assert spelled("近东救济", "unrwa", _WORDS) == 1.0  # (n)ear east, (r)elief
    assert spelled("问题", "unrwa", _WORDS) == 0.0
    assert spelled("不明", "unrwa", _WORDS) is None


def test_a_name_whose_added_words_the_acronym_spells_is_no_phrase_around_its_piece() -> None:
    # Without the letters, the longer name ranked below its piece was the piece's
    # phrase: the dictionary reads nothing of 近东救济 in 'unrwa'. Now the two disagree
    # with the extractor's order, and neither is an echo.
    ranked = _ranked({"工程处": "unrwa", "人权问题": "human rights", "近东救济工程处": "unrwa"})
    assert [(term, tier) for term, tier, _ in ranked] == [
        ("工程处", RENDERED), ("人权问题", RENDERED), ("近东救济工程处", RENDERED)]


def test_a_word_the_acronym_does_not_spell_still_makes_a_phrase_an_echo() -> None:
    ranked = _ranked({"近东救济工程处": "UNRWA", "近东救济工程处问题": "UNRWA"})
    assert [tier for _, tier, _ in ranked] == [RENDERED, ECHO]
