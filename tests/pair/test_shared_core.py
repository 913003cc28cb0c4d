"""Links split among renderings that extend one core: the core is the answer
(termbase.pair.answers.shared_core)."""

from __future__ import annotations

import pytest

from termbase.pair import pairer
from termbase.pair.corpus import from_pairs
from termbase.pair.pairer import PairSettings, pair_terms

_FILLER = [(f"第{n}份报告已提交。", f"Report {n} was submitted.") for n in range(80)]

# 数据保护 is "data protection rules" in 6 of its 25 pairs and "data protection
# standards" in 4, neither in 30 % of them; "data protection" is in 40 %. The longer
# n-gram outcounts the plain one in its sentences.
_SPLIT = ([(f"各国加强了数据保护{n}。", f"States strengthened data protection rules {n}.")
           for n in range(6)]
          + [(f"委员会审查了数据保护{n}。", f"The committee kept data protection standards {n}.")
             for n in range(4)]
          + [(f"数据保护第{n}份报告已提交。", f"Report {n} was submitted.")
             for n in range(100, 115)])


def _answer(pairs: list[tuple[str, str]]) -> str | None:
    # The lines are made up: the check for shifted lines is no concern here.
    pairing = pair_terms(["数据保护"], from_pairs(pairs + _FILLER, "d"),
                         settings=PairSettings(check_alignment=False))[0]
    return pairing.best.text if pairing.best else pairing.abstained_reason


def test_the_core_the_renderings_share_is_the_answer() -> None:
    assert _answer(_SPLIT) == "data protection"


def test_without_the_rule_no_rendering_is_consistent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pairer, "shared_core", lambda ranked, needed: None)
    assert (_answer(_SPLIT) or "").startswith("no consistent rendering")
