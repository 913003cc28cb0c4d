"""A term written on one side of a Chinese slash pair is rendered by the word on the
same side of the English one (termbase.pair.answers.slash_side)."""

from __future__ import annotations

import pytest

from termbase.pair import pairer
from termbase.pair.corpus import from_pairs
from termbase.pair.pairer import PairSettings, pair_terms

_FILLER = [(f"第{n}份报告已提交。", f"Report {n} was submitted.") for n in range(60)]

_SLASHED = [("难民/移民问题日益严重。", "The refugees/migrants issue is growing."),
            ("各国讨论了难民/移民的保护。", "States protect refugees/migrants."),
            ("难民/移民需要援助。", "Refugees/migrants need assistance."),
            ("难民/移民的权利受到保护。", "The rights of refugees/migrants are protected.")]


def _answer(term: str, pairs: list[tuple[str, str]]) -> str | None:
    # The lines are made up: the check for shifted lines is no concern here.
    pairing = pair_terms([term], from_pairs(pairs + _FILLER, "d"),
                         settings=PairSettings(check_alignment=False))[0]
    return pairing.best.text if pairing.best else None


def test_the_term_before_the_slash_takes_the_word_before_it() -> None:
    assert _answer("难民", _SLASHED) == "refugees"


def test_the_term_after_the_slash_takes_the_word_after_it() -> None:
    assert _answer("移民", _SLASHED) == "migrants"


def test_a_term_beside_no_slash_keeps_the_pair() -> None:
    joined = [(zh.replace("/", "和"), en) for zh, en in _SLASHED]
    assert _answer("难民", joined) == "refugees/migrants"


def test_without_the_rule_the_pair_is_the_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pairer, "slash_side", lambda best, ev: best)
    assert _answer("难民", _SLASHED) == "refugees/migrants"
