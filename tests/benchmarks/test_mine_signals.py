"""benchmarks/mine_signals.py: the English-side signals and the simulated demotion."""

from __future__ import annotations

from tests.benchmark_script import load_benchmark

from pair._fixtures import WordListDictionary
from termbase.pair.results import Candidate, TermPairing
from termbase.pair.termhood import RENDERED, Termhood

signals = load_benchmark("mine_signals")

_WORDS = WordListDictionary({"基础设施": "infrastructure", "近东": "near east",
                             "救济": "relief", "裁军": "disarmament"})


def _paired(term: str, *answers: tuple[str, int], occurrences: int = 10,
            frequency: int = 20) -> TermPairing:
    return TermPairing(term, occurrences, tuple(
        Candidate(text, 0.8, support, support, frequency, 0.5, 20.0)
        for text, support in answers))


def test_a_general_word_s_english_is_its_plain_gloss_and_a_name_s_is_not() -> None:
    says = signals.signals(_WORDS)
    plain = _paired("基础设施", ("infrastructure", 6), ("facilities", 2))
    assert says["not its gloss"](("基础设施",), plain) == 0.0
    assert says["not one lower word"](("基础设施",), plain) == 0.0
    # A capitalised answer, a phrase and an acronym the dictionary does not gloss are no
    # lone lower-case word.
    for answer in ("Infrastructure", "nuclear disarmament", "unrwa"):
        assert says["not one lower word"](("近东救济工程处",), _paired("x", (answer, 6))) == 1.0
    assert says["share"](("基础设施",), plain) == 0.6
    assert says["margin"](("基础设施",), plain) == 1 - 2 / 6
    assert says["few renderings"](("基础设施",), plain) == -2
    assert says["specific"](("基础设施",), plain) == 6 / 20


def test_a_demoted_entry_falls_by_the_log_of_its_factor_within_its_tier() -> None:
    def row(term: str, english: str, score: float) -> tuple[object, ...]:
        return ((term,), Termhood(RENDERED, score, ""), _paired(term, (english, 6)))

    rows = [row("基础设施", "infrastructure", -1.0), row("裁军谈判", "Conference", -1.2),
            row("甲乙", "Alpha Beta", -1.5)]
    says = signals.signals(_WORDS)["not one lower word"]
    assert [r[0][0] for r in signals.demoted(rows, says, 1.1)] == ["基础设施", "裁军谈判", "甲乙"]
    # log 2 = 0.69 takes -1.0 below -1.5; a capitalised answer or a phrase stays.
    assert [r[0][0] for r in signals.demoted(rows, says, 2.0)] == ["裁军谈判", "甲乙", "基础设施"]
