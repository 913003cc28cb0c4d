"""A phrase of two words the text says apart as often as together is no unit.

联合国机构 (United Nations bodies) is used 9 times on the MultiUN sample and its words
stand apart in one clause 25 times (联合国各机构, 联合国及其有关机构, 联合国系统各机构); it
ranked 131. A term's words stand together: 联合国系统 45 uses, 4 apart; 可持续发展 never.
"""

from __future__ import annotations

from termbase.extract.drafts import Draft, rescore_with_characters, word_pairs
from termbase.extract.evidence import Evidence
from termbase.extract.statistics import NgramStats
from termbase.extract.units import Unit


def _units(*sentences: str) -> list[Unit]:
    return [(text, 0, "doc", f"line {i}") for i, text in enumerate(sentences, 1)]


def _draft(words: tuple[str, ...], freq: int, sources: set[str]) -> Draft:
    made = Draft("".join(words), words, NgramStats(freq, 3, 2.0, 2.0, 1.0), set(sources),
                 c_value=float(freq))
    made.rescore()
    return made


def _rescored(apart: int, freq: int = 9) -> float:
    draft = _draft(("联合国", "机构"), freq, {"ngram"})
    seen = Evidence(freq=freq, apart=apart)
    seen.left.update({"的": freq // 2, "在": freq - freq // 2})
    seen.right.update({"的": freq // 2, "，": freq - freq // 2})
    rescore_with_characters([draft], {"联合国机构": seen})
    return draft.score


def test_a_pair_said_apart_at_least_as_often_as_together_yields_to_its_words() -> None:
    together = _rescored(0)
    assert _rescored(8) == together          # apart less often: a unit
    assert _rescored(9) < 0.3 * together     # as often: a free combination
    assert _rescored(25) < 0.1 * together


def test_only_counted_phrases_of_two_words_are_measured() -> None:
    drafts = [_draft(("联合国", "机构"), 9, {"ngram", "name"}),
              _draft(("非洲", "经济", "发展"), 2, {"ngram"}),
              _draft(("统计", "手册"), 2, {"ngram", "title"}),
              _draft(("机构",), 40, {"ngram"})]
    assert word_pairs(drafts) == {"联合国机构": ("联合国", "机构")}
