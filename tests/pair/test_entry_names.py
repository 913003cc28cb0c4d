"""A term the dictionary holds as one entry of a name's length is answered by a linked
candidate that says most of the entry's glosses, not by its head word alone
(termbase.pair.answers.entry_said)."""

from __future__ import annotations

import pytest

from termbase.align.lexicon import Lexicon
from termbase.pair import pairer
from termbase.pair.corpus import from_pairs
from termbase.pair.pairer import PairSettings, pair_terms

# A made-up entry: 中小农场 "small and medium farm", one word of four characters.
LEXICON = Lexicon.from_pairs([("中小农场", "small and medium farm"), ("报告", "report"),
                              ("贷款", "loan")])

PAIRS = [
    ("银行向中小农场提供贷款。", "Banks lend to small and medium-sized farms."),
    ("中小农场需要更多贷款。", "Small and medium-sized farms need more loans."),
    ("中小农场的产量增加了。", "Farm output increased."),
    ("政府支持中小农场。", "The Government supports every farm in the region."),
    *[(f"第{n}号报告篇幅不长。", f"Report {n} is small.") for n in range(6)],
    *[(f"第{n}号贷款发放了。", f"Loan {n} went to a farm.") for n in range(8)],
    *[(f"第{n}份报告已提交。", f"Report {n} was submitted.") for n in range(80)],
]


def _answer() -> str | None:
    # The lines are made up: the check for shifted lines is no concern here.
    pairing = pair_terms(["中小农场"], from_pairs(PAIRS, "d"), lexicon=LEXICON,
                         settings=PairSettings(check_alignment=False))[0]
    return pairing.best.text if pairing.best else None


def test_the_entry_is_said_in_full() -> None:
    assert _answer() == "small and medium-sized farms"


def test_without_the_rule_the_head_word_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pairer, "entry_said", lambda ranked, ev: ranked[0])
    assert (_answer() or "").lower() == "farm"
