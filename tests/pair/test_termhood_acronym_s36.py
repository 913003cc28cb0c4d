"""Termhood: an acronym both of two nested terms are answered by names the longer whole
(session 36): the dictionary reads no word in an acronym, so its letters tell."""

from __future__ import annotations

from collections.abc import Iterator

from termbase.align.lexicon import content_stems
from termbase.extract.model import Candidate as Concept
from termbase.pair.results import Candidate, TermPairing
from termbase.pair.termhood import ECHO, RENDERED, acronym, rank_concepts, spelled


class _Dictionary:
    """Each listed word means its English; it can list its entries, as CC-CEDICT can."""

    def __init__(self, words: dict[str, str]) -> None:
        self.words = words

    def segment(self, text: str) -> list[str]:
        out, rest = [], text
        while rest:
            word = next((w for w in sorted(self.words, key=len, reverse=True)
                         if rest.startswith(w)), rest[0])
            out.append(word)
            rest = rest[len(word):]
        return out

    def translations(self, word: str) -> frozenset[str]:
        return frozenset(content_stems(self.words[word])) if word in self.words else frozenset()

    def items(self) -> Iterator[tuple[str, frozenset[str]]]:
        return ((word, self.translations(word)) for word in self.words)


_WORDS = _Dictionary({"近东": "near east", "救济": "relief", "工程": "engineering",
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
