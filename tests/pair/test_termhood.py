"""Bilingual termhood: mined concepts ordered by their Chinese rank and their English."""

from __future__ import annotations

from collections.abc import Mapping

from pair._fixtures import WordListDictionary
from termbase.extract.model import Candidate as Concept
from termbase.extract.model import Variant
from termbase.pair.results import Candidate, TermPairing
from termbase.pair.termhood import ECHO, NO_ENGLISH, RENDERED, Termhood, rank_concepts


def _concept(term: str, *variants: str) -> Concept:
    return Concept(term, 1.0, 10, 1, ("ngram",),
                   variants=tuple(Variant(v, "short form", 5) for v in variants))


def _paired(term: str, english: str | None) -> TermPairing:
    if english is None:
        return TermPairing(term, 6, abstained_reason="no candidate linked often enough")
    return TermPairing(term, 6, (Candidate(english, 0.8, 5, 5, 5, 0.8, 20.0),))




def _rank(concepts: list[Concept], english: Mapping[str, str | None],
          dictionary: WordListDictionary | None = None) -> list[tuple[str, Termhood]]:
    pairings = {term: _paired(term, answer) for term, answer in english.items()}
    return [(concepts[i].term, t) for i, t in rank_concepts(concepts, pairings, dictionary)]


def test_a_concept_without_english_goes_after_every_rendered_one() -> None:
    concepts = [_concept("采取行动"), _concept("人权"), _concept("法治")]
    ranked = _rank(concepts, {"采取行动": None, "人权": "human rights", "法治": "rule of law"})
    assert [term for term, _ in ranked] == ["人权", "法治", "采取行动"]
    assert ranked[-1][1].tier == NO_ENGLISH and "no English" in ranked[-1][1].reason


def test_a_variant_s_english_is_the_concept_s() -> None:
    concepts = [_concept("联合国开发计划署", "开发署"), _concept("人权")]
    ranked = _rank(concepts, {"联合国开发计划署": None, "开发署": "UNDP", "人权": "human rights"})
    assert ranked[0][0] == "联合国开发计划署" and ranked[0][1].tier == RENDERED


def test_a_capitalised_answer_counts_as_a_better_chinese_rank() -> None:
    concepts = [_concept(t) for t in ("人权", "发展", "执行情况", "安全理事会")]
    english = {"人权": "human rights", "发展": "development", "执行情况": "implementation",
               "安全理事会": "Security Council"}
    ranked = [term for term, _ in _rank(concepts, english)]
    # Fourth by its Chinese rank, third with its capitals; not ahead of the first two.
    assert ranked == ["人权", "发展", "安全理事会", "执行情况"]
    assert "capitalised" in dict(_rank(concepts, english))["安全理事会"].reason


def test_lower_cased_english_keeps_the_chinese_order() -> None:
    concepts = [_concept(t) for t in ("人权", "发展", "执行情况", "安全理事会")]
    english = {"人权": "human rights", "发展": "development", "执行情况": "implementation",
               "安全理事会": "security council"}
    assert [term for term, _ in _rank(concepts, english)] == ["人权", "发展", "执行情况",
                                                               "安全理事会"]


def test_a_phrase_around_a_better_ranked_term_rendered_alike_is_an_echo() -> None:
    concepts = [_concept("临时议程"), _concept("会议临时议程"), _concept("人权")]
    english = {"临时议程": "provisional agenda", "会议临时议程": "provisional agenda",
               "人权": "human rights"}
    dictionary = WordListDictionary({"会议": "meeting", "临时": "provisional", "议程": "agenda"})
    ranked = _rank(concepts, english, dictionary)
    assert [term for term, _ in ranked] == ["临时议程", "人权", "会议临时议程"]
    assert ranked[-1][1].tier == ECHO and "临时议程" in ranked[-1][1].reason


def test_a_fragment_of_a_better_ranked_term_rendered_alike_is_an_echo() -> None:
    concepts = [_concept("残疾人"), _concept("人权"), _concept("残疾")]
    english = {"残疾人": "persons with disabilities", "人权": "human rights",
               "残疾": "persons with disabilities"}
    dictionary = WordListDictionary({"人": "person", "残疾": "disability"})
    ranked = _rank(concepts, english, dictionary)
    assert ranked[-1][0] == "残疾" and ranked[-1][1].tier == ECHO


def test_the_dictionary_overrules_an_echo_it_contradicts() -> None:
    # The phrase outranks the term: the shorter one is no fragment, since the English
    # does not say what the longer adds (实现, "achieve").
    concepts = [_concept("实现可持续发展目标"), _concept("可持续发展目标")]
    english = {"实现可持续发展目标": "Sustainable Development Goals",
               "可持续发展目标": "Sustainable Development Goals"}
    dictionary = WordListDictionary({"实现": "achieve"})
    assert all(t.tier == RENDERED for _, t in _rank(concepts, english, dictionary))
    # Without a dictionary, the one ranked lower is the echo.
    assert [t.tier for _, t in _rank(concepts, english)] == [RENDERED, ECHO]


def test_different_english_or_unrelated_terms_are_no_echoes() -> None:
    concepts = [_concept(t) for t in ("安理会", "安全理事会", "人权", "人权理事会")]
    english = {"安理会": "Security Council", "安全理事会": "Security Council",
               "人权": "human rights", "人权理事会": "Human Rights Council"}
    assert all(t.tier == RENDERED for _, t in _rank(concepts, english))


def test_a_concept_s_termhood_carries_its_answer() -> None:
    concepts = [_concept("联合国开发计划署", "开发署"), _concept("采取行动")]
    ranked = dict(_rank(concepts, {"联合国开发计划署": None, "开发署": "UNDP", "采取行动": None}))
    assert ranked["联合国开发计划署"].english == "UNDP"
    assert ranked["采取行动"].english is None
